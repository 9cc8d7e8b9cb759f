"""Practice reminders in the running app: a timer that asks the core's planner, and the
notification that starts the exercise or snoozes. The rules live in calmkit.core.reminders."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from calmkit.core.exercises import UnknownExerciseError
from calmkit.core.i18n import translate
from calmkit.core.reminders import (
    Reminder,
    ReminderPlanner,
    ReminderSettings,
    load_reminder_settings,
)
from calmkit.core.store import StorageError
from calmkit.core.wording import describe_total
from calmkit.launch import LaunchRequest

if TYPE_CHECKING:
    from calmkit.ui.desktop.notifications import Notifier
    from calmkit.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# The timer aims at the next planned moment, but looks again at least this often: the wall
# clock can jump (the computer slept, the clock was changed) without any timer noticing.
LONGEST_WAIT_MS = 60_000


class ReminderService(QObject):
    shown = Signal(object)  # the Reminder just shown

    def __init__(self, window: MainWindow, notifier: Notifier) -> None:
        super().__init__(window)
        self._window = window
        self.notifier = notifier
        settings, problems = self._read()
        for problem in problems:  # reported once; the Settings page shows them too
            log.warning("%s", problem)
        self.problems = problems
        self.planner = ReminderPlanner(
            settings, window.clock.now(), day_start_hour=self._day_start_hour()
        )
        self.current: Reminder | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        notifier.start_chosen.connect(self.start)
        notifier.snooze_chosen.connect(self.snooze)
        window.context.sessions_changed.connect(self._withdraw_once_practised)
        window.context.settings_changed.connect(self.reload)
        window.context.store_replaced.connect(self.reload)
        self._schedule()

    @property
    def settings(self) -> ReminderSettings:
        return self.planner.settings

    def _read(self) -> tuple[ReminderSettings, list[str]]:
        try:
            return load_reminder_settings(self._window.store)
        except StorageError as error:
            log.warning("reminder settings not read: %s", error)
            return ReminderSettings(), []

    def _day_start_hour(self) -> int:
        return self._window.context.practice_settings().day_start_hour

    def reload(self) -> None:
        settings, self.problems = self._read()
        self.planner.day_start_hour = self._day_start_hour()
        self.planner.change(settings, self._window.clock.now())
        self._schedule()

    def _withdraw_once_practised(self) -> None:
        """A reminder still showing goes once the day has its practice, however it came."""
        if self.current is None:
            return
        from calmkit.core.stats import practice_day  # not at start-up: stats costs ~9 ms

        now = self._window.clock.now()
        if self._practised(practice_day(now, self.planner.day_start_hour)):
            self.current = None
            self.notifier.withdraw()

    def check(self) -> None:
        reminder = self.planner.check(self._window.clock.now(), self._practised)
        if reminder is not None:
            self._show(reminder)
        self._schedule()

    def _practised(self, day: date) -> bool:
        try:
            totals = self._window.store.day_totals(self.planner.day_start_hour, day, day)
        except StorageError as error:
            log.warning("practice of %s not read; reminding anyway: %s", day, error)
            return False
        return any(t.practice_sessions for t in totals)

    def exercise_id(self) -> str:
        """The exercise the reminders offer: the chosen one, else the library's first."""
        catalog = self._window.catalog
        chosen = self.settings.exercise_id
        return chosen if chosen in catalog.ids else catalog.ids[0]

    def _show(self, reminder: Reminder) -> None:
        if self._window.session is not None:
            return  # practising already (or about to): nothing to remind of
        self.current = reminder
        try:
            exercise = self._window.catalog.get(self.exercise_id())
        except (UnknownExerciseError, IndexError):
            return
        from calmkit.core.exercises import timeline_for

        minutes = describe_total(max(1.0, timeline_for(exercise).total / 60))
        log.info("reminder for %s (planned %s)", exercise.id, reminder.planned)
        self.notifier.show_reminder(
            translate("ReminderService", "A moment for yourself"),
            translate("ReminderService", "When you are ready: {name}, about {minutes}.").format(
                name=exercise.name, minutes=minutes
            ),
            exercise.name,
        )
        self.shown.emit(reminder)

    def start(self) -> None:
        self.current = None
        self.notifier.withdraw()
        self._window.follow_launch(
            LaunchRequest(self.exercise_id()), source="a reminder", ask_rating=True
        )

    def snooze(self) -> None:
        self.current = None
        self.notifier.withdraw()
        self.planner.snooze(self._window.clock.now())
        self._schedule()

    def _schedule(self) -> None:
        due = self.planner.next_check()
        if due is None:
            self.timer.stop()
            return
        now = self._window.clock.now().replace(tzinfo=None)
        wait_ms = int((due - now).total_seconds() * 1000)
        self.timer.start(max(0, min(wait_ms, LONGEST_WAIT_MS)))
