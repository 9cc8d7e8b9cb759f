"""One CalmKit per practice log: the first one listens on a local (Unix) socket; a second
launch hands its request over and exits, so no second process ever writes the database.

Python's own Unix-domain sockets, watched by QSocketNotifier: the same socket file and line
protocol as QtNetwork's QLocalServer, without loading QtNetwork (~50 M instructions, a tenth
of start-up) before the window. Where Python has no Unix sockets (Windows: named pipes),
instance_qt.py does the same with QtNetwork. Nothing here opens a network port.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import logging
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, Signal

from calmkit.launch import LaunchRequest

if TYPE_CHECKING:
    from calmkit.ui.desktop import instance_qt

log = logging.getLogger(__name__)
# Long enough for a busy first instance to answer, short enough that a second launch does not
# seem to hang when the first one is stuck.
ANSWER_TIMEOUT_MS = 3000
CONNECT_TIMEOUT_MS = 1000
ACCEPTED = b"ok\n"
MAX_LINE = 64 * 1024  # a request is a few hundred bytes; anything longer is not one
UNIX_SOCKETS = hasattr(socket, "AF_UNIX")


class HandOver(enum.Enum):
    DELIVERED = "delivered"  # a CalmKit runs, and took the request (when there was one)
    NONE_RUNNING = "none running"  # nobody listens: this process is the first
    NOT_ANSWERING = "not answering"  # someone listens but did not answer in time


def socket_path(name: str) -> str:
    """Where the socket file of `name` is: `name` itself when it is a path, else in the
    temporary folder, as QLocalServer puts it (QDir.tempPath: $TMPDIR, else /tmp)."""
    if Path(name).is_absolute():
        return name
    return str(Path(os.environ.get("TMPDIR") or "/tmp", name))


def hand_over(name: str, request: LaunchRequest | None) -> HandOver:
    """Give `request` to the CalmKit listening on `name`, if there is one (with None, only
    find out whether there is). Blocking, and needs no QApplication: a second launch stays
    cheap."""
    if not UNIX_SOCKETS:
        from calmkit.ui.desktop import instance_qt

        return instance_qt.hand_over(name, request)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with client:
        client.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            client.connect(socket_path(name))
        except OSError:  # no socket file, or one a crashed CalmKit left: nobody listens
            return HandOver.NONE_RUNNING
        if request is None:
            return HandOver.DELIVERED
        answer = b""
        try:
            client.sendall(request.to_line())
            client.settimeout(ANSWER_TIMEOUT_MS / 1000)
            while not answer.endswith(b"\n"):
                chunk = client.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError as error:  # a timeout included
            log.warning("the running CalmKit did not answer: %s", error)
    if answer == ACCEPTED:
        return HandOver.DELIVERED
    log.warning("the running CalmKit did not take the request (answer %r)", answer)
    return HandOver.NOT_ANSWERING


class _Connection(QObject):
    """One later launch talking to us: its line is read as it arrives, then answered."""

    def __init__(self, connection: socket.socket, server: InstanceServer) -> None:
        super().__init__(server)
        self._socket = connection
        self._server = server
        self._received = b""
        connection.setblocking(False)
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            chunk = self._socket.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        self._received += chunk
        if b"\n" in self._received:
            line = self._received[: self._received.index(b"\n") + 1]
            answer, request = self._server.take(line)
            self._answer(answer)
            if request is not None:  # after answering: what it starts may open a dialog
                self._server.request_received.emit(request)
        elif not chunk or len(self._received) > MAX_LINE:
            self.close()  # gone before a whole line, or not one of ours

    def _answer(self, answer: bytes) -> None:
        with contextlib.suppress(OSError):  # the other side gave up waiting
            self._socket.setblocking(True)
            self._socket.settimeout(ANSWER_TIMEOUT_MS / 1000)
            self._socket.sendall(answer)
        self.close()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._socket.close()
        self.deleteLater()


class InstanceServer(QObject):
    """Listens for later launches; each request arrives as `request_received`."""

    request_received = Signal(object)  # LaunchRequest

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._qt: instance_qt.InstanceServer | None = None
        if not UNIX_SOCKETS:
            from calmkit.ui.desktop import instance_qt

            self._qt = instance_qt.InstanceServer(name, self)
            self._qt.request_received.connect(self.request_received)

    def claim(self, request: LaunchRequest | None) -> HandOver:
        """Become the one instance, or hand `request` to the one that is.

        A lock file makes "is anyone listening? then listen" one step, so two launches at
        the same moment cannot both become first. A socket file left by a crash answers
        nobody: it is removed and this process listens in its place. Once listening, later
        launches can connect at once; they wait (up to ANSWER_TIMEOUT_MS) for the event loop
        to answer them.
        """
        if self._qt is not None:
            return self._qt.claim(request)
        lock = QLockFile(f"{self.name}.lock")
        lock.setStaleLockTime(0)  # only a dead owner's lock is stale, however long it took
        if not lock.tryLock(5000):
            log.warning("could not take the start-up lock %s; going on", lock.fileName())
        try:
            handed = hand_over(self.name, request)
            if handed is not HandOver.NONE_RUNNING:
                return handed
            try:
                self._listen()
            except OSError as error:
                log.warning(
                    "cannot listen for other launches (%s); a second CalmKit will open "
                    "its own window",
                    error.strerror or error,
                )
            return HandOver.NONE_RUNNING
        finally:
            if lock.isLocked():
                lock.unlock()

    def _listen(self) -> None:
        path = socket_path(self.name)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # Only this user may connect (where the runtime folder is not private already).
            mask = os.umask(0o177)
            try:
                try:
                    listener.bind(path)
                except OSError as error:
                    if error.errno != errno.EADDRINUSE:
                        raise
                    Path(path).unlink()  # stale, from a CalmKit that crashed: nobody answered
                    listener.bind(path)
            finally:
                os.umask(mask)
            listener.listen(8)
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    @property
    def listening(self) -> bool:
        if self._qt is not None:
            return self._qt.listening
        return self._listener is not None

    def close(self) -> None:
        """Stop listening and remove the socket file: the next launch starts afresh."""
        if self._qt is not None:
            self._qt.close()
            return
        if self._listener is None:
            return
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        self._listener.close()
        self._listener = None
        with contextlib.suppress(OSError):
            Path(socket_path(self.name)).unlink()

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                connection, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                log.warning("could not take a connection from another launch: %s", error)
                return
            _Connection(connection, self)

    def take(self, line: bytes) -> tuple[bytes, LaunchRequest | None]:
        """The answer to `line` from another launch, and the request in it (if any)."""
        try:
            return ACCEPTED, LaunchRequest.from_line(line)
        except ValueError as error:
            log.warning("ignored a message from another launch: %s", error)
            return b"no\n", None
