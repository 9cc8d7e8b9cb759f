"""The real app, as a process, told to quit by the system mid-session: SIGTERM (logout,
shutdown) and SIGINT (Ctrl+C in its terminal) save the part practised, quietly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calmkit.core.preferences import PlayerPreferences, save_player_preferences
from calmkit.core.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
FIRST_STEP = "the first step began"


def start_session(data_dir: Path) -> subprocess.Popen[str]:
    with Store.open(data_dir / "calmkit.db") as store:
        save_player_preferences(store, PlayerPreferences(countdown=False))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
    }
    command = [sys.executable, "-m", "calmkit", "--data-dir", str(data_dir)]
    return subprocess.Popen(
        [*command, "start", "equal", "--cycles", "10"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_first_step(process: subprocess.Popen[str], log: Path) -> None:
    """Until the log says practice has begun; the process's own wait is the pause."""
    deadline = time.monotonic() + 30
    while not (log.exists() and FIRST_STEP in log.read_text(encoding="utf-8")):
        try:
            process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            pass
        else:
            pytest.fail(f"the app ended before the session began: {process.stderr}")
        assert time.monotonic() < deadline, "the session did not begin"


def test_sigterm_and_sigint_mid_session_quit_cleanly_and_keep_the_partial_session(
    tmp_path: Path,
) -> None:
    runs = {sig: tmp_path / sig.name for sig in (signal.SIGTERM, signal.SIGINT)}
    processes = {sig: start_session(folder) for sig, folder in runs.items()}  # side by side
    for sig, process in processes.items():
        wait_for_first_step(process, runs[sig] / "logs" / "calmkit.log")
        process.send_signal(sig)
    for sig, process in processes.items():
        _, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        with Store.open(runs[sig] / "calmkit.db") as store:
            (session,) = store.sessions()
            assert session.exercise_id == "equal" and not session.completed
            assert session.actual_seconds > 0 and not session.recovered
            assert store.count_checkpoints() == 0
        log = (runs[sig] / "logs" / "calmkit.log").read_text(encoding="utf-8")
        assert f"quitting on {sig.name}" in log and "CRITICAL" not in log
