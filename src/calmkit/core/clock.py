"""The clocks every timing decision reads, injected so tests can drive time by hand.

Three readings: a monotonic clock for positions and schedules (it never jumps, and on Linux it
stands still while the computer is suspended), a clock that also counts suspended time (to
notice a suspend, and to measure wall-clock spans that a changed system time cannot bend), and
the local wall time for the dates written to the store.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

# A suspend shorter than this is not told apart from a busy computer's scheduling delays.
SUSPEND_THRESHOLD = 2.0


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for positions and schedules)."""
        ...

    def since_boot(self) -> float:
        """Seconds on a clock that never jumps and also counts time spent suspended."""
        ...

    def now(self) -> datetime:
        """The local wall time, timezone-aware (for the dates written to the store)."""
        ...


def _boot_clock() -> int | None:
    return getattr(time, "CLOCK_BOOTTIME", None)  # Linux only


class SystemClock:
    """The real clocks: CLOCK_MONOTONIC (what QTimer uses too), CLOCK_BOOTTIME where the
    system has it (elsewhere the monotonic clock again, so no suspend is ever seen), and the
    local wall time."""

    def __init__(self) -> None:
        self._boot = _boot_clock()

    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float:
        if self._boot is None:
            return time.monotonic()
        return time.clock_gettime(self._boot)

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to; used by tests and benchmarks."""

    def __init__(self, start: float = 1000.0, wall: datetime | None = None) -> None:
        self._monotonic = start
        self._boot = start + 50_000.0  # unrelated to the monotonic reading, as on a computer
        self._wall = wall or datetime(2026, 1, 5, 9, 0, 0).astimezone()

    def monotonic(self) -> float:
        return self._monotonic

    def since_boot(self) -> float:
        return self._boot

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._monotonic += seconds
        self._boot += seconds
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The computer sleeps: the wall time and the boot clock move on, monotonic does not."""
        if seconds < 0:
            raise ValueError("a suspend cannot last less than nothing")
        self._boot += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """Someone (or time sync) changed the system time: nothing else moves."""
        self._wall = wall

    def change_zone(self, zone: tzinfo) -> None:
        """The same moment in another time zone (travel, a DST change)."""
        self._wall = self._wall.astimezone(zone)


class SuspendWatch:
    """Notices that the computer was suspended since the last look: the clock that counts
    suspended time moved on by more than the monotonic one."""

    def __init__(self, clock: Clock, threshold: float = SUSPEND_THRESHOLD) -> None:
        self._clock = clock
        self._threshold = threshold
        self._last = self._readings()

    def _readings(self) -> tuple[float, float]:
        return self._clock.monotonic(), self._clock.since_boot()

    def slept(self) -> float:
        """Seconds the computer was suspended since the last call (0.0 for none)."""
        monotonic, boot = self._readings()
        away = (boot - self._last[1]) - (monotonic - self._last[0])
        self._last = (monotonic, boot)
        return away if away >= self._threshold else 0.0
