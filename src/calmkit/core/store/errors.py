"""The one error the store raises when the computer, not CalmKit, stops it: a full disk, a
read-only folder, a log in use elsewhere, a damaged file. Worded for the person who sees it.

SQLite's result code decides: the environment's failures become StorageError, while a mistake
in our own code (bad SQL, a constraint our checks should have caught) stays the sqlite3 error
it is, so that bugs are never dressed up as a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate

Problem = Literal[
    "full",  # no space left on the disk (or the log reached its size limit)
    "read-only",  # the file, its folder or the disk cannot be written
    "busy",  # another program holds the log's lock
    "in-use",  # another CalmKit holds the writer's lock file
    "corrupt",  # the file is damaged or is not a database any more
    "io",  # the disk reported an input/output error
    "cannot-open",  # the file cannot be opened at all (missing folder, not allowed)
    "unreadable",  # the file exists but this user may not read it
    "memory",  # the computer ran out of memory
    "not-ours",  # the file is not a CalmKit practice log
    "newer",  # written by a newer CalmKit
    "files",  # a file of the store could not be removed
]
# What the store was doing: the person hears what did (not) change.
Action = Literal["save", "read", "open"]

# Primary result codes (the low byte of an extended code such as SQLITE_IOERR_WRITE).
_PROBLEM_OF_CODE: dict[int, Problem] = {
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_READONLY: "read-only",
    sqlite3.SQLITE_PERM: "read-only",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_PROTOCOL: "busy",  # lost a race for the WAL lock again and again
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_IOERR: "io",
    sqlite3.SQLITE_NOLFS: "io",
    sqlite3.SQLITE_CANTOPEN: "cannot-open",
    sqlite3.SQLITE_NOMEM: "memory",
}
_PROBLEM_OF_ERRNO: dict[int, Problem] = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read-only",
    errno.EACCES: "read-only",
    errno.EPERM: "read-only",
    errno.EIO: "io",
    errno.ENOMEM: "memory",
}

_UNCHANGED: dict[Action, str] = {
    "save": QT_TRANSLATE_NOOP("Store", "What was saved before is safe."),
    "read": QT_TRANSLATE_NOOP("Store", "Nothing was changed."),
    "open": QT_TRANSLATE_NOOP("Store", "The practice log was left as it is."),
}


class StorageError(Exception):
    """The practice log cannot be used just now. str() is a message for a person: what
    happened, what was (not) changed and what to do; `problem` says which kind of failure."""

    def __init__(
        self, message: str, *, problem: Problem, path: Path | None = None, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.problem: Problem = problem
        self.path = path
        self.detail = detail  # what SQLite or the system said: for the log and "Details"


# The name of the error before it was typed; kept so existing callers read naturally.
StoreError = StorageError


def problem_of(error: sqlite3.Error) -> Problem | None:
    """Which environment failure `error` reports, or None when it is a bug of ours."""
    code = getattr(error, "sqlite_errorcode", None)
    if str(error).startswith("Could not decode to UTF-8"):
        return "corrupt"  # the store writes only valid text: the bytes were damaged
    if not isinstance(code, int):
        return None  # raised by the sqlite3 module itself: misuse, i.e. our mistake
    return _PROBLEM_OF_CODE.get(code & 0xFF)


def describe(problem: Problem, action: Action, path: Path) -> str:
    """The message a person reads for `problem` met while the store did `action`."""
    unchanged = translate("Store", _UNCHANGED[action])
    if problem == "full":
        return translate(
            "Store", "The disk is full. {unchanged} Free some space, then try again."
        ).format(unchanged=unchanged)
    if problem == "read-only":
        return translate(
            "Store",
            "The practice log cannot be written: the file or its folder ({folder}) is "
            "read-only. {unchanged} Make the folder writable, or start CalmKit with "
            "--data-dir set to a folder that is.",
        ).format(folder=path.parent, unchanged=unchanged)
    if problem == "busy":
        return translate(
            "Store",
            "The practice log is in use by another program (is CalmKit open twice?). "
            "{unchanged} Close the other one, then try again.",
        ).format(unchanged=unchanged)
    if problem == "in-use":
        return translate(
            "Store", "CalmKit is open in another window; close it or try again. {unchanged}"
        ).format(unchanged=unchanged)
    if problem == "corrupt":
        return translate(
            "Store",
            "The practice log at {path} is damaged. CalmKit wrote nothing more to it. Your "
            "backups are kept in {backups}; restore the newest one with Backups in the File "
            "menu (or: calmkit backup list).",
        ).format(path=path, backups=path.parent / "backups")
    if problem == "io":
        return translate(
            "Store",
            "The disk reported an error while CalmKit used the practice log at {path}. "
            "{unchanged} Check that the disk is connected and healthy, then try again.",
        ).format(path=path, unchanged=unchanged)
    if problem == "cannot-open":
        return translate(
            "Store",
            "The practice log at {path} cannot be opened (its folder may be missing or not "
            "allowed). {unchanged} Check the folder, or start CalmKit with --data-dir set to "
            "another one.",
        ).format(path=path, unchanged=unchanged)
    if problem == "memory":
        return translate(
            "Store",
            "The computer ran out of memory. {unchanged} Close some programs, then try again.",
        ).format(unchanged=unchanged)
    raise ValueError(f"no general wording for {problem!r}")  # those are worded where they arise


# Problems that mean the file itself may be damaged: the next write checks it first.
DAMAGE_SIGNS: frozenset[Problem] = frozenset({"corrupt", "io"})


@contextlib.contextmanager
def storage_errors(action: Action, path: Path) -> Iterator[None]:
    """Turn the environment's sqlite3 failures inside the block into StorageError; let
    everything else (our bugs included) pass unchanged. Text that is not valid UTF-8 can only
    come from damage (the store writes nothing else), so it counts as a damaged file."""
    try:
        yield
    except UnicodeDecodeError as error:
        raise StorageError(describe("corrupt", action, path), problem="corrupt", path=path) from (
            error
        )
    except sqlite3.Error as error:
        problem = problem_of(error)
        if problem is None:
            raise
        raise StorageError(
            describe(problem, action, path), problem=problem, path=path, detail=str(error)
        ) from error


def from_os_error(error: OSError, action: Action, path: Path) -> StorageError:
    """The StorageError for a file operation of the store's own (a folder, a backup copy)."""
    problem = _PROBLEM_OF_ERRNO.get(error.errno or 0, "cannot-open")
    return StorageError(describe(problem, action, path), problem=problem, path=path)
