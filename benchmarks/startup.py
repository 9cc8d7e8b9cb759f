"""Start-up time of `calmkit --smoke-test` against the bare-Qt floor, measured in the same run.

The floor is the least any PySide6 app can do: import QtWidgets, show a QMainWindow, quit.
Runs are interleaved (floor, app, floor, app, ...) so both see the same machine load; the
figure is the ratio of the medians. Target (issue 2): ratio <= 1.25.

    python benchmarks/startup.py [--runs 15] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_QT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
TARGET_RATIO = 1.25


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def compare(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, list[float]]:
    for command in commands.values():  # warm the file cache and .pyc files first
        timed(command, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(timed(command, env))
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", type=Path, help="an existing data folder to start with")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="calmkit-bench-") as scratch:
        data_dir = args.data_dir or Path(scratch) / "data"
        bare = Path(scratch) / "bare_qt.py"
        bare.write_text(BARE_QT)
        samples = compare(
            {
                "bare Qt floor": [sys.executable, str(bare)],
                "calmkit --smoke-test": [
                    sys.executable,
                    "-m",
                    "calmkit",
                    "--data-dir",
                    str(data_dir),
                    "--smoke-test",
                ],
            },
            args.runs,
            env,
        )
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, values in samples.items():
        print(
            f"{name:24s} median {medians[name] * 1000:7.1f} ms  "
            f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f}, n={len(values)})"
        )
    ratio = medians["calmkit --smoke-test"] / medians["bare Qt floor"]
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"ratio {ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
