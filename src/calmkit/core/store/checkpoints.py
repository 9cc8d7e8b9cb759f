"""Checkpoints of the session in progress, and the recovery of those a crash left behind.

A running session rewrites its one row every few seconds (one small statement). A clean save
replaces the row with the session (SessionStore.add_session). A row whose process is gone
becomes, at the next start, a partial session marked recovered, so a crash, a kill or a power
loss costs at most the last few seconds of practice.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta

from calmkit.core.records import SessionRecord
from calmkit.core.store.sessions import _INSERT, SessionStore, _record, _row

# A live session rewrites its row every few seconds, paused or not; a row not written for
# this long belongs to no running session, whatever its process id says now (ids are reused).
STALE_AFTER = timedelta(seconds=60)

_SAVE = """
    INSERT INTO session_checkpoints (id, exercise_id, exercise_kind, started_at, ended_at,
        planned_seconds, actual_seconds, distress_before, process_id, seen_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET
        ended_at = excluded.ended_at,
        actual_seconds = excluded.actual_seconds,
        distress_before = excluded.distress_before,
        process_id = excluded.process_id,
        seen_at = excluded.seen_at"""
_CHECKPOINT_COLUMNS = (
    "id, exercise_id, exercise_kind, started_at, ended_at, planned_seconds, actual_seconds, "
    "distress_before, process_id, seen_at"
)


def process_running(process_id: int) -> bool:
    """Whether a process with this id exists now (POSIX; elsewhere only our own counts)."""
    if process_id == os.getpid():
        return True
    if os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(process_id, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    except OSError:
        return False
    return True


class CheckpointStore(SessionStore):
    """The checkpoint part of the store."""

    def save_checkpoint(self, record: SessionRecord, *, now: datetime) -> None:
        """Keep how far the session in progress has got (its start, the time practised so
        far, where practice had got to: `record`); rewrites the session's one row."""
        row = _row(record)
        values = (*row[:7], record.distress_before, os.getpid(), _moment(now))
        with self.transaction() as db:
            db.execute(_SAVE, values)

    def discard_checkpoint(self, session_id: str) -> None:
        """The session ended with nothing to keep (e.g. stopped during its countdown)."""
        with self.transaction() as db:
            db.execute("DELETE FROM session_checkpoints WHERE id = ?", (session_id,))

    def count_checkpoints(self) -> int:
        with self.reading() as db:
            return int(db.execute("SELECT COUNT(*) FROM session_checkpoints").fetchone()[0])

    def recover_sessions(
        self, *, now: datetime, running: Callable[[int], bool] = process_running
    ) -> list[SessionRecord]:
        """Turn the checkpoints that no running CalmKit is writing into partial sessions
        marked recovered, in one transaction; returns them. A session saved meanwhile keeps
        its saved form; a recovery made earlier from the same session is replaced by the
        newer checkpoint."""
        recovered: list[SessionRecord] = []
        with self.transaction() as db:
            rows = db.execute(f"SELECT {_CHECKPOINT_COLUMNS} FROM session_checkpoints").fetchall()
            for row in rows:
                if _alive(row[8], row[9], now, running):
                    continue
                session_id = row[0]
                db.execute("DELETE FROM session_checkpoints WHERE id = ?", (session_id,))
                saved = db.execute(
                    "SELECT recovered FROM sessions WHERE id = ?", (session_id,)
                ).fetchone()
                if saved is not None and not saved[0]:
                    continue  # saved cleanly after all: the checkpoint was a leftover
                if saved is not None:
                    db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
                record = _record((*row[:7], 0, row[7], None, "", 1))
                db.execute(_INSERT, _row(record))
                recovered.append(record)
        return recovered


def _alive(process_id: int, seen_at: str, now: datetime, running: Callable[[int], bool]) -> bool:
    if process_id == os.getpid():
        return True  # this process's own session, still in progress
    try:
        seen = datetime.fromisoformat(seen_at)
        recent = abs(now - seen) < STALE_AFTER
    except (ValueError, TypeError):
        recent = False  # a row edited by hand: not a live session's
    return recent and running(process_id)


def _moment(when: datetime) -> str:
    if when.utcoffset() is None:
        raise ValueError("a checkpoint's time must carry its UTC offset")
    return when.isoformat(timespec="seconds")
