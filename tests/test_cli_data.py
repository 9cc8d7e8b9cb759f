from __future__ import annotations

import io
import json
import re
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from calmkit.cli import main
from calmkit.core.exchange import FIELDS, session_to_dict
from calmkit.core.store import Store
from tests.core.factories import at, make_record

TODAY = date(2026, 3, 20)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data: Path, *args: str) -> int:
    return main([*args, "--data-dir", str(data)])


def fill(data: Path, *records: object) -> None:
    with Store.open(data / "calmkit.db") as store:
        store.add_sessions(records)  # type: ignore[arg-type]


class Terminal(io.StringIO):
    """Typed input, as if from a terminal."""

    def isatty(self) -> bool:
        return True


# --- reading commands on a log that does not exist yet --------------------------------------


@pytest.mark.parametrize(
    ("args", "output"),
    [
        (["export"], ",".join(FIELDS) + "\r\n"),
        (
            ["export", "--format", "json"],
            '{"format": "calmkit.sessions", "version": 1, "sessions": [], "checkins": [], '
            '"patterns": []}\n',
        ),
        (["history"], "No sessions yet.\n"),
        (["history", "--json"], "[]\n"),
    ],
)
def test_reading_commands_without_a_log_answer_empty_and_create_nothing(
    data: Path, capsys: pytest.CaptureFixture[str], args: list[str], output: str
) -> None:
    assert run(data, *args) == 0
    assert capsys.readouterr().out == output
    assert not data.exists()


def test_stats_without_a_log_are_zero(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data, "stats", "--json", "--today", "2026-03-20") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["current_streak"] == stats["total_sessions"] == 0
    assert stats["by_exercise"] == []
    assert not data.exists()


# --- export ---------------------------------------------------------------------------------


def test_export_to_a_file_writes_it_whole(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1), make_record(2))
    target = tmp_path / "out.json"
    assert run(data, "export", "--format", "json", "-o", str(target)) == 0
    assert capsys.readouterr().err == f"Exported 2 sessions to {target}.\n"
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [s["id"] for s in document["sessions"]] == [make_record(1).id, make_record(2).id]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "home", "out.json"]  # no temp


def test_export_never_overwrites_a_file_unless_told(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1))
    target = tmp_path / "precious.csv"
    target.write_text("my other data")
    assert run(data, "export", "-o", str(target)) == 1
    assert "already exists; choose another file or add --force" in capsys.readouterr().err
    assert target.read_text() == "my other data"
    assert run(data, "export", "-o", str(target), "--force") == 0
    assert target.read_text(encoding="utf-8").startswith("id,exercise_id,")


def test_export_into_a_missing_folder_says_so(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1))
    assert run(data, "export", "-o", str(tmp_path / "nowhere" / "out.csv")) == 1
    assert "Cannot write to" in capsys.readouterr().err


# --- import ---------------------------------------------------------------------------------


def test_import_prints_the_report_with_reasons(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1))
    bad = session_to_dict(make_record(3)) | {"distress_after": 12}
    rows = [session_to_dict(make_record(1)), session_to_dict(make_record(2)), bad]
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": rows}))
    assert run(data, "import", str(source)) == 1
    assert capsys.readouterr().out == (
        f"{source} (JSON): 3 sessions in the file: 1 could be added, 1 already present, "
        "1 rejected.\n"
        "Rejected rows:\n"
        "  row 3: distress_after is 12, outside 0-10\n"
        "Nothing was imported, because of the rejected rows. Fix them, or add --skip-invalid "
        "to import only the valid rows.\n"
    )
    with Store.open(data / "calmkit.db") as store:
        assert store.count_sessions() == 1
    assert run(data, "import", str(source), "--skip-invalid") == 0
    assert capsys.readouterr().out.startswith(
        f"{source} (JSON): 3 sessions in the file: 1 added, 1 already present, 1 rejected.\n"
    )
    with Store.open(data / "calmkit.db") as store:
        assert store.count_sessions() == 2
    assert run(data, "import", str(source)) == 1  # the bad row still holds the file back
    assert "0 could be added, 2 already present, 1 rejected." in capsys.readouterr().out


def test_a_file_rejected_wholesale_exits_non_zero_and_creates_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("shopping list\nmilk\n")
    assert run(data, "import", str(source)) == 1
    assert capsys.readouterr().err.startswith(
        f"calmkit: {source} was not imported: This is not a CalmKit CSV export"
    )
    assert not data.exists()


def test_import_from_stdin_and_a_dry_run(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    csv_text = (
        ",".join(FIELDS)
        + "\n"
        + ",".join(
            str(v).lower() if isinstance(v, bool) else "" if v is None else str(v)
            for v in session_to_dict(make_record(1)).values()
        )
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(csv_text.encode())))
    assert run(data, "import", "-", "--dry-run") == 0
    assert capsys.readouterr().out == (
        "stdin (CSV): 1 session in the file: 1 would be added, 0 already present, 0 rejected.\n"
        "This was a dry run: nothing was written.\n"
    )
    assert not data.exists()  # no data folder, no database


def test_a_dry_run_on_an_existing_log_counts_what_is_there_and_changes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1))
    before = (data / "calmkit.db").read_bytes()
    rows = [session_to_dict(make_record(n)) for n in (1, 2)]
    rows.append(session_to_dict(make_record(3)) | {"completed": "maybe"})
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": rows}))
    assert run(data, "import", str(source), "--dry-run") == 1
    out = capsys.readouterr().out
    assert "3 sessions in the file: 1 would be added, 1 already present, 1 rejected." in out
    assert out.endswith(
        "This was a dry run: nothing was written.\n"
        "Importing it as it is would add nothing, because of the rejected rows; fix them, or "
        "add --skip-invalid to import the valid rows.\n"
    )
    assert (data / "calmkit.db").read_bytes() == before
    assert run(data, "import", str(source), "--dry-run", "--skip-invalid") == 0


def test_import_says_which_values_it_keeps_in_its_own_form(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = session_to_dict(make_record(1)) | {"completed": 1, "started_at": "2026-03-02T07:30+02:00"}
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": [row]}))
    assert run(data, "import", str(source)) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "Kept in CalmKit's own form (a new export writes them this way):",
        "  started_at in 1 row: '2026-03-02T07:30+02:00' is kept as "
        "'2026-03-02T07:30:00+02:00' (row 1)",
        "  completed in 1 row: 1 is kept as true (row 1)",
    ]


def test_a_lone_surrogate_in_a_note_is_a_rejected_row_and_a_fresh_folder_stays_empty(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = session_to_dict(make_record(1)) | {"note": "\ud800"}
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": [row]}))
    assert run(data, "import", str(source)) == 1
    assert "row 1: note holds a broken character (\\ud800" in capsys.readouterr().out
    assert not data.exists()


@pytest.mark.parametrize(
    ("name", "start"), [("out.json", '{"format": "calmkit.sessions"'), ("out.CSV", "id,")]
)
def test_export_picks_the_format_from_the_file_name(
    data: Path, tmp_path: Path, name: str, start: str
) -> None:
    fill(data, make_record(1))
    target = tmp_path / name
    assert run(data, "export", "-o", str(target)) == 0
    assert target.read_text(encoding="utf-8").startswith(start)
    assert run(data, "export", "-o", str(target), "--force", "--format", "csv") == 0
    assert target.read_text(encoding="utf-8").startswith("id,")


def test_export_to_a_name_of_unknown_kind_asks_for_a_format(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1))
    target = tmp_path / "history.xlsx"
    assert run(data, "export", "-o", str(target)) == 2
    assert "name the file .csv (for spreadsheets) or .json, or choose one with --format" in (
        capsys.readouterr().err
    )
    assert not target.exists()
    assert run(data, "export", "-o", str(target), "--format", "json") == 0


def test_many_rejected_rows_are_shown_up_to_a_limit(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [session_to_dict(make_record(n)) | {"actual_seconds": -1} for n in range(60)]
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": rows}))
    assert run(data, "import", str(source)) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2] == "  ... and 10 more."
    assert len(lines) == 2 + 50 + 2
    assert not data.exists()  # nothing could be added, so no practice log was made


# --- stats and history ----------------------------------------------------------------------


def test_stats_json_has_the_documented_keys(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(
        data,
        make_record(1, started_at=at(TODAY, 8), distress_before=6, distress_after=2),
        make_record(2, started_at=at(TODAY - timedelta(days=1), 1, 30)),  # counts for 2 days ago
    )
    assert run(data, "stats", "--json", "--today", TODAY.isoformat()) == 0
    stats = json.loads(capsys.readouterr().out)
    assert {
        "current_streak",
        "longest_streak",
        "practice_days",
        "total_sessions",
        "completed_sessions",
        "total_minutes",
        "by_exercise",
    } <= stats.keys()
    assert (stats["current_streak"], stats["practice_days"], stats["total_minutes"]) == (2, 2, 8.0)
    assert stats["by_exercise"] == [
        {
            "exercise_id": "box",
            "sessions": 2,
            "completed_sessions": 2,
            "minutes": 8.0,
            "rated_sessions": 1,
            "mean_distress_drop": 4.0,
        }
    ]


def test_stats_text_shows_a_fresh_start_not_a_failure(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1, started_at=at(TODAY - timedelta(days=5), 9)))
    assert run(data, "stats", "--today", TODAY.isoformat()) == 0
    out = capsys.readouterr().out
    assert "Current streak: 0 days. Today is a fresh start." in out
    assert "Longest streak: 1 day\n" in out
    assert "Box breathing  1 session  4 min  not rated yet" in out


def test_stats_use_the_settings_and_report_impossible_ones(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1, started_at=at(TODAY, 5, 30)))
    with Store.open(data / "calmkit.db") as store:
        store.set_setting("day_start_hour", 6)  # 05:30 now belongs to the day before
        store.set_setting("grace_days", 9)
        store.set_setting("goal_minutes_per_day", 10)
    assert run(data, "stats", "--today", TODAY.isoformat()) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "calmkit: The saved setting grace_days is 9, which is not a whole number of days from "
        "0 to 3; using the default, 1.\n"
    )
    assert "Current streak: 1 day\n" in captured.out
    assert "Today: 0 of 10 minutes" in captured.out


def test_history_lists_newest_first(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(data, make_record(1, note="first"), make_record(2, distress_before=7, distress_after=3))
    assert run(data, "history") == 0
    assert capsys.readouterr().out.splitlines() == [
        "2026-03-03 07:30 +0200  Box breathing  4.0 min  completed  distress 7 -> 3",
        "2026-03-02 07:30 +0200  Box breathing  4.0 min  completed  'first'",
    ]
    assert run(data, "history", "--json", "--limit", "1") == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only == session_to_dict(make_record(2, distress_before=7, distress_after=3))


def test_history_and_stats_name_own_patterns_even_deleted_ones(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from calmkit.core.exercises import SessionLength
    from calmkit.core.exercises.breathing import BreathingPattern
    from calmkit.core.exercises.breathing.custom import add_custom_pattern, delete_custom_pattern

    with Store.open(data / "calmkit.db") as store:
        kept = add_custom_pattern(
            store, "Slow evening", BreathingPattern(inhale=4, exhale=8), SessionLength(minutes=5)
        )
        gone = add_custom_pattern(
            store, "Lunch pause", BreathingPattern(inhale=4, exhale=6), SessionLength(minutes=5)
        )
        delete_custom_pattern(store, gone.id)
    fill(
        data,
        make_record(1, exercise_id=kept.id),
        make_record(2, exercise_id=gone.id),
        make_record(3, exercise_id="custom-evening-wind-down"),  # from another computer
    )
    assert run(data, "history") == 0
    names = [line.split("  ")[1] for line in capsys.readouterr().out.splitlines()]
    assert names == ["Evening wind down", "Lunch pause", "Slow evening"]
    assert run(data, "stats", "--today", TODAY.isoformat()) == 0
    out = capsys.readouterr().out
    for name in names:
        assert re.search(rf"^  {name} +1 session", out, re.MULTILINE), name
    assert "custom-" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["history", "--limit", "0"], "the number must be at least 1"),
        (["stats", "--today", "soon"], "'soon' is not a date like 2026-01-05"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_bad_arguments_are_usage_errors(
    data: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(data, *args)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("command", ["stats", "history", "export", "import"])
def test_a_log_from_a_newer_calmkit_is_refused_with_its_message(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data.mkdir()
    with sqlite3.connect(data / "calmkit.db") as db:
        db.execute("PRAGMA user_version = 99")
    db.close()
    source = tmp_path / "in.csv"
    source.write_text(",".join(FIELDS) + "\n")
    args = [command, str(source)] if command == "import" else [command]
    assert run(data, *args) == 1
    assert "was written by a newer CalmKit (format 99" in capsys.readouterr().err


# --- delete all data ------------------------------------------------------------------------


def test_delete_all_data_with_yes_removes_and_lists(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data, make_record(1))
    (data / "keep.txt").write_text("mine")
    assert run(data, "delete-all-data", "--yes") == 0
    out = capsys.readouterr().out
    assert out.startswith("Removed 1 file:\n")
    assert str(data / "calmkit.db") in out
    assert [p.name for p in data.iterdir()] == ["keep.txt"]


def test_delete_all_data_from_a_script_without_yes_refuses(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data, make_record(1))
    monkeypatch.setattr(sys, "stdin", io.StringIO("delete\n"))  # piped, not typed
    assert run(data, "delete-all-data") == 1
    assert "add --yes. Nothing was removed." in capsys.readouterr().err
    assert (data / "calmkit.db").exists()


@pytest.mark.parametrize("typed", ["no\n", "Delete\n", "", "yes\n"])
def test_delete_all_data_aborts_unless_the_word_is_typed(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    fill(data, make_record(1))
    monkeypatch.setattr(sys, "stdin", Terminal(typed))
    assert run(data, "delete-all-data") == 1
    captured = capsys.readouterr()
    assert str(data / "calmkit.db") in captured.out  # it showed what would go
    assert captured.err == "calmkit: Nothing was removed.\n"
    assert (data / "calmkit.db").exists()


def test_delete_all_data_after_typing_the_word(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data, make_record(1))
    monkeypatch.setattr(sys, "stdin", Terminal("delete\n"))
    assert run(data, "delete-all-data") == 0
    assert "Type 'delete' to remove them for good: Removed 1 file:" in capsys.readouterr().out
    assert not (data / "calmkit.db").exists()


def test_delete_all_data_with_nothing_there(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data, "delete-all-data") == 0
    assert capsys.readouterr().out == f"There is no CalmKit data in {data}; nothing was removed.\n"


def test_export_delete_import_gives_the_same_history(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's "done when": export to CSV, delete all data, import it back."""
    fill(data, *(make_record(n, distress_before=n % 11, note=f"n{n}") for n in range(30)))
    assert run(data, "stats", "--json", "--today", "2026-04-01") == 0
    before_stats = capsys.readouterr().out
    assert run(data, "history", "--json") == 0
    before = capsys.readouterr().out
    backup = tmp_path / "backup.csv"
    assert run(data, "export", "-o", str(backup)) == 0
    assert run(data, "delete-all-data", "--yes") == 0
    assert run(data, "import", str(backup)) == 0
    capsys.readouterr()
    assert run(data, "history", "--json") == 0
    assert capsys.readouterr().out == before
    assert run(data, "stats", "--json", "--today", "2026-04-01") == 0
    assert capsys.readouterr().out == before_stats


def test_data_commands_do_not_load_qt(data: Path) -> None:
    code = (
        "import sys; from calmkit.cli import main; "
        f"main(['stats', '--data-dir', {str(data)!r}]); "
        f"main(['export', '--data-dir', {str(data)!r}]); "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph', 'numpy')) for m in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_an_exported_file_gets_the_permissions_of_a_plain_save(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from calmkit.cli import main

    target = tmp_path / "history.csv"
    assert main(["export", "--format", "csv", "-o", str(target)]) == 0
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask, "not private like a temp file"


def test_muscle_relaxation_sessions_count_like_any_other(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pmr = make_record(
        3, exercise_id="pmr-16", exercise_kind="pmr", distress_before=6, distress_after=3
    )
    fill(data, make_record(1), make_record(2), pmr)
    assert run(data, "history", "--limit", "1") == 0
    assert "  Sixteen muscle groups  4.0 min" in capsys.readouterr().out
    assert run(data, "stats", "--json", "--today", "2026-03-04") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["current_streak"] == 3
    by_exercise = {e["exercise_id"]: e for e in stats["by_exercise"]}
    assert by_exercise["pmr-16"]["sessions"] == 1
    assert by_exercise["pmr-16"]["mean_distress_drop"] == 3
    assert run(data, "export", "--format", "json") == 0
    exported = json.loads(capsys.readouterr().out)
    rows = exported["sessions"] if isinstance(exported, dict) else exported
    assert {(r["exercise_id"], r["exercise_kind"]) for r in rows} >= {("pmr-16", "pmr")}


def test_history_saves_an_interrupted_session_first_and_marks_it_recovered(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    interrupted = make_record(1, completed=False, actual_seconds=95.0)
    with Store.open(data / "calmkit.db") as store:
        store.save_checkpoint(interrupted, now=interrupted.ended_at)
        with store.transaction() as db:  # left by a CalmKit that was killed
            db.execute("UPDATE session_checkpoints SET process_id = 2147483600")
    assert run(data, "history") == 0
    out, err = capsys.readouterr()
    assert "stopped early: recovered after CalmKit closed unexpectedly" in out
    assert "saved 1 session that CalmKit was running when it closed unexpectedly" in err
    assert run(data, "history", "--json") == 0
    (shown,) = json.loads(capsys.readouterr().out)
    assert shown["recovered"] is True and shown["actual_seconds"] == 95
