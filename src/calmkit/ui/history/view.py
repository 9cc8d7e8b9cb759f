"""The History view: streaks and goals on top, then a calendar of the last year with "What helps
me", minutes per day and week, distress before and after, and every session (newest first,
read from the store a page at a time, with notes to edit and deletions to undo).

Everything shown is aggregated by the store and calmkit.core.stats; no chart reads sessions
one by one. This module imports pyqtgraph (through calmkit.ui.history.charts), so the main window
imports it only when the History tab first opens.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exchange import MAX_NOTE_CHARS
from calmkit.core.exercises import Catalog, UnknownExerciseError
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.records import DayTotals, SessionRecord
from calmkit.core.settings import PracticeSettings, load_practice_settings
from calmkit.core.stats import (
    compute_stats,
    distress_per_day,
    minutes_per_day,
    minutes_per_week,
    practice_day,
    week_start,
)
from calmkit.core.store import StorageError, Store, UnknownSessionError, moment_text
from calmkit.core.wording import (
    CHANGES_TITLE,
    RECOVERED_DETAIL,
    change_note,
    session_outcome,
)
from calmkit.ui.history.charts import (
    WEEKS_SHOWN,
    CalendarHeatmap,
    ChartPanel,
    DailyMinutesChart,
    DistressChart,
    SelfCheckChart,
    WeeklyMinutesChart,
)
from calmkit.ui.history.summary import HelpsTable, ProgressHeader
from calmkit.ui.selfcheck.prompt import SelfCheckPrompt
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.formatting import decimal, describe_length, local_datetime
from calmkit.ui.widgets.item_focus import FocusRingDelegate, outline_current_row
from calmkit.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from calmkit.ui.context import AppContext

log = logging.getLogger(__name__)

PAGE_SIZE = 200  # rows read per fetch: a long history never loads all at once
AnyIndex = QModelIndex | QPersistentModelIndex
RANGES = (
    (30, QT_TRANSLATE_NOOP("HistoryView", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("HistoryView", "Last 90 days")),
    (365, QT_TRANSLATE_NOOP("HistoryView", "Last 365 days")),
)


def _sort_key(record: SessionRecord) -> tuple[str, str]:
    # The store's order: started_at as stored (text, newest first), then id.
    return moment_text(record.started_at), record.id


def _comes_before(a: SessionRecord, b: SessionRecord) -> bool:
    (a_time, a_id), (b_time, b_id) = _sort_key(a), _sort_key(b)
    return a_time > b_time or (a_time == b_time and a_id < b_id)


class SessionTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionTableModel", "When"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Exercise"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Practised"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Planned"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Outcome"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Before"),
        QT_TRANSLATE_NOOP("SessionTableModel", "After"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Note"),
    )
    NOTE = 7
    BEFORE = 5
    AFTER = 6

    problem = Signal(str)  # a change could not be saved; the words say why

    def __init__(self, store: Store, catalog: Catalog) -> None:
        super().__init__()
        self._store = store
        self._catalog = catalog
        self._rows: list[SessionRecord] = []
        self._total = 0
        self.reload()

    def set_store(self, store: Store) -> None:
        self._store = store
        self.reload()

    def set_catalog(self, catalog: Catalog) -> None:
        """Exercise names change when custom patterns are made, renamed or deleted."""
        self._catalog = catalog
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._store.count_sessions()
        self._rows = self._store.sessions(limit=PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        more = self._store.sessions(limit=PAGE_SIZE, offset=len(self._rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("SessionTableModel", self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.EditRole and column == self.NOTE:
            return record.note
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NOTE:
                return record.note or translate(
                    "SessionTableModel", "No note. Double-click or press F2 to add one."
                )
            if column in (self.BEFORE, self.AFTER) and self._rating(record, column) is None:
                return translate("SessionTableModel", "Not rated")
            if column == 4 and record.recovered:
                return translate("Wording", RECOVERED_DETAIL)  # core.wording's text, in its context
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BEFORE, self.AFTER):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, record: SessionRecord, column: int) -> str:
        if column == 0:
            return local_datetime(record.started_at)
        if column == 1:
            return self.exercise_name(record.exercise_id)
        if column == 2:
            return describe_length(record.actual_seconds)
        if column == 3:
            return describe_length(record.planned_seconds)
        if column == 4:
            return session_outcome(record.completed, record.recovered)
        if column in (self.BEFORE, self.AFTER):
            rating = self._rating(record, column)
            return "" if rating is None else str(rating)
        # One line in the table; the tooltip and the editor keep the line breaks.
        return " ".join(record.note.split())

    def _rating(self, record: SessionRecord, column: int) -> int | None:
        return record.distress_before if column == self.BEFORE else record.distress_after

    def setData(self, index: AnyIndex, value: object, role: int = 0) -> bool:
        if not index.isValid() or index.column() != self.NOTE:
            return False
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        record = self._rows[index.row()]
        note = value.strip()
        if note == record.note:
            return False
        try:
            updated = self._store.update_note(record.id, note)
        except (StorageError, ValueError, UnknownSessionError) as error:
            log.warning("could not save the note of session %s: %s", record.id, error)
            self.problem.emit(
                translate("SessionTableModel", "The note could not be saved: {error}").format(
                    error=error
                )
            )
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index)
        return True

    def delete_rows(self, rows: Sequence[int]) -> list[SessionRecord]:
        """Delete these sessions from the store; returns them as they were, for undo."""
        deleted: list[SessionRecord] = []
        for row in sorted(set(rows), reverse=True):
            record = self._rows[row]
            try:
                deleted.append(self._store.delete_session(record.id))
            except UnknownSessionError:
                pass  # already gone: nothing to keep for undo, but the row goes too
            except StorageError as error:
                self.problem.emit(
                    translate(
                        "SessionTableModel", "A session could not be deleted: {error}"
                    ).format(error=error)
                )
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._total -= 1
            self.endRemoveRows()
        deleted.reverse()
        return deleted

    def restore(self, records: Sequence[SessionRecord]) -> int:
        """Put deleted sessions back; returns how many came back."""
        restored = 0
        for record in records:
            try:
                self._store.restore_session(record)
            except (StorageError, ValueError) as error:
                self.problem.emit(
                    translate(
                        "SessionTableModel", "A session could not be restored: {error}"
                    ).format(error=error)
                )
                continue
            restored += 1
            self._total += 1
            position = next(
                (i for i, row in enumerate(self._rows) if _comes_before(record, row)),
                len(self._rows),
            )
            # A row after the loaded page arrives with fetchMore() when scrolled to.
            if position < len(self._rows) or len(self._rows) == self._total - 1:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, record)
                self.endInsertRows()
        return restored

    def exercise_name(self, exercise_id: str) -> str:
        try:
            return self._catalog.get(exercise_id).name
        except UnknownExerciseError:
            # A deleted custom pattern keeps its name; an id this version lacks (e.g. from
            # an import) shows as it is.
            return self._catalog.name_of(exercise_id)


class _NoteDelegate(FocusRingDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_NOTE_CHARS)
        editor.setPlaceholderText(translate("SessionTableModel", "A note for yourself"))
        editor.setAccessibleName(translate("SessionTableModel", "Note"))
        return editor


class SessionTable(QTableView):
    """The sessions table: F2 edits the note of the current row, whichever column the
    cursor is in (with whole rows selected, the cursor's column is not visible)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() == Qt.Key.Key_F2 and current.isValid():
            note = self.model().index(current.row(), SessionTableModel.NOTE)
            self.setCurrentIndex(note)
        super().keyPressEvent(event)


class SessionsPanel(QWidget):
    """The table of sessions, with Delete (undo instead of a confirmation) and note editing."""

    changed = Signal()  # sessions were deleted or restored: totals and charts are out of date

    def __init__(self, model: SessionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._undo: list[list[SessionRecord]] = []
        self.table = SessionTable()
        self.table.setModel(model)
        self.table.setAccessibleName(translate("SessionsPanel", "Past sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(SessionTableModel.NOTE, _NoteDelegate(self.table))
        outline_current_row(self.table)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        width = self.table.fontMetrics().horizontalAdvance
        # Wide examples of each column's text, in the language shown.
        for column, sample in enumerate(
            (
                local_datetime(datetime(2026, 9, 30, 23, 59)),
                translate(
                    "SessionsPanel",
                    "Extended exhale breathing",
                    "a long exercise name, to size its column",
                ),
                describe_length(659),
                describe_length(659),
                session_outcome(completed=False, recovered=False),
                translate("SessionTableModel", "Before"),
                translate("SessionTableModel", "After"),
            )
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width(sample) + 24)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.delete_action = QAction(translate("SessionsPanel", "Delete session"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)

        # Ctrl+Z here only: the exercise library has its own Ctrl+Z for its patterns.
        self.undo_action = QAction(translate("SessionsPanel", "Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        self.addAction(self.undo_action)

        self.undo_bar = UndoBar(
            self.undo_delete,
            translate("SessionsPanel", "Put the deleted session back (Ctrl+Z)"),
            translate("SessionsPanel", "Hide this message; Ctrl+Z still undoes"),
        )
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.undo_button

        hint = QLabel(
            translate(
                "SessionsPanel",
                "Double-click a note, or press F2, to write or change it. Delete removes the "
                "selected sessions; you can undo that.",
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE.s, 0, 0)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(hint)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def clear_undo(self) -> None:
        self._undo.clear()
        self.undo_bar.hide()
        self._undo_changed()

    def selected_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        rows = {index.row() for index in selection.selectedRows()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        first = min(rows)
        deleted = self.model.delete_rows(rows)
        if not deleted:
            return
        self._undo.append(deleted)
        if len(deleted) == 1:
            only = deleted[0]
            said = translate("SessionsPanel", "Deleted {exercise}, {when}.").format(
                exercise=self.model.exercise_name(only.exercise_id),
                when=local_datetime(only.started_at),
            )
        else:
            count = len(deleted)
            said = translate("SessionsPanel", "Deleted %n session(s).", None, count)
        self.undo_bar.announce(said)
        self._undo_changed()
        self.changed.emit()
        if self.model.rowCount():
            self.table.selectRow(min(first, self.model.rowCount() - 1))

    def undo_delete(self) -> None:
        if not self._undo:
            return
        records = self._undo.pop()
        restored = self.model.restore(records)
        if self._undo:
            self.undo_label.setText(
                translate(
                    "SessionsPanel",
                    "Restored %n session(s). Undo again to restore more.",
                    None,
                    restored,
                )
            )
        else:
            self.undo_bar.hide()
        self._undo_changed()
        self.changed.emit()

    def _undo_changed(self) -> None:
        self.undo_action.setEnabled(bool(self._undo))

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        note = self.model.index(index.row(), SessionTableModel.NOTE)
        edit = menu.addAction(translate("SessionsPanel", "Edit note"))
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown as a hint; F2 itself is Qt's
        for action in (edit, self.delete_action, self.undo_action):
            action.setShortcutVisibleInContextMenu(True)  # even where the desktop hides them

        def edit_note() -> None:
            self.table.setCurrentIndex(note)
            self.table.edit(note)

        edit.triggered.connect(edit_note)
        menu.addAction(self.delete_action)
        menu.addAction(self.undo_action)
        menu.exec(self.table.viewport().mapToGlobal(position))


class HistoryView(QWidget):
    settings_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        store, catalog = context.store, context.catalog
        self._context = context
        self._clock = context.clock
        self.today = date.today()
        self.settings = PracticeSettings()
        self._by_day: dict[date, DayTotals] = {}

        self.header = ProgressHeader()
        self.header.settings_requested.connect(self.settings_requested)
        self.empty_label = QLabel(
            translate(
                "HistoryView",
                "No sessions yet. Your practice shows up here as soon as a session finishes or "
                "you stop it, and so does a calendar of your days and what helps you most.",
            )
        )
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.calendar = ChartPanel(
            translate("HistoryView", "The last year"), "calendar", CalendarHeatmap()
        )
        self.calendar.chart.setFixedHeight(168)
        self.calendar.caption.setText(_legend())
        self.helps = HelpsTable()
        helps_title = QLabel(
            translate("Wording", CHANGES_TITLE)
        )  # core.wording's text, in its context
        helps_title.setProperty("role", "chart-title")
        self.helps_note = QLabel(
            translate(
                "HistoryView",
                "Distress is rated from 0 to 10 before and after a session. {change_note}",
            ).format(change_note=change_note())
        )
        self.helps_note.setProperty("role", "muted")
        self.helps_note.setWordWrap(True)
        overview = _page(self.calendar, 6, helps_title, (self.helps, 1), self.helps_note)

        self.daily = ChartPanel(
            translate("HistoryView", "Minutes per day"), "minutes-per-day", DailyMinutesChart()
        )
        self.weekly = ChartPanel(
            translate("HistoryView", "Minutes per week, the last 12 months"),
            "minutes-per-week",
            WeeklyMinutesChart(),
        )
        self.practice_range = _range_box(
            translate("HistoryView", "Days shown in Minutes per day"), default=30
        )
        self.practice_range.currentIndexChanged.connect(self._show_daily)
        # The self-check's own section, its totals under the minutes of the same weeks: the
        # Practice page already holds two charts, and a third made the window taller.
        self.checkin_minutes = ChartPanel(
            translate("HistoryView", "Minutes per week, the last 12 months"),
            "self-check-minutes",
            WeeklyMinutesChart(),
        )
        self.checkins = ChartPanel(
            translate("HistoryView", "Self-check totals (0-21), the same weeks"),
            "self-check",
            SelfCheckChart(),
        )
        self.checkins.caption.setText(
            translate(
                "HistoryView",
                "Each dot is one self-check; dashed lines mark where the ranges begin "
                "(5, 10, 15). A self-check, not a diagnosis.",
            )
        )
        practice = _page(_range_row(self.practice_range), (self.daily, 1), 8, (self.weekly, 1))
        self.self_check_page = _page((self.checkin_minutes, 1), 8, (self.checkins, 1))

        self.distress = ChartPanel(
            translate(
                "HistoryView", "Distress before and after (0 = completely calm, 10 = most anxious)"
            ),
            "distress",
            DistressChart(),
        )
        self.distress_range = _range_box(
            translate("HistoryView", "Days shown in the distress chart"), default=90
        )
        self.distress_range.currentIndexChanged.connect(self._show_distress)
        distress = _page(_range_row(self.distress_range), (self.distress, 1))

        self.model = SessionTableModel(store, catalog)
        self.model.problem.connect(self._show_problem)
        self.sessions = SessionsPanel(self.model)
        self.sessions.changed.connect(self.refresh_summary)
        self.table = self.sessions.table

        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(overview, translate("HistoryView", "&Overview"))
        self.sections.addTab(practice, translate("HistoryView", "&Practice"))
        self.sections.addTab(distress, translate("HistoryView", "&Distress"))
        self.sections.addTab(self.self_check_page, translate("HistoryView", "Self-&check"))
        self.sections.addTab(self.sessions, translate("HistoryView", "&Sessions"))

        self.self_check_prompt = SelfCheckPrompt(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE.l, theme.SPACE.l, theme.SPACE.l, theme.SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.self_check_prompt)
        layout.addWidget(self.empty_label, stretch=1)
        layout.addWidget(self.sections, stretch=1)
        # Keyboard: focus lands on the section tabs (arrows switch them, Tab goes in). Not a
        # focus proxy: Tab would then skip everything above the tabs (Set a goal…, the
        # self-check's buttons).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.refresh_summary()
        context.sessions_changed.connect(self.reload)
        context.settings_changed.connect(self.refresh_summary)
        context.catalog_changed.connect(self.set_catalog)
        context.store_replaced.connect(self.set_store)
        context.checkins_changed.connect(self.refresh_summary)
        theme.signals().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        """The captions' coloured keys match the charts' new colours."""
        self.calendar.caption.setText(_legend())
        self._show_distress()

    def focus_sections(self) -> None:
        """The keyboard to the section tabs: arrows switch them, Tab goes in."""
        self.sections.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def panels(self) -> tuple[ChartPanel, ...]:
        return (
            self.calendar,
            self.daily,
            self.weekly,
            self.distress,
            self.checkin_minutes,
            self.checkins,
        )

    @property
    def _store(self) -> Store:
        # Always the context's: another view may react to a new store before this one does.
        return self._context.store

    def set_store(self, store: Store) -> None:
        """Show another practice log (after "Delete all my data" opened a fresh one)."""
        self.sessions.clear_undo()  # an undo must never write into the new, empty log
        self.model.set_store(store)
        self.refresh_summary()

    def reload(self) -> None:
        self.model.reload()
        self.refresh_summary()

    def set_catalog(self, catalog: Catalog) -> None:
        """Use new exercise names (custom patterns made, renamed or deleted)."""
        self.model.set_catalog(catalog)
        self.refresh_summary()

    def show_sessions(self) -> None:
        self.sections.setCurrentWidget(self.sessions)

    def refresh_summary(self) -> None:
        """Re-read the totals (a few ms even for ten years) and redraw every chart."""
        self.settings, problems = load_practice_settings(self._store)
        for problem in problems:
            log.warning("%s", problem)
        hour = self.settings.day_start_hour
        self.today = practice_day(self._clock.now(), hour)
        first = week_start(self.today) - timedelta(weeks=WEEKS_SHOWN)
        with self._store.snapshot():
            stats = compute_stats(self._store, self.today, self.settings)
            self._by_day = {d.day: d for d in self._store.day_totals(hour, first, self.today)}
        self.header.show_stats(stats)
        self.helps.show_exercises(stats.by_exercise, self.model.exercise_name)
        self.calendar.chart.set_days(self._by_day, self.today)
        weeks = minutes_per_week(self._by_day.values(), first, self.today)
        self.weekly.chart.set_weeks(weeks, self._by_day)
        self._show_checkins(weeks)
        self._show_daily()
        self._show_distress()
        for panel in self.panels:
            panel.today = self.today
        empty = (
            stats.total_sessions == 0 and self.model.total == 0 and not self.checkins.chart.shown
        )
        self.empty_label.setVisible(empty)
        self.sections.setVisible(not empty)

    def _show_checkins(self, weeks: Sequence[tuple[date, float]]) -> None:
        hour = self.settings.day_start_hour
        totals = sorted(
            (practice_day(c.taken_at, hour), c.total) for c in self._store.iter_checkins()
        )
        self.checkins.chart.set_checkins(totals, [monday for monday, _ in weeks])
        # Shown once there is a result; until then it would be an empty page.
        self.sections.setTabVisible(self.sections.indexOf(self.self_check_page), bool(totals))
        if totals:
            self.checkin_minutes.chart.set_weeks(weeks, self._by_day)

    def _first_of_range(self, box: QComboBox) -> date:
        return self.today - timedelta(days=int(box.currentData()) - 1)

    def _show_daily(self) -> None:
        first = self._first_of_range(self.practice_range)
        minutes = minutes_per_day(self._by_day.values(), first, self.today)
        self.daily.chart.set_days(minutes, self._by_day, self.settings.goal_minutes_per_day)
        total = sum(m for _, m in minutes)
        days = sum(1 for d in self._by_day.values() if d.practised and d.day >= first)
        whole_minutes = round(total)
        self.daily.caption.setText(
            translate(
                "HistoryView", "%n practice day(s) and {minutes} in all in this period.", None, days
            ).format(minutes=translate("HistoryView", "%n minute(s)", None, whole_minutes))
        )

    def _show_distress(self) -> None:
        first = self._first_of_range(self.distress_range)
        days = distress_per_day(self._by_day.values(), first, self.today)
        self.distress.chart.set_days(days, first, self.today)
        rated = sum(d.rated_sessions for d in days)
        c = theme.colours()
        key = translate(
            "HistoryView",
            "{before_mark} before &nbsp; {after_mark} after, the average of each day's sessions "
            "rated both before and after.",
        ).format(
            before_mark=f"<span style='color:{c.before.name()}'>○</span>",
            after_mark=f"<span style='color:{c.accent.name()}'>●</span>",
        )
        if not rated:
            summary = translate(
                "HistoryView",
                "No sessions in this period were rated before and after. Ratings appear here "
                "once you give them (they can be switched on in Settings).",
            )
            self.distress.caption.setText(f"{key}<br>{summary}")
            return
        before = sum(d.mean_before * d.rated_sessions for d in days) / rated
        after = sum(d.mean_after * d.rated_sessions for d in days) / rated
        summary = translate(
            "HistoryView",
            "In this period: %n rated session(s), on average {before} before and {after} after.",
            None,
            rated,
        ).format(before=decimal(before, 1), after=decimal(after, 1))
        self.distress.caption.setText(f"{key}<br>{summary}")

    def _show_problem(self, message: str) -> None:
        QMessageBox.warning(self, translate("HistoryView", "Not saved"), message)
        self.reload()


def _page(*parts: QWidget | QLayout | int | tuple[QWidget, int]) -> QWidget:
    """One section's page, top to bottom: widgets, layouts, (widget, stretch) and spacings."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, theme.SPACE.s, 0, 0)
    for part in parts:
        if isinstance(part, int):
            column.addSpacing(part)
        elif isinstance(part, tuple):
            column.addWidget(*part)
        elif isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    return page


def _range_box(name: str, default: int) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for days, label in RANGES:
        box.addItem(translate("HistoryView", label), days)
    box.setCurrentIndex(box.findData(default))
    return box


def _range_row(box: QComboBox) -> QHBoxLayout:
    row = QHBoxLayout()
    label = QLabel(translate("HistoryView", "Sho&w:"))
    label.setBuddy(box)
    row.addStretch(1)
    row.addWidget(label)
    row.addWidget(box)
    return row


def _legend() -> str:
    squares = "".join(
        f"<span style='color:{colour.name()}'>■</span>" for colour in theme.colours().heat
    )
    words = translate(
        "HistoryView",
        "Less {squares} more: none, under 5, 5-9, 10-19, 20 or more minutes a day. "
        "Point at a day to see it.",
    )
    return words.format(squares=squares)
