"""Saved patterns in the store, through the breathing rules that use it: migration 3, saving,
ordering, deleting, and bad rows."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import calmkit.core.exercises.breathing.custom as custom_module
import calmkit.core.store.sessions as sessions_module
from calmkit.core.exercises import SessionLength
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import (
    CustomPatternError,
    UnknownCustomPatternError,
    add_custom_pattern,
    delete_custom_pattern,
    read_saved_patterns,
    reorder_custom_patterns,
    restore_custom_pattern,
    saved_patterns,
    update_custom_pattern,
)
from calmkit.core.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, backup_paths
from tests.core.factories import make_record

PLUS_ONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 4, 2, 21, 15, tzinfo=PLUS_ONE)
CALM = BreathingPattern(inhale=4, hold=7, exhale=8)
EASY = BreathingPattern(inhale=4, exhale=6)
FIVE = SessionLength(minutes=5)


def make_v2_database(path: Path) -> None:
    """A practice log as CalmKit wrote it with schema version 2, holding one session."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("BEGIN")
        for statement in (*MIGRATIONS[0], *MIGRATIONS[1]):
            db.execute(statement)
        db.execute("PRAGMA user_version = 2")
        db.execute("INSERT INTO settings VALUES ('day_start_hour', '4')")
        # The eleven columns a session had in version 2 (later versions added more).
        row = sessions_module._row(make_record(1))[:11]
        db.execute(f"INSERT INTO sessions VALUES ({', '.join('?' * len(row))})", row)
        db.execute("COMMIT")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


def names(store: Store) -> list[str]:
    return [p.name for p in saved_patterns(store).active]


def test_migration_3_upgrades_a_v2_log_keeps_its_data_and_takes_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    make_v2_database(path)
    with Store.open(path, now=datetime(2026, 4, 1, 9, 0)) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [s.id for s in store.sessions()] == [make_record(1).id]
        assert store.setting("day_start_hour") == 4
        assert [t.exercise_id for t in store.exercise_totals()] == ["box"]
        assert saved_patterns(store).active == ()
        add_custom_pattern(store, "Calm", CALM, FIVE)
        assert names(store) == ["Calm"]
    (backup,) = backup_paths(path)
    assert backup.name == "calmkit-20260401-090000-before-update.db"
    with contextlib.closing(sqlite3.connect(backup)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1


def test_a_saved_pattern_comes_back_after_reopening_with_its_times(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        saved = add_custom_pattern(store, "  Calm  ", CALM, SessionLength(cycles=6), now=NOW)
    assert (saved.id, saved.name, saved.position) == ("custom-calm", "Calm", 0)
    with Store.open(path) as store:
        (loaded,) = saved_patterns(store).active
    assert loaded == saved
    assert loaded.pattern == CALM and loaded.default_length == SessionLength(cycles=6)
    assert loaded.created_at == NOW and loaded.updated_at == NOW
    assert loaded.created_at.utcoffset() == timedelta(hours=1)


def test_edit_keeps_the_id_and_renaming_never_changes_it(store: Store) -> None:
    saved = add_custom_pattern(store, "Calm", CALM, FIVE, now=NOW)
    later = NOW + timedelta(days=1)
    edited = update_custom_pattern(
        store, saved.id, "Evening", EASY, SessionLength(cycles=3), now=later
    )
    assert (edited.id, edited.name, edited.pattern) == ("custom-calm", "Evening", EASY)
    assert edited.created_at == NOW and edited.updated_at == later
    again = add_custom_pattern(store, "Calm", CALM, FIVE)
    assert again.id == "custom-calm-2", "the id of the renamed pattern is still taken"


def test_saving_refuses_bad_values_and_taken_names_and_writes_nothing(store: Store) -> None:
    add_custom_pattern(store, "Calm", CALM, FIVE)
    with pytest.raises(CustomPatternError) as caught:
        add_custom_pattern(store, "CALM", BreathingPattern(inhale=4, exhale=0.5), FIVE)
    assert [f for f, _ in caught.value.problems] == ["name", "exhale"]
    assert "Breathe out must be at least 1 s." in str(caught.value)
    other = add_custom_pattern(store, "Other", EASY, FIVE)
    with pytest.raises(CustomPatternError, match="already have a pattern called “Calm”"):
        update_custom_pattern(store, other.id, "calm", EASY, FIVE)
    update_custom_pattern(store, other.id, "OTHER", EASY, FIVE)  # its own name, new case: fine
    assert names(store) == ["Calm", "OTHER"]


def test_duplicates_sit_right_after_their_original(store: Store) -> None:
    a = add_custom_pattern(store, "A", CALM, FIVE)
    add_custom_pattern(store, "B", EASY, FIVE)
    copy = add_custom_pattern(store, "A (copy)", CALM, FIVE, after=a.id)
    assert copy.id == "custom-a-copy"
    assert names(store) == ["A", "A (copy)", "B"]
    with pytest.raises(UnknownCustomPatternError):
        add_custom_pattern(store, "C", CALM, FIVE, after="custom-nope")


def test_reorder_moves_patterns_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        ids = [add_custom_pattern(store, n, EASY, FIVE).id for n in ("A", "B", "C", "D")]
        reorder_custom_patterns(store, [ids[2], ids[1]])  # move C up one place
        assert names(store) == ["A", "C", "B", "D"]
        reorder_custom_patterns(store, [ids[3], ids[0], ids[2], ids[1]])
    with Store.open(path) as store:
        assert names(store) == ["D", "A", "C", "B"]
        with pytest.raises(ValueError, match="only once"):
            reorder_custom_patterns(store, [ids[0], ids[0]])
        with pytest.raises(UnknownCustomPatternError):
            reorder_custom_patterns(store, ["custom-nope"])


def test_delete_hides_the_pattern_keeps_its_name_and_undo_brings_it_back_in_place(
    store: Store,
) -> None:
    for name in ("A", "B", "C"):
        add_custom_pattern(store, name, EASY, FIVE)
    gone = delete_custom_pattern(store, "custom-b")
    assert gone.name == "B"
    saved = saved_patterns(store)
    assert [p.name for p in saved.active] == ["A", "C"]
    assert saved.deleted_names == (("custom-b", "B"),)
    with pytest.raises(UnknownCustomPatternError):
        delete_custom_pattern(store, "custom-b")
    with pytest.raises(UnknownCustomPatternError):
        update_custom_pattern(store, "custom-b", "B", EASY, FIVE)

    back = restore_custom_pattern(store, "custom-b")
    assert back.id == "custom-b" and names(store) == ["A", "B", "C"]
    assert restore_custom_pattern(store, "custom-b") == back, "restoring twice is harmless"


def test_a_deleted_name_can_be_reused_but_never_its_id(store: Store) -> None:
    add_custom_pattern(store, "Calm", CALM, FIVE)
    delete_custom_pattern(store, "custom-calm")
    new = add_custom_pattern(store, "Calm", EASY, FIVE)
    assert new.id == "custom-calm-2"
    restored = restore_custom_pattern(store, "custom-calm")
    assert restored.name == "Calm (restored)"
    assert names(store) == ["Calm (restored)", "Calm"]


def test_each_change_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("A", "B"):
        add_custom_pattern(store, name, EASY, FIVE)
    # A failure after the positions moved must leave the order as it was.
    monkeypatch.setattr(custom_module, "make_id", lambda *_: "custom-a")
    with pytest.raises(sqlite3.IntegrityError):
        add_custom_pattern(store, "Copy", EASY, FIVE, after="custom-a")
    assert [(p.name, p.position) for p in saved_patterns(store).active] == [("A", 0), ("B", 1)]


def put_bad_row(path: Path, **values: object) -> None:
    """Write a row as a hand edit or a foreign tool might, past the CHECK constraints."""
    row: dict[str, object] = {
        "id": "custom-odd",
        "name": "Odd one",
        "position": 1,
        "inhale": 4,
        "inhale_top_up": 0,
        "hold": 0,
        "exhale": 6,
        "rest": 0,
        "default_minutes": 5,
        "default_cycles": None,
        "created_at": "2026-04-01T10:00:00+01:00",
        "updated_at": "2026-04-01T10:00:00+01:00",
        "deleted_at": None,
    }
    row.update(values)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA ignore_check_constraints = ON")
        marks = ", ".join("?" * len(row))
        db.execute(
            f"INSERT INTO custom_patterns ({', '.join(row)}) VALUES ({marks})", list(row.values())
        )


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"exhale": 45}, "Breathe out must be between 0 and 30 s."),
        ({"inhale": 0.25}, "Breathe in must be at least 1 s."),
        ({"hold": "long"}, "The hold after breathing in is not a number ('long')."),
        ({"default_minutes": None}, "default length is not usable"),
    ],
)
def test_an_invalid_row_is_reported_and_skipped_but_never_changed(
    tmp_path: Path, values: dict[str, object], reason: str
) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        add_custom_pattern(store, "Calm", CALM, FIVE)
    put_bad_row(path, **values)
    with Store.open(path) as store:
        saved = saved_patterns(store)
        assert [p.id for p in saved.active] == ["custom-calm"]
        (skipped,) = saved.skipped
        assert (skipped.pattern_id, skipped.name) == ("custom-odd", "Odd one")
        assert reason in skipped.reason
        message = str(skipped)
        assert message.startswith("Your saved pattern “Odd one” (custom-odd) could not be used")
        assert "still in the practice log, unchanged" in message
        # Work around it without touching it: the new pattern gets the next place and id.
        reorder_custom_patterns(store, ["custom-calm"])
        with pytest.raises(CustomPatternError, match="already have a pattern called “Odd one”"):
            add_custom_pattern(store, "odd one", EASY, FIVE)
        add_custom_pattern(store, "Odd", EASY, FIVE)
        assert [p.id for p in saved_patterns(store).active] == ["custom-calm", "custom-odd-2"]
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT name FROM custom_patterns WHERE id = 'custom-odd'").fetchall()
    assert rows == [("Odd one",)], "the row the person saved is still there"


def test_the_check_constraints_refuse_impossible_values_at_the_database_too(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as db:
        db.execute(
            "INSERT INTO custom_patterns (id, name, position, inhale, exhale, default_minutes, "
            "created_at, updated_at) VALUES ('custom-x', 'X', 0, 4.2, 6, 5, 't', 't')"
        )
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as db:
        db.execute(
            "INSERT INTO custom_patterns (id, name, position, inhale, exhale, default_minutes, "
            "default_cycles, created_at, updated_at) VALUES ('custom-x', 'X', 0, 4, 6, 5, 3, "
            "'t', 't')"
        )


def test_reading_without_writing_creates_nothing_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    assert read_saved_patterns(path).active == ()
    assert not path.exists()
    make_v2_database(path)
    before = path.read_bytes()
    assert read_saved_patterns(path).active == (), "a v2 log has no patterns yet"
    assert path.read_bytes() == before and backup_paths(path) == []
    path.unlink()
    with Store.open(path) as store:
        add_custom_pattern(store, "Calm", CALM, FIVE)
    (calm,) = read_saved_patterns(path).active
    assert calm.name == "Calm"


def test_reading_a_log_from_a_newer_calmkit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE sessions (id TEXT)")
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer CalmKit"):
        read_saved_patterns(path)
