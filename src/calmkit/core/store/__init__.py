"""The practice store: one SQLite file holding sessions, their totals, saved patterns,
self-check results and settings. It knows no kind of exercise; each kind applies its own
rules to what it keeps here.

The parts, by concern: connection (checking, opening, migrations, transactions), lock (one
writer at a time), backups, sessions, checkpoints (of the session in progress, and recovery
after a crash), totals, patterns, checkins, settings, files (the files on disk) and errors
(the one typed StorageError).
"""

from __future__ import annotations

from calmkit.core.store.backups import (
    Backup,
    find_backup,
    list_backups,
    newest_good_backup,
    put_backup_in_place,
)
from calmkit.core.store.checkins import CheckinMergeResult, CheckinStore, UnknownCheckinError
from calmkit.core.store.checkpoints import CheckpointStore, process_running
from calmkit.core.store.connection import APPLICATION_ID, SQLITE_HEADER
from calmkit.core.store.errors import Problem, StorageError, StoreError
from calmkit.core.store.files import (
    backup_folder,
    backup_paths,
    delete_store_files,
    move_aside,
    remove_files,
    store_files,
)
from calmkit.core.store.patterns import (
    PatternRow,
    PatternStore,
    UnknownPatternError,
    read_pattern_rows,
)
from calmkit.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from calmkit.core.store.sessions import (
    MergeResult,
    SessionStore,
    UnknownSessionError,
    moment_text,
)
from calmkit.core.store.settings import SettingsStore
from calmkit.core.store.totals import TotalsStore


class Store(CheckpointStore, SessionStore, TotalsStore, PatternStore, CheckinStore, SettingsStore):
    """One open practice log: Store.open(path), then sessions (and the checkpoints of the one
    in progress), totals, patterns, check-ins, settings."""


__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SQLITE_HEADER",
    "Backup",
    "CheckinMergeResult",
    "CheckpointStore",
    "MergeResult",
    "PatternRow",
    "Problem",
    "StorageError",
    "Store",
    "StoreError",
    "UnknownCheckinError",
    "UnknownPatternError",
    "UnknownSessionError",
    "backup_folder",
    "backup_paths",
    "delete_store_files",
    "find_backup",
    "list_backups",
    "moment_text",
    "move_aside",
    "newest_good_backup",
    "process_running",
    "put_backup_in_place",
    "read_pattern_rows",
    "remove_files",
    "store_files",
]
