"""Practice logs written by earlier CalmKit releases (tests/fixtures/store/, made by
tests/fixtures/make_store_fixtures.py with each release's own code) open, migrate and keep
everything in them."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from calmkit.core.exercises import SessionLength
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import saved_patterns
from calmkit.core.records import SessionRecord
from calmkit.core.store import SCHEMA_VERSION, Store, backup_paths
from calmkit.core.store.totals import _LIVE_DAY_TOTALS
from tests.fixtures import make_store_fixtures as written

VERSIONS = sorted(written.RELEASES)
OPENED_AT = datetime(2026, 2, 1, 9, 30)


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def user_version(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


@pytest.fixture(params=VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def old_log(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[int, Path]:
    version: int = request.param
    copy = tmp_path / "calmkit.db"
    shutil.copyfile(written.fixture_path(version), copy)
    return version, copy


def expected_sessions() -> list[SessionRecord]:
    records = []
    for fields in written.SESSIONS:
        values = dict(fields)
        values["started_at"] = datetime.fromisoformat(str(values["started_at"]))
        values["ended_at"] = datetime.fromisoformat(str(values["ended_at"]))
        records.append(SessionRecord(**values))  # type: ignore[arg-type]
    return sorted(records, key=lambda r: (r.started_at, r.id), reverse=True)


def test_the_fixtures_are_what_each_release_wrote() -> None:
    for version in VERSIONS:
        path = written.fixture_path(version)
        assert user_version(path) == version
        assert not path.with_name(path.name + "-wal").exists(), "the WAL was checkpointed"


def test_an_old_log_migrates_to_this_version_and_keeps_every_session_and_setting(
    old_log: tuple[int, Path],
) -> None:
    _, path = old_log
    before = {table: rows(path, table) for table in ("sessions", "settings")}
    with Store.open(path, now=OPENED_AT) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.sessions() == expected_sessions()
        assert {key: store.setting(key) for key in written.SETTINGS} == written.SETTINGS
        assert store.raw_settings().keys() == written.SETTINGS.keys()
    for table, stored in before.items():
        after = rows(path, table)
        kept = [row[: len(old)] for row, old in zip(after, stored, strict=True)]
        assert kept == stored, f"{table}: every column as the old release wrote it"
    # Columns added since: at their defaults (no old session was recovered after a crash).
    assert {row[11:] for row in rows(path, "sessions")} == {(0,)}


def test_the_self_checks_of_a_v4_log_come_through(tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    shutil.copyfile(written.fixture_path(4), path)
    before = rows(path, "checkins")
    with Store.open(path, now=OPENED_AT) as store:
        assert [(c.id, c.taken_at.isoformat(), list(c.answers)) for c in store.checkins()] == [
            tuple(c) for c in written.CHECKINS
        ]
    assert rows(path, "checkins") == before and len(before) == len(written.CHECKINS)


def test_an_old_log_starts_with_no_checkpoint_and_nothing_recovered(
    old_log: tuple[int, Path],
) -> None:
    _, path = old_log
    with Store.open(path, now=OPENED_AT) as store:
        assert store.count_checkpoints() == 0
        assert store.recover_sessions(now=OPENED_AT.astimezone()) == []
        assert not any(s.recovered for s in store.sessions())


def test_the_copy_is_taken_before_migrating_and_holds_the_old_file(
    old_log: tuple[int, Path],
) -> None:
    version, path = old_log
    before = {table: rows(path, table) for table in ("sessions", "settings")}
    Store.open(path, now=OPENED_AT).close()
    if version == SCHEMA_VERSION:
        assert backup_paths(path) == [], "nothing to migrate, nothing to copy"
        return
    (backup,) = backup_paths(path)
    assert backup.name == "calmkit-20260201-093000-before-update.db"
    assert user_version(backup) == version
    assert {table: rows(backup, table) for table in before} == before


def test_the_running_totals_equal_a_fresh_count_of_the_sessions(
    old_log: tuple[int, Path],
) -> None:
    _, path = old_log
    with Store.open(path, now=OPENED_AT) as store:
        kept = store.day_totals(4)
        with store.snapshot() as db:
            live = db.execute(f"{_LIVE_DAY_TOTALS} ORDER BY day", ("-4 hours",)).fetchall()
        assert [(t.day.isoformat(), *t[1:]) for t in kept] == [tuple(r) for r in live]
        by_exercise = {t.exercise_id: t for t in store.exercise_totals()}
    sessions = expected_sessions()
    assert {e: t.sessions for e, t in by_exercise.items()} == {
        e: sum(s.exercise_id == e for s in sessions) for e in {s.exercise_id for s in sessions}
    }
    for exercise_id, totals in by_exercise.items():
        mine = [s for s in sessions if s.exercise_id == exercise_id]
        rated = [
            (s.distress_before, s.distress_after)
            for s in mine
            if s.distress_before is not None and s.distress_after is not None
        ]
        assert totals.completed == sum(s.completed for s in mine)
        assert totals.milliseconds == sum(round(s.actual_seconds * 1000) for s in mine)
        assert totals.rated == len(rated)
        assert totals.drop_sum == sum(before - after for before, after in rated)
    # 03:30 on 6 January counts for the 5th under the 04:00 day start.
    assert [t.day.isoformat() for t in kept] == ["2026-01-05", "2026-01-06", "2026-01-08"]


def test_saved_patterns_come_through_exactly_and_the_deleted_one_keeps_its_name(
    old_log: tuple[int, Path],
) -> None:
    version, path = old_log
    before = rows(path, "custom_patterns") if version >= 3 else []
    with Store.open(path, now=OPENED_AT) as store:
        saved = saved_patterns(store)
    if version < 3:
        assert saved.active == () and saved.deleted_names == ()
        return
    assert saved.skipped == ()
    kept = [p for p in written.PATTERNS if p[0] != written.DELETED_PATTERN]
    assert [(p.name, p.pattern, p.default_length) for p in saved.active] == [
        (name, BreathingPattern(**phases), SessionLength(minutes=minutes, cycles=cycles))
        for name, phases, (minutes, cycles) in kept
    ]
    moment = datetime.fromisoformat(written.PATTERN_TIME)
    assert all(p.created_at == moment == p.updated_at for p in saved.active)
    assert saved.deleted_names == (("custom-square", "Square"),)
    assert rows(path, "custom_patterns") == before


def test_a_migrated_old_log_has_exactly_the_schema_of_a_new_one(
    old_log: tuple[int, Path], tmp_path: Path
) -> None:
    _, path = old_log
    Store.open(path, now=OPENED_AT).close()
    Store.open(tmp_path / "new.db").close()

    def schema(file: Path) -> list[tuple[object, ...]]:
        with contextlib.closing(sqlite3.connect(file)) as db:
            return db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()

    assert schema(path) == schema(tmp_path / "new.db")
