"""The methods `dataclasses` writes at import time, compiled once and kept like a .pyc.

For each dataclass the standard library writes the source of `__init__`, `__repr__`,
`__eq__` and the rest, and compiles it with `exec`: the 60 dataclasses the window needs
before it paints took an eighth of start-up in parsing and compiling alone. Here that
`exec` compiles each source text once and keeps the code beside CalmKit's own compiled
modules (the same folder and rules as Python's .pyc files: PYTHONPYCACHEPREFIX is followed,
nothing is written under PYTHONDONTWRITEBYTECODE or where the folder is read-only). The code
is looked up by its full source text, so a changed class simply compiles afresh; the classes
come out exactly as `dataclasses` makes them. Nothing of the person's is kept.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import hashlib
import importlib.util
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

_FORMAT = b"calmkit-generated-1\n"  # with Python's bytecode magic: a cache of another version
# of Python, or of this module, is not read
_HEADER = importlib.util.MAGIC_NUMBER + _FORMAT

_compiled: dict[bytes, CodeType] = {}  # by a digest of the source text
_state = {"added": False, "installed": False}


def cache_file() -> Path | None:
    """Where the compiled code is kept: CalmKit's own __pycache__ (or the pycache prefix)."""
    if sys.implementation.cache_tag is None:
        return None
    try:
        beside = Path(__file__).with_name("_dataclass_methods.py")
        return Path(importlib.util.cache_from_source(str(beside)))
    except (NotImplementedError, ValueError):
        return None


def _key(source: str) -> bytes:
    return hashlib.blake2b(source.encode(), digest_size=16).digest()


def _cached_exec(source: object, globals_: Any = None, locals_: Any = None, /) -> None:
    if not isinstance(source, str):
        builtins.exec(source, globals_, locals_)  # type: ignore[arg-type]
        return
    key = _key(source)
    code = _compiled.get(key)
    if code is None:
        # As exec compiles a string from a module without __future__ imports.
        code = _compiled[key] = compile(source, "<string>", "exec", dont_inherit=True)
        _state["added"] = True
    builtins.exec(code, globals_, locals_)


def read(file: Path) -> dict[bytes, CodeType]:
    """The code kept in `file`; empty when there is none or it is not for this Python."""
    try:
        data = file.read_bytes()
        if data.startswith(_HEADER):
            kept = marshal.loads(data[len(_HEADER) :])
            if isinstance(kept, dict):
                return kept
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or unreadable: compiled afresh and written again
    return {}


def install() -> None:
    """Compile dataclass methods through the cache from now on (once per process)."""
    if _state["installed"]:
        return
    _state["installed"] = True
    file = cache_file()
    if file is not None:
        _compiled.update(read(file))
    # dataclasses looks `exec` up in its module before the builtins.
    setattr(dataclasses, "exec", _cached_exec)  # noqa: B010
    atexit.register(save)


def save(file: Path | None = None) -> None:
    """Keep what was compiled afresh (atomically: never half a file). Cheap when nothing was."""
    file = file or cache_file()
    if not _state["added"] or file is None or sys.dont_write_bytecode:
        return
    _state["added"] = False
    partial = file.with_name(file.name + ".partial")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(_HEADER + marshal.dumps(_compiled))
        partial.replace(file)
    except (OSError, ValueError):  # a read-only install or a full disk: compiled next time
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
