"""The clock every timing decision reads, injected so tests can drive time by hand."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for positions and schedules)."""
        ...

    def now(self) -> datetime:
        """The local wall time, timezone-aware (for the dates written to the store)."""
        ...


class SystemClock:
    """The real clocks: CLOCK_MONOTONIC (what QTimer uses too) and the local wall time."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to; used by tests and benchmarks."""

    def __init__(self, start: float = 1000.0, wall: datetime | None = None) -> None:
        self._monotonic = start
        self._wall = wall or datetime(2026, 1, 5, 9, 0, 0).astimezone()

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)
