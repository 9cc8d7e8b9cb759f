"""The practice-log record of one session, as stored, exported and imported, and the summed
shapes the store hands to the statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from calmkit.core.session import SessionOutcome


def aware_datetime(value: object) -> datetime | None:
    """A stored ISO 8601 moment with its UTC offset; None for anything else (a missing or
    hand-edited value), which callers treat as "not known"."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: str
    exercise_id: str
    exercise_kind: str
    started_at: datetime  # timezone-aware: the local time and its UTC offset when it happened
    ended_at: datetime
    planned_seconds: float
    actual_seconds: float
    completed: bool
    distress_before: int | None = None
    distress_after: int | None = None
    note: str = ""
    # Saved from a checkpoint after CalmKit closed unexpectedly (a crash, a kill, power loss):
    # the session ran at least this long, maybe a little longer.
    recovered: bool = False

    @classmethod
    def from_outcome(
        cls, outcome: SessionOutcome, exercise_id: str, exercise_kind: str
    ) -> SessionRecord:
        return cls(
            id=outcome.id,
            exercise_id=exercise_id,
            exercise_kind=exercise_kind,
            started_at=outcome.started_at,
            ended_at=outcome.ended_at,
            planned_seconds=round(outcome.planned_seconds, 3),
            actual_seconds=round(outcome.actual_seconds, 3),
            completed=outcome.completed,
        )


class DayTotals(NamedTuple):
    """The sessions of one practice day, summed (see calmkit.core.stats for the day rule).

    A NamedTuple rather than a dataclass: charts read thousands of these, and building a
    frozen dataclass costs about four times as much.
    """

    day: date
    sessions: int
    practice_sessions: int  # sessions that count towards a practice day (completed or >= 60 s)
    completed: int
    milliseconds: int  # actual time practised; integer so sums never drift
    rated: int  # sessions with both distress ratings
    before_sum: int  # sum of distress_before over the rated sessions
    after_sum: int

    @property
    def minutes(self) -> float:
        return self.milliseconds / 60_000

    @property
    def practised(self) -> bool:
        return self.practice_sessions > 0


@dataclass(frozen=True, slots=True)
class ExerciseTotals:
    """All sessions of one exercise, summed."""

    exercise_id: str
    sessions: int
    completed: int
    milliseconds: int
    rated: int  # sessions with both distress ratings
    drop_sum: int  # sum of (distress_before - distress_after) over the rated sessions

    @property
    def minutes(self) -> float:
        return self.milliseconds / 60_000

    @property
    def mean_distress_drop(self) -> float | None:
        """How much calmer, on average, after than before (None without rated sessions)."""
        return self.drop_sum / self.rated if self.rated else None


@dataclass(frozen=True, slots=True)
class ExercisePractice:
    """The sessions of one exercise that count as practice (see calmkit.core.stats): how many,
    and when the first and the last of them started."""

    exercise_id: str
    sessions: int
    first_started_at: datetime
    last_started_at: datetime
