"""Run a Python program and end its process the moment it reports its first paint.

    python benchmarks/stop_at_paint.py -m calmkit --smoke-test ...
    python benchmarks/stop_at_paint.py path/to/script.py

startup.py runs programs through this under callgrind to count the instructions up to the
first paint alone (without the teardown after it). Every program it measures prints
"first paint at <monotonic seconds>" on stdout when its main window has painted.
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import Any, TextIO

MARKER = "first paint at"


class _StopAtMarker:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        if MARKER in text:
            self._stream.flush()
            os._exit(0)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main() -> None:
    sys.stdout = _StopAtMarker(sys.stdout)
    if sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    else:
        script = sys.argv[1]
        sys.argv = sys.argv[1:]
        runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
