from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from calmkit.core.erasure import data_files, delete_all_data
from calmkit.core.records import DayTotals
from calmkit.core.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    UnknownSessionError,
    backup_paths,
    delete_store_files,
    store_files,
)
from calmkit.paths import resolve_paths
from tests.core.factories import at, make_record

# --- migration 2: running totals ------------------------------------------------------------


def make_v1_store(path: Path) -> None:
    """A practice log as CalmKit with schema version 1 left it, with three sessions."""
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        rows = [
            (
                "a",
                "box",
                "breathing",
                "2026-01-05T01:30:00+02:00",
                "2026-01-05T01:34:00+02:00",
                240.0,
                240.0,
                1,
                7,
                3,
                "",
            ),
            (
                "b",
                "box",
                "breathing",
                "2026-01-05T09:00:00+02:00",
                "2026-01-05T09:00:30+02:00",
                240.0,
                30.0,
                0,
                None,
                None,
                "",
            ),
            (
                "c",
                "relaxed",
                "breathing",
                "2026-01-06T20:00:00-05:00",
                "2026-01-06T20:04:00-05:00",
                240.0,
                240.0,
                1,
                4,
                None,
                "ok",
            ),
        ]
        db.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.close()


def test_a_version_1_log_gains_running_totals_of_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    make_v1_store(path)
    with Store.open(path, now=datetime(2026, 5, 1, 12, 0)) as store:
        assert store.schema_version == SCHEMA_VERSION  # through 2 (totals) to the newest
        assert store.day_totals(4) == [
            DayTotals(date(2026, 1, 4), 1, 1, 1, 240_000, 1, 7, 3),
            DayTotals(date(2026, 1, 5), 1, 0, 0, 30_000, 0, 0, 0),
            DayTotals(date(2026, 1, 6), 1, 1, 1, 240_000, 0, 0, 0),
        ]
        box, relaxed = store.exercise_totals()
    assert (box.exercise_id, box.sessions, box.rated, box.drop_sum) == ("box", 2, 1, 4)
    assert (relaxed.exercise_id, relaxed.rated, relaxed.mean_distress_drop) == ("relaxed", 0, None)
    (backup,) = backup_paths(path)
    assert backup.name == "calmkit-20260501-120000-before-update.db"


def test_running_totals_match_a_live_count_after_migrating(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    make_v1_store(path)
    with Store.open(path) as store:
        kept = store.day_totals(4)
        store.rebuild_day_totals(5)
        store.rebuild_day_totals(4)  # recomputed from the sessions
        assert store.day_totals(4) == kept


def test_the_day_start_hour_must_be_an_hour(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        with pytest.raises(ValueError, match="from 0 to 23"):
            store.day_totals(24)
        with pytest.raises(TypeError):
            store.rebuild_day_totals(True)


# --- sessions: many at once, delete and undo, notes, ratings --------------------------------


def test_add_sessions_is_all_or_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(2))
        with pytest.raises(sqlite3.IntegrityError):
            store.add_sessions([make_record(1), make_record(2), make_record(3)])
        assert [s.id for s in store.sessions()] == [make_record(2).id]
        assert store.day_totals(4) == [DayTotals(date(2026, 3, 3), 1, 1, 1, 240_000, 0, 0, 0)]


def test_a_session_without_utc_offset_is_refused(tmp_path: Path) -> None:
    naive = make_record(1, started_at=datetime(2026, 3, 1, 7, 30))
    with Store.open(tmp_path / "calmkit.db") as store:
        with pytest.raises(ValueError, match="must carry their UTC offset"):
            store.add_session(naive)
        assert store.count_sessions() == 0


def test_delete_returns_the_session_and_restore_undoes_it(tmp_path: Path) -> None:
    original = make_record(1, distress_before=6, distress_after=2, note="windy")
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions([original, make_record(2)])
        before = (store.day_totals(4), store.exercise_totals())
        removed = store.delete_session(original.id)
        assert removed == original
        assert store.session(original.id) is None
        assert store.count_sessions() == 1
        store.restore_session(removed)
        store.restore_session(removed)  # a second undo is harmless
        assert store.session(original.id) == original
        assert (store.day_totals(4), store.exercise_totals()) == before


def test_deleting_an_unknown_session_says_so(tmp_path: Path) -> None:
    with (
        Store.open(tmp_path / "calmkit.db") as store,
        pytest.raises(UnknownSessionError, match="no session with id nope"),
    ):
        store.delete_session("nope")


def test_restore_never_overwrites_a_different_session(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(1, note="kept"))
        with pytest.raises(ValueError, match="another session with id"):
            store.restore_session(make_record(1, note="other"))
        stored = store.session(make_record(1).id)
        assert stored is not None and stored.note == "kept"


def test_update_note(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(1))
        updated = store.update_note(make_record(1).id, "calmer after the second minute")
        assert updated.note == "calmer after the second minute"
        assert store.session(updated.id) == updated
        with pytest.raises(UnknownSessionError):
            store.update_note("missing", "x")


def test_set_ratings_updates_the_session_and_the_totals(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(1))
        updated = store.set_ratings(make_record(1).id, before=8, after=3)
        assert (updated.distress_before, updated.distress_after) == (8, 3)
        (exercise,) = store.exercise_totals()
        assert (exercise.rated, exercise.mean_distress_drop) == (1, 5.0)
        store.set_ratings(updated.id, before=8, after=None)
        (exercise,) = store.exercise_totals()
        assert (exercise.rated, exercise.mean_distress_drop) == (0, None)


@pytest.mark.parametrize("bad", [11, -1, 5.5, True, "7"])
def test_ratings_must_be_0_to_10(tmp_path: Path, bad: object) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(1))
        with pytest.raises(ValueError, match="distress before must be a whole number from 0 to 10"):
            store.set_ratings(make_record(1).id, before=bad, after=None)  # type: ignore[arg-type]
        assert store.session(make_record(1).id) == make_record(1)


def test_merge_adds_new_counts_identical_and_never_overwrites(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions([make_record(1), make_record(2, note="mine")])
        result = store.merge_sessions(
            [make_record(1), make_record(2, note="theirs"), make_record(3)]
        )
        assert result.added == (make_record(3).id,)
        assert result.already_present == (make_record(1).id,)
        assert result.conflicts == (make_record(2, note="mine"),)
        assert store.count_sessions() == 3
        dry = store.merge_sessions([make_record(4)], dry_run=True)
        assert dry.added == (make_record(4).id,)
        assert store.count_sessions() == 3


def test_iter_sessions_streams_oldest_first(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_sessions([make_record(3), make_record(1), make_record(2)])
        assert [s.id for s in store.iter_sessions()] == [make_record(n).id for n in (1, 2, 3)]
        newest = [s.id for s in store.iter_sessions(newest_first=True)]
        assert newest == [make_record(n).id for n in (3, 2, 1)]


def test_a_failed_transaction_is_undone_even_when_sqlite_already_rolled_back(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        # ROLLBACK inside the block leaves no transaction to roll back: the original error
        # must come through, not "cannot rollback - no transaction is active".
        with pytest.raises(ZeroDivisionError), store.transaction() as db:
            db.execute("ROLLBACK")
            1 / 0  # noqa: B018
        store.add_session(make_record(1))
        assert store.count_sessions() == 1


# --- deleting all data ----------------------------------------------------------------------


def populate(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    paths.data_dir.mkdir(parents=True)
    make_v1_store(paths.database)
    with Store.open(paths.database) as store:  # migrates, leaving a backup of version 1
        store.add_session(make_record(9))
    paths.log_dir.mkdir()
    (paths.log_dir / "calmkit.log").write_text("started\n")
    (paths.log_dir / "calmkit.log.1").write_text("older\n")


def test_delete_all_data_removes_the_log_its_backups_and_logs_but_nothing_else(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    populate(data_dir)
    paths = resolve_paths(data_dir)
    unrelated = data_dir / "my-notes.txt"
    unrelated.write_text("not CalmKit's")
    (paths.log_dir / "other.log").write_text("not ours")
    store = Store.open(paths.database)
    store.add_session(make_record(10))  # an open store with a WAL
    wal = paths.database.with_name("calmkit.db-wal")
    assert wal.exists()

    (backup,) = backup_paths(paths.database)
    expected = data_files(paths)
    assert set(expected) == {
        wal,
        paths.database.with_name("calmkit.db-shm"),
        paths.database,
        backup,
        paths.log_dir / "calmkit.log",
        paths.log_dir / "calmkit.log.1",
    }

    removed = delete_all_data(paths, store)

    # Closing the store checkpoints its WAL, so SQLite itself may remove -wal and -shm first.
    assert set(removed) >= set(expected) - {wal, paths.database.with_name("calmkit.db-shm")}
    assert not any(p.exists() for p in expected)
    assert sorted(p.name for p in data_dir.iterdir()) == ["logs", "my-notes.txt"]
    assert [p.name for p in paths.log_dir.iterdir()] == ["other.log"]
    assert data_files(paths) == []


def test_delete_all_data_removes_the_wal_before_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "calmkit.db"
    for name in ("calmkit.db", "calmkit.db-wal", "calmkit.db-shm", "calmkit.db.v1-x.bak"):
        (folder / name).write_bytes(b"")
    names = [p.name for p in store_files(path)]
    assert names == ["calmkit.db-wal", "calmkit.db-shm", "calmkit.db", "calmkit.db.v1-x.bak"]
    assert [p.name for p in delete_store_files(path)] == names
    assert list(folder.iterdir()) == []


def test_deleting_when_there_is_nothing_removes_nothing(tmp_path: Path) -> None:
    assert delete_all_data(resolve_paths(tmp_path / "never-used")) == []


def test_a_file_that_cannot_be_removed_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calmkit.db"
    for name in ("calmkit.db", "calmkit.db-wal", "calmkit.db-shm"):
        (tmp_path / name).write_bytes(b"")
    unlink = Path.unlink

    def refuse_the_shm(self: Path, missing_ok: bool = False) -> None:
        if self.name == "calmkit.db-shm":
            raise PermissionError(13, "Permission denied")
        unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_the_shm)
    with pytest.raises(
        StoreError,
        match=r"Could not remove .*calmkit.db-shm \(Permission denied\)"
        r"\. Removed so far: .*calmkit.db-wal\.",
    ):
        delete_store_files(path)
    assert path.exists()  # stopped before the database: it is never left behind half-deleted


def test_practice_day_examples_at_the_store_level(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(1, started_at=at(date(2026, 1, 5), 1, 30)))
        assert store.practice_days(4) == [date(2026, 1, 4)]
        assert store.practice_days(0) == [date(2026, 1, 5)]


def test_a_failed_commit_is_rolled_back_and_the_store_stays_usable(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        db = store._db
        # A deferred foreign key makes COMMIT itself fail while leaving the transaction open,
        # as a full disk at commit time can.
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
        db.execute(
            "CREATE TEMP TABLE child (parent INTEGER "
            "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
        )
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as tx:
            tx.execute(
                "INSERT INTO sessions (id, exercise_id, exercise_kind, started_at, "
                "ended_at, planned_seconds, actual_seconds, completed) "
                "VALUES ('x', 'box', 'breathing', '2026-01-01T09:00:00+00:00', "
                "'2026-01-01T09:04:00+00:00', 240, 240, 1)"
            )
            tx.execute("INSERT INTO child VALUES (1)")
        assert not db.in_transaction
        assert store.session("x") is None  # the insert before the failure was undone
        store.add_session(make_record(1))
        assert store.count_sessions() == 1


def test_a_note_cannot_hold_nul_which_no_csv_could_carry(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.add_session(make_record(1))
        with pytest.raises(ValueError, match="NUL"):
            store.update_note(make_record(1).id, "a\x00b")
        with pytest.raises(ValueError, match="NUL"):
            store.add_session(make_record(2, note="\x00"))
