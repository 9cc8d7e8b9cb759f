"""`calmkit programme`: the stages of a programme, the person's sessions of each, and the
suggested next stage, read from the practice log without creating one."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

import calmkit.cli
from calmkit.cli import main
from calmkit.core.records import SessionRecord
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs
from tests.core.factories import at, make_record, write_programme

TODAY = date(2026, 3, 20)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def exercises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = write_programme(tmp_path / "exercises")
    monkeypatch.setattr(calmkit.cli, "exercise_dirs", lambda: [folder])
    return folder


def run(data: Path, *args: str) -> int:
    return main([*args, "--data-dir", str(data), "--today", TODAY.isoformat()])


def sessions(exercise_id: str, first: date, count: int, start: int = 0) -> list[SessionRecord]:
    return [
        make_record(
            start + i,
            exercise_id=exercise_id,
            exercise_kind="pmr",
            started_at=at(first + timedelta(days=i), 19),
        )
        for i in range(count)
    ]


def fill(data: Path, records: list[SessionRecord]) -> None:
    with Store.open(data / "calmkit.db") as store:
        store.add_sessions(records)


def test_without_a_log_the_first_stage_is_suggested_and_nothing_is_created(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "programme") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Progressive muscle relaxation (pmr): 3 stages"
    assert out[1].split() == [
        "1",
        "stage-1",
        "Sixteen",
        "muscle",
        "groups",
        "not",
        "practised",
        "yet",
        "[suggested]",
    ]
    assert out[-2] == "Suggested next: Sixteen muscle groups (stage-1)"
    assert out[-1].startswith("Start with the first stage, Sixteen muscle groups.")
    assert not data.exists()


def test_after_ten_sessions_the_next_stage_is_suggested(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, sessions("stage-1", TODAY - timedelta(days=9), 10))
    assert run(data, "programme", "pmr") == 0
    out = capsys.readouterr().out
    assert "stage-1  Sixteen muscle groups  10 sessions  2026-03-11 to 2026-03-20  [current]" in out
    assert "stage-2  Seven muscle groups    not practised yet  [suggested]" in out
    assert "Suggested next: Seven muscle groups (stage-2)\n" in out
    assert "You have practised Sixteen muscle groups 10 times: you may be ready for Seven" in out


def test_json_gives_every_stage_with_its_count_and_the_suggestion(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(
        data,
        [
            *sessions("stage-1", date(2026, 2, 1), 10),
            *sessions("stage-2", TODAY - timedelta(days=2), 3, start=100),
            make_record(200, exercise_id="stage-3", completed=False, actual_seconds=20.0),
        ],
    )
    assert run(data, "programme", "--json") == 0
    position = json.loads(capsys.readouterr().out)
    assert [(s["id"], s["sessions"]) for s in position["stages"]] == [
        ("stage-1", 10),
        ("stage-2", 3),
        ("stage-3", 0),  # stopped after 20 s: not practice
    ]
    assert position["stages"][1]["first_day"] == "2026-03-18"
    assert (position["current"], position["suggested"]) == ("stage-2", "stage-2")
    assert position["reason"].startswith("Stay with Seven muscle groups for now")


def test_a_stage_id_shows_its_programme(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data, "programme", "stage-2", "--json") == 0
    assert json.loads(capsys.readouterr().out)["programme"] == "pmr"


def test_an_unknown_programme_exits_2_naming_the_valid_ones(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "programme", "yoga") == 2
    captured = capsys.readouterr()
    assert captured.err == "calmkit: no programme with id 'yoga'; valid ids: pmr\n"
    assert captured.out == ""
    assert run(data, "programme", "box") == 2  # an exercise, but not a stage of a programme


def test_without_any_programme_it_says_so(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calmkit.cli, "exercise_dirs", lambda: [tmp_path / "nothing"])
    assert run(data, "programme") == 1
    assert capsys.readouterr().err == "calmkit: no programme of stages is installed\n"


def test_a_damaged_log_is_reported_and_left_alone(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir()
    (data / "calmkit.db").write_bytes(b"not a database at all, just some text " * 10)
    assert run(data, "programme") == 1
    assert "not a CalmKit practice log" in capsys.readouterr().err
    assert (data / "calmkit.db").read_bytes().startswith(b"not a database")


def test_the_bundled_programme_is_found(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(calmkit.cli, "exercise_dirs", exercise_dirs)
    assert run(data, "programme", "pmr", "--json") == 0
    position = json.loads(capsys.readouterr().out)
    assert position["stages"][0]["id"] == "pmr-16"
