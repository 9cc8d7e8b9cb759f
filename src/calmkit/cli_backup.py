"""`calmkit backup list|create|restore ID`: the practice log's backups from a terminal.

`list` and `create` only read the log, so they work while the app is open. `restore` writes,
so it takes the writer's lock; what it replaces is backed up first, and a log that cannot be
used (damaged, another program's, unreadable) is set aside with a timestamp, never deleted.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from calmkit.core.store import (
    Backup,
    StorageError,
    Store,
    find_backup,
    list_backups,
    put_backup_in_place,
)
from calmkit.core.store.recovery import can_set_aside, set_aside_and_replace
from calmkit.core.wording import plural
from calmkit.paths import Paths


def run_backup_command(action: str, backup_id: str, paths: Paths) -> int:
    if action == "list":
        return _list(paths)
    if action == "create":
        return _create(paths)
    return _restore(paths, backup_id, datetime.now().astimezone())


def describe_backup(backup: Backup) -> str:
    sessions = "cannot be read" if backup.sessions is None else plural(backup.sessions, "session")
    return f"{backup.taken_at:%Y-%m-%d %H:%M}  {backup.reason_words}, {sessions}"


def _list(paths: Paths) -> int:
    backups = list_backups(paths.database)
    if not backups:
        print(f"No backups yet (they are kept in {paths.data_dir / 'backups'}).")
        return 0
    width = max(len(b.id) for b in backups)
    for backup in backups:
        print(f"{backup.id:<{width}}  {describe_backup(backup)}")
    return 0


def _create(paths: Paths) -> int:
    if not paths.database.exists():
        print(f"There is no practice log in {paths.data_dir} yet; nothing to back up.")
        return 0
    with Store.open(paths.database, read_only=True) as store:
        backup = store.backup("manual")
    print(f"Backed up {plural(_count(backup), 'session')} as {backup.id}.")
    return 0


def _restore(paths: Paths, backup_id: str, now: datetime) -> int:
    backup = _chosen(paths, backup_id)
    if backup is None:
        print(
            f"calmkit: there is no backup {backup_id!r}; 'calmkit backup list' shows them. "
            "Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    if backup.sessions is None:
        print(
            f"calmkit: the backup {backup.id} is damaged or cannot be read; choose another. "
            "Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    database = paths.database
    if database.exists():
        try:
            with Store.open(database) as store:
                replaced = store.restore(backup, now)
        except StorageError as error:
            if not can_set_aside(error, database):
                raise  # newer, in use, read-only, full: nothing is moved, the words say why
            aside = set_aside_and_replace(database, error.problem, backup, now)
            what = (
                "was not a CalmKit practice log" if error.problem == "not-ours" else "was damaged"
            )
            print(f"The file that was there {what}; it was set aside, unchanged, as {aside}.")
            Store.open(database).close()  # updates a backup from an older CalmKit
        else:
            print(f"What the log held before was backed up first as {replaced.id}.")
    else:
        put_backup_in_place(database, backup)
        Store.open(database).close()
    print(
        f"Restored the backup from {backup.taken_at:%Y-%m-%d %H:%M} "
        f"({plural(backup.sessions, 'session')})."
    )
    return 0


def _chosen(paths: Paths, backup_id: str) -> Backup | None:
    found = find_backup(paths.database, backup_id)
    if found is not None:
        return found
    file = Path(backup_id).expanduser()
    if file.is_file():  # a backup kept elsewhere (e.g. before deleting everything)
        from calmkit.core.store.backups import backup_at

        return backup_at(file)
    return None


def _count(backup: Backup) -> int:
    from calmkit.core.store.backups import session_count

    return session_count(backup.path) or 0
