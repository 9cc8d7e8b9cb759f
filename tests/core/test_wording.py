"""The one place that words numbers, dates, counts, goals and streaks: in English as written,
and in another language through the installed translator (names and word order included)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta, timezone

import pytest

from calmkit.core import i18n
from calmkit.core.stats import GoalProgress
from calmkit.core.wording import (
    change_words,
    day_month,
    days_goal_words,
    decimal_number,
    describe_length,
    describe_total,
    local_datetime,
    long_date,
    minutes_goal_words,
    month_name,
    month_year,
    session_outcome,
    streak_words,
    weekday_date,
    weekday_name,
)

MOMENT = datetime(2026, 12, 2, 14, 5, tzinfo=timezone(timedelta(hours=1)))  # a Wednesday

# A few entries of the German catalog, as Qt's translator hands them out: plural forms are
# [one, other], and %n is filled in by the translator.
GERMAN: Mapping[tuple[str, str], str | list[str]] = {
    ("ShortWeekday", "Wed"): "Mi",
    ("Weekday", "Wednesday"): "Mittwoch",
    ("ShortMonth", "Dec"): "Dez",
    ("Month", "December"): "Dezember",
    (
        "Wording",
        "{weekday} {day} {month} {year}, {time}",
    ): "{weekday} {day}. {month} {year}, {time}",
    ("Wording", "{weekday} {day} {month} {year}"): "{weekday} {day}. {month} {year}",
    ("Wording", "{day} {month} {year}"): "{day}. {month} {year}",
    ("Wording", "{day} {month}"): "{day}. {month}",
    ("Wording", "."): ",",
    ("Wording", "{amount} lower after"): "danach {amount} niedriger",
    ("Wording", "%n day(s)"): ["%n Tag", "%n Tage"],
    ("Wording", "current streak"): "aktuelle Serie",
    ("Wording", "Today: {done} of %n minute(s)"): [
        "Heute: {done} von %n Minute",
        "Heute: {done} von %n Minuten",
    ],
    ("Wording", "Interrupted"): "Unterbrochen",
}


def german_translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = GERMAN.get((context, text), text)
    if isinstance(found, list):
        found = found[0 if n == 1 else 1]
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(german_translator)
    yield
    i18n.install(None)


def test_durations_read_as_people_say_them() -> None:
    assert describe_length(270) == "4 min 30 s"
    assert describe_length(240) == "4 min"
    assert describe_length(45) == "45 s"
    assert describe_total(205) == "3 h 25 min"
    assert describe_total(25.4) == "25 min"


def test_dates_in_english_name_the_weekday_and_month() -> None:
    assert local_datetime(MOMENT) == "Wed 02 Dec 2026, 14:05"
    assert weekday_date(MOMENT.date()) == "Wed 2 Dec 2026"
    assert long_date(date(2026, 11, 22)) == "22 November 2026"
    assert day_month(date(2026, 1, 5)) == "5 Jan"
    assert month_year(date(2026, 1, 5)) == "Jan 2026"
    assert [weekday_name(d, short=True) for d in range(7)] == [
        *("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    ]
    assert [month_name(m) for m in (1, 5, 12)] == ["January", "May", "December"]


def test_in_german_the_names_and_the_order_come_from_the_catalog(german: None) -> None:
    # Not strftime: it names days and months in the C library's locale, not CalmKit's.
    assert local_datetime(MOMENT) == "Mi 02. Dez 2026, 14:05"
    assert weekday_date(MOMENT.date()) == "Mi 2. Dez 2026"
    assert long_date(MOMENT.date()) == "2. Dezember 2026"
    assert day_month(MOMENT.date()) == "2. Dez"
    assert weekday_name(2) == "Mittwoch"


def test_counts_take_the_languages_own_plural(german: None) -> None:
    assert streak_words(1) == ("1 Tag", "aktuelle Serie")
    assert streak_words(3)[0] == "3 Tage"
    assert minutes_goal_words(GoalProgress(0.5, 1)) == "Heute: 0 von 1 Minute"
    assert minutes_goal_words(GoalProgress(4.0, 10)) == "Heute: 4 von 10 Minuten"


def test_decimals_use_the_languages_mark(german: None) -> None:
    assert decimal_number(1.25, 2) == "1,25"
    assert change_words(1.5, 4) == "danach 1,5 niedriger"


def test_text_the_catalog_lacks_stays_english(german: None) -> None:
    assert change_words(None, 0) == "not rated yet"
    assert session_outcome(completed=True, recovered=False) == "Completed"
    assert session_outcome(completed=False, recovered=True) == "Unterbrochen"


def test_streaks_and_changes_in_english() -> None:
    assert streak_words(0) == ("Fresh start", "a session today begins a new streak")
    assert streak_words(1) == ("1 day", "current streak")
    assert streak_words(1250)[0] == "1,250 days"
    assert change_words(1.0, 1) == "shown after 2 more rated sessions"
    assert change_words(1.0, 2) == "shown after 1 more rated session"
    assert change_words(0.04, 3) == "about the same after"
    assert change_words(-0.5, 3) == "0.5 higher after"


def test_goals_count_whole_units_down_and_say_when_reached() -> None:
    assert minutes_goal_words(GoalProgress(9.6, 10)) == "Today: 9 of 10 minutes"
    assert minutes_goal_words(GoalProgress(10.0, 10)) == "Today: 10 of 10 minutes · goal reached"
    assert days_goal_words(GoalProgress(1, 1)) == "This week: 1 of 1 practice day · goal reached"
    assert days_goal_words(GoalProgress(2, 5)) == "This week: 2 of 5 practice days"
