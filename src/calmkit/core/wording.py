"""How CalmKit words numbers for people: durations, dates, counts, goals, streaks and changes
in ratings. One module for the app and the command line, so both say the same thing."""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the statistics load only where they are shown
    from calmkit.core.stats import GoalProgress

# A change in ratings is shown only over this many rated sessions of an exercise: a single
# session's change mostly reflects the day.
RATINGS_BEFORE_CHANGE = 3


def clock_time(seconds: float) -> str:
    """`3:07` style, for countdowns."""
    minutes, secs = divmod(max(0, round(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def describe_length(seconds: float) -> str:
    """`4 min 30 s` style, for summaries and lists."""
    minutes, secs = divmod(round(seconds), 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    return f"{minutes} min" if minutes else f"{secs} s"


def local_datetime(moment: datetime) -> str:
    """As it was on the person's clock when it happened (the stored offset is kept)."""
    return moment.strftime("%a %d %b %Y, %H:%M")


def describe_total(minutes: float) -> str:
    """`3 h 25 min` style, in whole minutes, for totals over days and weeks."""
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest} min" if hours else f"{rest} min"


def plural(count: int, word: str) -> str:
    """`1 session`, `2 sessions`, `1,250 sessions`."""
    return f"{count:,} {word if count == 1 else word + 's'}"


def streak_words(current: int) -> tuple[str, str]:
    """(big text, caption) for the current streak: 0 is a fresh start, never a loss."""
    if current == 0:
        return "Fresh start", "a session today begins a new streak"
    return plural(current, "day"), "current streak"


def change_words(drop: float | None, rated: int) -> str:
    """How ratings changed over an exercise's sessions (before minus after), in plain,
    neutral words; nothing is read into fewer than RATINGS_BEFORE_CHANGE rated sessions."""
    if drop is None or rated == 0:
        return "not rated yet"
    if rated < RATINGS_BEFORE_CHANGE:
        more = RATINGS_BEFORE_CHANGE - rated
        return f"shown after {plural(more, 'more rated session')}"
    if round(drop, 1) == 0:
        return "about the same after"
    direction = "lower" if drop > 0 else "higher"
    return f"{abs(drop):.1f} {direction} after"


# Said wherever the changes are shown: why one session's change is not a finding.
CHANGE_NOTE = (
    f"One session says little: how you feel varies from day to day, so a change shows once "
    f"an exercise has {RATINGS_BEFORE_CHANGE} sessions rated before and after. A change of "
    "about one point or more is one you are likely to notice."
)
CHANGES_TITLE = "How your ratings changed"


def goal_words(label: str, progress: GoalProgress, unit: str) -> str:
    # Whole units, rounded down: 9.6 of 10 minutes must not read as "10 of 10" before the
    # goal is reached.
    text = f"{label}: {math.floor(progress.done)} of {progress.target:g} {unit}"
    return f"{text} · goal reached" if progress.reached else text


# A session saved from its last checkpoint after a crash, a kill or a power loss. One word in
# the History's narrow Outcome column; its tooltip (the detail) says what happened.
RECOVERED_OUTCOME = "Interrupted"
RECOVERED_DETAIL = (
    "CalmKit closed unexpectedly during this session (it crashed, or the computer lost "
    "power). It was saved from the last moment CalmKit noted, so you may have practised a "
    "little longer."
)


def session_outcome(completed: bool, recovered: bool) -> str:
    """How a session ended, in the history's words."""
    if recovered:
        return RECOVERED_OUTCOME
    return "Completed" if completed else "Ended early"
