"""The caution shown before a breathing pattern with holds, until the person says it is enough."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

HOLDS_CAUTION = (
    "<p><b>This pattern includes holding the breath.</b></p>"
    "<ul>"
    "<li>Skip the holds (breathe normally through them) if you are pregnant or have heart, "
    "lung or blood-pressure problems.</li>"
    "<li>Stop and breathe normally if you feel dizzy, light-headed or tingly.</li>"
    "<li>Breathe gently, not deeply: small, quiet breaths are enough.</li>"
    "<li>It is always fine to open your eyes, breathe your own way, or stop.</li>"
    "</ul>"
)


class HoldsCautionDialog(QDialog):
    """Start / Not now, with "Don't show this again". Opened window-modal with open(), so it
    never blocks the event loop (a session's timers and the smoke test keep running)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Before you start")
        text = QLabel(HOLDS_CAUTION)
        text.setWordWrap(True)
        self.dont_show_again = QCheckBox("Don't show this again")
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.start_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.dont_show_again)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
