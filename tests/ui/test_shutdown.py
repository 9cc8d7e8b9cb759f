"""Quit requests from the system reach the app at once, through the wakeup socket: each one
checkpoints the session in progress first, then quits the clean way."""

from __future__ import annotations

import os
import signal
import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calmkit.ui.shutdown import QuitOnRequest


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT])
def test_a_quit_signal_checkpoints_then_quits_and_raises_nothing(
    qtbot: QtBot, qapp: QApplication, signum: int
) -> None:
    calls: list[str] = []
    before = signal.getsignal(signum)
    quitter = QuitOnRequest(qapp, lambda: calls.append("checkpoint"), lambda: calls.append("quit"))
    try:
        os.kill(os.getpid(), signum)  # no KeyboardInterrupt for SIGINT: the handler is ours
        qtbot.waitUntil(lambda: "quit" in calls, timeout=2000)
    finally:
        quitter.uninstall()
    assert calls == ["checkpoint", "quit"]
    assert signal.getsignal(signum) == before, "given back"


def test_the_session_manager_ending_the_desktop_session_saves_and_quits(
    qapp: QApplication,
) -> None:
    calls: list[str] = []
    quitter = QuitOnRequest(qapp, lambda: calls.append("checkpoint"), lambda: calls.append("quit"))
    try:
        quitter._on_logout(None)  # type: ignore[arg-type]  # Qt passes its QSessionManager
        qapp.aboutToQuit.emit()
    finally:
        quitter.uninstall()
    assert calls == ["checkpoint", "quit", "checkpoint"]
