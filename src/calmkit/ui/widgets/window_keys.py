"""Keys that work in every window of one main window: its dialogs, modal ones included.

A QAction's key with Qt.ApplicationShortcut does not fire while a modal dialog is open: Qt
skips the shortcuts of windows that a modal dialog blocks, and `open()` and `exec()` dialogs
block the main window. So every top-level window (the main window, dialogs, file dialogs,
message boxes) gets a shortcut of its own for each key, the first time it takes the keyboard
focus. Application-wide, so that it also fires while one of its menus or lists is open. When
two unblocked windows both have one, Qt calls the key ambiguous and fires neither: each of ours
then acts all the same. This costs nothing per event, unlike an application-wide event filter,
which would see every event of a running session in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

_KEEPS_WORK = "calmkit_keeps_work"


def mark_keeps_work(dialog: QWidget) -> None:
    """Say that `dialog` holds the person's unsaved work: a key that must clear the screen
    (the calm-down) hides it and brings it back afterwards, rather than closing it."""
    dialog.setProperty(_KEEPS_WORK, True)


def keeps_work(dialog: QWidget) -> bool:
    return bool(dialog.property(_KEEPS_WORK))


class _Key(NamedTuple):
    sequence: QKeySequence
    name: str  # the shortcut's object name: one per key and window
    act: Callable[[], object]


class WindowKeys(QObject):
    """Binds each added key in the main window and in every window that belongs to it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._keys: list[_Key] = []
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._on_focus_window)

    def add(self, sequence: QKeySequence, name: str, act: Callable[[], object]) -> None:
        self._keys.append(_Key(sequence, f"calmkit-key-{name}", act))
        self.watch(self._window)

    def windows(self) -> list[QWidget]:
        """This main window's other top-level windows that are showing, topmost last."""
        shown = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self._window and widget.isVisible() and self._belongs_here(widget)
        ]
        modal = QApplication.activeModalWidget()
        if modal in shown:  # the one in front goes last
            shown.remove(modal)
            shown.append(modal)
        return shown

    def _on_focus_window(self, focus: QWindow | None) -> None:
        if focus is None or not self._window.isVisible():
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is focus:
                if self._belongs_here(widget):
                    self.watch(widget)
                return

    def _belongs_here(self, widget: QWidget) -> bool:
        """A window of this main window's (or of no window's), not another main window's."""
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return widget.parentWidget() is None

    def watch(self, widget: QWidget) -> None:
        """Give `widget` (a top-level window) each key, once."""
        for key in self._keys:
            found = widget.findChild(QShortcut, key.name, Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                continue
            shortcut = QShortcut(key.sequence, widget)
            shortcut.setObjectName(key.name)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(key.act)
            shortcut.activatedAmbiguously.connect(key.act)
