"""Ties CalmKit to the desktop once the main window exists: the tray icon (where there is a
tray), closing into it, practice reminders, starting at log-in, and their Settings page."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from calmkit.core.autostart import autostart_enabled, autostart_file, launch_command, set_autostart
from calmkit.core.desktop import DesktopSettings, load_desktop_settings, save_desktop_settings
from calmkit.core.i18n import translate
from calmkit.core.reminders import save_reminder_settings
from calmkit.core.store import StorageError
from calmkit.paths import APP_DIR_NAME
from calmkit.ui.desktop.notifications import Notifier, TrayNotifier, WindowNotifier
from calmkit.ui.desktop.reminders import ReminderService

if TYPE_CHECKING:
    from calmkit.ui.data.settings_dialog import SettingsDialog
    from calmkit.ui.desktop.tray import Tray
    from calmkit.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DesktopIntegration(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        tray_available: bool | None = None,
        notifier: Notifier | None = None,
        autostart_path: Path | None = None,
    ) -> None:
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
        if notifier is None:
            notifier = TrayNotifier(self.tray) if self.tray is not None else WindowNotifier(window)
        self.reminders = ReminderService(window, notifier)
        self.autostart_path = autostart_path or autostart_file()
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

    def login_command(self) -> list[str]:
        """How the log-in session starts this CalmKit, on this practice log, hidden."""
        data_dir = self._window.data.paths.data_dir
        default = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
        return launch_command(
            sys.executable,
            frozen=bool(getattr(sys, "frozen", False)),
            data_dir=None if data_dir == default else data_dir,
        )

    def add_settings_page(self, dialog: SettingsDialog) -> None:
        from calmkit.ui.desktop.settings_page import DesktopPage

        page = DesktopPage(
            self.settings,
            self.reminders.settings,
            self._window.catalog,
            tray_available=self.tray_available,
            starts_at_login=autostart_enabled(self.autostart_path),
            problems=[*self.problems, *self.reminders.problems],
        )

        def save() -> None:
            store = self._window.store
            save_desktop_settings(store, page.chosen())
            save_reminder_settings(store, page.chosen_reminders())
            wanted = page.start_at_login.isChecked()
            if wanted != autostart_enabled(self.autostart_path):
                try:
                    set_autostart(self.autostart_path, self.login_command() if wanted else None)
                except OSError as error:
                    log.warning("autostart entry not changed: %s", error)
                    raise ValueError(
                        translate(
                            "DesktopIntegration",
                            "CalmKit could not change whether it starts when you log in "
                            "({problem}).",
                        ).format(problem=error.strerror or error)
                    ) from None

        dialog.add_page(page, translate("DesktopIntegration", "&Tray and reminders"), save)
        dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))  # this page is the tallest
