"""The environment's failures (full disk, read-only, locked, damaged) reach callers as one
StorageError worded for a person, with nothing lost; our own mistakes stay sqlite3 errors."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmkit.core.store import StorageError, Store, StoreError
from tests.core.factories import make_record


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        opened.add_session(make_record(1))
        opened.set_setting("day_start_hour", 4)
        yield opened


def test_a_full_disk_is_said_plainly_and_the_log_keeps_what_it_had(store: Store) -> None:
    # The file may not grow by a single page: what a full disk does to SQLite.
    (pages,) = store._db.execute("PRAGMA page_count").fetchone()
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as caught:
        store.add_sessions(make_record(n) for n in range(2, 400))
    assert caught.value.problem == "full"
    assert str(caught.value) == (
        "The disk is full. What was saved before is safe. Free some space, then try again."
    )
    assert [s.id for s in store.sessions()] == [make_record(1).id]
    assert store.day_totals(4)[0].sessions == 1
    store._db.execute("PRAGMA max_page_count = 1073741823")  # space again: it just works
    store.add_session(make_record(2))
    assert store.count_sessions() == 2


def test_a_read_only_log_is_said_plainly(tmp_path: Path, store: Store) -> None:
    # Root ignores file permissions, so open the file read-only the way a read-only folder
    # or disk would leave it.
    uri = f"{store.path.resolve().as_uri()}?mode=ro"
    with Store(sqlite3.connect(uri, uri=True, isolation_level=None), store.path) as read_only:
        assert read_only.count_sessions() == 1, "reading still works"
        with pytest.raises(StorageError) as caught:
            read_only.update_note(make_record(1).id, "a new note")
    assert caught.value.problem == "read-only"
    message = str(caught.value)
    assert message.startswith(
        f"The practice log cannot be written: the file or its folder ({tmp_path}) is read-only."
    )
    assert "What was saved before is safe." in message
    assert "--data-dir" in message
    assert store.session(make_record(1).id) == make_record(1)


def test_a_log_locked_by_another_program_is_said_plainly(store: Store) -> None:
    store._db.execute("PRAGMA busy_timeout = 0")  # give up at once instead of after 5 s
    with contextlib.closing(sqlite3.connect(store.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError) as caught:
            store.set_setting("day_start_hour", 5)
        assert store.setting("day_start_hour") == 4, "reading goes on while it is locked"
        other.execute("ROLLBACK")
    assert caught.value.problem == "busy"
    assert str(caught.value) == (
        "The practice log is in use by another program (is CalmKit open twice?). What was "
        "saved before is safe. Close the other one, then try again."
    )
    store.set_setting("day_start_hour", 5)  # once the other lets go, it works
    assert store.setting("day_start_hour") == 5


def test_a_damaged_log_is_said_plainly_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        store.add_sessions(make_record(n) for n in range(300))  # a few pages of sessions
    data = bytearray(path.read_bytes())
    page = 4096
    # Every page but the first (whose header says what the file is) becomes noise.
    data[page:] = bytes((n * 37) % 251 for n in range(len(data) - page))
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.raises(StorageError, match="is damaged and cannot be used safely") as refused:
        Store.open(path)
    assert refused.value.problem == "corrupt"
    # Damage found later, by a log that was open already, reads the same way.
    with (
        pytest.raises(StorageError) as caught,
        Store(sqlite3.connect(path, isolation_level=None), path) as store,
    ):
        store.sessions()
    assert caught.value.problem == "corrupt"
    message = str(caught.value)
    assert message.startswith(f"The practice log at {path} is damaged.")
    assert "CalmKit wrote nothing more to it." in message and "backups" in message
    assert path.read_bytes() == damaged


def test_our_own_mistakes_stay_sqlite_errors(store: Store) -> None:
    # A constraint our checks should have caught, and bad SQL: bugs, never a "full disk".
    with pytest.raises(sqlite3.IntegrityError):
        store.add_session(make_record(1))
    with pytest.raises(sqlite3.OperationalError), store.transaction() as db:
        db.execute("SELECT nothing FROM nowhere")
    assert store.count_sessions() == 1


def test_the_old_name_is_the_same_error() -> None:
    assert StoreError is StorageError
