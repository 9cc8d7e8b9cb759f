"""Each exercise kind's content view for the session shell, found by the kind's name.

`calmkit.ui.players.<kind>` supplies `make_view(timeline)`; it is imported only when the first
session of that kind opens, so start-up pays for none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from calmkit.core.exercises import Exercise, SessionPlan
from calmkit.core.timeline import Step, StepState, Timeline

if TYPE_CHECKING:
    from calmkit.ui.widgets.text_size import TextSize


class ContentView(Protocol):
    """What a kind shows inside the shell; the shell owns everything else."""

    # True when it moves continuously (repainted at frame rate); else it changes per step.
    # An animated view may also have a `moving_fast` property: while it is False the shell
    # draws 30 frames a second instead of one per display refresh.
    animated: bool
    # True when the person can move between steps (Left/Right).
    steps_navigable: bool
    # True when it has a reduced-motion form (R toggles it).
    has_still_form: bool
    # True when the spoken instructions are the session (PMR): the voice starts on.
    narrated: bool
    # True when its tones stand in for the voice (the reader's tone at each segment): they
    # sound only where nothing will speak the step.
    tone_is_fallback: bool
    # True when the shell shows the step's word and the seconds left in it under the view
    # (a breath, a tensing); False for a reader, where a ticking number only distracts.
    step_timer: bool
    # The size of its reading text when the person can change it (the reader), else None.
    text_size: TextSize | None

    def widget(self) -> QWidget: ...

    def show_state(self, state: StepState | None) -> None:
        """Show where the session is; None before the first step (and in the countdown)."""
        ...

    def set_still(self, still: bool) -> None: ...

    def label_role(self, step: Step) -> str:
        """The style of the shell's big step word under the view: "phase" (the calm accent),
        or "phase-tense" for a step that must look unmistakably different (tensing)."""
        ...

    def tone_for(self, step: Step) -> str | None:
        """The name of the tone that marks the start of `step` (resources/sounds/tone-NAME.wav),
        or None for silence."""
        ...


class NoPlayerError(LookupError):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(f"this version of CalmKit cannot play {kind} sessions")


class LibraryOptions(Protocol):
    """A kind's own choices in the library (for breathing: the version and the pace)."""

    changed: SignalInstance

    def widget(self) -> QWidget: ...

    def show_exercise(self, exercise: Exercise) -> None: ...

    def max_cycles(self, exercise: Exercise) -> int | None: ...

    def options(self) -> dict[str, Any]:
        """What the person chose, for SessionPlan.options."""
        ...

    def notes(self, plan: SessionPlan, timeline: Timeline) -> list[str]:
        """Lines for the length note, about what the choices do."""
        ...


def _module(kind: str, part: str | None = None) -> Any:
    name = f"{__name__}.{kind}" + (f".{part}" if part else "")
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name not in (f"{__name__}.{kind}", name):
            raise  # the player exists but something it needs is missing: a real bug
        raise NoPlayerError(kind) from None


def make_content_view(kind: str, timeline: Timeline) -> ContentView:
    view: ContentView = _module(kind).make_view(timeline)
    return view


def make_library_options(kind: str, parent: QWidget | None = None) -> LibraryOptions | None:
    """The kind's choices for the library, or None when it has none. Its own module, so the
    library does not load the session view (the pacer) at start-up."""
    try:
        module = _module(kind, "options")
    except NoPlayerError:
        return None
    options: LibraryOptions = module.make_options(parent)
    return options
