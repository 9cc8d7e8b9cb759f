"""The calm-down for panic, one key from the main window: about two minutes of slow breathing
without holds, then five senses grounding, with the plain facts about panic on screen and no
questions first. Each part is recorded like any other session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from calmkit.core.exercises import SessionLength, SessionPlan

if TYPE_CHECKING:
    from calmkit.core.session import SessionRunner
    from calmkit.ui.main_window import MainWindow

# The parts in order: a breathing exercise without holds, then grounding (CONTENT.md: when
# the breath feels like too much, the senses with the eyes open).
BREATHING = "relaxed"
BREATHING_PLAN = SessionPlan(SessionLength(minutes=2))
GROUNDING = "grounding-54321"
# Between the parts: long enough to see that the breathing is done, short enough to stay held.
PAUSE_BETWEEN_MS = 2500

PANIC_FACTS = (
    "If this is panic: it usually peaks within about ten minutes. It feels dangerous, but it "
    "is not, and it passes. If the chest pain is new, or you are not sure it is panic, get "
    "urgent medical help now (F1 lists the emergency number)."
)


class CalmDown(QObject):
    """Runs the two parts in the window's session shell, one after the other."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.part: str | None = None  # the exercise id running as part of the calm-down

    def start(self) -> None:
        """From anywhere in the main window: whatever session is open gives way (what was
        practised is saved), and the breathing begins without a caution or a rating."""
        window = self._window
        if window.session is not None:
            window.end_session_now()
        parts = [BREATHING, GROUNDING]
        available = [p for p in parts if p in window.catalog.ids]
        if not available:
            window.show_crisis_support()  # nothing to run: help is the next best thing
            return
        self._run(available[0])

    def _run(self, exercise_id: str) -> None:
        window = self._window
        plan = BREATHING_PLAN if exercise_id == BREATHING else None
        self.part = exercise_id
        window.start_exercise(exercise_id, plan, banner=PANIC_FACTS, skip_cautions=True)
        shell = window.session
        if shell is None:
            self.part = None
            return
        shell.session_over.connect(self._part_over)
        shell.closed.connect(self._closed)

    def _part_over(self, runner: SessionRunner) -> None:
        finished = self.part == BREATHING and runner.outcome().completed
        if finished and GROUNDING in self._window.catalog.ids:
            QTimer.singleShot(PAUSE_BETWEEN_MS, self._next)

    def _next(self) -> None:
        window = self._window
        if self.part != BREATHING or window.session is None:
            return  # the person left, or started something else meanwhile
        window.end_session_now()
        self._run(GROUNDING)

    def _closed(self) -> None:
        if self._window.session is None:
            self.part = None
