"""Quitting cleanly when the system asks: SIGTERM (shutdown, `kill`), SIGINT (Ctrl+C in the
terminal), SIGHUP (the terminal closed) and the session manager at logout.

Each one first checkpoints the session in progress, then quits the way Ctrl+Q does, so the
part practised is saved as a partial session. Python runs a signal handler only between
bytecodes, and Qt's event loop may wait in C for a long time; set_wakeup_fd writes each
signal's number to a socket that a QSocketNotifier watches, so the quit happens at once.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def _note_signal(_signum: int, _frame: FrameType | None) -> None:
    """Python's part of the handler: nothing (the wakeup socket carries the signal)."""


class QuitOnRequest(QObject):
    """Installed once for the running app; `checkpoint` keeps the session in progress, and
    `quit` ends the app the clean way (closing the main window saves the session)."""

    def __init__(
        self, app: QApplication, checkpoint: Callable[[], None], quit: Callable[[], object]
    ) -> None:
        super().__init__(app)
        self._checkpoint = checkpoint
        self._quit = quit
        self._receiver, self._sender = socket.socketpair()
        for end in (self._receiver, self._sender):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._sender.fileno(), warn_on_full_buffer=False)
        self._previous = {signum: signal.signal(signum, _note_signal) for signum in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._receiver.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        self._app = app
        app.commitDataRequest.connect(self._on_logout)
        app.aboutToQuit.connect(self._on_about_to_quit)

    def _on_wakeup(self) -> None:
        try:
            received = self._receiver.recv(64)
        except BlockingIOError:
            return
        for signum in received:
            log.info(
                "quitting on %s: the session in progress is saved", signal.Signals(signum).name
            )
        if received:
            self._checkpoint()
            self._quit()

    def _on_about_to_quit(self) -> None:
        self._checkpoint()  # before the window closes and saves the session for good

    def _on_logout(self, manager: QSessionManager) -> None:
        """Logging out or shutting down: save now; the session manager may end us soon."""
        log.info("the desktop session is ending: the session in progress is saved")
        self._checkpoint()
        self._quit()

    def uninstall(self) -> None:
        """Give the signals back once the app has quit (tests run it in a long-lived
        process)."""
        self._notifier.setEnabled(False)
        self._app.commitDataRequest.disconnect(self._on_logout)
        self._app.aboutToQuit.disconnect(self._on_about_to_quit)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._receiver.close()
        self._sender.close()
