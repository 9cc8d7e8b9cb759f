"""Delete all my data: the practice log (sessions, self-check results, patterns, settings), its
backups and CalmKit's log files, and nothing else."""

from __future__ import annotations

import contextlib
from pathlib import Path

from calmkit.core.store import Store, backup_folder, remove_files, store_files
from calmkit.core.store.lock import LOCK_NAME
from calmkit.paths import Paths


def data_files(paths: Paths) -> list[Path]:
    """What delete_all_data() would remove, as it stands now (for the confirmation)."""
    return [*store_files(paths.database), *_log_files(paths)]


def delete_all_data(paths: Paths, store: Store | None = None) -> list[Path]:
    """Close `store` (if open), then remove the database with its -wal/-shm/-journal files,
    the backups taken before migrations, and the log files. Returns what was removed.

    Only files CalmKit names are removed, never a folder: --data-dir may point at a folder
    that also holds other things. Raises StoreError naming what could not be removed.
    """
    if store is not None:
        store.close()
    # The store's own files first, in the order delete_store_files explains, then the logs.
    removed = remove_files([*store_files(paths.database), *_log_files(paths)])
    # CalmKit's own empty backups folder and its (empty) lock file hold nothing personal;
    # they go too, so the folder is as it was before CalmKit used it.
    with contextlib.suppress(OSError):
        backup_folder(paths.database).rmdir()
    with contextlib.suppress(OSError):
        (paths.database.parent / LOCK_NAME).unlink()
    return removed


def _log_files(paths: Paths) -> list[Path]:
    # Logs record when the app ran and what went wrong, which is personal too. The name
    # pattern covers rotated logs (calmkit.log.1, ...).
    name = paths.log_file.name
    if not paths.log_dir.is_dir():
        return []
    found = [paths.log_dir / name, *paths.log_dir.glob(f"{name}.*")]
    return sorted({p for p in found if p.is_file() or p.is_symlink()})
