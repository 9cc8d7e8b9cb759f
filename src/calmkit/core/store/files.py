"""The files that make up a practice log on disk: the database, SQLite's companions, and the
copies taken before migrations; listing, removing and copying them."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from calmkit.core.store.errors import StorageError

_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


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
    first that cannot be removed, with a StorageError naming it and what went before it."""
    removed: list[Path] = []
    for file in files:
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            done = ", ".join(str(p) for p in removed) or "nothing"
            raise StorageError(
                f"Could not remove {file} ({error.strerror}). Removed so far: {done}.",
                problem="files",
                path=file,
            ) from error
        removed.append(file)
    return removed


def take_backup(path: Path, version: int, now: datetime) -> Path:
    """A consistent copy (WAL contents included) taken before the schema is changed. A copy
    that fails half-way (disk full) is removed, so it is never mistaken for a backup."""
    target = path.with_name(f"{path.name}.v{version}-{now:%Y%m%d-%H%M%S}.bak")
    try:
        with (
            contextlib.closing(
                sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            ) as src,
            contextlib.closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
