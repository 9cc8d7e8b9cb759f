"""The system-tray icon, where the desktop has a tray: open the window, start a recent
exercise, pause or stop the session, quit; and the window can close into it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from calmkit import APP_ID, APP_NAME
from calmkit.core.desktop import TRAY_EXPLAINED, quick_starts
from calmkit.core.i18n import translate
from calmkit.core.session import SessionStatus
from calmkit.core.store import StorageError
from calmkit.launch import LaunchRequest
from calmkit.resources import resource_path

if TYPE_CHECKING:
    from calmkit.ui.main_window import MainWindow

log = logging.getLogger(__name__)
RECENT_SESSIONS_READ = 50  # enough to find five different recent exercises


class Tray(QObject):
    """The tray icon and its menu. It follows the window's session and the context's
    signals; it owns nothing the window needs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        icon = window.windowIcon()
        if icon.isNull():  # the application's icon is set at start-up; this is the same
            svg = resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
            icon = QIcon(str(svg))
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu(window)  # a parent, so that it is deleted with the window
        self.open_action = self._add(translate("Tray", "&Open CalmKit"), window.bring_forward)
        self.menu.addSeparator()
        self.start_menu = self.menu.addMenu(translate("Tray", "&Start"))
        self.pause_action = self._add(translate("Tray", "&Pause session"), self._toggle_pause)
        self.stop_action = self._add(translate("Tray", "S&top session"), self._stop)
        self.menu.addSeparator()
        self.quit_action = self._add(
            translate("Tray", "&Quit {app}").format(app=APP_NAME), self.quit
        )
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(self.update_session_actions)
        self.icon.activated.connect(self._activated)
        context = window.context
        context.sessions_changed.connect(self.update_quick_starts)
        context.catalog_changed.connect(self.update_quick_starts)
        context.store_replaced.connect(self.update_quick_starts)
        self.update_quick_starts()
        self.update_session_actions()

    def _add(self, text: str, slot: object) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def show(self) -> None:
        self.icon.show()

    def update_quick_starts(self) -> None:
        """The recent exercises first, then the library's first ones."""
        catalog = self._window.catalog
        try:
            recent = [s.exercise_id for s in self._window.store.sessions(RECENT_SESSIONS_READ)]
        except StorageError as error:
            log.warning("recent exercises not read for the tray: %s", error)
            recent = []
        self.start_menu.clear()
        for exercise_id in quick_starts(recent, catalog.ids):
            action = self.start_menu.addAction(catalog.name_of(exercise_id).replace("&", "&&"))
            action.triggered.connect(lambda _=False, i=exercise_id: self.start(i))

    def start(self, exercise_id: str) -> None:
        """As a launch of `calmkit start ID` would: the window comes forward with it."""
        self._window.follow_launch(LaunchRequest(exercise_id), source="the tray", ask_rating=True)

    def update_session_actions(self) -> None:
        shell = self._window.session
        status = shell.runner.status if shell is not None else None
        live = status in (SessionStatus.RUNNING, SessionStatus.PAUSED)
        self.pause_action.setEnabled(live)
        self.stop_action.setEnabled(live)
        paused = status is SessionStatus.PAUSED
        self.pause_action.setText(
            translate("Tray", "&Resume session") if paused else translate("Tray", "&Pause session")
        )

    def _toggle_pause(self) -> None:
        if self._window.session is not None:
            self._window.session.toggle_pause()
        self.update_session_actions()

    def _stop(self) -> None:
        """The part practised is kept; the summary waits in the window."""
        if self._window.session is not None:
            self._window.session.stop()
        self.update_session_actions()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._window.bring_forward()

    def went_to_tray(self) -> None:
        """The window closed into the tray: the first time, say where CalmKit went."""
        store = self._window.store
        try:
            if store.setting(TRAY_EXPLAINED) is True:
                return
            store.set_setting(TRAY_EXPLAINED, True)
        except StorageError as error:
            log.warning("could not remember the tray message: %s", error)
        self.icon.showMessage(
            translate("Tray", "{app} is still here").format(app=APP_NAME),
            translate(
                "Tray",
                "It keeps running in the system tray, so reminders can reach you. Click its "
                "icon to open it again, or choose Quit from the icon's menu.",
            ),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    def quit(self) -> None:
        self._window.close_for_good()
        QApplication.quit()
