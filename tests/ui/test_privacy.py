"""Privacy in use: a day with CalmKit opens no network socket, and its log keeps nothing of
what the person wrote or answered.

The day: a rated session with a note, a self-check, History, a JSON export, the same file
imported in the app and on the command line, and a session whose save fails.

Sockets are guarded in Python: creating an AF_INET/AF_INET6 socket, `create_connection` and
`getaddrinfo` raise. AF_UNIX still works (Qt's single-instance QLocalSocket and the quit
signals' wake-up pair use it). Qt's own C++ sockets do not go through Python's socket module,
so tests/test_network.py also runs the real app under strace.
"""

from __future__ import annotations

import logging
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit import app, cli
from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import StorageError, Store
from calmkit.paths import resolve_paths
from calmkit.ui.data.exchange_dialogs import ImportPreviewDialog
from calmkit.ui.main_window import MainWindow
from tests.ui.data.test_data_actions import open_file, preview_import, run, save_as
from tests.ui.helpers import after_panel, before_page

NOTE = "SECRET-NOTE-TEXT"
ANSWERS = (3, 1, 2, 0, 2, 1, 3)


@pytest.fixture
def practice_settings() -> PracticeSettings:
    return PracticeSettings(ask_distress=True)


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every inet socket, connection or name look-up tried from Python fails loudly."""
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, family: Any = -1, type: Any = -1, proto: Any = -1, fileno: Any = None):
            # -1 without a file descriptor means AF_INET, as in socket.socket itself.
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket({family!r})")
                raise OSError("CalmKit tried to open a network socket")
            super().__init__(family, type, proto, fileno)

    def refuse(name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{name}{args!r}")
            raise OSError(f"CalmKit tried {name}")

        return refused

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


@pytest.fixture
def log_file(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """CalmKit's own log file, set up as the app does, and taken down afterwards."""
    logger = logging.getLogger("calmkit")
    before = list(logger.handlers)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    paths = resolve_paths(data_dir)
    app._configure_logging(paths)
    yield paths.log_file
    for handler in logger.handlers:
        handler.close()
    logger.handlers = before


def live_a_day(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """The day described above; returns the exported file."""
    window.library.select("box")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    qtbot.keyClick(before_page(window).prompt, Qt.Key.Key_7)
    player = window.session
    assert player is not None and player.started
    clock.advance(player.runner.timeline.total + 1)
    player.refresh()
    assert player.runner.outcome().completed
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None
    qtbot.keyClick(panel.prompt, Qt.Key.Key_3)
    qtbot.waitUntil(panel.note.isVisible)
    window.activateWindow()  # Tab moves focus only within the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(panel.prompt, Qt.Key.Key_Tab)
    assert panel.note.hasFocus()
    qtbot.keyClicks(panel.note, NOTE)
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    (saved,) = store.sessions()
    assert (saved.distress_before, saved.distress_after, saved.note) == (7, 3, NOTE)

    window.self_check.action.trigger()
    dialog = window.self_check.dialog
    assert dialog is not None
    for row, answer in zip(dialog.rows, ANSWERS, strict=True):
        row.set_answer(answer)
    dialog.save()
    dialog.accept()
    assert [c.answers for c in store.checkins()] == [ANSWERS]

    window.tabs.setCurrentIndex(1)
    assert window.history.model.total == 1

    data = window.data
    save_as(monkeypatch, tmp_path / "mine.json", "JSON (*.json)")
    run(qtbot, data, data.export_action)
    exported = tmp_path / "mine.json"
    assert NOTE in exported.read_text(encoding="utf-8")
    open_file(monkeypatch, exported)
    preview = preview_import(qtbot, data)
    assert isinstance(preview, ImportPreviewDialog)
    assert "Already in your history" in preview.summary.text()
    preview.reject()
    elsewhere = tmp_path / "elsewhere"
    assert cli.main(["import", "--data-dir", str(elsewhere), str(exported)]) == 0
    with Store.open(elsewhere / "calmkit.db") as other:
        assert [r.note for r in other.sessions()] == [NOTE]

    def full(_record: object) -> None:
        raise StorageError("The disk is full.", problem="full", detail="database or disk is full")

    monkeypatch.setattr(window.context, "add_session", full)
    warned: list[str] = []
    monkeypatch.setattr(
        "calmkit.ui.session.shell.QMessageBox.warning", lambda *a: warned.append(a[2])
    )
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    qtbot.keyClick(before_page(window).prompt, Qt.Key.Key_9)
    player = window.session
    assert player is not None
    if player.support_page is not None:  # 8 or more: a kind word and a choice first
        qtbot.keyClick(player.support_page, Qt.Key.Key_Return)
    clock.advance(player.runner.timeline.total + 1)
    player.refresh()
    assert warned and "The disk is full." in warned[0]
    return exported


def test_a_day_of_use_opens_no_network_socket(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    network_attempts: list[str],
) -> None:
    with pytest.raises(OSError, match="network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # the guard is in place
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # and local sockets still work
    network_attempts.clear()
    live_a_day(qtbot, window, clock, store, tmp_path, monkeypatch)
    assert network_attempts == []


def test_the_log_keeps_no_note_rating_or_self_check_answer(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    log_file: Path,
) -> None:
    live_a_day(qtbot, window, clock, store, tmp_path, monkeypatch)
    for handler in logging.getLogger("calmkit").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "could not save session" in text, "the failing save was logged (with its id)"
    (saved,) = store.sessions()
    assert saved.id in text
    assert NOTE not in text
    assert "distress" not in text.lower()
    for written in (str(ANSWERS), str(list(ANSWERS)), ", ".join(map(str, ANSWERS)), "3120213"):
        assert written not in text
