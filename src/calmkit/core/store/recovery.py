"""Getting going again when the practice log cannot be used: set the file aside (never
delete or overwrite it), then restore a backup in its place or start a new log.

Only a log that is damaged, unreadable or another program's is set aside. One from a newer
CalmKit is refused and left exactly where it is: updating CalmKit opens it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from calmkit.core.store.backups import Backup, put_backup_in_place
from calmkit.core.store.errors import Problem, StorageError, from_os_error
from calmkit.core.store.files import move_aside

# The problems a person can move past by setting the file aside, and the label it gets.
SET_ASIDE_LABEL: dict[Problem, str] = {
    "corrupt": "damaged",
    "unreadable": "damaged",
    "not-ours": "not-calmkit",
}


def can_set_aside(error: StorageError, database: Path) -> bool:
    """Whether `error` is about the log file itself, so that setting it aside helps."""
    return error.problem in SET_ASIDE_LABEL and error.path == database and database.exists()


def set_aside_and_replace(
    database: Path, problem: Problem, backup: Backup | None, now: datetime
) -> Path:
    """Move the log at `database` aside (with its -wal/-shm), then put `backup` in its place
    (None: nothing, so the next Store.open starts a new log). Returns where the old file
    went. Open the log with Store.open afterwards (it updates a backup from an older
    CalmKit)."""
    try:
        aside = move_aside(database, SET_ASIDE_LABEL.get(problem, "damaged"), now)
    except OSError as error:
        raise from_os_error(error, "open", database) from error
    if backup is not None:
        put_backup_in_place(database, backup)
    return aside
