"""Fires one signal at each step boundary of a running session, aimed from the session start.

Each timer is single-shot and aimed at the absolute deadline of the next boundary
(start + sum of earlier steps + pauses), never at "previous cue + duration", so timer
lateness cannot accumulate over a long session.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from calmkit.core.clock import Clock
from calmkit.core.session import SessionRunner

# A timer may wake a little early; within this margin the cue counts as on time.
EARLY_TOLERANCE = 0.002


class CueScheduler(QObject):
    cue = Signal(int, str)  # step index, step kind
    ended = Signal()

    def __init__(self, runner: SessionRunner, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._next_index = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fire_due)

    @property
    def next_index(self) -> int:
        return self._next_index

    def begin(self) -> None:
        """Call right after the runner starts: cues step 0 now and aims at step 1."""
        self._next_index = 0
        self.fire_due()

    def suspend(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        """After a pause: the deadlines move by the paused time, which the runner knows."""
        self._aim()

    def cancel(self) -> None:
        self._timer.stop()
        self._next_index = len(self._runner.timeline) + 1

    @property
    def next_wait_ms(self) -> int:
        """How long the pending timer was set for (-1 when none is pending)."""
        return self._timer.interval() if self._timer.isActive() else -1

    def fire_due(self) -> None:
        """Emit the cue for the boundary that is due, then aim at the next one."""
        timeline = self._runner.timeline
        while self._next_index <= len(timeline):
            deadline = self._runner.monotonic_deadline(self._next_index)
            if self._clock.monotonic() < deadline - EARLY_TOLERANCE:
                break
            index = self._next_index
            self._next_index += 1
            if index == len(timeline):
                self.ended.emit()
                return
            # Catching up after a stall: only the newest boundary is worth hearing.
            if self._clock.monotonic() < self._runner.monotonic_deadline(index + 1):
                self.cue.emit(index, timeline.steps[index].kind)
        self._aim()

    def _aim(self) -> None:
        if self._next_index > len(self._runner.timeline):
            return
        wait = self._runner.monotonic_deadline(self._next_index) - self._clock.monotonic()
        self._timer.start(max(0, round(wait * 1000)))
