"""The caution a kind asks to show before a session, until the person says it is enough."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from calmkit.core.exercises import SessionCaution
from calmkit.core.i18n import translate
from calmkit.ui.widgets import theme


def caution_html(caution: SessionCaution) -> str:
    items = "".join(f"<li>{escape(point)}</li>" for point in caution.points)
    return f"<p><b>{escape(caution.heading)}</b></p><ul>{items}</ul>"


class CautionDialog(QDialog):
    """Start / Not now, with "Don't show this again". Opened window-modal with open(), so it
    never blocks the event loop (a session's timers and the smoke test keep running)."""

    def __init__(self, caution: SessionCaution, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caution = caution
        self.setWindowTitle(translate("CautionDialog", "Before you start"))
        text = QLabel(caution_html(caution))
        text.setWordWrap(True)
        self.dont_show_again = QCheckBox(translate("CautionDialog", "Don't show this again"))
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            translate("CautionDialog", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("CautionDialog", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.start_button.setDefault(True)
        layout = QVBoxLayout(self)
        theme.page_margins(layout)
        layout.addWidget(text)
        layout.addWidget(self.dont_show_again)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
