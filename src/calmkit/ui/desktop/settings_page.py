"""The Settings dialog's "Tray and reminders" page."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from calmkit.core.desktop import DesktopSettings


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class DesktopPage(QWidget):
    """Whether closing the window keeps CalmKit in the tray, and the practice reminders."""

    def __init__(
        self,
        settings: DesktopSettings,
        *,
        tray_available: bool,
        problems: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        if problems:
            notice = _help(
                "Some saved settings could not be used, so their defaults are shown:\n"
                + "\n".join(problems)
            )
            notice.setProperty("role", "notice-text")
            layout.addWidget(notice)

        tray = QGroupBox("System tray")
        tray_layout = QVBoxLayout(tray)
        self.keep_in_tray = QCheckBox("&Keep CalmKit in the system tray when I close the window")
        self.keep_in_tray.setChecked(settings.keep_in_tray and tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        tray_layout.addWidget(self.keep_in_tray)
        tray_layout.addWidget(
            _help(
                "Closing the window then leaves CalmKit running, with its icon in the tray. "
                "Choose Quit from the icon's menu to end it."
                if tray_available
                else "Your desktop shows no system tray, so closing the window quits CalmKit."
            )
        )
        layout.addWidget(tray)
        layout.addStretch(1)

    def chosen(self) -> DesktopSettings:
        return DesktopSettings(keep_in_tray=self.keep_in_tray.isChecked())
