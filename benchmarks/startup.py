"""Start-up of `calmkit --smoke-test` against two floors, measured in the same run.

- bare floor: import QtWidgets, show a QMainWindow, quit once it has painted;
- realistic floor: the same with 3 menus, a 7-item list, a button and a status bar: about
  the least a window like CalmKit's main window can cost.

Each program prints "first paint at <monotonic seconds>" once its main window has painted
(the event loop's next turn after the window's first paint event, children included),
so first paint and process exit are reported apart. Wall-clock runs are interleaved (bare,
realistic, app, bare, ...) so all see the same machine load; the figures are ratios of the
medians. On a shared, busy machine wall time is blurred by load: `--callgrind` counts
instructions instead (valgrind's callgrind; the counts do not move with load), to the first
paint (the process is ended there, see stop_at_paint.py) and to the exit.
`calmkit, German` is the same smoke test with the desktop in German.
Targets (issue 14): first paint <= 1.5x the bare floor and <= 1.2x the realistic floor.

    python benchmarks/startup.py [--runs 15] [--data-dir DIR] [--baseline SRC]
    python benchmarks/startup.py --callgrind [--callgrind-runs 1] [--baseline SRC]

--baseline SRC also measures the app from another source tree (e.g. /work/main/src) in the
same interleaved runs; it needs no first-paint line (then only its exit is shown).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STOP_AT_PAINT = HERE / "stop_at_paint.py"

_PAINT_FILTER = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)  # once the window and its children have painted
        return False

def painted():
    print(f"first paint at {time.monotonic():.6f}", flush=True)
    app.quit()

paint = FirstPaint()
window.installEventFilter(paint)
window.show()
app.exec()
"""
BARE_QT = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
"""
    + _PAINT_FILTER
)
REALISTIC_QT = (
    """
from PySide6.QtWidgets import (
    QApplication, QListWidget, QMainWindow, QPushButton, QVBoxLayout, QWidget,
)
app = QApplication([])
window = QMainWindow()
for title in ("&File", "&Practice", "&Help"):
    menu = window.menuBar().addMenu(title)
    menu.addAction("Open")
    menu.addAction("Quit")
central = QWidget()
layout = QVBoxLayout(central)
items = QListWidget()
for n in range(7):
    items.addItem(f"Exercise {n + 1}: a short description of what it does")
layout.addWidget(items)
layout.addWidget(QPushButton("Start"))
window.setCentralWidget(central)
window.statusBar().showMessage("Ready")
"""
    + _PAINT_FILTER
)
TARGET_BARE = 1.5
TARGET_REALISTIC = 1.2
_PAINT_LINE = re.compile(r"first paint at (\d+\.\d+)")


def bench_env(scratch: Path) -> dict[str, str]:
    """The environment of every measured program: offscreen, and with compiled modules
    cached (in `scratch`, so no source tree is written to) as in an installed app, even where
    the shell sets PYTHONDONTWRITEBYTECODE: else each start compiles the app's own modules."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(scratch / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to its exit."""
    return timed_paint_and_exit(command, env)[1]


def timed_paint_and_exit(command: list[str], env: dict[str, str]) -> tuple[float | None, float]:
    """Seconds from starting `command` to its first paint (None if it never said) and exit."""
    start = time.monotonic()  # the same clock as the child's time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    found = _PAINT_LINE.search(result.stdout)
    return (float(found.group(1)) - start if found else None), elapsed


def compare(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, list[float]]:
    """Interleaved exit times of each command (bundle.py uses this)."""
    both = compare_paint_and_exit(commands, runs, env)
    return {name: [exit_ for _, exit_ in values] for name, values in both.items()}


def compare_paint_and_exit(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, list[tuple[float | None, float]]]:
    for command in commands.values():  # warm the file cache and .pyc files first
        timed_paint_and_exit(command, env)
    samples: dict[str, list[tuple[float | None, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(timed_paint_and_exit(command, env))
    return samples


def instructions(command: list[str], env: dict[str, str], scratch: Path) -> tuple[int, bool]:
    """Instructions `command` executes, counted by callgrind, and whether it said it painted."""
    out = scratch / "callgrind.out"
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            "--dump-instr=no",
            "--compress-strings=no",
            *command,
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"callgrind of {' '.join(command)} failed:\n{result.stderr[-2000:]}")
    painted = _PAINT_LINE.search(result.stdout) is not None
    for line in out.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]), painted
    raise SystemExit(f"no instruction total in {out}")


def _programs(scratch: Path, data_dir: Path, baseline: Path | None) -> dict[str, list[str]]:
    bare = scratch / "bare_qt.py"
    bare.write_text(BARE_QT)
    realistic = scratch / "realistic_qt.py"
    realistic.write_text(REALISTIC_QT)
    app = ["-m", "calmkit", "--data-dir", str(data_dir), "--smoke-test"]
    programs = {
        "bare floor": [str(bare)],
        "realistic floor": [str(realistic)],
        "calmkit --smoke-test": app,
        # The same in German (a translation loaded before the catalog is read).
        "calmkit, German": ["-m", "calmkit", "--data-dir", f"{data_dir}-de", *app[4:]],
    }
    if baseline is not None:
        programs["baseline calmkit"] = ["-m", "calmkit", "--data-dir", f"{data_dir}-b", *app[4:]]
    return programs


def _env_for(name: str, env: dict[str, str], baseline: Path | None) -> dict[str, str]:
    if name == "calmkit, German":
        return dict(env, LANG="de_DE.UTF-8", LANGUAGE="de", LC_ALL="", LC_MESSAGES="")
    if name == "baseline calmkit" and baseline is not None:
        return dict(env, PYTHONPATH=str(baseline))
    return env


def _ratios(value: float, bare: float, realistic: float) -> str:
    return f"{value / bare:5.2f}x bare, {value / realistic:5.2f}x realistic"


def _verdict(app: float, bare: float, realistic: float) -> str:
    ok = app / bare <= TARGET_BARE and app / realistic <= TARGET_REALISTIC
    return (
        f"first paint {app / bare:.2f}x the bare floor (target {TARGET_BARE}), "
        f"{app / realistic:.2f}x the realistic floor (target {TARGET_REALISTIC}): "
        + ("meets" if ok else "misses")
    )


def wall_clock(
    programs: dict[str, list[str]], runs: int, env: dict[str, str], baseline: Path | None
) -> None:
    commands = {name: [sys.executable, *args] for name, args in programs.items()}
    # Each program gets its own environment (the baseline its own source tree).
    samples: dict[str, list[tuple[float | None, float]]] = {name: [] for name in commands}
    for name, command in commands.items():
        timed_paint_and_exit(command, _env_for(name, env, baseline))  # warm caches, .pyc
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(timed_paint_and_exit(command, _env_for(name, env, baseline)))
    medians: dict[str, tuple[float | None, float]] = {}
    for name, values in samples.items():
        paints = [p for p, _ in values if p is not None]
        exits = [e for _, e in values]
        medians[name] = (statistics.median(paints) if paints else None, statistics.median(exits))
    bare_paint, bare_exit = medians["bare floor"]
    real_paint, real_exit = medians["realistic floor"]
    assert bare_paint is not None and real_paint is not None
    print(f"wall clock, median of {runs} interleaved runs (offscreen):")
    for name, (paint, exit_) in medians.items():
        if paint is not None:
            ratios = _ratios(paint, bare_paint, real_paint)
            paint_text = f"first paint {paint * 1000:6.1f} ms ({ratios})"
        else:
            paint_text = f"first paint {'(not reported)':>45s}"
        print(
            f"  {name:22s} {paint_text}; exit {exit_ * 1000:6.1f} ms "
            f"({_ratios(exit_, bare_exit, real_exit)})"
        )
    app_paint = medians["calmkit --smoke-test"][0]
    assert app_paint is not None
    print("  " + _verdict(app_paint, bare_paint, real_paint))


def callgrind(
    programs: dict[str, list[str]],
    runs: int,
    env: dict[str, str],
    baseline: Path | None,
    scratch: Path,
) -> None:
    env = dict(env, PYTHONHASHSEED="0")  # the same dict layouts every run
    counts: dict[str, tuple[int | None, int]] = {}
    for name, args in programs.items():
        program_env = _env_for(name, env, baseline)
        subprocess.run([sys.executable, *args], env=program_env, capture_output=True)  # .pyc
        to_paint = [
            instructions([sys.executable, str(STOP_AT_PAINT), *args], program_env, scratch)
            for _ in range(runs)
        ]
        to_exit = [
            instructions([sys.executable, *args], program_env, scratch)[0] for _ in range(runs)
        ]
        painted = all(said for _, said in to_paint)  # else it ran to the end: no paint count
        paint = int(statistics.median(n for n, _ in to_paint)) if painted else None
        counts[name] = (paint, int(statistics.median(to_exit)))
        print(f"  counted {name}", file=sys.stderr)
    bare_paint, bare_exit = counts["bare floor"]
    real_paint, real_exit = counts["realistic floor"]
    assert bare_paint and real_paint
    print(f"instructions (callgrind, median of {runs}):")
    for name, (paint, exit_) in counts.items():
        exit_text = f"exit {exit_ / 1e6:7.0f} M ({_ratios(exit_, bare_exit, real_exit)})"
        if paint is None:
            print(f"  {name:22s} first paint {'(not reported)':>45s}; {exit_text}")
            continue
        print(
            f"  {name:22s} first paint {paint / 1e6:7.0f} M "
            f"({_ratios(paint, bare_paint, real_paint)}); {exit_text}; "
            f"after the paint {(exit_ - paint) / 1e6:5.0f} M"
        )
    app_paint = counts["calmkit --smoke-test"][0]
    assert app_paint is not None
    print("  " + _verdict(app_paint, bare_paint, real_paint))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", type=Path, help="an existing data folder to start with")
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another source tree")
    parser.add_argument("--callgrind", action="store_true", help="count instructions instead")
    parser.add_argument("--callgrind-runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="calmkit-bench-") as name:
        scratch = Path(name)
        env = bench_env(scratch)
        data_dir = args.data_dir or scratch / "data"
        programs = _programs(scratch, data_dir, args.baseline)
        if args.callgrind:
            callgrind(programs, args.callgrind_runs, env, args.baseline, scratch)
        else:
            wall_clock(programs, args.runs, env, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
