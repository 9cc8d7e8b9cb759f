"""The practice settings (day-start hour, grace days, goals, rating prompts, the weekly
self-check) and the appearance (theme), read from the store with validation: a stored value
that cannot be right is replaced by its default and reported, never trusted and never fatal."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from calmkit.core.i18n import translate
from calmkit.core.store import Store

DAY_START_HOUR = "day_start_hour"
GRACE_DAYS = "grace_days"
GOAL_MINUTES_PER_DAY = "goal_minutes_per_day"
GOAL_DAYS_PER_WEEK = "goal_days_per_week"
ASK_DISTRESS = "ask_distress"
WEEKLY_SELF_CHECK = "weekly_self_check"
THEME = "theme"

# "system" follows the desktop's light or dark scheme; the others are fixed choices.
THEMES = ("system", "light", "dark", "high-contrast")

MAX_GRACE_DAYS = 3
MAX_GOAL_MINUTES_PER_DAY = 600


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _hour(value: Any) -> bool:
    return _whole(value) and 0 <= value <= 23


def _grace(value: Any) -> bool:
    return _whole(value) and 0 <= value <= MAX_GRACE_DAYS


def _goal_minutes(value: Any) -> bool:
    return value is None or (_whole(value) and 1 <= value <= MAX_GOAL_MINUTES_PER_DAY)


def _goal_days(value: Any) -> bool:
    return value is None or (_whole(value) and 1 <= value <= 7)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _theme(value: Any) -> bool:
    return value in THEMES


# Stored key -> (check, what a valid value is, in words a person can act on: worded when a
# problem is reported, in the person's language).
_RULES: dict[str, tuple[Callable[[Any], bool], Callable[[], str]]] = {
    DAY_START_HOUR: (_hour, lambda: translate("Settings", "a whole hour from 0 to 23")),
    GRACE_DAYS: (
        _grace,
        lambda: translate("Settings", "a whole number of days from 0 to {maximum}").format(
            maximum=MAX_GRACE_DAYS
        ),
    ),
    GOAL_MINUTES_PER_DAY: (
        _goal_minutes,
        lambda: translate(
            "Settings", "a whole number of minutes from 1 to {maximum}, or no goal"
        ).format(maximum=MAX_GOAL_MINUTES_PER_DAY),
    ),
    GOAL_DAYS_PER_WEEK: (
        _goal_days,
        lambda: translate("Settings", "a whole number of days from 1 to 7, or no goal"),
    ),
    ASK_DISTRESS: (_flag, lambda: translate("Settings", "true or false")),
    WEEKLY_SELF_CHECK: (_flag, lambda: translate("Settings", "true or false")),
    THEME: (
        _theme,
        lambda: translate("Settings", "one of {choices}").format(
            choices=", ".join(f'"{t}"' for t in THEMES)
        ),
    ),
}


def _invalid(key: str, wanted: str, value: Any) -> str:
    return translate("Settings", "{key} must be {wanted}, not {value}").format(
        key=key, wanted=wanted, value=repr(value)
    )


@dataclass(frozen=True, slots=True)
class PracticeSettings:
    """How practice is counted and shown. Field names are the keys in the settings table."""

    day_start_hour: int = 4  # a session before this hour belongs to the previous day
    grace_days: int = 1  # days without practice that do not break a streak
    goal_minutes_per_day: int | None = None
    goal_days_per_week: int | None = None
    ask_distress: bool = True  # ask for a 0-10 rating before and after each session
    weekly_self_check: bool = False  # offer the anxiety self-check once a week (opt-in)

    def __post_init__(self) -> None:
        for field in fields(self):
            key = field.name
            check, wanted = _RULES[key]
            value = getattr(self, key)
            if not check(value):
                raise ValueError(_invalid(key, wanted(), value))


@dataclass(frozen=True, slots=True)
class AppearanceSettings:
    """How CalmKit looks. Field names are the keys in the settings table."""

    theme: str = "system"

    def __post_init__(self) -> None:
        check, wanted = _RULES[THEME]
        if not check(self.theme):
            raise ValueError(_invalid(THEME, wanted(), self.theme))


def load_practice_settings(store: Store) -> tuple[PracticeSettings, list[str]]:
    """The stored settings, plus a message for each stored value that was unusable (and
    replaced by its default)."""
    values, problems = _load(store, PracticeSettings)
    return PracticeSettings(**values), problems


def load_appearance_settings(store: Store) -> tuple[AppearanceSettings, list[str]]:
    """Like load_practice_settings: bad values fall back to their defaults, with a message."""
    values, problems = _load(store, AppearanceSettings)
    return AppearanceSettings(**values), problems


def save_appearance_settings(store: Store, settings: AppearanceSettings) -> None:
    for field in fields(AppearanceSettings):
        store.set_setting(field.name, getattr(settings, field.name))


def _load(
    store: Store, kind: type[PracticeSettings] | type[AppearanceSettings]
) -> tuple[dict[str, Any], list[str]]:
    defaults = kind()
    raw = store.raw_settings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    for field in fields(kind):
        key = field.name
        default = getattr(defaults, key)
        if key not in raw:
            continue
        check, wanted = _RULES[key]
        try:
            value = json.loads(raw[key])
        except (ValueError, RecursionError):  # also a number of over 4,300 digits
            problems.append(
                translate(
                    "Settings",
                    "The saved setting {key} is unreadable ({value}); using the "
                    "default, {default}.",
                ).format(key=key, value=_shorten(raw[key]), default=_show(default))
            )
            continue
        if check(value):
            values[key] = value
        else:
            problems.append(
                translate(
                    "Settings",
                    "The saved setting {key} is {value}, which is not {wanted}; using the "
                    "default, {default}.",
                ).format(
                    key=key,
                    value=_shorten(json.dumps(value)),
                    wanted=wanted(),
                    default=_show(default),
                )
            )
    return values, problems


def save_practice_settings(store: Store, settings: PracticeSettings) -> None:
    """Store every setting, and keep the fast day totals for the new day-start hour."""
    for field in fields(PracticeSettings):
        store.set_setting(field.name, getattr(settings, field.name))
    store.rebuild_day_totals(settings.day_start_hour)


def _show(value: Any) -> str:
    return translate("Settings", "no goal") if value is None else json.dumps(value)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
