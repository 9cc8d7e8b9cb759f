"""The top of the History view (streaks, totals, goals) and how ratings changed per exercise.

Words matter here: progress is shown as progress, a streak of 0 is a fresh start, and nothing
says "missed", "failed" or "broken".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.stats import ExerciseStats, GoalProgress, PracticeStats
from calmkit.core.wording import (
    CHANGES_TITLE,
    RATINGS_BEFORE_CHANGE,
    change_words,
    describe_total,
    goal_words,
    streak_words,
)
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.formatting import decimal
from calmkit.ui.widgets.item_focus import outline_current_row


class _Tile(QWidget):
    """One headline number with its caption underneath."""

    def __init__(self) -> None:
        super().__init__()
        self.value = QLabel()
        self.value.setProperty("role", "stat-value")
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_text(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{value}, {caption}")


class ProgressHeader(QFrame):
    """Current and longest streak, practice days, time practised, and goal progress."""

    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.current = _Tile()
        self.longest = _Tile()
        self.days = _Tile()
        self.time = _Tile()
        self.minutes_goal = _GoalBar()
        self.days_goal = _GoalBar()
        self.no_goal = QLabel(translate("ProgressHeader", "No goal set."))
        self.no_goal.setProperty("role", "muted")
        self.set_goal = QPushButton(translate("ProgressHeader", "Set a goal…"))
        self.set_goal.setProperty("role", "link")
        self.set_goal.setToolTip(
            translate("ProgressHeader", "Minutes a day or days a week, in Settings (Ctrl+,)")
        )
        self.set_goal.clicked.connect(self.settings_requested)

        goals = QVBoxLayout()
        goals.setSpacing(theme.SPACE.xs)
        goals.addWidget(self.minutes_goal)
        goals.addWidget(self.days_goal)
        no_goal_row = QHBoxLayout()
        no_goal_row.addWidget(self.no_goal)
        no_goal_row.addWidget(self.set_goal)
        no_goal_row.addStretch(1)
        goals.addLayout(no_goal_row)
        goals.addStretch(1)

        layout = QGridLayout(self)
        space = theme.SPACE
        layout.setContentsMargins(space.l, space.m, space.l, space.m)
        layout.setHorizontalSpacing(space.xl + space.xs)
        for column, tile in enumerate((self.current, self.longest, self.days, self.time)):
            layout.addWidget(tile, 0, column, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(goals, 0, 4)
        layout.setColumnStretch(4, 1)

    def show_stats(self, stats: PracticeStats) -> None:
        self.current.show_text(*streak_words(stats.current_streak))
        # Counts go in as plain names: lupdate reads only those as the count.
        longest, days, sessions = stats.longest_streak, stats.practice_days, stats.total_sessions
        self.longest.show_text(
            translate("ProgressHeader", "%n day(s)", None, longest),
            translate("ProgressHeader", "longest streak"),
        )
        self.days.show_text(
            f"{days}",
            translate("ProgressHeader", "practice day(s)", None, days),
        )
        self.time.show_text(
            describe_total(stats.total_minutes),
            translate("ProgressHeader", "in %n session(s)", None, sessions),
        )
        goals = stats.goals
        self.minutes_goal.show_goal(
            goals.minutes_today,
            translate("ProgressHeader", "Today"),
            translate("ProgressHeader", "minutes"),
        )
        self.days_goal.show_goal(
            goals.days_this_week,
            translate("ProgressHeader", "This week"),
            translate("ProgressHeader", "practice days"),
        )
        none_set = goals.minutes_today is None and goals.days_this_week is None
        self.no_goal.setVisible(none_set)
        self.set_goal.setVisible(none_set)


class _GoalBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, theme.SPACE.xs)
        layout.setSpacing(theme.SPACE.xs)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def show_goal(self, progress: GoalProgress | None, label: str, unit: str) -> None:
        self.setVisible(progress is not None)
        if progress is None:
            return
        text = goal_words(label, progress, unit)
        self.label.setText(text)
        self.bar.setValue(round(progress.fraction * 1000))
        self.bar.setAccessibleName(text)


class _SortItem(QTableWidgetItem):
    """Sorts by a number kept aside, not by the words shown."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem):
            return self.key < other.key
        return super().__lt__(other)


class HelpsTable(QTableWidget):
    """How your ratings changed: per exercise, sessions, time, and the average change in distress
    over the sessions rated before and after (with how many there were)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HelpsTable", "Exercise"),
        QT_TRANSLATE_NOOP("HelpsTable", "Sessions"),
        QT_TRANSLATE_NOOP("HelpsTable", "Time"),
        QT_TRANSLATE_NOOP("HelpsTable", "Rated before and after"),
        QT_TRANSLATE_NOOP("HelpsTable", "Average change"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setHorizontalHeaderLabels([translate("HelpsTable", h) for h in self.HEADERS])
        self.setAccessibleName(translate("Wording", CHANGES_TITLE))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        outline_current_row(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        # Most practised first, as people usually look for the exercises they do most.
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)

    def show_exercises(
        self, exercises: Sequence[ExerciseStats], name_of: Callable[[str], str]
    ) -> None:
        self.setSortingEnabled(False)  # rows are placed by index while filling
        self.setRowCount(len(exercises))
        for row, e in enumerate(exercises):
            drop = e.mean_distress_drop
            shown = e.rated_sessions >= RATINGS_BEFORE_CHANGE
            cells = (
                QTableWidgetItem(name_of(e.exercise_id)),
                _SortItem(str(e.sessions), e.sessions),
                _SortItem(describe_total(e.minutes), e.minutes),
                _SortItem(str(e.rated_sessions), e.rated_sessions),
                # Unrated exercises sort below every rated one.
                _SortItem(
                    change_words(drop, e.rated_sessions),
                    drop if drop is not None and shown else float("-inf"),
                ),
            )
            for column, item in enumerate(cells):
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
            if drop is not None and shown:
                rated = e.rated_sessions
                cells[4].setToolTip(
                    translate(
                        "HelpsTable",
                        "Average before minus after over %n rated session(s): {change} points "
                        "on the 0-10 scale.",
                        None,
                        rated,
                    ).format(change=decimal(drop, 2, sign=True))
                )
        self.setSortingEnabled(True)
