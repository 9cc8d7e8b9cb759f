"""The weekly self-check offer: a quiet line with "Take the self-check" and "Not now", shown
only when the self-check is switched on and a week has passed since the last one."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from calmkit.core import selfcheck
from calmkit.core.i18n import translate
from calmkit.core.store import StorageError
from calmkit.ui.context import AppContext
from calmkit.ui.widgets import theme

log = logging.getLogger(__name__)


class SelfCheckPrompt(QFrame):
    """Never a dialog: a line that waits. "Not now" hides it for a day (everywhere it is
    shown); taking the check hides it for a week."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self._context = context
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.take_button = QPushButton(translate("SelfCheckPrompt", "&Take the self-check"))
        self.take_button.setProperty("role", "link")
        self.take_button.clicked.connect(context.request_self_check)
        self.later_button = QPushButton(translate("SelfCheckPrompt", "Not now"))
        self.later_button.setProperty("role", "link")
        self.later_button.setToolTip(translate("SelfCheckPrompt", "Ask again tomorrow"))
        self.later_button.clicked.connect(self.snooze)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE.m, theme.SPACE.xs, theme.SPACE.s, theme.SPACE.xs)
        row.addWidget(self.text, stretch=1)
        row.addWidget(self.take_button)
        row.addWidget(self.later_button)
        context.settings_changed.connect(self.refresh)
        context.checkins_changed.connect(self.refresh)
        context.store_replaced.connect(self.refresh)
        self.refresh()

    def _state(self) -> tuple[bool, bool]:
        """(due, never taken before)."""
        store = self._context.store
        try:
            if not self._context.practice_settings().weekly_self_check:
                return False, False
            last = store.last_checkin()
            snoozed = selfcheck.snoozed_until(store.setting(selfcheck.SNOOZE_SETTING))
        except StorageError as error:
            log.warning("could not read the self-check state: %s", error)
            return False, False
        due = selfcheck.prompt_due(
            None if last is None else last.taken_at, snoozed, self._context.clock.now()
        )
        return due, last is None

    def refresh(self) -> None:
        due, first = self._state()
        if due:
            self.text.setText(
                translate(
                    "SelfCheckPrompt",
                    "Your weekly anxiety self-check is ready when you are: seven short questions.",
                )
                if first
                else translate(
                    "SelfCheckPrompt",
                    "It has been a week since your last self-check. Seven short questions, "
                    "when you have a moment.",
                )
            )
        self.setVisible(due)

    def snooze(self) -> None:
        until = self._context.clock.now() + selfcheck.SNOOZE
        try:
            self._context.store.set_setting(selfcheck.SNOOZE_SETTING, until.isoformat())
        except StorageError as error:
            log.warning("could not remember 'Not now': %s", error)
            self.hide()  # for this run at least
            return
        self._context.notify_checkins_changed()
