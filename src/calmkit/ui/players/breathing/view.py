"""Breathing's content view: the pacer that grows, rests and shrinks with each phase."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calmkit.core.timeline import Step, StepState, Timeline
from calmkit.ui.players.breathing.pacer import PacerWidget


class BreathingView(QWidget):
    animated = True
    steps_navigable = False  # a breath is followed, not skipped through
    has_still_form = True
    narrated = False  # the tones guide; the phase words are an extra
    tone_is_fallback = False  # its tones mark steps, with or without the voice
    step_timer = True
    text_size = None

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._has_top_up = any(s.kind == "inhale-top-up" for s in timeline.steps)
        self.pacer = PacerWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pacer)

    def widget(self) -> QWidget:
        return self

    def show_state(self, state: StepState | None) -> None:
        self.pacer.show_state(state, has_top_up=self._has_top_up)

    @property
    def moving_fast(self) -> bool:
        """The shell draws 60 frames a second while this is True, else 30."""
        return self.pacer.moving_fast

    def set_still(self, still: bool) -> None:
        self.pacer.set_style("bar" if still else "circle")

    def label_role(self, step: Step) -> str:
        return "phase"

    def tone_for(self, step: Step) -> str | None:
        return step.kind  # each phase has its own tone: tone-inhale.wav, tone-hold.wav...
