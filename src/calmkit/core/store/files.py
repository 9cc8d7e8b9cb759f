"""The files that make up a practice log on disk: the database, SQLite's companions, its
backups and files set aside as damaged; listing, removing, moving aside and creating them
privately (the folder 0700, every file 0600: the log is nobody else's business)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from calmkit.core.i18n import translate
from calmkit.core.store.errors import StorageError

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"
# What a file set aside is called after: damaged (or unreadable), or another program's.
SET_ASIDE_LABELS = ("damaged", "not-calmkit")
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backup_paths(path: Path) -> list[Path]:
    """Every backup of the log at `path`, oldest first: the copies earlier versions took
    beside it before migrations (*.bak) and those in the backups folder."""
    old = sorted(path.parent.glob(f"{path.name}.v*.bak"))
    folder = backup_folder(path)
    return [*old, *sorted(folder.glob("calmkit-*.db"))] if folder.is_dir() else old


def set_aside_paths(path: Path) -> list[Path]:
    """Files moved aside by move_aside(), with their companions."""
    found = (path.parent.glob(f"{path.name}.{label}-*") for label in SET_ASIDE_LABELS)
    return sorted(p for matches in found for p in matches)


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def store_files(path: Path) -> list[Path]:
    """The files of the store at `path` that exist: the database, its WAL, shared-memory and
    rollback-journal files, its backups and the files set aside as damaged."""
    # The companions come first on purpose: see delete_store_files().
    candidates = [*companions(path), path, *backup_paths(path), *set_aside_paths(path)]
    return [p for p in candidates if p.is_file() or p.is_symlink()]


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its missing parents) for this user only (0700). A folder that
    exists is left as it is: --data-dir may name one that holds other things too."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):  # the folders CalmKit makes, outermost first
        created.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
        created.chmod(PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask; this is exact


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 unless it exists (SQLite gives its -wal and -shm
    files the database's mode, so they are private too)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(fd)


def move_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename the log at `path` (with its -wal/-shm/-journal, which belong to it) to
    `<name>.<label>-YYYYMMDD-HHMM`, never overwriting anything; return the new path. The
    bytes stay exactly as they were, for a person (or a repair tool) to look at later."""
    stamp = f"{now:%Y%m%d-%H%M}"
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    number = 2
    while target.exists() or any(p.exists() for p in companions(target)):
        target = path.with_name(f"{path.name}.{label}-{stamp}-{number}")
        number += 1
    path.rename(target)
    for old, new in zip(companions(path), companions(target), strict=True):
        if old.exists():
            old.rename(new)
    return target


def delete_store_files(path: Path) -> list[Path]:
    """Remove every file of the store at `path` (close the store first); return what went.

    The -wal/-shm/-journal files go before the database: if this is interrupted, a new
    database created at the same path never meets a stale WAL from the old one, which
    SQLite would try to replay into it.
    """
    return remove_files(store_files(path))


def remove_files(files: Iterable[Path]) -> list[Path]:
    """Remove `files` in order, skipping missing ones; return those removed. Stops at the
    first that cannot be removed, with a StorageError naming it and what went before it."""
    removed: list[Path] = []
    for file in files:
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            done = ", ".join(str(p) for p in removed) or translate(
                "Store", "nothing", "removed so far"
            )
            raise StorageError(
                translate(
                    "Store", "Could not remove {path} ({reason}). Removed so far: {removed}."
                ).format(path=file, reason=error.strerror, removed=done),
                problem="files",
                path=file,
            ) from error
        removed.append(file)
    return removed
