"""Showing a reminder: a desktop notification (freedesktop, over D-Bus) with Start and
Snooze, else the tray icon's message, else a small window of CalmKit's own."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from calmkit import APP_NAME
from calmkit.core.i18n import translate

if TYPE_CHECKING:
    from calmkit.ui.desktop.tray import Tray

log = logging.getLogger(__name__)


class Notifier(QObject):
    """Shows one reminder at a time; says when the person chose Start or Snooze."""

    start_chosen = Signal()
    snooze_chosen = Signal()

    def show_reminder(self, title: str, text: str, exercise_name: str) -> None:
        raise NotImplementedError

    def withdraw(self) -> None:
        """The reminder is no longer wanted (a session started another way)."""


class TrayNotifier(Notifier):
    """The tray icon's message (on desktops with a StatusNotifier tray Qt sends it as a
    freedesktop notification): a click on it starts the exercise. The message has no
    buttons and fades after a while, so Start and Snooze also wait in the icon's menu while
    the reminder stands."""

    def __init__(self, tray: Tray) -> None:
        super().__init__(tray)
        self._tray = tray
        self._pending = False
        tray.icon.messageClicked.connect(self._clicked)
        self.start_action = QAction(tray.menu)
        self.start_action.triggered.connect(self._clicked)
        self.snooze_action = QAction(
            translate("TrayNotifier", "S&nooze the reminder 10 minutes"), tray.menu
        )
        self.snooze_action.triggered.connect(self._snooze)
        for action in (self.start_action, self.snooze_action):
            tray.menu.insertAction(tray.open_action, action)
            action.setVisible(False)

    def show_reminder(self, title: str, text: str, exercise_name: str) -> None:
        self._pending = True
        self.start_action.setText(
            translate("TrayNotifier", "Start {name} now").format(
                name=exercise_name.replace("&", "&&")
            )
        )
        self.start_action.setVisible(True)
        self.snooze_action.setVisible(True)
        self._tray.icon.showMessage(
            title,
            translate(
                "TrayNotifier", "{reminder} Click here to start, or snooze it from the tray menu."
            ).format(reminder=text),
            self._tray.icon.icon(),
            30_000,
        )

    def withdraw(self) -> None:
        self._pending = False
        self.start_action.setVisible(False)
        self.snooze_action.setVisible(False)

    def _clicked(self) -> None:
        if self._pending:
            self.withdraw()
            self.start_chosen.emit()

    def _snooze(self) -> None:
        self.withdraw()
        self.snooze_chosen.emit()


class WindowNotifier(Notifier):
    """CalmKit's own small window, for a desktop with neither notifications nor a tray. It
    never takes the keyboard from what the person is typing elsewhere."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.box: QMessageBox | None = None

    def show_reminder(self, title: str, text: str, exercise_name: str) -> None:
        self.withdraw()
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, f"{APP_NAME}: {title}", text, parent=self._parent
        )
        self.start_button: QPushButton = box.addButton(
            translate("WindowNotifier", "&Start"), QMessageBox.ButtonRole.AcceptRole
        )
        self.snooze_button: QPushButton = box.addButton(
            translate("WindowNotifier", "S&nooze 10 minutes"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(translate("WindowNotifier", "Not &now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.start_button)
        box.buttonClicked.connect(self._answered)
        self.box = box
        box.show()

    def withdraw(self) -> None:
        if self.box is not None:
            box, self.box = self.box, None
            box.done(0)
            box.deleteLater()

    def _answered(self, button: object) -> None:
        chosen_start = button is self.start_button
        chosen_snooze = button is self.snooze_button
        self.box = None
        if chosen_start:
            self.start_chosen.emit()
        elif chosen_snooze:
            self.snooze_chosen.emit()
