"""Running totals per practice day and per exercise, kept by the triggers of migration 2, for
statistics that stay fast with years of sessions."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from calmkit.core.records import DayTotals, ExercisePractice, ExerciseTotals
from calmkit.core.store.connection import StoreConnection

# A session that counts as practice, in SQL: calmkit.core.stats.counts_as_practice() is the rule
# (completed, or at least MIN_PRACTICE_SECONDS); tests check that the two agree. Migration 2's
# triggers spell it out too, as released schema text that is never edited.
PRACTICE_SESSION_SQL = "(completed = 1 OR actual_seconds >= 60)"
# Ids per "IN (...)" list: far below SQLite's variable limit on every build.
_ID_CHUNK = 500

_DAY_TOTALS_COLUMNS = (
    "day, sessions, practice_sessions, completed, milliseconds, rated, before_sum, after_sum"
)
# The same sums the running totals keep, computed from the sessions for any day-start hour.
_LIVE_DAY_TOTALS = f"""
    SELECT date(substr(started_at, 1, 19), ?) AS day,
        COUNT(*) AS sessions,
        SUM({PRACTICE_SESSION_SQL}) AS practice_sessions,
        SUM(completed) AS completed,
        SUM(CAST(round(actual_seconds * 1000) AS INTEGER)) AS milliseconds,
        SUM(distress_before IS NOT NULL AND distress_after IS NOT NULL) AS rated,
        SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
            THEN distress_before ELSE 0 END) AS before_sum,
        SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
            THEN distress_after ELSE 0 END) AS after_sum
    FROM sessions GROUP BY day"""


def _hours_back(day_start_hour: int) -> str:
    """The SQLite date modifier that turns a local start time into its practice day."""
    if isinstance(day_start_hour, bool) or not isinstance(day_start_hour, int):
        raise TypeError("the day-start hour must be an int")
    if not 0 <= day_start_hour <= 23:
        raise ValueError("the day-start hour must be from 0 to 23")
    return f"-{day_start_hour} hours"


class TotalsStore(StoreConnection):
    """The totals part of the store."""

    def day_totals(
        self, day_start_hour: int, first: date | None = None, last: date | None = None
    ) -> list[DayTotals]:
        """Sessions summed per practice day (under the given day-start hour), oldest first,
        for the days from `first` to `last` inclusive (open-ended when None)."""
        low = (first or date.min).isoformat()
        high = (last or date.max).isoformat()
        rows = self._day_rows(
            day_start_hour, _DAY_TOTALS_COLUMNS, "WHERE day BETWEEN ? AND ?", (low, high)
        )
        fromisoformat = date.fromisoformat
        return [DayTotals(fromisoformat(r[0]), *r[1:]) for r in rows]

    def practice_days(self, day_start_hour: int) -> list[date]:
        """The practice days (at least one session completed or >= 60 s), oldest first."""
        rows = self._day_rows(day_start_hour, "day", "WHERE practice_sessions > 0")
        fromisoformat = date.fromisoformat
        return [fromisoformat(r[0]) for r in rows]

    def _day_rows(
        self, day_start_hour: int, columns: str, where: str, params: tuple[Any, ...] = ()
    ) -> list[Any]:
        # Read from the running totals when they are kept for this hour (~1 ms for ten years),
        # else from the sessions themselves (same result, ~100 ms per 100,000 sessions).
        modifier = _hours_back(day_start_hour)
        with self.snapshot() as db:
            (kept_for,) = db.execute("SELECT hour FROM day_totals_hour").fetchone()
            source_params: tuple[str, ...] = ()
            if kept_for == day_start_hour:
                source = "day_totals"
            else:
                source, source_params = f"({_LIVE_DAY_TOTALS})", (modifier,)
            sql = f"SELECT {columns} FROM {source} {where} ORDER BY day"
            return db.execute(sql, (*source_params, *params)).fetchall()

    def rebuild_day_totals(self, day_start_hour: int) -> None:
        """Keep the running day totals for this day-start hour from now on (after the setting
        changes); a no-op when they already are."""
        modifier = _hours_back(day_start_hour)
        with self.transaction() as db:
            (kept_for,) = db.execute("SELECT hour FROM day_totals_hour").fetchone()
            if kept_for == day_start_hour:
                return
            db.execute("DELETE FROM day_totals")
            db.execute(
                f"INSERT INTO day_totals ({_DAY_TOTALS_COLUMNS}) {_LIVE_DAY_TOTALS}", (modifier,)
            )
            db.execute("UPDATE day_totals_hour SET hour = ?", (day_start_hour,))

    def exercise_totals(self) -> list[ExerciseTotals]:
        """Sessions summed per exercise, most practised first."""
        with self.reading() as db:
            rows = db.execute(
                "SELECT exercise_id, sessions, completed, milliseconds, rated, drop_sum "
                "FROM exercise_totals ORDER BY sessions DESC, exercise_id"
            ).fetchall()
        return [ExerciseTotals(*r) for r in rows]

    def practice_by_exercise(self, exercise_ids: Collection[str]) -> list[ExercisePractice]:
        """For each of these exercises with sessions that count as practice: how many, and the
        first and last start (in the order the history lists them: by local start time).
        Exercises without any are left out."""
        ids = sorted(set(exercise_ids))
        found: list[ExercisePractice] = []
        fromisoformat = datetime.fromisoformat
        with self.snapshot() as db:
            for i in range(0, len(ids), _ID_CHUNK):
                chunk = ids[i : i + _ID_CHUNK]
                rows = db.execute(
                    "SELECT exercise_id, COUNT(*), MIN(started_at), MAX(started_at) "
                    f"FROM sessions WHERE exercise_id IN ({', '.join('?' * len(chunk))}) "
                    f"AND {PRACTICE_SESSION_SQL} GROUP BY exercise_id ORDER BY exercise_id",
                    chunk,
                ).fetchall()
                found.extend(
                    ExercisePractice(r[0], r[1], fromisoformat(r[2]), fromisoformat(r[3]))
                    for r in rows
                )
        return found
