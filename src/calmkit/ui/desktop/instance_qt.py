"""One CalmKit per practice log over QtNetwork's local sockets: for a Python without Unix-domain
sockets (Windows, where they are named pipes). instance.py uses this only there; the protocol
and behaviour are the same."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from calmkit.launch import LaunchRequest
from calmkit.ui.desktop.instance import ACCEPTED, ANSWER_TIMEOUT_MS, CONNECT_TIMEOUT_MS, HandOver

log = logging.getLogger(__name__)


def hand_over(name: str, request: LaunchRequest | None) -> HandOver:
    """Give `request` to the CalmKit listening on `name`, if there is one (with None, only
    find out whether there is). Blocking, and needs no QApplication: a second launch stays
    cheap."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return HandOver.NONE_RUNNING
    if request is None:
        socket.disconnectFromServer()
        return HandOver.DELIVERED
    socket.write(request.to_line())
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if answer == ACCEPTED:
        return HandOver.DELIVERED
    log.warning("the running CalmKit did not take the request (answer %r)", answer)
    return HandOver.NOT_ANSWERING


class InstanceServer(QObject):
    """Listens for later launches; each request arrives as `request_received`."""

    request_received = Signal(object)  # LaunchRequest

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may connect (where the runtime folder is not private already).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def claim(self, request: LaunchRequest | None) -> HandOver:
        """Become the one instance, or hand `request` to the one that is.

        A lock file makes "is anyone listening? then listen" one step, so two launches at
        the same moment cannot both become first. A socket file left by a crash answers
        nobody: it is removed and this process listens in its place.
        """
        lock = QLockFile(f"{self.name}.lock")
        lock.setStaleLockTime(0)  # only a dead owner's lock is stale, however long it took
        if not lock.tryLock(5000):
            log.warning("could not take the start-up lock %s; going on", lock.fileName())
        try:
            handed = hand_over(self.name, request)
            if handed is not HandOver.NONE_RUNNING:
                return handed
            if not self._server.listen(self.name):
                QLocalServer.removeServer(self.name)  # stale, from a CalmKit that crashed
                if not self._server.listen(self.name):
                    log.warning(
                        "cannot listen for other launches (%s); a second CalmKit will open "
                        "its own window",
                        self._server.errorString(),
                    )
            return HandOver.NONE_RUNNING
        finally:
            if lock.isLocked():
                lock.unlock()

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()  # removes the socket file: the next launch starts afresh

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            request = LaunchRequest.from_line(line)
        except ValueError as error:
            log.warning("ignored a message from another launch: %s", error)
            socket.write(b"no\n")
            socket.disconnectFromServer()
            return
        socket.write(ACCEPTED)
        socket.flush()
        socket.disconnectFromServer()
        self.request_received.emit(request)
