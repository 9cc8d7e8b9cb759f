"""Hostile inputs and the checks every one of them must pass, shared by the short fuzz run in the
tests (tests/core/test_fuzz.py) and the long one (benchmarks/fuzz.py).

Three targets, each fed files or values made by damaging good ones:
- import files (JSON and CSV exports, self-check CSVs), merged into a small practice log;
- exercise files (breathing, PMR and script TOML), loaded as a person's own and built into a
  session's timeline;
- stored settings (practice settings and player preferences), written as raw text into the
  settings table and read back.

What every case must show: no exception but our own error types, each with a message that
can be printed; and for an import, the practice log unchanged whenever nothing was to be
written (a rejected file, a held-back file, a dry run), and otherwise changed by exactly what
the report says was added.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import random
import shutil
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from calmkit.core.exchange import (
    EXPORT_FORMATS,
    ExchangeError,
    ImportReport,
    export_checkins,
    export_sessions,
    merge_parsed,
    parse_sessions,
)
from calmkit.core.exercises import load_catalog
from calmkit.core.exercises.breathing.custom import add_custom_pattern, delete_custom_pattern
from calmkit.core.exercises.breathing.pattern import BreathingPattern
from calmkit.core.exercises.kinds import timeline_for
from calmkit.core.exercises.model import SessionLength
from calmkit.core.preferences import load_player_preferences
from calmkit.core.records import SessionRecord
from calmkit.core.selfcheck import CheckIn
from calmkit.core.settings import PracticeSettings, load_practice_settings
from calmkit.core.store import Store
from calmkit.resources import resource_path

TARGETS = ("import", "exercise", "settings")

# Values chosen to break parsers: huge and odd numbers, broken and odd text, wrong types.
HOSTILE_JSON_TEXT = (
    "9" * 5000,
    "-" + "9" * 400,
    "1e400",
    "-1e400",
    "NaN",
    "Infinity",
    "-0",
    "0.0000000000000000000001",
    "1" + "0" * 30,
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '"a\\u0000b"',
    '"\\u202e\\u0301"',
    '"' + "x" * 20_000 + '"',
    '""',
    '" "',
    "null",
    "true",
    "[]",
    "{}",
    "[[[[[[[[[[1]]]]]]]]]]",
    '{"a": {"b": {"c": 1}}}',
    '"2026-13-01T00:00:00+00:00"',
    '"9999-12-31T23:59:59.999999-23:59"',
    '"0001-01-01T00:00:00+00:00"',
    '"2026-03-01T07:30:00.123456789+02:00"',
    '"2026-03-01T07:30:00+24:00"',
    '"2026-03-01"',
    '"00000000-0000-0000-0000-000000000000"',
    '"²"',
    '"١٢"',
    '"true"',
    '"yes"',
    '"4.0"',
)
HOSTILE_CELLS = (
    "9" * 5000,
    "1" * 400,
    "1e400",
    "nan",
    "inf",
    "-0",
    "²",
    "١٢",
    "\u202e",
    "x" * 20_000,
    "",
    " ",
    '"',
    '""',
    "a\rb",
    "a\nb",
    "\ufeff",
    "2026-02-30T07:30:00+02:00",
    "2026-03-01T07:30:00.5+02:00",
    "9999-12-31T23:59:59.999999+23:59",
    "yes",
    "maybe",
    "4.5",
    "10",
    "11",
    "-1",
)
HOSTILE_TOML = (
    "0.5",
    "4.5",
    "30",
    "600",
    "1",
    "2",
    "9" * 5000,
    "-" + "9" * 30,
    "0x" + "f" * 40,
    "1e400",
    "inf",
    "-inf",
    "nan",
    "-0.0",
    "0",
    "-1",
    "0.001",
    "86401",
    "true",
    '""',
    '" "',
    '"' + "x" * 5000 + '"',
    '"\\u0000"',
    '"\\u202e"',
    "[]",
    "[1, 2]",
    '["a", "b"]',
    '[""]',
    "{}",
    "{ a = 1 }",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    '"""\nmulti\nline"""',
    "'raw \\ text'",
)
HOSTILE_SETTINGS = (
    "9" * 5000,
    "1e400",
    "NaN",
    "-Infinity",
    "-1",
    "0",
    "23",
    "24",
    "1.5",
    "true",
    "null",
    '"4"',
    '"\\ud800"',
    "[]",
    "{}",
    '{"volume": 1e400}',
    '{"volume": "loud", "voice": 3}',
    '{"cautions_seen": [1, null, "holds"]}',
    '{"cautions_seen": "holds"}',
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{",
    "",
    "\x00",
    "not json at all",
)
SETTING_KEYS = (*(f.name for f in PracticeSettings.__dataclass_fields__.values()), "player")


@dataclass(frozen=True, slots=True)
class Failure:
    target: str
    case: int
    problem: str
    data: bytes  # the input, to reproduce it

    def describe(self) -> str:
        return f"{self.target} case {self.case}: {self.problem}"


class FuzzBench:
    """A folder with a small practice log and good files to damage; reused across cases."""

    def __init__(self, folder: Path, seed: int = 0) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.store = Store.open(folder / "calmkit.db")
        self._seed_log()
        self.exports = self._good_exports()
        self.exercise_texts = [
            p.read_text(encoding="utf-8") for p in sorted(resource_path("exercises").glob("*.toml"))
        ]
        self.own = folder / "scripts"
        self.own.mkdir(exist_ok=True)
        self.outcomes: Counter[str] = Counter()  # what became of the cases, for the summary

    def close(self) -> None:
        self.store.close()

    # --- the practice log ---------------------------------------------------------------------

    def _seed_log(self) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM sessions")
            db.execute("DELETE FROM checkins")
            db.execute("DELETE FROM settings")
            db.execute("DELETE FROM custom_patterns")
        _fill(self.store, self.rng, sessions=12, checkins=3, patterns=("Calm", "Slow", "Square"))

    def checksum(self) -> str:
        digest = hashlib.sha256()
        with self.store.reading() as db:
            for line in db.iterdump():
                digest.update(line.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _good_exports(self) -> list[bytes]:
        """Files to damage: exports of this log and of sessions it does not have yet."""
        files = []
        for fmt in EXPORT_FORMATS[::-1]:
            stream = io.StringIO(newline="")
            export_sessions(self.store, stream, fmt)
            files.append(stream.getvalue().encode("utf-8"))
        stream = io.StringIO(newline="")
        export_checkins(self.store, stream)
        files.append(stream.getvalue().encode("utf-8"))
        scratch = Store.open(self.folder / "scratch.db")
        try:
            _fill(scratch, self.rng, sessions=8, checkins=2, patterns=("Evening", "Slow"))
            for again in EXPORT_FORMATS[::-1]:
                stream = io.StringIO(newline="")
                export_sessions(scratch, stream, again)
                files.append(stream.getvalue().encode("utf-8"))
        finally:
            scratch.close()
        return files

    # --- cases --------------------------------------------------------------------------------

    def run(self, target: str, case: int) -> Failure | None:
        make, check = {
            "import": (self.import_case, self.check_import),
            "exercise": (self.exercise_case, self.check_exercise),
            "settings": (self.settings_case, self.check_settings),
        }[target]
        data = make()
        try:
            problem = check(data)
        except Exception:
            problem = "traceback: " + _last_frames(traceback.format_exc())
        return None if problem is None else Failure(target, case, problem, data)

    def import_case(self) -> bytes:
        data = self.rng.choice(self.exports)
        aimed = _json_value if data.startswith(b"{") else _csv_cell
        for _ in range(self.rng.choice((1, 1, 2, 3))):
            # Mostly one value at a time, so most files get as far as the rows.
            mutate = aimed if self.rng.random() < 0.8 else self.rng.choice(_BYTE_MUTATIONS)
            data = mutate(self.rng, data)
        return data

    def check_import(self, data: bytes) -> str | None:
        mode = self.rng.choice(("dry-run", "all-or-nothing", "skip-invalid"))
        before = self.checksum()
        sessions, checkins = self.store.count_sessions(), self.store.count_checkins()
        patterns = len(self.store.pattern_rows())
        try:
            parsed = parse_sessions(data)
            report = merge_parsed(
                self.store,
                parsed,
                dry_run=mode == "dry-run",
                skip_invalid=mode == "skip-invalid",
            )
        except ExchangeError as error:
            self.outcomes["import: file refused"] += 1
            problem = _unprintable(str(error))
            if problem:
                return problem
            return None if self.checksum() == before else "the log changed after a refusal"
        messages = [
            report.summary(),
            report.outcome,
            *report.warnings,
            *report.normalised,
            *(row.describe() for row in report.rejected),
        ]
        for message in messages:
            problem = _unprintable(message)
            if problem:
                return problem
        self.outcomes[f"import: {_import_outcome(report, mode)}"] += 1
        if not report.written:
            if self.checksum() != before:
                return f"the log changed though nothing was to be written ({mode})"
            return None
        if mode != "skip-invalid" and report.rejected:
            return "rows were written although some were rejected"
        grown = (
            self.store.count_sessions() - sessions,
            self.store.count_checkins() - checkins,
            len(self.store.pattern_rows()) - patterns,
        )
        said = (report.added, report.checkins_added, report.patterns_added)
        if grown != said:
            return f"the log grew by {grown}, the report says {said}"
        if self.store.count_sessions() > 400:
            self._seed_log()
        return None

    def exercise_case(self) -> bytes:
        text = self.rng.choice(self.exercise_texts)
        for _ in range(self.rng.choice((1, 1, 2, 3))):
            text = self.rng.choice(_TOML_MUTATIONS)(self.rng, text)
        data = text.encode("utf-8", "surrogatepass")
        if self.rng.random() < 0.1:
            data = _flip_bytes(self.rng, data)
        return data

    def check_exercise(self, data: bytes) -> str | None:
        for old in self.own.iterdir():
            old.unlink()
        (self.own / "mine.toml").write_bytes(data)
        catalog = load_catalog([], own_folders=[self.own])
        self.outcomes["exercise: loaded" if len(catalog) else "exercise: refused"] += 1
        for problem in catalog.problems:
            found = _unprintable(str(problem))
            if found:
                return found
        for exercise in catalog:
            timeline = timeline_for(exercise)
            if timeline.total < 0:
                return "a timeline of negative length"
        return None

    def settings_case(self) -> bytes:
        key = self.rng.choice(SETTING_KEYS)
        value = self.rng.choice(HOSTILE_SETTINGS)
        if self.rng.random() < 0.3:
            value = _flip_bytes(self.rng, value.encode()).decode("utf-8", "replace")
        return json.dumps({"key": key, "value": value}).encode()

    def check_settings(self, data: bytes) -> str | None:
        case = json.loads(data)
        with self.store.transaction() as db:
            db.execute("DELETE FROM settings")
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (case["key"], case["value"])
            )
        settings, problems = load_practice_settings(self.store)
        PracticeSettings(**{k: getattr(settings, k) for k in PracticeSettings.__dataclass_fields__})
        for message in problems:
            found = _unprintable(message)
            if found:
                return found
        load_player_preferences(self.store)
        return None


def _import_outcome(report: ImportReport, mode: str) -> str:
    if report.held_back:
        return "held back (rows rejected)"
    if report.dry_run:
        return "dry run"
    if report.rejected:
        return "valid rows written, others skipped"
    return "written" if report.written else "nothing new"


def run_cases(
    folder: Path, cases: int, seed: int = 0, on_case: Callable[[int], None] | None = None
) -> tuple[Counter[str], list[Failure]]:
    """`cases` cases spread over the targets (imports the most); counts by target and outcome,
    and the failures."""
    logging.disable(logging.WARNING)  # the loaders log every value they ignore
    bench = FuzzBench(folder, seed)
    counts: Counter[str] = Counter()
    failures: list[Failure] = []
    try:
        for case in range(cases):
            target = bench.rng.choices(TARGETS, weights=(6, 3, 1))[0]
            counts[target] += 1
            failure = bench.run(target, case)
            if failure is not None:
                failures.append(failure)
            if on_case is not None:
                on_case(case)
    finally:
        bench.close()
        logging.disable(logging.NOTSET)
    counts.update(bench.outcomes)
    return counts, failures


def fresh_folder(parent: Path, name: str) -> Path:
    folder = parent / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


# --- good data --------------------------------------------------------------------------------


def _records(rng: random.Random, count: int) -> Iterator[SessionRecord]:
    for _ in range(count):
        zone = timezone(timedelta(minutes=15 * rng.randint(-48, 56)))
        start = datetime(2026, 1, 1, tzinfo=zone) + timedelta(
            seconds=rng.randint(0, 90 * 86_400),
            microseconds=rng.choice((0, rng.randint(0, 10**6 - 1))),
        )
        actual = rng.choice((240.0, 0.1 + 0.2, float(rng.randint(0, 3600))))
        yield SessionRecord(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            exercise_id=rng.choice(("box", "relaxed", "pmr-16", "imagery-lake", "custom-calm")),
            exercise_kind=rng.choice(("breathing", "pmr", "imagery")),
            started_at=start,
            ended_at=start + timedelta(seconds=actual + rng.randint(0, 60)),
            planned_seconds=rng.choice((240.0, 300.0, 1e-7)),
            actual_seconds=actual,
            completed=rng.random() < 0.7,
            distress_before=rng.choice((None, rng.randint(0, 10))),
            distress_after=rng.choice((None, rng.randint(0, 10))),
            note=rng.choice(("", "felt calmer", 'said "hi", then, left', "línea\r\nnueva", "😌")),
        )


def _fill(
    store: Store, rng: random.Random, *, sessions: int, checkins: int, patterns: tuple[str, ...]
) -> None:
    store.add_sessions(_records(rng, sessions))
    for checkin in _checkins(rng, checkins):
        store.add_checkin(checkin)
    for number, name in enumerate(patterns):
        phases = BreathingPattern(inhale=rng.choice((3, 4, 4.5)), hold=number, exhale=6)
        made = add_custom_pattern(store, name, phases, SessionLength(minutes=5))
        if number == 1:
            delete_custom_pattern(store, made.id)  # deleted ones travel too


def _checkins(rng: random.Random, count: int) -> Iterator[CheckIn]:
    for _ in range(count):
        taken = datetime(2026, 2, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 60 * 86_400))
        answers = tuple(rng.randint(0, 3) for _ in range(7))
        yield CheckIn(str(uuid.UUID(int=rng.getrandbits(128), version=4)), taken, answers)


# --- damage -----------------------------------------------------------------------------------


def _flip_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def _insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    junk = rng.choice((rng.randbytes(rng.randint(1, 16)), b"\x00", b"\xff\xfe", b"\xed\xa0\x80"))
    return data[:at] + junk + data[at:]


def _cut(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 200))
    if rng.random() < 0.3:
        return data[:start]  # truncated
    return data[:start] + data[end:]


def _repeat(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 400))
    return data[:end] + data[start:end] + data[end:]


def _json_value(rng: random.Random, data: bytes) -> bytes:
    """Replace one value of one row (or of the top level) with a hostile one, as text, so
    that what json.dumps cannot write (a 5,000-digit number, a lone surrogate) gets in."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return _flip_bytes(rng, data)
    if not isinstance(document, dict):
        return _flip_bytes(rng, data)
    marker = "\x01MARK\x01"
    lists = [document.get(key) for key in ("sessions", "checkins", "patterns")]
    rows = [r for found in lists if isinstance(found, list) for r in found if isinstance(r, dict)]
    if rows and rng.random() < 0.85:
        row = rng.choice(rows)
        keys = list(row) or ["id"]
        key = rng.choice(keys) if rng.random() < 0.9 else rng.choice(("mood", "x\ud800", ""))
        row[key] = marker
        if rng.random() < 0.1:
            rows.append(dict(row))
    else:
        top = ("format", "version", "sessions", "checkins", "patterns", "extra")
        document[rng.choice(top)] = marker
    text = json.dumps(document, ensure_ascii=rng.random() < 0.5)
    return text.replace(json.dumps(marker), rng.choice(HOSTILE_JSON_TEXT), 1).encode(
        "utf-8", "surrogatepass"
    )


def _csv_cell(rng: random.Random, data: bytes) -> bytes:
    """Replace one cell (or the header's) with a hostile one, quoted as a writer would."""
    text = data.decode("utf-8", "surrogateescape")  # damaged bytes stay as they were
    lines = text.split("\r\n")
    filled = [n for n, line in enumerate(lines) if line]
    if not filled:
        return _flip_bytes(rng, data)
    number = rng.choice(filled) if rng.random() < 0.9 else filled[0]
    cells = lines[number].split(",")
    value = rng.choice(HOSTILE_CELLS)
    if any(c in value for c in ',"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    choice = rng.random()
    if choice < 0.8:
        cells[rng.randrange(len(cells))] = value
    elif choice < 0.9:
        cells.append(value)
    else:
        del cells[rng.randrange(len(cells))]
    lines[number] = (
        rng.choice((",", ";", "\t")).join(cells) if rng.random() < 0.05 else ",".join(cells)
    )
    return "\r\n".join(lines).encode("utf-8", "surrogateescape")


_BYTE_MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    _json_value,
    _csv_cell,
    _flip_bytes,
    _insert_bytes,
    _cut,
    _repeat,
)


def _toml_value(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    assignments = [n for n, line in enumerate(lines) if "=" in line and not line.startswith(" ")]
    if not assignments:
        return text
    number = rng.choice(assignments)
    key = lines[number].split("=", 1)[0]
    lines[number] = f"{key}= {rng.choice(HOSTILE_TOML)}"
    return "\n".join(lines)


def _toml_lines(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    at = rng.randrange(len(lines))
    choice = rng.random()
    if choice < 0.4:
        del lines[at]
    elif choice < 0.7:
        lines.insert(at, lines[rng.randrange(len(lines))])
    else:
        lines.insert(
            at, rng.choice(("[pattern]", "[[steps]]", "[length]", "x = 1", 'kind = "pmr"'))
        )
    return "\n".join(lines)


def _toml_id(rng: random.Random, text: str) -> str:
    # Own files may not reuse a bundled id; a fresh one lets the rest of the file be checked.
    return text.replace('id = "', f'id = "mine-{rng.randrange(1000)}-', 1)


def _toml_chars(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    return (
        text[:at]
        + rng.choice(("\x00", "\ud800", "\ufeff", '"', "'''", "\\", "\t", "["))
        + text[at:]
    )


_TOML_MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    _toml_value,
    _toml_value,
    _toml_value,
    _toml_lines,
    _toml_id,
    _toml_id,
    _toml_chars,
)


# --- checks -----------------------------------------------------------------------------------


def _unprintable(message: str) -> str | None:
    """Why a message could not be shown to a person, or None."""
    if not message.strip():
        return "an empty message"
    try:
        message.encode("utf-8")
    except UnicodeEncodeError:
        return f"a message that cannot be printed: {message[:120]!r}"
    if "Traceback" in message:
        return f"a traceback in a message: {message[:120]!r}"
    return None


def _last_frames(text: str, keep: int = 6) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-keep:])


def as_text(value: Any) -> str:
    return value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else str(value)
