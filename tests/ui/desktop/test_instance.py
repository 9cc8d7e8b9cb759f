"""One CalmKit per practice log: later launches hand their request to the first and leave."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmkit import cli
from calmkit.core.exercises import SessionLength, SessionPlan
from calmkit.core.store import Store
from calmkit.launch import LaunchRequest, instance_name
from calmkit.ui.desktop.instance import HandOver, InstanceServer, hand_over
from calmkit.ui.main_window import MainWindow

SRC = Path(__file__).resolve().parents[3] / "src"
START_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def own_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A GUI start in this process sets up CalmKit's log file; later tests expect their own."""
    logger = logging.getLogger("calmkit")
    before = list(logger.handlers)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for handler in logger.handlers[len(before) :]:
        logger.removeHandler(handler)
        handler.close()


def _environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC))
    env.pop("CALMKIT_DATA_DIR", None)
    return env


def _calmkit(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "calmkit", "--data-dir", str(data_dir), *args]


@pytest.fixture
def first(qtbot: QtBot, data_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A CalmKit running in a process of its own, once it listens for other launches."""
    process = subprocess.Popen(
        _calmkit(data_dir),
        env=_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(instance_name(data_dir))
    try:
        qtbot.waitUntil(socket.exists, timeout=START_TIMEOUT_MS)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)


def _log(data_dir: Path) -> str:
    return (data_dir / "logs" / "calmkit.log").read_text()


def test_a_second_launch_hands_its_start_to_the_first_and_exits_0(
    qtbot: QtBot, data_dir: Path, first: subprocess.Popen[bytes]
) -> None:
    second = subprocess.run(
        _calmkit(data_dir, "start", "box"),
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "CalmKit is already open: it was asked to start Box breathing."
    qtbot.waitUntil(lambda: "another launch asked for box" in _log(data_dir), timeout=10_000)
    assert first.poll() is None, "the first CalmKit keeps running"
    assert _log(data_dir).count("starting; data in") == 1, "only one CalmKit started"
    # Commands that open no window are not handed over: they answer themselves.
    stats = subprocess.run(
        _calmkit(data_dir, "stats"), env=_environment(), capture_output=True, text=True, timeout=60
    )
    assert stats.returncode == 0
    assert "Current streak" in stats.stdout


def test_the_second_launch_never_opens_the_practice_log(
    data_dir: Path,
    first: subprocess.Popen[bytes],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> Store:
        raise AssertionError("a second CalmKit opened the practice log")

    monkeypatch.setattr(Store, "open", refuse)
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == "CalmKit is already open: its window was brought forward.\n"
    # A smoke test needs a practice log of its own; it leaves the running CalmKit alone.
    assert cli.main(["--data-dir", str(data_dir), "--smoke-test"]) == 1
    assert "already open on this practice log" in capsys.readouterr().err


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(
    qtbot: QtBot, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # What a CalmKit killed by a crash leaves: the socket file, and nobody listening on it.
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(instance_name(data_dir))
    left.listen()
    left.close()
    assert Path(instance_name(data_dir)).exists()
    assert cli.main(["--data-dir", str(data_dir), "--smoke-test"]) == 0
    assert "starting; data in" in caplog.text
    assert "cannot listen" not in caplog.text, "it took the stale socket's place"
    assert not Path(instance_name(data_dir)).exists(), "closed cleanly, it removes its socket"


def test_a_request_reaches_the_listening_instance_in_this_process(
    qtbot: QtBot, data_dir: Path
) -> None:
    server = InstanceServer(instance_name(data_dir))
    assert server.claim(LaunchRequest()) is HandOver.NONE_RUNNING
    assert server.listening
    received: list[LaunchRequest] = []
    server.request_received.connect(received.append)
    # The blocking client waits for an answer the server can only give from the event loop,
    # so here it is the server's side that is checked: a raw line in, the request out.
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(server.name)
    assert client.waitForConnected(1000)
    plan = SessionPlan(SessionLength(cycles=3), {"pace": 5.0})
    client.write(LaunchRequest("resonance", plan).to_line())
    qtbot.waitUntil(lambda: bool(received))
    assert received == [LaunchRequest("resonance", plan)]
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0)
    assert bytes(client.readAll().data()) == b"ok\n"
    server.close()
    assert hand_over(server.name, None) is HandOver.NONE_RUNNING


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"not json\n",
        b"[1]\n",
        b'{"start": 3}\n',
        b'{"start": "box", "plan": {"options": 1}}\n',
    ],
)
def test_a_garbled_message_is_not_taken_for_a_request(line: bytes) -> None:
    with pytest.raises(ValueError, match="not a launch request"):
        LaunchRequest.from_line(line)


def test_requests_travel_whole() -> None:
    for request in (
        LaunchRequest(),
        LaunchRequest(hidden=True),
        LaunchRequest("pmr-short", SessionPlan(None, {"skip": ["neck"], "twice": True})),
        LaunchRequest("box", SessionPlan(SessionLength(minutes=2.5))),
    ):
        assert LaunchRequest.from_line(request.to_line()) == request


def test_each_user_and_practice_log_has_its_own_private_socket(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    environ = {"XDG_RUNTIME_DIR": str(runtime)}
    one = instance_name(tmp_path / "a", environ)
    assert Path(one).parent == runtime
    assert str(os.getuid()) in Path(one).name
    assert one != instance_name(tmp_path / "b", environ)
    assert one == instance_name(tmp_path / "a", environ)


def test_a_request_from_another_launch_starts_the_exercise_or_says_why_not(
    window: MainWindow,
) -> None:
    window.hide()
    window.follow_launch(LaunchRequest("no-such-exercise"))
    assert window.isVisible(), "the window came forward"
    assert "cannot find" in window.statusBar().currentMessage()
    window.follow_launch(LaunchRequest("box"))
    assert window.session is not None and window.session.exercise.id == "box"
    window.follow_launch(LaunchRequest("resonance"))
    assert window.session.exercise.id == "box", "a running session is never replaced"
    assert "Finish or stop it" in window.statusBar().currentMessage()
