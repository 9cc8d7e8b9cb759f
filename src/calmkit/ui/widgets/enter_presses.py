"""Enter presses the focused button everywhere, as people expect.

Qt clicks a focused button on Enter only inside a dialog; in the main window Enter did
nothing on "Save as PNG…" and "Set a goal…", and reached the view behind the button instead
(the library started an exercise). Space keeps working as it always has.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """Enter on a focused push or tool button outside a dialog (dialogs have their own
    default-button rules) clicks it. The filter sits only on the button that has the
    keyboard, moved along as the focus moves, so no other event pays for it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watched: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self._watched.removeEventFilter(self)
            self._watched = None
        if isinstance(new, QPushButton | QToolButton) and not isinstance(new.window(), QDialog):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QPushButton | QToolButton) or not watched.isEnabled():
            return False
        assert isinstance(event, QKeyEvent)
        if Qt.Key(event.key()) not in _ENTER:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        watched.click()
        return True


_installed: EnterPressesButtons | None = None


def install(app: QApplication) -> EnterPressesButtons:
    """Install once per application; returns the one installed."""
    global _installed
    # Remembered rather than looked up with app.findChild(), which hands every child of the
    # application to Python and builds their types' enums: ~15 M instructions at start-up.
    if _installed is not None and shiboken6.isValid(_installed) and _installed.parent() is app:
        return _installed
    _installed = EnterPressesButtons(app)
    return _installed
