"""Export of the practice log as CSV or JSON, and import of such files: validated row by row,
merged by id (importing a file twice changes nothing), written in one transaction, all or
nothing.

Self-check results travel too: as a "checkins" list in the JSON export (a file without one is
fine), and as their own CSV (export_checkins; its header starts id,taken_at,q1...). So do the
person's own breathing patterns, as a "patterns" list in the JSON export, with their names
(deleted ones marked, so old sessions keep their names on another computer).

Every value is kept exactly: times to the microsecond with their UTC offset, seconds as the
same float. Export, import into an empty log, export again gives the same bytes. A value a
file writes another way ("yes" for true, 240.0 for 240, a shorter time) is kept in CalmKit's
form, and the report names each such field (ImportReport.normalised).

What an import does, in order:
1. The file as a whole must be readable: at most MAX_IMPORT_BYTES, UTF-8 text, CSV with the
   CalmKit header (sessions or self-checks) or JSON {"format": "calmkit.sessions",
   "version": 1, "sessions": [...], "checkins": [...], "patterns": [...]} (the last two may
   be left out). Otherwise it is rejected wholesale (ImportFileError) and the practice log is
   not touched.
2. Each row is validated; a bad row is rejected with its row number and the reasons. Rows
   sharing an id with different content are all rejected; identical repeats count once.
   Nothing here raises anything but ImportFileError, whatever the file holds (numbers of
   thousands of digits, broken characters, deep nesting): tests/core/test_fuzz.py and
   benchmarks/fuzz.py hold it to that.
3. The rows are merged in ONE transaction: new ids are added, identical ones count as
   already present, and a stored one with the same id but other content is never overwritten
   (that row is rejected), nor is a saved pattern's name taken twice.
4. If any row was rejected, the transaction is undone and nothing at all is written (the
   report has held_back), unless skip_invalid asks for the valid rows alone. A dry run
   undoes it always. If writing fails (disk full, crash), nothing is added either.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO, TypeVar

from calmkit.core.exercises.breathing.custom import (
    EXPORT_FIELDS as PATTERN_FIELDS,
)
from calmkit.core.exercises.breathing.custom import (
    ExportedPattern,
    PatternMerge,
    exported_patterns,
    merge_exported_patterns,
    parse_exported,
)
from calmkit.core.i18n import translate
from calmkit.core.records import SessionRecord
from calmkit.core.selfcheck import MAX_ANSWER, QUESTION_COUNT, CheckIn
from calmkit.core.store import (
    CheckinMergeResult,
    MergeResult,
    StorageError,
    Store,
    moment_text,
)
from calmkit.core.wording import short_number

FORMAT_NAME = "calmkit.sessions"
FORMAT_VERSION = 1
FIELDS = (
    "id",
    "exercise_id",
    "exercise_kind",
    "started_at",
    "ended_at",
    "planned_seconds",
    "actual_seconds",
    "completed",
    "distress_before",
    "distress_after",
    "note",
    "recovered",  # saved from a checkpoint after CalmKit closed unexpectedly
)
_OPTIONAL = frozenset({"distress_before", "distress_after", "note", "recovered"})
ANSWER_FIELDS = tuple(f"q{n}" for n in range(1, QUESTION_COUNT + 1))
CHECKIN_FIELDS = ("id", "taken_at", *ANSWER_FIELDS, "total")
_CHECKIN_OPTIONAL = frozenset({"total"})  # it must match the answers when it is given
ExportFormat = Literal["csv", "json"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "json")

# Ten years of 27 sessions a day (100,000) export to about 35 MB of JSON; a larger file is far
# more likely a mistake than a practice log, and reading it whole would take a lot of memory.
MAX_IMPORT_BYTES = 100 * 1024 * 1024
MAX_SESSION_SECONDS = 24 * 60 * 60  # the longest possible exercise is a few hours
MAX_NOTE_CHARS = 10_000
MAX_NAME_CHARS = 100
_EARLIEST_YEAR = 1970

_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})
_EXAMPLE_TIME = "2026-01-05T09:30:00+01:00"
_EXAMPLE_ID = "6f1c2a4e-3b5d-4e7f-9a1b-2c3d4e5f6a7b"  # the form of uuid4()
_SPACE = re.compile(r"\s")
# More digits than any value in an export can have (a day is 86,400 s); longer numbers are
# refused by name rather than converted, which Python refuses beyond 4,300 digits.
_MAX_DIGITS = 30


class ExchangeError(Exception):
    """An import did not happen; the message says why, for the person who chose the file."""


class ImportFileError(ExchangeError):
    """The file as a whole cannot be imported; the practice log was not touched."""


class ImportWriteError(ExchangeError):
    """The file was fine but writing failed; the transaction was undone, nothing was added."""


class ExportWriteError(ExchangeError):
    """The export file could not be written; nothing was left half-written."""


def write_file_atomically(target: Path, write: Callable[[TextIO], int]) -> int:
    """Write through `write` to a temporary file next to `target`, then rename it over
    `target`: a crash or a full disk leaves the old file (or none), never half an export.

    The file ends with the permissions a plain save would give it (not mkstemp's 0600).
    Returns what `write` returned.
    """
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise ExportWriteError(
            translate(
                "Exchange", "Cannot write to the folder {folder} ({reason}). Nothing was saved."
            ).format(folder=target.parent, reason=error.strerror)
        ) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            count = write(stream)
            stream.flush()
            temp.chmod(_plain_save_mode(target))
            os.fsync(stream.fileno())
        temp.replace(target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportWriteError(
            translate(
                "Exchange",
                "Could not write {path} ({reason}). Nothing was written there; a file "
                "that was already there is unchanged.",
            ).format(path=target, reason=error.strerror)
        ) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def _plain_save_mode(target: Path) -> int:
    """Those of the file replaced, else the usual ones for a new file under the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Read, not set: os.umask() would change it for every thread for a moment.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


Section = Literal["session", "checkin", "pattern"]
_SECTION_ORDER = {"session": 0, "checkin": 1, "pattern": 2}


@dataclass(frozen=True, slots=True)
class RejectedRow:
    row: int  # 1 = the first session (or self-check) in the file; a CSV header is not a row
    line: int | None  # CSV only: the line the row starts on
    session_id: str | None  # as written in the file, if there was one
    reason: str
    section: Section = "session"  # JSON files number their self-checks from 1 too

    def describe(self) -> str:
        if self.section == "pattern":
            text = translate("RejectedRow", "pattern {row}: {reason}")
        elif self.line is not None:
            text = translate("RejectedRow", "row {row} (line {line}): {reason}")
        elif self.section == "checkin":
            text = translate("RejectedRow", "self-check {row}: {reason}")
        else:
            text = translate("RejectedRow", "row {row}: {reason}")
        return text.format(row=self.row, line=self.line, reason=self.reason)


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_format: Literal["csv", "json"]
    rows: int  # sessions in the file
    added: int
    already_present: int  # identical to a stored session, or to an earlier row of the file
    rejected: tuple[RejectedRow, ...]
    warnings: tuple[str, ...]  # about the file, e.g. columns that were ignored
    dry_run: bool = False
    checkin_rows: int = 0  # self-checks in the file
    checkins_added: int = 0
    checkins_already_present: int = 0
    checkins_file: bool = False  # a CSV of self-checks (no sessions in it)
    # Values kept in CalmKit's own form rather than as written (e.g. "yes" kept as "true"),
    # one line per field; a new export writes them that way.
    normalised: tuple[str, ...] = ()
    # Nothing was written because some rows were rejected and skip_invalid was not asked for:
    # `added` then counts what importing the valid rows would add.
    held_back: bool = False
    pattern_rows: int = 0  # saved breathing patterns in the file (JSON only)
    patterns_added: int = 0
    patterns_already_present: int = 0

    @property
    def written(self) -> bool:
        """Whether anything was added to the practice log."""
        added = self.added + self.checkins_added + self.patterns_added
        return not (self.dry_run or self.held_back) and bool(added)

    def summary(self) -> str:
        rejected = sum(r.section == "session" for r in self.rejected)
        checks_rejected = sum(r.section == "checkin" for r in self.rejected)
        patterns = ""
        if self.pattern_rows:
            patterns = " " + self._pattern_counts(len(self.rejected) - rejected - checks_rejected)
        sessions = self._session_counts(rejected)
        if not (self.checkin_rows or self.checkins_file):
            return sessions + patterns
        checks = self._checkin_counts(checks_rejected)
        return checks if self.checkins_file else f"{sessions} {checks}{patterns}"

    # One whole sentence for each outcome (added, would be added in a dry run, could be added
    # when held back), so that each language words it its own way.
    # (lupdate reads a count only from a plain name, hence `rows`.)
    def _session_counts(self, rejected: int) -> str:
        rows = self.rows
        if self.held_back:
            text = translate(
                "ImportReport",
                "%n session(s) in the file: {added} could be added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        elif self.dry_run:
            text = translate(
                "ImportReport",
                "%n session(s) in the file: {added} would be added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        else:
            text = translate(
                "ImportReport",
                "%n session(s) in the file: {added} added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        return text.format(added=self.added, present=self.already_present, rejected=rejected)

    def _checkin_counts(self, rejected: int) -> str:
        rows = self.checkin_rows
        if self.checkins_file:
            if self.held_back:
                text = translate(
                    "ImportReport",
                    "%n self-check(s) in the file: {added} could be added, {present} already "
                    "present, {rejected} rejected.",
                    None,
                    rows,
                )
            elif self.dry_run:
                text = translate(
                    "ImportReport",
                    "%n self-check(s) in the file: {added} would be added, {present} already "
                    "present, {rejected} rejected.",
                    None,
                    rows,
                )
            else:
                text = translate(
                    "ImportReport",
                    "%n self-check(s) in the file: {added} added, {present} already present, "
                    "{rejected} rejected.",
                    None,
                    rows,
                )
        elif self.held_back:
            text = translate(
                "ImportReport",
                "%n self-check(s): {added} could be added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        elif self.dry_run:
            text = translate(
                "ImportReport",
                "%n self-check(s): {added} would be added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        else:
            text = translate(
                "ImportReport",
                "%n self-check(s): {added} added, {present} already present, {rejected} rejected.",
                None,
                rows,
            )
        return text.format(
            added=self.checkins_added, present=self.checkins_already_present, rejected=rejected
        )

    def _pattern_counts(self, rejected: int) -> str:
        rows = self.pattern_rows
        if self.held_back:
            text = translate(
                "ImportReport",
                "%n saved pattern(s): {added} could be added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        elif self.dry_run:
            text = translate(
                "ImportReport",
                "%n saved pattern(s): {added} would be added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        else:
            text = translate(
                "ImportReport",
                "%n saved pattern(s): {added} added, {present} already present, "
                "{rejected} rejected.",
                None,
                rows,
            )
        return text.format(
            added=self.patterns_added, present=self.patterns_already_present, rejected=rejected
        )

    @property
    def outcome(self) -> str:
        """One sentence on what happened to the practice log."""
        if self.held_back:
            count = len(self.rejected)
            if count == 1:
                return translate(
                    "ImportReport",
                    "Nothing was imported, because 1 row cannot be used. Fix it, or import only "
                    "the valid rows.",
                )
            return translate(
                "ImportReport",
                "Nothing was imported, because %n row(s) cannot be used. Fix them, or import only "
                "the valid rows.",
                None,
                count,
            )
        if self.dry_run:
            if self.rejected:
                return translate(
                    "ImportReport",
                    "This was a check: nothing was written. As it is, the file would be "
                    "refused unless you import only the valid rows.",
                )
            return translate("ImportReport", "This was a check: nothing was written.")
        if not self.written:
            return translate("ImportReport", "Nothing new to add: your practice log is unchanged.")
        return translate("ImportReport", "The new rows were added to your practice log.")


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row: int
    line: int | None
    record: SessionRecord


@dataclass(frozen=True, slots=True)
class ParsedCheckin:
    row: int
    line: int | None
    checkin: CheckIn


@dataclass(frozen=True, slots=True)
class ParsedPattern:
    row: int
    pattern: ExportedPattern
    line: None = None  # patterns travel in JSON only, which has no line numbers


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A file read and validated, before anything touches the store."""

    file_format: Literal["csv", "json"]
    rows: int
    valid: tuple[ParsedRow, ...]  # in file order, ids unique
    repeats: int  # rows identical to an earlier row
    rejected: tuple[RejectedRow, ...]  # sessions and self-checks, by section and row
    warnings: tuple[str, ...]
    checkin_rows: int = 0
    checkins: tuple[ParsedCheckin, ...] = ()  # in file order, ids unique
    checkin_repeats: int = 0
    checkins_file: bool = False
    normalised: tuple[str, ...] = ()  # see ImportReport.normalised
    pattern_rows: int = 0
    patterns: tuple[ParsedPattern, ...] = ()  # in file order, ids unique
    pattern_repeats: int = 0


_Entry = TypeVar("_Entry", ParsedRow, ParsedCheckin, ParsedPattern)


# --- export ---------------------------------------------------------------------------------


def session_to_dict(record: SessionRecord) -> dict[str, Any]:
    """One session in the export shape (JSON values; CSV writes the same as text)."""
    return {
        "id": record.id,
        "exercise_id": record.exercise_id,
        "exercise_kind": record.exercise_kind,
        "started_at": moment_text(record.started_at),
        "ended_at": moment_text(record.ended_at),
        "planned_seconds": _json_number(record.planned_seconds),
        "actual_seconds": _json_number(record.actual_seconds),
        "completed": record.completed,
        "distress_before": record.distress_before,
        "distress_after": record.distress_after,
        "note": record.note,
        "recovered": record.recovered,
    }


def checkin_to_dict(checkin: CheckIn) -> dict[str, Any]:
    """One self-check in the export shape: its answers as q1-q7 (0-3) and their total."""
    return {
        "id": checkin.id,
        "taken_at": moment_text(checkin.taken_at),
        **dict(zip(ANSWER_FIELDS, checkin.answers, strict=True)),
        "total": checkin.total,
    }


def write_sessions(
    records: Iterable[SessionRecord],
    stream: TextIO,
    fmt: ExportFormat,
    checkins: Iterable[CheckIn] = (),
    patterns: Iterable[ExportedPattern] = (),
) -> int:
    """Write sessions to a text stream (open it with newline="" for CSV); returns the count of
    sessions. JSON also carries `checkins` (CSV has its own file for them, write_checkins) and
    the saved breathing `patterns`, so their names come along with their sessions."""
    if fmt == "csv":
        return _write_csv(records, stream)
    if fmt == "json":
        return _write_json(records, stream, checkins, patterns)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def write_checkins(checkins: Iterable[CheckIn], stream: TextIO) -> int:
    """Self-checks as CSV (open the stream with newline=""); returns the count."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CHECKIN_FIELDS)
    count = 0
    for checkin in checkins:
        row = checkin_to_dict(checkin)
        writer.writerow(row[name] for name in CHECKIN_FIELDS)
        count += 1
    return count


def export_sessions(store: Store, stream: TextIO, fmt: ExportFormat) -> int:
    """Write the whole practice log, oldest session first, without holding it all in memory.
    JSON includes the self-checks, oldest first. Returns the count of sessions."""
    with store.snapshot():
        patterns = exported_patterns(store) if fmt == "json" else []
        return write_sessions(store.iter_sessions(), stream, fmt, store.iter_checkins(), patterns)


def export_checkins(store: Store, stream: TextIO) -> int:
    """Write every self-check as CSV, oldest first; returns the count."""
    with store.snapshot():
        return write_checkins(store.iter_checkins(), stream)


def _write_csv(records: Iterable[SessionRecord], stream: TextIO) -> int:
    # CRLF as RFC 4180 says; it also matters for quoting: the writer quotes a field only if
    # it holds a character of the line terminator, and a note may hold a lone "\r".
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(FIELDS)
    count = 0
    for record in records:
        row = session_to_dict(record)
        row["completed"] = "true" if record.completed else "false"
        row["recovered"] = "true" if record.recovered else "false"
        writer.writerow("" if row[name] is None else row[name] for name in FIELDS)
        count += 1
    return count


def _write_json(
    records: Iterable[SessionRecord],
    stream: TextIO,
    checkins: Iterable[CheckIn],
    patterns: Iterable[ExportedPattern],
) -> int:
    # One session per line: a valid JSON document that stays readable and diffable, written
    # as it goes instead of building one huge string.
    stream.write(json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION})[:-1])
    stream.write(', "sessions": [')
    count = 0
    for record in records:
        stream.write(",\n  " if count else "\n  ")
        stream.write(json.dumps(session_to_dict(record), ensure_ascii=False))
        count += 1
    stream.write("\n]" if count else "]")
    stream.write(', "checkins": [')
    written = 0
    for checkin in checkins:
        stream.write(",\n  " if written else "\n  ")
        stream.write(json.dumps(checkin_to_dict(checkin)))
        written += 1
    stream.write("\n]" if written else "]")
    stream.write(', "patterns": [')
    shown = 0
    for pattern in patterns:
        stream.write(",\n  " if shown else "\n  ")
        stream.write(json.dumps(pattern.to_dict(), ensure_ascii=False))
        shown += 1
    stream.write("\n]}\n" if shown else "]}\n")
    return count


def _json_number(value: float) -> float | int:
    # Whole seconds are written as 240, not 240.0; both read back as the same float.
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)


# --- import ---------------------------------------------------------------------------------


def read_import_file(path: Path) -> bytes:
    """The bytes of a file to import, refusing files over the size limit before reading."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(_too_big(path.name, size))
        with path.open("rb") as file:
            return read_import_stream(file, name=path.name)
    except OSError as error:
        raise ImportFileError(
            translate("Exchange", "Cannot read {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def read_import_stream(stream: BinaryIO, name: str | None = None) -> bytes:
    """Read at most the size limit from a binary stream (e.g. stdin)."""
    data = stream.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(_too_big(name or translate("Exchange", "the input"), None))
    return data


def import_file(
    store: Store, path: Path, *, dry_run: bool = False, skip_invalid: bool = False
) -> ImportReport:
    return import_sessions(
        store, read_import_file(path), dry_run=dry_run, skip_invalid=skip_invalid
    )


def import_sessions(
    store: Store, data: bytes, *, dry_run: bool = False, skip_invalid: bool = False
) -> ImportReport:
    """Validate `data` (CSV or JSON, told apart by content) and merge it into the store.

    All or nothing: when any row is rejected nothing is written (the report has held_back),
    unless `skip_invalid` asks for the valid rows alone. Raises ImportFileError when the file
    is rejected wholesale and ImportWriteError when the store could not be written; in both
    cases the practice log is exactly as it was.
    """
    return merge_parsed(store, parse_sessions(data), dry_run=dry_run, skip_invalid=skip_invalid)


class _HeldBackError(Exception):
    """Undoes the import's transaction when the import must not be written after all."""


def merge_parsed(
    store: Store | None,
    parsed: ParsedFile,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> ImportReport:
    """The second half of import_sessions(), for callers that parse first (e.g. to refuse a
    bad file before creating a practice log, or to show a preview). With `store` None (no
    practice log yet) it can only be a dry run: every valid row would be added."""
    if store is None:
        if not dry_run:
            raise ValueError("an import that writes needs a store")
        return _report(parsed, _NO_STORE, dry_run=True, held_back=False)
    records = [entry.record for entry in parsed.valid]
    checkins = [entry.checkin for entry in parsed.checkins]
    patterns = [entry.pattern for entry in parsed.patterns]
    outcome: _Merged | None = None
    try:
        # Sessions and self-checks in one transaction: a failure adds neither, and the ids
        # looked up are the ids there when writing. A dry run only reads, so it also works on
        # a log opened read-only (beside the running app, or in a read-only folder).
        with store.snapshot() if dry_run else store.transaction():
            outcome = _Merged(
                store.merge_sessions(records, dry_run=dry_run),
                store.merge_checkins(checkins, dry_run=dry_run),
                merge_exported_patterns(store, patterns, dry_run=dry_run),
            )
            refused = (
                parsed.rejected
                or outcome.sessions.conflicts
                or outcome.checkins.conflicts
                or outcome.patterns.refused
            )
            if refused and not skip_invalid and not dry_run:
                raise _HeldBackError
    except _HeldBackError:
        assert outcome is not None
        return _report(parsed, outcome, dry_run=False, held_back=True)
    except StorageError as error:
        # Disk full, I/O error, database locked...: the transaction was rolled back, so say
        # plainly that nothing changed.
        raise ImportWriteError(
            translate(
                "Exchange",
                "Nothing was imported, and the practice log is as it was before the import. "
                "{reason}",
            ).format(reason=error)
        ) from error
    return _report(parsed, outcome, dry_run=dry_run, held_back=False)


@dataclass(frozen=True, slots=True)
class _Merged:
    sessions: MergeResult
    checkins: CheckinMergeResult
    patterns: PatternMerge


def _report(parsed: ParsedFile, merged: _Merged, *, dry_run: bool, held_back: bool) -> ImportReport:
    if merged is _NO_STORE:
        merged = _Merged(
            MergeResult(tuple(e.record.id for e in parsed.valid), (), ()),
            CheckinMergeResult(tuple(e.checkin.id for e in parsed.checkins), (), ()),
            PatternMerge(tuple(e.pattern.id for e in parsed.patterns), (), ()),
        )
    rejected = list(parsed.rejected)
    if merged.sessions.conflicts:
        entry_of = {entry.record.id: entry for entry in parsed.valid}
        for stored in merged.sessions.conflicts:
            entry = entry_of[stored.id]
            rejected.append(
                RejectedRow(
                    row=entry.row,
                    line=entry.line,
                    session_id=stored.id,
                    reason=translate(
                        "Exchange",
                        "a different session with this id is already in your practice log "
                        "(started {started}); it was left as it is",
                    ).format(started=stored.started_at.isoformat(timespec="minutes")),
                )
            )
    if merged.checkins.conflicts:
        checkin_of = {entry.checkin.id: entry for entry in parsed.checkins}
        for stored_checkin in merged.checkins.conflicts:
            found = checkin_of[stored_checkin.id]
            taken = stored_checkin.taken_at.isoformat(timespec="minutes")
            rejected.append(
                RejectedRow(
                    row=found.row,
                    line=found.line,
                    session_id=stored_checkin.id,
                    reason=translate(
                        "Exchange",
                        "a different self-check with this id is already in your practice log "
                        "(taken {taken}); it was left as it is",
                    ).format(taken=taken),
                    section="checkin",
                )
            )
    if merged.patterns.refused:
        row_of = {entry.pattern.id: entry.row for entry in parsed.patterns}
        rejected.extend(
            RejectedRow(row_of[pattern_id], None, pattern_id, reason, "pattern")
            for pattern_id, reason in merged.patterns.refused
        )
    rejected.sort(key=lambda r: (_SECTION_ORDER[r.section], r.row))
    return ImportReport(
        file_format=parsed.file_format,
        rows=parsed.rows,
        added=len(merged.sessions.added),
        already_present=len(merged.sessions.already_present) + parsed.repeats,
        rejected=tuple(rejected),
        warnings=parsed.warnings,
        dry_run=dry_run,
        checkin_rows=parsed.checkin_rows,
        checkins_added=len(merged.checkins.added),
        checkins_already_present=len(merged.checkins.already_present) + parsed.checkin_repeats,
        checkins_file=parsed.checkins_file,
        normalised=parsed.normalised,
        held_back=held_back,
        pattern_rows=parsed.pattern_rows,
        patterns_added=len(merged.patterns.added),
        patterns_already_present=len(merged.patterns.already_present) + parsed.pattern_repeats,
    )


_NO_STORE = _Merged(
    MergeResult((), (), ()), CheckinMergeResult((), (), ()), PatternMerge((), (), ())
)


def parse_sessions(data: bytes) -> ParsedFile:
    """Read and validate an export file (sessions, with or without self-checks, or a CSV of
    self-checks) without touching any store."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(_too_big(translate("Exchange", "the file"), len(data)))
    text = _decode(data)
    file_format: Literal["csv", "json"] = "json" if text.lstrip()[:1] in ("{", "[") else "csv"
    checkins_file = False
    raw_checkins: list[_RawRow] = []
    raw_patterns: list[_RawRow] = []
    if file_format == "json":
        raw_rows, warnings, raw_checkins, raw_patterns = _json_rows(text)
    else:
        raw_rows, warnings, checkins_file = _csv_rows(text)
        if checkins_file:
            raw_rows, raw_checkins = [], raw_rows

    valid: list[ParsedRow] = []
    rejected: list[RejectedRow] = []
    changes = _Normalised(file_format)
    for raw in raw_rows:
        record, problems = _validate(raw)
        if record is None:
            rejected.append(RejectedRow(raw.row, raw.line, raw.session_id, "; ".join(problems)))
        else:
            valid.append(ParsedRow(raw.row, raw.line, record))
            changes.compare(raw, session_to_dict(record), "row")
    checked: list[ParsedCheckin] = []
    for raw in raw_checkins:
        checkin, problems = _validate_checkin(raw)
        if checkin is None:
            rejected.append(
                RejectedRow(raw.row, raw.line, raw.session_id, "; ".join(problems), "checkin")
            )
        else:
            checked.append(ParsedCheckin(raw.row, raw.line, checkin))
            changes.compare(raw, checkin_to_dict(checkin), "row" if checkins_file else "checkin")
    patterns: list[ParsedPattern] = []
    for raw in raw_patterns:
        pattern, problem = _validate_pattern(raw)
        if pattern is None:
            rejected.append(RejectedRow(raw.row, None, raw.session_id, problem, "pattern"))
        else:
            patterns.append(ParsedPattern(raw.row, pattern))
            changes.compare(raw, pattern.to_dict(), "pattern")

    unique, repeats, clashes = _unique_by_id(
        valid, lambda e: e.record.id, lambda e: tuple(session_to_dict(e.record).values())
    )
    unique_checkins, checkin_repeats, checkin_clashes = _unique_by_id(
        checked, lambda e: e.checkin.id, lambda e: tuple(checkin_to_dict(e.checkin).values())
    )
    unique_patterns, pattern_repeats, pattern_clashes = _unique_by_id(
        patterns, lambda e: e.pattern.id, lambda e: e.pattern
    )
    unique_patterns, same_names = _one_per_name(unique_patterns)
    rejected.extend(same_names)
    sections: tuple[tuple[Section, list[tuple[str, list[Any]]]], ...] = (
        ("session", clashes),
        ("checkin", checkin_clashes),
        ("pattern", pattern_clashes),
    )
    for section, clash in sections:
        for entry_id, entries in clash:
            listed = _listed([entry.row for entry in entries])
            if section == "pattern":
                reason = translate(
                    "Exchange",
                    "patterns {rows} have the same id but different content; "
                    "none of them was imported",
                )
            else:
                reason = translate(
                    "Exchange",
                    "rows {rows} have the same id but different content; none of them was imported",
                )
            rejected.extend(
                RejectedRow(entry.row, entry.line, entry_id, reason.format(rows=listed), section)
                for entry in entries
            )
    rejected.sort(key=lambda r: (_SECTION_ORDER[r.section], r.row))
    return ParsedFile(
        file_format=file_format,
        rows=len(raw_rows),
        valid=tuple(unique),
        repeats=repeats,
        rejected=tuple(rejected),
        warnings=tuple(warnings),
        checkin_rows=len(raw_checkins),
        checkins=tuple(unique_checkins),
        checkin_repeats=checkin_repeats,
        checkins_file=checkins_file,
        normalised=changes.lines(),
        pattern_rows=len(raw_patterns),
        patterns=tuple(unique_patterns),
        pattern_repeats=pattern_repeats,
    )


class _Normalised:
    """Values of the valid rows that CalmKit keeps in its own form rather than as written
    ("yes" as "true", 240.0 as 240, a time to the microsecond): by field, how many rows, and
    the first example. A file CalmKit exported has none, so a round trip is exact."""

    def __init__(self, file_format: Literal["csv", "json"]) -> None:
        self._csv = file_format == "csv"
        self._found: dict[str, list[Any]] = {}  # field -> [count, where, written, kept]

    def compare(self, raw: _RawRow, kept: Mapping[str, Any], section: str) -> None:
        for name, value in raw.fields.items():
            if name not in kept:
                continue  # an unknown field: ignored, and named in the warnings
            canonical = kept[name]
            if self._csv:
                canonical = _csv_text(canonical)
                same = value == canonical
            else:
                # 240.0 == 240 and True == 1 in Python; JSON writes them differently.
                same = value == canonical and type(value) is type(canonical)
            if same:
                continue
            found = self._found.get(name)
            if found is None:
                self._found[name] = [1, _where(section, raw.row), value, canonical]
            else:
                found[0] += 1

    def lines(self) -> tuple[str, ...]:
        return tuple(
            translate(
                "Exchange",
                "{field} in %n row(s): {written} is kept as {kept} ({where})",
                None,
                count,
            ).format(field=name, written=_written(written), kept=_written(kept), where=where)
            for name, (count, where, written, kept) in self._found.items()
        )


def _where(section: str, row: int) -> str:
    """Where the first example of a kept value is: "row 3", "self-check 2", "pattern 1"."""
    if section == "checkin":
        return translate("Exchange", "self-check {number}").format(number=row)
    if section == "pattern":
        return translate("Exchange", "pattern {number}").format(number=row)
    return translate("Exchange", "row {number}").format(number=row)


def _listed(rows: Sequence[int]) -> str:
    """Row numbers as "2, 3 and 5"."""
    if len(rows) == 1:
        return str(rows[0])
    return translate("Exchange", "{first} and {last}", "a list of row numbers").format(
        first=", ".join(str(r) for r in rows[:-1]), last=rows[-1]
    )


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _written(value: Any) -> str:
    if value is None or value == "":
        return translate("Exchange", "empty", "a value kept as it is")
    return _show(value)


def _one_per_name(
    patterns: list[ParsedPattern],
) -> tuple[list[ParsedPattern], list[RejectedRow]]:
    """Two patterns in the list may not share a name (whatever the case), as when a person
    saves one: there is no telling which should keep it, so neither is imported."""
    by_name: dict[str, list[ParsedPattern]] = {}
    for entry in patterns:
        if not entry.pattern.deleted:
            by_name.setdefault(entry.pattern.name.casefold(), []).append(entry)
    refused: list[RejectedRow] = []
    for entries in by_name.values():
        if len(entries) > 1:
            reason = translate(
                "Exchange", "patterns {rows} have the same name; none of them was imported"
            ).format(rows=_listed([entry.row for entry in entries]))
            refused.extend(
                RejectedRow(entry.row, None, entry.pattern.id, reason, "pattern")
                for entry in entries
            )
    left_out = {row.row for row in refused}
    return [entry for entry in patterns if entry.row not in left_out], refused


def _unique_by_id(
    entries: Sequence[_Entry], id_of: Callable[[_Entry], str], content: Callable[[_Entry], Any]
) -> tuple[list[_Entry], int, list[tuple[str, list[_Entry]]]]:
    """Rows by id: the same id on several rows is harmless when the content is the same
    (counted as repeats); otherwise there is no telling which row is right, so none of them
    is imported (returned as clashes)."""
    by_id: dict[str, list[_Entry]] = {}
    for entry in entries:
        by_id.setdefault(id_of(entry), []).append(entry)
    unique: list[_Entry] = []
    repeats = 0
    clashes: list[tuple[str, list[_Entry]]] = []
    for entry_id, found in by_id.items():
        if len({content(entry) for entry in found}) == 1:
            unique.append(found[0])
            repeats += len(found) - 1
        else:
            clashes.append((entry_id, found))
    unique.sort(key=lambda entry: entry.row)
    return unique, repeats, clashes


@dataclass(frozen=True, slots=True)
class _RawRow:
    """One row as found in the file, before validation."""

    row: int
    line: int | None
    fields: Mapping[str, Any]
    problem: str | None = None  # wrong at a glance (not an object, too many cells)

    @property
    def session_id(self) -> str | None:
        value = self.fields.get("id")
        if not isinstance(value, str) or not value.isprintable():
            return None  # shown in messages: never a broken character
        return value.strip() or None


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ImportFileError(translate("Exchange", "The file is empty."))
    if b"\x00" in data:
        raise ImportFileError(
            translate(
                "Exchange",
                "The file holds binary data; it is not a CalmKit export (CSV or JSON text).",
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            translate(
                "Exchange",
                "The file is not UTF-8 text (unexpected byte at position {position}). "
                "CalmKit exports are UTF-8 CSV or JSON; if a spreadsheet saved it, choose "
                "'CSV UTF-8' when saving.",
            ).format(position=error.start)
        ) from None


class _HugeNumber:
    """A JSON integer with more digits than any real value has: Python refuses to convert
    one over 4,300 digits, and one over a few hundred overflows every float operation."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __str__(self) -> str:
        return translate("Exchange", "a number with {digits} digits").format(
            digits=f"{self.digits:,}"
        )

    __repr__ = __str__


def _json_int(text: str) -> int | _HugeNumber:
    digits = len(text.lstrip("-"))
    return _HugeNumber(digits) if digits > _MAX_DIGITS else int(text)


def _json_rows(text: str) -> tuple[list[_RawRow], list[str], list[_RawRow], list[_RawRow]]:
    try:
        document = json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            translate(
                "Exchange",
                "The file looks like JSON but is not valid JSON: {reason} at line {line}, "
                "column {column}.",
            ).format(reason=error.msg, line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise ImportFileError(
            translate("Exchange", "The JSON file is nested too deeply to be an export.")
        ) from None
    if not isinstance(document, dict):
        raise ImportFileError(
            translate(
                "Exchange",
                'The JSON file is not a CalmKit export: expected an object with "format": '
                '"{format}", found {found}.',
            ).format(format=FORMAT_NAME, found=_json_type(document))
        )
    found_format = document.get("format")
    if found_format is None:
        raise ImportFileError(
            translate(
                "Exchange",
                "The JSON file is not a CalmKit export: its format has no format field, "
                "expected {format}.",
            ).format(format=repr(FORMAT_NAME))
        )
    if found_format != FORMAT_NAME:
        raise ImportFileError(
            translate(
                "Exchange",
                "The JSON file is not a CalmKit export: its format is {found}, expected {format}.",
            ).format(found=_show(found_format), format=repr(FORMAT_NAME))
        )
    version = document.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and version > 1:
            raise ImportFileError(
                translate(
                    "Exchange",
                    "The file was written by a newer CalmKit (format version {version}); this "
                    "CalmKit reads version {known}. Update CalmKit to import it.",
                ).format(version=version, known=FORMAT_VERSION)
            )
        raise ImportFileError(
            translate(
                "Exchange",
                "The file's format version is {version}; this CalmKit reads version {known}.",
            ).format(version=_show(version, as_json=True), known=FORMAT_VERSION)
        )
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        raise ImportFileError(translate("Exchange", 'The JSON file has no "sessions" list.'))
    checkins = document.get("checkins", [])  # files from before the self-check have none
    if not isinstance(checkins, list):
        raise ImportFileError(
            translate(
                "Exchange", 'The JSON file\'s "checkins" is {found}, not a list of self-checks.'
            ).format(found=_json_type(checkins))
        )
    patterns = document.get("patterns", [])  # files from before patterns travelled have none
    if not isinstance(patterns, list):
        raise ImportFileError(
            translate(
                "Exchange", 'The JSON file\'s "patterns" is {found}, not a list of patterns.'
            ).format(found=_json_type(patterns))
        )
    unknown: set[str] = set()
    rows = _json_objects(sessions, FIELDS, "session", unknown)
    checkin_rows = _json_objects(checkins, CHECKIN_FIELDS, "checkin", unknown)
    pattern_rows = _json_objects(patterns, PATTERN_FIELDS, "pattern", unknown)
    warnings = []
    if unknown:
        names = ", ".join(_readable(name) for name in sorted(unknown)[:10])
        warnings.append(
            translate(
                "Exchange", "Fields this CalmKit does not know were ignored: {names}."
            ).format(names=names)
        )
    return rows, warnings, checkin_rows, pattern_rows


def _json_objects(
    items: list[Any], fields: tuple[str, ...], section: Section, unknown: set[str]
) -> list[_RawRow]:
    rows: list[_RawRow] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            unknown.update(key for key in item if key not in fields)
            rows.append(_RawRow(number, None, item))
        else:
            rows.append(_RawRow(number, None, {}, _not_an_object(section, item)))
    return rows


def _not_an_object(section: Section, item: Any) -> str:
    if section == "checkin":
        text = translate("Exchange", "not an object with the self-check's fields but {found}")
    elif section == "pattern":
        text = translate("Exchange", "not an object with the pattern's fields but {found}")
    else:
        text = translate("Exchange", "not an object with the session's fields but {found}")
    return text.format(found=_json_type(item))


def _csv_rows(text: str) -> tuple[list[_RawRow], list[str], bool]:
    """The rows, warnings about the file, and whether it is a CSV of self-checks."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    # A spreadsheet set to another locale may save with semicolons or tabs.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[_RawRow] = []
    warnings: list[str] = []
    header: list[str] | None = None
    known: tuple[str, ...] = FIELDS
    previous_line = 0
    try:
        for cells in reader:
            start_line = previous_line + 1
            previous_line = reader.line_num
            if not cells or cells == [""]:
                continue  # blank line
            if header is None:
                header = [cell.strip() for cell in cells]
                if "taken_at" in header and "started_at" not in header:
                    known = CHECKIN_FIELDS
                warnings.extend(_check_header(header, known))
                continue
            fields = {n: cell for n, cell in zip(header, cells, strict=False) if n in known}
            extra = len(cells) - len(header)
            problem = (
                translate("Exchange", "the row has %n more cell(s) than the header", None, extra)
                if extra > 0
                else None
            )
            rows.append(_RawRow(len(rows) + 1, start_line, fields, problem))
    except csv.Error as error:
        raise ImportFileError(
            translate(
                "Exchange",
                "The CSV file is malformed at line {line}: {reason}. Nothing was imported.",
            ).format(line=reader.line_num, reason=error)
        ) from None
    if header is None:
        raise ImportFileError(translate("Exchange", "The file is empty."))
    return rows, warnings, known is CHECKIN_FIELDS


def _check_header(header: list[str], known: tuple[str, ...] = FIELDS) -> list[str]:
    optional = _CHECKIN_OPTIONAL if known is CHECKIN_FIELDS else _OPTIONAL
    missing = [name for name in known if name not in header and name not in optional]
    if missing:
        if known is CHECKIN_FIELDS:
            text = translate(
                "Exchange",
                "This is not a CalmKit self-check CSV export: the first line should name the "
                "columns {columns}; missing: {missing}.",
            )
        else:
            text = translate(
                "Exchange",
                "This is not a CalmKit CSV export: the first line should name the columns "
                "{columns}; missing: {missing}.",
            )
        raise ImportFileError(text.format(columns=", ".join(known), missing=", ".join(missing)))
    repeated = sorted({name for name in header if header.count(name) > 1 and name in known})
    if repeated:
        raise ImportFileError(
            translate("Exchange", "The CSV header names the column {names} more than once.").format(
                names=", ".join(repeated)
            )
        )
    unknown = [name for name in header if name not in known]
    if unknown:
        shown = ", ".join(repr(name) for name in unknown[:10])
        return [
            translate(
                "Exchange", "Columns this CalmKit does not know were ignored: {names}."
            ).format(names=shown)
        ]
    return []


# --- validating one row ---------------------------------------------------------------------


class _InvalidValueError(ValueError):
    """One field of one row cannot be used; the message names the field and why."""


def _validate(raw: _RawRow) -> tuple[SessionRecord | None, list[str]]:
    """A session from one row, or the reasons it cannot be one (all of them, not just the
    first, so a person can fix the row in one go)."""
    if raw.problem is not None:
        return None, [raw.problem]
    fields = raw.fields
    problems: list[str] = []
    values: dict[str, Any] = {}
    for name, parse in _PARSERS.items():
        if name not in fields or fields[name] is None:
            if name in _OPTIONAL:
                values[name] = _ABSENT.get(name)
                continue
            problems.append(_missing(name))
            continue
        try:
            values[name] = parse(name, fields[name])
        except _InvalidValueError as error:
            problems.append(str(error))
    if problems:
        return None, problems
    if values["ended_at"] < values["started_at"]:
        return None, [
            translate("Exchange", "ended_at ({ended}) is before started_at ({started})").format(
                ended=fields["ended_at"], started=fields["started_at"]
            )
        ]
    return SessionRecord(**values), []


def _validate_checkin(raw: _RawRow) -> tuple[CheckIn | None, list[str]]:
    """A self-check from one row, or every reason it cannot be one. Only complete checks are
    kept, so a missing answer refuses the row."""
    if raw.problem is not None:
        return None, [raw.problem]
    fields = raw.fields
    problems: list[str] = []
    values: dict[str, Any] = {}
    for name, parse in (("id", _parse_id), ("taken_at", _parse_time)):
        if fields.get(name) is None:
            problems.append(_missing(name))
            continue
        try:
            values[name] = parse(name, fields[name])
        except _InvalidValueError as error:
            problems.append(str(error))
    answers: list[int] = []
    for name in ANSWER_FIELDS:
        value = fields.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(
                translate(
                    "Exchange", "{field} is not answered (only complete self-checks are kept)"
                ).format(field=name)
            )
            continue
        try:
            answers.append(_parse_whole(name, value, MAX_ANSWER))
        except _InvalidValueError as error:
            problems.append(str(error))
    total = fields.get("total")
    if total is not None and not (isinstance(total, str) and not total.strip()):
        try:
            stated = _parse_whole("total", total, MAX_ANSWER * QUESTION_COUNT)
        except _InvalidValueError as error:
            problems.append(str(error))
        else:
            if len(answers) == QUESTION_COUNT and stated != sum(answers):
                problems.append(
                    translate(
                        "Exchange", "total is {total}, but the answers add up to {sum}"
                    ).format(total=stated, sum=sum(answers))
                )
    if problems:
        return None, problems
    return CheckIn(values["id"], values["taken_at"], tuple(answers)), []


def _validate_pattern(raw: _RawRow) -> tuple[ExportedPattern | None, str]:
    """A saved pattern from the file, or the reason it cannot be one (the breathing kind's
    own rules, as when a person saves one)."""
    if raw.problem is not None:
        return None, raw.problem
    fields = raw.fields  # a _HugeNumber is no number to the kind's rules, and shows as one
    for name in ("id", "name"):
        value = fields.get(name)
        if isinstance(value, str):
            try:
                _refuse_broken_text(name, value)
            except _InvalidValueError as error:
                return None, str(error)
    try:
        return parse_exported(fields), ""
    except ValueError as error:
        return None, str(error).rstrip(".")


def _invalid(text: str, field: str, **values: object) -> _InvalidValueError:
    """The error for one field: `text` (translated) names it as {field}."""
    return _InvalidValueError(text.format(field=field, **values))


def _missing(field: str) -> str:
    return translate("Exchange", "{field} is missing").format(field=field)


def _parse_whole(name: str, value: Any, highest: int) -> int:
    if isinstance(value, str):
        text = value.strip()
        # isdigit() alone would let "²" through, which int() refuses.
        if not (text.isascii() and text.isdigit()):
            raise _invalid(
                translate("Exchange", "{field} {value} is not a whole number from 0 to {highest}"),
                name,
                value=_show(value),
                highest=highest,
            )
        if len(text) > _MAX_DIGITS:
            raise _invalid(
                translate("Exchange", "{field} has {digits} digits, outside 0-{highest}"),
                name,
                digits=f"{len(text):,}",
                highest=highest,
            )
        value = int(text)
    if isinstance(value, _HugeNumber):
        raise _invalid(
            translate("Exchange", "{field} is {value}, outside 0-{highest}"),
            name,
            value=value,
            highest=highest,
        )
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a number from 0 to {highest}"),
            name,
            value=_json_type(value),
            highest=highest,
        )
    if not math.isfinite(value) or not float(value).is_integer():
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a whole number from 0 to {highest}"),
            name,
            value=short_number(value),
            highest=highest,
        )
    if not 0 <= value <= highest:
        raise _invalid(
            translate("Exchange", "{field} is {value}, outside 0-{highest}"),
            name,
            value=short_number(value),
            highest=highest,
        )
    return int(value)


def _parse_id(name: str, value: Any) -> str:
    text = _text(name, value)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise _invalid(
            translate("Exchange", "{field} {value} is not an id CalmKit gives (like {example})"),
            name,
            value=_show(text),
            example=_EXAMPLE_ID,
        ) from None


def _parse_name(name: str, value: Any) -> str:
    text = _text(name, value)
    if len(text) > MAX_NAME_CHARS or not text.isprintable() or _SPACE.search(text):
        raise _invalid(
            translate(
                "Exchange", "{field} {value} is not an id (up to {limit} characters, no spaces)"
            ),
            name,
            value=_show(text),
            limit=MAX_NAME_CHARS,
        )
    return text


def _parse_time(name: str, value: Any) -> datetime:
    text = _text(name, value)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _invalid(
            translate("Exchange", "{field} {value} is not a date and time written like {example}"),
            name,
            value=_show(text),
            example=_EXAMPLE_TIME,
        ) from None
    if moment.utcoffset() is None:
        raise _invalid(
            translate(
                "Exchange",
                "{field} {value} has no time zone (the +01:00 in {example}), so the "
                "day it belongs to is unknown",
            ),
            name,
            value=_show(text),
            example=_EXAMPLE_TIME,
        )
    if moment.year < _EARLIEST_YEAR:
        raise _invalid(
            translate("Exchange", "{field} {value} is before {year}"),
            name,
            value=_show(text),
            year=_EARLIEST_YEAR,
        )
    return moment  # to the microsecond, as the store keeps it


def _parse_seconds(name: str, value: Any) -> float:
    if isinstance(value, _HugeNumber):
        raise _invalid(
            translate("Exchange", "{field} is {value}, far longer than a day"), name, value=value
        )
    if isinstance(value, bool):
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a number of seconds"),
            name,
            value=_show(value),
        )
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str) and value.strip():
        try:
            number = float(value.strip())
        except ValueError:
            raise _invalid(
                translate("Exchange", "{field} {value} is not a number of seconds"),
                name,
                value=_show(value),
            ) from None
    elif isinstance(value, str):
        raise _invalid(translate("Exchange", "{field} is empty"), name)
    else:
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a number of seconds"),
            name,
            value=_json_type(value),
        )
    try:
        seconds = float(number)
    except OverflowError:
        raise _invalid(translate("Exchange", "{field} is far too large"), name) from None
    if not math.isfinite(seconds):
        raise _invalid(
            translate("Exchange", "{field} {value} is not a finite number"),
            name,
            value=_show(value),
        )
    if seconds < 0:
        raise _invalid(
            translate("Exchange", "{field} is negative ({value})"),
            name,
            value=short_number(seconds),
        )
    if seconds > MAX_SESSION_SECONDS:
        raise _invalid(
            translate("Exchange", "{field} is {value} s, longer than a day"),
            name,
            value=short_number(seconds),
        )
    return seconds


def _parse_flag(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _invalid(
        translate("Exchange", "{field} is {value}, not true or false"), name, value=_show(value)
    )


def _parse_rating(name: str, value: Any) -> int | None:
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            number = float(value.strip())
        except ValueError:
            number = math.nan
        if not math.isfinite(number):  # also a long row of digits, which reads as inf
            raise _invalid(
                translate("Exchange", "{field} {value} is not a number from 0 to 10"),
                name,
                value=_show(value),
            )
        value = number
    if isinstance(value, _HugeNumber):
        raise _invalid(translate("Exchange", "{field} is {value}, outside 0-10"), name, value=value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a number from 0 to 10"),
            name,
            value=_json_type(value),
        )
    if not math.isfinite(value):
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a number from 0 to 10"),
            name,
            value=short_number(value),
        )
    if not 0 <= value <= 10:
        raise _invalid(
            translate("Exchange", "{field} is {value}, outside 0-10"),
            name,
            value=short_number(value),
        )
    if not float(value).is_integer():
        raise _invalid(
            translate("Exchange", "{field} is {value}, not a whole number from 0 to 10"),
            name,
            value=short_number(value),
        )
    return int(value)


def _parse_note(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _invalid(
            translate("Exchange", "{field} is {value}, not text"), name, value=_json_type(value)
        )
    if len(value) > MAX_NOTE_CHARS:
        raise _invalid(
            translate("Exchange", "{field} is {length} characters long; the limit is {limit}"),
            name,
            length=f"{len(value):,}",
            limit=f"{MAX_NOTE_CHARS:,}",
        )
    if "\x00" in value:
        raise _invalid(translate("Exchange", "{field} contains a NUL character"), name)
    _refuse_broken_text(name, value)
    return value


def _refuse_broken_text(name: str, text: str) -> None:
    """JSON can spell half of a character pair (a lone surrogate, like \\ud800); it is not
    text, and no file or database can store it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        broken = text[error.start].encode("unicode_escape").decode("ascii")
        raise _invalid(
            translate(
                "Exchange",
                "{field} holds a broken character ({character}, half of a character pair) at "
                "position {position}",
            ),
            name,
            character=broken,
            position=error.start + 1,
        ) from None


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _invalid(
            translate("Exchange", "{field} is {value}, not text"), name, value=_json_type(value)
        )
    text = value.strip()
    if not text:
        raise _invalid(translate("Exchange", "{field} is empty"), name)
    _refuse_broken_text(name, text)
    return text


_PARSERS = {
    "id": _parse_id,
    "exercise_id": _parse_name,
    "exercise_kind": _parse_name,
    "started_at": _parse_time,
    "ended_at": _parse_time,
    "planned_seconds": _parse_seconds,
    "actual_seconds": _parse_seconds,
    "completed": _parse_flag,
    "distress_before": _parse_rating,
    "distress_after": _parse_rating,
    "note": _parse_note,
    "recovered": _parse_flag,
}
# What an optional column left out of a file means (files from before it existed).
_ABSENT: dict[str, object] = {"note": "", "recovered": False}


def _show(value: Any, limit: int = 40, *, as_json: bool = False) -> str:
    if isinstance(value, _HugeNumber):
        return str(value)
    # repr() and json.dumps() escape what cannot be printed (a lone surrogate, a control
    # character); a _HugeNumber deep inside a list is shown by str().
    text = repr(value) if isinstance(value, str) and not as_json else json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _readable(name: str) -> str:
    """A name from the file as it can be shown: itself, or escaped if it cannot be printed."""
    return name if name.isprintable() else repr(name)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return translate("Exchange", "an object")
    if isinstance(value, list):
        return translate("Exchange", "a list")
    if isinstance(value, str):
        return translate("Exchange", "the text {text}").format(text=_show(value))
    if isinstance(value, _HugeNumber):
        return str(value)
    return translate("Exchange", "the number {number}").format(number=_show(value))


def _too_big(name: str, size: int | None) -> str:
    limit = MAX_IMPORT_BYTES // (1024 * 1024)
    if size is None:
        text = translate(
            "Exchange",
            "{name} is too large to import: the limit is {limit} MB, while ten years "
            "of daily practice export to a few MB. Is it the right file?",
        )
    else:
        text = translate(
            "Exchange",
            "{name} is too large to import ({size} MB): the limit is {limit} MB, while ten "
            "years of daily practice export to a few MB. Is it the right file?",
        )
    return text.format(name=name, size=f"{(size or 0) / (1024 * 1024):.0f}", limit=limit)
