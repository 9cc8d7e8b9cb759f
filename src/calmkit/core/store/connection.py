"""Opening the practice log: checking an existing file before anything writes to it, the
backup and the migrations, and the transactions every part of the store reads and writes in.

Durability: WAL with synchronous=FULL, so a committed session survives an app or OS crash.
A file that is not ours, is damaged, or comes from a newer CalmKit is refused, never written to.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Self

from calmkit.core.store import schema
from calmkit.core.store.errors import StorageError, from_os_error, storage_errors
from calmkit.core.store.files import take_backup

SQLITE_HEADER = b"SQLite format 3\x00"
# Names for nested transactions' savepoints; unique per process so nesting can go deep.
_SAVEPOINTS = itertools.count(1)


class StoreConnection:
    """One open practice log. The parts of the store (sessions, totals, patterns, settings)
    build on this; each reads inside reading()/snapshot() and writes inside transaction(), so
    the environment's failures reach callers as StorageError in one place."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, *, now: datetime | None = None) -> Self:
        """Open (creating if needed) the store at `path`, migrating it to this version."""
        version = inspect_existing(path) if path.exists() else 0
        with storage_errors("open", path):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if 0 < version < schema.SCHEMA_VERSION:
                    take_backup(path, version, now or datetime.now().astimezone())
            except OSError as error:
                raise from_os_error(error, "open", path) from error
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=FULL")
                db.execute("PRAGMA busy_timeout=5000")
                store = cls(db, path)
                store._migrate(version)
            except BaseException:
                db.close()
                raise
        return store

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.reading() as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])

    # --- reading and writing -----------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: commits when the block ends, rolls back if it raises. Inside another
        transaction it is a savepoint of that one: undone alone if it raises, and written when
        the outer one commits (so a caller can check and write in one transaction)."""
        with storage_errors("save", self.path):
            if self._db.in_transaction:
                with self._savepoint():
                    yield self._db
            else:
                with self._atomic():
                    yield self._db

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one consistent state, without taking the write lock."""
        with storage_errors("read", self.path):
            if self._db.in_transaction:
                yield self._db
                return
            self._db.execute("BEGIN DEFERRED")
            try:
                yield self._db
            finally:
                if self._db.in_transaction:
                    self._db.execute("COMMIT")

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read statement: no transaction of its own, the same errors as snapshot()."""
        with storage_errors("read", self.path):
            yield self._db

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[sqlite3.Connection]:
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

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        name = f"calmkit_{next(_SAVEPOINTS)}"
        self._db.execute(f"SAVEPOINT {name}")
        try:
            yield self._db
        except BaseException:
            if self._db.in_transaction:  # see _atomic(): SQLite may have undone it all
                self._db.execute(f"ROLLBACK TO {name}")
                self._db.execute(f"RELEASE {name}")
            raise
        self._db.execute(f"RELEASE {name}")

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, schema.SCHEMA_VERSION + 1):
            with self._atomic() as db:
                for statement in schema.MIGRATIONS[target - 1]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")


def inspect_existing(path: Path) -> int:
    """The schema version of an existing file, read without writing anything to it."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(
            f"Cannot read the practice log at {path} ({error.strerror}). It was left as it is.",
            problem="cannot-open",
            path=path,
        ) from error
    if not header:
        return 0  # an empty file (e.g. from a crash during creation) holds nothing to lose
    if header != SQLITE_HEADER:
        raise StorageError(
            f"The file at {path} is not a CalmKit practice log (not an SQLite database). "
            "It was left as it is; move it away or choose another --data-dir.",
            problem="not-ours",
            path=path,
        )
    try:
        with contextlib.closing(read_only(path)) as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as error:
        raise StorageError(
            f"The practice log at {path} is damaged and cannot be read ({error}). "
            "It was left as it is.",
            problem="corrupt",
            path=path,
        ) from error
    if version > schema.SCHEMA_VERSION:
        raise StorageError(
            f"The practice log at {path} was written by a newer CalmKit (schema version "
            f"{version}; this version understands up to {schema.SCHEMA_VERSION}). It was left "
            "as it is: update CalmKit to open it.",
            problem="newer",
            path=path,
        )
    if version == 0 and tables:
        raise StorageError(
            f"The file at {path} is an SQLite database but not a CalmKit practice log. "
            "It was left as it is; move it away or choose another --data-dir.",
            problem="not-ours",
            path=path,
        )
    return version


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` or create anything there."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
