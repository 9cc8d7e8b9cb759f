"""`calmkit self-check` in a terminal and for scripts, and `calmkit export --checkins`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from calmkit.cli import main
from calmkit.core.exchange import CHECKIN_FIELDS
from calmkit.core.selfcheck import NOT_A_DIAGNOSIS, TALK_TO_SOMEONE
from calmkit.core.store import Store


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data: Path, *args: str) -> int:
    return main([*args, "--data-dir", str(data)])


def stored(data: Path) -> list[tuple[int, ...]]:
    if not (data / "calmkit.db").exists():
        return []
    with Store.open(data / "calmkit.db") as store:
        return [c.answers for c in store.checkins()]


def typed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_answers_for_scripts_print_the_result_and_keep_it(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "self-check", "--answers", "3,3,2,1,0,1,2") == 0
    out = capsys.readouterr().out
    assert "Your total: 12 of 21. Moderate anxiety symptoms (the range 10-14)." in out
    assert NOT_A_DIAGNOSIS in out and TALK_TO_SOMEONE in out
    assert "calmkit help-now" in out
    assert stored(data) == [(3, 3, 2, 1, 0, 1, 2)]


def test_below_10_there_is_no_suggestion_but_still_the_not_a_diagnosis_line(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "self-check", "--answers", "1,1,1,1,1,1,0") == 0
    out = capsys.readouterr().out
    assert "Mild anxiety symptoms" in out and NOT_A_DIAGNOSIS in out
    assert TALK_TO_SOMEONE not in out


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ("0,1,2,3,0,1", "expected 7 answers separated by commas, like 0,1,2,3,0,1,2; found 6"),
        ("0,1,2,3,0,1,2,3", "found 8"),
        ("0,1,2,4,0,1,2", "answer 4 is '4'; each answer is 0, 1, 2 or 3"),
        ("0,1,2,x,0,1,2", "answer 4 is 'x'"),
    ],
)
def test_bad_answers_exit_2_with_the_reason_and_store_nothing(
    data: Path, capsys: pytest.CaptureFixture[str], answers: str, reason: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(data, "self-check", "--answers", answers)
    assert caught.value.code == 2
    assert reason in capsys.readouterr().err
    assert not data.exists()


def test_json_output_has_the_answers_total_band_and_lines(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "self-check", "--json", "--answers", "3,3,3,3,3,0,0") == 0
    result = json.loads(capsys.readouterr().out)
    assert [result[f"q{i}"] for i in range(1, 8)] == [3, 3, 3, 3, 3, 0, 0]
    assert (result["total"], result["band"]) == (15, "severe")
    assert result["suggests_talking_to_a_professional"] is True
    assert NOT_A_DIAGNOSIS in result["lines"]


def test_in_a_terminal_a_blank_or_bad_answer_asks_again(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed(monkeypatch, "1\n\n9\nsome\n2\n0\n0\n1\n1\n3\n")
    assert run(data, "self-check") == 0
    out = capsys.readouterr().out
    assert out.count("Please type 0, 1, 2 or 3") == 3
    assert "7 of 7. " in out and "Adapted from the GAD-7" in out
    assert stored(data) == [(1, 2, 0, 0, 1, 1, 3)]


def test_input_ending_before_the_last_answer_stores_nothing_and_exits_1(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed(monkeypatch, "1\n2\n3\n")
    assert run(data, "self-check") == 1
    captured = capsys.readouterr()
    assert "stopped before the end, so nothing was scored or stored" in captured.err
    assert "Your total" not in captured.out
    assert stored(data) == []


def test_with_json_the_questions_go_to_stderr(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed(monkeypatch, "0\n0\n0\n0\n0\n0\n1\n")
    assert run(data, "self-check", "--json") == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["total"] == 1
    assert "1 of 7." in captured.err


def test_export_checkins_writes_them_as_csv_instead_of_sessions(
    data: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(data, "self-check", "--answers", "0,1,2,3,0,1,2")
    capsys.readouterr()
    assert run(data, "export", "--format", "csv", "--checkins") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(CHECKIN_FIELDS)
    assert lines[1].endswith(",0,1,2,3,0,1,2,9")
    target = tmp_path / "checks.csv"
    assert run(data, "export", "--checkins", "-o", str(target)) == 0
    assert "Exported 1 self-check to" in capsys.readouterr().err
    fresh = tmp_path / "fresh"
    assert run(fresh, "import", str(target)) == 0
    assert "1 self-check in the file: 1 added" in capsys.readouterr().out
    assert stored(fresh) == stored(data)


def test_export_checkins_as_json_is_refused_since_json_has_them(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "export", "--format", "json", "--checkins") == 2
    assert "the JSON export always includes your self-check results" in capsys.readouterr().err
    assert not data.exists()
    assert run(data, "export", "--checkins", "-o", str(data.parent / "checks.json")) == 2
    assert "the JSON export always includes your self-check results" in capsys.readouterr().err
    assert not (data.parent / "checks.json").exists()
