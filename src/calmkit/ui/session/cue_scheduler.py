"""Signals each step boundary of a running session, aimed from the session start.

Two single-shot timers, both aimed at absolute deadlines (start + sum of earlier steps +
pauses), never at "previous cue + duration", so timer lateness cannot accumulate:
- `upcoming` fires AUDIO_LEAD before a boundary, with the boundary's exact clock time, so the
  tone can be placed in the audio stream at that moment, whatever the timer's jitter;
- `cue` fires at the boundary itself, for the words on screen and the spoken word.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from calmkit.core.clock import Clock
from calmkit.core.session import SessionRunner

# A timer may wake a little early; within this margin the cue counts as on time.
EARLY_TOLERANCE = 0.002
# How far ahead a tone is handed to the audio stream: the engine keeps 0.4 s queued (it cannot
# change what it wrote), and a GUI thread busy for 300 ms must still hand tones over in time.
# Boundaries closer together than this are all announced at once.
AUDIO_LEAD = 1.0


class CueScheduler(QObject):
    cue = Signal(int, str)  # step index, step kind: at the boundary
    upcoming = Signal(int, str, float)  # step index, kind, boundary time: AUDIO_LEAD ahead
    ended = Signal()

    def __init__(self, runner: SessionRunner, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._next_index = 0
        self._next_ahead = 0
        self._timer = self._make_timer(self.fire_due)
        self._ahead_timer = self._make_timer(self.fire_ahead)

    def _make_timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    @property
    def next_wait_ms(self) -> int:
        """How long the pending boundary timer was set for (-1 when none is pending)."""
        return self._timer.interval() if self._timer.isActive() else -1

    def begin(self) -> None:
        """Call right after the runner starts (now or with a countdown)."""
        self._next_index = 0
        self._next_ahead = 0
        self.fire_ahead()
        self.fire_due()

    def suspend(self) -> None:
        self._timer.stop()
        self._ahead_timer.stop()

    def resume(self) -> None:
        """After a pause: the deadlines moved by the paused time, which the runner knows.
        Tones announced for the old deadlines were withdrawn by the player on pause."""
        self._next_ahead = self._next_index
        self.fire_ahead()
        self._aim()

    def restart(self) -> None:
        """After the runner jumped to the start of a step: that step is due now, and every
        deadline after it moved with the jump (the runner folds it into its offset)."""
        self.suspend()
        index = self._runner.state().index
        self._next_index = self._next_ahead = index
        self.fire_ahead()
        self.fire_due()

    def cancel(self) -> None:
        self.suspend()
        self._next_index = self._next_ahead = len(self._runner.timeline) + 1

    def fire_ahead(self) -> None:
        """Announce every boundary that is within AUDIO_LEAD, then aim at the next one."""
        timeline = self._runner.timeline
        now = self._clock.monotonic()
        while self._next_ahead < len(timeline):
            deadline = self._runner.monotonic_deadline(self._next_ahead)
            if deadline - AUDIO_LEAD > now + EARLY_TOLERANCE:
                wait = deadline - AUDIO_LEAD - now
                self._ahead_timer.start(max(0, round(wait * 1000)))
                return
            index = self._next_ahead
            self._next_ahead += 1
            if now < self._runner.monotonic_deadline(index + 1):  # skip boundaries long gone
                self.upcoming.emit(index, timeline.steps[index].kind, deadline)

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
