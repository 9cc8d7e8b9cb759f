"""The command line on damaged logs (clear words, no traceback, nothing written), in a
read-only folder, beside a running app (the writer's lock), and `calmkit backup`."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from calmkit.cli import main
from calmkit.core.store import Store, list_backups
from calmkit.core.store.lock import LOCK_NAME
from tests.core.factories import make_record
from tests.core.store.test_recovery import damage, foreign

COMMANDS = [
    ["history"],
    ["history", "--json"],
    ["stats"],
    ["export"],
    ["export", "--format", "json"],
    ["self-check", "--answers", "0,1,2,3,0,1,2"],
    ["backup", "create"],
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data: Path, *args: str) -> int:
    return main([*args, "--data-dir", str(data)])


def fill(data: Path, count: int = 200) -> Path:
    path = data / "calmkit.db"
    with Store.open(path) as store:
        store.add_sessions([make_record(n, note=f"note {n} " * 3) for n in range(count)])
    return path


@pytest.mark.parametrize("args", [*COMMANDS, ["import", "IMPORT"]], ids=" ".join)
def test_every_command_on_a_damaged_log_says_so_and_writes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    path = fill(data)
    with Store.open(path) as store:
        store.backup("manual")
    damage(path, b"note 100 ")
    export = tmp_path / "in.json"
    assert main(["export", "--format", "json", "-o", str(export), "--data-dir", str(tmp_path)]) == 0
    args = [str(export) if a == "IMPORT" else a for a in args]
    before = path.read_bytes()
    capsys.readouterr()

    assert run(data, *args) == 1

    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err
    assert "calmkit backup restore" in err, "it says how to get the history back"
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", [1, 3])
def test_a_foreign_database_is_named_as_such_and_kept(
    data: Path, capsys: pytest.CaptureFixture[str], version: int
) -> None:
    data.mkdir()
    path = data / "calmkit.db"
    foreign(path, version)
    before = path.read_bytes()
    assert run(data, "history") == 1
    assert run(data, "self-check", "--answers", "0,0,0,0,0,0,0") == 1
    err = capsys.readouterr().err
    assert err.count("is not a CalmKit practice log") == 2 and "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) in (["calmkit.db"], ["calmkit.db", LOCK_NAME])


def test_backup_list_create_and_restore(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = fill(data, 3)
    assert run(data, "backup", "create") == 0
    assert "Backed up 3 sessions as " in capsys.readouterr().out
    with Store.open(path) as store:
        store.add_session(make_record(50))
    (backup,) = list_backups(path)

    assert run(data, "backup", "list") == 0
    assert f"{backup.id}  {backup.taken_at:%Y-%m-%d %H:%M}  Made by you, 3 sessions" in (
        capsys.readouterr().out
    )

    assert run(data, "backup", "restore", backup.id) == 0
    out = capsys.readouterr().out
    assert "What the log held before was backed up first as " in out
    assert "(3 sessions)." in out
    with Store.open(path, read_only=True) as store:
        assert store.count_sessions() == 3
    assert sorted(b.sessions or 0 for b in list_backups(path)) == [3, 4]


def test_restore_sets_a_damaged_log_aside_and_brings_the_history_back(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill(data)
    with Store.open(path) as store:
        backup = store.backup("daily")
    damage(path, b"note 100 ")
    damaged = path.read_bytes()
    assert run(data, "backup", "restore", backup.id) == 0
    out = capsys.readouterr().out
    assert "The file that was there was damaged; it was set aside, unchanged, as " in out
    (aside,) = data.glob("calmkit.db.damaged-*[0-9]")
    assert aside.read_bytes() == damaged
    assert run(data, "history", "--limit", "1") == 0
    assert "note 199" in capsys.readouterr().out


def test_restore_refuses_an_unknown_id_and_changes_nothing(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill(data, 1)
    before = path.read_bytes()
    assert run(data, "backup", "restore", "19990101-000000-daily") == 1
    assert "there is no backup" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert run(data, "backup", "list") == 0
    assert "No backups yet" in capsys.readouterr().out


def test_a_writer_beside_the_open_app_refuses_and_readers_still_read(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import calmkit.core.store.lock as lock_module

    monkeypatch.setattr(lock_module, "DEFAULT_WAIT_SECONDS", 0)
    fill(data, 2)
    app = os.open(data / LOCK_NAME, os.O_RDWR)  # the app's own open file
    fcntl.flock(app, fcntl.LOCK_EX)
    try:
        assert run(data, "self-check", "--answers", "0,0,0,0,0,0,0") == 1
        assert "CalmKit is open in another window; close it or try again." in (
            capsys.readouterr().err
        )
        assert run(data, "history") == 0
        assert run(data, "backup", "create") == 0
    finally:
        os.close(app)


def test_reading_commands_work_in_a_read_only_folder(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import calmkit.core.store.lock as lock_module

    fill(data, 2)

    def read_only(_: Path) -> int:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(lock_module, "open_lock_file", read_only)
    assert run(data, "history") == 0
    assert run(data, "stats") == 0
    capsys.readouterr()
    assert run(data, "self-check", "--answers", "0,0,0,0,0,0,0") == 1
    assert "cannot be written" in capsys.readouterr().err


def test_delete_all_data_can_keep_one_backup_elsewhere_that_restores(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill(data, 4)
    with Store.open(path) as store:
        store.backup("daily")
    kept = tmp_path / "kept" / "calmkit-before-deleting.db"
    kept.parent.mkdir()
    assert run(data, "delete-all-data", "--yes", "--backup-to", str(kept)) == 0
    out = capsys.readouterr().out
    assert f"Kept a backup of your practice log in {kept}." in out
    assert not path.exists() and not (data / "backups").exists(), "everything else went"
    assert oct(kept.stat().st_mode & 0o777) == "0o600"

    assert run(data, "backup", "restore", str(kept)) == 0
    assert "(4 sessions)." in capsys.readouterr().out
    with Store.open(path, read_only=True) as store:
        assert store.count_sessions() == 4


def test_delete_all_data_waits_for_the_open_app(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import calmkit.core.store.lock as lock_module

    monkeypatch.setattr(lock_module, "DEFAULT_WAIT_SECONDS", 0)
    path = fill(data, 1)
    app = os.open(data / LOCK_NAME, os.O_RDWR)
    fcntl.flock(app, fcntl.LOCK_EX)
    try:
        assert run(data, "delete-all-data", "--yes") == 1
    finally:
        os.close(app)
    assert "CalmKit is open in another window" in capsys.readouterr().err
    assert path.exists()
