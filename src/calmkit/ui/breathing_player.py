"""The breathing session screen: pacer, phase word, countdown, progress, and the controls.

Everything shown is read from the SessionRunner (one monotonic clock) at frame rate; the
tones come from the CueScheduler, aimed from the same start time, so picture, words and sound
cannot drift apart.
"""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.clock import Clock
from calmkit.core.exercises import Exercise
from calmkit.core.session import SessionRunner, SessionStatus
from calmkit.core.timeline import Timeline
from calmkit.ui.cue_scheduler import CueScheduler
from calmkit.ui.formatting import clock_time, describe_length
from calmkit.ui.pacer import PacerWidget


class Cues(Protocol):
    """What the player needs from the sound side (calmkit.ui.audio.CuePlayer in the app)."""

    def warm_up(self) -> None: ...

    def play_cue(self, kind: str) -> None: ...


# ~60 frames a second for a smooth pacer; the session position never depends on this rate.
FRAME_INTERVAL_MS = 16


class BreathingPlayer(QWidget):
    """Runs one session. Emits `session_over` once (finished or stopped) and `closed`."""

    session_over = Signal(object)  # SessionRunner
    closed = Signal()

    def __init__(
        self,
        exercise: Exercise,
        timeline: Timeline,
        clock: Clock,
        cues: Cues | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.exercise = exercise
        self.runner = SessionRunner(timeline, clock)
        self._cues = cues
        self._has_top_up = any(s.kind == "inhale-top-up" for s in timeline.steps)
        self.scheduler = CueScheduler(self.runner, clock, self)
        self.scheduler.cue.connect(self._on_cue)
        self.scheduler.ended.connect(self.refresh)
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(FRAME_INTERVAL_MS)
        self._frame_timer.timeout.connect(self.refresh)
        self._reported = False
        self._build()
        self._bind_keys()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.exercise.name)
        self.title.setProperty("role", "title")
        self.pacer = PacerWidget()
        self.phase_label = QLabel()
        self.phase_label.setProperty("role", "phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName("Current phase")
        self.countdown_label = QLabel()
        self.countdown_label.setProperty("role", "countdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.remaining_label = QLabel()
        self.remaining_label.setProperty("role", "muted")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Pause or continue (Space)")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("End the session now; it is still saved (Esc)")
        self.stop_button.clicked.connect(self.stop)
        for button in (self.pause_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the player

        running = QWidget()
        column = QVBoxLayout(running)
        column.addWidget(self.title)
        column.addWidget(self.pacer, stretch=1)
        column.addWidget(self.phase_label)
        column.addWidget(self.countdown_label)
        column.addWidget(self.hint_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, stretch=1)
        bottom.addWidget(self.remaining_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.stop_button)
        column.addLayout(bottom)

        self.summary = QWidget()
        summary_column = QVBoxLayout(self.summary)
        summary_column.addStretch(1)
        self.summary_title = QLabel()
        self.summary_title.setProperty("role", "title")
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.summary_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_text.setProperty("role", "muted")
        self.done_button = QPushButton("Back to exercises")
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.closed)
        summary_column.addWidget(self.summary_title)
        summary_column.addWidget(self.summary_text)
        summary_column.addSpacing(16)
        summary_column.addWidget(self.done_button, alignment=Qt.AlignmentFlag.AlignCenter)
        summary_column.addStretch(2)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(running)
        self._stack.addWidget(self.summary)

    def _bind_keys(self) -> None:
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_Return, self._enter),
            (Qt.Key.Key_Enter, self._enter),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- control ---------------------------------------------------------------------------

    @property
    def showing_summary(self) -> bool:
        return self._stack.currentWidget() is self.summary

    def start(self) -> None:
        if self._cues is not None:
            self._cues.warm_up()
        self.runner.start()
        self.scheduler.begin()
        self._frame_timer.start()
        self.setFocus()
        self.refresh()

    def toggle_pause(self) -> None:
        if self.runner.status is SessionStatus.RUNNING:
            self.runner.pause()
            self.scheduler.suspend()
        elif self.runner.status is SessionStatus.PAUSED:
            self.runner.resume()
            self.scheduler.resume()
        self.refresh()

    def pause(self) -> None:
        if self.runner.status is SessionStatus.RUNNING:
            self.toggle_pause()

    def stop(self) -> None:
        """End early (Esc): nothing is asked, the part done so far is saved."""
        if self.runner.is_over or self.runner.status is SessionStatus.READY:
            return
        self.runner.stop()
        self.refresh()

    def _escape(self) -> None:
        if self.showing_summary:
            self.closed.emit()
        else:
            self.stop()

    def _enter(self) -> None:
        if self.showing_summary:
            self.closed.emit()

    def _on_cue(self, index: int, kind: str) -> None:
        if self._cues is not None:
            self._cues.play_cue(kind)
        self.refresh()

    # --- view ------------------------------------------------------------------------------

    def refresh(self) -> None:
        runner = self.runner
        status = runner.status
        if runner.is_over:
            self._show_summary()
            return
        state = runner.state()
        self.pacer.show_state(
            state if status is not SessionStatus.READY else None, has_top_up=self._has_top_up
        )
        self.phase_label.setText(state.step.label if status is not SessionStatus.READY else "")
        self.countdown_label.setText(
            str(max(1, math.ceil(state.remaining_in_step - 1e-9)))
            if status is SessionStatus.RUNNING
            else ""
        )
        paused = status is SessionStatus.PAUSED
        self.hint_label.setText(
            "Paused. Press Space to continue." if paused else "Space pauses, Esc ends the session."
        )
        self.pause_button.setText("Continue" if paused else "Pause")
        total = runner.timeline.total
        self.progress.setValue(round(1000 * state.elapsed_total / total))
        self.remaining_label.setText(f"{clock_time(state.remaining_total)} left")

    def _show_summary(self) -> None:
        if self._reported:
            return
        self._reported = True
        self._frame_timer.stop()
        self.scheduler.cancel()
        outcome = self.runner.outcome()
        done = describe_length(outcome.actual_seconds)
        if outcome.completed:
            self.summary_title.setText("Session complete")
            self.summary_text.setText(
                f"{done} of {self.exercise.name.lower()}. Take a moment before you get up."
            )
        else:
            self.summary_title.setText("Session ended")
            self.summary_text.setText(
                f"You practised for {done}. Stopping early is fine; any practice counts."
            )
        self._stack.setCurrentWidget(self.summary)
        self.done_button.setFocus()
        self.session_over.emit(self.runner)

    def set_saved_message(self, message: str) -> None:
        self.summary_text.setText(f"{self.summary_text.text()}\n\n{message}")
