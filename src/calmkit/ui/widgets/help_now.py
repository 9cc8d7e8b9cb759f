"""F1 from every window and dialog: Help now opens on top of whatever is open, one at a time.

A QAction's F1 with Qt.ApplicationShortcut does not fire while a modal dialog is open: Qt
skips the shortcuts of windows that a modal dialog blocks, and `open()` and `exec()` dialogs
block the main window. So every top-level window (the main window, dialogs, file dialogs,
message boxes) gets an F1 shortcut of its own the first time it takes the keyboard focus.
Application-wide, so that it also fires while one of its menus or lists is open. When two
unblocked windows both have one, Qt calls F1 ambiguous and fires neither: each of ours then
opens Help now all the same. This costs nothing per event, unlike an application-wide event
filter, which would see every event of a running session in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from calmkit.core.crisis import BUILT_IN, CrisisResources

if TYPE_CHECKING:
    from calmkit.ui.widgets.crisis_dialog import CrisisDialog

HELP_KEY = QKeySequence(Qt.Key.Key_F1)
_SHORTCUT_NAME = "calmkit-help-now-key"


class HelpNow(QObject):
    """Owns Help now for one main window: the F1 key in each of its windows, and the dialog.

    `region` gives the region to show when it opens (the one remembered, else the system
    locale's); `remember` keeps the one the person chooses; `opening` is emitted first, e.g.
    to pause a session while the person reads."""

    opening = Signal()

    def __init__(
        self,
        window: QMainWindow,
        resources: CrisisResources | None,
        region: Callable[[], str | None],
        remember: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.resources = resources or BUILT_IN
        self._region = region
        self._remember = remember
        self.dialog: CrisisDialog | None = None
        self._return_to: QWidget | None = None
        self.watch(window)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._on_focus_window)

    def open(self) -> CrisisDialog:
        """Show Help now above everything, or bring it forward if it is already open."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.opening.emit()
        from calmkit.ui.widgets.crisis_dialog import CrisisDialog

        active = QApplication.activeWindow()
        self._return_to = active if active is not self._window else None
        # Parented to the main window, not to the dialog that was active: that one may close
        # by itself (an export finishing) and would take Help now with it. Application modal,
        # so that it takes the keyboard even over another modal dialog.
        dialog = CrisisDialog(self.resources, self._region(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.region_chosen.connect(self._remember)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.close_button.setFocus()
        return dialog

    def _closed(self) -> None:
        self.dialog = None
        back, self._return_to = self._return_to, None
        if back is not None and back.isVisible():
            back.activateWindow()  # the keyboard goes back to the dialog it came from

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
        """Give `widget` (a top-level window) its F1, once."""
        found = widget.findChild(
            QShortcut, _SHORTCUT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
        )
        if found is not None:
            return
        shortcut = QShortcut(HELP_KEY, widget)
        shortcut.setObjectName(_SHORTCUT_NAME)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.open)
        shortcut.activatedAmbiguously.connect(self.open)
