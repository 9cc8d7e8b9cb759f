"""The command line with custom patterns: found by id in the practice log, read-only."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import calmkit.app
from calmkit.cli import main
from calmkit.core.exercises import SessionLength
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import add_custom_pattern
from calmkit.core.store import Store
from calmkit.launch import GuiOptions


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main([*args, "--data-dir", str(data)])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def save(data: Path, name: str, pattern: BreathingPattern, length: SessionLength) -> str:
    with Store.open(data / "calmkit.db") as store:
        return add_custom_pattern(store, name, pattern, length).id


def test_timeline_json_covers_a_custom_pattern_by_its_id(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    sigh = BreathingPattern(inhale=2, inhale_top_up=1, hold=1.5, exhale=6, rest=0.5)
    pattern_id = save(data, "My sigh", sigh, SessionLength(cycles=3))
    assert pattern_id == "custom-my-sigh"
    code, out, err = run(capsys, data, "timeline", pattern_id, "--json")
    assert (code, err) == (0, "")
    steps = json.loads(out)
    assert [(s["kind"], s["duration"]) for s in steps[:5]] == [
        ("inhale", 2.0),
        ("inhale-top-up", 1.0),
        ("hold", 1.5),
        ("exhale", 6.0),
        ("rest", 0.5),
    ]
    assert len(steps) == 15, "its own default length: 3 breaths"
    _, out, _ = run(capsys, data, "timeline", pattern_id, "--cycles", "1")
    assert out.startswith("My sigh: 5 steps, 1 breath, 11 s")


def test_exercises_lists_custom_patterns_after_the_presets(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    save(data, "Calm", BreathingPattern(inhale=4, hold=7, exhale=8), SessionLength(minutes=2))
    code, out, _ = run(capsys, data, "exercises", "--json")
    rows = json.loads(out)
    assert code == 0
    assert rows[-1] == {
        "id": "custom-calm",
        "name": "Calm",
        "kind": "breathing",
        "summary": "4 s in · 7 s hold · 8 s out.",
        "default_seconds": 114.0,  # 2 minutes of whole 19 s breaths: 6 breaths
    }
    _, text, _ = run(capsys, data, "exercises")
    assert text.splitlines()[-1].split() == [
        "custom-calm",
        "breathing",
        "Calm",
        "(about",
        "2",
        "min)",
    ]


def test_an_unknown_id_lists_presets_and_custom_ids_and_exits_2(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    save(data, "Calm", BreathingPattern(inhale=4, exhale=6), SessionLength(minutes=2))
    for command in ("timeline", "start"):
        code, _, err = run(capsys, data, command, "custom-clam")
        assert code == 2
        assert "no exercise with id 'custom-clam'" in err
        assert "box" in err and "custom-calm" in err


def test_start_opens_the_app_on_a_custom_pattern(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern_id = save(data, "Calm", BreathingPattern(inhale=4, exhale=6), SessionLength(cycles=2))
    seen: list[GuiOptions] = []

    def run_gui(options: GuiOptions) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(calmkit.app, "run_gui", run_gui)
    code, _, err = run(capsys, data, "start", pattern_id)
    assert (code, err) == (0, "")
    (options,) = seen
    assert options.start_exercise == pattern_id
    assert options.catalog.get(pattern_id).content.pattern == BreathingPattern(inhale=4, exhale=6)


def test_without_a_log_the_commands_create_nothing(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    assert run(capsys, data, "exercises", "--json")[0] == 0
    assert run(capsys, data, "timeline", "box", "--json")[0] == 0
    assert run(capsys, data, "timeline", "custom-calm")[0] == 2
    assert not data.exists()


def test_a_bad_row_is_named_on_stderr_and_the_rest_still_works(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    save(data, "Calm", BreathingPattern(inhale=4, exhale=6), SessionLength(minutes=2))
    with contextlib.closing(sqlite3.connect(data / "calmkit.db", isolation_level=None)) as db:
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute("UPDATE custom_patterns SET exhale = 0.5")
        db.execute(
            "INSERT INTO custom_patterns (id, name, position, inhale, exhale, default_minutes, "
            "created_at, updated_at) VALUES ('custom-fine', 'Fine', 5, 4, 6, 3, 't', 't')"
        )
    before = (data / "calmkit.db").read_bytes()
    code, out, err = run(capsys, data, "exercises", "--json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)][-1] == "custom-fine"
    assert "Your saved pattern “Calm” (custom-calm) could not be used" in err
    assert "Breathe out must be at least 1 s." in err
    assert (data / "calmkit.db").read_bytes() == before


def test_a_log_from_a_newer_calmkit_still_lets_the_presets_run(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    data.mkdir()
    with contextlib.closing(sqlite3.connect(data / "calmkit.db")) as db:
        db.execute("CREATE TABLE sessions (id TEXT)")
        db.execute("PRAGMA user_version = 99")
    code, out, err = run(capsys, data, "timeline", "box", "--cycles", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 4
    assert "your own patterns could not be read" in err and "newer CalmKit" in err


def test_listing_custom_patterns_does_not_import_qt(data: Path) -> None:
    save(data, "Calm", BreathingPattern(inhale=4, exhale=6), SessionLength(minutes=2))
    probe = (
        "import sys; from calmkit.cli import main; "
        f"main(['exercises', '--json', '--data-dir', {str(data)!r}]); "
        f"main(['timeline', 'custom-calm', '--json', '--data-dir', {str(data)!r}]); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'numpy')]; "
        "sys.exit(f'Qt imported: {bad}' if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
