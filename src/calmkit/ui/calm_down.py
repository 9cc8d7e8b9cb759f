"""The calm-down for panic, one key from any window: about two minutes of slow breathing
without holds, then five senses grounding, with the plain facts about panic on screen and no
questions first. Each part is recorded like any other session.

Dialogs open at the time give way so that the breathing can be seen. Those holding the
person's unsaved work (Settings, the pattern editor, a self-check) are only hidden, and come
back as they were when the calm-down ends; the others (a caution, About, a file dialog) close
as if cancelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from calmkit.core.exercises import SessionLength, SessionPlan
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.ui.widgets.window_keys import keeps_work

if TYPE_CHECKING:
    from calmkit.core.session import SessionRunner
    from calmkit.ui.main_window import MainWindow

# The parts in order: a breathing exercise without holds, then grounding (CONTENT.md: when
# the breath feels like too much, the senses with the eyes open).
CALM_DOWN_KEY = QKeySequence(Qt.Key.Key_F3)
BREATHING = "relaxed"
BREATHING_PLAN = SessionPlan(SessionLength(minutes=2))
GROUNDING = "grounding-54321"
# Between the parts: long enough to see that the breathing is done, short enough to stay held.
PAUSE_BETWEEN_MS = 2500

PANIC_FACTS = QT_TRANSLATE_NOOP(
    "CalmDown",
    "If this is panic: it usually peaks within about ten minutes. It feels dangerous, but it "
    "is not, and it passes. If the chest pain is new, or you are not sure it is panic, get "
    "urgent medical help now (F1 lists the emergency number).",
)


class CalmDown(QObject):
    """Runs the two parts in the window's session shell, one after the other."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.part: str | None = None  # the exercise id running as part of the calm-down
        self.set_aside: list[QWidget] = []  # dialogs hidden until the calm-down ends

    def start(self) -> None:
        """From any window: the dialogs give way, whatever session is open gives way too
        (what was practised is saved), and the breathing begins without a caution or a
        rating."""
        window = self._window
        self._clear_the_way()
        if self.part is not None and window.session is not None:
            window.activateWindow()
            return  # already calming down: pressing again must not start it over
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
        banner = translate("CalmDown", PANIC_FACTS)
        window.start_exercise(exercise_id, plan, banner=banner, skip_cautions=True)
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

    def _clear_the_way(self) -> None:
        for dialog in reversed(self._window.keys.windows()):  # the one in front first
            if keeps_work(dialog):
                dialog.hide()
                if dialog not in self.set_aside:
                    self.set_aside.append(dialog)
            elif isinstance(dialog, QDialog):
                dialog.reject()  # as if cancelled: a blocking exec() returns, as with Esc
            else:
                dialog.close()
        self._window.activateWindow()

    def _closed(self) -> None:
        if self._window.session is not None:
            return
        self.part = None
        # Back to what the person was doing, as they left it.
        aside, self.set_aside = self.set_aside, []
        for dialog in aside:
            if isValid(dialog) and dialog.isHidden():
                dialog.show()
                dialog.raise_()
                dialog.activateWindow()
