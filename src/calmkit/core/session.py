"""Runs a timeline against a clock: start, pause, resume, stop, and where the session is now.

The position is always derived from one monotonic clock (elapsed = now - start - paused time),
never from counting timer ticks, so a late or skipped UI frame cannot make the session drift.
The wall time is read once, at the start; the end is the start plus the span measured on the
clock that counts suspended time too, so a changed system clock or time zone cannot make a
session end before it began.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from calmkit.core.clock import Clock
from calmkit.core.timeline import StepState, Timeline


class SessionStatus(enum.Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # ran to the end of its timeline
    STOPPED = "stopped"  # ended early by the person


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    """What happened in a session, ready to be stored."""

    id: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    actual_seconds: float
    completed: bool


class SessionError(RuntimeError):
    pass


class SessionRunner:
    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self._clock = clock
        # Imported here: uuid brings in platform, which the window does not need to open.
        import uuid

        self.id = str(uuid.uuid4())
        self._status = SessionStatus.READY
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._ended_elapsed: float | None = None
        # Session time jumped over (positive) or gone back over (negative) with jump_to():
        # it moves the position but is not practice.
        self._skipped = 0.0
        self._started_at: datetime | None = None
        self._started_boot = 0.0  # since_boot() at the first step's moment
        self._ended_at: datetime | None = None

    # --- state -----------------------------------------------------------------------------

    @property
    def status(self) -> SessionStatus:
        self._finish_if_due()
        return self._status

    @property
    def is_over(self) -> bool:
        return self.status in (SessionStatus.FINISHED, SessionStatus.STOPPED)

    def elapsed(self) -> float:
        """Seconds of session time so far (paused time excluded), capped at the planned total.

        Negative while a session started with `start(at=...)` has not reached its first step:
        that stretch is the get-ready countdown.
        """
        if self._ended_elapsed is not None:
            return self._ended_elapsed
        if self._started is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock.monotonic()
        return min(now - self._started - self._paused_total, self.timeline.total)

    @property
    def counting_down(self) -> bool:
        """Started, not ended, and the first step is still ahead."""
        return self._status in (SessionStatus.RUNNING, SessionStatus.PAUSED) and (
            self.elapsed() < 0
        )

    def state(self) -> StepState:
        self._finish_if_due()
        return self.timeline.state_at(self.elapsed())

    def monotonic_deadline(self, step_index: int) -> float:
        """The clock reading at which step `step_index` begins (len(timeline) = the end).

        Always measured from the start plus the pauses so far, never from the previous cue,
        so scheduling errors cannot accumulate. Only meaningful while running.
        """
        if self._started is None:
            raise SessionError("the session has not started")
        return self._started + self._paused_total + self.timeline.start_of(step_index)

    # --- control ---------------------------------------------------------------------------

    def start(self, delay: float = 0.0) -> None:
        """Start now, or `delay` seconds from now (a countdown before the first step).

        The first step's moment is fixed here, so its cue can be prepared ahead of time.
        """
        if self._status is not SessionStatus.READY:
            raise SessionError(f"cannot start a session that is {self._status.value}")
        if delay < 0:
            raise SessionError("a session cannot start in the past")
        self._started = self._clock.monotonic() + delay
        self._started_boot = self._clock.since_boot() + delay
        self._started_at = self._clock.now() + timedelta(seconds=delay)
        self._status = SessionStatus.RUNNING

    def pause(self) -> None:
        if self.status is not SessionStatus.RUNNING:
            return
        self._paused_at = self._clock.monotonic()
        self._status = SessionStatus.PAUSED

    def resume(self) -> None:
        if self._status is not SessionStatus.PAUSED or self._paused_at is None:
            return
        self._paused_total += self._clock.monotonic() - self._paused_at
        self._paused_at = None
        self._status = SessionStatus.RUNNING

    def jump_to(self, index: int) -> None:
        """Move to the start of step `index` (clamped to the timeline), running or paused.

        The position stays a function of the one clock: the jump is folded into the offset
        the deadlines are measured from. The stretch jumped over is not counted as practice.
        """
        if self._status not in (SessionStatus.RUNNING, SessionStatus.PAUSED):
            return
        if self.elapsed() < 0:
            return  # still counting down: there is no step to move from
        index = min(max(index, 0), len(self.timeline) - 1)
        shift = self.timeline.start_of(index) - self.elapsed()
        self._paused_total -= shift
        self._skipped += shift

    def toggle_pause(self) -> None:
        if self.status is SessionStatus.RUNNING:
            self.pause()
        elif self._status is SessionStatus.PAUSED:
            self.resume()

    def stop(self) -> None:
        """End early. Idempotent; a session that already finished stays finished.

        Stopped before its first step (during the countdown), nothing was practised: it has
        no outcome, and `practised` is False.
        """
        if self.is_over:
            return
        if self._status is SessionStatus.READY or self.elapsed() <= 0:
            self._ended_elapsed = 0.0
            self._started_at = None
        else:
            self._ended_elapsed = self.elapsed()
            self._ended_at = self._wall_now()
        self._paused_at = None
        self._status = SessionStatus.STOPPED

    @property
    def practised(self) -> bool:
        """Over, and some of it was done: worth recording."""
        return self.is_over and self._started_at is not None

    def outcome(self) -> SessionOutcome:
        """The record of a session that is over (and was started)."""
        if not self.practised or self._started_at is None or self._ended_at is None:
            raise SessionError("only a session that was practised and is over has an outcome")
        return SessionOutcome(
            id=self.id,
            started_at=self._started_at,
            ended_at=self._ended_at,
            planned_seconds=self.timeline.total,
            actual_seconds=max(0.0, self.elapsed() - self._skipped),
            completed=self._status is SessionStatus.FINISHED,
        )

    def progress(self) -> SessionOutcome | None:
        """What a checkpoint keeps of a session in progress: the outcome if it were stopped
        now. None before the first step (nothing practised yet) and once it is over (then
        outcome() has the record)."""
        if self.is_over or self._started_at is None or self.elapsed() <= 0:
            return None
        return SessionOutcome(
            id=self.id,
            started_at=self._started_at,
            ended_at=self._wall_now(),
            planned_seconds=self.timeline.total,
            actual_seconds=max(0.0, self.elapsed() - self._skipped),
            completed=False,
        )

    def _wall_now(self, earlier: float = 0.0) -> datetime:
        """The wall time now (less `earlier` seconds): the start plus the time gone by, in
        the time zone of now. Never before the start, whatever the system clock did."""
        assert self._started_at is not None
        span = max(0.0, self._clock.since_boot() - earlier - self._started_boot)
        moment = self._started_at + timedelta(seconds=span)
        zone = self._clock.now().tzinfo
        return moment.astimezone(zone) if zone is not None else moment

    def _finish_if_due(self) -> None:
        if self._status is not SessionStatus.RUNNING or self._started is None:
            return
        elapsed = self._clock.monotonic() - self._started - self._paused_total
        if elapsed >= self.timeline.total:
            self._ended_elapsed = self.timeline.total
            # The end time is when the timeline ran out, not when someone next looked.
            overshoot = elapsed - self.timeline.total
            self._ended_at = self._wall_now(earlier=overshoot)
            self._status = SessionStatus.FINISHED
