"""What a session costs: % of one core and frame rate, and memory, in a real X window.

Each scenario runs CalmKit's own main window in a child process under Xvfb, with a private
PulseAudio server whose null sink is the default output (so the sound really plays). After a
few seconds of settling the child measures for --seconds: its process CPU time (all threads:
the GUI, the audio stream, Qt's own) over the wall time, the pacer's repaints a second, and
its resident memory (current and peak, from /proc/self/status).

Scenarios: a breathing session (`box`) with the circle and the still pacer, sound on and off
(the session's Sound button); memory when idle (the library), in a breathing session with the
voice off and on, a narrated muscle relaxation (`pmr-7`), and with History open.
--baseline SRC runs every scenario a second time from another source tree (e.g. the main
branch), interleaved, and prints each figure as a ratio of the two medians.
Targets (issue 14): <= 5% of one core with sound on; the pacer at about 60 fps while its edge
moves fast and never below 30; <= 90 MB during a breathing session with the voice off.

    python benchmarks/session_cpu.py [--seconds 20] [--runs 3] [--baseline SRC] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cue_timing import PrivateSoundServer

SETTLE_SECONDS = 4.0
# name: (what is opened, preferences, what is reported)
SCENARIOS: dict[str, dict[str, object]] = {
    "circle, sound on": {"open": "box", "prefs": {}, "cpu": True},
    "circle, sound off": {"open": "box", "prefs": {"muted": True}, "cpu": True},
    "still, sound on": {"open": "box", "prefs": {"reduce_motion": True}, "cpu": True},
    "still, sound off": {
        "open": "box",
        "prefs": {"reduce_motion": True, "muted": True},
        "cpu": True,
    },
    "idle (library)": {"open": None, "prefs": {}, "cpu": False},
    "breathing, voice on": {"open": "box", "prefs": {"voice": True}, "cpu": False},
    "narrated PMR": {"open": "pmr-7", "prefs": {}, "cpu": False},
    "History open": {"open": "history", "prefs": {}, "cpu": False},
}


def _memory_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process, in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _largest_mappings(count: int = 8) -> dict[str, float]:
    """Resident MB by mapped file (anonymous memory as "[anon]"), the largest first: where a
    session's memory goes."""
    sizes: dict[str, int] = {}
    name = "[anon]"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        first = line.split(maxsplit=5)
        if len(first) >= 5 and "-" in first[0] and not first[0].endswith(":"):
            name = Path(first[5]).name if len(first) == 6 else "[anon]"
        elif line.startswith("Rss:"):
            sizes[name] = sizes.get(name, 0) + int(line.split()[1])
    top = sorted(sizes.items(), key=lambda item: -item[1])[:count]
    return {key: round(kb / 1024, 1) for key, kb in top}


def _thread_seconds() -> dict[str, float]:
    """CPU seconds of each thread of this process so far, by thread name (summed over the
    threads that share one)."""
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue  # ended meanwhile
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        found[name] = found.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return found


def child(scenario: str, seconds: float, report: Path) -> None:
    """Runs in the child process: the real app in a real window, with real sound."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from calmkit.core.clock import SystemClock
    from calmkit.core.exercises import SessionLength, SessionPlan, load_catalog
    from calmkit.core.preferences import PlayerPreferences, save_player_preferences
    from calmkit.core.store import Store
    from calmkit.resources import exercise_dirs, resource_path
    from calmkit.ui.main_window import MainWindow

    spec = SCENARIOS[scenario]
    app = QApplication([])
    with tempfile.TemporaryDirectory() as data, Store.open(Path(data) / "calmkit.db") as store:
        store.set_setting("welcome_seen", True)
        catalog = load_catalog(exercise_dirs())
        prefs = PlayerPreferences(countdown=False, **spec["prefs"])  # type: ignore[arg-type]
        window = MainWindow(catalog, store, SystemClock(), resource_path("sounds"))
        window.resize(980, 680)
        window.show()
        opened = spec["open"]
        if opened == "history":
            window.tabs.setCurrentIndex(1)
        elif opened is not None:
            from calmkit.core.exercises import session_cautions, timeline_for

            exercise = catalog.get(str(opened))
            from calmkit.core.exercises import kind_of

            fixed = kind_of(exercise.kind).fixed_length  # PMR: the length it is
            plan = SessionPlan(None if fixed else SessionLength(minutes=30))
            timeline = timeline_for(exercise, plan)
            seen = tuple(c.id for c in session_cautions(exercise, timeline))
            save_player_preferences(store, prefs)
            window.preferences = PlayerPreferences(
                countdown=False,
                cautions_seen=seen,
                **spec["prefs"],  # type: ignore[arg-type]
            )
            window.start_exercise(str(opened), plan)
        measured: dict[str, float] = {}
        threads: dict[str, float] = {}

        def pacer_repaints() -> int:
            shell = window.session
            pacer = getattr(getattr(shell, "view", None), "pacer", None)
            return int(getattr(pacer, "repaints", 0))

        def begin() -> None:
            measured["cpu"] = time.process_time()
            measured["wall"] = time.monotonic()
            measured["paints"] = pacer_repaints()
            threads.update(_thread_seconds())
            QTimer.singleShot(round(seconds * 1000), end)

        def end() -> None:
            current, peak = _memory_mb()
            wall = time.monotonic() - measured["wall"]
            per_thread = {
                name: round(100 * (spent - threads.get(name, 0.0)) / wall, 2)
                for name, spent in _thread_seconds().items()
            }
            cues = getattr(window, "_cues", None)
            result = {
                "cpu_percent": 100
                * (time.process_time() - measured["cpu"])
                / (time.monotonic() - measured["wall"]),
                "fps": (pacer_repaints() - measured["paints"])
                / (time.monotonic() - measured["wall"]),
                "rss_mb": current,
                "peak_mb": peak,
                "audio": bool(getattr(cues, "available", False)),
                "qtmultimedia": "PySide6.QtMultimedia" in sys.modules,
                "numpy": "numpy" in sys.modules,
                "ffmpeg_plugin": "ffmpegmediaplugin" in Path("/proc/self/maps").read_text(),
                "threads": {k: v for k, v in per_thread.items() if v >= 0.1},
                "largest_mb": _largest_mappings(),
            }
            report.write_text(json.dumps(result))
            # Measured: end here, without the closing questions a session may ask (a
            # narrated session's check-in after stopping, for one).
            os._exit(0)

        QTimer.singleShot(round(SETTLE_SECONDS * 1000), begin)
        app.exec()


class Xvfb:
    """A virtual screen of our own (1280x800, 24 bit, 60 Hz)."""

    def __init__(self) -> None:
        if not shutil.which("Xvfb"):
            raise SystemExit("needs Xvfb (apt-get install xvfb)")
        for number in range(140, 200):
            if (
                not Path(f"/tmp/.X11-unix/X{number}").exists()
                and not Path(f"/tmp/.X{number}-lock").exists()
            ):
                break
        self.display = f":{number}"
        self.process = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return
            time.sleep(0.05)
        self.stop()
        raise SystemExit("Xvfb did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(5)


def run_scenario(
    scenario: str, seconds: float, env: dict[str, str], source: Path | None, scratch: Path
) -> dict[str, Any]:
    report = scratch / "report.json"
    report.unlink(missing_ok=True)
    child_env = dict(env)
    if source is not None:
        child_env["PYTHONPATH"] = str(source)
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            scenario,
            "--seconds",
            str(seconds),
            "--report",
            str(report),
        ],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=seconds + 150,
    )
    if result.returncode != 0 or not report.exists():
        raise SystemExit(f"scenario {scenario!r} failed:\n{result.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(report.read_text())
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another source tree")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only these")
    parser.add_argument("--child", metavar="SCENARIO", help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seconds, args.report)
        return 0
    names = [n for n in SCENARIOS if not args.only or any(o in n for o in args.only)]
    trees: dict[str, Path | None] = {"this tree": None}
    if args.baseline is not None:
        trees["baseline"] = args.baseline
    results: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="calmkit-session-") as name:
        scratch = Path(name)
        screen = Xvfb()
        sound = PrivateSoundServer(scratch / "pulse")
        try:
            env = dict(sound.env, DISPLAY=screen.display, QT_QPA_PLATFORM="xcb")
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules cached
            env["PYTHONPYCACHEPREFIX"] = str(scratch / "pyc")
            for run in range(args.runs):
                for scenario in names:
                    for tree, source in trees.items():
                        figures = run_scenario(scenario, args.seconds, env, source, scratch)
                        results.setdefault((scenario, tree), []).append(figures)
                        print(f"  run {run + 1} {scenario} ({tree}): {figures}", file=sys.stderr)
        finally:
            sound.stop()
            screen.stop()
    print(f"median of {args.runs} run(s), {args.seconds:g} s each, Xvfb 60 Hz, null sink:")
    for scenario in names:
        spec = SCENARIOS[scenario]
        keys = ["cpu_percent", "fps", "rss_mb", "peak_mb"] if spec["cpu"] else ["rss_mb", "peak_mb"]
        parts = []
        for key in keys:
            here = statistics.median(r[key] for r in results[(scenario, "this tree")])
            text = f"{key} {here:6.1f}"
            if "baseline" in trees:
                base = statistics.median(r[key] for r in results[(scenario, "baseline")])
                text += f" (baseline {base:6.1f}, {here / base if base else float('nan'):.2f}x)"
            parts.append(text)
        flags = results[(scenario, "this tree")][-1]
        extra = "" if flags.get("audio") or not spec["open"] else "  [no sound output!]"
        loaded = " QtMultimedia loaded" if flags.get("qtmultimedia") else ""
        print(f"  {scenario:20s} " + "; ".join(parts) + extra + loaded)
        if spec["cpu"]:
            shares: dict[str, list[float]] = {}
            for figures in results[(scenario, "this tree")]:
                for thread, share in figures.get("threads", {}).items():
                    shares.setdefault(thread, []).append(share)
            print(
                "      by thread: "
                + ", ".join(
                    f"{thread} {statistics.median(v):.1f}%"
                    for thread, v in sorted(shares.items(), key=lambda x: -max(x[1]))
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
