"""Sessions in the practice log: adding, reading, paging, editing, deleting and merging them
(import merges by id, so importing twice changes nothing)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from calmkit.core.i18n import translate
from calmkit.core.records import SessionRecord
from calmkit.core.store.connection import StoreConnection

# Ids per "WHERE id IN (...)" query: far below SQLite's variable limit on every build.
_COLUMNS = (
    "id, exercise_id, exercise_kind, started_at, ended_at, planned_seconds, actual_seconds, "
    "completed, distress_before, distress_after, note, recovered"
)
_INSERT = f"INSERT INTO sessions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class UnknownSessionError(LookupError):
    """No session with this id is in the practice log (e.g. deleted meanwhile)."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(
            translate("Store", "no session with id {id} is in the practice log").format(
                id=session_id
            )
        )


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What merge_sessions() did with each incoming session, by id."""

    added: tuple[str, ...]
    already_present: tuple[str, ...]  # an identical session was already stored
    conflicts: tuple[SessionRecord, ...]  # the stored sessions whose content differs


class SessionStore(StoreConnection):
    """The sessions part of the store."""

    def add_session(self, record: SessionRecord) -> None:
        """Record a session. It takes the place of its checkpoint, and of a partial session
        recovered from that checkpoint meanwhile (by a second CalmKit that thought it lost)."""
        with self.transaction() as db:
            db.execute("DELETE FROM sessions WHERE id = ? AND recovered = 1", (record.id,))
            db.execute(_INSERT, _row(record))
            db.execute("DELETE FROM session_checkpoints WHERE id = ?", (record.id,))

    def sessions(self, limit: int | None = None, offset: int = 0) -> list[SessionRecord]:
        """Sessions, newest first; `limit`/`offset` page through a long history."""
        sql = f"SELECT {_COLUMNS} FROM sessions ORDER BY started_at DESC, id LIMIT ? OFFSET ?"
        with self.reading() as db:
            rows = db.execute(sql, (-1 if limit is None else limit, offset)).fetchall()
        return [_record(row) for row in rows]

    def count_sessions(self) -> int:
        with self.reading() as db:
            return int(db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    def add_sessions(self, records: Iterable[SessionRecord]) -> int:
        """Add many sessions in one transaction: all of them or, on any error, none."""
        rows = [_row(r) for r in records]
        with self.transaction() as db:
            db.executemany(_INSERT, rows)
        return len(rows)

    def session(self, session_id: str) -> SessionRecord | None:
        with self.reading() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        return None if row is None else _record(row)

    def iter_sessions(self, *, newest_first: bool = False) -> Iterator[SessionRecord]:
        """Every session, oldest first unless asked otherwise, read as it is consumed."""
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM sessions ORDER BY started_at {order}, id {order}"
        # The errors arrive while the caller iterates, so the reading() covers the loop.
        with self.reading() as db:
            for row in db.execute(sql):
                yield _record(row)

    def delete_session(self, session_id: str) -> SessionRecord:
        """Remove one session and return it as it was, so the caller can offer undo."""
        with self.transaction() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
            found = row.fetchone()
            if found is None:
                raise UnknownSessionError(session_id)
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return _record(found)

    def restore_session(self, record: SessionRecord) -> None:
        """Undo delete_session(). Doing it twice is harmless; a different session that took
        the same id meanwhile is never overwritten (ValueError)."""
        if self.merge_sessions([record]).conflicts:
            raise ValueError(
                translate("Store", "another session with id {id} is in the practice log").format(
                    id=record.id
                )
            )

    def update_note(self, session_id: str, note: str) -> SessionRecord:
        """Replace a session's note; returns the updated session."""
        if "\x00" in note:  # CSV could not carry it
            raise ValueError(translate("Store", "a note cannot contain NUL characters"))
        return self._update(session_id, "note = ?", (note,))

    def set_ratings(
        self, session_id: str, *, before: int | None, after: int | None
    ) -> SessionRecord:
        """Set (or, with None, clear) the 0-10 distress ratings; returns the updated session."""
        for name, value in (("before", before), ("after", after)):
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10
            ):
                raise ValueError(f"distress {name} must be a whole number from 0 to 10")
        return self._update(session_id, "distress_before = ?, distress_after = ?", (before, after))

    def _update(self, session_id: str, assignments: str, values: tuple[Any, ...]) -> SessionRecord:
        with self.transaction() as db:
            db.execute(f"UPDATE sessions SET {assignments} WHERE id = ?", (*values, session_id))
            row = db.execute(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
            found = row.fetchone()
            if found is None:
                raise UnknownSessionError(session_id)
        return _record(found)

    def merge_sessions(
        self, records: Sequence[SessionRecord], *, dry_run: bool = False
    ) -> MergeResult:
        """Add the sessions whose id is new, in one transaction (all or none).

        A stored session with the same id and the same content counts as already present; one
        with different content is a conflict and is left as it is. With dry_run nothing is
        written. Raises ValueError if `records` holds two different sessions with one id.
        """
        from calmkit.core.store.merging import (  # here: start-up does not need it
            merge_rows,
            rows_by_id,
        )

        incoming = rows_by_id((_row(r) for r in records), "sessions")
        with self.transaction() as db:
            merged = merge_rows(db, "sessions", _COLUMNS, incoming, dry_run=dry_run)
        conflicts = tuple(_record(row) for row in merged.conflicting)
        return MergeResult(merged.added, merged.present, conflicts)


def _row(r: SessionRecord) -> tuple[Any, ...]:
    if r.started_at.utcoffset() is None or r.ended_at.utcoffset() is None:
        # Without the offset the practice day and any later export would be guesses.
        raise ValueError(f"session {r.id}: start and end times must carry their UTC offset")
    if "\x00" in r.note:
        raise ValueError(f"session {r.id}: a note cannot contain NUL characters")
    return (
        r.id,
        r.exercise_id,
        r.exercise_kind,
        moment_text(r.started_at),
        moment_text(r.ended_at),
        r.planned_seconds,
        r.actual_seconds,
        int(r.completed),
        r.distress_before,
        r.distress_after,
        r.note,
        int(r.recovered),
    )


def moment_text(value: datetime) -> str:
    """A moment as stored: whole seconds as 09:30:00+01:00, anything finer to the microsecond,
    so an imported time is kept exactly (day totals read only the first 19 characters)."""
    return value.isoformat(timespec="microseconds" if value.microsecond else "seconds")


def _record(row: tuple[Any, ...]) -> SessionRecord:
    return SessionRecord(
        id=row[0],
        exercise_id=row[1],
        exercise_kind=row[2],
        started_at=datetime.fromisoformat(row[3]),
        ended_at=datetime.fromisoformat(row[4]),
        planned_seconds=row[5],
        actual_seconds=row[6],
        completed=bool(row[7]),
        distress_before=row[8],
        distress_after=row[9],
        note=row[10],
        recovered=bool(row[11]),
    )
