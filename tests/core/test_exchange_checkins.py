"""Self-check results in exports and imports: a "checkins" list in JSON, their own CSV, merged
by id in the same transaction as the sessions, and refused row by row with the reason."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from calmkit.core.exchange import (
    CHECKIN_FIELDS,
    ImportFileError,
    ImportWriteError,
    export_checkins,
    export_sessions,
    import_sessions,
)
from calmkit.core.store import Store
from tests.core.factories import make_record
from tests.core.store.test_checkins import checkin


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "a.db") as opened:
        yield opened


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "b.db") as opened:
        yield opened


def as_json(store: Store) -> bytes:
    out = io.StringIO()
    export_sessions(store, out, "json")
    return out.getvalue().encode()


def as_csv(store: Store) -> bytes:
    out = io.StringIO(newline="")
    export_checkins(store, out)
    return out.getvalue().encode()


def entry(n: int = 1, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": checkin(n).id,
        "taken_at": checkin(n).taken_at.isoformat(),
        **{f"q{i}": a for i, a in enumerate(checkin(n).answers, start=1)},
        "total": checkin(n).total,
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not ...}


def json_file(*checkins: dict[str, Any], sessions: tuple[object, ...] = ()) -> bytes:
    document = {"format": "calmkit.sessions", "version": 1, "sessions": list(sessions)}
    return json.dumps({**document, "checkins": list(checkins)}).encode()


def test_the_json_export_carries_the_checkins_and_imports_them_back(
    store: Store, other: Store
) -> None:
    store.add_session(make_record(1))
    store.add_checkin(checkin(2, (0,) * 7))
    store.add_checkin(checkin(1))
    document = json.loads(as_json(store))
    assert document["checkins"][0] == {
        "id": checkin(1).id,
        "taken_at": "2026-03-08T20:00:00+01:00",
        "q1": 1,
        "q2": 2,
        "q3": 3,
        "q4": 0,
        "q5": 1,
        "q6": 2,
        "q7": 3,
        "total": 12,
    }
    report = import_sessions(other, as_json(store))
    assert (report.added, report.checkin_rows, report.checkins_added) == (1, 2, 2)
    assert other.checkins() == store.checkins()
    assert report.summary() == (
        "1 session in the file: 1 added, 0 already present, 0 rejected. "
        "2 self-checks: 2 added, 0 already present, 0 rejected."
    )
    again = import_sessions(other, as_json(store))
    assert (again.checkins_added, again.checkins_already_present, again.rejected) == (0, 2, ())
    assert other.checkins() == store.checkins()


def test_checkins_as_csv_round_trip_and_twice_changes_nothing(store: Store, other: Store) -> None:
    store.add_checkin(checkin(1))
    store.add_checkin(checkin(2, (3,) * 7))
    data = as_csv(store)
    assert data.decode().splitlines()[0] == ",".join(CHECKIN_FIELDS)
    assert (
        data.decode().splitlines()[1]
        == f"{checkin(1).id},2026-03-08T20:00:00+01:00,1,2,3,0,1,2,3,12"
    )
    report = import_sessions(other, data)
    assert (report.checkins_file, report.rows, report.checkins_added) == (True, 0, 2)
    assert report.summary() == "2 self-checks in the file: 2 added, 0 already present, 0 rejected."
    assert other.checkins() == store.checkins()
    assert other.count_sessions() == 0
    assert import_sessions(other, data).checkins_already_present == 2
    assert other.checkins() == store.checkins()


def test_an_export_from_before_the_self_check_still_imports(store: Store) -> None:
    old = {"format": "calmkit.sessions", "version": 1, "sessions": []}
    report = import_sessions(store, json.dumps(old).encode())
    assert (report.rows, report.checkin_rows, report.rejected) == (0, 0, ())


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"q3": ...}, "q3 is not answered (only complete self-checks are kept)"),
        ({"q3": None}, "q3 is not answered (only complete self-checks are kept)"),
        ({"q2": 4}, "q2 is 4, outside 0-3"),
        ({"q2": 1.5}, "q2 is 1.5, not a whole number from 0 to 3"),
        ({"q2": True}, "q2 is true, not a number from 0 to 3"),
        ({"total": 11}, "total is 11, but the answers add up to 12"),
        ({"taken_at": "2026-03-08T20:00:00"}, "taken_at '2026-03-08T20:00:00' has no time zone"),
        ({"id": "seven"}, "id 'seven' is not an id CalmKit gives"),
    ],
)
def test_a_malformed_checkin_is_refused_with_its_reason_and_not_written(
    store: Store, changes: dict[str, Any], reason: str
) -> None:
    report = import_sessions(store, json_file(entry(1, **changes), entry(2)), skip_invalid=True)
    (rejected,) = report.rejected
    assert rejected.section == "checkin"
    assert rejected.describe().startswith("self-check 1: ")
    assert reason in rejected.reason
    assert [c.id for c in store.checkins()] == [checkin(2).id]


def test_a_csv_row_missing_an_answer_is_refused_with_its_line(store: Store) -> None:
    lines = [",".join(CHECKIN_FIELDS), f"{checkin(1).id},2026-03-08T20:00:00+01:00,1,2,,0,1,2,3,"]
    report = import_sessions(store, ("\r\n".join(lines) + "\r\n").encode())
    (rejected,) = report.rejected
    assert rejected.describe() == (
        "row 1 (line 2): q3 is not answered (only complete self-checks are kept)"
    )
    assert store.checkins() == []


def test_a_stored_checkin_is_never_overwritten_by_another_with_its_id(store: Store) -> None:
    store.add_checkin(checkin(1))
    report = import_sessions(store, json_file(entry(1, q1=0, total=11)))
    (rejected,) = report.rejected
    assert "a different self-check with this id is already in your practice log" in rejected.reason
    assert store.checkins() == [checkin(1)]


def test_two_rows_with_one_id_and_different_answers_are_both_refused(store: Store) -> None:
    report = import_sessions(store, json_file(entry(1), entry(1, q1=0, total=11)))
    assert [r.row for r in report.rejected] == [1, 2]
    assert store.checkins() == []


def test_checkins_that_are_not_a_list_refuse_the_whole_file(store: Store) -> None:
    bad = json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": [], "checkins": 3})
    with pytest.raises(ImportFileError, match='"checkins" is the number 3, not a list'):
        import_sessions(store, bad.encode())
    assert store.checkins() == []


def test_a_checkin_csv_without_an_answer_column_is_refused_by_name(store: Store) -> None:
    header = ",".join(name for name in CHECKIN_FIELDS if name != "q5")
    with pytest.raises(ImportFileError, match=r"self-check CSV export.*missing: q5"):
        import_sessions(store, f"{header}\r\n".encode())


def test_a_failed_write_adds_neither_sessions_nor_checkins(store: Store) -> None:
    (pages,) = store._db.execute("PRAGMA page_count").fetchone()
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    rows = [entry(n) for n in range(1, 400)]
    with pytest.raises(ImportWriteError):
        import_sessions(store, json_file(*rows))
    assert (store.checkins(), store.count_sessions()) == ([], 0)
