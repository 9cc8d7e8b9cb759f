"""`calmkit backup list|create|restore ID`: the practice log's backups from a terminal.

`list` and `create` only read the log, so they work while the app is open. `restore` writes,
so it takes the writer's lock; what it replaces is backed up first, and a log that cannot be
used (damaged, another program's, unreadable) is set aside with a timestamp, never deleted.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from calmkit.core.i18n import translate
from calmkit.core.store import (
    Backup,
    StorageError,
    Store,
    find_backup,
    list_backups,
    put_backup_in_place,
)
from calmkit.core.store.recovery import can_set_aside, set_aside_and_replace
from calmkit.paths import Paths


def run_backup_command(action: str, backup_id: str, paths: Paths) -> int:
    if action == "list":
        return _list(paths)
    if action == "create":
        return _create(paths)
    return _restore(paths, backup_id, datetime.now().astimezone())


def describe_backup(backup: Backup) -> str:
    when = f"{backup.taken_at:%Y-%m-%d %H:%M}"
    if backup.sessions is None:
        return translate("CliBackup", "{when}  {reason}, cannot be read").format(
            when=when, reason=backup.reason_words
        )
    sessions = backup.sessions  # a plain name: lupdate reads no other count
    return translate("CliBackup", "{when}  {reason}, %n session(s)", None, sessions).format(
        when=when, reason=backup.reason_words
    )


def _list(paths: Paths) -> int:
    backups = list_backups(paths.database)
    if not backups:
        print(
            translate("CliBackup", "No backups yet (they are kept in {folder}).").format(
                folder=paths.data_dir / "backups"
            )
        )
        return 0
    width = max(len(b.id) for b in backups)
    for backup in backups:
        print(f"{backup.id:<{width}}  {describe_backup(backup)}")
    return 0


def _create(paths: Paths) -> int:
    if not paths.database.exists():
        print(
            translate(
                "CliBackup", "There is no practice log in {folder} yet; nothing to back up."
            ).format(folder=paths.data_dir)
        )
        return 0
    with Store.open(paths.database, read_only=True) as store:
        backup = store.backup("manual")
    sessions = _count(backup)  # a plain name: lupdate reads no other count
    print(
        translate("CliBackup", "Backed up %n session(s) as {id}.", None, sessions).format(
            id=backup.id
        )
    )
    return 0


def _restore(paths: Paths, backup_id: str, now: datetime) -> int:
    backup = _chosen(paths, backup_id)
    if backup is None:
        print(
            translate(
                "CliBackup",
                "calmkit: there is no backup {id}; 'calmkit backup list' shows them. "
                "Nothing was changed.",
            ).format(id=repr(backup_id)),
            file=sys.stderr,
        )
        return 1
    if backup.sessions is None:
        print(
            translate(
                "CliBackup",
                "calmkit: the backup {id} is damaged or cannot be read; choose another. "
                "Nothing was changed.",
            ).format(id=backup.id),
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
            if error.problem == "not-ours":
                said = translate(
                    "CliBackup",
                    "The file that was there was not a CalmKit practice log; it was set aside, "
                    "unchanged, as {path}.",
                )
            else:
                said = translate(
                    "CliBackup",
                    "The file that was there was damaged; it was set aside, unchanged, as {path}.",
                )
            print(said.format(path=aside))
            Store.open(database).close()  # updates a backup from an older CalmKit
        else:
            print(
                translate(
                    "CliBackup", "What the log held before was backed up first as {id}."
                ).format(id=replaced.id)
            )
    else:
        put_backup_in_place(database, backup)
        Store.open(database).close()
    sessions = backup.sessions
    print(
        translate(
            "CliBackup", "Restored the backup from {when} (%n session(s)).", None, sessions
        ).format(when=f"{backup.taken_at:%Y-%m-%d %H:%M}")
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
