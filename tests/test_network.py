"""The real app under strace opens no AF_INET/AF_INET6 socket: this sees Qt's C++ sockets too,
which the Python guard in tests/ui/test_privacy.py cannot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
INET = re.compile(r"\b(AF_INET6?|PF_INET6?)\b")
COMMANDS = [
    ["--smoke-test", "start", "box"],
    ["stats"],
    ["history"],
    ["export"],
]

pytestmark = pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace is not installed (./dev.sh test installs it)"
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_calmkit_opens_no_network_socket(tmp_path: Path, command: list[str]) -> None:
    trace = tmp_path / "trace"
    data = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    env.pop("CALMKIT_DATA_DIR", None)
    options = ["--data-dir", str(data)]
    argv = (
        [*command[:-2], *options, *command[-2:]]
        if command[0] == "--smoke-test"
        else [command[0], *options, *command[1:]]
    )
    done = subprocess.run(
        [
            "strace",
            "-f",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "calmkit",
            *argv,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if "PTRACE" in done.stderr or "Operation not permitted" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    calls = trace.read_text().splitlines()
    assert calls and "+++ exited with 0 +++" in calls[-1], "strace followed the run to its end"
    assert [line for line in calls if INET.search(line)] == []
