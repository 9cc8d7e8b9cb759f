"""Enter presses the focused button everywhere, as people expect.

Qt clicks a focused button on Enter only inside a dialog; in the main window Enter did
nothing on "Save as PNG…" and "Set a goal…", and reached the view behind the button instead
(the library started an exercise). Space keeps working as it always has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """An application event filter: Enter on a focused push or tool button outside a dialog
    (dialogs have their own default-button rules) clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QPushButton | QToolButton):
            return False
        assert isinstance(event, QKeyEvent)
        if Qt.Key(event.key()) not in _ENTER:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not watched.isEnabled():
            return False
        if isinstance(watched.window(), QDialog):
            return False
        watched.click()
        return True


def install(app: QApplication) -> EnterPressesButtons:
    """Install the filter once per application; returns the installed one."""
    existing = app.findChild(EnterPressesButtons, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if existing is not None:
        return existing
    presses = EnterPressesButtons(app)
    app.installEventFilter(presses)
    return presses
