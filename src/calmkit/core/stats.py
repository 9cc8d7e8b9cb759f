"""Practice statistics: practice days, forgiving streaks, goals, totals and "what helps me".

Everything here is a pure function of the summed rows the store keeps (one per practice day,
one per exercise), `today` and the settings; nothing reads the clock. `today` is a practice
day: pass practice_day(now, settings.day_start_hour), so at 01:30 it is still yesterday.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from calmkit.core.records import DayTotals, ExerciseTotals
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store

# A session counts towards a practice day if it was completed or lasted at least this long.
MIN_PRACTICE_SECONDS = 60


def practice_day(started_at: datetime, day_start_hour: int) -> date:
    """The day a session belongs to: the date of its local start time (as recorded, with the
    offset it had then) minus the day-start hour, so 01:30 counts for the day before."""
    local = started_at.replace(tzinfo=None)  # the wall time as written, whatever the offset
    return (local - timedelta(hours=day_start_hour)).date()


def counts_as_practice(completed: bool, actual_seconds: float) -> bool:
    return completed or actual_seconds >= MIN_PRACTICE_SECONDS


def current_streak(days: Sequence[date], today: date, grace_days: int) -> int:
    """Practice days in the run that reaches today, or would still reach it under grace.

    The walk of the rule, one practice day at a time: from today backwards (today itself is
    never a miss), each practice day adds one; the days between two of them are misses, and
    more than `grace_days` of them in a row end the run. Days after today are ignored.
    `days` must be sorted ascending without repeats.
    """
    count = 0
    previous = today.toordinal()
    for day in reversed(days):
        ordinal = day.toordinal()
        if ordinal > previous:
            continue  # after today: a clock or time zone ahead of this one
        if previous - ordinal - 1 > grace_days:
            break
        count += 1
        previous = ordinal
    return count


def longest_streak(days: Sequence[date], today: date, grace_days: int) -> int:
    """The most practice days in any run under the same rule, up to today.

    `days` must be sorted ascending without repeats.
    """
    best = run = 0
    previous: int | None = None
    last = today.toordinal()
    for day in days:
        ordinal = day.toordinal()
        if ordinal > last:
            break
        run = run + 1 if previous is not None and ordinal - previous - 1 <= grace_days else 1
        best = max(best, run)
        previous = ordinal
    return best


def week_start(day: date) -> date:
    """The Monday of the (ISO) week holding `day`."""
    return day - timedelta(days=day.weekday())


def minutes_per_day(days: Iterable[DayTotals], first: date, last: date) -> list[tuple[date, float]]:
    """Minutes practised on every day from `first` to `last` inclusive, zero-filled."""
    by_day = {d.day: d.milliseconds for d in days if first <= d.day <= last}
    span = (last - first).days + 1
    return [
        (day, by_day.get(day, 0) / 60_000)
        for day in (first + timedelta(days=i) for i in range(max(span, 0)))
    ]


def minutes_per_week(
    days: Iterable[DayTotals], first: date, last: date
) -> list[tuple[date, float]]:
    """Minutes per week (keyed by its Monday) for every week touching `first`..`last`; only
    days in that range count, so pass a Monday as `first` to get whole weeks."""
    start, end = week_start(first), week_start(last)
    by_week: dict[date, int] = {}
    for d in days:
        if first <= d.day <= last:
            monday = week_start(d.day)
            by_week[monday] = by_week.get(monday, 0) + d.milliseconds
    weeks = (end - start).days // 7 + 1
    return [
        (monday, by_week.get(monday, 0) / 60_000)
        for monday in (start + timedelta(weeks=i) for i in range(max(weeks, 0)))
    ]


@dataclass(frozen=True, slots=True)
class DistressDay:
    """Mean distress before and after the rated sessions of one practice day."""

    day: date
    rated_sessions: int
    mean_before: float
    mean_after: float


def distress_per_day(days: Iterable[DayTotals], first: date, last: date) -> list[DistressDay]:
    """Days from `first` to `last` with at least one session rated before and after."""
    return [
        DistressDay(d.day, d.rated, d.before_sum / d.rated, d.after_sum / d.rated)
        for d in days
        if d.rated and first <= d.day <= last
    ]


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """How far along a goal is: shown as progress, never as a failure."""

    done: float
    target: float

    @property
    def fraction(self) -> float:
        """0.0 to 1.0 (capped: more than the goal is still just "reached")."""
        return min(self.done / self.target, 1.0) if self.target > 0 else 0.0

    @property
    def reached(self) -> bool:
        return self.done >= self.target


@dataclass(frozen=True, slots=True)
class Goals:
    minutes_today: GoalProgress | None  # None: no minutes-per-day goal set
    days_this_week: GoalProgress | None  # practice days this Monday-to-Sunday week


def goal_progress(days: Iterable[DayTotals], today: date, settings: PracticeSettings) -> Goals:
    monday = week_start(today)
    minutes_today = 0.0
    days_this_week = 0
    for d in days:
        if d.day == today:
            minutes_today = d.minutes
        if monday <= d.day <= today and d.practice_sessions > 0:
            days_this_week += 1
    per_day = settings.goal_minutes_per_day
    per_week = settings.goal_days_per_week
    return Goals(
        minutes_today=None if per_day is None else GoalProgress(minutes_today, per_day),
        days_this_week=None if per_week is None else GoalProgress(days_this_week, per_week),
    )


@dataclass(frozen=True, slots=True)
class ExerciseStats:
    """One row of "what helps me"."""

    exercise_id: str
    sessions: int
    completed_sessions: int
    minutes: float
    rated_sessions: int  # sessions rated both before and after
    mean_distress_drop: float | None  # before minus after; positive = calmer; None if unrated


@dataclass(frozen=True, slots=True)
class PracticeStats:
    today: date
    current_streak: int
    longest_streak: int
    practice_days: int
    total_sessions: int
    completed_sessions: int
    total_minutes: float
    by_exercise: tuple[ExerciseStats, ...]
    goals: Goals

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready values (the `calmkit stats --json` shape)."""
        goals: dict[str, Any] = {}
        for name, progress in (
            ("minutes_today", self.goals.minutes_today),
            ("days_this_week", self.goals.days_this_week),
        ):
            if progress is not None:
                goals[name] = {"done": round(progress.done, 2), "target": progress.target}
        return {
            "today": self.today.isoformat(),
            "current_streak": self.current_streak,
            "longest_streak": self.longest_streak,
            "practice_days": self.practice_days,
            "total_sessions": self.total_sessions,
            "completed_sessions": self.completed_sessions,
            "total_minutes": round(self.total_minutes, 2),
            "by_exercise": [
                {
                    "exercise_id": e.exercise_id,
                    "sessions": e.sessions,
                    "completed_sessions": e.completed_sessions,
                    "minutes": round(e.minutes, 2),
                    "rated_sessions": e.rated_sessions,
                    "mean_distress_drop": _rounded(e.mean_distress_drop),
                }
                for e in self.by_exercise
            ],
            "goals": goals,
        }


def _rounded(value: float | None) -> float | None:
    # Adding 0.0 turns the -0.0 that round() gives for tiny negative drops into 0.0.
    return None if value is None else round(value, 2) + 0.0


def summarize(
    practice_days: Sequence[date],
    exercises: Sequence[ExerciseTotals],
    this_week: Iterable[DayTotals],
    today: date,
    settings: PracticeSettings,
) -> PracticeStats:
    """The headline statistics from the practice days (sorted oldest first), the per-exercise
    totals and the day totals of the week up to today (for the goals)."""
    return PracticeStats(
        today=today,
        current_streak=current_streak(practice_days, today, settings.grace_days),
        longest_streak=longest_streak(practice_days, today, settings.grace_days),
        practice_days=len(practice_days),
        total_sessions=sum(e.sessions for e in exercises),
        completed_sessions=sum(e.completed for e in exercises),
        total_minutes=sum(e.milliseconds for e in exercises) / 60_000,
        by_exercise=tuple(
            ExerciseStats(
                exercise_id=e.exercise_id,
                sessions=e.sessions,
                completed_sessions=e.completed,
                minutes=e.minutes,
                rated_sessions=e.rated,
                mean_distress_drop=e.mean_distress_drop,
            )
            for e in exercises
        ),
        goals=goal_progress(this_week, today, settings),
    )


def compute_stats(store: Store, today: date, settings: PracticeSettings) -> PracticeStats:
    """The headline statistics, from the store's running totals: ~1 ms for 100,000 sessions,
    because only the practice-day dates, the per-exercise rows and this week are read."""
    hour = settings.day_start_hour
    with store.snapshot():
        days = store.practice_days(hour)
        exercises = store.exercise_totals()
        this_week = store.day_totals(hour, week_start(today), today)
    return summarize(days, exercises, this_week, today, settings)
