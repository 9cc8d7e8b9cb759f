"""Files made to break the importer: each one is refused (the file, or the row) with a reason in
plain words, and never ends in a traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from calmkit.core.exchange import ImportFileError, parse_sessions, session_to_dict
from calmkit.core.store import Store
from tests.core.factories import make_record

CHECKIN_ID = "00000000-0000-4000-8000-000000000001"


def session(**changes: Any) -> dict[str, Any]:
    fields = session_to_dict(make_record(1))
    fields.update(changes)
    return fields


def document(*sessions: dict[str, Any], **top: Any) -> str:
    return json.dumps(
        {"format": "calmkit.sessions", "version": 1, "sessions": list(sessions), **top}
    )


def reasons(data: bytes) -> list[str]:
    return [row.reason for row in parse_sessions(data).rejected]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


@pytest.mark.parametrize("field", ["planned_seconds", "distress_before", "completed"])
def test_an_integer_of_thousands_of_digits_rejects_its_row(field: str) -> None:
    text = document(session(**{field: 0})).replace(f'"{field}": 0', f'"{field}": {"9" * 5000}')
    (reason,) = reasons(text.encode())
    assert reason.startswith(f"{field} is a number with 5,000 digits, ")


def test_a_format_version_of_thousands_of_digits_refuses_the_file() -> None:
    text = document().replace('"version": 1', f'"version": {"9" * 5000}')
    with pytest.raises(ImportFileError, match="format version is a number with 5,000 digits"):
        parse_sessions(text.encode())


def test_huge_ratings_and_answers_are_out_of_range_not_an_overflow() -> None:
    checkin: dict[str, Any] = {"id": CHECKIN_ID, "taken_at": "2026-01-05T09:30:00+01:00"}
    checkin |= {f"q{n}": 0 for n in range(1, 8)} | {"q1": 10**400}
    text = document(session(distress_before=10**400, distress_after=1e400), checkins=[checkin])
    found = reasons(text.encode())
    assert found == [
        "distress_before is a number with 401 digits, outside 0-10; "
        "distress_after is inf, not a number from 0 to 10",
        "q1 is a number with 401 digits, outside 0-3",
    ]


def test_long_rows_of_digits_in_a_csv_are_rejected_by_name() -> None:
    header = "id,taken_at,q1,q2,q3,q4,q5,q6,q7"
    line = f"{CHECKIN_ID},2026-01-05T09:30:00+01:00,{'1' * 5000},²,0,0,0,0,0"
    assert reasons(f"{header}\n{line}\n".encode()) == [
        "q1 has 5,000 digits, outside 0-3; q2 '²' is not a whole number from 0 to 3"
    ]


def test_a_lone_surrogate_in_a_note_rejects_the_row_and_the_store_is_untouched(
    store: Store,
) -> None:
    from calmkit.core.exchange import import_sessions

    data = document(session(note="calm \ud800 now")).encode()  # json.dumps writes \ud800
    report = import_sessions(store, data, skip_invalid=True)
    assert [r.reason for r in report.rejected] == [
        "note holds a broken character (\\ud800, half of a character pair) at position 6"
    ]
    assert store.count_sessions() == 0


def test_broken_characters_in_ids_and_unknown_names_are_shown_escaped() -> None:
    parsed = parse_sessions(document(session(exercise_id="box\udfff", **{"x\ud800": 1})).encode())
    (rejected,) = parsed.rejected
    assert rejected.reason == (
        "exercise_id holds a broken character (\\udfff, half of a character pair) at position 4"
    )
    assert parsed.warnings == ("Fields this CalmKit does not know were ignored: 'x\\ud800'.",)
    for message in (rejected.describe(), *parsed.warnings, str(rejected.session_id)):
        message.encode("utf-8")  # printable on any terminal
