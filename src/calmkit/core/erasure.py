"""Delete all my data: the practice log (sessions, self-check results, patterns, settings), its
backups and CalmKit's log files, and nothing else."""

from __future__ import annotations

from pathlib import Path

from calmkit.core.store import Store, remove_files, store_files
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
    return remove_files([*store_files(paths.database), *_log_files(paths)])


def _log_files(paths: Paths) -> list[Path]:
    # Logs record when the app ran and what went wrong, which is personal too. The name
    # pattern covers rotated logs (calmkit.log.1, ...).
    name = paths.log_file.name
    if not paths.log_dir.is_dir():
        return []
    found = [paths.log_dir / name, *paths.log_dir.glob(f"{name}.*")]
    return sorted({p for p in found if p.is_file() or p.is_symlink()})
