"""Saved patterns in the practice log, kept as plain rows: the store keeps their order, their
times and their deleted mark, and knows nothing of what the other columns mean.

The rules for a pattern (which values are allowed, how ids and names are made, what a row
means) belong to its exercise kind, which reads and writes through these methods. To check and
write in one go, it calls them inside one store.transaction(): the names it checks are then the
names that are there when it writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from calmkit.core.i18n import translate
from calmkit.core.store.connection import StoreConnection, inspect_existing, read_only
from calmkit.core.store.errors import storage_errors

# One row of custom_patterns, by column name, exactly as stored.
PatternRow = dict[str, object]

# Columns the store fills in itself; everything else is the caller's content.
_BOOKKEEPING = frozenset({"position", "created_at", "updated_at", "deleted_at"})
_ACTIVE = "WHERE deleted_at IS NULL"
_ORDER = "position, created_at, id"
_PATTERNS_SINCE_VERSION = 3  # the table arrived with migration 3


class UnknownPatternError(LookupError):
    """No saved pattern with this id (or it was deleted meanwhile)."""

    def __init__(self, pattern_id: str) -> None:
        self.pattern_id = pattern_id
        super().__init__(
            translate("Store", "no saved pattern with id {id}").format(id=repr(pattern_id))
        )


class PatternStore(StoreConnection):
    """The saved-patterns part of the store."""

    def pattern_rows(self) -> list[PatternRow]:
        """Every row in the person's order, deleted ones included (their names still label
        past sessions), left exactly as stored."""
        with self.snapshot() as db:
            return _rows(db)

    def pattern_row(self, pattern_id: str) -> PatternRow:
        with self.snapshot() as db:
            return _row(db, pattern_id)

    def pattern_names(self, *, besides: str | None = None) -> list[str]:
        """The names of the patterns in the list (not deleted ones), without `besides`."""
        with self.snapshot() as db:
            rows = db.execute(
                f"SELECT name FROM custom_patterns {_ACTIVE} AND id IS NOT ?", (besides,)
            )
            return [name for (name,) in rows]

    def pattern_ids(self) -> list[str]:
        """Every id ever given, deleted and unreadable rows' too, so none is given twice."""
        with self.snapshot() as db:
            return [pattern_id for (pattern_id,) in db.execute("SELECT id FROM custom_patterns")]

    def insert_pattern(
        self,
        content: Mapping[str, object],
        *,
        after: str | None = None,
        now: datetime | None = None,
    ) -> PatternRow:
        """Add a row at the end of the list, or right after the pattern `after` (a duplicate
        sits next to its original). `content` holds the id, the name and the kind's columns."""
        stamp = _timestamp(now)
        with self.transaction() as db:
            values = {**_content(db, content), "created_at": stamp, "updated_at": stamp}
            if after is None:
                (values["position"],) = db.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM custom_patterns"
                ).fetchone()
            else:
                found = db.execute(
                    f"SELECT position FROM custom_patterns {_ACTIVE} AND id = ?", (after,)
                ).fetchone()
                if found is None:
                    raise UnknownPatternError(after)
                values["position"] = found[0] + 1
                db.execute(
                    "UPDATE custom_patterns SET position = position + 1 WHERE position >= ?",
                    (values["position"],),
                )
            marks = ", ".join("?" * len(values))
            db.execute(
                f"INSERT INTO custom_patterns ({', '.join(values)}) VALUES ({marks})",
                list(values.values()),
            )
            return _row(db, str(values["id"]))

    def update_pattern(
        self, pattern_id: str, content: Mapping[str, object], *, now: datetime | None = None
    ) -> PatternRow:
        """Change a pattern in the list; its id, place and creation time stay."""
        if "id" in content:
            raise ValueError("a pattern's id never changes")
        stamp = _timestamp(now)
        with self.transaction() as db:
            _require_active(db, pattern_id)
            values = {**_content(db, content), "updated_at": stamp}
            assignments = ", ".join(f"{column} = ?" for column in values)
            db.execute(
                f"UPDATE custom_patterns SET {assignments} WHERE id = ?",
                (*values.values(), pattern_id),
            )
            return _row(db, pattern_id)

    def delete_pattern(self, pattern_id: str, *, now: datetime | None = None) -> PatternRow:
        """Take a pattern out of the list and return its row as it was. The row stays, marked
        deleted, so past sessions keep its name, undo is exact and its id is never reused."""
        stamp = _timestamp(now)
        with self.transaction() as db:
            _require_active(db, pattern_id)
            deleted = _row(db, pattern_id)
            db.execute(
                "UPDATE custom_patterns SET deleted_at = ? WHERE id = ?", (stamp, pattern_id)
            )
        return deleted

    def restore_pattern(
        self, pattern_id: str, *, name: str | None = None, now: datetime | None = None
    ) -> PatternRow:
        """Undo delete_pattern(): back in its old place, under `name` when given (the caller
        renames it when another pattern took its name). Harmless on a pattern in the list."""
        stamp = _timestamp(now)
        with self.transaction() as db:
            row = _row(db, pattern_id)
            if row["deleted_at"] is None:
                return row
            db.execute(
                "UPDATE custom_patterns SET name = coalesce(?, name), deleted_at = NULL, "
                "updated_at = ? WHERE id = ?",
                (name, stamp, pattern_id),
            )
            return _row(db, pattern_id)

    def reorder_patterns(self, pattern_ids: Sequence[str]) -> None:
        """Put these patterns in this order, in the places they held between them (move one
        up: pass it and the one above). Others, deleted ones included, keep their places."""
        if len(set(pattern_ids)) != len(pattern_ids):
            raise ValueError("each pattern can appear only once")
        with self.transaction() as db:
            rows = db.execute(
                f"SELECT id, position FROM custom_patterns {_ACTIVE} ORDER BY {_ORDER}"
            ).fetchall()
            positions = {pattern_id: position for pattern_id, position in rows}
            for pattern_id in pattern_ids:
                if pattern_id not in positions:
                    raise UnknownPatternError(pattern_id)
            if len(set(positions.values())) != len(positions):
                # Tied places (only possible from outside edits): number every row afresh,
                # in the order shown, so a swap always moves something.
                everything = db.execute(f"SELECT id FROM custom_patterns ORDER BY {_ORDER}")
                renumbered = [(n, i) for n, (i,) in enumerate(everything.fetchall())]
                db.executemany("UPDATE custom_patterns SET position = ? WHERE id = ?", renumbered)
                positions = dict(
                    db.execute(f"SELECT id, position FROM custom_patterns {_ACTIVE}").fetchall()
                )
            places = sorted(positions[i] for i in pattern_ids)
            db.executemany(
                "UPDATE custom_patterns SET position = ? WHERE id = ?",
                list(zip(places, pattern_ids, strict=True)),
            )


def read_pattern_rows(path: Path) -> list[PatternRow]:
    """The rows saved in the practice log at `path`, read without writing anything: no
    migration, no backup, nothing created. For commands that only list or print."""
    if not path.exists():
        return []
    if inspect_existing(path) < _PATTERNS_SINCE_VERSION:
        return []
    with storage_errors("read", path), contextlib.closing(read_only(path)) as db:
        return _rows(db)


def _rows(db: sqlite3.Connection) -> list[PatternRow]:
    cursor = db.execute(f"SELECT * FROM custom_patterns ORDER BY {_ORDER}")
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def _row(db: sqlite3.Connection, pattern_id: str) -> PatternRow:
    cursor = db.execute("SELECT * FROM custom_patterns WHERE id = ?", (pattern_id,))
    found = cursor.fetchone()
    if found is None:
        raise UnknownPatternError(pattern_id)
    return dict(zip([d[0] for d in cursor.description], found, strict=True))


def _require_active(db: sqlite3.Connection, pattern_id: str) -> None:
    found = db.execute(
        f"SELECT 1 FROM custom_patterns {_ACTIVE} AND id = ?", (pattern_id,)
    ).fetchone()
    if found is None:
        raise UnknownPatternError(pattern_id)


def _content(db: sqlite3.Connection, content: Mapping[str, object]) -> dict[str, object]:
    """`content` checked against the table's own columns, so only real column names are ever
    put into the SQL text."""
    columns = {info[1] for info in db.execute("PRAGMA table_info(custom_patterns)")}
    unknown = set(content) - (columns - _BOOKKEEPING)
    if unknown:
        raise ValueError(f"not a pattern column the caller may set: {', '.join(sorted(unknown))}")
    return dict(content)


def _timestamp(now: datetime | None) -> str:
    moment = now or datetime.now().astimezone()
    if moment.utcoffset() is None:
        raise ValueError("pattern times must carry their UTC offset")
    return moment.isoformat(timespec="seconds")
