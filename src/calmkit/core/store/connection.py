"""Opening the practice log: checking an existing file before anything writes to it, the
writer's lock, the backups and the migrations, and the transactions every part of the store
reads and writes in.

Durability: WAL with synchronous=FULL, so a committed session survives an app or OS crash.

Opening never changes a file before it is known to be CalmKit's and healthy: the header is
read as bytes, then the file is opened read-only (immutable, so SQLite creates no -wal or -shm
beside it) for its tables and an integrity check. A file that is not ours, is damaged, or comes
from a newer CalmKit is refused with words that say which, and nothing is written or created
for it: no journal mode switch, no backup. After any storage error, the next write first runs
an integrity check, so a file damaged while open is never written to.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from calmkit.core.i18n import translate
from calmkit.core.store import schema
from calmkit.core.store.errors import StorageError, describe, from_os_error, storage_errors
from calmkit.core.store.files import companions, create_private_file, make_private_folder
from calmkit.core.store.lock import WriterLock

if TYPE_CHECKING:
    from calmkit.core.store.backups import Backup, Reason

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id of CalmKit's logs ("Calm"): set when a log is created or opened for
# writing, so another program's SQLite file is told apart by its header alone.
APPLICATION_ID = 0x43616C6D
_HEADER_SIZE = 100
# Names for nested transactions' savepoints; unique per process so nesting can go deep.
_SAVEPOINTS = itertools.count(1)


class StoreConnection:
    """One open practice log. The parts of the store (sessions, totals, patterns, settings)
    build on this; each reads inside reading()/snapshot() and writes inside transaction(), so
    the environment's failures reach callers as StorageError in one place."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool = False,
        lock: WriterLock | None = None,
    ) -> None:
        self._db = connection
        self.path = path
        self.read_only = read_only
        self._lock = lock
        # Set by any storage error: the next write checks the whole file first.
        self._check_before_writing = False

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        now: datetime | None = None,
        read_only: bool = False,
        lock_wait: float | None = None,
    ) -> Self:
        """Open (creating if needed) the store at `path`, migrating it to this version, with
        the writer's lock held until close(). With `read_only`, open an existing log for
        reading only: no lock, nothing created, nothing written (a read-only folder works)."""
        if read_only:
            return cls._open_read_only(path)
        try:
            make_private_folder(path.parent)
        except OSError as error:
            raise from_os_error(error, "open", path) from error
        version = inspect_existing(path) if path.exists() else 0
        lock = WriterLock.acquire(path, wait=lock_wait)
        try:
            if 0 < version < schema.SCHEMA_VERSION:
                from calmkit.core.store.backups import backup_file

                backup_file(path, "before-update", now or datetime.now().astimezone())
            with storage_errors("open", path):
                try:
                    create_private_file(path)
                except OSError as error:
                    raise from_os_error(error, "open", path) from error
                db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
                try:
                    db.execute("PRAGMA journal_mode=WAL")
                    db.execute("PRAGMA synchronous=FULL")
                    db.execute("PRAGMA busy_timeout=5000")
                    store = cls(db, path, lock=lock)
                    store._migrate(version)
                    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                except BaseException:
                    db.close()
                    raise
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> Self:
        if not path.exists():
            raise StorageError(
                translate(
                    "Store", "There is no practice log at {path} yet. Nothing was changed."
                ).format(path=path),
                problem="cannot-open",
                path=path,
            )
        version = inspect_existing(path)
        if version < schema.SCHEMA_VERSION:
            # Empty, or written by an older CalmKit: reading it means setting it up or
            # updating it first (with its backup), which needs a folder CalmKit can write to.
            return cls.open(path)
        with storage_errors("read", path):
            try:
                db = read_only(path)
                db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            except sqlite3.OperationalError:
                # A folder that cannot be written has no room for the -shm file a WAL
                # reader needs; the checked file is then read as it stands on disk.
                db = immutable(path)
            db.execute("PRAGMA query_only = ON")
        return cls(db, path, read_only=True)

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

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
        with self._noting_errors(), storage_errors("save", self.path):
            if self._db.in_transaction:
                with self._savepoint():
                    yield self._db
            else:
                if self._check_before_writing:
                    self._check_integrity()
                with self._atomic():
                    yield self._db

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one consistent state, without taking the write lock."""
        with self._noting_errors(), storage_errors("read", self.path):
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
        with self._noting_errors(), storage_errors("read", self.path):
            yield self._db

    @contextlib.contextmanager
    def _noting_errors(self) -> Iterator[None]:
        try:
            yield
        except StorageError:
            self._check_before_writing = True
            raise

    def _check_integrity(self) -> None:
        """Before the first write after an error: refuse to write into a damaged file."""
        result = [row[0] for row in self._db.execute("PRAGMA integrity_check(5)")]
        if result != ["ok"]:
            raise StorageError(
                describe("corrupt", "save", self.path), problem="corrupt", path=self.path
            )
        self._check_before_writing = False

    # --- backups -----------------------------------------------------------------------------

    def backup(self, reason: Reason = "manual", now: datetime | None = None) -> Backup:
        """A backup of the log as it is now, in the backups folder (see backups.py)."""
        from calmkit.core.store.backups import write_backup

        return write_backup(self._db, self.path, reason, now or datetime.now().astimezone())

    def backup_if_due(self, now: datetime | None = None) -> Backup | None:
        """The daily backup, if none was taken today, and the pruning of old ones."""
        from calmkit.core.store.backups import daily_backup_due, prune

        now = now or datetime.now().astimezone()
        if not daily_backup_due(self.path, now.date()):
            return None
        taken = self.backup("daily", now)
        prune(self.path)
        return taken

    def restore(self, backup: Backup, now: datetime | None = None) -> Backup:
        """Replace everything in the log with the contents of `backup`, after backing up the
        current state (returned). The backup is checked first; a damaged, foreign or newer
        one is refused and nothing changes."""
        version = inspect_existing(backup.path)
        if version == 0:
            raise StorageError(
                translate("Store", "The backup {name} is empty. Nothing was changed.").format(
                    name=backup.path.name
                ),
                problem="corrupt",
                path=backup.path,
            )
        before = self.backup("before-restore", now)
        with self._noting_errors(), storage_errors("save", self.path):
            if self._check_before_writing:
                self._check_integrity()
            with contextlib.closing(immutable(backup.path)) as source:
                source.backup(self._db)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._migrate(version)
            self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        return before

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
    """The schema version of an existing file, checked without writing or creating anything:
    the header as bytes, then (opened immutable or read-only) the tables and integrity_check.
    Raises StorageError: "newer", "corrupt", "not-ours", "unreadable" or "cannot-open"."""
    try:
        with path.open("rb") as f:
            header = f.read(_HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError as error:
        raise StorageError(
            translate(
                "Store",
                "CalmKit is not allowed to read the practice log at {path}. It was left as it "
                "is. Check who owns the file and its permissions.",
            ).format(path=path),
            problem="unreadable",
            path=path,
        ) from error
    except OSError as error:
        raise StorageError(
            translate(
                "Store", "Cannot read the practice log at {path} ({reason}). It was left as it is."
            ).format(path=path, reason=error.strerror),
            problem="cannot-open",
            path=path,
        ) from error
    if not header:
        return 0  # an empty file (e.g. from a crash during creation) holds nothing to lose
    if not header.startswith(SQLITE_HEADER):
        raise _not_ours(path, "not a database")
    if len(header) < _HEADER_SIZE:
        raise _damaged(path, "the file is cut short")
    # With a -wal beside it, the newest header and sessions may be there and not yet in the
    # file: SQLite reads both (its -shm may then appear; SQLite made both before). Without
    # one, the header is the truth, and the file is read as it is, with nothing created.
    has_wal = companions(path)[0].exists()
    version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if not has_wal:
        if application_id not in (0, APPLICATION_ID):
            raise _not_ours(path, "another program's database")
        if version > schema.SCHEMA_VERSION and application_id == APPLICATION_ID:
            raise _newer(path, version)
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        if page_size and size < page_size * pages:
            raise _damaged(path, f"cut short: {size} of {page_size * pages} bytes")
    try:
        with contextlib.closing(read_only(path) if has_wal else immutable(path)) as db:
            if has_wal:
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
                if application_id not in (0, APPLICATION_ID):
                    raise _not_ours(path, "another program's database")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if version == 0 and not tables:
                return 0  # an SQLite file with nothing in it yet
            if version > schema.SCHEMA_VERSION and (not tables or "sessions" in tables):
                raise _newer(path, version)
            if version == 0 or not expected_tables(version) <= tables:
                raise _not_ours(path, f"its tables: {', '.join(sorted(tables)) or 'none'}")
            # integrity_check, not only quick_check: it also compares every index with its
            # table, which catches random bytes inside a row (quick_check missed 24 of 117
            # such damages in a probe; integrity_check none that made a row unreadable),
            # for about 20% more time (~210 ms for 100,000 sessions).
            problems = [r[0] for r in db.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    except UnicodeDecodeError as error:
        raise _damaged(path, "unreadable text in its list of tables") from error
    if problems != ["ok"]:
        raise _damaged(path, "; ".join(str(p) for p in problems))
    return version


def expected_tables(version: int) -> set[str]:
    """The tables the migrations up to `version` create (and do not drop)."""
    tables: set[str] = set()
    for statements in schema.MIGRATIONS[:version]:
        for statement in statements:
            tables |= set(_CREATE_TABLE.findall(statement))
            tables -= set(_DROP_TABLE.findall(statement))
    return tables


_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_DROP_TABLE = re.compile(r"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)", re.I)


def _damaged(path: Path, detail: str) -> StorageError:
    return StorageError(
        translate(
            "Store",
            "The practice log at {path} is damaged and cannot be used safely. "
            "It was left as it is; nothing was written to it.",
        ).format(path=path),
        problem="corrupt",
        path=path,
        detail=detail,
    )


def _not_ours(path: Path, detail: str) -> StorageError:
    return StorageError(
        translate(
            "Store", "The file at {path} is not a CalmKit practice log. It was left as it is."
        ).format(path=path),
        problem="not-ours",
        path=path,
        detail=detail,
    )


def _newer(path: Path, version: int) -> StorageError:
    return StorageError(
        translate(
            "Store",
            "The practice log at {path} was written by a newer CalmKit (format {version}; this "
            "CalmKit reads up to {known}). It was left as it is: update CalmKit to open it.",
        ).format(path=path, version=version, known=schema.SCHEMA_VERSION),
        problem="newer",
        path=path,
        detail=f"user_version {version}, this version knows up to {schema.SCHEMA_VERSION}",
    )


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (it may create the -shm a WAL reader needs)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def immutable(path: Path) -> sqlite3.Connection:
    """A connection that reads `path` as it is on disk and creates nothing beside it."""
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )
