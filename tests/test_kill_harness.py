"""The short run of benchmarks/kill_harness.py: the real app killed with SIGKILL during a
session, an import, a migration and start-up keeps every promise (the long run has 200)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def harness(keep: Path, *args: str) -> dict[str, Any]:
    """Run benchmarks/kill_harness.py with `args`; its figures, once it found no failure."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "kill_harness.py"),
            *args,
            *("--json", "--keep", str(keep)),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    assert figures["failures"] == []
    return figures


def test_five_sigkills_lose_nothing_saved_and_every_killed_session_comes_back(
    tmp_path: Path,
) -> None:
    figures = harness(tmp_path, "--runs", "5", "--quick", "--seed", "7")
    # A fast computer may finish an import or a migration before its moment comes.
    assert figures["kills"] + figures["ended_first"] == 5 and figures["kills"] >= 3
    assert figures["recovered"] == 2, "both sessions were killed past their first checkpoint"
    assert figures["imports_all"] + figures["imports_none"] == 1
    assert figures["integrity_ok"] == figures["integrity_checks"] >= 6


def test_killed_backups_and_restores_leave_the_log_whole_and_no_half_written_backup(
    tmp_path: Path,
) -> None:
    figures = harness(tmp_path, "--runs", "6", "--only", "backup", "--seed", "3")
    assert figures["kills"] + figures["ended_first"] == 6 and figures["kills"] >= 1
    # The log after every run, and each backup file found then, passed integrity_check.
    assert figures["integrity_ok"] == figures["integrity_checks"] >= 6 + figures["backups_whole"]
