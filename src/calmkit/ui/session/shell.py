"""The session shell: everything a session of any kind has, around the kind's content view.

It owns the caution and the rating before, the runner and its countdown, pause, stop, progress,
keys, sound, voice and full screen, then the summary with the rating after, and it records the
session. What moves in the middle (the pacer, a body map, a script) is the kind's content view,
found by the kind's name in calmkit.ui.players; the shell never names a kind.

Everything shown is read from the SessionRunner (one monotonic clock); tones and spoken words
come from the CueScheduler, aimed from the same start time, so picture, sound and words cannot
drift apart.
"""

from __future__ import annotations

import array
import logging
import math
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.clock import SuspendWatch
from calmkit.core.exercises import Exercise, SessionCaution, session_cautions
from calmkit.core.i18n import QT_TRANSLATE_NOOP, active, translate
from calmkit.core.narration import ClipIndex, phrase_offsets, phrases
from calmkit.core.preferences import AMBIENT_SOUNDS
from calmkit.core.records import SessionRecord
from calmkit.core.session import SessionRunner, SessionStatus
from calmkit.core.store import StorageError
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.context import AppContext
from calmkit.ui.players import ContentView, make_content_view
from calmkit.ui.session.cue_scheduler import CueScheduler
from calmkit.ui.session.support import HIGH_RATING
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.announcer import Announcer
from calmkit.ui.widgets.focus_order import follow_layout
from calmkit.ui.widgets.formatting import clock_time, describe_length

if TYPE_CHECKING:  # loaded when first needed
    from calmkit.ui.session.caution import CautionDialog
    from calmkit.ui.session.rating import AfterSessionPanel, BeforeSessionPage
    from calmkit.ui.session.support import HighRatingPage, StoppedCheckIn, SupportPanel

log = logging.getLogger(__name__)

# A moving view follows the display (60 Hz: 17 ms; a 16 ms timer ran ahead of it at 62.5 fps)
# while it moves fast, and draws 30 frames a second while it moves slowly; a view that changes
# only per step needs 4 (the countdown number and the time left). The session position never
# depends on this rate.
FRAME_INTERVAL_MS = 17
SLOW_FRAME_INTERVAL_MS = 33
STILL_FRAME_INTERVAL_MS = 250
COUNTDOWN_SECONDS = 3
# A session in progress is written down this often (and at each pause), so a crash, a kill or
# a power loss costs at most this much practice. One small UPDATE: well under a millisecond.
CHECKPOINT_INTERVAL_MS = 5_000
FIRST_CHECKPOINT_MS = 1_000  # the first one soon after the first step: a kill then loses <1 s
VOICE_TIP = QT_TRANSLATE_NOOP("SessionShell", "Speak the instructions (V)")
# The names of core.preferences.AMBIENT_SOUNDS, for the catalog: they are shown only here
# (tests/ui/session/test_shell_ambient.py checks that every sound has its name marked).
AMBIENT_NAMES = (
    QT_TRANSLATE_NOOP("SessionShell", "Waves"),
    QT_TRANSLATE_NOOP("SessionShell", "Soft rain"),
    QT_TRANSLATE_NOOP("SessionShell", "Brown noise"),
)


def display_frame_interval(screen: QScreen | None) -> int:
    """One refresh of `screen` in whole ms, rounded up (17 at 60 Hz), between 60 and 30 fps."""
    rate = screen.refreshRate() if screen is not None else 0.0
    if rate <= 0:
        return FRAME_INTERVAL_MS
    return min(SLOW_FRAME_INTERVAL_MS, max(FRAME_INTERVAL_MS, math.ceil(1000 / rate)))


class Cues(Protocol):
    """The sound side (calmkit.ui.audio.CuePlayer in the app)."""

    @property
    def start_lead(self) -> float:
        """Seconds the first tone must be known ahead to sound exactly on time."""
        ...

    def warm_up(self) -> None: ...

    def schedule(self, kind: str, moment: float) -> None:
        """The tone named `kind` at `moment` (monotonic clock); nothing while tones are off."""
        ...

    def play_clip(self, name: str, samples: array.array[int], moment: float) -> None:
        """A decoded narration clip at `moment`; it sounds whether tones are on or off."""
        ...

    def withdraw(self) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_ambient(self, name: str | None, volume: float) -> None:
        """Loop the ambient sound `name` (an id of AMBIENT_SOUNDS) under everything at
        `volume` (0..1 of its own range), fading in; None fades it out. Tones off leaves it
        alone: it has its own control."""
        ...


class Speaker(Protocol):
    """Spoken words (calmkit.ui.voice.Voice in the app)."""

    problem: str

    @property
    def available(self) -> bool: ...

    def say(self, text: str, interrupt: bool = False) -> None: ...

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class SessionShell(QWidget):
    """One session from the caution to the summary. Emits `session_over` once a practised
    session is recorded, and `closed` when the person leaves (the owner removes the shell)."""

    session_over = Signal(object)  # SessionRunner
    closed = Signal()
    help_requested = Signal()  # Help now, from the support offered when it feels worse
    switch_requested = Signal(str)  # a gentler exercise instead, by id

    def __init__(
        self,
        context: AppContext,
        exercise: Exercise,
        timeline: Timeline,
        *,
        cues: Cues | None,
        speaker_factory: Callable[[], Speaker] | None = None,
        narration: ClipIndex | None = None,
        ask_rating: bool = False,
        banner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        # The shell itself takes the keyboard (its buttons do not), so Space, Esc, M, V, R and
        # F11 always reach it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.context = context
        self.exercise = exercise
        self.runner = SessionRunner(timeline, context.clock)
        self.preferences = context.player_preferences
        self.view: ContentView = make_content_view(exercise.kind, timeline)
        # A kind guided by its narration (PMR) has the voice on unless turned off for it.
        self._narrated = self.view.narrated
        self._clock = context.clock
        self._cues = cues
        self._ask_rating = ask_rating
        self._banner = banner  # words shown above the session (the calm-down's facts)
        self._speaker_factory = speaker_factory
        self._speaker: Speaker | None = None
        self._narration = narration
        # Decoded the first time the voice is on in this session, never when a step begins.
        self._clips: dict[str, array.array[int]] | None = None
        self._made_full_screen = False
        self._notice = ""  # a one-off message (e.g. why the voice is silent) under the step
        self._texts_shown: tuple[object, ...] | None = None  # what the labels were made from
        self._distress_before: int | None = None
        self.caution_dialog: CautionDialog | None = None
        self.before_page: BeforeSessionPage | None = None
        self.after_panel: AfterSessionPanel | None = None
        self.support_page: HighRatingPage | None = None
        self.stopped_check_in: StoppedCheckIn | None = None
        self.rose_support: SupportPanel | None = None
        self.scheduler = CueScheduler(self.runner, self._clock, self)
        self.scheduler.cue.connect(self._on_cue)
        self.scheduler.upcoming.connect(self._on_upcoming)
        self.scheduler.ended.connect(self.refresh)
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(
            FRAME_INTERVAL_MS if self.view.animated else STILL_FRAME_INTERVAL_MS
        )
        self._frame_timer.timeout.connect(self.refresh)
        # Coarse: its moment does not matter, and it must never crowd a cue's timer.
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._checkpoint_timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        self._checkpoint_failed = False
        self._suspend_watch = SuspendWatch(self._clock)
        self.paused_for_sleep = False  # the computer slept mid-session: it waits for Space
        self.last_checkpoint_ms = 0.0  # how long the last checkpoint took (for the benchmark)
        self._display_interval: int | None = None  # one refresh of this screen, in ms
        self._reported = False
        self._build()
        # The shell holds the keyboard during a session: what a screen reader says on it.
        self.setAccessibleName(
            translate("SessionShell", "{name} session").format(name=exercise.name)
        )
        self.setAccessibleDescription(
            translate(
                "SessionShell",
                "Space pauses or goes on, Esc stops, F1 opens Help now. Press ? for every key.",
            )
        )
        # Screen readers hear each new step once (not the seconds ticking), unless the voice
        # already speaks it; pausing and the end are said at once.
        self.announcer = Announcer(self.step_label, self._clock.monotonic)
        self._announced: int | None = None  # the step last announced
        self._explained: set[str] = set()  # step texts said once already (each breath's)
        self._bind_keys()
        self._apply_preferences()
        self._follow_text_size()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.exercise.name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names people type are not markup
        self.title.setProperty("role", "title")
        self.banner = QLabel(self._banner)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(translate("SessionShell", "About this session"))
        self.banner.setVisible(bool(self._banner))
        self.step_label = QLabel()
        self.step_label.setProperty("role", "phase")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its text is its name (what a screen reader reads there); this says what it is.
        self.step_label.setAccessibleDescription(translate("SessionShell", "Current step"))
        self.countdown_label = QLabel()
        self.countdown_label.setProperty("role", "countdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        # On every session screen: a kind way out, and where help is.
        self.safety_line = QLabel(
            translate(
                "SessionShell",
                "If this feels worse, it is fine to stop (Esc), open your eyes and breathe "
                "your own way. F1 is there for support.",
            )
        )
        self.safety_line.setProperty("role", "muted")
        self.safety_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.safety_line.setWordWrap(True)
        self.progress = QProgressBar()
        # Whole seconds: a finer value would change (and repaint the bar) every frame.
        self.progress.setRange(0, max(1, round(self.runner.timeline.total)))
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("SessionShell", "Session progress"))
        self.remaining_label = QLabel()
        self.remaining_label.setProperty("role", "muted")
        self.pause_button = self._button(
            translate("SessionShell", "Pause"),
            translate("SessionShell", "Pause or continue (Space)"),
            self.toggle_pause,
        )
        self.stop_button = self._button(
            translate("SessionShell", "Stop"),
            translate("SessionShell", "End the session now; it is still saved (Esc)"),
            self.stop,
        )

        self.sound_button = self._toggle(
            translate("SessionShell", "Sound"),
            translate("SessionShell", "Tones on or off (M)"),
            self._set_sound,
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        # It gives way first when the window is narrow (an 800-pixel screen); Up/Down still work.
        self.volume.setMinimumWidth(40)
        self.volume.setMaximumWidth(110)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setAccessibleName(translate("SessionShell", "Volume"))
        self.volume.setToolTip(
            translate("SessionShell", "Volume of tones and voice (Up/Down arrow keys)")
        )
        self.volume.valueChanged.connect(self._set_volume)
        self.voice_button = self._toggle(
            translate("SessionShell", "Voice"),
            translate("SessionShell", VOICE_TIP),
            self._set_voice,
        )
        self.still_button = self._toggle(
            translate("SessionShell", "Still"),
            translate("SessionShell", "A view without growing or shrinking shapes (R)"),
            self._set_still,
        )
        self.still_button.setVisible(self.view.has_still_form)
        self.full_screen_button = self._toggle(
            translate("SessionShell", "Full screen"),
            translate("SessionShell", "Full screen focus mode (F11)"),
            self._set_full_screen,
        )
        self._build_ambient_controls()

        self.running_page = QWidget()
        column = QVBoxLayout(self.running_page)
        theme.page_margins(column)
        column.addWidget(self.title)
        column.addWidget(self.banner)
        column.addWidget(self.view.widget(), stretch=1)
        column.addWidget(self.step_label)
        column.addWidget(self.countdown_label)
        column.addWidget(self.hint_label)
        column.addWidget(self.safety_line)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, stretch=1)
        progress_row.addWidget(self.remaining_label)
        column.addLayout(progress_row)
        controls = QHBoxLayout()
        controls.addWidget(self.sound_button)
        controls.addWidget(self.volume)
        controls.addWidget(self.voice_button)
        controls.addWidget(self.ambient_button)
        controls.addWidget(self.ambient_volume)
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
        self.done_button = QPushButton(translate("SessionShell", "Back to exercises"))
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.leave)
        self._summary_column.addWidget(self.summary_title)
        self._summary_column.addWidget(self.summary_text)
        self._summary_column.addSpacing(theme.SPACE.l)
        self._summary_column.addWidget(self.done_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self._summary_column.addStretch(2)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.running_page)
        self._stack.addWidget(self.summary)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the shell
        return button

    def _toggle(self, text: str, tip: str, slot: Callable[[bool], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setProperty("role", "toggle")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.toggled.connect(slot)
        return button

    def _bind_keys(self) -> None:
        bindings: list[tuple[QKeySequence | Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_Return, self._enter),
            (Qt.Key.Key_Enter, self._enter),
            (Qt.Key.Key_M, self.sound_button.toggle),
            (Qt.Key.Key_V, self.voice_button.toggle),
            (Qt.Key.Key_F11, self.full_screen_button.toggle),
            (Qt.Key.Key_Up, lambda: self.volume.setValue(self.volume.value() + 10)),
            (Qt.Key.Key_Down, lambda: self.volume.setValue(self.volume.value() - 10)),
        ]
        if self.view.has_still_form:
            bindings.append((Qt.Key.Key_R, self.still_button.toggle))
        if self.view.steps_navigable:
            bindings.append((Qt.Key.Key_Left, lambda: self.move_by(-1)))
            bindings.append((Qt.Key.Key_Right, lambda: self.move_by(1)))
        if self._narrated:
            bindings.extend(self._ambient_keys())
        self._shortcuts: list[QShortcut] = []
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def _enable_keys(self, enabled: bool) -> None:
        """Off while the rating page before the session takes the keyboard itself."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(enabled)

    def _take_keys_itself(self, during_session: bool) -> None:
        """A Tab stop of its own only while the session runs: on the ratings and the summary
        the keys belong to the page's own controls, and a stop there would do nothing."""
        self.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if during_session else Qt.FocusPolicy.NoFocus
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The session takes the keys itself (its buttons do not take focus): the ring around
        # the page says that Space, Esc and the letters go here.
        if self.hasFocus():
            painter = QPainter(self)
            theme.draw_focus_ring(painter, self.rect())
            painter.end()

    def _summary_keys(self) -> None:
        """In the summary only Esc and Enter stay the shell's: Space, the arrows and the
        letters belong to its buttons, its rating and its note."""
        kept = [QKeySequence(k) for k in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        for shortcut in self._shortcuts:
            shortcut.setEnabled(shortcut.key() in kept)

    # --- preferences -----------------------------------------------------------------------

    def _apply_preferences(self) -> None:
        prefs = self.preferences
        self.sound_button.setChecked(not prefs.muted)
        self.volume.setValue(round(prefs.volume * 100))
        self.voice_button.setChecked(prefs.voice_for(self.exercise.kind, narrated=self._narrated))
        self.still_button.setChecked(prefs.reduce_motion)
        self._set_sound(not prefs.muted)
        self._set_still(prefs.reduce_motion)
        if self._cues is not None:
            self._cues.set_volume(prefs.volume)
        self._apply_ambient_preferences()

    def _change(self, **changes: object) -> None:
        updated = self.preferences.with_changes(**changes)
        if updated != self.preferences:
            self.preferences = updated
            self.context.set_player_preferences(updated)

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

    @property
    def voice_on(self) -> bool:
        return self.voice_button.isChecked()

    def _set_voice(self, on: bool) -> None:
        updated = self.preferences.with_voice(self.exercise.kind, on, narrated=self._narrated)
        if updated != self.preferences:
            self.preferences = updated
            self.context.set_player_preferences(updated)
        if not on:
            if self._speaker is not None:
                self._speaker.stop()
            return
        self._decode_clips()
        spoken = {s.spoken for s in self.runner.timeline.steps if s.spoken}
        if all(self._placed_clips(text, voice_on=True) is not None for text in spoken):
            return  # every word has its rendered clip: no speech engine needed
        speaker = self._ensure_speaker()
        if speaker is None or not speaker.available:
            self._voice_unavailable(
                speaker.problem
                if speaker is not None
                else translate("SessionShell", "No speech engine is set up.")
            )
        elif self.voice_button.property("available") == "false":
            self._mark_voice(available=True, tip=translate("SessionShell", VOICE_TIP))

    def _voice_unavailable(self, reason: str) -> None:
        """The button reads as off and unavailable, and says why; the steps keep their text
        and tones. The saved choice stays, for a computer where a voice works."""
        self.voice_button.blockSignals(True)
        self.voice_button.setChecked(False)
        self.voice_button.blockSignals(False)
        self._mark_voice(
            available=False,
            tip=translate("SessionShell", "{reason} (V tries again)").format(reason=reason),
        )
        # Said once, where the person looks.
        self._notice = reason
        self.refresh()

    def _mark_voice(self, *, available: bool, tip: str) -> None:
        self.voice_button.setProperty("available", "true" if available else "false")
        self.voice_button.setToolTip(tip)
        style = self.voice_button.style()
        style.unpolish(self.voice_button)  # a changed property restyles only when re-polished
        style.polish(self.voice_button)

    def _decode_clips(self) -> dict[str, array.array[int]]:
        if self._clips is None:
            self._clips = {}
            if self._narration is not None:
                from calmkit.ui.narration_clips import decode_for_session

                spoken = (s.spoken for s in self.runner.timeline.steps if s.spoken)
                sentences = (p for text in spoken for p in phrases(text))
                self._clips = decode_for_session(self._narration, sentences)
        return self._clips

    def _ensure_speaker(self) -> Speaker | None:
        if self._speaker is None and self._speaker_factory is not None:
            self._speaker = self._speaker_factory()
            self._speaker.set_volume(self.preferences.volume)
        return self._speaker

    def _set_still(self, on: bool) -> None:
        self.view.set_still(on)
        self._change(reduce_motion=on)

    def _set_full_screen(self, on: bool) -> None:
        window = self.window()
        if on and not window.isFullScreen():
            window.showFullScreen()
            self._made_full_screen = True
        elif not on and window.isFullScreen():
            window.showNormal()
            self._made_full_screen = False

    def leave_full_screen(self) -> None:
        """Called when the shell closes: full screen was for the session only."""
        if self._made_full_screen:
            self.full_screen_button.setChecked(False)

    # --- ambient sound ---------------------------------------------------------------------
    # Only for narrated kinds (the eyes may be closed, a voice guides): a sound chosen from the
    # Ambient button's menu, on or off with A, with its own volume (Shift+Up/Down). Tones off
    # (M) leaves it alone: one control for one sound is easier to predict. It sounds while the
    # session runs (the countdown included), fading in at the start and on resume, and out at
    # pause, stop and the end.

    def _build_ambient_controls(self) -> None:
        self._ambient_sent: tuple[str, float] | None = None  # what the sound side was told
        self.ambient_button = self._toggle(
            translate("SessionShell", "Ambient"),
            translate("SessionShell", "Ambient sound under the voice, on or off (A)"),
            self._set_ambient_on,
        )
        self.ambient_button.setAccessibleName(translate("SessionShell", "Ambient sound"))
        self.ambient_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.ambient_button)
        group = QActionGroup(menu)
        self._ambient_actions: dict[str | None, QAction] = {}
        off = translate("SessionShell", "Off", "no ambient sound")
        for name, label in ((None, off), *AMBIENT_SOUNDS.items()):
            action = menu.addAction(translate("SessionShell", label))  # AMBIENT_NAMES
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, n=name: self.choose_ambient(n))
            self._ambient_actions[name] = action
        self.ambient_button.setMenu(menu)
        self.ambient_volume = QSlider(Qt.Orientation.Horizontal)
        self.ambient_volume.setRange(0, 100)
        self.ambient_volume.setMinimumWidth(40)
        self.ambient_volume.setMaximumWidth(90)
        self.ambient_volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ambient_volume.setAccessibleName(translate("SessionShell", "Ambient volume"))
        self.ambient_volume.setToolTip(
            translate("SessionShell", "Volume of the ambient sound (Shift+Up/Down arrow keys)")
        )
        self.ambient_volume.valueChanged.connect(self._set_ambient_volume)
        self.ambient_button.setVisible(self._narrated)
        self.ambient_volume.setVisible(self._narrated)

    def _ambient_keys(self) -> list[tuple[QKeySequence | Qt.Key, Callable[[], None]]]:
        volume = self.ambient_volume
        return [
            (Qt.Key.Key_A, self.toggle_ambient),
            (QKeySequence("Shift+Up"), lambda: volume.setValue(volume.value() + 10)),
            (QKeySequence("Shift+Down"), lambda: volume.setValue(volume.value() - 10)),
        ]

    def _apply_ambient_preferences(self) -> None:
        prefs = self.preferences
        self.ambient_volume.setValue(round(prefs.ambient_volume * 100))
        self.ambient_button.setChecked(self._narrated and prefs.ambient_on)
        self._show_ambient()

    @property
    def ambient(self) -> str | None:
        """The ambient sound chosen for this session (None: off)."""
        on = self._narrated and self.ambient_button.isChecked()
        return self.preferences.ambient_sound if on else None

    def toggle_ambient(self) -> None:
        """A: the last chosen sound on, or off."""
        if self._narrated:
            self.ambient_button.toggle()

    def choose_ambient(self, name: str | None) -> None:
        """From the menu: a sound (it is turned on), or None for off."""
        if name is not None:
            self._change(ambient_sound=name)
        if self.ambient_button.isChecked() != (name is not None):
            self.ambient_button.setChecked(name is not None)  # _set_ambient_on follows
        else:
            self._show_ambient()

    def _set_ambient_on(self, on: bool) -> None:
        self._change(ambient_on=on)
        self._show_ambient()

    def _set_ambient_volume(self, percent: int) -> None:
        self._change(ambient_volume=percent / 100)
        self._sync_ambient()

    def _show_ambient(self) -> None:
        name = self.ambient
        self.ambient_button.setText(
            translate("SessionShell", "Ambient: {sound}").format(
                sound=translate("SessionShell", AMBIENT_SOUNDS[name])  # AMBIENT_NAMES
            )
            if name
            else translate("SessionShell", "Ambient")
        )
        self._ambient_actions[name].setChecked(True)
        self.ambient_volume.setEnabled(name is not None)
        self._sync_ambient()

    def _sync_ambient(self) -> None:
        """Tell the sound side what should sound now (only when that changed)."""
        runner = self.runner
        sounding = self.started and runner.status is SessionStatus.RUNNING and not runner.is_over
        name = self.ambient if sounding else None
        wanted = (name, self.preferences.ambient_volume) if name is not None else None
        if wanted == self._ambient_sent or self._cues is None:
            return
        self._ambient_sent = wanted
        self._cues.set_ambient(*(wanted or (None, 0.0)))

    # --- before the session: caution, then the rating --------------------------------------

    def open(self) -> None:
        """Show what comes before the session (an unseen caution, the rating before), then
        start it. Declining the caution or going back from the rating starts nothing."""
        unseen = [
            c
            for c in session_cautions(self.exercise, self.runner.timeline)
            if c.id not in self.preferences.cautions_seen
        ]
        self._next_caution(unseen)

    def _next_caution(self, remaining: list[SessionCaution]) -> None:
        if not remaining:
            if self._ask_rating and self.context.practice_settings().ask_distress:
                self._ask_before()
            else:
                self.start()
            return
        from calmkit.ui.session.caution import CautionDialog

        dialog = CautionDialog(remaining[0], self.window())
        self.caution_dialog = dialog

        def answered(result: int) -> None:
            self.caution_dialog = None
            if dialog.dont_show_again.isChecked():
                self.preferences = self.preferences.with_caution_seen(dialog.caution.id)
                self.context.set_player_preferences(self.preferences)
            dialog.deleteLater()
            if result == CautionDialog.DialogCode.Accepted:
                self._next_caution(remaining[1:])
            else:
                self.closed.emit()

        dialog.finished.connect(answered)
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the question, Enter starts
        dialog.start_button.setFocus()

    def _ask_before(self) -> None:
        from calmkit.ui.session.rating import BeforeSessionPage

        page = BeforeSessionPage(self.exercise.name, clock=self.context.clock.monotonic)

        def answered(before: object) -> None:
            self._distress_before = before if isinstance(before, int) else None
            self._drop_before_page()
            if self._distress_before is not None and self._distress_before >= HIGH_RATING:
                self._offer_support_before()
            else:
                self.start()

        page.answered.connect(answered)
        page.back.connect(self.leave)
        self.before_page = page
        self._enable_keys(False)
        self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)
        page.setFocus()
        self._take_keys_itself(False)

    def _support(self, message: str) -> SupportPanel:
        from calmkit.ui.session.support import GENTLER_EXERCISE, SupportPanel

        catalog = self.context.catalog
        gentler = GENTLER_EXERCISE in catalog.ids
        panel = SupportPanel(
            message,
            offer_gentler=gentler and self.exercise.id != GENTLER_EXERCISE,
            # Named as in the library (and in the person's language).
            gentler_name=catalog.get(GENTLER_EXERCISE).name if gentler else "",
        )
        panel.help_requested.connect(self.help_requested)
        panel.gentler_requested.connect(self.switch_requested)
        return panel

    def _offer_support_before(self) -> None:
        """A rating of 8 or more: a kind word and a choice, before anything starts."""
        from calmkit.ui.session.support import HIGH_BEFORE, HighRatingPage

        page = HighRatingPage(self._support(HIGH_BEFORE))
        self.support_page = page

        def go() -> None:
            self.support_page = None
            self._stack.removeWidget(page)
            page.deleteLater()
            self.start()

        page.start_requested.connect(go)
        page.back.connect(self.leave)
        self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)
        page.setFocus()
        self._take_keys_itself(False)

    def _drop_before_page(self) -> None:
        page, self.before_page = self.before_page, None
        if page is not None:
            self._stack.removeWidget(page)
            page.deleteLater()

    # --- control ---------------------------------------------------------------------------

    @property
    def showing_summary(self) -> bool:
        return self._stack.currentWidget() is self.summary

    @property
    def started(self) -> bool:
        """The session itself has begun (its countdown included)."""
        return self.runner.status is not SessionStatus.READY

    @property
    def counting_down(self) -> bool:
        return self.runner.counting_down

    def start(self) -> None:
        """Begin, after the 3-2-1 countdown if wanted. The first step's moment is fixed now,
        so its tone is placed in the already-open audio stream ahead of time."""
        self._stack.setCurrentWidget(self.running_page)
        self._enable_keys(True)
        if self._cues is not None:
            self._cues.warm_up()
        if self.voice_on:
            self._set_voice(True)
        lead = self._cues.start_lead if self._cues is not None else 0.0
        self.runner.start(delay=COUNTDOWN_SECONDS if self.preferences.countdown else lead)
        self.scheduler.begin()
        self._frame_timer.start()
        self._checkpoint_timer.start()
        self._suspend_watch = SuspendWatch(self._clock)
        self._take_keys_itself(True)
        self.setFocus()
        self._sync_ambient()
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
            self.checkpoint()
            self.announcer.announce(self._paused_hint(), now=True)
        elif self.runner.status is SessionStatus.PAUSED:
            self.paused_for_sleep = False
            self._suspend_watch = SuspendWatch(self._clock)
            self.runner.resume()
            self.scheduler.resume()
            self._frame_timer.start()
            state = self.runner.state()
            self._announced = state.index
            self.announcer.announce(
                translate("SessionShell", "Continuing. {step}").format(
                    step=self._step_words(state.step)
                ),
                now=True,
            )
        self._sync_ambient()
        self.refresh()

    def pause(self) -> None:
        if self.runner.status is SessionStatus.RUNNING:
            self.toggle_pause()

    def move_by(self, offset: int) -> None:
        """Left/Right: to the start of the previous or next part (a muscle group, a segment
        of a script), for kinds whose view allows it."""
        if self.runner.is_over or self.runner.counting_down or not self.started:
            return
        index = self.runner.timeline.part_start(self.runner.elapsed(), offset)
        if self._cues is not None:
            self._cues.withdraw()
        if self._speaker is not None:
            self._speaker.stop()
        self.runner.jump_to(index)
        self.scheduler.restart()
        self.refresh()

    def stop(self) -> None:
        """End early (Esc): nothing is asked, the part done so far is saved. During the
        countdown nothing was practised, so the shell just closes."""
        if self.runner.is_over or self.runner.status is SessionStatus.READY:
            return
        self.runner.stop()
        if self._cues is not None:
            self._cues.withdraw()
        self.refresh()

    def leave(self) -> None:
        """Back to the exercises, keeping a rating or note given in the summary."""
        self.keep_summary()
        if self.started and not self.runner.is_over:
            self.stop()
            if self.showing_summary:
                return  # the person sees what was saved, then leaves from the summary
        self.closed.emit()

    def escape(self) -> None:
        """Esc pressed outside the page (on the status bar's calm-down button): the same way
        out as on the page, back before the session begins, else stop or leave."""
        if self.started:
            self._escape()
        else:
            self.leave()

    def _escape(self) -> None:
        if self.showing_summary:
            if self.after_panel is not None and self.after_panel.correcting:
                self.after_panel.cancel_correction()  # Esc closes the question, not the page
                return
            self.leave()
        else:
            self.stop()

    def _enter(self) -> None:
        """Enter in the summary presses the button that has the keyboard (Yes, No, a
        gentler exercise...); anywhere else there it finishes."""
        if not self.showing_summary:
            return
        if self.after_panel is not None and self.after_panel.correcting:
            self.after_panel.cancel_correction()
            return
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QAbstractButton)
            and focused is not self.done_button
            and self.summary.isAncestorOf(focused)
        ):
            focused.click()
            return
        self.leave()

    def _on_upcoming(self, index: int, kind: str, moment: float) -> None:
        """Ahead of a step: its tone, and its rendered clip when the voice is on, placed in
        the stream at the step's exact moment."""
        if self._cues is None:
            return
        step = self.runner.timeline.steps[index]
        tone = self._tone_for(step)
        if tone is not None:
            self._cues.schedule(tone, moment)
        for phrase, samples, offset in self._placed_clips(step.spoken) or ():
            self._cues.play_clip(phrase, samples, moment + offset)

    def _on_cue(self, index: int, kind: str) -> None:
        """At a step: text without a rendered clip goes to the speech engine, if one works.
        Speech never moves the timeline: the next step comes on time whatever is said."""
        spoken = self.runner.timeline.steps[index].spoken
        unrendered = spoken and self._placed_clips(spoken) is None
        if unrendered and self.voice_on and self._speaker is not None:
            if self._speaker.available:
                self._speaker.say(spoken)
            else:  # it stopped working during the session (e.g. no sound output)
                self._voice_unavailable(self._speaker.problem)
        self.refresh()
        if index == 0:
            log.info("session %s (%s): the first step began", self.runner.id, self.exercise.id)
            self._checkpoint_timer.start(FIRST_CHECKPOINT_MS)

    # --- checkpoints -------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Write down how far the session has got (every few seconds, at each pause, and when
        the app is told to quit), for recovery after a crash. A failure is logged once and
        the session goes on: its final save reports problems to the person."""
        self._notice_sleep()
        if self._checkpoint_timer.interval() != CHECKPOINT_INTERVAL_MS:
            self._checkpoint_timer.setInterval(CHECKPOINT_INTERVAL_MS)  # after the first one
        progress = self.runner.progress()
        if progress is None:
            return
        record = SessionRecord.from_outcome(progress, self.exercise.id, self.exercise.kind)
        record = replace(record, distress_before=self._distress_before)
        began = time.perf_counter()
        try:
            self.context.store.save_checkpoint(record, now=self._clock.now())
        except StorageError as error:
            if not self._checkpoint_failed:
                log.warning("could not checkpoint session %s: %s", record.id, error)
            self._checkpoint_failed = True
            return
        self.last_checkpoint_ms = (time.perf_counter() - began) * 1000
        self._checkpoint_failed = False

    def _notice_sleep(self) -> None:
        """After the computer slept, the session waits paused: time away is not practice (the
        monotonic clock stood still meanwhile), and nobody may be there to hear the cues."""
        if self._suspend_watch.slept() and self.runner.status is SessionStatus.RUNNING:
            log.info("the computer was suspended; session %s paused", self.runner.id)
            self.pause()
            self.paused_for_sleep = True
            self.refresh()

    def _tone_for(self, step: Step) -> str | None:
        """The view's tone for `step`. A tone that stands in for the voice (the reader's, at
        each segment) sounds only where nothing will speak: the voice is off, or neither a
        clip nor a working speech engine has the words."""
        tone = self.view.tone_for(step)
        if tone is None or not self.view.tone_is_fallback or not self.voice_on:
            return tone
        if self._placed_clips(step.spoken) is not None:
            return None
        speaker = self._speaker
        return None if step.spoken and speaker is not None and speaker.available else tone

    def _placed_clips(
        self, spoken: str, *, voice_on: bool | None = None
    ) -> list[tuple[str, array.array[int], float]] | None:
        """The decoded clip of each sentence of `spoken` and its offset from the step's
        start, or None when the voice is off or any sentence has no clip."""
        on = self.voice_on if voice_on is None else voice_on
        if not spoken or not on or self._clips is None or self._narration is None:
            return None
        placed = phrase_offsets(spoken, self._narration)
        if placed is None or any(clip.text not in self._clips for clip, _ in placed):
            return None
        return [(clip.text, self._clips[clip.text], offset) for clip, offset in placed]

    def _follow_text_size(self) -> None:
        """A view whose text size the person can change starts at the size last chosen, and
        each change is remembered."""
        text_size = self.view.text_size
        if text_size is not None:
            text_size.set_points(self.preferences.text_size)
            text_size.changed.connect(lambda points: self._change(text_size=points))

    # --- view ------------------------------------------------------------------------------

    def refresh(self) -> None:
        runner = self.runner
        if runner.status is SessionStatus.RUNNING:
            self._notice_sleep()
        if runner.counting_down:
            self._show_countdown()
            return
        status = runner.status
        if runner.is_over:
            self._show_summary()
            return
        state = runner.state()
        started = status is not SessionStatus.READY
        if status is SessionStatus.RUNNING:
            self._announce_step(state.index, state.step)
        self.view.show_state(state if started else None)
        self._pace_frames()
        # The words under the pacer change a few times a second at most, the pacer every
        # frame: they are only worked out again when something they show has changed.
        shown = (
            status,
            state.index,
            math.ceil(state.remaining_in_step - 1e-9),
            int(state.elapsed_total),
            round(state.remaining_total),
            self._notice,
            self.paused_for_sleep,
        )
        if shown == self._texts_shown:
            return
        self._texts_shown = shown
        timed = self.view.step_timer
        self.step_label.setText(state.step.label if started and timed else "")
        self._style_step_label(self.view.label_role(state.step) if started else "phase")
        self.countdown_label.setText(
            str(max(1, math.ceil(state.remaining_in_step - 1e-9)))
            if status is SessionStatus.RUNNING and timed
            else ""
        )
        paused = status is SessionStatus.PAUSED
        self.hint_label.setText(
            self._paused_hint()
            if paused
            else self._notice or translate("SessionShell", "Space pauses, Esc ends the session.")
        )
        self.pause_button.setText(self._pause_text(paused))
        self.progress.setValue(int(state.elapsed_total))
        self.remaining_label.setText(self._left_text(state.remaining_total))

    def _paused_hint(self) -> str:
        if self.paused_for_sleep:
            return translate(
                "SessionShell", "Paused while the computer was asleep. Press Space to continue."
            )
        return translate("SessionShell", "Paused. Press Space to continue.")

    @staticmethod
    def _pause_text(paused: bool) -> str:
        return (
            translate("SessionShell", "Continue") if paused else translate("SessionShell", "Pause")
        )

    @staticmethod
    def _left_text(seconds: float) -> str:
        return translate("SessionShell", "{time} left").format(time=clock_time(seconds))

    @property
    def frame_interval_ms(self) -> int:
        """How often the view is redrawn just now, while the session runs."""
        return self._frame_timer.interval()

    def _pace_frames(self) -> None:
        """60 frames a second (one a display refresh) only while the view says it moves fast."""
        if not self.view.animated:
            return
        if self._display_interval is None:
            self._display_interval = display_frame_interval(self.screen())
        fast = getattr(self.view, "moving_fast", True)  # a view that cannot tell: always fast
        interval = self._display_interval if fast else SLOW_FRAME_INTERVAL_MS
        if self._frame_timer.interval() != interval:
            self._frame_timer.setInterval(interval)

    def _announce_step(self, index: int, step: Step) -> None:
        if index == self._announced:
            return
        self._announced = index
        if not self._speaks(step):
            self.announcer.announce(self._step_words(step))

    def _step_words(self, step: Step) -> str:
        """The step's word and length; its longer text only the first time it comes (the
        same breath, said every four seconds, would crowd out everything else)."""
        words = step.label
        if self.view.step_timer:
            seconds = round(step.duration)
            words = translate("SessionShell", "{step}, %n second(s)", None, seconds).format(
                step=words
            )
        if step.text and step.text != step.label and step.text not in self._explained:
            self._explained.add(step.text)
            words = f"{words}. {step.text}"
        return words

    def _speaks(self, step: Step) -> bool:
        """The voice will say this step itself (a rendered clip, or a working engine)."""
        if not self.voice_on or not step.spoken:
            return False
        if self._placed_clips(step.spoken) is not None:
            return True
        return self._speaker is not None and self._speaker.available

    def _style_step_label(self, role: str) -> None:
        if self.step_label.property("role") != role:
            self.step_label.setProperty("role", role)
            style = self.step_label.style()
            style.unpolish(self.step_label)  # a changed property restyles only when re-polished
            style.polish(self.step_label)

    def _show_countdown(self) -> None:
        self._texts_shown = None  # the labels say "Get ready" now, not what refresh made
        if self._announced is None:
            self._announced = -1  # said once, not with each number
            self.announcer.announce(
                translate("SessionShell", "Get ready. {name} begins in a moment.").format(
                    name=self.exercise.name
                )
            )
        remaining = -self.runner.elapsed()
        self.view.show_state(None)
        self.step_label.setText(translate("SessionShell", "Get ready"))
        self.countdown_label.setText(str(max(1, math.ceil(remaining - 1e-9))))
        paused = self.runner.status is SessionStatus.PAUSED
        self.pause_button.setText(self._pause_text(paused))
        self.hint_label.setText(
            self._paused_hint()
            if paused
            else self._notice or translate("SessionShell", "Settle in. Esc goes back.")
        )
        self.progress.setValue(0)
        self.remaining_label.setText(self._left_text(self.runner.timeline.total))

    def _show_summary(self) -> None:
        if self._reported:
            return
        self._reported = True
        self._sync_ambient()
        self._frame_timer.stop()
        self._checkpoint_timer.stop()
        self.scheduler.cancel()
        if self._speaker is not None:
            self._speaker.stop()
        if not self.runner.practised:  # ended during the countdown: nothing to show or save
            self.closed.emit()
            return
        outcome = self.runner.outcome()
        done = describe_length(outcome.actual_seconds)
        if outcome.completed:
            self.summary_title.setText(translate("SessionShell", "Session complete"))
            # English writes the name in lower case inside the sentence; German keeps its
            # capitals (nouns), so a translation gets the name as written.
            name = self.exercise.name if active() else self.exercise.name.lower()
            self.summary_text.setText(
                translate(
                    "SessionShell", "{length} of {exercise}. Take a moment before you get up."
                ).format(length=done, exercise=name)
            )
        else:
            self.summary_title.setText(translate("SessionShell", "Session ended"))
            self.summary_text.setText(
                translate(
                    "SessionShell",
                    "You practised for {length}. Stopping early is fine; any practice counts. "
                    "Take a moment before you get up.",
                ).format(length=done)
            )
            from calmkit.ui.session.support import STOPPED_WORSE, StoppedCheckIn

            self.stopped_check_in = StoppedCheckIn(self._support(STOPPED_WORSE))
            self._summary_column.insertWidget(
                self._summary_column.indexOf(self.done_button), self.stopped_check_in
            )
        self._stack.setCurrentWidget(self.summary)
        self._summary_keys()
        self.done_button.setFocus()
        self._take_keys_itself(False)
        self.announcer.announce(
            f"{self.summary_title.text()}. {self.summary_text.text()}", now=True
        )
        self._record()

    def _add_saved_message(self, message: str) -> None:
        self.summary_text.setText(f"{self.summary_text.text()}\n\n{message}")

    # --- recording -------------------------------------------------------------------------

    def _record(self) -> None:
        record = SessionRecord.from_outcome(
            self.runner.outcome(), self.exercise.id, self.exercise.kind
        )
        record = replace(record, distress_before=self._distress_before)
        try:
            self.context.add_session(record)
        except StorageError as error:
            log.exception("could not save session %s", record.id)
            kept = translate(
                "SessionShell",
                "CalmKit keeps it and saves it as soon as it can (it tries again every "
                "minute, and when you close CalmKit).",
            )
            not_yet = translate("SessionShell", "This session could not be saved yet.")
            self._add_saved_message(f"{not_yet} {kept}")
            QMessageBox.warning(
                self, translate("SessionShell", "Session not saved yet"), f"{error}\n\n{kept}"
            )
            return
        log.info("session %s saved (%.1f s practised)", record.id, record.actual_seconds)
        self._add_saved_message(translate("SessionShell", "Saved to your history."))
        from calmkit.ui.session.rating import AfterSessionPanel

        ask = self.context.practice_settings().ask_distress
        self.after_panel = AfterSessionPanel(
            self.context.store, record, ask_distress=ask, clock=self.context.clock.monotonic
        )
        self.after_panel.finished.connect(self.leave)
        self.after_panel.note_saved.connect(lambda _note: self.context.notify_sessions_changed())
        self.after_panel.before_corrected.connect(
            lambda _before: self.context.notify_sessions_changed()
        )
        self.after_panel.rose.connect(self._offer_support_after)
        self._summary_column.insertWidget(
            self._summary_column.indexOf(self.done_button), self.after_panel
        )
        follow_layout(self._summary_column)  # Tab goes down the summary as it is shown
        self.after_panel.take_focus()
        self.session_over.emit(self.runner)

    def _offer_support_after(self) -> None:
        if self.rose_support is not None:
            return  # said once; a changed rating does not repeat it
        from calmkit.ui.session.support import ROSE_AFTER

        self.rose_support = self._support(ROSE_AFTER)
        self._summary_column.insertWidget(
            self._summary_column.indexOf(self.done_button), self.rose_support
        )
        follow_layout(self._summary_column)
        self.rose_support.show()  # Qt leaves a child added to a shown parent hidden

    def closeEvent(self, event: QCloseEvent) -> None:
        # A shell closed on its own (not by its window, which stops the session first) writes
        # no more checkpoints: its store may be closed next.
        self._checkpoint_timer.stop()
        super().closeEvent(event)

    def keep_summary(self) -> None:
        """Store a rating still waiting (a lone "1") and the note typed so far."""
        panel, self.after_panel = self.after_panel, None
        if panel is not None:
            panel.save()
            self.context.notify_sessions_changed()
