"""Time on a real computer: the system clock is changed, the time zone and DST change, the
computer is suspended. None of it changes a session's timing (the monotonic clock), the end
time of its record (measured from its start), or the practice day of a past session (its
stored local time and offset)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmkit.core.clock import FakeClock, SuspendWatch, SystemClock
from calmkit.core.records import SessionRecord
from calmkit.core.session import SessionRunner, SessionStatus
from calmkit.core.stats import practice_day
from calmkit.core.store import Store
from calmkit.core.timeline import Step, Timeline

CET, CEST = timezone(timedelta(hours=1), "CET"), timezone(timedelta(hours=2), "CEST")
# 29 March 2026, 01:59:30 in Berlin: half a minute before the clocks go forward to 03:00.
# The system clock reads local times with a fixed offset (datetime.now().astimezone()).
BEFORE_DST = datetime(2026, 3, 29, 1, 59, 30, tzinfo=CET)


def four_minutes(clock: FakeClock) -> SessionRunner:
    steps = [Step(kind, kind, 4.0, cycle=c) for c in range(30) for kind in ("inhale", "exhale")]
    return SessionRunner(Timeline(steps), clock)


def test_a_system_clock_set_back_an_hour_changes_neither_timing_nor_the_recorded_span() -> None:
    clock = FakeClock(wall=datetime(2026, 3, 1, 10, 0, tzinfo=UTC))
    runner = four_minutes(clock)
    runner.start()
    clock.advance(30)
    clock.set_wall(clock.now() - timedelta(hours=1))  # time sync, or someone set it by hand
    clock.advance(30)
    assert runner.elapsed() == pytest.approx(60)
    assert runner.state().index == 15  # 15 steps of 4 s
    runner.stop()
    outcome = runner.outcome()
    assert outcome.actual_seconds == pytest.approx(60)
    assert outcome.ended_at - outcome.started_at == timedelta(seconds=60), (
        "the end is never before the start (an import would refuse such a row)"
    )


def test_a_dst_change_during_a_session_keeps_its_length_and_shows_the_new_local_time() -> None:
    clock = FakeClock(wall=BEFORE_DST)
    runner = four_minutes(clock)
    runner.start()
    clock.advance(120)
    clock.change_zone(CEST)  # 02:00 came: the local time jumped to 03:01:30
    clock.advance(120)
    assert runner.status is SessionStatus.FINISHED
    outcome = runner.outcome()
    assert outcome.actual_seconds == 240
    assert outcome.started_at.isoformat() == "2026-03-29T01:59:30+01:00"
    assert outcome.ended_at.isoformat() == "2026-03-29T03:03:30+02:00"
    assert outcome.ended_at - outcome.started_at == timedelta(minutes=4)


def test_travelling_to_another_time_zone_mid_session_keeps_its_start_and_length() -> None:
    clock = FakeClock(wall=datetime(2026, 3, 1, 22, 0, tzinfo=timezone(timedelta(hours=1))))
    runner = four_minutes(clock)
    runner.start()
    clock.advance(60)
    clock.change_zone(timezone(timedelta(hours=-5)))
    clock.advance(60)
    runner.stop()
    outcome = runner.outcome()
    assert outcome.started_at.utcoffset() == timedelta(hours=1)
    assert outcome.ended_at.utcoffset() == timedelta(hours=-5)
    assert outcome.ended_at - outcome.started_at == timedelta(minutes=2)


@pytest.fixture
def process_zone() -> Iterator[None]:
    """Restore the process's own time zone after a test changed it."""
    saved = os.environ.get("TZ")
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_the_practice_day_of_past_sessions_stays_when_the_computer_changes_zone(
    tmp_path: Path, process_zone: None
) -> None:
    late = datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=1)))
    early = datetime(2026, 3, 2, 3, 30, tzinfo=timezone(timedelta(hours=-5)))  # before 04:00
    records = [
        SessionRecord(
            f"s{i}", "box", "breathing", start, start + timedelta(minutes=5), 300, 300, True
        )
        for i, start in enumerate((late, early))
    ]
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions(records)
        before = store.day_totals(4)
        os.environ["TZ"] = "Pacific/Auckland"
        time.tzset()
        assert SystemClock().now().utcoffset() != late.utcoffset(), "the zone really changed"
        assert store.day_totals(4) == before
        assert [s.started_at for s in store.sessions()] == [early, late]
    assert [practice_day(r.started_at, 4).isoformat() for r in records] == [
        "2026-03-01",
        "2026-03-01",
    ]
    assert [d.day.isoformat() for d in before] == ["2026-03-01"]


def test_a_suspend_is_seen_from_the_two_clocks_and_a_busy_moment_is_not() -> None:
    clock = FakeClock()
    watch = SuspendWatch(clock)
    clock.advance(5)
    assert watch.slept() == 0.0
    clock.suspend(1.0)  # a hiccup below the threshold is scheduling, not sleep
    assert watch.slept() == 0.0
    clock.advance(1)
    clock.suspend(3600)
    clock.advance(0.5)
    assert watch.slept() == pytest.approx(3600)
    assert watch.slept() == 0.0, "told once"


def test_suspended_time_is_not_practice_and_the_record_spans_the_real_time() -> None:
    clock = FakeClock()
    runner = four_minutes(clock)
    watch = SuspendWatch(clock)
    runner.start()
    clock.advance(50)
    clock.suspend(3 * 3600)  # the lid closed mid-session: CLOCK_MONOTONIC stood still
    clock.advance(0.25)
    if watch.slept():
        runner.pause()  # what the session shell does on seeing it
    assert runner.status is SessionStatus.PAUSED, "paused, not finished"
    assert runner.elapsed() == pytest.approx(50.25)
    clock.advance(600)  # the person comes back later
    runner.resume()
    clock.advance(10)
    runner.stop()
    outcome = runner.outcome()
    assert outcome.actual_seconds == pytest.approx(60.25)
    assert not outcome.completed
    assert outcome.ended_at - outcome.started_at == timedelta(seconds=3 * 3600 + 660.25)


def test_progress_is_what_a_checkpoint_keeps_of_a_session_in_progress() -> None:
    clock = FakeClock()
    runner = four_minutes(clock)
    assert runner.progress() is None
    runner.start(delay=3)
    clock.advance(2)
    assert runner.progress() is None, "nothing practised during the countdown"
    clock.advance(31)
    runner.pause()
    clock.advance(100)
    progress = runner.progress()
    assert progress is not None and progress.id == runner.id
    assert progress.actual_seconds == pytest.approx(30) and not progress.completed
    assert progress.ended_at - progress.started_at == timedelta(seconds=130)
    runner.stop()
    assert runner.progress() is None and runner.outcome().actual_seconds == pytest.approx(30)


def test_the_system_clock_reads_a_boot_clock_that_keeps_pace_with_the_monotonic_one() -> None:
    clock = SystemClock()
    first = clock.monotonic(), clock.since_boot()
    second = clock.monotonic(), clock.since_boot()
    assert second[1] - first[1] == pytest.approx(second[0] - first[0], abs=0.05)
    assert SuspendWatch(clock).slept() == 0.0
