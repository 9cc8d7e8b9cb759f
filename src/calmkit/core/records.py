"""The practice-log record of one session, as stored, exported and imported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from calmkit.core.session import SessionOutcome


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
