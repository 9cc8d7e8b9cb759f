"""The bundled exercise files as parsed last time, kept between starts.

Parsing TOML was the slowest part of reading the catalog at start-up (and tomllib itself
takes a while to import), while the bundled files change only with an update. Each file's
parsed content is kept with its size and modification time; a file that changed is parsed
again. The cache holds nothing of the person's own (their script files are always parsed),
and a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when what is kept changes


class ParsedFiles:
    def __init__(self, cache_file: Path | None) -> None:
        self._file = cache_file
        self._entries: dict[str, tuple[int, int, dict[str, Any]]] = {}
        self._changed = False
        if cache_file is None:
            return
        try:
            kept = marshal.loads(cache_file.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return  # none yet, or unreadable: parsed afresh and written again
        if isinstance(kept, dict) and kept.get("format") == FORMAT:
            entries = kept.get("files")
            if isinstance(entries, dict):
                self._entries = entries

    def get(self, path: Path, stat: os.stat_result) -> dict[str, Any] | None:
        entry = self._entries.get(str(path))
        if entry is None or entry[0] != stat.st_mtime_ns or entry[1] != stat.st_size:
            return None
        return entry[2]

    def put(self, path: Path, stat: os.stat_result, data: dict[str, Any]) -> None:
        if self._file is None:
            return
        try:
            marshal.dumps(data)  # only plain values (a TOML date or time cannot be kept)
        except ValueError:
            return
        self._entries[str(path)] = (stat.st_mtime_ns, stat.st_size, data)
        self._changed = True

    def save(self) -> None:
        """Write the cache when something was parsed afresh (atomically: never half a file)."""
        if self._file is None or not self._changed:
            return
        partial = self._file.with_name(self._file.name + ".partial")
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps({"format": FORMAT, "files": self._entries}))
            partial.replace(self._file)
        except OSError:  # a read-only or full disk: parsed again next time
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        self._changed = False
