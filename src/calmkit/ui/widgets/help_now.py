"""F1 from every window and dialog: Help now opens on top of whatever is open, one at a time.

The key itself is bound in every window by WindowKeys (see there why a QAction cannot do it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from calmkit.ui.widgets.window_keys import WindowKeys

if TYPE_CHECKING:
    from calmkit.core.crisis import CrisisResources
    from calmkit.ui.widgets.crisis_dialog import CrisisDialog

HELP_KEY = QKeySequence(Qt.Key.Key_F1)


class HelpNow(QObject):
    """Owns Help now for one main window: the F1 key in each of its windows, and the dialog.

    `region` gives the region to show when it opens (the one remembered, else the system
    locale's); `remember` keeps the one the person chooses; `opening` is emitted first, e.g.
    to pause a session while the person reads."""

    opening = Signal()

    def __init__(
        self,
        window: QMainWindow,
        keys: WindowKeys,
        resources: CrisisResources | Callable[[], CrisisResources] | None,
        region: Callable[[], str | None],
        remember: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        # A function: the crisis file is read the first time Help now opens, not at start-up.
        self._resources = resources
        self._region = region
        self._remember = remember
        self.dialog: CrisisDialog | None = None
        self._return_to: QWidget | None = None
        keys.add(HELP_KEY, "help-now", self.open)

    @property
    def resources(self) -> CrisisResources:
        from calmkit.core.crisis import BUILT_IN

        if callable(self._resources):
            self._resources = self._resources()
        return self._resources or BUILT_IN

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
