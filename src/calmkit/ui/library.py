"""The exercise library: pick an exercise, read about it, choose a length, start."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import Catalog, Exercise, SessionLength
from calmkit.core.exercises.breathing import cycles_for
from calmkit.core.exercises.catalog import timeline_for
from calmkit.ui import theme
from calmkit.ui.formatting import describe_length

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
    start_requested = Signal(str, object)  # exercise id, SessionLength

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.catalog = catalog
        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the cards on resize
        self.list.setItemDelegate(ExerciseCardDelegate(self.list))
        for exercise in catalog:
            self._add_item(exercise)
        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _item: self.start())

        self.name = QLabel()
        self.name.setProperty("role", "title")
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.by_minutes = QRadioButton("Minutes")
        self.by_cycles = QRadioButton("Breaths")
        self.by_minutes.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.by_minutes)
        mode.addButton(self.by_cycles)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Session length in minutes")
        self.cycles = QSpinBox()
        self.cycles.setRange(1, 1000)
        self.cycles.setSuffix(" breaths")
        self.cycles.setAccessibleName("Session length in breaths")
        self.length_note = QLabel()
        self.length_note.setProperty("role", "muted")
        for widget in (self.minutes, self.cycles):
            widget.valueChanged.connect(self._update_length_note)
        self.by_minutes.toggled.connect(self._update_length_note)
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
        length.setColumnStretch(3, 1)
        right = QVBoxLayout()
        right.addWidget(self.name)
        right.addWidget(self.details, stretch=1)
        right.addLayout(length)
        right.addWidget(self.length_note)
        right.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, stretch=2)
        layout.addLayout(right, stretch=3)
        if len(catalog):
            self.list.setCurrentRow(0)

    def _add_item(self, exercise: Exercise) -> None:
        minutes = max(1, round(timeline_for(exercise).total / 60))
        item = QListWidgetItem(f"{exercise.name}. {exercise.summary} About {minutes} min.")
        item.setData(Qt.ItemDataRole.UserRole, exercise.id)
        item.setData(
            CARD_ROLE,
            f"<b>{escape(exercise.name)}</b><br>{escape(exercise.summary)}"
            f"<br><span style='color:{theme.MUTED_TEXT.name()}'>About {minutes} min</span>",
        )
        self.list.addItem(item)

    def selected(self) -> Exercise | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.catalog.get(item.data(Qt.ItemDataRole.UserRole))

    def select(self, exercise_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.list.setCurrentRow(row)

    def length(self) -> SessionLength:
        if self.by_cycles.isChecked():
            return SessionLength(cycles=self.cycles.value())
        return SessionLength(minutes=self.minutes.value())

    def start(self) -> None:
        exercise = self.selected()
        if exercise is not None:
            self.start_requested.emit(exercise.id, self.length())

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
        if exercise.breathing is not None:
            self.cycles.setValue(cycles_for(exercise.breathing, default))
        if default.minutes is not None:
            self.minutes.setValue(max(1, round(default.minutes)))
            self.by_minutes.setChecked(True)
        else:
            self.by_cycles.setChecked(True)
        self._update_length_note()

    def _update_length_note(self) -> None:
        exercise = self.selected()
        if exercise is None:
            return
        total = timeline_for(exercise, self.length()).total
        self.length_note.setText(f"Ends after a whole breath: {describe_length(total)} in all.")
