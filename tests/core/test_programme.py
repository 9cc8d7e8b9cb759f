"""Where a person is in a programme of stages, from their recorded sessions: the current stage,
the suggested next one and why, and that it survives export and import."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from calmkit.core.exchange import export_sessions, import_sessions
from calmkit.core.exercises.model import Exercise, Stage
from calmkit.core.programme import (
    ANY_STAGE,
    ProgrammePosition,
    position_from_store,
    practice_of,
    programme_ids,
    programme_position,
)
from calmkit.core.records import SessionRecord
from calmkit.core.store import Store
from tests.core.factories import at, clear, make_record, unique_records

TODAY = date(2026, 3, 20)
NAMES = ("Sixteen muscle groups", "Seven muscle groups", "Four muscle groups", "Recall")


def stage(number: int, programme: str = "pmr") -> Exercise:
    return Exercise(
        id=f"{programme}-{number}",
        kind="pmr",
        name=NAMES[number - 1],
        summary="",
        description="",
        default_length=None,
        stage=Stage(programme, "Progressive muscle relaxation", number),
    )


STAGES = [stage(n) for n in range(1, 5)]
SERIALS = itertools.count(1)


def session(
    exercise_id: str, day: date, hour: int = 19, *, completed: bool = True, seconds: float = 900
) -> SessionRecord:
    return make_record(
        next(SERIALS),
        exercise_id=exercise_id,
        exercise_kind="pmr",
        started_at=at(day, hour),
        actual_seconds=seconds,
        completed=completed,
    )


def daily(exercise_id: str, first: date, count: int) -> list[SessionRecord]:
    return [session(exercise_id, first + timedelta(days=i)) for i in range(count)]


def position(
    sessions: list[SessionRecord], today: date = TODAY, hour: int = 4
) -> ProgrammePosition:
    return programme_position(STAGES, practice_of(sessions), today, hour)


# --- the rules --------------------------------------------------------------------------------


def test_before_any_session_the_first_stage_is_suggested() -> None:
    where = position([])
    assert where.current is None
    assert where.suggested.exercise.id == "pmr-1"
    assert where.reason == f"Start with the first stage, Sixteen muscle groups. {ANY_STAGE}"
    assert [s.sessions for s in where.stages] == [0, 0, 0, 0]
    assert where.summary == "4 stages · suggested next: Sixteen muscle groups"


def test_nine_sessions_in_a_week_keep_the_current_stage() -> None:
    where = position(daily("pmr-1", TODAY - timedelta(days=8), 9))
    assert where.current is not None and where.current.exercise.id == "pmr-1"
    assert where.suggested.exercise.id == "pmr-1"
    assert where.reason.startswith("Stay with Sixteen muscle groups for now (9 sessions so far)")
    assert ANY_STAGE in where.reason


def test_ten_sessions_suggest_the_next_stage() -> None:
    where = position(daily("pmr-1", TODAY - timedelta(days=9), 10))
    assert where.suggested.exercise.id == "pmr-2"
    assert where.reason == (
        "You have practised Sixteen muscle groups 10 times: you may be ready for Seven muscle "
        f"groups. {ANY_STAGE}"
    )
    assert where.summary == "4 stages · suggested next: Seven muscle groups"


def test_two_weeks_since_the_first_session_suggest_the_next_stage_even_with_few() -> None:
    sessions = [session("pmr-1", TODAY - timedelta(days=14)), session("pmr-1", TODAY)]
    where = position(sessions)
    assert where.suggested.exercise.id == "pmr-2"
    assert where.reason.startswith("You started Sixteen muscle groups 14 days ago: you may be")


def test_thirteen_days_with_few_sessions_are_not_yet_two_weeks() -> None:
    sessions = [session("pmr-1", TODAY - timedelta(days=13)), session("pmr-1", TODAY)]
    assert position(sessions).suggested.exercise.id == "pmr-1"


def test_the_days_are_practice_days_so_a_late_night_session_belongs_to_the_day_before() -> None:
    # 01:30 on the 7th is still the 6th under a 04:00 day start: 14 days before the 20th.
    early = session("pmr-1", date(2026, 3, 7), hour=1)
    assert position([early], hour=4).suggested.exercise.id == "pmr-2"
    assert position([early], hour=0).suggested.exercise.id == "pmr-1"  # the 7th: 13 days


def test_the_per_stage_counts_and_days() -> None:
    sessions = [
        *daily("pmr-1", date(2026, 2, 1), 12),
        *daily("pmr-2", date(2026, 3, 1), 3),
        session("box", TODAY),  # not a stage of this programme
    ]
    where = position(sessions)
    first, second, third, _ = where.stages
    assert (first.sessions, first.first_day, first.last_day) == (
        12,
        date(2026, 2, 1),
        date(2026, 2, 12),
    )
    assert (second.sessions, second.first_day, second.last_day) == (
        3,
        date(2026, 3, 1),
        date(2026, 3, 3),
    )
    assert (third.sessions, third.first_day) == (0, None)
    assert where.current is second
    assert where.suggested is third  # 3 sessions, but the first was 19 days ago
    assert where.reason == (
        "You started Seven muscle groups 19 days ago: you may be ready for Four muscle groups. "
        f"{ANY_STAGE}"
    )


def test_the_current_stage_is_the_stage_of_the_latest_session() -> None:
    sessions = [
        *daily("pmr-1", date(2026, 2, 1), 12),
        *daily("pmr-2", TODAY - timedelta(days=3), 3),
    ]
    where = position(sessions)
    assert where.current is not None and where.current.exercise.id == "pmr-2"
    assert where.suggested.exercise.id == "pmr-2"
    assert where.reason.startswith("Stay with Seven muscle groups for now (3 sessions so far)")


def test_going_back_to_an_earlier_stage_follows_the_person() -> None:
    # Stage 3 for a while, then back to stage 2 today for the first time: stay with stage 2.
    sessions = [
        *daily("pmr-1", date(2026, 1, 1), 10),
        *daily("pmr-3", TODAY - timedelta(days=5), 5),
        session("pmr-2", TODAY, hour=21),
    ]
    where = position(sessions)
    assert where.current is not None and where.current.exercise.id == "pmr-2"
    assert where.suggested.exercise.id == "pmr-2"


def test_going_back_to_a_stage_practised_enough_suggests_the_one_after_it() -> None:
    sessions = [
        *daily("pmr-1", date(2026, 1, 1), 10),
        *daily("pmr-3", TODAY - timedelta(days=5), 5),
        session("pmr-1", TODAY, hour=21),
    ]
    where = position(sessions)
    assert where.current is not None and where.current.exercise.id == "pmr-1"
    assert where.suggested.exercise.id == "pmr-2"
    assert [s.sessions for s in where.stages] == [11, 0, 5, 0]


def test_short_sessions_stopped_early_do_not_count() -> None:
    sessions = [
        *daily("pmr-1", TODAY - timedelta(days=9), 9),
        session("pmr-1", TODAY, completed=False, seconds=59.5),  # would be the tenth
        session("pmr-2", TODAY, hour=21, completed=False, seconds=30),  # not a move to stage 2
    ]
    where = position(sessions)
    assert [s.sessions for s in where.stages] == [9, 0, 0, 0]
    assert where.current is not None and where.current.exercise.id == "pmr-1"
    assert where.suggested.exercise.id == "pmr-1"


def test_a_long_session_stopped_early_and_a_short_completed_one_both_count() -> None:
    sessions = [
        *daily("pmr-1", TODAY - timedelta(days=9), 8),
        session("pmr-1", TODAY, completed=False, seconds=60),
        session("pmr-1", TODAY, hour=20, completed=True, seconds=20),
    ]
    assert position(sessions).suggested.exercise.id == "pmr-2"


def test_the_last_stage_stays_suggested() -> None:
    sessions = [*daily("pmr-4", date(2026, 1, 1), 30)]
    where = position(sessions)
    assert where.current is not None and where.current.exercise.id == "pmr-4"
    assert where.suggested.exercise.id == "pmr-4"
    assert where.reason.startswith("Recall is the last stage: keep practising it")


def test_a_stage_can_be_looked_up_by_its_exercise_id() -> None:
    where = position(daily("pmr-1", TODAY, 1))
    found = where.stage("pmr-1")
    assert found is not None and found.sessions_text == "1 session"
    assert where.stage("box") is None


def test_a_programme_needs_a_stage() -> None:
    with pytest.raises(ValueError, match="at least one stage"):
        programme_position([], [], TODAY, 4)


def test_programmes_are_listed_in_the_order_their_stages_appear() -> None:
    plain = Exercise("box", "breathing", "Box", "", "", None)
    exercises = [plain, stage(2, "other"), stage(1), stage(1, "other"), stage(2)]
    assert programme_ids(exercises) == ["other", "pmr"]


def test_the_json_shape() -> None:
    where = position([session("pmr-1", date(2026, 3, 1))])
    data = where.to_json()
    assert data["current"] == "pmr-1" and data["suggested"] == "pmr-2"
    assert data["stages"][0] == {
        "stage": 1,
        "id": "pmr-1",
        "name": "Sixteen muscle groups",
        "sessions": 1,
        "first_day": "2026-03-01",
        "last_day": "2026-03-01",
    }


# --- from the store, and through export and import ------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("programme") / "calmkit.db") as opened:
        yield opened


def test_the_store_reads_the_same_position(store: Store) -> None:
    sessions = [
        *daily("pmr-1", date(2026, 2, 1), 12),
        *daily("pmr-2", TODAY - timedelta(days=3), 3),
        session("pmr-3", TODAY, completed=False, seconds=10),
        session("box", TODAY),
    ]
    store.add_sessions(sessions)
    assert position_from_store(store, STAGES, TODAY, 4) == position(sessions)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_position_survives_export_and_import(store: Store, tmp_path: Path, fmt: Any) -> None:
    store.add_sessions(
        [
            *daily("pmr-1", date(2026, 2, 1), 10),
            *daily("pmr-2", TODAY - timedelta(days=4), 4),
            session("pmr-2", TODAY, completed=False, seconds=45),
        ]
    )
    before = position_from_store(store, STAGES, TODAY, 4)
    stream = io.StringIO(newline="")
    export_sessions(store, stream, fmt)
    with Store.open(tmp_path / "elsewhere.db") as other:
        report = import_sessions(other, stream.getvalue().encode("utf-8"))
        assert report.added == 15
        after = position_from_store(other, STAGES, TODAY, 4)
    assert isinstance(after, ProgrammePosition)
    assert after == before
    assert after.current is not None and after.current.exercise.id == "pmr-2"
    assert [s.sessions for s in after.stages] == [10, 4, 0, 0]


def test_the_store_and_the_rule_agree_at_the_minute(store: Store) -> None:
    sessions = [
        session("a", TODAY, completed=False, seconds=59.999),
        session("a", TODAY, hour=20, completed=False, seconds=60),
        session("b", TODAY, completed=True, seconds=0),
        session("c", TODAY, completed=False, seconds=0),
    ]
    store.add_sessions(sessions)
    read = store.practice_by_exercise(["a", "b", "c", "missing"])
    assert read == practice_of(sessions)
    assert [(p.exercise_id, p.sessions) for p in read] == [("a", 1), ("b", 1)]
    assert store.practice_by_exercise([]) == []


@settings(max_examples=40, deadline=None)
@given(sessions=unique_records())
def test_the_store_sums_practice_as_the_rule_does(
    shared_store: Store, sessions: list[SessionRecord]
) -> None:
    clear(shared_store)
    shared_store.add_sessions(sessions)
    ids = ["box", "relaxed", "pmr-short", "safe-place"]
    assert shared_store.practice_by_exercise(ids) == practice_of(sessions)
    assert shared_store.practice_by_exercise(ids[:1]) == [
        p for p in practice_of(sessions) if p.exercise_id == "box"
    ]


def test_first_and_last_are_by_the_start_time_as_written() -> None:
    day = date(2026, 3, 1)
    late_east = make_record(1, exercise_id="x", started_at=at(day, 9, offset_hours=9))
    early_west = make_record(2, exercise_id="x", started_at=at(day, 8, offset_hours=-5))
    (summed,) = practice_of([late_east, early_west])
    assert summed.first_started_at == datetime.fromisoformat("2026-03-01T08:00:00-05:00")
    assert summed.last_started_at == datetime.fromisoformat("2026-03-01T09:00:00+09:00")
