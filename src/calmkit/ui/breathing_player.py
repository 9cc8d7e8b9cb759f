"""The breathing session screen: pacer, phase word, countdown, progress, and the controls.

Everything shown is read from the SessionRunner (one monotonic clock) at frame rate; tones and
spoken words come from the CueScheduler, aimed from the same start time, so picture, sound and
words cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.clock import Clock
from calmkit.core.exercises import Exercise
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.session import SessionRunner, SessionStatus
from calmkit.core.timeline import Timeline
from calmkit.ui.cue_scheduler import CueScheduler
from calmkit.ui.formatting import clock_time, describe_length
from calmkit.ui.pacer import PacerWidget

# ~60 frames a second for a smooth pacer; the session position never depends on this rate.
FRAME_INTERVAL_MS = 16
COUNTDOWN_SECONDS = 3
# What a voice says at the start of each phase kind (the on-screen labels can be longer).
SPOKEN = {
    "inhale": "Breathe in",
    "inhale-top-up": "A little more",
    "hold": "Hold",
    "exhale": "Breathe out",
    "rest": "Hold",
}


class Cues(Protocol):
    """The sound side (calmkit.ui.audio.CuePlayer in the app)."""

    @property
    def start_lead(self) -> float:
        """Seconds the first tone must be known ahead to sound exactly on time."""
        ...

    def warm_up(self) -> None: ...

    def schedule(self, kind: str, moment: float) -> None: ...

    def withdraw(self) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class Speaker(Protocol):
    """Spoken words (calmkit.ui.voice.Voice in the app)."""

    problem: str

    @property
    def available(self) -> bool: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class BreathingPlayer(QWidget):
    """Runs one session. Emits `session_over` once (finished or stopped) and `closed`."""

    session_over = Signal(object)  # SessionRunner
    closed = Signal()
    preferences_changed = Signal(object)  # PlayerPreferences

    def __init__(
        self,
        exercise: Exercise,
        timeline: Timeline,
        clock: Clock,
        cues: Cues | None,
        preferences: PlayerPreferences | None = None,
        speaker_factory: Callable[[], Speaker] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        # The player itself takes the keyboard (its buttons do not), so Space, Esc, M, V, R and
        # F11 always reach it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.exercise = exercise
        self.runner = SessionRunner(timeline, clock)
        self.preferences = preferences or PlayerPreferences()
        self._clock = clock
        self._cues = cues
        self._speaker_factory = speaker_factory
        self._speaker: Speaker | None = None
        self._made_full_screen = False
        self._notice = ""  # a one-off message (e.g. why the voice is silent) under the phase
        self._has_top_up = any(s.kind == "inhale-top-up" for s in timeline.steps)
        self.scheduler = CueScheduler(self.runner, clock, self)
        self.scheduler.cue.connect(self._on_cue)
        self.scheduler.upcoming.connect(self._on_upcoming)
        self.scheduler.ended.connect(self.refresh)
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(FRAME_INTERVAL_MS)
        self._frame_timer.timeout.connect(self.refresh)
        self._reported = False
        self._build()
        self._bind_keys()
        self._apply_preferences()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.exercise.name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names people type are not markup
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
        self.hint_label.setWordWrap(True)
        self.progress = QProgressBar()
        # Whole seconds: a finer value would change (and repaint the bar) every frame.
        self.progress.setRange(0, max(1, round(self.runner.timeline.total)))
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.remaining_label = QLabel()
        self.remaining_label.setProperty("role", "muted")
        self.pause_button = self._button("Pause", "Pause or continue (Space)", self.toggle_pause)
        self.stop_button = self._button(
            "Stop", "End the session now; it is still saved (Esc)", self.stop
        )

        self.sound_button = self._toggle("Sound", "Tones on or off (M)", self._set_sound)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(110)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setAccessibleName("Volume")
        self.volume.setToolTip("Volume of tones and voice (Up/Down arrow keys)")
        self.volume.valueChanged.connect(self._set_volume)
        self.voice_button = self._toggle("Voice", "Speak the phase words (V)", self._set_voice)
        self.still_button = self._toggle(
            "Still pacer", "A filling bar instead of a growing circle (R)", self._set_still
        )
        self.full_screen_button = self._toggle(
            "Full screen", "Full screen focus mode (F11)", self._set_full_screen
        )

        running = QWidget()
        column = QVBoxLayout(running)
        column.addWidget(self.title)
        column.addWidget(self.pacer, stretch=1)
        column.addWidget(self.phase_label)
        column.addWidget(self.countdown_label)
        column.addWidget(self.hint_label)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, stretch=1)
        progress_row.addWidget(self.remaining_label)
        column.addLayout(progress_row)
        controls = QHBoxLayout()
        controls.addWidget(self.sound_button)
        controls.addWidget(self.volume)
        controls.addWidget(self.voice_button)
        controls.addWidget(self.still_button)
        controls.addWidget(self.full_screen_button)
        controls.addStretch(1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.stop_button)
        column.addLayout(controls)

        self.summary = QWidget()
        self._summary_column = QVBoxLayout(self.summary)
        self._summary_column.addStretch(1)
        self.summary_title = QLabel()
        self.summary_title.setProperty("role", "title")
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_text = QLabel()
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_text.setWordWrap(True)
        self.summary_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_text.setProperty("role", "muted")
        self.done_button = QPushButton("Back to exercises")
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.closed)
        self._summary_column.addWidget(self.summary_title)
        self._summary_column.addWidget(self.summary_text)
        self._summary_column.addSpacing(16)
        self._summary_column.addWidget(self.done_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self._summary_column.addStretch(2)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(running)
        self._stack.addWidget(self.summary)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the player
        return button

    def _toggle(self, text: str, tip: str, slot: Callable[[bool], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.toggled.connect(slot)
        return button

    def add_summary_widget(self, widget: QWidget) -> None:
        """Place a widget (e.g. an after-session rating) in the summary, above the button."""
        self._summary_column.insertWidget(self._summary_column.indexOf(self.done_button), widget)

    def _bind_keys(self) -> None:
        bindings: list[tuple[QKeySequence | Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_Return, self._enter),
            (Qt.Key.Key_Enter, self._enter),
            (Qt.Key.Key_M, self.sound_button.toggle),
            (Qt.Key.Key_V, self.voice_button.toggle),
            (Qt.Key.Key_R, self.still_button.toggle),
            (Qt.Key.Key_F11, self.full_screen_button.toggle),
            (Qt.Key.Key_Up, lambda: self.volume.setValue(self.volume.value() + 10)),
            (Qt.Key.Key_Down, lambda: self.volume.setValue(self.volume.value() - 10)),
        ]
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- preferences -----------------------------------------------------------------------

    def _apply_preferences(self) -> None:
        prefs = self.preferences
        self.sound_button.setChecked(not prefs.muted)
        self.volume.setValue(round(prefs.volume * 100))
        self.voice_button.setChecked(prefs.voice)
        self.still_button.setChecked(prefs.pacer_style == "bar")
        self._set_sound(not prefs.muted)
        self._set_still(prefs.pacer_style == "bar")
        if self._cues is not None:
            self._cues.set_volume(prefs.volume)

    def _change(self, **changes: object) -> None:
        updated = self.preferences.with_changes(**changes)
        if updated != self.preferences:
            self.preferences = updated
            self.preferences_changed.emit(updated)

    def _set_sound(self, on: bool) -> None:
        if self._cues is not None:
            self._cues.set_muted(not on)
        self.volume.setEnabled(on)
        self._change(muted=not on)

    def _set_volume(self, percent: int) -> None:
        volume = percent / 100
        if self._cues is not None:
            self._cues.set_volume(volume)
        if self._speaker is not None:
            self._speaker.set_volume(volume)
        self._change(volume=volume)

    def _set_voice(self, on: bool) -> None:
        self._change(voice=on)
        if not on:
            if self._speaker is not None:
                self._speaker.stop()
            return
        speaker = self._ensure_speaker()
        if speaker is None or not speaker.available:
            self._notice = speaker.problem if speaker is not None else "No speech engine is set up."
            self.refresh()

    def _ensure_speaker(self) -> Speaker | None:
        if self._speaker is None and self._speaker_factory is not None:
            self._speaker = self._speaker_factory()
            self._speaker.set_volume(self.preferences.volume)
        return self._speaker

    def _set_still(self, on: bool) -> None:
        self.pacer.set_style("bar" if on else "circle")
        self._change(pacer_style="bar" if on else "circle")

    def _set_full_screen(self, on: bool) -> None:
        window = self.window()
        if on and not window.isFullScreen():
            window.showFullScreen()
            self._made_full_screen = True
        elif not on and window.isFullScreen():
            window.showNormal()
            self._made_full_screen = False

    def leave_full_screen(self) -> None:
        """Called when the player closes: full screen was for the session only."""
        if self._made_full_screen:
            self.full_screen_button.setChecked(False)

    # --- control ---------------------------------------------------------------------------

    @property
    def showing_summary(self) -> bool:
        return self._stack.currentWidget() is self.summary

    @property
    def counting_down(self) -> bool:
        return self.runner.counting_down

    def start(self) -> None:
        """Begin, after the 3-2-1 countdown if wanted. The first breath's moment is fixed now,
        so its tone is placed in the already-open audio stream ahead of time."""
        if self._cues is not None:
            self._cues.warm_up()
        if self.preferences.voice:
            self._ensure_speaker()
        lead = self._cues.start_lead if self._cues is not None else 0.0
        self.runner.start(delay=COUNTDOWN_SECONDS if self.preferences.countdown else lead)
        self.scheduler.begin()
        self._frame_timer.start()
        self.setFocus()
        self.refresh()

    def toggle_pause(self) -> None:
        if self.runner.status is SessionStatus.RUNNING:
            self.runner.pause()
            self.scheduler.suspend()
            if self._cues is not None:
                self._cues.withdraw()  # tones placed for the old moments must not sound
            self._frame_timer.stop()  # nothing moves while paused: no need to repaint
            if self._speaker is not None:
                self._speaker.stop()
        elif self.runner.status is SessionStatus.PAUSED:
            self.runner.resume()
            self.scheduler.resume()
            self._frame_timer.start()
        self.refresh()

    def pause(self) -> None:
        if self.runner.status is SessionStatus.RUNNING:
            self.toggle_pause()

    def stop(self) -> None:
        """End early (Esc): nothing is asked, the part done so far is saved. During the
        countdown nothing was practised, so the player just closes."""
        if self.runner.is_over or self.runner.status is SessionStatus.READY:
            return
        self.runner.stop()
        if self._cues is not None:
            self._cues.withdraw()
        self.refresh()

    def _escape(self) -> None:
        if self.showing_summary:
            self.closed.emit()
        else:
            self.stop()

    def _enter(self) -> None:
        if self.showing_summary:
            self.closed.emit()

    def _on_upcoming(self, index: int, kind: str, moment: float) -> None:
        if self._cues is not None:
            self._cues.schedule(kind, moment)

    def _on_cue(self, index: int, kind: str) -> None:
        if self.preferences.voice and self._speaker is not None:
            self._speaker.say(SPOKEN.get(kind, self.runner.timeline.steps[index].label))
        self.refresh()

    # --- view ------------------------------------------------------------------------------

    def refresh(self) -> None:
        runner = self.runner
        if runner.counting_down:
            self._show_countdown()
            return
        status = runner.status
        if runner.is_over:
            self._show_summary()
            return
        state = runner.state()
        started = status is not SessionStatus.READY
        self.pacer.show_state(state if started else None, has_top_up=self._has_top_up)
        self.phase_label.setText(state.step.label if started else "")
        self.countdown_label.setText(
            str(max(1, math.ceil(state.remaining_in_step - 1e-9)))
            if status is SessionStatus.RUNNING
            else ""
        )
        paused = status is SessionStatus.PAUSED
        self.hint_label.setText(
            "Paused. Press Space to continue."
            if paused
            else self._notice or "Space pauses, Esc ends the session."
        )
        self.pause_button.setText("Continue" if paused else "Pause")
        self.progress.setValue(int(state.elapsed_total))
        self.remaining_label.setText(f"{clock_time(state.remaining_total)} left")

    def _show_countdown(self) -> None:
        remaining = -self.runner.elapsed()
        self.pacer.show_state(None, has_top_up=self._has_top_up)
        self.phase_label.setText("Get ready")
        self.countdown_label.setText(str(max(1, math.ceil(remaining - 1e-9))))
        paused = self.runner.status is SessionStatus.PAUSED
        self.pause_button.setText("Continue" if paused else "Pause")
        self.hint_label.setText(
            "Paused. Press Space to continue."
            if paused
            else self._notice or "Settle in. Esc goes back."
        )
        self.progress.setValue(0)
        self.remaining_label.setText(f"{clock_time(self.runner.timeline.total)} left")

    def _show_summary(self) -> None:
        if self._reported:
            return
        self._reported = True
        self._frame_timer.stop()
        self.scheduler.cancel()
        if self._speaker is not None:
            self._speaker.stop()
        if not self.runner.practised:  # ended during the countdown: nothing to show or save
            self.closed.emit()
            return
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
