"""Help > Anxiety self-check… and whatever asks for the check (the weekly prompt): one place
that opens the dialog and hands its "Help now" to the window's crisis support."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from calmkit.core.i18n import translate
from calmkit.ui.context import AppContext

if TYPE_CHECKING:  # built when first asked for: the main window pays only for the menu item
    from calmkit.ui.selfcheck.dialog import SelfCheckDialog


class SelfCheckActions(QObject):
    def __init__(
        self, window: QWidget, context: AppContext, help_now: Callable[[], object]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._help_now = help_now
        self.dialog: SelfCheckDialog | None = None
        self.action = QAction(translate("SelfCheckActions", "Anxiety &self-check…"), window)
        self.action.setToolTip(
            translate("SelfCheckActions", "Seven short questions about the last two weeks")
        )
        self.action.triggered.connect(self.open)
        context.self_check_requested.connect(self.open)

    def open(self) -> SelfCheckDialog:
        """Show the self-check (window-modal, not blocking); an open one is brought forward."""
        if self.dialog is not None:
            self.dialog.activateWindow()
            return self.dialog
        from calmkit.ui.selfcheck.dialog import SelfCheckDialog

        dialog = SelfCheckDialog(self._context, self._window)
        dialog.help_requested.connect(self._help_now)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
