from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmkit.core.records import SessionRecord
from calmkit.core.store import SCHEMA_VERSION, Store, StoreError, backup_paths

PLUS_TWO = timezone(timedelta(hours=2))


def record(n: int = 0, **changes: object) -> SessionRecord:
    start = datetime(2026, 3, 1, 7, 30, tzinfo=PLUS_TWO) + timedelta(days=n)
    fields: dict[str, object] = dict(
        id=f"00000000-0000-4000-8000-{n:012d}",
        exercise_id="box",
        exercise_kind="breathing",
        started_at=start,
        ended_at=start + timedelta(minutes=4),
        planned_seconds=240.0,
        actual_seconds=240.0,
        completed=True,
    )
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


def test_a_session_survives_closing_and_reopening_with_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        store.add_session(record(1, completed=False, actual_seconds=61.5))
    with Store.open(path) as store:
        (loaded,) = store.sessions()
    assert loaded == record(1, completed=False, actual_seconds=61.5)
    assert loaded.started_at.utcoffset() == timedelta(hours=2)


def test_the_store_uses_wal_and_full_sync(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        db = store._db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.schema_version == SCHEMA_VERSION


def test_sessions_come_newest_first_and_page(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        for n in range(5):
            store.add_session(record(n))
        assert [r.id[-1] for r in store.sessions()] == list("43210")
        assert [r.id[-1] for r in store.sessions(limit=2, offset=2)] == list("21")
        assert store.count_sessions() == 5


def test_settings_round_trip_as_plain_data(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        assert store.setting("pacer", "circle") == "circle"
        store.set_setting("pacer", {"mode": "bar"})
        store.set_setting("pacer", {"mode": "bar", "x": 1})
        assert store.setting("pacer") == {"mode": "bar", "x": 1}


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '2')")
        assert store.setting("a") is None


def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE sessions (id TEXT)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer CalmKit") as caught:
        Store.open(path)
    assert "left as it is" in str(caught.value)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is my diary, not a database" * 10, "not a CalmKit practice log"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "damaged"),
    ],
)
def test_a_file_that_is_not_a_usable_database_is_refused_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "calmkit.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store.open(path)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a CalmKit practice log"):
        Store.open(path)
    assert path.read_bytes() == before


def test_an_unreadable_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    path.mkdir()  # a folder where the file should be: reading it fails on any user
    with pytest.raises(StoreError, match="Cannot read the practice log"):
        Store.open(path)


def test_migrating_an_older_schema_keeps_a_copy_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import calmkit.core.store.schema as store_module

    path = tmp_path / "calmkit.db"
    extra = ("CREATE TABLE extra (x INTEGER)",)
    with Store.open(path) as store:
        store.add_session(record(1))
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, extra))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(path, now=datetime(2026, 5, 1, 12, 0)) as store:
        assert store.schema_version == SCHEMA_VERSION + 1
        assert store.count_sessions() == 1
    (backup,) = backup_paths(path)
    assert backup.name == "calmkit-20260501-120000-before-update.db"
    with sqlite3.connect(backup) as db:
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_empty_file_left_by_a_crash_is_started_afresh(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    path.touch()
    with Store.open(path) as store:
        assert store.count_sessions() == 0
