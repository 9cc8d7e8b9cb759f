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
from calmkit.core.i18n import QT_TRANSLATE_NOOP, english, translate
from calmkit.core.records import ExercisePractice, SessionRecord
from calmkit.core.store import Store, moment_text

# A next stage is suggested after about two weeks or ten sessions of the current one (Öst's
# applied relaxation and the programmes after it move on at about this pace).
SESSIONS_BEFORE_NEXT = 10
DAYS_BEFORE_NEXT = 14
ANY_STAGE = QT_TRANSLATE_NOOP("Programme", "Any stage is fine at any time.")


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
        """`3 sessions`, or `not practised yet`."""
        return _sessions_words(self.sessions)


def _sessions_words(sessions: int, *, in_english: bool = False) -> str:
    if in_english:
        return english(_SESSIONS, sessions) if sessions else _NOT_PRACTISED
    if not sessions:
        return translate("Programme", _NOT_PRACTISED)
    return translate("Programme", _SESSIONS, None, sessions)


_NOT_PRACTISED = QT_TRANSLATE_NOOP("Programme", "not practised yet")
_SESSIONS = QT_TRANSLATE_NOOP("Programme", "%n session(s)")


@dataclass(frozen=True, slots=True)
class ProgrammePosition:
    programme: str  # the programme's id
    name: str
    stages: tuple[StageProgress, ...]  # first stage first
    current: StageProgress | None  # the stage of the latest practice session; None before any
    suggested: StageProgress
    reason: str  # why `suggested`, in plain words, for the person (in their language)
    today: date | None = None  # the practice day the suggestion was made for

    @property
    def summary(self) -> str:
        """One line for the programme's card, e.g. "6 stages · suggested next: Seven..."."""
        count = len(self.stages)
        return translate("Programme", "%n stage(s) · suggested next: {name}", None, count).format(
            name=self.suggested.exercise.name
        )

    def _english_reason(self) -> str:
        """The reason as written, for JSON output in any language (a reason put in its place
        with dataclasses.replace is kept as it is)."""
        if (
            self.today is None
            or self.reason != _suggestion(self.stages, self.current, self.today)[1]
        ):
            return self.reason
        return _suggestion(self.stages, self.current, self.today, in_english=True)[1]

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
            "reason": self._english_reason(),
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
        programme.programme, programme.programme_name, progress, current, suggested, reason, today
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
    stages: tuple[StageProgress, ...],
    current: StageProgress | None,
    today: date,
    *,
    in_english: bool = False,
) -> tuple[StageProgress, str]:
    """The stage to suggest and why: in the person's language, or as written (`in_english`,
    for JSON output)."""

    def said(text: str) -> str:
        return text if in_english else translate("Programme", text)

    any_stage = said(ANY_STAGE)
    if current is None:
        first = stages[0]
        reason = QT_TRANSLATE_NOOP("Programme", "Start with the first stage, {name}. {any_stage}")
        return first, said(reason).format(name=first.exercise.name, any_stage=any_stage)
    name = current.exercise.name
    index = stages.index(current)
    if index == len(stages) - 1:
        reason = QT_TRANSLATE_NOOP(
            "Programme",
            "{name} is the last stage: keep practising it, and go back to any stage whenever "
            "you like.",
        )
        return current, said(reason).format(name=name)
    following = stages[index + 1]
    days = (today - current.first_day).days if current.first_day else 0
    if current.sessions >= SESSIONS_BEFORE_NEXT:
        reason = QT_TRANSLATE_NOOP(
            "Programme",
            "You have practised {name} {sessions} times: you may be ready for {next}. {any_stage}",
        )
    elif days >= DAYS_BEFORE_NEXT:
        reason = QT_TRANSLATE_NOOP(
            "Programme",
            "You started {name} {days} days ago: you may be ready for {next}. {any_stage}",
        )
    else:
        reason = QT_TRANSLATE_NOOP(
            "Programme",
            "Stay with {name} for now ({so_far} so far): the next stage is suggested after "
            "about {sessions_before_next} sessions or {weeks_before_next} weeks. {any_stage}",
        )
        return current, said(reason).format(
            name=name,
            so_far=_sessions_words(current.sessions, in_english=in_english),
            sessions_before_next=SESSIONS_BEFORE_NEXT,
            weeks_before_next=DAYS_BEFORE_NEXT // 7,
            any_stage=any_stage,
        )
    return following, said(reason).format(
        name=name,
        sessions=current.sessions,
        days=days,
        next=following.exercise.name,
        any_stage=any_stage,
    )
