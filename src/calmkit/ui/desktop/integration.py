"""Ties CalmKit to the desktop once the main window exists: the tray icon (where there is a
tray), closing into it, and the Settings page for both."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from calmkit.core.desktop import DesktopSettings, load_desktop_settings, save_desktop_settings
from calmkit.core.store import StorageError

if TYPE_CHECKING:
    from calmkit.ui.data.settings_dialog import SettingsDialog
    from calmkit.ui.desktop.tray import Tray
    from calmkit.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DesktopIntegration(QObject):
    def __init__(self, window: MainWindow, *, tray_available: bool | None = None) -> None:
        super().__init__(window)
        self._window = window
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: Tray | None = None
        if tray_available:
            from calmkit.ui.desktop.tray import Tray

            self.tray = Tray(window)
            self.tray.show()
            window.hidden_to_tray.connect(self.tray.went_to_tray)
            # Dialogs opened from the tray while the window is hidden must not end CalmKit
            # when they close; the main window's own close quits instead.
            QApplication.setQuitOnLastWindowClosed(False)
        self.settings, self.problems = self._read()
        for problem in self.problems:  # reported once, here; the Settings page shows them too
            log.warning("%s", problem)
        window.keeps_in_tray = lambda: self.tray is not None and self.settings.keep_in_tray
        window.context.settings_changed.connect(self._reload)
        window.context.store_replaced.connect(self._reload)
        window.data.settings_pages.append(self.add_settings_page)

    @property
    def tray_available(self) -> bool:
        return self.tray is not None

    def _read(self) -> tuple[DesktopSettings, list[str]]:
        try:
            return load_desktop_settings(self._window.store)
        except StorageError as error:
            log.warning("desktop settings not read: %s", error)
            return DesktopSettings(), []

    def _reload(self) -> None:
        self.settings, self.problems = self._read()

    def add_settings_page(self, dialog: SettingsDialog) -> None:
        from calmkit.ui.desktop.settings_page import DesktopPage

        page = DesktopPage(
            self.settings, tray_available=self.tray_available, problems=self.problems
        )

        def save() -> None:
            save_desktop_settings(self._window.store, page.chosen())

        dialog.add_page(page, "Tray and &reminders", save)
