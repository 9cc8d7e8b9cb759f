"""Backups: daily with 7 daily and 4 weekly kept, checked copies, a restore that first backs up
what it replaces, and a damaged backup refused."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from calmkit.core.store import (
    StorageError,
    Store,
    find_backup,
    list_backups,
    newest_good_backup,
    put_backup_in_place,
)
from calmkit.core.store.backups import prune
from tests.core.factories import make_record

MONDAY = datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "calmkit.db"


def test_a_backup_holds_the_log_as_it_was_and_lists_its_sessions(path: Path) -> None:
    with Store.open(path) as store:
        store.add_sessions([make_record(1), make_record(2)])
        store.set_setting("day_start_hour", 5)
        taken = store.backup("manual", MONDAY)
        store.add_session(make_record(3))
    assert taken.id == "20261130-090000-manual"
    (listed,) = list_backups(path)
    assert (listed.id, listed.sessions, listed.reason_words) == (taken.id, 2, "Made by you")
    with sqlite3.connect(listed.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "a file of its own"
        assert db.execute("SELECT value FROM settings").fetchone()[0] == "5"
    db.close()
    assert find_backup(path, taken.id) == listed
    assert find_backup(path, f"calmkit-{taken.id}.db") == listed
    assert find_backup(path, "20990101-000000-manual") is None


def test_the_daily_backup_is_taken_once_a_day(path: Path) -> None:
    with Store.open(path) as store:
        first = store.backup_if_due(MONDAY)
        assert first is not None and first.reason == "daily"
        assert store.backup_if_due(MONDAY + timedelta(hours=5)) is None
        assert store.backup_if_due(MONDAY + timedelta(days=1)) is not None
    assert [b.taken_at.day for b in list_backups(path)] == [1, 30]


def test_seven_daily_and_four_weekly_backups_are_kept(path: Path) -> None:
    with Store.open(path) as store:
        for day in range(40):  # six weeks of daily use, newest last
            store.backup_if_due(MONDAY - timedelta(days=39 - day))
        store.backup("before-update", MONDAY - timedelta(days=90))
    kept = [b.taken_at.date() for b in list_backups(path) if b.reason == "daily"]
    newest_seven = [(MONDAY - timedelta(days=n)).date() for n in range(7)]
    assert kept[:7] == newest_seven
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) == 4, "the last four weeks each keep one"
    assert len(kept) == 7 + 2  # this week and the last share days with the seven
    assert any(b.reason == "before-update" for b in list_backups(path)), "others are kept"
    assert prune(path) == [], "pruning twice removes nothing more"


def test_a_restore_brings_the_old_history_back_and_backs_up_what_it_replaced(
    path: Path,
) -> None:
    with Store.open(path) as store:
        store.add_session(make_record(1))
        old = store.backup("manual", MONDAY)
        store.add_sessions([make_record(2), make_record(3)])
        before = store.restore(old, MONDAY + timedelta(minutes=1))
        assert [s.id for s in store.sessions()] == [make_record(1).id]
        assert store.count_sessions() == 1
        store.add_session(make_record(4))  # the restored log is a working log
    assert before.reason == "before-restore"
    assert find_backup(path, before.id).sessions == 3  # type: ignore[union-attr]
    with Store.open(path) as store:
        assert store.count_sessions() == 2


def test_a_damaged_backup_is_listed_as_unreadable_and_refused(path: Path) -> None:
    with Store.open(path) as store:
        store.add_sessions([make_record(n, note=f"note {n}") for n in range(50)])
        bad = store.backup("manual", MONDAY)
        good = store.backup("manual", MONDAY - timedelta(days=1))
        data = bytearray(bad.path.read_bytes())
        at = data.index(b"note 25")
        data[at - 20 : at + 20] = b"\xff" * 40
        bad.path.write_bytes(bytes(data))
        listed = find_backup(path, bad.id)
        assert listed is not None and not listed.readable
        with pytest.raises(StorageError, match="is damaged"):
            store.restore(listed)
        assert store.count_sessions() == 50
    assert newest_good_backup(path) == find_backup(path, good.id)


def test_a_backup_is_put_in_place_of_a_log_that_was_moved_aside(path: Path) -> None:
    with Store.open(path) as store:
        store.add_session(make_record(1))
        backup = store.backup("daily", MONDAY)
    path.rename(path.with_name("aside.db"))
    put_backup_in_place(path, backup)
    with Store.open(path) as store:
        assert store.count_sessions() == 1
    assert backup.path.exists(), "copied, not moved: it is still a backup"
    with pytest.raises(StorageError, match="still a practice log"):
        put_backup_in_place(path, backup)


def test_a_backup_that_cannot_be_written_leaves_nothing_half_done(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(path) as store:
        store.add_session(make_record(1))

        # The error as SQLite reports it, with its result code.
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL

        class FullConnection:
            def backup(self, *_: object, **__: object) -> None:
                raise error

        from calmkit.core.store.backups import write_backup

        with pytest.raises(StorageError, match="The disk is full") as failed:
            write_backup(FullConnection(), path, "manual", MONDAY)  # type: ignore[arg-type]
        assert failed.value.problem == "full"
    assert list((path.parent / "backups").iterdir()) == []
