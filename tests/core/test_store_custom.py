"""Custom patterns in the store: migration 3, saving, ordering, deleting, and bad rows."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import calmkit.core.store as store_module
from calmkit.core.exercises import SessionLength
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import CustomPatternError, UnknownCustomPatternError
from calmkit.core.store import Store, StoreError, backup_paths, read_custom_patterns
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
        for statement in (*store_module.MIGRATIONS[0], *store_module.MIGRATIONS[1]):
            db.execute(statement)
        db.execute("PRAGMA user_version = 2")
        db.execute("INSERT INTO settings VALUES ('day_start_hour', '4')")
        db.execute(store_module._INSERT, store_module._row(make_record(1)))
        db.execute("COMMIT")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


def names(store: Store) -> list[str]:
    return [p.name for p in store.custom_patterns().active]


def test_migration_3_upgrades_a_v2_log_keeps_its_data_and_takes_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    make_v2_database(path)
    with Store.open(path, now=datetime(2026, 4, 1, 9, 0)) as store:
        assert store.schema_version == 3
        assert [s.id for s in store.sessions()] == [make_record(1).id]
        assert store.setting("day_start_hour") == 4
        assert [t.exercise_id for t in store.exercise_totals()] == ["box"]
        assert store.custom_patterns().active == ()
        store.add_custom_pattern("Calm", CALM, FIVE)
        assert names(store) == ["Calm"]
    (backup,) = backup_paths(path)
    assert backup.name == "calmkit.db.v2-20260401-090000.bak"
    with contextlib.closing(sqlite3.connect(backup)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1


def test_a_saved_pattern_comes_back_after_reopening_with_its_times(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        saved = store.add_custom_pattern("  Calm  ", CALM, SessionLength(cycles=6), now=NOW)
    assert (saved.id, saved.name, saved.position) == ("custom-calm", "Calm", 0)
    with Store.open(path) as store:
        (loaded,) = store.custom_patterns().active
    assert loaded == saved
    assert loaded.pattern == CALM and loaded.default_length == SessionLength(cycles=6)
    assert loaded.created_at == NOW and loaded.updated_at == NOW
    assert loaded.created_at.utcoffset() == timedelta(hours=1)


def test_edit_keeps_the_id_and_renaming_never_changes_it(store: Store) -> None:
    saved = store.add_custom_pattern("Calm", CALM, FIVE, now=NOW)
    later = NOW + timedelta(days=1)
    edited = store.update_custom_pattern(
        saved.id, "Evening", EASY, SessionLength(cycles=3), now=later
    )
    assert (edited.id, edited.name, edited.pattern) == ("custom-calm", "Evening", EASY)
    assert edited.created_at == NOW and edited.updated_at == later
    again = store.add_custom_pattern("Calm", CALM, FIVE)
    assert again.id == "custom-calm-2", "the id of the renamed pattern is still taken"


def test_saving_refuses_bad_values_and_taken_names_and_writes_nothing(store: Store) -> None:
    store.add_custom_pattern("Calm", CALM, FIVE)
    with pytest.raises(CustomPatternError) as caught:
        store.add_custom_pattern("CALM", BreathingPattern(inhale=4, exhale=0.5), FIVE)
    assert [f for f, _ in caught.value.problems] == ["name", "exhale"]
    assert "Breathe out must be at least 1 s." in str(caught.value)
    other = store.add_custom_pattern("Other", EASY, FIVE)
    with pytest.raises(CustomPatternError, match="already have a pattern called “Calm”"):
        store.update_custom_pattern(other.id, "calm", EASY, FIVE)
    store.update_custom_pattern(other.id, "OTHER", EASY, FIVE)  # its own name, new case: fine
    assert names(store) == ["Calm", "OTHER"]


def test_duplicates_sit_right_after_their_original(store: Store) -> None:
    a = store.add_custom_pattern("A", CALM, FIVE)
    store.add_custom_pattern("B", EASY, FIVE)
    copy = store.add_custom_pattern("A (copy)", CALM, FIVE, after=a.id)
    assert copy.id == "custom-a-copy"
    assert names(store) == ["A", "A (copy)", "B"]
    with pytest.raises(UnknownCustomPatternError):
        store.add_custom_pattern("C", CALM, FIVE, after="custom-nope")


def test_reorder_moves_patterns_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with Store.open(path) as store:
        ids = [store.add_custom_pattern(n, EASY, FIVE).id for n in ("A", "B", "C", "D")]
        store.reorder_custom_patterns([ids[2], ids[1]])  # move C up one place
        assert names(store) == ["A", "C", "B", "D"]
        store.reorder_custom_patterns([ids[3], ids[0], ids[2], ids[1]])
    with Store.open(path) as store:
        assert names(store) == ["D", "A", "C", "B"]
        with pytest.raises(ValueError, match="only once"):
            store.reorder_custom_patterns([ids[0], ids[0]])
        with pytest.raises(UnknownCustomPatternError):
            store.reorder_custom_patterns(["custom-nope"])


def test_delete_hides_the_pattern_keeps_its_name_and_undo_brings_it_back_in_place(
    store: Store,
) -> None:
    for name in ("A", "B", "C"):
        store.add_custom_pattern(name, EASY, FIVE)
    gone = store.delete_custom_pattern("custom-b")
    assert gone.name == "B"
    saved = store.custom_patterns()
    assert [p.name for p in saved.active] == ["A", "C"]
    assert saved.deleted_names == (("custom-b", "B"),)
    with pytest.raises(UnknownCustomPatternError):
        store.delete_custom_pattern("custom-b")
    with pytest.raises(UnknownCustomPatternError):
        store.update_custom_pattern("custom-b", "B", EASY, FIVE)

    back = store.restore_custom_pattern("custom-b")
    assert back.id == "custom-b" and names(store) == ["A", "B", "C"]
    assert store.restore_custom_pattern("custom-b") == back, "restoring twice is harmless"


def test_a_deleted_name_can_be_reused_but_never_its_id(store: Store) -> None:
    store.add_custom_pattern("Calm", CALM, FIVE)
    store.delete_custom_pattern("custom-calm")
    new = store.add_custom_pattern("Calm", EASY, FIVE)
    assert new.id == "custom-calm-2"
    restored = store.restore_custom_pattern("custom-calm")
    assert restored.name == "Calm (restored)"
    assert names(store) == ["Calm (restored)", "Calm"]


def test_each_change_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("A", "B"):
        store.add_custom_pattern(name, EASY, FIVE)
    # A failure after the positions moved must leave the order as it was.
    monkeypatch.setattr(store_module, "make_id", lambda *_: "custom-a")
    with pytest.raises(sqlite3.IntegrityError):
        store.add_custom_pattern("Copy", EASY, FIVE, after="custom-a")
    assert [(p.name, p.position) for p in store.custom_patterns().active] == [("A", 0), ("B", 1)]


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
        store.add_custom_pattern("Calm", CALM, FIVE)
    put_bad_row(path, **values)
    with Store.open(path) as store:
        saved = store.custom_patterns()
        assert [p.id for p in saved.active] == ["custom-calm"]
        (skipped,) = saved.skipped
        assert (skipped.pattern_id, skipped.name) == ("custom-odd", "Odd one")
        assert reason in skipped.reason
        message = str(skipped)
        assert message.startswith("Your saved pattern “Odd one” (custom-odd) could not be used")
        assert "still in the practice log, unchanged" in message
        # Work around it without touching it: the new pattern gets the next place and id.
        store.reorder_custom_patterns(["custom-calm"])
        with pytest.raises(CustomPatternError, match="already have a pattern called “Odd one”"):
            store.add_custom_pattern("odd one", EASY, FIVE)
        store.add_custom_pattern("Odd", EASY, FIVE)
        assert [p.id for p in store.custom_patterns().active] == ["custom-calm", "custom-odd-2"]
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
    assert read_custom_patterns(path).active == ()
    assert not path.exists()
    make_v2_database(path)
    before = path.read_bytes()
    assert read_custom_patterns(path).active == (), "a v2 log has no patterns yet"
    assert path.read_bytes() == before and backup_paths(path) == []
    path.unlink()
    with Store.open(path) as store:
        store.add_custom_pattern("Calm", CALM, FIVE)
    (calm,) = read_custom_patterns(path).active
    assert calm.name == "Calm"


def test_reading_a_log_from_a_newer_calmkit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE sessions (id TEXT)")
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer CalmKit"):
        read_custom_patterns(path)
