"""The practice store: one SQLite file holding sessions and settings.

Durability: WAL with synchronous=FULL, so a committed session survives an app or OS crash.
Versioning: the schema version lives in PRAGMA user_version; migrations run in order, after a
copy of the file is taken. A file that is not ours, is damaged, or comes from a newer CalmKit
is refused with a clear message and never written to.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from calmkit.core.exercises.breathing.custom import (
    PHASE_FIELDS,
    CustomPattern,
    CustomPatternError,
    SavedPatterns,
    SkippedPattern,
    UnknownCustomPatternError,
    clean_name,
    make_id,
    numbered_name,
    parse_saved,
    validate,
)
from calmkit.core.exercises.breathing.pattern import BreathingPattern
from calmkit.core.exercises.model import SessionLength
from calmkit.core.records import DayTotals, ExerciseTotals, SessionRecord

SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# Ids per "WHERE id IN (...)" query: far below SQLite's variable limit on every build.
_ID_CHUNK = 500

# Trigger bodies of migration 2, released with schema version 2: never edit them; a change
# needs a new migration that drops and recreates the triggers.
_V2_ADD_TOTALS = """
            INSERT INTO day_totals VALUES (
                date(substr(NEW.started_at, 1, 19),
                     printf('-%d hours', (SELECT hour FROM day_totals_hour))),
                1,
                NEW.completed = 1 OR NEW.actual_seconds >= 60,
                NEW.completed,
                CAST(round(NEW.actual_seconds * 1000) AS INTEGER),
                NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL,
                CASE WHEN NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL
                    THEN NEW.distress_before ELSE 0 END,
                CASE WHEN NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL
                    THEN NEW.distress_after ELSE 0 END
            ) ON CONFLICT (day) DO UPDATE SET
                sessions = sessions + excluded.sessions,
                practice_sessions = practice_sessions + excluded.practice_sessions,
                completed = completed + excluded.completed,
                milliseconds = milliseconds + excluded.milliseconds,
                rated = rated + excluded.rated,
                before_sum = before_sum + excluded.before_sum,
                after_sum = after_sum + excluded.after_sum;
            INSERT INTO exercise_totals VALUES (
                NEW.exercise_id,
                1,
                NEW.completed,
                CAST(round(NEW.actual_seconds * 1000) AS INTEGER),
                NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL,
                CASE WHEN NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL
                    THEN NEW.distress_before - NEW.distress_after ELSE 0 END
            ) ON CONFLICT (exercise_id) DO UPDATE SET
                sessions = sessions + excluded.sessions,
                completed = completed + excluded.completed,
                milliseconds = milliseconds + excluded.milliseconds,
                rated = rated + excluded.rated,
                drop_sum = drop_sum + excluded.drop_sum;"""
_V2_SUBTRACT_TOTALS = """
            UPDATE day_totals SET
                sessions = sessions - 1,
                practice_sessions = practice_sessions
                    - (OLD.completed = 1 OR OLD.actual_seconds >= 60),
                completed = completed - OLD.completed,
                milliseconds = milliseconds - CAST(round(OLD.actual_seconds * 1000) AS INTEGER),
                rated = rated
                    - (OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL),
                before_sum = before_sum
                    - CASE WHEN OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL
                        THEN OLD.distress_before ELSE 0 END,
                after_sum = after_sum
                    - CASE WHEN OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL
                        THEN OLD.distress_after ELSE 0 END
            WHERE day = date(substr(OLD.started_at, 1, 19),
                             printf('-%d hours', (SELECT hour FROM day_totals_hour)));
            DELETE FROM day_totals
            WHERE day = date(substr(OLD.started_at, 1, 19),
                             printf('-%d hours', (SELECT hour FROM day_totals_hour)))
                AND sessions = 0;
            UPDATE exercise_totals SET
                sessions = sessions - 1,
                completed = completed - OLD.completed,
                milliseconds = milliseconds - CAST(round(OLD.actual_seconds * 1000) AS INTEGER),
                rated = rated
                    - (OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL),
                drop_sum = drop_sum
                    - CASE WHEN OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL
                        THEN OLD.distress_before - OLD.distress_after ELSE 0 END
            WHERE exercise_id = OLD.exercise_id;
            DELETE FROM exercise_totals WHERE exercise_id = OLD.exercise_id AND sessions = 0;"""

# Each entry upgrades the schema by one version; never edit a released entry, append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY NOT NULL,
            exercise_id TEXT NOT NULL,
            exercise_kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
            actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
            completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
            distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
            distress_after INTEGER CHECK (distress_after BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        )""",
    ),
    # 2: running totals per practice day and per exercise, kept by triggers, so statistics read
    # a few thousand summed rows instead of scanning every session. Measured with 100,000
    # sessions: a GROUP BY over sessions took ~90 ms, over covering indexes still ~45 ms.
    # day_totals groups by the practice day under day_totals_hour; Store.day_totals() falls
    # back to a live query for any other day-start hour, so the totals can never be wrong,
    # only slower until Store.rebuild_day_totals() is run for the new hour.
    (
        """CREATE TABLE day_totals_hour (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23)
        )""",
        "INSERT INTO day_totals_hour (id, hour) VALUES (1, 4)",
        """CREATE TABLE day_totals (
            day TEXT PRIMARY KEY NOT NULL,
            sessions INTEGER NOT NULL,
            practice_sessions INTEGER NOT NULL,
            completed INTEGER NOT NULL,
            milliseconds INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            before_sum INTEGER NOT NULL,
            after_sum INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE exercise_totals (
            exercise_id TEXT PRIMARY KEY NOT NULL,
            sessions INTEGER NOT NULL,
            completed INTEGER NOT NULL,
            milliseconds INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            drop_sum INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """INSERT INTO day_totals
        SELECT date(substr(started_at, 1, 19), '-4 hours') AS day,
            COUNT(*),
            SUM(completed = 1 OR actual_seconds >= 60),
            SUM(completed),
            SUM(CAST(round(actual_seconds * 1000) AS INTEGER)),
            SUM(distress_before IS NOT NULL AND distress_after IS NOT NULL),
            SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
                THEN distress_before ELSE 0 END),
            SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
                THEN distress_after ELSE 0 END)
        FROM sessions GROUP BY day""",
        """INSERT INTO exercise_totals
        SELECT exercise_id,
            COUNT(*),
            SUM(completed),
            SUM(CAST(round(actual_seconds * 1000) AS INTEGER)),
            SUM(distress_before IS NOT NULL AND distress_after IS NOT NULL),
            SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
                THEN distress_before - distress_after ELSE 0 END)
        FROM sessions GROUP BY exercise_id""",
        f"""CREATE TRIGGER sessions_totals_insert AFTER INSERT ON sessions BEGIN
            {_V2_ADD_TOTALS}
        END""",
        f"""CREATE TRIGGER sessions_totals_delete AFTER DELETE ON sessions BEGIN
            {_V2_SUBTRACT_TOTALS}
        END""",
        # Notes are not summed, so editing a note does not fire this.
        f"""CREATE TRIGGER sessions_totals_update
        AFTER UPDATE OF exercise_id, started_at, completed, actual_seconds,
            distress_before, distress_after ON sessions
        BEGIN
            {_V2_SUBTRACT_TOTALS}
            {_V2_ADD_TOTALS}
        END""",
    ),
    # 3: breathing patterns people make. The CHECKs mirror the hard limits in
    # calmkit.core.exercises.breathing.custom; a row that breaks a rule anyway (edited by hand) is
    # reported and skipped when read, never changed. A deleted pattern keeps its row with
    # deleted_at set: past sessions keep its name, undo is exact, and its id is never reused.
    (
        """CREATE TABLE custom_patterns (
            id TEXT PRIMARY KEY NOT NULL CHECK (id GLOB 'custom-?*' AND length(id) <= 40),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60 AND name = trim(name)),
            position INTEGER NOT NULL,
            inhale REAL NOT NULL
                CHECK (inhale BETWEEN 1 AND 30 AND inhale * 2 = round(inhale * 2)),
            inhale_top_up REAL NOT NULL DEFAULT 0
                CHECK (inhale_top_up BETWEEN 0 AND 30
                    AND inhale_top_up * 2 = round(inhale_top_up * 2)),
            hold REAL NOT NULL DEFAULT 0
                CHECK (hold BETWEEN 0 AND 30 AND hold * 2 = round(hold * 2)),
            exhale REAL NOT NULL
                CHECK (exhale BETWEEN 1 AND 30 AND exhale * 2 = round(exhale * 2)),
            rest REAL NOT NULL DEFAULT 0
                CHECK (rest BETWEEN 0 AND 30 AND rest * 2 = round(rest * 2)),
            default_minutes REAL CHECK (default_minutes > 0 AND default_minutes <= 180),
            default_cycles INTEGER CHECK (default_cycles BETWEEN 1 AND 1000),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK ((default_minutes IS NULL) <> (default_cycles IS NULL))
        )""",
        # SQLite's lower() folds ASCII only; the store also compares casefolded names.
        """CREATE UNIQUE INDEX custom_patterns_name
        ON custom_patterns (lower(name)) WHERE deleted_at IS NULL""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = (
    "id, exercise_id, exercise_kind, started_at, ended_at, planned_seconds, actual_seconds, "
    "completed, distress_before, distress_after, note"
)


_INSERT = f"INSERT INTO sessions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_DAY_TOTALS_COLUMNS = (
    "day, sessions, practice_sessions, completed, milliseconds, rated, before_sum, after_sum"
)
# The same sums the running totals keep, computed from the sessions for any day-start hour.
_LIVE_DAY_TOTALS = """
    SELECT date(substr(started_at, 1, 19), ?) AS day,
        COUNT(*) AS sessions,
        SUM(completed = 1 OR actual_seconds >= 60) AS practice_sessions,
        SUM(completed) AS completed,
        SUM(CAST(round(actual_seconds * 1000) AS INTEGER)) AS milliseconds,
        SUM(distress_before IS NOT NULL AND distress_after IS NOT NULL) AS rated,
        SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
            THEN distress_before ELSE 0 END) AS before_sum,
        SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
            THEN distress_after ELSE 0 END) AS after_sum
    FROM sessions GROUP BY day"""


def _hours_back(day_start_hour: int) -> str:
    """The SQLite date modifier that turns a local start time into its practice day."""
    if isinstance(day_start_hour, bool) or not isinstance(day_start_hour, int):
        raise TypeError("the day-start hour must be an int")
    if not 0 <= day_start_hour <= 23:
        raise ValueError("the day-start hour must be from 0 to 23")
    return f"-{day_start_hour} hours"


class StoreError(Exception):
    """The store cannot be used; the message says why and what was (not) done to the file."""


class UnknownSessionError(LookupError):
    """No session with this id is in the practice log (e.g. deleted meanwhile)."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"no session with id {session_id} is in the practice log")


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What merge_sessions() did with each incoming session, by id."""

    added: tuple[str, ...]
    already_present: tuple[str, ...]  # an identical session was already stored
    conflicts: tuple[SessionRecord, ...]  # the stored sessions whose content differs


def backup_paths(path: Path) -> list[Path]:
    """Copies taken before migrations, oldest first."""
    return sorted(path.parent.glob(f"{path.name}.v*.bak"))


def store_files(path: Path) -> list[Path]:
    """The files of the store at `path` that exist: the database, its WAL, shared-memory and
    rollback-journal files, and the backups taken before migrations."""
    companions = [path.with_name(path.name + suffix) for suffix in _COMPANION_SUFFIXES]
    # The companions come first on purpose: see delete_store_files().
    candidates = [*companions, path, *backup_paths(path)]
    return [p for p in candidates if p.is_file() or p.is_symlink()]


def delete_store_files(path: Path) -> list[Path]:
    """Remove every file of the store at `path` (close the store first); return what went.

    The -wal/-shm/-journal files go before the database: if this is interrupted, a new
    database created at the same path never meets a stale WAL from the old one, which
    SQLite would try to replay into it.
    """
    return remove_files(store_files(path))


def remove_files(files: Iterable[Path]) -> list[Path]:
    """Remove `files` in order, skipping missing ones; return those removed. Stops at the
    first that cannot be removed, with a StoreError naming it and what went before it."""
    removed: list[Path] = []
    for file in files:
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            done = ", ".join(str(p) for p in removed) or "nothing"
            raise StoreError(
                f"Could not remove {file} ({error.strerror}). Removed so far: {done}."
            ) from error
        removed.append(file)
    return removed


class Store:
    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, now: datetime | None = None) -> Store:
        """Open (creating if needed) the store at `path`, migrating it to this version."""
        version = _inspect_existing(path) if path.exists() else 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if 0 < version < SCHEMA_VERSION:
                _backup(path, version, now or datetime.now().astimezone())
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"Cannot open the practice log at {path}: {error}") from error
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA busy_timeout=5000")
            store = cls(db, path)
            store._migrate(version)
        except sqlite3.Error as error:
            db.close()
            raise StoreError(f"Cannot prepare the practice log at {path}: {error}") from error
        return store

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: commits when the block ends, rolls back if it raises."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            # SQLite may already have rolled back (disk full, I/O error); a second ROLLBACK
            # would raise and hide the error that matters.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error:
            # A COMMIT that fails (disk full) can leave the transaction open; undo it so the
            # connection stays usable and nothing half-done can be committed later.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction() as db:
                for statement in MIGRATIONS[target - 1]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # --- sessions --------------------------------------------------------------------------

    def add_session(self, record: SessionRecord) -> None:
        with self.transaction() as db:
            db.execute(_INSERT, _row(record))

    def sessions(self, limit: int | None = None, offset: int = 0) -> list[SessionRecord]:
        """Sessions, newest first; `limit`/`offset` page through a long history."""
        sql = f"SELECT {_COLUMNS} FROM sessions ORDER BY started_at DESC, id LIMIT ? OFFSET ?"
        rows = self._db.execute(sql, (-1 if limit is None else limit, offset))
        return [_record(row) for row in rows]

    def count_sessions(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    def add_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Add many sessions in one transaction: all of them or, on any error, none."""
        rows = [_row(r) for r in records]
        with self.transaction() as db:
            db.executemany(_INSERT, rows)
        return len(rows)

    def session(self, session_id: str) -> SessionRecord | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else _record(row)

    def iter_sessions(self, *, newest_first: bool = False) -> Iterator[SessionRecord]:
        """Every session, oldest first unless asked otherwise, read as it is consumed."""
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM sessions ORDER BY started_at {order}, id {order}"
        for row in self._db.execute(sql):
            yield _record(row)

    def delete_session(self, session_id: str) -> SessionRecord:
        """Remove one session and return it as it was, so the caller can offer undo."""
        with self.transaction() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
            found = row.fetchone()
            if found is None:
                raise UnknownSessionError(session_id)
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return _record(found)

    def restore_session(self, record: SessionRecord) -> None:
        """Undo delete_session(). Doing it twice is harmless; a different session that took
        the same id meanwhile is never overwritten (ValueError)."""
        if self.merge_sessions([record]).conflicts:
            raise ValueError(f"another session with id {record.id} is in the practice log")

    def update_note(self, session_id: str, note: str) -> SessionRecord:
        """Replace a session's note; returns the updated session."""
        if "\x00" in note:
            raise ValueError("a note cannot contain NUL characters")  # CSV could not carry it
        return self._update(session_id, "note = ?", (note,))

    def set_ratings(
        self, session_id: str, *, before: int | None, after: int | None
    ) -> SessionRecord:
        """Set (or, with None, clear) the 0-10 distress ratings; returns the updated session."""
        for name, value in (("before", before), ("after", after)):
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10
            ):
                raise ValueError(f"distress {name} must be a whole number from 0 to 10")
        return self._update(session_id, "distress_before = ?, distress_after = ?", (before, after))

    def _update(self, session_id: str, assignments: str, values: tuple[Any, ...]) -> SessionRecord:
        with self.transaction() as db:
            db.execute(f"UPDATE sessions SET {assignments} WHERE id = ?", (*values, session_id))
            row = db.execute(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
            found = row.fetchone()
            if found is None:
                raise UnknownSessionError(session_id)
        return _record(found)

    def merge_sessions(
        self, records: Sequence[SessionRecord], *, dry_run: bool = False
    ) -> MergeResult:
        """Add the sessions whose id is new, in one transaction (all or none).

        A stored session with the same id and the same content counts as already present; one
        with different content is a conflict and is left as it is. With dry_run nothing is
        written. Raises ValueError if `records` holds two different sessions with one id.
        """
        incoming: dict[str, tuple[Any, ...]] = {}
        for record in records:
            row = _row(record)
            if incoming.setdefault(record.id, row) != row:
                raise ValueError(f"two different sessions share the id {record.id}")
        added: list[str] = []
        present: list[str] = []
        conflicts: list[SessionRecord] = []
        # The lookups and the inserts share one write transaction, so a session added by the
        # app meanwhile cannot slip in between them.
        with self.transaction() as db:
            stored: dict[str, tuple[Any, ...]] = {}
            ids = list(incoming)
            for start in range(0, len(ids), _ID_CHUNK):
                chunk = ids[start : start + _ID_CHUNK]
                marks = ", ".join("?" * len(chunk))
                query = f"SELECT {_COLUMNS} FROM sessions WHERE id IN ({marks})"
                stored.update((row[0], tuple(row)) for row in db.execute(query, chunk))
            for session_id, row in incoming.items():
                old = stored.get(session_id)
                if old is None:
                    added.append(session_id)
                elif old == row:
                    present.append(session_id)
                else:
                    conflicts.append(_record(old))
            if not dry_run:
                db.executemany(_INSERT, [incoming[i] for i in added])
        return MergeResult(tuple(added), tuple(present), tuple(conflicts))

    # --- totals for statistics -------------------------------------------------------------

    def day_totals(
        self, day_start_hour: int, first: date | None = None, last: date | None = None
    ) -> list[DayTotals]:
        """Sessions summed per practice day (under the given day-start hour), oldest first,
        for the days from `first` to `last` inclusive (open-ended when None)."""
        low = (first or date.min).isoformat()
        high = (last or date.max).isoformat()
        rows = self._day_rows(
            day_start_hour, _DAY_TOTALS_COLUMNS, "WHERE day BETWEEN ? AND ?", (low, high)
        )
        fromisoformat = date.fromisoformat
        return [DayTotals(fromisoformat(r[0]), *r[1:]) for r in rows]

    def practice_days(self, day_start_hour: int) -> list[date]:
        """The practice days (at least one session completed or >= 60 s), oldest first."""
        rows = self._day_rows(day_start_hour, "day", "WHERE practice_sessions > 0")
        fromisoformat = date.fromisoformat
        return [fromisoformat(r[0]) for r in rows]

    def _day_rows(
        self, day_start_hour: int, columns: str, where: str, params: tuple[Any, ...] = ()
    ) -> list[Any]:
        # Read from the running totals when they are kept for this hour (~1 ms for ten years),
        # else from the sessions themselves (same result, ~100 ms per 100,000 sessions).
        modifier = _hours_back(day_start_hour)
        with self.snapshot() as db:
            (kept_for,) = db.execute("SELECT hour FROM day_totals_hour").fetchone()
            source_params: tuple[str, ...] = ()
            if kept_for == day_start_hour:
                source = "day_totals"
            else:
                source, source_params = f"({_LIVE_DAY_TOTALS})", (modifier,)
            sql = f"SELECT {columns} FROM {source} {where} ORDER BY day"
            return db.execute(sql, (*source_params, *params)).fetchall()

    def rebuild_day_totals(self, day_start_hour: int) -> None:
        """Keep the running day totals for this day-start hour from now on (after the setting
        changes); a no-op when they already are."""
        modifier = _hours_back(day_start_hour)
        with self.transaction() as db:
            (kept_for,) = db.execute("SELECT hour FROM day_totals_hour").fetchone()
            if kept_for == day_start_hour:
                return
            db.execute("DELETE FROM day_totals")
            db.execute(
                f"INSERT INTO day_totals ({_DAY_TOTALS_COLUMNS}) {_LIVE_DAY_TOTALS}", (modifier,)
            )
            db.execute("UPDATE day_totals_hour SET hour = ?", (day_start_hour,))

    def exercise_totals(self) -> list[ExerciseTotals]:
        """Sessions summed per exercise, most practised first."""
        rows = self._db.execute(
            "SELECT exercise_id, sessions, completed, milliseconds, rated, drop_sum "
            "FROM exercise_totals ORDER BY sessions DESC, exercise_id"
        )
        return [ExerciseTotals(*r) for r in rows]

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one consistent state, without taking the write lock."""
        if self._db.in_transaction:
            yield self._db
            return
        self._db.execute("BEGIN DEFERRED")
        try:
            yield self._db
        finally:
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    # --- custom breathing patterns ---------------------------------------------------------

    def custom_patterns(self) -> SavedPatterns:
        """The person's patterns in their order, the names of deleted ones, and the rows that
        break a rule (reported by the caller, left untouched here)."""
        with self.snapshot() as db:
            return _saved_patterns(db)

    def add_custom_pattern(
        self,
        name: str,
        pattern: BreathingPattern,
        default_length: SessionLength,
        *,
        after: str | None = None,
        now: datetime | None = None,
    ) -> CustomPattern:
        """Save a new pattern at the end of the list, or right after the pattern `after` (a
        duplicate sits next to its original). Raises CustomPatternError with the reasons."""
        name = clean_name(name)
        stamp = _timestamp(now)
        with self.transaction() as db:
            taken = [n for (n,) in db.execute(f"SELECT name FROM custom_patterns {_ACTIVE}")]
            _refuse_problems(validate(name, pattern, taken))
            # Deleted and unreadable rows keep their ids: a new pattern never inherits the
            # sessions of an old one.
            pattern_id = make_id(name, [i for (i,) in db.execute("SELECT id FROM custom_patterns")])
            if after is None:
                (position,) = db.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM custom_patterns"
                ).fetchone()
            else:
                found = db.execute(
                    f"SELECT position FROM custom_patterns {_ACTIVE} AND id = ?", (after,)
                ).fetchone()
                if found is None:
                    raise UnknownCustomPatternError(after)
                position = found[0] + 1
                db.execute(
                    "UPDATE custom_patterns SET position = position + 1 WHERE position >= ?",
                    (position,),
                )
            db.execute(
                f"INSERT INTO custom_patterns ({_PATTERN_COLUMNS}) "
                f"VALUES ({', '.join('?' * len(_PATTERN_FIELDS))})",
                (
                    pattern_id,
                    name,
                    position,
                    *_phase_values(pattern),
                    *_length_values(default_length),
                    stamp,
                    stamp,
                    None,
                ),
            )
            return _read_pattern(db, pattern_id)

    def update_custom_pattern(
        self,
        pattern_id: str,
        name: str,
        pattern: BreathingPattern,
        default_length: SessionLength,
        *,
        now: datetime | None = None,
    ) -> CustomPattern:
        """Change a pattern's name, phases and default length; its id stays the same."""
        name = clean_name(name)
        with self.transaction() as db:
            _require_active(db, pattern_id)
            taken = [
                n
                for (n,) in db.execute(
                    f"SELECT name FROM custom_patterns {_ACTIVE} AND id != ?", (pattern_id,)
                )
            ]
            _refuse_problems(validate(name, pattern, taken))
            db.execute(
                "UPDATE custom_patterns SET name = ?, inhale = ?, inhale_top_up = ?, hold = ?, "
                "exhale = ?, rest = ?, default_minutes = ?, default_cycles = ?, updated_at = ? "
                "WHERE id = ?",
                (
                    name,
                    *_phase_values(pattern),
                    *_length_values(default_length),
                    _timestamp(now),
                    pattern_id,
                ),
            )
            return _read_pattern(db, pattern_id)

    def delete_custom_pattern(
        self, pattern_id: str, *, now: datetime | None = None
    ) -> CustomPattern:
        """Take a pattern out of the list (restore_custom_pattern() undoes it). Its row stays,
        marked deleted, so sessions practised with it still show its name."""
        with self.transaction() as db:
            _require_active(db, pattern_id)
            deleted = _read_pattern(db, pattern_id)
            db.execute(
                "UPDATE custom_patterns SET deleted_at = ? WHERE id = ?",
                (_timestamp(now), pattern_id),
            )
        return deleted

    def restore_custom_pattern(
        self, pattern_id: str, *, now: datetime | None = None
    ) -> CustomPattern:
        """Undo delete_custom_pattern(): back in its old place. If another pattern took its
        name meanwhile, it comes back as "Name (restored)". Harmless on an active pattern."""
        with self.transaction() as db:
            found = db.execute(
                "SELECT name, deleted_at FROM custom_patterns WHERE id = ?", (pattern_id,)
            ).fetchone()
            if found is None:
                raise UnknownCustomPatternError(pattern_id)
            name, deleted_at = found
            if deleted_at is not None:
                taken = [n for (n,) in db.execute(f"SELECT name FROM custom_patterns {_ACTIVE}")]
                if name.casefold() in {t.casefold() for t in taken}:
                    name = numbered_name(name, taken, "restored")
                db.execute(
                    "UPDATE custom_patterns SET name = ?, deleted_at = NULL, updated_at = ? "
                    "WHERE id = ?",
                    (name, _timestamp(now), pattern_id),
                )
            return _read_pattern(db, pattern_id)

    def reorder_custom_patterns(self, pattern_ids: Sequence[str]) -> None:
        """Put these patterns in this order, in the places they held between them (move one
        up: pass it and the one above). Others, deleted ones included, keep their places."""
        if len(set(pattern_ids)) != len(pattern_ids):
            raise ValueError("each pattern can appear only once")
        with self.transaction() as db:
            rows = db.execute(
                f"SELECT id, position FROM custom_patterns {_ACTIVE} ORDER BY {_ORDER}"
            ).fetchall()
            positions = {pattern_id: position for pattern_id, position in rows}
            for pattern_id in pattern_ids:
                if pattern_id not in positions:
                    raise UnknownCustomPatternError(pattern_id)
            if len(set(positions.values())) != len(positions):
                # Tied places (only possible from outside edits): number every row afresh,
                # in the order shown, so a swap always moves something.
                everything = db.execute(f"SELECT id FROM custom_patterns ORDER BY {_ORDER}")
                renumbered = [(n, i) for n, (i,) in enumerate(everything.fetchall())]
                db.executemany("UPDATE custom_patterns SET position = ? WHERE id = ?", renumbered)
                positions = dict(
                    db.execute(f"SELECT id, position FROM custom_patterns {_ACTIVE}").fetchall()
                )
            places = sorted(positions[i] for i in pattern_ids)
            db.executemany(
                "UPDATE custom_patterns SET position = ? WHERE id = ?",
                list(zip(places, pattern_ids, strict=True)),
            )

    # --- settings --------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:
            return default

    def raw_settings(self) -> dict[str, str]:
        """Every stored setting as its JSON text, for callers that report unreadable values."""
        return dict(self._db.execute("SELECT key, value FROM settings"))

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )


def _row(r: SessionRecord) -> tuple[Any, ...]:
    if r.started_at.utcoffset() is None or r.ended_at.utcoffset() is None:
        # Without the offset the practice day and any later export would be guesses.
        raise ValueError(f"session {r.id}: start and end times must carry their UTC offset")
    if "\x00" in r.note:
        raise ValueError(f"session {r.id}: a note cannot contain NUL characters")
    return (
        r.id,
        r.exercise_id,
        r.exercise_kind,
        r.started_at.isoformat(timespec="seconds"),
        r.ended_at.isoformat(timespec="seconds"),
        r.planned_seconds,
        r.actual_seconds,
        int(r.completed),
        r.distress_before,
        r.distress_after,
        r.note,
    )


def _record(row: tuple[Any, ...]) -> SessionRecord:
    return SessionRecord(
        id=row[0],
        exercise_id=row[1],
        exercise_kind=row[2],
        started_at=datetime.fromisoformat(row[3]),
        ended_at=datetime.fromisoformat(row[4]),
        planned_seconds=row[5],
        actual_seconds=row[6],
        completed=bool(row[7]),
        distress_before=row[8],
        distress_after=row[9],
        note=row[10],
    )


_PATTERN_FIELDS = (
    "id",
    "name",
    "position",
    *PHASE_FIELDS,
    "default_minutes",
    "default_cycles",
    "created_at",
    "updated_at",
    "deleted_at",
)
_PATTERN_COLUMNS = ", ".join(_PATTERN_FIELDS)
_ACTIVE = "WHERE deleted_at IS NULL"
_ORDER = "position, created_at, id"


def read_custom_patterns(path: Path) -> SavedPatterns:
    """The patterns saved in the practice log at `path`, read without writing anything: no
    migration, no backup, nothing created. For commands that only list or print."""
    if not path.exists():
        return SavedPatterns()
    version = _inspect_existing(path)
    if version < 3:
        return SavedPatterns()  # the table arrived with schema version 3
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            return _saved_patterns(db)
    except sqlite3.Error as error:
        raise StoreError(f"Cannot read your patterns from {path}: {error}") from error


def _saved_patterns(db: sqlite3.Connection) -> SavedPatterns:
    active: list[CustomPattern] = []
    deleted: list[tuple[str, str]] = []
    skipped: list[SkippedPattern] = []
    for row in db.execute(f"SELECT {_PATTERN_COLUMNS} FROM custom_patterns ORDER BY {_ORDER}"):
        fields = dict(zip(_PATTERN_FIELDS, row, strict=True))
        name = fields["name"] if isinstance(fields["name"], str) else ""
        if fields["deleted_at"] is not None:
            deleted.append((str(fields["id"]), clean_name(name) or str(fields["id"])))
            continue
        try:
            active.append(parse_saved(fields))
        except ValueError as error:
            skipped.append(SkippedPattern(str(fields["id"]), clean_name(name), str(error)))
    return SavedPatterns(tuple(active), tuple(deleted), tuple(skipped))


def _read_pattern(db: sqlite3.Connection, pattern_id: str) -> CustomPattern:
    row = db.execute(
        f"SELECT {_PATTERN_COLUMNS} FROM custom_patterns WHERE id = ?", (pattern_id,)
    ).fetchone()
    if row is None:
        raise UnknownCustomPatternError(pattern_id)
    return parse_saved(dict(zip(_PATTERN_FIELDS, row, strict=True)))


def _require_active(db: sqlite3.Connection, pattern_id: str) -> None:
    found = db.execute(
        f"SELECT 1 FROM custom_patterns {_ACTIVE} AND id = ?", (pattern_id,)
    ).fetchone()
    if found is None:
        raise UnknownCustomPatternError(pattern_id)


def _refuse_problems(problems: list[tuple[str, str]]) -> None:
    if problems:
        raise CustomPatternError(problems)


def _phase_values(pattern: BreathingPattern) -> tuple[float, ...]:
    return tuple(float(getattr(pattern, name)) for name in PHASE_FIELDS)


def _length_values(length: SessionLength) -> tuple[float | None, int | None]:
    return length.minutes, length.cycles


def _timestamp(now: datetime | None) -> str:
    moment = now or datetime.now().astimezone()
    if moment.utcoffset() is None:
        raise ValueError("pattern times must carry their UTC offset")
    return moment.isoformat(timespec="seconds")


def _inspect_existing(path: Path) -> int:
    """The schema version of an existing file, read without writing anything to it."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(
            f"Cannot read the practice log at {path} ({error.strerror}). It was left as it is."
        ) from error
    if not header:
        return 0  # an empty file (e.g. from a crash during creation) holds nothing to lose
    if header != SQLITE_HEADER:
        raise StoreError(
            f"The file at {path} is not a CalmKit practice log (not an SQLite database). "
            "It was left as it is; move it away or choose another --data-dir."
        )
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"The practice log at {path} is damaged and cannot be read ({error}). "
            "It was left as it is."
        ) from error
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"The practice log at {path} was written by a newer CalmKit (schema version "
            f"{version}; this version understands up to {SCHEMA_VERSION}). It was left as it "
            "is: update CalmKit to open it."
        )
    if version == 0 and tables:
        raise StoreError(
            f"The file at {path} is an SQLite database but not a CalmKit practice log. "
            "It was left as it is; move it away or choose another --data-dir."
        )
    return version


def _backup(path: Path, version: int, now: datetime) -> Path:
    """A consistent copy (WAL contents included) taken before the schema is changed."""
    target = path.with_name(f"{path.name}.v{version}-{now:%Y%m%d-%H%M%S}.bak")
    with (
        contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    return target
