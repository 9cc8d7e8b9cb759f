"""Muscle relaxation's content view: what to do now, whether to tense or let go, which group
of how many, and a body map marking it. The shell around it shows the step's label, the
seconds left, the progress bar and the controls.

Everything shown is worked out per step once, from the timeline; a step change only swaps
texts and marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from calmkit.core.exercises.pmr.map import NOTHING, Look, MapState, map_states
from calmkit.core.i18n import translate
from calmkit.core.timeline import Step, StepState, Timeline
from calmkit.ui.players.pmr.body_map import BodyMap
from calmkit.ui.widgets import theme

TEXT_COLUMN_WIDTH = 560  # px: about 45 characters of the instruction a line, easy to read

# The badge's looks (styled by the theme: tensing and letting go differ in colour and in word).
BADGES = ("tense", "release", "ready", "rest", "quiet")


@dataclass(frozen=True, slots=True)
class Shown:
    """What the view shows during one step."""

    word: str  # the state: "Tensing", "Letting go", "Resting"...
    badge: str  # one of BADGES
    progress: str  # "Group 3 of 16"
    group: str
    text: str
    map: MapState


def shown_per_step(timeline: Timeline) -> tuple[Shown, ...]:
    steps = timeline.steps
    maps = map_states(timeline)
    group_parts = sorted({s.cycle for s in steps if s.group})
    number_of = {part: n for n, part in enumerate(group_parts, start=1)}
    total = len(group_parts)
    if any(s.kind == "tense" for s in steps):
        numbered = translate("PmrView", "Group {number} of {total}")
        opening = translate("PmrView", "%n group(s), one at a time", None, total)
        closing = (
            translate("PmrView", "All %n group(s) done", None, total)
            if total > 1
            else translate("PmrView", "The group is done")
        )
    else:  # recalled or counted: areas, not tensed groups
        numbered = translate("PmrView", "Area {number} of {total}")
        opening = translate("PmrView", "%n area(s), one at a time", None, total)
        closing = (
            translate("PmrView", "All %n area(s) done", None, total)
            if total > 1
            else translate("PmrView", "The area is done")
        )
    breath_of = translate("PmrView", "Breath {number} of {total}")
    breaths = sum(1 for s in steps if s.kind == "breathe-in")
    shown: list[Shown] = []
    breath = 0
    tensed: set[int] = set()  # parts tensed so far: a later "Again" is the second round
    for step, body in zip(steps, maps, strict=True):
        if step.kind == "breathe-in":
            breath += 1
        word, badge = _state_word(step, body, again=step.cycle in tensed)
        if step.kind == "tense":
            tensed.add(step.cycle)
        if step.cycle in number_of:
            progress = numbered.format(number=number_of[step.cycle], total=total)
        elif step.kind in ("breathe-in", "calm-word"):
            progress = breath_of.format(number=max(1, breath), total=breaths)
        elif total and group_parts and step.cycle < group_parts[0]:
            progress = opening
        elif total and step.kind == "outro":
            progress = closing
        else:
            progress = ""
        shown.append(Shown(word, badge, progress, step.group or body.name, step.text, body))
    return tuple(shown)


def _state_word(step: Step, body: MapState, *, again: bool) -> tuple[str, str]:
    kind = step.kind
    if kind == "pause":
        if body.look is Look.REST:
            return translate("PmrView", "Resting"), "rest"
        if again:
            return translate("PmrView", "Once more"), "ready"
        return translate("PmrView", "Get ready"), "ready"
    words = {
        "tense": (translate("PmrView", "Tensing"), "tense"),
        "release": (translate("PmrView", "Letting go"), "release"),
        "recall": (translate("PmrView", "Recalling"), "release"),
        "count": (translate("PmrView", "Counting down"), "release"),
        "breathe-in": (translate("PmrView", "Breathing in"), "ready"),
        "calm-word": (translate("PmrView", "Breathing out"), "release"),
        "intro": (translate("PmrView", "Settling in"), "quiet"),
        "outro": (translate("PmrView", "Finishing"), "quiet"),
    }
    return words.get(kind, (step.label, "quiet"))


class PmrView(QWidget):
    animated = False  # it changes per step; the fade of the marks runs on its own
    steps_navigable = True  # Left/Right: the previous or next group
    has_still_form = True  # the marks change without fading
    narrated = True  # the spoken instructions are the session: the voice starts on
    tone_is_fallback = False  # its tones mark steps, with or without the voice
    step_timer = True
    text_size = None

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = shown_per_step(timeline)
        self._index: int | None = -1  # -1: nothing shown yet; None: before the first step
        self.body_map = BodyMap()

        self.progress_label = self._label("muted")
        self.progress_label.setAccessibleName(translate("PmrView", "Progress through the groups"))
        self.state_label = QLabel()
        self.state_label.setProperty("role", "badge")
        self.state_label.setAccessibleName(translate("PmrView", "Now"))
        badge_policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        badge_policy.setRetainSizeWhenHidden(True)  # hidden in the countdown; nothing jumps
        self.state_label.setSizePolicy(badge_policy)
        self.group_label = self._label("heading")
        self.group_label.setAccessibleName(translate("PmrView", "Muscle group"))
        self.instruction_label = self._label("instruction")
        self.instruction_label.setObjectName("pmr-instruction")
        self.instruction_label.setAccessibleName(translate("PmrView", "Instruction"))

        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(theme.SPACE.m)
        # Fixed from the top, so a longer instruction grows downwards and nothing above it
        # moves from step to step.
        text.addSpacing(theme.SPACE.xl)
        text.addWidget(self.progress_label)
        text.addWidget(self.state_label, alignment=Qt.AlignmentFlag.AlignLeft)
        text.addSpacing(theme.SPACE.xs)
        text.addWidget(self.group_label)
        text.addWidget(self.instruction_label)
        text.addStretch(1)
        text_column = QWidget()
        text_column.setLayout(text)
        text_column.setMaximumWidth(TEXT_COLUMN_WIDTH)
        text_column.setMinimumWidth(280)
        text_column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, theme.SPACE.s)
        row.addStretch(1)
        row.addWidget(self.body_map, stretch=2)
        row.addSpacing(theme.SPACE.xxl)
        row.addWidget(text_column, stretch=5)
        row.addStretch(1)
        self._apply(None)

    def showEvent(self, event: QShowEvent) -> None:
        # Lines that are empty in the opening keep their height (known once styled), so the
        # instruction stays where the eyes expect it from the first step to the last.
        for label in (self.progress_label, self.group_label):
            label.ensurePolished()
            label.setMinimumHeight(label.fontMetrics().lineSpacing())
        super().showEvent(event)

    def _label(self, role: str = "") -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # protocol lines are text, not markup
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        return label

    # --- ContentView -----------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def show_state(self, state: StepState | None) -> None:
        index = None if state is None else state.index
        if index != self._index:  # four calls a second: change things only at a new step
            self._apply(index)

    def set_still(self, still: bool) -> None:
        self.body_map.set_still(still)

    def label_role(self, step: Step) -> str:
        return "phase-tense" if step.kind == "tense" else "phase"

    def tone_for(self, step: Step) -> str | None:
        # A soft rising pair at each tensing, a falling one at each letting go.
        if step.kind in ("tense", "release"):
            return step.kind
        return None

    # --- what a person sees ----------------------------------------------------------------

    @property
    def shown(self) -> Shown | None:
        return None if self._index is None else self._shown[self._index]

    def _apply(self, index: int | None) -> None:
        self._index = index
        shown = self.shown
        if shown is None:
            # Before the first step (and in the shell's countdown): where the session goes.
            first = self._shown[0]
            self.progress_label.setText(first.progress)
            self.state_label.setVisible(False)
            self.group_label.setText("")
            self.instruction_label.setText("")
            self.body_map.show_map(NOTHING)
            return
        self.progress_label.setText(shown.progress)
        self.state_label.setText(shown.word)
        if self.state_label.property("look") != shown.badge:
            self.state_label.setProperty("look", shown.badge)
            style = self.state_label.style()
            style.unpolish(self.state_label)  # a changed property restyles when re-polished
            style.polish(self.state_label)
        self.state_label.setVisible(True)
        self.group_label.setText(shown.group)
        self.instruction_label.setText(shown.text)
        self.body_map.show_map(shown.map)
