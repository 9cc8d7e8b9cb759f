"""Settings in the practice log: plain values kept as JSON text, by key."""

from __future__ import annotations

import json
from typing import Any

from calmkit.core.store.connection import StoreConnection


class SettingsStore(StoreConnection):
    """The settings part of the store."""

    def setting(self, key: str, default: Any = None) -> Any:
        with self.reading() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except (ValueError, RecursionError):
            # Not JSON, a number of over 4,300 digits, or nested past Python's limit (a
            # hand-edited value): as if it were not set.
            return default

    def raw_settings(self) -> dict[str, str]:
        """Every stored setting as its JSON text, for callers that report unreadable values."""
        with self.reading() as db:
            return dict(db.execute("SELECT key, value FROM settings").fetchall())

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
