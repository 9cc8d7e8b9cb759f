"""Self-check results in the store: kept exactly, listed, deleted, merged by id, added to old
logs by the migration, and removed by "Delete all my data"."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmkit.core.erasure import delete_all_data
from calmkit.core.selfcheck import CheckIn
from calmkit.core.store import SCHEMA_VERSION, Store, UnknownCheckinError, backup_paths
from calmkit.paths import resolve_paths
from tests.fixtures import make_store_fixtures as written

PLUS_ONE = timezone(timedelta(hours=1))


def checkin(n: int, answers: tuple[int, ...] = (1, 2, 3, 0, 1, 2, 3), **kw: object) -> CheckIn:
    taken = kw.get("taken_at", datetime(2026, 3, 1, 20, 0, tzinfo=PLUS_ONE) + timedelta(weeks=n))
    return CheckIn(f"00000000-0000-4000-8000-{n:012d}", taken, answers)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


def test_a_checkin_comes_back_exactly(store: Store) -> None:
    first, second = checkin(1), checkin(2, (0,) * 7)
    store.add_checkin(second)
    store.add_checkin(first)
    assert store.checkins() == [first, second]
    assert store.checkins(newest_first=True) == [second, first]
    assert store.count_checkins() == 2
    assert store.last_checkin() == second


def test_the_last_checkin_is_by_the_moment_not_by_the_text(store: Store) -> None:
    # 23:30 at -05:00 is after 01:00 the next day at +01:00, though it sorts first as text.
    late = checkin(1, taken_at=datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))))
    early = checkin(2, taken_at=datetime(2026, 3, 2, 1, 0, tzinfo=PLUS_ONE))
    store.add_checkin(late)
    store.add_checkin(early)
    assert store.last_checkin() == late


def test_delete_returns_the_checkin_and_an_unknown_id_is_named(store: Store) -> None:
    store.add_checkin(checkin(1))
    assert store.delete_checkin(checkin(1).id) == checkin(1)
    assert store.checkins() == []
    with pytest.raises(UnknownCheckinError, match=checkin(1).id):
        store.delete_checkin(checkin(1).id)


def test_the_database_refuses_an_incomplete_or_wrongly_summed_row(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError), store._db:
        store._db.execute(
            "INSERT INTO checkins VALUES ('x', '2026-03-01T20:00:00+01:00', 1, 1, 1, 1, 1, 1, "
            "NULL, 6)"
        )
    with pytest.raises(sqlite3.IntegrityError), store._db:
        store._db.execute(
            "INSERT INTO checkins VALUES ('x', '2026-03-01T20:00:00+01:00', 1, 1, 1, 1, 1, 1, 1, 9)"
        )
    assert store.count_checkins() == 0


def test_merging_twice_changes_nothing_and_never_overwrites(store: Store) -> None:
    result = store.merge_checkins([checkin(1), checkin(2)])
    assert (len(result.added), result.already_present, result.conflicts) == (2, (), ())
    again = store.merge_checkins([checkin(1), checkin(2)])
    assert (again.added, len(again.already_present)) == ((), 2)
    other = CheckIn(checkin(1).id, checkin(1).taken_at, (0,) * 7)
    clash = store.merge_checkins([other])
    assert clash.conflicts == (checkin(1),)
    assert store.checkins() == [checkin(1), checkin(2)]
    assert store.merge_checkins([checkin(3)], dry_run=True).added == (checkin(3).id,)
    assert store.count_checkins() == 2


@pytest.mark.parametrize("version", [v for v in sorted(written.RELEASES) if v < 4])
def test_an_old_log_gains_an_empty_checkins_table_after_a_copy(
    version: int, tmp_path: Path
) -> None:
    path = tmp_path / "calmkit.db"
    shutil.copyfile(written.fixture_path(version), path)
    with Store.open(path, now=datetime(2026, 2, 1, 9, 30)) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.checkins() == []
        assert len(store.sessions()) == len(written.SESSIONS)
        store.add_checkin(checkin(1))
    (backup,) = backup_paths(path)
    assert backup.name == "calmkit-20260201-093000-before-update.db"
    with Store.open(path) as store:
        assert store.checkins() == [checkin(1)]


def test_delete_all_data_removes_the_checkins(tmp_path: Path) -> None:
    paths = resolve_paths(str(tmp_path / "data"))
    store = Store.open(paths.database)
    store.add_checkin(checkin(1))
    delete_all_data(paths, store)
    with Store.open(paths.database) as fresh:
        assert fresh.checkins() == []
