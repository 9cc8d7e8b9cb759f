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
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from calmkit.core.records import SessionRecord

SQLITE_HEADER = b"SQLite format 3\x00"

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
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = (
    "id, exercise_id, exercise_kind, started_at, ended_at, planned_seconds, actual_seconds, "
    "completed, distress_before, distress_after, note"
)


class StoreError(Exception):
    """The store cannot be used; the message says why and what was (not) done to the file."""


def backup_paths(path: Path) -> list[Path]:
    """Copies taken before migrations, oldest first."""
    return sorted(path.parent.glob(f"{path.name}.v*.bak"))


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
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

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
            db.execute(
                f"INSERT INTO sessions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _row(record),
            )

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        """Sessions, newest first."""
        sql = f"SELECT {_COLUMNS} FROM sessions ORDER BY started_at DESC, id"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return [_record(row) for row in self._db.execute(sql, params)]

    def count_sessions(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    # --- settings --------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )


def _row(r: SessionRecord) -> tuple[Any, ...]:
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
