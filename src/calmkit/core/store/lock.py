"""One writer at a time: the lock file beside the practice log.

A store that writes holds an exclusive flock() on `calmkit.lock` in the data folder for as long
as it is open, so a second CalmKit (a command-line import during a GUI session) waits a moment
and then refuses in plain words. Readers take no lock: SQLite's WAL lets them read while the
writer works. The kernel releases a flock when its process ends, however it ends, so a crash
never leaves a stale lock behind.

Within one process the lock is shared: the GUI's export worker opens a Store of its own, and
flock() would otherwise refuse the process its own lock.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from calmkit.core.store.errors import StorageError, describe, from_os_error

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; one writer is then not enforced
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "calmkit.lock"
# How long a writer waits for another CalmKit to finish before refusing.
DEFAULT_WAIT_SECONDS = 3.0
_POLL_SECONDS = 0.1


class WriterLock:
    """The right to write the practice log in `folder`; release() gives it back."""

    _held: ClassVar[dict[Path, tuple[int, int]]] = {}  # lock file -> (descriptor, holders)
    _guard: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._released = False

    @classmethod
    def acquire(
        cls,
        database: Path,
        *,
        wait: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        pause: Callable[[float], None] = time.sleep,
    ) -> WriterLock:
        """Take the lock for the log at `database`, waiting up to `wait` seconds (default:
        DEFAULT_WAIT_SECONDS) for another
        CalmKit to let go. Raises StorageError: "in-use" when it does not, or the folder's
        own problem (read-only, full) when the lock file cannot be made."""
        lock_file = database.parent / LOCK_NAME
        wait = DEFAULT_WAIT_SECONDS if wait is None else wait
        with cls._guard:
            held = cls._held.get(lock_file)
            if held is not None:
                cls._held[lock_file] = (held[0], held[1] + 1)
                return cls(lock_file)
            try:
                fd = open_lock_file(lock_file)
            except OSError as error:
                raise from_os_error(error, "open", database) from error
            try:
                _lock(fd, wait, monotonic, pause, database)
            except BaseException:
                os.close(fd)
                raise
            cls._held[lock_file] = (fd, 1)
        return cls(lock_file)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with self._guard:
            fd, holders = self._held[self.lock_file]
            if holders > 1:
                self._held[self.lock_file] = (fd, holders - 1)
                return
            del self._held[self.lock_file]
            os.close(fd)  # closing the descriptor releases the flock


def open_lock_file(lock_file: Path) -> int:
    """The lock file's descriptor (created empty, readable by this user only)."""
    return os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)


def _lock(
    fd: int,
    wait: float,
    monotonic: Callable[[], float],
    pause: Callable[[float], None],
    database: Path,
) -> None:
    if fcntl is None:  # pragma: no cover
        return
    deadline = monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if monotonic() >= deadline:
                raise StorageError(
                    describe("in-use", "open", database), problem="in-use", path=database
                ) from None
            pause(_POLL_SECONDS)
