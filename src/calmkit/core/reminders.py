"""Practice reminders (opt-in): the times and weekdays a person chose, stored with
validation, and the pure rules for when a reminder shows.

Everything runs on local wall time, from the clock the caller passes in: each check looks at
the planned moments since the previous check, so a computer that slept through several of
them gives one reminder when it wakes, not a burst.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from calmkit.core.exercises.model import ID_PATTERN
from calmkit.core.i18n import translate

SETTING_KEY = "reminders"
SNOOZE = timedelta(minutes=10)
MAX_TIMES = 4
EVERY_DAY = frozenset(range(7))  # 0 is Monday, as datetime.weekday()
DEFAULT_TIME = time(19, 0)


class SettingsStore(Protocol):
    def raw_settings(self) -> dict[str, str]: ...

    def set_setting(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """When to remind, and what a reminder offers to start ("" is the library's first)."""

    on: bool = False
    times: tuple[time, ...] = (DEFAULT_TIME,)
    weekdays: frozenset[int] = EVERY_DAY
    exercise_id: str = ""

    def __post_init__(self) -> None:
        if not 1 <= len(self.times) <= MAX_TIMES:
            raise ValueError(
                translate("Reminders", "choose 1 to {maximum} times of day").format(
                    maximum=MAX_TIMES
                )
            )
        if any(t.second or t.microsecond or t.tzinfo for t in self.times):
            raise ValueError(
                translate("Reminders", "reminder times are whole minutes of local time")
            )
        if not self.weekdays <= EVERY_DAY:
            raise ValueError(translate("Reminders", "weekdays are 0 (Monday) to 6 (Sunday)"))
        if self.exercise_id and not ID_PATTERN.match(self.exercise_id):
            raise ValueError(
                translate("Reminders", "{exercise} is not an exercise id").format(
                    exercise=repr(self.exercise_id)
                )
            )
        # One order, no repeats: two reminders at the same minute would be one.
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))

    def with_changes(self, **changes: Any) -> ReminderSettings:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "on": self.on,
            "times": [t.strftime("%H:%M") for t in self.times],
            "weekdays": sorted(self.weekdays),
            "exercise": self.exercise_id,
        }


def _times(value: Any) -> tuple[time, ...] | None:
    if not isinstance(value, list) or not value or len(value) > MAX_TIMES:
        return None
    parsed = []
    for item in value:
        if not isinstance(item, str):
            return None
        try:
            moment = time.fromisoformat(item)
        except ValueError:
            return None
        if moment.second or moment.microsecond or moment.tzinfo or len(item) != 5:
            return None
        parsed.append(moment)
    return tuple(parsed)


def _weekdays(value: Any) -> frozenset[int] | None:
    if not isinstance(value, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value
    ):
        return None
    return frozenset(value)


def _exercise(value: Any) -> str | None:
    if isinstance(value, str) and (value == "" or ID_PATTERN.match(value)):
        return value
    return None


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


# Stored name -> (field, reader returning None for an unusable value, what a good one is:
# worded when a problem is reported, in the person's language).
_FIELDS: dict[str, tuple[str, Callable[[Any], Any], Callable[[], str]]] = {
    "on": ("on", _flag, lambda: translate("Reminders", "true or false")),
    "times": (
        "times",
        _times,
        lambda: translate("Reminders", 'a list of 1 to {maximum} times such as "19:00"').format(
            maximum=MAX_TIMES
        ),
    ),
    "weekdays": (
        "weekdays",
        _weekdays,
        lambda: translate("Reminders", "a list of weekdays from 0 (Monday) to 6 (Sunday)"),
    ),
    "exercise": ("exercise_id", _exercise, lambda: translate("Reminders", "an exercise id")),
}


def load_reminder_settings(store: SettingsStore) -> tuple[ReminderSettings, list[str]]:
    """The stored reminder settings, plus a message for each stored value that could not be
    used (and was replaced by its default). Nothing is written back."""
    defaults = ReminderSettings()
    raw = store.raw_settings().get(SETTING_KEY)
    if raw is None:
        return defaults, []
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        return defaults, [
            translate(
                "Reminders",
                "The saved reminder settings are unreadable ({value}); reminders stay off.",
            ).format(value=_shorten(raw))
        ]
    values: dict[str, Any] = {}
    problems: list[str] = []
    default_json = defaults.to_json()
    for name, (attribute, read, wanted) in _FIELDS.items():
        if name not in data:
            continue
        value = read(data[name])
        if value is None:
            problems.append(
                translate(
                    "Reminders",
                    "The saved reminder setting {name} is {value}, which is not {wanted}; "
                    "using the default, {default}.",
                ).format(
                    name=name,
                    value=_shorten(json.dumps(data[name])),
                    wanted=wanted(),
                    default=json.dumps(default_json[name]),
                )
            )
        else:
            values[attribute] = value
    return ReminderSettings(**values), problems


def save_reminder_settings(store: SettingsStore, settings: ReminderSettings) -> None:
    store.set_setting(SETTING_KEY, settings.to_json())


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- when a reminder shows ---------------------------------------------------------------


def _wall(moment: datetime) -> datetime:
    """The local wall time as a naive datetime: 19:00 stays 19:00 across a clock change."""
    return moment.replace(tzinfo=None)


def planned_between(settings: ReminderSettings, since: datetime, until: datetime) -> list[datetime]:
    """The planned moments after `since` and up to `until` (wall times), oldest first."""
    since, until = _wall(since), _wall(until)
    found: list[datetime] = []
    day = since.date()
    while day <= until.date():
        if day.weekday() in settings.weekdays:
            for planned in settings.times:
                moment = datetime.combine(day, planned)
                if since < moment <= until:
                    found.append(moment)
        day += timedelta(days=1)
    return found


def next_planned(settings: ReminderSettings, after: datetime) -> datetime | None:
    """The first planned moment after `after` (a wall time), or None when there is none."""
    if not settings.weekdays:
        return None
    start = _wall(after)
    return planned_between(settings, start, start + timedelta(days=8))[0]


@dataclass(frozen=True, slots=True)
class Reminder:
    """A reminder to show now: what it offers, and the moment it stands for."""

    exercise_id: str
    planned: datetime  # the planned moment (the latest, after a gap) or the snooze's end
    snoozed: bool = False
    missed: int = 1  # planned moments it stands for: more than 1 after the computer slept


@dataclass
class ReminderPlanner:
    """Decides, at each check, whether a reminder shows.

    - only moments since the previous check count (so starting CalmKit, or changing the
      settings, never brings up reminders from earlier);
    - moments missed while the computer slept give one reminder, and only when they belong
      to the current practice day (yesterday's reminder is stale);
    - a day already practised gets none;
    - a snoozed reminder comes back once, SNOOZE later.
    """

    settings: ReminderSettings
    checked: datetime  # wall time of the last check
    day_start_hour: int = 4
    snoozed_until: datetime | None = None

    def __post_init__(self) -> None:
        self.checked = _wall(self.checked)

    def change(self, settings: ReminderSettings, now: datetime) -> None:
        """New settings from now on; a snooze ends when reminders are switched off."""
        self.settings = settings
        self.checked = _wall(now)
        if not settings.on:
            self.snoozed_until = None

    def snooze(self, now: datetime) -> datetime:
        self.snoozed_until = _wall(now) + SNOOZE
        return self.snoozed_until

    def check(self, now: datetime, practised: Callable[[date], bool]) -> Reminder | None:
        """The reminder to show at `now`, if any. `practised(day)` says whether the practice
        day `day` already has practice in it."""
        now = _wall(now)
        since, self.checked = self.checked, now
        if now < since or not self.settings.on:
            return None  # the clock was set back: look forward from here
        from calmkit.core.stats import practice_day  # not at start-up: stats costs ~9 ms

        today = practice_day(now, self.day_start_hour)

        def fresh(moment: datetime) -> bool:
            return practice_day(moment, self.day_start_hour) == today

        missed = [m for m in planned_between(self.settings, since, now) if fresh(m)]
        snoozed = self.snoozed_until
        snooze_over = snoozed is not None and snoozed <= now
        if snooze_over:
            self.snoozed_until = None
        snooze_ready = snooze_over and snoozed is not None and fresh(snoozed)
        if not missed and not snooze_ready:
            return None
        if practised(today):
            self.snoozed_until = None
            return None
        if missed:
            self.snoozed_until = None  # a new reminder replaces a snoozed one
            return Reminder(self.settings.exercise_id, missed[-1], missed=len(missed))
        assert snoozed is not None
        return Reminder(self.settings.exercise_id, snoozed, snoozed=True)

    def next_check(self) -> datetime | None:
        """When a reminder could next be due (a wall time), for the caller's timer."""
        if not self.settings.on:
            return None
        candidates = [c for c in (next_planned(self.settings, self.checked),) if c is not None]
        if self.snoozed_until is not None:
            candidates.append(self.snoozed_until)
        return min(candidates, default=None)
