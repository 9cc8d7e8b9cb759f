"""The "Deleted … [Undo] [✕]" bar: deleting happens at once and can be taken back, instead of
asking first. Shared by the session table and My patterns so both look and behave alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from calmkit.core.i18n import translate
from calmkit.ui.widgets import theme


class UndoBar(QFrame):
    dismissed = Signal()

    def __init__(
        self,
        undo: Callable[[], None],
        undo_tip: str,
        dismiss_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names people typed
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(translate("UndoBar", "Undo"))
        self.undo_button.setToolTip(undo_tip)
        self.undo_button.clicked.connect(undo)
        dismiss = QToolButton()
        dismiss.setProperty("role", "tool")
        dismiss.setText("✕")
        dismiss.setAccessibleName(translate("UndoBar", "Dismiss"))
        dismiss.setToolTip(dismiss_tip)
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(self.hide)
        dismiss.clicked.connect(self.dismissed)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE.m, theme.SPACE.xs, theme.SPACE.xs, theme.SPACE.xs)
        row.addWidget(self.label, stretch=1)
        row.addWidget(self.undo_button)
        row.addWidget(dismiss)
        self.hide()

    def announce(self, text: str) -> None:
        self.label.setText(text)
        self.show()
