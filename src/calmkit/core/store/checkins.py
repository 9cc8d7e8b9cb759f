"""Self-check results in the practice log: adding, listing, deleting and merging them (import
merges by id, so importing twice changes nothing). Only complete checks ever get here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from calmkit.core.i18n import translate
from calmkit.core.store.connection import StoreConnection
from calmkit.core.store.merging import merge_rows, rows_by_id
from calmkit.core.store.sessions import moment_text

if TYPE_CHECKING:
    from calmkit.core.selfcheck import CheckIn

_COLUMNS = "id, taken_at, q1, q2, q3, q4, q5, q6, q7, total"
_INSERT = f"INSERT INTO checkins ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class UnknownCheckinError(LookupError):
    def __init__(self, checkin_id: str) -> None:
        self.checkin_id = checkin_id
        super().__init__(
            translate("Store", "no self-check with id {id} is in the practice log").format(
                id=checkin_id
            )
        )


@dataclass(frozen=True, slots=True)
class CheckinMergeResult:
    added: tuple[str, ...]
    already_present: tuple[str, ...]
    conflicts: tuple[CheckIn, ...]  # the stored check-ins whose content differs


class CheckinStore(StoreConnection):
    """The self-check part of the store."""

    def add_checkin(self, checkin: CheckIn) -> None:
        with self.transaction() as db:
            db.execute(_INSERT, _row(checkin))

    def checkins(self, *, newest_first: bool = False) -> list[CheckIn]:
        return list(self.iter_checkins(newest_first=newest_first))

    def iter_checkins(self, *, newest_first: bool = False) -> Iterator[CheckIn]:
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM checkins ORDER BY taken_at {order}, id {order}"
        with self.reading() as db:
            for row in db.execute(sql):
                yield _checkin(row)

    def count_checkins(self) -> int:
        with self.reading() as db:
            return int(db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0])

    def last_checkin(self) -> CheckIn | None:
        """The latest by the moment it was taken (offsets taken into account)."""
        # Text order is wrong across UTC offsets, and a person takes a few a year at most.
        return max(self.iter_checkins(), key=lambda c: c.taken_at, default=None)

    def delete_checkin(self, checkin_id: str) -> CheckIn:
        """Remove one check-in and return it as it was."""
        with self.transaction() as db:
            found = db.execute(
                f"SELECT {_COLUMNS} FROM checkins WHERE id = ?", (checkin_id,)
            ).fetchone()
            if found is None:
                raise UnknownCheckinError(checkin_id)
            db.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
        return _checkin(found)

    def merge_checkins(
        self, checkins: Sequence[CheckIn], *, dry_run: bool = False
    ) -> CheckinMergeResult:
        """Add the check-ins whose id is new, in one transaction; an identical stored one is
        already present, a different one with the same id is a conflict and is left as it is.
        Raises ValueError if `checkins` holds two different ones with one id."""

        incoming = rows_by_id((_row(c) for c in checkins), "self-checks")
        with self.transaction() as db:
            merged = merge_rows(db, "checkins", _COLUMNS, incoming, dry_run=dry_run)
        conflicts = tuple(_checkin(row) for row in merged.conflicting)
        return CheckinMergeResult(merged.added, merged.present, conflicts)


def _row(checkin: CheckIn) -> tuple[Any, ...]:
    return (
        checkin.id,
        moment_text(checkin.taken_at),
        *checkin.answers,
        checkin.total,
    )


def _checkin(row: Sequence[Any]) -> CheckIn:
    from calmkit.core.selfcheck import CheckIn  # here: start-up does not need it

    return CheckIn(id=row[0], taken_at=datetime.fromisoformat(row[1]), answers=tuple(row[2:9]))
