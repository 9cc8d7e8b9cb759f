"""Opening a damaged, foreign, newer or unreadable file changes nothing on disk; each refusal
says which it is; a file damaged while open is never written to; one writer at a time;
the folder and files are private."""

from __future__ import annotations

import fcntl
import os
import random
import sqlite3
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from calmkit.core.store import SCHEMA_VERSION, StorageError, Store, move_aside
from calmkit.core.store.lock import LOCK_NAME, WriterLock
from tests.core.factories import make_record

NOW = datetime(2026, 12, 2, 3, 10)


def healthy_log(path: Path, sessions: int = 300) -> None:
    with Store.open(path) as store:
        store.add_sessions([make_record(i, note=f"note {i} " * 4) for i in range(sessions)])


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def damage(path: Path, at: float | bytes, seed: int = 0) -> None:
    """64 random bytes over the file at the fraction `at` of its length, or over the row
    that holds the bytes `at`."""
    data = bytearray(path.read_bytes())
    offset = int(len(data) * at) if isinstance(at, float) else data.index(at) - 16
    data[offset : offset + 64] = random.Random(seed).randbytes(64)
    path.write_bytes(bytes(data))


def foreign(path: Path, version: int) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO photos (name) VALUES ('beach')")
        db.execute(f"PRAGMA user_version = {version}")
    db.close()


def newer(path: Path) -> None:
    healthy_log(path, sessions=2)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.execute("PRAGMA journal_mode=DELETE")
    db.close()


def damaged(at: float | bytes, seed: int = 0) -> object:
    def make(path: Path) -> None:
        healthy_log(path)
        damage(path, at, seed)

    return make


def truncated(path: Path) -> None:
    healthy_log(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def text_file(path: Path) -> None:
    path.write_bytes(b"my diary, not a database\n" * 40)


@pytest.mark.parametrize(
    ("make", "problem", "words"),
    [
        (damaged(b"note 100 "), "corrupt", "is damaged"),
        (damaged(b"note 7 ", seed=3), "corrupt", "is damaged"),
        (damaged(0.6, seed=1), "corrupt", "is damaged"),  # within the sessions table
        (truncated, "corrupt", "is damaged"),
        (lambda p: foreign(p, 1), "not-ours", "is not a CalmKit practice log"),
        (lambda p: foreign(p, 3), "not-ours", "is not a CalmKit practice log"),
        (text_file, "not-ours", "is not a CalmKit practice log"),
        (newer, "newer", "was written by a newer CalmKit"),
    ],
    ids=[
        "a-row",
        "another-row",
        "middle",
        "truncated",
        "foreign-v1",
        "foreign-v3",
        "text",
        "newer",
    ],
)
def test_a_refused_file_keeps_every_byte_and_gets_no_companions(
    tmp_path: Path, make: object, problem: str, words: str
) -> None:
    path = tmp_path / "calmkit.db"
    make(path)  # type: ignore[operator]
    before = path.read_bytes()
    beside = files_beside(path)

    for read_only in (False, True):
        with pytest.raises(StorageError) as refused:
            Store.open(path, read_only=read_only)
        assert refused.value.problem == problem
        assert words in str(refused.value)
        assert "left as it is" in str(refused.value)

    assert path.read_bytes() == before
    assert not (tmp_path / "calmkit.db-wal").exists()
    assert not (tmp_path / "calmkit.db-shm").exists()
    assert not (tmp_path / "backups").exists(), "no backup of a refused file"
    assert files_beside(path) - beside <= {LOCK_NAME}


def test_an_unreadable_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "calmkit.db"
    healthy_log(path)
    real_open = Path.open

    def not_allowed(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", not_allowed)
    with pytest.raises(StorageError, match="not allowed to read") as refused:
        Store.open(path)
    assert refused.value.problem == "unreadable"


def test_a_damaged_file_moved_aside_keeps_its_bytes_and_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    healthy_log(path)
    damage(path, 0.5)
    wal = tmp_path / "calmkit.db-wal"
    wal.write_bytes(b"w" * 10)
    before = path.read_bytes()
    aside = move_aside(path, "damaged", NOW)
    assert aside.name == "calmkit.db.damaged-20261202-0310"
    assert aside.read_bytes() == before
    assert (tmp_path / "calmkit.db.damaged-20261202-0310-wal").read_bytes() == b"w" * 10
    assert not path.exists() and not wal.exists()
    path.write_bytes(b"again")
    assert move_aside(path, "damaged", NOW).name == "calmkit.db.damaged-20261202-0310-2"


def test_damage_found_while_open_stops_every_later_write(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    healthy_log(path)
    with Store.open(path) as store:
        damage(path, 0.6)  # within the sessions table
        with pytest.raises(StorageError) as failed, store.snapshot() as db:  # meets the damage
            db.execute("SELECT * FROM sessions ORDER BY id").fetchall()
            db.execute("SELECT note FROM sessions ORDER BY started_at").fetchall()
        assert failed.value.problem == "corrupt"
        before = path.read_bytes()
        with pytest.raises(StorageError, match="CalmKit wrote nothing more to it"):
            store.add_session(make_record(5000))
        assert path.read_bytes() == before


def test_after_a_passing_error_the_check_runs_once_and_writing_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        store._check_before_writing = True  # as after a full disk that has been cleared
        store.add_session(make_record(1))
        assert store._check_before_writing is False
        assert store.count_sessions() == 1


def test_a_read_only_store_reads_and_refuses_to_write_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    healthy_log(path, sessions=3)
    with Store.open(path, read_only=True) as store:
        assert store.count_sessions() == 3
        with pytest.raises(StorageError) as refused:
            store.add_session(make_record(99))
    assert refused.value.problem == "read-only"
    assert "cannot be written" in str(refused.value)


def test_a_read_only_folder_still_opens_for_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calmkit.db"
    healthy_log(path, sessions=2)
    import calmkit.core.store.lock as lock_module

    def read_only_folder(_: Path) -> int:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(lock_module, "open_lock_file", read_only_folder)
    with pytest.raises(StorageError, match="read-only") as refused:
        Store.open(path)
    assert refused.value.problem == "read-only"
    with Store.open(path, read_only=True) as store:
        assert store.count_sessions() == 2


def test_a_second_writer_waits_then_refuses_clearly_and_readers_go_on(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    healthy_log(path, sessions=1)
    other_process = os.open(tmp_path / LOCK_NAME, os.O_RDWR)

    fcntl.flock(other_process, fcntl.LOCK_EX)  # a separate open file: another CalmKit
    try:
        waited: list[float] = []
        clock = iter(range(100))
        with pytest.raises(StorageError) as refused:
            WriterLock.acquire(path, wait=3, monotonic=lambda: next(clock), pause=waited.append)
        assert refused.value.problem == "in-use"
        assert "CalmKit is open in another window; close it or try again." in str(refused.value)
        assert waited == [0.1, 0.1], "it waited before refusing"
        with Store.open(path, read_only=True) as reader:
            assert reader.count_sessions() == 1
    finally:
        os.close(other_process)
    with Store.open(path, lock_wait=0) as store:  # the other one has gone: no stale lock
        assert store.count_sessions() == 1


def test_one_process_may_open_its_own_log_twice(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as first, Store.open(path, lock_wait=0) as worker:
        worker.add_session(make_record(1))
        assert first.count_sessions() == 1


def test_the_folder_the_log_and_its_wal_are_private(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    path = data / "calmkit.db"
    with Store.open(path) as store:
        store.add_session(make_record(1))
        backup = store.backup("manual", NOW)
        modes = {
            p.name: stat.S_IMODE(p.stat().st_mode)
            for p in (path, data / "calmkit.db-wal", data / "calmkit.db-shm", backup.path)
        }
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700
    assert set(modes.values()) == {0o600}, modes


def test_a_folder_that_exists_keeps_its_mode(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    Store.open(tmp_path / "calmkit.db").close()
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
