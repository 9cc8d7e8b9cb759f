"""The exercise library: pick an exercise, read about it, choose a length, start."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import Catalog, Exercise, SessionLength, SessionPlan
from calmkit.core.exercises.breathing import cycles_for
from calmkit.core.exercises.catalog import pace_range, timeline_for
from calmkit.core.exercises.custom import is_custom_id
from calmkit.ui import theme
from calmkit.ui.formatting import describe_length
from calmkit.ui.length_controls import LengthControls

if TYPE_CHECKING:
    from calmkit.core.store import Store
    from calmkit.ui.my_patterns import MyPatterns

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # rich text of an exercise's card in the list
CARD_MARGIN = 10


class ExerciseCardDelegate(QStyledItemDelegate):
    """Draws each exercise as a small card (bold name, summary, length), wrapped to the width."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setHtml(str(index.data(CARD_ROLE)))
        document.setTextWidth(max(80, width - 2 * CARD_MARGIN))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""  # the card is drawn below; the plain text is for screen readers
        widget = background.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        document = self._document(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.translate(CARD_MARGIN, CARD_MARGIN)
        document.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width()
        height = self._document(index, width).size().height()
        return QSize(width, round(height) + 2 * CARD_MARGIN)


class LibraryView(QWidget):
    start_requested = Signal(str, object)  # exercise id, SessionPlan

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.catalog = catalog
        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the cards on resize
        self.list.setItemDelegate(ExerciseCardDelegate(self.list))
        self.patterns: MyPatterns | None = None  # see enable_custom_patterns()
        self._fill_list()
        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _item: self.start())

        self.name = QLabel()
        self.name.setProperty("role", "title")
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # names people type are not markup
        self.name.setWordWrap(True)  # a long name wraps instead of widening the window
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.length_controls = LengthControls(self, "Session length")
        self.by_minutes = self.length_controls.by_minutes
        self.by_cycles = self.length_controls.by_cycles
        self.minutes = self.length_controls.minutes
        self.cycles = self.length_controls.cycles
        self.variant_label = QLabel("Version:")
        self.variant = QComboBox()
        self.variant.setAccessibleName("Version of the exercise")
        self.pace = QDoubleSpinBox()
        self.pace.setDecimals(1)
        self.pace.setSingleStep(0.1)
        self.pace.setSuffix(" breaths a minute")
        self.pace.setAccessibleName("Pace in breaths a minute")
        self.pace.setToolTip("Slower or faster; every phase is scaled, the proportions stay")
        self.length_note = QLabel()
        self.length_note.setProperty("role", "muted")
        self.length_note.setWordWrap(True)
        self.length_controls.on_change(self._update_length_note)
        self.variant.currentIndexChanged.connect(self._variant_changed)
        self.pace.valueChanged.connect(self._update_length_note)
        self.start_button = QPushButton("Start")
        self.start_button.setProperty("role", "primary")
        self.start_button.setToolTip("Start the selected exercise (Enter)")
        self.start_button.clicked.connect(self.start)

        length = QGridLayout()
        length.addWidget(QLabel("Length:"), 0, 0)
        length.addWidget(self.by_minutes, 0, 1)
        length.addWidget(self.minutes, 0, 2)
        length.addWidget(self.by_cycles, 1, 1)
        length.addWidget(self.cycles, 1, 2)
        length.addWidget(self.variant_label, 2, 0)
        length.addWidget(self.variant, 2, 1, 1, 2)
        length.addWidget(QLabel("Pace:"), 3, 0)
        length.addWidget(self.pace, 3, 1, 1, 2)
        length.setColumnStretch(3, 1)
        right = self.details_column = QVBoxLayout()
        right.addWidget(self.name)
        right.addWidget(self.details, stretch=1)
        right.addLayout(length)
        right.addWidget(self.length_note)
        right.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        self.list_column = QVBoxLayout()
        self.list_column.addWidget(self.list)
        layout.addLayout(self.list_column, stretch=2)
        layout.addLayout(right, stretch=3)
        if len(catalog):
            self.list.setCurrentRow(0)

    def _add_item(self, exercise: Exercise) -> None:
        minutes = max(1, round(timeline_for(exercise).total / 60))
        item = QListWidgetItem(f"{exercise.name}. {exercise.summary} About {minutes} min.")
        item.setData(Qt.ItemDataRole.UserRole, exercise.id)
        mine = is_custom_id(exercise.id)
        tag = f" <span style='color:{theme.ACCENT.name()}'>· my pattern</span>" if mine else ""
        item.setData(
            CARD_ROLE,
            f"<b>{escape(exercise.name)}</b>{tag}<br>{escape(exercise.summary)}"
            f"<br><span style='color:{theme.MUTED_TEXT.name()}'>About {minutes} min</span>",
        )
        self.list.addItem(item)

    def selected(self) -> Exercise | None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return None  # nothing, or the "My patterns" heading
        return self.catalog.get(item.data(Qt.ItemDataRole.UserRole))

    def select(self, exercise_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.list.setCurrentRow(row)

    def length(self) -> SessionLength:
        return self.length_controls.length()

    def plan(self) -> SessionPlan:
        exercise = self.selected()
        variant = self.variant.currentData() if self.variant.count() else None
        pace = None
        if exercise is not None and exercise.breathing is not None:
            allowed = pace_range(exercise, variant)
            # Only a pace the person changed; the default stays exact (e.g. 5.5, not 5.504).
            if abs(self.pace.value() - allowed.default) >= 0.05:
                pace = allowed.clamp(self.pace.value())
        return SessionPlan(self.length(), variant, pace)

    def start(self) -> None:
        exercise = self.selected()
        if exercise is not None:
            self.start_requested.emit(exercise.id, self.plan())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start()
            return
        super().keyPressEvent(event)

    def _show_details(self, row: int) -> None:
        exercise = self.selected()
        if exercise is None:
            return
        self.name.setText(exercise.name)
        paragraphs = [f"<p>{p}</p>" for p in exercise.description.split("\n\n")]
        if exercise.breathing is not None:
            paragraphs.insert(0, f"<p><b>Pattern:</b> {exercise.breathing.describe()}</p>")
        if exercise.cautions:
            items = "".join(f"<li>{c}</li>" for c in exercise.cautions)
            paragraphs.append(f"<p><b>Take care</b></p><ul>{items}</ul>")
        if exercise.sources:
            items = "".join(f"<li>{s}</li>" for s in exercise.sources)
            paragraphs.append(f"<p><b>Background</b></p><ul>{items}</ul>")
        self.details.setHtml("".join(paragraphs))
        default = exercise.default_length
        self.variant.blockSignals(True)
        self.variant.clear()
        if exercise.variants:
            self.variant.addItem(
                f"Standard ({exercise.breathing.describe()})" if exercise.breathing else "Standard",
                None,
            )
            for variant in exercise.variants:
                self.variant.addItem(f"{variant.name} ({variant.pattern.describe()})", variant.id)
        self.variant.blockSignals(False)
        self.variant.setVisible(bool(exercise.variants))
        self.variant_label.setVisible(bool(exercise.variants))
        self._reset_pace()  # before anything below re-computes the length note
        self.cycles.setMaximum(exercise.max_cycles or 1000)
        if exercise.breathing is not None:
            self.cycles.setValue(cycles_for(exercise.breathing, default))
        if default.minutes is not None:
            self.minutes.setValue(max(1, round(default.minutes)))
            self.by_minutes.setChecked(True)
        else:
            self.by_cycles.setChecked(True)
        self._update_length_note()

    def _variant_changed(self) -> None:
        self._reset_pace()
        self._update_length_note()

    def _reset_pace(self) -> None:
        exercise = self.selected()
        if exercise is None or exercise.breathing is None:
            return
        allowed = pace_range(exercise, self.variant.currentData())
        self.pace.blockSignals(True)
        self.pace.setRange(allowed.minimum, allowed.maximum)
        self.pace.setValue(round(allowed.default, 1))
        self.pace.blockSignals(False)

    def _update_length_note(self) -> None:
        exercise = self.selected()
        if exercise is None:
            return
        plan = self.plan()
        timeline = timeline_for(exercise, plan.length, variant=plan.variant, pace=plan.pace)
        lines = [f"Ends after a whole breath: {describe_length(timeline.total)} in all."]
        if plan.pace is not None:
            per_breath = timeline.steps[: len(timeline) // timeline.cycles]
            seconds = " · ".join(f"{s.duration:.1f} s {s.label.lower()}" for s in per_breath)
            lines.append(f"At this pace: {seconds}.")
        if exercise.guidance:
            lines.append(exercise.guidance)
        self.length_note.setText(" ".join(lines))

    # --- my patterns: the person's own breathing patterns (calmkit.ui.my_patterns) ---------

    def enable_custom_patterns(self, store: Store) -> MyPatterns:
        """Add the "My patterns" section and the buttons that manage it. Call reload() on the
        result once its signals are connected."""
        from calmkit.ui.my_patterns import MyPatterns

        self.patterns = MyPatterns(self, store)
        self.list_column.addWidget(self.patterns.undo_bar)
        self.list_column.addWidget(self.patterns.list_tools)
        self.details_column.insertWidget(1, self.patterns.pattern_tools)
        return self.patterns

    def _fill_list(self) -> None:
        mine = [e for e in self.catalog if is_custom_id(e.id)]
        for exercise in self.catalog:
            if not is_custom_id(exercise.id):
                self._add_item(exercise)
        if self.patterns is not None:
            self._add_heading(empty=not mine)
        for exercise in mine:
            self._add_item(exercise)

    def _add_heading(self, *, empty: bool) -> None:
        hint = "Patterns you make appear here. New pattern: Ctrl+N." if empty else ""
        item = QListWidgetItem(f"My patterns. {hint}".strip())
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable, skipped by arrows
        muted = f"<br><span style='color:{theme.MUTED_TEXT.name()}'>{hint}</span>" if hint else ""
        item.setData(CARD_ROLE, f"<b style='color:{theme.ACCENT.name()}'>My patterns</b>{muted}")
        self.list.addItem(item)

    def set_catalog(self, catalog: Catalog, select: str | None = None) -> None:
        """Show `catalog` in place, keeping the selected exercise (or selecting `select`). The
        details and length controls refresh only when the selected exercise itself changed."""
        before = self.selected()
        old_row = self.list.currentRow()
        wanted = select or (before.id if before is not None else None)
        self.catalog = catalog
        self.list.blockSignals(True)  # one refresh at the end, not one per rebuilt row
        try:
            self.list.clear()
            self._fill_list()
            row = next(
                (r for r in range(self.list.count()) if self._id_at(r) == wanted),
                min(max(old_row, 0), self.list.count() - 1),
            )
            while row > 0 and self._id_at(row) is None:
                row -= 1  # a removed last pattern: select the one above the heading
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        after = self.selected()
        if after is not None and (
            before is None or replace(after, order=0) != replace(before, order=0)
        ):
            self._show_details(row)
        item = self.list.currentItem()
        if item is not None:
            self.list.scrollToItem(item)

    def _id_at(self, row: int) -> str | None:
        item = self.list.item(row)
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, str) else None
