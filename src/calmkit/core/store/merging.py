"""Merging rows by id, as imports do: new ids are added, identical rows are already there,
different rows with a known id are conflicts left as they are. One rule for every table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_ID_CHUNK = 500  # ids per "WHERE id IN (...)": far below SQLite's limit on parameters


@dataclass(frozen=True, slots=True)
class RowMerge:
    added: tuple[str, ...]
    present: tuple[str, ...]
    conflicting: tuple[tuple[Any, ...], ...]  # the stored rows that differ


def rows_by_id(rows: Iterable[tuple[Any, ...]], what: str) -> dict[str, tuple[Any, ...]]:
    """Rows (id first) by id; ValueError when two different rows share one id."""
    incoming: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        if incoming.setdefault(row[0], row) != row:
            raise ValueError(f"two different {what} share the id {row[0]}")
    return incoming


def merge_rows(
    db: sqlite3.Connection,
    table: str,
    columns: str,
    incoming: dict[str, tuple[Any, ...]],
    *,
    dry_run: bool,
) -> RowMerge:
    """Within the caller's write transaction, so nothing added meanwhile slips in between
    the lookups and the inserts."""
    stored: dict[str, tuple[Any, ...]] = {}
    ids = list(incoming)
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT {columns} FROM {table} WHERE id IN ({marks})"
        stored.update((row[0], tuple(row)) for row in db.execute(query, chunk))
    added: list[str] = []
    present: list[str] = []
    conflicting: list[tuple[Any, ...]] = []
    for row_id, row in incoming.items():
        old = stored.get(row_id)
        if old is None:
            added.append(row_id)
        elif old == row:
            present.append(row_id)
        else:
            conflicting.append(old)
    if not dry_run and added:
        values = ", ".join("?" * len(incoming[added[0]]))
        db.executemany(
            f"INSERT INTO {table} ({columns}) VALUES ({values})", [incoming[i] for i in added]
        )
    return RowMerge(tuple(added), tuple(present), tuple(conflicting))
