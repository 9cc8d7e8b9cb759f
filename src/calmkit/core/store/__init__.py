"""The practice store: one SQLite file holding sessions, their totals, saved patterns,
self-check results and settings. It knows no kind of exercise; each kind applies its own
rules to what it keeps here.

The parts, by concern: connection (opening, migrations, transactions), sessions, totals,
patterns, checkins, settings, files (the files on disk) and errors (the one typed
StorageError).
"""

from __future__ import annotations

from calmkit.core.store.checkins import CheckinMergeResult, CheckinStore, UnknownCheckinError
from calmkit.core.store.connection import SQLITE_HEADER
from calmkit.core.store.errors import Problem, StorageError, StoreError
from calmkit.core.store.files import (
    backup_paths,
    delete_store_files,
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


class Store(SessionStore, TotalsStore, PatternStore, CheckinStore, SettingsStore):
    """One open practice log: Store.open(path), then sessions, totals, patterns, check-ins,
    settings."""


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SQLITE_HEADER",
    "CheckinMergeResult",
    "MergeResult",
    "PatternRow",
    "Problem",
    "StorageError",
    "Store",
    "StoreError",
    "UnknownCheckinError",
    "UnknownPatternError",
    "UnknownSessionError",
    "backup_paths",
    "delete_store_files",
    "moment_text",
    "read_pattern_rows",
    "remove_files",
    "store_files",
]
