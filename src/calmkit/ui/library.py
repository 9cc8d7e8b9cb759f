"""The exercise library: pick an exercise, read about it, choose a length, start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import Catalog, Exercise, SessionLength
from calmkit.core.exercises.breathing import cycles_for
from calmkit.core.exercises.catalog import timeline_for
from calmkit.ui.formatting import describe_length


class LibraryView(QWidget):
    start_requested = Signal(str, object)  # exercise id, SessionLength

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.catalog = catalog
        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        for exercise in catalog:
            minutes = describe_length(timeline_for(exercise).total)
            item = QListWidgetItem(f"{exercise.name}\n{exercise.summary}\nAbout {minutes}")
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.list.addItem(item)
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
        self.list.setFocus()

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
            paragraphs.insert(0, f"<p><b>Pattern:</b> {exercise.breathing.describe()} seconds</p>")
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
