"""Short human forms of durations and dates, shared by the views."""

from __future__ import annotations

from datetime import datetime


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
