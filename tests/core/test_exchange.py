from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calmkit.core.exchange as exchange
from calmkit.core.exchange import (
    FIELDS,
    ImportFileError,
    ImportReport,
    ImportWriteError,
    export_sessions,
    import_file,
    import_sessions,
    parse_sessions,
    read_import_stream,
    session_to_dict,
    write_sessions,
)
from calmkit.core.records import SessionRecord
from calmkit.core.store import Store
from tests.core.factories import clear, make_record, unique_records

# --- helpers --------------------------------------------------------------------------------


def exported(records: list[SessionRecord], fmt: exchange.ExportFormat) -> bytes:
    stream = io.StringIO(newline="")
    write_sessions(records, stream, fmt)
    return stream.getvalue().encode("utf-8")


def history(store: Store) -> list[dict[str, Any]]:
    return sorted((session_to_dict(s) for s in store.iter_sessions()), key=lambda d: d["id"])


def json_file(*sessions: object, **top: Any) -> bytes:
    document = {"format": "calmkit.sessions", "version": 1, "sessions": list(sessions), **top}
    return json.dumps(document).encode()


def row(n: int = 1, **changes: Any) -> dict[str, Any]:
    fields = session_to_dict(make_record(n))
    fields.update(changes)
    return fields


def csv_file(*rows: dict[str, Any], header: tuple[str, ...] = FIELDS) -> bytes:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(header)
    for fields in rows:
        writer.writerow(csv_value(fields.get(h)) for h in header)
    return stream.getvalue().encode()


def csv_value(value: Any) -> Any:
    """As the export writes it: true/false, and nothing for no value."""
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else value


def only_reason(report: ImportReport) -> str:
    (rejected,) = report.rejected
    return rejected.reason


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    # Reused (and emptied) across hypothesis examples: opening stores costs more than the test.
    folder = tmp_path_factory.mktemp("exchange")
    with Store.open(folder / "a.db") as a, Store.open(folder / "b.db") as b:
        yield a, b


# --- export ---------------------------------------------------------------------------------


def test_csv_export_has_the_documented_columns(store: Store) -> None:
    store.add_session(make_record(1, distress_before=6, note='said "hi", then, left'))
    out = io.StringIO(newline="")
    assert export_sessions(store, out, "csv") == 1
    header, first = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(header) == FIELDS
    assert dict(zip(header, first, strict=True)) == {
        "id": make_record(1).id,
        "exercise_id": "box",
        "exercise_kind": "breathing",
        "started_at": "2026-03-02T07:30:00+02:00",
        "ended_at": "2026-03-02T07:34:00+02:00",
        "planned_seconds": "240",
        "actual_seconds": "240",
        "completed": "true",
        "distress_before": "6",
        "distress_after": "",
        "note": 'said "hi", then, left',
        "recovered": "false",
    }


def test_json_export_is_the_documented_object(store: Store) -> None:
    store.add_sessions([make_record(2, actual_seconds=61.25, completed=False), make_record(1)])
    out = io.StringIO()
    export_sessions(store, out, "json")
    document = json.loads(out.getvalue())
    assert list(document) == ["format", "version", "sessions", "checkins", "patterns"]
    assert (document["format"], document["version"]) == ("calmkit.sessions", 1)
    first, second = document["sessions"]
    assert tuple(first) == FIELDS
    assert first["id"] == make_record(1).id  # oldest first
    assert (second["actual_seconds"], second["completed"], second["distress_after"]) == (
        61.25,
        False,
        None,
    )


def test_an_empty_log_exports_a_header_or_an_empty_list(store: Store) -> None:
    out = io.StringIO()
    export_sessions(store, out, "csv")
    assert out.getvalue() == ",".join(FIELDS) + "\r\n"
    out = io.StringIO()
    export_sessions(store, out, "json")
    assert json.loads(out.getvalue()) == {
        "format": "calmkit.sessions",
        "version": 1,
        "sessions": [],
        "checkins": [],
        "patterns": [],
    }


# --- round trips (the property the issue asks for) ------------------------------------------


@settings(max_examples=40, deadline=None)
@given(sessions=unique_records(), fmt=st.sampled_from(["csv", "json"]))
def test_export_then_import_into_an_empty_log_gives_the_same_history(
    two_stores: tuple[Store, Store], sessions: list[SessionRecord], fmt: exchange.ExportFormat
) -> None:
    source, target = two_stores
    clear(source)
    clear(target)
    source.add_sessions(sessions)
    stream = io.StringIO(newline="")
    export_sessions(source, stream, fmt)
    data = stream.getvalue().encode("utf-8")

    report = import_sessions(target, data)
    assert (report.added, report.already_present, report.rejected) == (len(sessions), 0, ())
    assert report.normalised == ()  # nothing of CalmKit's own export is rewritten
    assert history(target) == history(source)
    assert [s.started_at for s in target.iter_sessions()] == [
        s.started_at for s in source.iter_sessions()
    ]  # to the microsecond
    second = io.StringIO(newline="")
    export_sessions(target, second, fmt)
    assert second.getvalue() == stream.getvalue()  # export, import, export: the same bytes
    assert target.day_totals(4) == source.day_totals(4)
    assert target.exercise_totals() == source.exercise_totals()

    again = import_sessions(target, data)
    assert (again.added, again.already_present, again.rejected) == (0, len(sessions), ())
    assert history(target) == history(source)


@settings(max_examples=25, deadline=None)
@given(first=unique_records(), second=unique_records())
def test_importing_overlapping_files_twice_changes_nothing_the_second_time(
    two_stores: tuple[Store, Store], first: list[SessionRecord], second: list[SessionRecord]
) -> None:
    store, _ = two_stores
    clear(store)
    ids = {r.id for r in first}
    second = [r for r in second if r.id not in ids]
    both = exported(first + second, "json")
    import_sessions(store, exported(first, "csv"))
    report = import_sessions(store, both)
    assert (report.added, report.already_present) == (len(second), len(first))
    snapshot = history(store)
    assert import_sessions(store, both).added == 0
    assert history(store) == snapshot


def test_whole_and_fractional_seconds_survive_csv(store: Store) -> None:
    sessions = [make_record(1, actual_seconds=0.1 + 0.2), make_record(2, planned_seconds=1e-7)]
    report = import_sessions(store, exported(sessions, "csv"))
    assert report.added == 2
    assert next(store.iter_sessions()).actual_seconds == 0.1 + 0.2
    assert store.session(sessions[1].id) == sessions[1]


def test_import_accepts_a_byte_order_mark_and_semicolons(store: Store) -> None:
    data = b"\xef\xbb\xbf" + csv_file(row(1)).replace(b",", b";")
    report = import_sessions(store, data)
    assert (report.file_format, report.added) == ("csv", 1)


def test_the_format_is_told_by_content_not_by_name(store: Store, tmp_path: Path) -> None:
    misnamed = tmp_path / "sessions.csv"
    misnamed.write_bytes(b"\n  " + json_file(row(1)))
    report = import_file(store, misnamed)
    assert (report.file_format, report.added) == ("json", 1)


# --- rows rejected, with the reason a person sees -------------------------------------------


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"started_at": None}, ("started_at is empty", "started_at is missing")),
        ({"id": ""}, "id is empty"),
        ({"id": "17"}, "id '17' is not an id CalmKit gives"),
        ({"exercise_id": "box breathing"}, "exercise_id 'box breathing' is not an id"),
        ({"actual_seconds": -5}, "actual_seconds is negative (-5)"),
        ({"planned_seconds": "-0.5"}, "planned_seconds is negative (-0.5)"),
        ({"actual_seconds": "four"}, "actual_seconds 'four' is not a number of seconds"),
        ({"actual_seconds": 90_000}, "actual_seconds is 90000 s, longer than a day"),
        ({"actual_seconds": "nan"}, "actual_seconds 'nan' is not a finite number"),
        ({"distress_before": 11}, "distress_before is 11, outside 0-10"),
        ({"distress_after": -1}, "distress_after is -1, outside 0-10"),
        ({"distress_after": 4.5}, "distress_after is 4.5, not a whole number from 0 to 10"),
        ({"distress_before": "calm"}, "distress_before 'calm' is not a number from 0 to 10"),
        ({"completed": "maybe"}, "completed is 'maybe', not true or false"),
        ({"started_at": "yesterday"}, "started_at 'yesterday' is not a date and time written like"),
        ({"started_at": "2026-02-30T07:30:00+02:00"}, "is not a date and time written like"),
        (
            {"started_at": "2026-03-02T07:30:00"},
            "started_at '2026-03-02T07:30:00' has no time zone "
            "(the +01:00 in 2026-01-05T09:30:00+01:00)",
        ),
        ({"ended_at": "1969-12-31T23:00:00+00:00"}, "ended_at '1969-12-31T23:00:00+00:00' is "),
        (
            {"ended_at": "2026-03-03T07:29:59+02:00"},
            "ended_at (2026-03-03T07:29:59+02:00) is before started_at (2026-03-03T07:30:00+02:00)",
        ),
        ({"note": "x" * 10_001}, "note is 10,001 characters long; the limit is 10,000"),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_bad_row_is_rejected_with_its_reason_and_the_good_rows_are_added_if_asked(
    store: Store, changes: dict[str, Any], reason: str | tuple[str, str], fmt: str
) -> None:
    if isinstance(reason, tuple):  # an empty CSV cell vs. a JSON null
        reason = reason[0] if fmt == "csv" else reason[1]
    rows = [row(1), row(2, **changes), row(3)]
    data = csv_file(*rows) if fmt == "csv" else json_file(*rows)
    held = import_sessions(store, data)
    assert (held.held_back, held.written, store.count_sessions()) == (True, False, 0)
    assert held.rejected == import_sessions(store, data, dry_run=True).rejected
    report = import_sessions(store, data, skip_invalid=True)
    assert (report.added, report.held_back, store.count_sessions()) == (2, False, 2)
    (rejected,) = report.rejected
    assert reason in rejected.reason
    assert rejected.row == 2
    assert rejected.line == (3 if fmt == "csv" else None)
    assert store.session(make_record(2).id) is None


def test_all_problems_of_a_row_are_named_at_once(store: Store) -> None:
    report = import_sessions(store, json_file(row(1, distress_before=12, actual_seconds=-1)))
    assert (
        only_reason(report)
        == "actual_seconds is negative (-1); distress_before is 12, outside 0-10"
    )
    assert report.rejected[0].describe().startswith("row 1: actual_seconds is negative")


def test_json_values_of_the_wrong_type_are_named(store: Store) -> None:
    report = import_sessions(
        store, json_file(row(1, completed="yes", planned_seconds=True, note=5), "just text")
    )
    first, second = report.rejected
    assert first.reason == (
        "planned_seconds is true, not a number of seconds; note is the number 5, not text"
    )
    assert second.reason == "not an object with the session's fields but the text 'just text'"


def test_a_csv_row_with_extra_cells_is_rejected(store: Store) -> None:
    data = csv_file(row(1)) + b"a,b,c,d,e,f,g,h,i,j,k,l,m,n\n"
    report = import_sessions(store, data)
    assert report.added == 1
    assert only_reason(report) == "the row has 2 more cells than the header"


def test_a_note_with_line_breaks_keeps_the_row_numbers_right(store: Store) -> None:
    rows = [row(1, note="line one\nline two\r\nthree"), row(2, distress_before=99)]
    report = import_sessions(store, csv_file(*rows))
    (rejected,) = report.rejected
    assert (rejected.row, rejected.line) == (2, 5)
    assert rejected.describe() == "row 2 (line 5): distress_before is 99, outside 0-10"


def test_duplicate_ids_with_different_content_are_all_rejected(store: Store) -> None:
    report = import_sessions(store, json_file(row(1), row(2), row(1, note="changed"), row(3)))
    assert report.added == 2
    assert [(r.row, r.reason) for r in report.rejected] == [
        (1, "rows 1 and 3 have the same id but different content; none of them was imported"),
        (3, "rows 1 and 3 have the same id but different content; none of them was imported"),
    ]
    assert store.session(make_record(1).id) is None


def test_identical_repeated_rows_count_once(store: Store) -> None:
    report = import_sessions(store, csv_file(row(1), row(1), row(2)))
    assert (report.rows, report.added, report.already_present, report.rejected) == (3, 2, 1, ())


def test_an_id_already_stored_with_other_content_is_never_overwritten(store: Store) -> None:
    store.add_session(make_record(1, note="my original note"))
    report = import_sessions(store, json_file(row(1, note="something else"), row(2)))
    assert report.added == 1
    assert only_reason(report) == (
        "a different session with this id is already in your practice log "
        "(started 2026-03-02T07:30+02:00); it was left as it is"
    )
    kept = store.session(make_record(1).id)
    assert kept is not None and kept.note == "my original note"


def test_fractions_of_seconds_in_times_are_kept_and_a_reimport_matches(store: Store) -> None:
    data = json_file(row(1, started_at="2026-03-02T07:30:00.250+02:00"))
    first = import_sessions(store, data)
    assert first.added == 1
    assert first.normalised == (
        "started_at in 1 row: '2026-03-02T07:30:00.250+02:00' is kept as "
        "'2026-03-02T07:30:00.250000+02:00' (row 1)",
    )
    assert import_sessions(store, data).already_present == 1
    (kept,) = store.iter_sessions()
    assert kept.started_at.microsecond == 250_000
    assert store.day_totals(4)[0].day.isoformat() == "2026-03-02"


def test_one_bad_row_keeps_the_whole_file_out_and_says_so(store: Store) -> None:
    store.add_session(make_record(5, note="mine"))
    data = json_file(row(1), row(5))  # row 2 clashes with the stored session 5
    report = import_sessions(store, data)
    assert report.held_back and store.count_sessions() == 1
    assert report.summary() == (
        "2 sessions in the file: 1 could be added, 0 already present, 1 rejected."
    )
    assert report.outcome == (
        "Nothing was imported, because 1 row cannot be used. Fix it, or import only the valid rows."
    )
    skipped = import_sessions(store, data, skip_invalid=True)
    assert (skipped.added, skipped.written, store.count_sessions()) == (1, True, 2)
    kept = store.session(make_record(5).id)
    assert kept is not None and kept.note == "mine"


def test_values_written_another_way_are_named_once_per_field(store: Store) -> None:
    rows = [row(n, completed="yes", distress_before="4.0") for n in (1, 2, 3)]
    report = import_sessions(store, csv_file(*rows))
    assert report.normalised == (
        "completed in 3 rows: 'yes' is kept as 'true' (row 1)",
        "distress_before in 3 rows: '4.0' is kept as '4' (row 1)",
    )


def test_unknown_columns_and_keys_are_ignored_with_a_note(store: Store) -> None:
    csv_report = import_sessions(store, csv_file(row(1), header=(*FIELDS, "mood")))
    assert csv_report.warnings == ("Columns this CalmKit does not know were ignored: 'mood'.",)
    json_report = import_sessions(store, json_file(row(2, mood="ok", weather="rain")))
    assert json_report.warnings == (
        "Fields this CalmKit does not know were ignored: mood, weather.",
    )


def test_optional_columns_may_be_left_out(store: Store) -> None:
    header = tuple(f for f in FIELDS if f not in {"note", "distress_before", "distress_after"})
    report = import_sessions(store, csv_file(row(1), header=header))
    assert report.added == 1
    assert store.session(make_record(1).id) == make_record(1)


def test_a_dry_run_reports_without_writing(store: Store) -> None:
    report = import_sessions(store, json_file(row(1), row(2, actual_seconds=-1)), dry_run=True)
    assert (report.added, len(report.rejected), report.dry_run) == (1, 1, True)
    assert report.summary() == (
        "2 sessions in the file: 1 would be added, 0 already present, 1 rejected."
    )
    assert store.count_sessions() == 0


# --- files rejected wholesale ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \n\n", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "The file holds binary data; it is not a CalmKit export"),
        ("id,note\n1,caf\u00e9\n".encode("latin-1"), "The file is not UTF-8 text"),
        (b'{"format": "calmkit.sessions", "version": 1, "sessions": [', "not valid JSON"),
        (b'{"format": "calmkit.sessions"', "not valid JSON: Expecting ',' delimiter at line 1"),
        (b"[1, 2]", 'expected an object with "format": "calmkit.sessions", found a list'),
        (b'{"format": "other.app", "version": 1, "sessions": []}', "its format is 'other.app'"),
        (b'{"version": 1, "sessions": []}', "its format has no format field"),
        (
            b'{"format": "calmkit.sessions", "version": 2, "sessions": []}',
            "written by a newer CalmKit (format version 2); this CalmKit reads version 1. "
            "Update CalmKit to import it.",
        ),
        (b'{"format": "calmkit.sessions", "version": "1", "sessions": []}', 'version is "1"'),
        (b'{"format": "calmkit.sessions", "version": 1}', 'has no "sessions" list'),
        (b"date,minutes\n2026-01-01,5\n", "not a CalmKit CSV export: the first line should name"),
        (csv_file(row(1)) + b'"unterminated,quote\n', "The CSV file is malformed at line"),
        (
            csv_file(row(1), header=(*FIELDS, "note")),
            "The CSV header names the column note more than once.",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_an_unusable_file_is_rejected_wholesale_and_nothing_changes(
    store: Store, data: bytes, message: str
) -> None:
    store.add_session(make_record(9))
    before = history(store)
    with pytest.raises(ImportFileError) as caught:
        import_sessions(store, data)
    assert message in str(caught.value)
    assert history(store) == before


def test_a_missing_column_is_named(store: Store) -> None:
    header = tuple(f for f in FIELDS if f != "ended_at")
    with pytest.raises(ImportFileError, match="missing: ended_at"):
        import_sessions(store, csv_file(row(1), header=header))


def test_a_huge_file_is_refused_before_it_is_read(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 1024 * 1024)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(3 * 1024 * 1024)  # sparse: three MB that cost nothing to create
    with pytest.raises(ImportFileError) as caught:
        import_file(store, huge)
    assert str(caught.value) == (
        "huge.csv is too large to import (3 MB): the limit is 1 MB, while ten years of daily "
        "practice export to a few MB. Is it the right file?"
    )
    with pytest.raises(ImportFileError, match="the input is too large to import"):
        read_import_stream(io.BytesIO(b"x" * (1024 * 1024 + 1)))


def test_a_file_that_cannot_be_read_is_named(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"Cannot read .*missing.json: No such file"):
        import_file(store, tmp_path / "missing.json")
    with pytest.raises(ImportFileError, match="Is a directory"):
        import_file(store, tmp_path)


# --- all or nothing when writing fails ------------------------------------------------------


def test_a_failure_while_writing_leaves_the_log_as_it_was(store: Store, tmp_path: Path) -> None:
    store.add_session(make_record(9))
    before = (history(store), store.day_totals(4), store.exercise_totals())
    # A real full disk in the middle of the inserts: the file may not grow by a single page.
    (pages,) = store._db.execute("PRAGMA page_count").fetchone()
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ImportWriteError) as caught:
        import_sessions(store, json_file(*(row(n) for n in range(1, 300))))
    assert str(caught.value) == (
        "Nothing was imported, and the practice log is as it was before the import. "
        "The disk is full. What was saved before is safe. Free some space, then try again."
    )
    assert (history(store), store.day_totals(4), store.exercise_totals()) == before


def test_the_parsed_rows_do_not_touch_a_store() -> None:
    parsed = parse_sessions(json_file(row(1), row(2, id="x")))
    assert [entry.record for entry in parsed.valid] == [make_record(1)]
    assert parsed.rejected[0].session_id == "x"


def test_a_recovered_session_keeps_its_mark_through_export_and_import(
    store: Store, tmp_path: Path
) -> None:
    recovered = make_record(1, completed=False, actual_seconds=95.0, recovered=True)
    store.add_sessions([recovered, make_record(2)])
    for fmt in ("csv", "json"):
        out = io.StringIO(newline="")
        export_sessions(store, out, fmt)
        with Store.open(tmp_path / f"other-{fmt}.db") as other:
            assert import_sessions(other, out.getvalue().encode()).added == 2
            assert {s.id: s.recovered for s in other.sessions()} == {
                recovered.id: True,
                make_record(2).id: False,
            }
