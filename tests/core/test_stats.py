from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmkit.core.records import DayTotals, ExerciseTotals, SessionRecord
from calmkit.core.settings import PracticeSettings
from calmkit.core.stats import (
    GoalProgress,
    compute_stats,
    counts_as_practice,
    current_streak,
    distress_per_day,
    goal_progress,
    longest_streak,
    minutes_per_day,
    minutes_per_week,
    practice_day,
    summarize,
    week_start,
)
from calmkit.core.store import Store
from tests.core.factories import at, clear, make_record, unique_records

TODAY = date(2026, 3, 20)  # a Friday


def days_ago(*offsets: int) -> list[date]:
    return sorted(TODAY - timedelta(days=n) for n in offsets)


# --- the practice day -----------------------------------------------------------------------


def test_a_session_at_0130_belongs_to_the_day_before_by_its_own_offset() -> None:
    started = datetime.fromisoformat("2026-01-05T01:30:00+02:00")
    assert practice_day(started, 4) == date(2026, 1, 4)
    assert practice_day(started, 0) == date(2026, 1, 5)
    assert practice_day(started, 1) == date(2026, 1, 5)
    assert practice_day(started, 2) == date(2026, 1, 4)


def test_the_local_wall_time_decides_not_utc() -> None:
    # 23:30 at -05:00 is already the next day in UTC; the person was still in their evening.
    started = datetime(2026, 1, 5, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert practice_day(started, 4) == date(2026, 1, 5)


def test_the_day_starts_exactly_at_the_day_start_hour() -> None:
    assert practice_day(at(date(2026, 1, 5), 4, 0), 4) == date(2026, 1, 5)
    assert practice_day(at(date(2026, 1, 5), 3, 59), 4) == date(2026, 1, 4)


@pytest.mark.parametrize(
    ("completed", "seconds", "counts"),
    [(True, 5.0, True), (False, 60.0, True), (False, 59.9, False), (True, 0.0, True)],
)
def test_a_session_counts_if_completed_or_at_least_a_minute(
    completed: bool, seconds: float, counts: bool
) -> None:
    assert counts_as_practice(completed, seconds) is counts


# --- streaks: examples of the rule ----------------------------------------------------------


def test_today_not_practised_yet_is_not_a_miss() -> None:
    assert current_streak(days_ago(1, 2, 3), TODAY, grace_days=0) == 3


def test_practising_today_adds_to_the_streak() -> None:
    assert current_streak(days_ago(0, 1, 2, 3), TODAY, grace_days=0) == 4


def test_one_missed_day_is_bridged_by_one_grace_day_and_does_not_count() -> None:
    # practised 0, 2, 3 days ago; the day in between is bridged, not counted.
    assert current_streak(days_ago(0, 2, 3), TODAY, grace_days=1) == 3
    assert current_streak(days_ago(0, 2, 3), TODAY, grace_days=0) == 1


def test_a_gap_longer_than_grace_starts_afresh() -> None:
    assert current_streak(days_ago(0, 3, 4), TODAY, grace_days=1) == 1
    assert current_streak(days_ago(0, 3, 4), TODAY, grace_days=2) == 3


def test_grace_also_covers_the_days_just_before_today() -> None:
    # Yesterday was missed and today has no session yet: still within one grace day.
    assert current_streak(days_ago(2, 3), TODAY, grace_days=1) == 2
    assert current_streak(days_ago(3, 4), TODAY, grace_days=1) == 0


def test_no_practice_at_all_is_zero() -> None:
    assert current_streak([], TODAY, grace_days=3) == 0
    assert longest_streak([], TODAY, grace_days=3) == 0


def test_days_after_today_are_ignored() -> None:
    days = [*days_ago(1, 2), TODAY + timedelta(days=1)]
    assert current_streak(days, TODAY, grace_days=1) == 2
    assert longest_streak(days, TODAY, grace_days=1) == 2


def test_longest_streak_finds_the_best_run_anywhere() -> None:
    days = days_ago(0, 10, 11, 13, 14, 30)
    assert longest_streak(days, TODAY, grace_days=1) == 4  # 14, 13, (12 bridged), 11, 10
    assert longest_streak(days, TODAY, grace_days=0) == 2


# --- streaks: the formal walk of the issue, as a reference ----------------------------------


def reference_walk(practised: set[date], today: date, grace: int) -> int:
    """Issue 5, word for word: walk back from today; today, if not practised, is skipped;
    each practice day adds 1 and resets the miss count; each other day adds 1 to the miss
    count; stop when the miss count exceeds G."""
    count = misses = 0
    day = today if today in practised else today - timedelta(days=1)
    while True:
        if day in practised:
            count += 1
            misses = 0
        else:
            misses += 1
            if misses > grace:
                return count
        day -= timedelta(days=1)


def reference_longest(practised: set[date], today: date, grace: int) -> int:
    """The largest run the same walk finds, starting from any day up to today."""
    if not practised:
        return 0
    span = (today - min(practised)).days
    return max(
        (reference_walk(practised, today - timedelta(days=n), grace) for n in range(span + 1)),
        default=0,
    )


BASE = date(2026, 1, 1)
day_sets = st.sets(st.integers(min_value=0, max_value=45), max_size=40).map(
    lambda ns: {BASE + timedelta(days=n) for n in ns}
)
todays = st.integers(min_value=0, max_value=50).map(lambda n: BASE + timedelta(days=n))
graces = st.integers(min_value=0, max_value=3)


@settings(max_examples=400, deadline=None)
@given(day_sets, todays, graces)
def test_current_streak_is_the_formal_walk(practised: set[date], today: date, grace: int) -> None:
    expected = reference_walk({d for d in practised if d <= today}, today, grace)
    assert current_streak(sorted(practised), today, grace) == expected


@settings(max_examples=300, deadline=None)
@given(day_sets, todays, graces)
def test_longest_streak_is_the_best_walk(practised: set[date], today: date, grace: int) -> None:
    upto = {d for d in practised if d <= today}
    longest = longest_streak(sorted(practised), today, grace)
    assert longest == reference_longest(upto, today, grace)
    assert longest >= current_streak(sorted(practised), today, grace)


@settings(max_examples=200, deadline=None)
@given(day_sets, todays, graces)
def test_more_grace_never_shortens_a_streak(practised: set[date], today: date, grace: int) -> None:
    days = sorted(practised)
    if grace < 3:
        assert current_streak(days, today, grace) <= current_streak(days, today, grace + 1)
        assert longest_streak(days, today, grace) <= longest_streak(days, today, grace + 1)


# --- day totals in SQL match the rule in Python ---------------------------------------------


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    # One store for all hypothesis examples (emptied before each): opening one per example
    # would cost more than the test itself.
    with Store.open(tmp_path_factory.mktemp("stats") / "calmkit.db") as store:
        yield store


def reference_day_totals(sessions: list[SessionRecord], hour: int) -> list[DayTotals]:
    by_day: dict[date, list[SessionRecord]] = {}
    for s in sessions:
        by_day.setdefault(practice_day(s.started_at, hour), []).append(s)
    totals = []
    for day, group in sorted(by_day.items()):
        rated = [s for s in group if s.distress_before is not None and s.distress_after is not None]
        totals.append(
            DayTotals(
                day=day,
                sessions=len(group),
                practice_sessions=sum(
                    counts_as_practice(s.completed, s.actual_seconds) for s in group
                ),
                completed=sum(s.completed for s in group),
                # SQLite's round() rounds halves away from zero, i.e. floor(x + 0.5) here.
                milliseconds=sum(int(s.actual_seconds * 1000 + 0.5) for s in group),
                rated=len(rated),
                before_sum=sum(s.distress_before or 0 for s in rated),
                after_sum=sum(s.distress_after or 0 for s in rated),
            )
        )
    return totals


def reference_exercise_totals(sessions: list[SessionRecord]) -> list[ExerciseTotals]:
    by_id: dict[str, list[SessionRecord]] = {}
    for s in sessions:
        by_id.setdefault(s.exercise_id, []).append(s)
    totals = []
    for exercise_id, group in by_id.items():
        rated = [s for s in group if s.distress_before is not None and s.distress_after is not None]
        totals.append(
            ExerciseTotals(
                exercise_id=exercise_id,
                sessions=len(group),
                completed=sum(s.completed for s in group),
                milliseconds=sum(int(s.actual_seconds * 1000 + 0.5) for s in group),
                rated=len(rated),
                drop_sum=sum((s.distress_before or 0) - (s.distress_after or 0) for s in rated),
            )
        )
    return sorted(totals, key=lambda t: (-t.sessions, t.exercise_id))


@settings(max_examples=60, deadline=None)
@given(
    sessions=unique_records(),
    hour=st.integers(min_value=0, max_value=23),
    deleted=st.sets(st.integers(min_value=0, max_value=24)),
    rerated=st.sets(st.integers(min_value=0, max_value=24)),
)
def test_day_and_exercise_totals_follow_the_rule_through_changes(
    shared_store: Store,
    sessions: list[SessionRecord],
    hour: int,
    deleted: set[int],
    rerated: set[int],
) -> None:
    store = shared_store
    clear(store)
    store.rebuild_day_totals(4)
    store.add_sessions(sessions)

    # Another hour than the running totals are kept for: computed live from the sessions.
    assert store.day_totals(hour) == reference_day_totals(sessions, hour)
    store.rebuild_day_totals(hour)
    assert store.day_totals(hour) == reference_day_totals(sessions, hour)
    expected_days = [t.day for t in reference_day_totals(sessions, hour) if t.practice_sessions]
    assert store.practice_days(hour) == expected_days

    # Deleting and re-rating keep the running totals right (the triggers).
    current = {s.id: s for s in sessions}
    for i, s in enumerate(sessions):
        if i in deleted:
            store.delete_session(s.id)
            del current[s.id]
        elif i in rerated:
            changed = store.set_ratings(s.id, before=(i * 7) % 11, after=None if i % 2 else 3)
            current[s.id] = changed
    remaining = list(current.values())
    assert store.day_totals(hour) == reference_day_totals(remaining, hour)
    assert store.exercise_totals() == reference_exercise_totals(remaining)


def test_day_totals_can_be_read_for_a_range(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions(make_record(n) for n in range(10))
        days = store.day_totals(4, date(2026, 3, 3), date(2026, 3, 5))
    assert [d.day for d in days] == [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5)]


# --- charts and goals -----------------------------------------------------------------------


def totals(day: date, minutes: float, practice: int = 1, rated: int = 0) -> DayTotals:
    return DayTotals(
        day,
        max(practice, 1),
        practice,
        practice,
        round(minutes * 60_000),
        rated,
        6 * rated,
        2 * rated,
    )


def test_minutes_per_day_fills_every_day_with_zero_where_nothing_happened() -> None:
    days = [totals(date(2026, 3, 2), 4), totals(date(2026, 3, 4), 10.5)]
    assert minutes_per_day(days, date(2026, 3, 1), date(2026, 3, 5)) == [
        (date(2026, 3, 1), 0.0),
        (date(2026, 3, 2), 4.0),
        (date(2026, 3, 3), 0.0),
        (date(2026, 3, 4), 10.5),
        (date(2026, 3, 5), 0.0),
    ]


def test_minutes_per_week_start_on_monday() -> None:
    days = [totals(date(2026, 3, 1), 5), totals(date(2026, 3, 2), 4), totals(date(2026, 3, 8), 6)]
    weeks = minutes_per_week(days, date(2026, 2, 25), date(2026, 3, 10))
    assert weeks == [(date(2026, 2, 23), 5.0), (date(2026, 3, 2), 10.0), (date(2026, 3, 9), 0.0)]
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)


def test_distress_per_day_lists_only_rated_days() -> None:
    days = [totals(date(2026, 3, 1), 5, rated=2), totals(date(2026, 3, 2), 4)]
    (only,) = distress_per_day(days, date(2026, 3, 1), date(2026, 3, 31))
    assert (only.day, only.rated_sessions, only.mean_before, only.mean_after) == (
        date(2026, 3, 1),
        2,
        6.0,
        2.0,
    )


def test_goals_are_progress_and_more_than_the_goal_is_simply_reached() -> None:
    monday = week_start(TODAY)
    days = [totals(monday - timedelta(days=1), 30), totals(monday, 5), totals(TODAY, 25)]
    goals = goal_progress(
        days, TODAY, PracticeSettings(goal_minutes_per_day=20, goal_days_per_week=5)
    )
    assert goals.minutes_today == GoalProgress(25.0, 20)
    assert goals.minutes_today is not None and goals.minutes_today.fraction == 1.0
    assert goals.minutes_today.reached
    assert goals.days_this_week == GoalProgress(2, 5)  # Sunday before belongs to last week
    assert goals.days_this_week is not None and goals.days_this_week.fraction == pytest.approx(0.4)


def test_without_goals_there_is_nothing_to_show() -> None:
    goals = goal_progress([], TODAY, PracticeSettings())
    assert goals.minutes_today is None and goals.days_this_week is None


# --- the headline numbers -------------------------------------------------------------------


def test_compute_stats_on_a_small_history(tmp_path: Path) -> None:
    yesterday = TODAY - timedelta(days=1)
    sessions = [
        make_record(0, started_at=at(TODAY, 1, 30), distress_before=7, distress_after=3),
        # 01:30 belongs to yesterday; a 30 s stopped session does not make a practice day.
        make_record(1, started_at=at(yesterday, 9), completed=False, actual_seconds=30.0),
        make_record(2, started_at=at(yesterday - timedelta(days=2), 9), exercise_id="relaxed"),
        make_record(
            3, started_at=at(yesterday - timedelta(days=3), 9), distress_before=5, distress_after=5
        ),
    ]
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions(sessions)
        stats = compute_stats(store, TODAY, PracticeSettings(goal_days_per_week=3))
    assert stats.current_streak == 3  # yesterday, (bridged), 3 and 4 days ago
    assert stats.longest_streak == 3
    assert stats.practice_days == 3
    assert (stats.total_sessions, stats.completed_sessions) == (4, 3)
    assert stats.total_minutes == pytest.approx(12.5)
    box, relaxed = stats.by_exercise
    assert (box.exercise_id, box.sessions, box.rated_sessions) == ("box", 3, 2)
    assert box.mean_distress_drop == pytest.approx(2.0)  # (4 + 0) / 2
    assert (relaxed.exercise_id, relaxed.mean_distress_drop) == ("relaxed", None)
    assert stats.to_json()["by_exercise"][1] == {
        "exercise_id": "relaxed",
        "sessions": 1,
        "completed_sessions": 1,
        "minutes": 4.0,
        "rated_sessions": 0,
        "mean_distress_drop": None,
    }


def test_a_grace_of_zero_shows_a_fresh_start_not_a_failure(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(0, started_at=at(TODAY - timedelta(days=2), 9)))
        stats = compute_stats(store, TODAY, PracticeSettings(grace_days=0))
    assert (stats.current_streak, stats.longest_streak) == (0, 1)


def test_stats_are_the_same_with_or_without_the_running_totals(tmp_path: Path) -> None:
    sessions = [
        make_record(n, started_at=at(date(2026, 3, 1 + n // 3), (n * 5) % 24)) for n in range(40)
    ]
    settings_ = PracticeSettings(day_start_hour=6)
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions(sessions)
        live = compute_stats(store, TODAY, settings_)  # totals are kept for hour 4: live query
        store.rebuild_day_totals(6)
        kept = compute_stats(store, TODAY, settings_)
    assert live == kept


def test_summarize_of_nothing_is_all_zero() -> None:
    stats = summarize([], [], [], TODAY, PracticeSettings())
    assert stats.to_json() == {
        "today": "2026-03-20",
        "current_streak": 0,
        "longest_streak": 0,
        "practice_days": 0,
        "total_sessions": 0,
        "completed_sessions": 0,
        "total_minutes": 0,
        "by_exercise": [],
        "goals": {},
    }


def test_a_tiny_negative_mean_drop_is_shown_as_zero_not_minus_zero() -> None:
    exercise = ExerciseTotals("box", 1000, 1000, 0, 1000, -1)
    stats = summarize([], [exercise], [], TODAY, PracticeSettings())
    assert str(stats.to_json()["by_exercise"][0]["mean_distress_drop"]) == "0.0"


def test_stats_never_read_the_clock(tmp_path: Path) -> None:
    # Same store, same `today`: same answer, whatever day the test runs on.
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(0))
        first = compute_stats(store, date(2026, 3, 1), PracticeSettings())
        later = compute_stats(store, date(2026, 3, 2), PracticeSettings())
    assert (first.current_streak, later.current_streak) == (1, 1)
    assert replace(first, today=later.today) == later
