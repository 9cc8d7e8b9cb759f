"""Where a person is in a programme of stages (16 muscle groups, then 7, then 4...), worked out
from their recorded sessions alone, so it survives export and import, and what to try next.

The next stage is only ever a suggestion: any stage can be chosen at any time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from calmkit.core.exercises.model import Exercise
from calmkit.core.records import ExercisePractice, SessionRecord
from calmkit.core.store import Store, moment_text

# A next stage is suggested after about two weeks or ten sessions of the current one (Öst's
# applied relaxation and the programmes after it move on at about this pace).
SESSIONS_BEFORE_NEXT = 10
DAYS_BEFORE_NEXT = 14
ANY_STAGE = "Any stage is fine at any time."


@dataclass(frozen=True, slots=True)
class StageProgress:
    """One stage and the practice recorded for it."""

    exercise: Exercise
    sessions: int = 0  # sessions that count as practice
    first_day: date | None = None  # practice days (see calmkit.core.stats.practice_day)
    last_day: date | None = None

    @property
    def number(self) -> int:
        return self.exercise.stage.number if self.exercise.stage else 0

    @property
    def sessions_text(self) -> str:
        if not self.sessions:
            return "not practised yet"
        return f"{self.sessions} {'session' if self.sessions == 1 else 'sessions'}"


@dataclass(frozen=True, slots=True)
class ProgrammePosition:
    programme: str  # the programme's id
    name: str
    stages: tuple[StageProgress, ...]  # first stage first
    current: StageProgress | None  # the stage of the latest practice session; None before any
    suggested: StageProgress
    reason: str  # why `suggested`, in plain words, for the person

    @property
    def summary(self) -> str:
        """One line for the programme's card, e.g. "6 stages · suggested next: Seven..."."""
        count = len(self.stages)
        return (
            f"{count} {'stage' if count == 1 else 'stages'} · "
            f"suggested next: {self.suggested.exercise.name}"
        )

    def stage(self, exercise_id: str) -> StageProgress | None:
        return next((s for s in self.stages if s.exercise.id == exercise_id), None)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready values (the `calmkit programme --json` shape)."""
        return {
            "programme": self.programme,
            "name": self.name,
            "stages": [
                {
                    "stage": s.number,
                    "id": s.exercise.id,
                    "name": s.exercise.name,
                    "sessions": s.sessions,
                    "first_day": s.first_day.isoformat() if s.first_day else None,
                    "last_day": s.last_day.isoformat() if s.last_day else None,
                }
                for s in self.stages
            ],
            "current": self.current.exercise.id if self.current else None,
            "suggested": self.suggested.exercise.id,
            "reason": self.reason,
        }


def programme_ids(exercises: Iterable[Exercise]) -> list[str]:
    """The programmes these exercises form, in the order their first stage appears."""
    seen: dict[str, None] = {}
    for exercise in exercises:
        if exercise.stage is not None:
            seen.setdefault(exercise.stage.programme, None)
    return list(seen)


def practice_of(sessions: Iterable[SessionRecord]) -> list[ExercisePractice]:
    """The sessions that count as practice, summed per exercise (what
    Store.practice_by_exercise() reads from the store), sorted by exercise id."""
    from calmkit.core.stats import counts_as_practice  # here: start-up does not need it

    found: dict[str, tuple[int, str, str]] = {}
    for s in sessions:
        if not counts_as_practice(s.completed, s.actual_seconds):
            continue
        # Ordered as the store orders them: by the start time as written, offset and all.
        start = moment_text(s.started_at)
        count, first, last = found.get(s.exercise_id, (0, start, start))
        found[s.exercise_id] = (count + 1, min(first, start), max(last, start))
    rows = []
    for exercise_id in sorted(found):
        count, first, last = found[exercise_id]
        rows.append(ExercisePractice(exercise_id, count, _parse(first), _parse(last)))
    return rows


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def programme_position(
    stages: Sequence[Exercise],
    practice: Iterable[ExercisePractice],
    today: date,
    day_start_hour: int,
) -> ProgrammePosition:
    """Where the person is in the programme of `stages` (Catalog.stages(), first stage first),
    given their practice per exercise and today's practice day."""
    programme = stages[0].stage if stages else None
    if programme is None:
        raise ValueError("a programme needs at least one stage")
    by_id = {p.exercise_id: p for p in practice}
    progress = tuple(_progress(e, by_id.get(e.id), day_start_hour) for e in stages)
    practised = [(by_id[s.exercise.id], s) for s in progress if s.sessions]
    current = None
    if practised:
        # The latest by local start time as written, as the history lists them.
        current = max(practised, key=lambda pair: (_key(pair[0].last_started_at), pair[1].number))[
            1
        ]
    suggested, reason = _suggestion(progress, current, today)
    return ProgrammePosition(
        programme.programme, programme.programme_name, progress, current, suggested, reason
    )


def position_from_store(
    store: Store, stages: Sequence[Exercise], today: date, day_start_hour: int
) -> ProgrammePosition:
    """programme_position() from what the store holds: one query over the stages' sessions."""
    practice = store.practice_by_exercise([e.id for e in stages])
    return programme_position(stages, practice, today, day_start_hour)


def _key(started_at: datetime) -> str:
    return moment_text(started_at)


def _progress(
    exercise: Exercise, practice: ExercisePractice | None, day_start_hour: int
) -> StageProgress:
    from calmkit.core.stats import practice_day  # here: start-up does not need it

    if practice is None:
        return StageProgress(exercise)
    return StageProgress(
        exercise,
        practice.sessions,
        practice_day(practice.first_started_at, day_start_hour),
        practice_day(practice.last_started_at, day_start_hour),
    )


def _suggestion(
    stages: tuple[StageProgress, ...], current: StageProgress | None, today: date
) -> tuple[StageProgress, str]:
    if current is None:
        first = stages[0]
        return first, f"Start with the first stage, {first.exercise.name}. {ANY_STAGE}"
    name = current.exercise.name
    index = stages.index(current)
    if index == len(stages) - 1:
        return current, (
            f"{name} is the last stage: keep practising it, and go back to any stage whenever "
            "you like."
        )
    following = stages[index + 1]
    days = (today - current.first_day).days if current.first_day else 0
    if current.sessions >= SESSIONS_BEFORE_NEXT:
        done = f"You have practised {name} {current.sessions} times"
    elif days >= DAYS_BEFORE_NEXT:
        done = f"You started {name} {days} days ago"
    else:
        return current, (
            f"Stay with {name} for now ({current.sessions_text} so far): the next stage is "
            f"suggested after about {SESSIONS_BEFORE_NEXT} sessions or "
            f"{DAYS_BEFORE_NEXT // 7} weeks. {ANY_STAGE}"
        )
    return following, f"{done}: you may be ready for {following.exercise.name}. {ANY_STAGE}"
