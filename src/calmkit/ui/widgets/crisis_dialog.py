"""Help > Crisis support (F1): phone and text lines, always one key away."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from calmkit.core.crisis import CrisisResources


class CrisisDialog(QDialog):
    def __init__(self, resources: CrisisResources | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Crisis support")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setText(crisis_html(resources))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 420)


def crisis_html(resources: CrisisResources | None) -> str:
    intro = (
        "<p><b>If you might act on thoughts of harming yourself, or you are in danger, "
        "call your local emergency number now.</b></p>"
    )
    if resources is None:
        return intro + "<p>Contact a local crisis line or emergency service.</p>"
    emergency = ", ".join(
        f"{escape(num)} ({escape(region)})" for region, num in resources.emergency
    )
    rows = "".join(
        f"<tr><td><b>{escape(line.region)}</b></td><td>{escape(line.name)}</td>"
        f"<td>{escape(line.contact)}</td></tr>"
        for line in resources.lines
    )
    return (
        intro
        + f"<p>Emergency numbers: {emergency}.</p>"
        + "<p>Free, confidential support lines:</p>"
        + f"<table cellspacing='6'>{rows}</table>"
        + "<p>CalmKit offers self-help exercises. It is not a medical service and cannot "
        "contact anyone for you.</p>"
        + f"<p><i>Numbers last checked {resources.last_checked:%d %B %Y}.</i></p>"
    )
