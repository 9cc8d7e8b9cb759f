from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmkit.app import display_problem, run_gui
from calmkit.core.exercises import SessionLength, SessionPlan, load_catalog
from calmkit.core.preferences import (
    PlayerPreferences,
    load_player_preferences,
    save_player_preferences,
)
from calmkit.core.store import SCHEMA_VERSION, Store
from calmkit.launch import GuiOptions
from calmkit.paths import resolve_paths
from calmkit.resources import exercise_dirs


def options(data_dir: Path, **extra: object) -> GuiOptions:
    return GuiOptions(resolve_paths(data_dir), load_catalog(exercise_dirs()), **extra)  # type: ignore[arg-type]


def test_the_smoke_test_opens_the_window_and_exits_0(qtbot: QtBot, data_dir: Path) -> None:
    assert run_gui(options(data_dir, smoke_test=True)) == 0
    assert (data_dir / "calmkit.db").exists()
    assert "starting" in (data_dir / "logs" / "calmkit.log").read_text()
    modes = {
        p.name: stat.S_IMODE(p.stat().st_mode)
        for p in (
            data_dir,
            data_dir / "calmkit.db",
            data_dir / "logs",
            data_dir / "logs" / "calmkit.log",
        )
    }
    assert modes == {"data": 0o700, "calmkit.db": 0o600, "logs": 0o700, "calmkit.log": 0o600}


def test_start_opens_straight_into_the_running_exercise(qtbot: QtBot, data_dir: Path) -> None:
    with Store.open(data_dir / "calmkit.db") as store:
        save_player_preferences(store, PlayerPreferences(countdown=False, cautions_seen=("holds",)))
    code = run_gui(
        options(
            data_dir,
            start_exercise="box",
            plan=SessionPlan(SessionLength(cycles=1)),
            smoke_test=True,
        )
    )
    assert code == 0
    with Store.open(data_dir / "calmkit.db") as store:
        (session,) = store.sessions()  # the smoke test ended it early; it was still kept
    assert session.exercise_id == "box" and not session.completed
    assert session.planned_seconds == 16


def test_a_newer_database_stops_start_up_with_the_reason_and_is_not_touched(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    path = data_dir / "calmkit.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
        db.execute("CREATE TABLE sessions (id TEXT)")
    before = path.read_bytes()
    assert run_gui(options(data_dir, smoke_test=True)) == 1
    assert "written by a newer CalmKit" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_smoke_test_of_start_records_a_session_without_countdown_or_caution(
    qtbot: QtBot, data_dir: Path
) -> None:
    # Nobody is there to answer the caution or sit through a countdown; neither is saved.
    assert run_gui(options(data_dir, start_exercise="box", smoke_test=True)) == 0
    with Store.open(data_dir / "calmkit.db") as store:
        (session,) = store.sessions()
        assert session.exercise_id == "box" and session.actual_seconds > 0
        assert load_player_preferences(store) == PlayerPreferences()


def test_start_passes_the_variant_and_pace_on(qtbot: QtBot, data_dir: Path) -> None:
    code = run_gui(
        options(
            data_dir,
            start_exercise="resonance",
            plan=SessionPlan(SessionLength(cycles=2), {"pace": 5.0}),
            smoke_test=True,
        )
    )
    assert code == 0
    with Store.open(data_dir / "calmkit.db") as store:
        (session,) = store.sessions()
    assert session.planned_seconds == pytest.approx(24.0), "2 breaths of 12 s at 5 a minute"


@pytest.mark.parametrize(
    ("environ", "platform", "problem"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
    ],
)
def test_no_display_is_explained_instead_of_crashing(
    environ: dict[str, str], platform: str, problem: bool
) -> None:
    message = display_problem(environ, platform)
    assert (message is not None) == problem
    if message:
        assert "QT_QPA_PLATFORM=offscreen" in message


def test_text_drawn_from_the_palette_takes_the_theme_colours_on_any_desktop(
    qtbot: QtBot,
) -> None:
    """A dark desktop theme gives light text; on CalmKit's light panels it must not show."""
    from PySide6.QtGui import QPalette

    from calmkit.ui.widgets import theme

    for chosen in theme.THEMES.values():
        colours = theme.palette(chosen)
        role = QPalette.ColorRole
        for text, ground in ((role.Text, role.Base), (role.WindowText, role.Window)):
            assert colours.color(text) == chosen.text
            assert colours.color(ground) in (chosen.surface, chosen.background)
        assert colours.color(role.ButtonText) == chosen.text


def test_a_session_interrupted_by_a_crash_is_saved_at_the_next_start_marked_recovered(
    qtbot: QtBot, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from calmkit.core.records import SessionRecord

    start = datetime(2026, 3, 1, 21, 0, tzinfo=timezone(timedelta(hours=1)))
    interrupted = SessionRecord(
        "9d5c0000-0000-4000-8000-000000000001", "equal", "breathing",
        start, start + timedelta(seconds=95), 300.0, 95.0, False, distress_before=7,
    )  # fmt: skip
    with Store.open(data_dir / "calmkit.db") as store:
        store.save_checkpoint(interrupted, now=interrupted.ended_at)
        with store.transaction() as db:  # written by a CalmKit that was killed since
            db.execute("UPDATE session_checkpoints SET process_id = 2147483600")
    assert run_gui(options(data_dir, smoke_test=True)) == 0
    with Store.open(data_dir / "calmkit.db") as store:
        assert store.sessions() == [replace(interrupted, recovered=True)]
        assert store.count_checkpoints() == 0
    assert "after CalmKit closed unexpectedly" in caplog.text
