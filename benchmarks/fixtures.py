"""Realistic practice logs of any size for benchmarks (stats here, GUI start-up and History).

    from fixtures import make_store            # run from benchmarks/, or put it on sys.path
    make_store(resolve_paths(tmp).database, n_sessions=100_000, years=10, seed=1)

The same seed always gives the same sessions, so runs can be compared.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from calmkit.core.records import SessionRecord
from calmkit.core.store import Store

# (exercise id, kind, planned seconds): the bundled breathing exercises plus the kinds other
# issues add, so per-exercise statistics have several rows as they will in real use.
EXERCISES = (
    ("relaxed", "breathing", 240.0),
    ("box", "breathing", 240.0),
    ("extended-exhale", "breathing", 300.0),
    ("pmr-short", "pmr", 600.0),
    ("pmr-full", "pmr", 1200.0),
    ("safe-place", "imagery", 480.0),
)
NOTES = ("", "", "", "after a hard meeting", "could not focus", "felt better", "before sleep")
_TRAVEL_OFFSETS = (-5, 0, 5.5, 9)


def make_sessions(
    n_sessions: int, years: int = 10, seed: int = 0, end: date = date(2026, 1, 1)
) -> Iterator[SessionRecord]:
    """`n_sessions` sessions spread over the `years` before `end`, oldest first: mostly in the
    morning and evening (some after midnight), in a Central European time zone with summer
    time and occasional travel, 80% completed, about half rated before and after."""
    rng = random.Random(seed)
    first = end - timedelta(days=365 * years)
    span = (end - first).days
    days = sorted(rng.randrange(span) for _ in range(n_sessions))
    for offset_days in days:
        day = first + timedelta(days=offset_days)
        part = rng.random()
        if part < 0.45:
            hour = rng.randrange(6, 10)
        elif part < 0.80:
            hour = rng.randrange(18, 24)
        elif part < 0.95:
            hour = rng.randrange(10, 18)
        else:
            hour = rng.randrange(0, 4)  # after midnight: counts for the day before
        if rng.random() < 0.03:
            offset = rng.choice(_TRAVEL_OFFSETS)
        else:
            offset = 2 if 4 <= day.month <= 10 else 1  # summer time, roughly
        zone = timezone(timedelta(hours=offset))
        started = datetime(
            day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone
        )
        exercise_id, kind, planned = rng.choice(EXERCISES)
        completed = rng.random() < 0.8
        actual = planned if completed else round(rng.uniform(5, planned), 3)
        before = after = None
        if rng.random() < 0.6:
            before = rng.randrange(2, 10)
            if rng.random() < 0.85:
                after = max(0, min(10, before - rng.randrange(-1, 5)))
        yield SessionRecord(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            exercise_id=exercise_id,
            exercise_kind=kind,
            started_at=started,
            ended_at=started + timedelta(seconds=actual + rng.randrange(0, 30)),
            planned_seconds=planned,
            actual_seconds=actual,
            completed=completed,
            distress_before=before,
            distress_after=after,
            note=rng.choice(NOTES),
        )


def make_store(
    path: Path,
    n_sessions: int = 100_000,
    years: int = 10,
    seed: int = 0,
    end: date = date(2026, 1, 1),
) -> Path:
    """Create (or add to) the practice log at `path` with generated sessions; returns `path`."""
    with Store.open(path) as store:
        store.add_sessions(make_sessions(n_sessions, years, seed, end))
    return path


def median_ms(call: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
