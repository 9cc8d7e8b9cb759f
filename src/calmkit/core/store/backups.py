"""Backups of the practice log, in the `backups` folder beside it.

Each backup is a whole SQLite database written with SQLite's online backup API, so it is
consistent even while the log is in use, and it is checked (quick_check) before it gets its
name: a backup that exists is a good one. Files are 0600.

Kinds, by why they were taken (the last part of the name):
- daily: once a day; the newest of each of the last 7 days and of each of the last 4 weeks
  are kept, older ones removed.
- before-update, before-restore, manual: kept too, the newest few of each.

A name looks like calmkit-20261202-031000-daily.db; its id (what `calmkit backup restore`
takes) is the part after "calmkit-": 20261202-031000-daily.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.store.errors import StorageError, from_os_error, storage_errors
from calmkit.core.store.files import (
    PRIVATE_FILE,
    backup_folder,
    create_private_file,
    make_private_folder,
)

Reason = Literal["daily", "before-update", "before-restore", "manual"]
# Marked for translation; Backup.reason_words translates them when shown.
REASON_WORDS: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily backup"),
    "before-update": QT_TRANSLATE_NOOP("Backups", "Before an update of CalmKit"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by you"),
    "kept": QT_TRANSLATE_NOOP("Backups", "Kept by you"),
}
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OTHERS = 5  # of each other kind
_NAME = re.compile(r"^calmkit-(\d{8}-\d{6})-([a-z-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    """One backup file and what it holds (sessions is None when it cannot be read)."""

    path: Path
    taken_at: datetime  # local time, as in the name
    reason: str
    sessions: int | None

    @property
    def id(self) -> str:
        return self.path.stem.removeprefix("calmkit-")

    @property
    def readable(self) -> bool:
        return self.sessions is not None

    @property
    def reason_words(self) -> str:
        words = REASON_WORDS.get(self.reason)
        return self.reason if words is None else translate("Backups", words)


def list_backups(database: Path, *, count_sessions: bool = True) -> list[Backup]:
    """The backups of the log at `database`, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found: list[Backup] = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed is None or not path.is_file():
            continue
        taken_at, reason = parsed
        sessions = session_count(path) if count_sessions else 0
        found.append(Backup(path, taken_at, reason, sessions))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def find_backup(database: Path, backup_id: str) -> Backup | None:
    """The backup with `backup_id` (its id or its file name), or None."""
    wanted = backup_id.removeprefix("calmkit-").removesuffix(".db")
    return next((b for b in list_backups(database) if b.id == wanted), None)


def backup_at(path: Path) -> Backup:
    """A backup file anywhere (one kept outside the data folder), described like the others."""
    parsed = _parse_name(path)
    taken_at = parsed[0] if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    return Backup(
        path, taken_at.replace(microsecond=0), parsed[1] if parsed else "kept", session_count(path)
    )


def newest_good_backup(database: Path) -> Backup | None:
    return next((b for b in list_backups(database) if b.readable), None)


def write_backup(
    source: sqlite3.Connection, database: Path, reason: Reason, now: datetime
) -> Backup:
    """Copy the database open as `source` into a new backup and check the copy. A copy that
    fails half-way (disk full) is removed, so it is never mistaken for a backup; the error
    reaches the caller as StorageError."""
    folder = backup_folder(database)
    taken_at = now.replace(tzinfo=None, microsecond=0)
    with storage_errors("save", database):
        try:
            make_private_folder(folder)
            target = folder / f"calmkit-{taken_at:%Y%m%d-%H%M%S}-{reason}.db"
            while target.exists():  # two in one second (a double click): the next second
                taken_at += timedelta(seconds=1)
                target = folder / f"calmkit-{taken_at:%Y%m%d-%H%M%S}-{reason}.db"
            copy_checked(source, target, database)
        except OSError as error:
            raise from_os_error(error, "save", database) from error
    return Backup(target, taken_at, reason, None)


def copy_checked(source: sqlite3.Connection, target: Path, database: Path) -> None:
    """Copy `source` to a new private file at `target` (written beside it, checked, then
    renamed, so `target` only ever holds a whole, good copy)."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            # A file of its own, not a WAL database: reading it later creates nothing.
            copy.execute("PRAGMA journal_mode=DELETE")
            checked = copy.execute("PRAGMA quick_check").fetchone()[0]
        if checked != "ok":
            raise StorageError(
                translate(
                    "Backups",
                    "The backup did not read back correctly, so it was not kept. "
                    "Nothing else was changed.",
                ),
                problem="io",
                path=database,
            )
        partial.chmod(PRIVATE_FILE)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def backup_to_file(database: Path, target: Path) -> None:
    """A backup of the log at `database` written to `target`, a file the person chose (e.g.
    before deleting everything); `calmkit backup restore FILE` brings it back."""
    from calmkit.core.store.connection import read_only

    if target.exists():
        raise StorageError(
            translate(
                "Backups", "{path} already exists; choose another name. Nothing was written."
            ).format(path=target),
            problem="files",
            path=target,
        )
    with (
        storage_errors("save", target),
        contextlib.closing(read_only(database)) as source,
    ):
        try:
            copy_checked(source, target, database)
        except OSError as error:
            raise from_os_error(error, "save", target) from error


def backup_file(database: Path, reason: Reason, now: datetime) -> Backup:
    """A backup of the log at `database` read from the file (no Store open): before a
    migration, and of a file about to be replaced by a restore."""
    from calmkit.core.store.connection import read_only

    with contextlib.closing(read_only(database)) as source:
        return write_backup(source, database, reason, now)


def daily_backup_due(database: Path, today: date) -> bool:
    return not any(
        b.reason == "daily" and b.taken_at.date() == today
        for b in list_backups(database, count_sessions=False)
    )


def prune(database: Path) -> list[Path]:
    """Remove the backups the rules no longer keep; return them. Daily backups: the newest
    of each of the last KEEP_DAILY days that have one, and the newest of each of the last
    KEEP_WEEKLY weeks. Other kinds: the newest KEEP_OTHERS of each."""
    backups = list_backups(database, count_sessions=False)  # newest first
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    others: dict[str, int] = {}
    for backup in backups:
        if backup.reason == "daily":
            day = backup.taken_at.date()
            week = day.isocalendar()[:2]
            if day not in days and len(days) < KEEP_DAILY:
                days.add(day)
                keep.add(backup.path)
            if week not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.add(week)
                keep.add(backup.path)
        else:
            seen = others.get(backup.reason, 0)
            if seen < KEEP_OTHERS:
                keep.add(backup.path)
            others[backup.reason] = seen + 1
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match[1], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return taken_at, match[2]


def session_count(path: Path) -> int | None:
    """How many sessions the backup holds, or None when it cannot be read as a good log."""
    from calmkit.core.store.connection import inspect_existing

    try:
        inspect_existing(path)
        with contextlib.closing(_immutable(path)) as db:
            return int(db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    except (StorageError, sqlite3.Error, OSError):
        return None


def _immutable(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def put_backup_in_place(database: Path, backup: Backup) -> None:
    """Make `backup` the practice log at `database`, where there is none now (the damaged
    one was moved aside first). The backup is checked first and copied, never moved, so it
    stays a backup. Open the log afterwards with Store.open (which updates an older one)."""
    from calmkit.core.store.connection import immutable, inspect_existing
    from calmkit.core.store.lock import WriterLock

    if database.exists():
        raise StorageError(
            translate(
                "Backups", "There is still a practice log at {path}; it was left as it is."
            ).format(path=database),
            problem="files",
            path=database,
        )
    inspect_existing(backup.path)
    lock = WriterLock.acquire(database)
    partial = database.with_name(database.name + ".restoring")
    try:
        with storage_errors("save", database):
            try:
                partial.unlink(missing_ok=True)
                create_private_file(partial)
                with (
                    contextlib.closing(immutable(backup.path)) as source,
                    contextlib.closing(sqlite3.connect(partial)) as target,
                ):
                    source.backup(target)
                partial.replace(database)
            except OSError as error:
                raise from_os_error(error, "save", database) from error
    finally:
        partial.unlink(missing_ok=True)
        lock.release()
