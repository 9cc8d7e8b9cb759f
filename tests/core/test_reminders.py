"""When reminders show: the next planned moment, weekdays, snooze, practised days, and one
reminder after a gap (the computer slept). Wall times are driven by hand."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from calmkit.core.reminders import (
    SETTING_KEY,
    SNOOZE,
    ReminderPlanner,
    ReminderSettings,
    load_reminder_settings,
    next_planned,
    save_reminder_settings,
)

MONDAY = date(2026, 3, 2)
EVENINGS = ReminderSettings(on=True, times=(time(19, 0),), exercise_id="box")


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def never(_day: date) -> bool:
    return False


class Days:
    """The practice days so far, as the store's day totals would say."""

    def __init__(self) -> None:
        self.practised: set[date] = set()

    def __call__(self, day: date) -> bool:
        return day in self.practised


def test_the_next_reminder_is_the_next_chosen_time_on_a_chosen_weekday() -> None:
    weekdays = ReminderSettings(
        on=True, times=(time(8, 30), time(19, 0)), weekdays=frozenset({0, 2})
    )
    assert next_planned(weekdays, at(MONDAY, 7)) == at(MONDAY, 8, 30)
    assert next_planned(weekdays, at(MONDAY, 8, 30)) == at(MONDAY, 19), "strictly after"
    assert next_planned(weekdays, at(MONDAY, 20)) == at(MONDAY + timedelta(2), 8, 30)
    assert next_planned(weekdays, at(MONDAY + timedelta(3), 9)) == at(MONDAY + timedelta(7), 8, 30)
    assert next_planned(ReminderSettings(on=True, weekdays=frozenset()), at(MONDAY, 7)) is None


def test_a_reminder_shows_once_when_its_time_comes() -> None:
    planner = ReminderPlanner(EVENINGS, at(MONDAY, 18, 59))
    assert (
        planner.check(
            at(
                MONDAY,
                18,
                59,
            ),
            never,
        )
        is None
    )
    reminder = planner.check(at(MONDAY, 19, 0), never)
    assert reminder is not None
    assert reminder.exercise_id == "box" and reminder.planned == at(MONDAY, 19)
    assert planner.check(at(MONDAY, 19, 1), never) is None, "once"
    assert planner.next_check() == at(MONDAY + timedelta(1), 19)


def test_weekdays_not_chosen_stay_quiet() -> None:
    weekends = EVENINGS.with_changes(weekdays=frozenset({5, 6}))
    planner = ReminderPlanner(weekends, at(MONDAY, 18))
    for hour in range(19, 24):
        assert planner.check(at(MONDAY, hour), never) is None
    saturday = MONDAY + timedelta(5)
    planner.check(at(saturday, 18), never)
    assert planner.check(at(saturday, 19, 0), never) is not None


def test_a_day_already_practised_gets_no_reminder() -> None:
    days = Days()
    days.practised.add(MONDAY)
    planner = ReminderPlanner(EVENINGS, at(MONDAY, 18))
    assert planner.check(at(MONDAY, 19), days) is None
    planner.check(at(MONDAY + timedelta(1), 18), days)
    assert planner.check(at(MONDAY + timedelta(1), 19), days) is not None, "the next day asks"


def test_late_at_night_counts_for_the_practice_day_before() -> None:
    """With the day starting at 04:00, a 01:00 reminder belongs to the evening before."""
    days = Days()
    days.practised.add(MONDAY)
    late = EVENINGS.with_changes(times=(time(1, 0),))
    planner = ReminderPlanner(late, at(MONDAY + timedelta(1), 0, 30), day_start_hour=4)
    assert planner.check(at(MONDAY + timedelta(1), 1), days) is None


def test_snooze_brings_the_reminder_back_once_ten_minutes_later() -> None:
    planner = ReminderPlanner(EVENINGS, at(MONDAY, 18))
    assert planner.check(at(MONDAY, 19), never) is not None
    assert planner.snooze(at(MONDAY, 19, 1)) == at(MONDAY, 19, 1) + SNOOZE
    assert planner.next_check() == at(MONDAY, 19, 11)
    assert planner.check(at(MONDAY, 19, 10), never) is None
    again = planner.check(at(MONDAY, 19, 11), never)
    assert again is not None and again.snoozed
    assert planner.check(at(MONDAY, 19, 30), never) is None, "once"


def test_a_snoozed_reminder_stays_away_once_the_person_practised() -> None:
    days = Days()
    planner = ReminderPlanner(EVENINGS, at(MONDAY, 18))
    assert planner.check(at(MONDAY, 19), days) is not None
    planner.snooze(at(MONDAY, 19))
    days.practised.add(MONDAY)
    assert planner.check(at(MONDAY, 19, 15), days) is None


def test_after_the_computer_slept_through_several_reminders_one_shows() -> None:
    three = EVENINGS.with_changes(times=(time(9, 0), time(13, 0), time(17, 0)))
    planner = ReminderPlanner(three, at(MONDAY, 8))
    reminder = planner.check(at(MONDAY, 18), never)  # woke at 18:00
    assert reminder is not None
    assert reminder.missed == 3 and reminder.planned == at(MONDAY, 17)
    assert planner.check(at(MONDAY, 18, 1), never) is None


def test_reminders_of_days_slept_through_are_not_brought_up_later() -> None:
    planner = ReminderPlanner(EVENINGS, at(MONDAY, 18))
    thursday_morning = at(MONDAY + timedelta(3), 8)
    assert planner.check(thursday_morning, never) is None, "Monday to Wednesday are over"
    assert planner.check(at(MONDAY + timedelta(3), 19), never) is not None


def test_starting_calmkit_or_changing_the_times_does_not_bring_up_earlier_ones() -> None:
    planner = ReminderPlanner(EVENINGS, at(MONDAY, 20))
    assert planner.check(at(MONDAY, 20, 1), never) is None
    planner.change(EVENINGS.with_changes(times=(time(7, 0),)), at(MONDAY, 21))
    assert planner.check(at(MONDAY, 21, 1), never) is None


def test_reminders_off_or_a_clock_set_back_stay_quiet() -> None:
    planner = ReminderPlanner(EVENINGS.with_changes(on=False), at(MONDAY, 18))
    assert planner.check(at(MONDAY, 20), never) is None
    assert planner.next_check() is None
    on = ReminderPlanner(EVENINGS, at(MONDAY, 20))
    assert on.check(at(MONDAY, 18), never) is None, "the clock went back two hours"
    assert on.check(at(MONDAY, 19), never) is not None, "then 19:00 comes (again)"


class Settings:
    def __init__(self, raw: dict[str, str] | None = None) -> None:
        self.raw = dict(raw or {})
        self.writes = 0

    def raw_settings(self) -> dict[str, str]:
        return dict(self.raw)

    def set_setting(self, key: str, value: Any) -> None:
        self.writes += 1
        self.raw[key] = json.dumps(value)


def test_settings_are_kept_as_plain_data() -> None:
    store = Settings()
    assert load_reminder_settings(store) == (ReminderSettings(), [])
    chosen = ReminderSettings(
        on=True, times=(time(19, 30), time(7, 15)), weekdays=frozenset({0, 4}), exercise_id="box"
    )
    save_reminder_settings(store, chosen)
    assert json.loads(store.raw[SETTING_KEY]) == {
        "on": True,
        "times": ["07:15", "19:30"],
        "weekdays": [0, 4],
        "exercise": "box",
    }
    assert load_reminder_settings(store) == (chosen, [])


def test_a_bad_stored_value_falls_back_alone_and_is_reported() -> None:
    raw = {"on": True, "times": ["25:00"], "weekdays": [1, 9], "exercise": "box"}
    store = Settings({SETTING_KEY: json.dumps(raw)})
    settings, problems = load_reminder_settings(store)
    assert settings == ReminderSettings(on=True, exercise_id="box")
    assert len(problems) == 2
    assert problems[0].startswith('The saved reminder setting times is ["25:00"], which is not')
    assert "using the default" in problems[1]
    assert store.writes == 0


def test_unreadable_reminder_settings_leave_reminders_off() -> None:
    settings, problems = load_reminder_settings(Settings({SETTING_KEY: "{oops"}))
    assert settings == ReminderSettings() and not settings.on
    assert problems == ["The saved reminder settings are unreadable ({oops); reminders stay off."]


@pytest.mark.parametrize(
    "changes",
    [
        {"times": ()},
        {"times": (time(7, 0, 30),)},
        {"weekdays": frozenset({7})},
        {"exercise_id": "A B"},
    ],
)
def test_impossible_settings_cannot_be_made(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        ReminderSettings(**changes)
