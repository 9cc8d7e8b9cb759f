"""How exactly the tones of a breathing session land, measured as a listener hears them.

Plays a real `box` session (5 minutes by default) with CalmKit's own window, clock, scheduler
and sound output into a PulseAudio null sink, records the sink, finds every tone onset, and
compares each onset with the schedule (session start + sum of earlier steps), both taken
relative to the first cue, so the constant output latency cancels and what remains is jitter
and drift. Also reports the app's CPU use and the pacer's repaints per second over the session.

Targets (issues 4 and 8), quiet and under load alike: p99 onset error <= 10 ms; the last
onset no later than the first, relative to the schedule, by more than 10 ms (no drift); no
stray onsets (an onset more than STRAY_MS from any cue: clicks, late tones); pause silent
within 150 ms; CPU <= 10 % of one core; >= 30 repaints/s (issue 14: 60 a second while the
pacer's edge moves fast, 30 while it rests).

    python benchmarks/cue_timing.py [--minutes 5] [--exercise box] [--keep out.wav]
        [--load] [--runs N] [--stall-ms 300]

--load runs `stress-ng --cpu 4 --iomix 1 --vm 1 --vm-bytes 256M` during the recording;
--runs N records N quiet and N loaded sessions, interleaved, and prints the medians;
--stall-ms blocks the GUI thread that long every 10 s (a busy view), which must not move a tone.
Each session pauses once, mid-tone, to measure how long the sound goes on after the pause.

Needs pulseaudio and pulseaudio-utils (Debian packages); runs its own private server with a
null sink. The baseline in the same run is the schedule itself.
"""

from __future__ import annotations

import argparse
import array
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SINK = "calmkit_bench"
STRESS = ["stress-ng", "--cpu", "4", "--iomix", "1", "--vm", "1", "--vm-bytes", "256M"]
STRAY_MS = 30.0  # an onset farther than this from its cue is heard as a separate, wrong sound
PAUSE_AT_CUE = 6  # the session pauses this many cues in, 150 ms into the tone, for 2 s


class PrivateSoundServer:
    """A PulseAudio server of our own with one null sink: nothing else on the machine can
    change its default sink or stop it in the middle of a measurement."""

    def __init__(self, folder: Path) -> None:
        if not shutil.which("pulseaudio") or not shutil.which("parec"):
            raise SystemExit("needs pulseaudio and pulseaudio-utils (apt-get install them)")
        folder.mkdir(parents=True, exist_ok=True)
        socket = folder / "native"
        self.env = dict(
            os.environ,
            PULSE_RUNTIME_PATH=str(folder),
            PULSE_STATE_PATH=str(folder),
            PULSE_SERVER=f"unix:{socket}",
        )
        # -n: none of the default modules, so no suspend-on-idle that would swallow the start
        # of a sound after a quiet stretch.
        self.process = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--log-target=stderr",
                "-L",
                f"module-native-protocol-unix socket={socket} auth-anonymous=1",
                "-L",
                f"module-null-sink sink_name={SINK}",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if self.pactl("info").returncode == 0:
                break
            time.sleep(0.05)
        else:
            self.stop()
            raise SystemExit("could not start a private PulseAudio server")
        self.pactl("set-default-sink", SINK)

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, check=False
        )

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(5)


@dataclass(frozen=True)
class Recorded:
    """One child session recorded from a private null sink (files live in `scratch`)."""

    scratch: Path
    recording: Path
    report: Path
    returncode: int


@contextlib.contextmanager
def recorded_run(script: str, child_args: list[str], *, loaded: bool) -> Iterator[Recorded]:
    """Run `script --child-report FILE child_args...` in a private sound server while parec
    records its sink, under stress-ng when `loaded`; yields the files before they go."""
    with tempfile.TemporaryDirectory() as scratch:
        server = PrivateSoundServer(Path(scratch) / "pulse")
        stress = None
        try:
            recording = Path(scratch) / "session.wav"
            report = Path(scratch) / "report.json"
            recorder = subprocess.Popen(
                ["parec", "-d", f"{SINK}.monitor", "--file-format=wav", str(recording)],
                env=server.env,
            )
            if loaded:
                if not shutil.which("stress-ng"):
                    raise SystemExit("loaded runs need stress-ng (apt-get install stress-ng)")
                stress = subprocess.Popen(
                    STRESS, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=scratch
                )
            time.sleep(0.5)
            child = subprocess.run(
                [sys.executable, script, *child_args, "--child-report", str(report)],
                env=server.env,
                check=False,
            )
            time.sleep(1.5)  # let the last sound finish into the recording
            recorder.terminate()
            recorder.wait(5)
        finally:
            if stress is not None:
                stress.terminate()
                stress.wait(10)
            server.stop()
        yield Recorded(Path(scratch), recording, report, child.returncode)


def onsets(path: Path, threshold: float = 0.01, quiet_ms: float = 300.0) -> list[float]:
    """Seconds at which the signal first rises above `threshold` after `quiet_ms` of quiet."""
    with wave.open(str(path), "rb") as recording:
        rate, channels = recording.getframerate(), recording.getnchannels()
        samples = array.array("h", recording.readframes(recording.getnframes()))
    mono = samples[::channels]
    limit = threshold * 32768
    quiet_needed = int(rate * quiet_ms / 1000)
    found: list[float] = []
    quiet = quiet_needed
    for i, value in enumerate(mono):
        if abs(value) >= limit:
            if quiet >= quiet_needed:
                found.append(i / rate)
            quiet = 0
        else:
            quiet += 1
    return found


def play_session(exercise_id: str, minutes: float, report: Path, stall_ms: int = 0) -> None:
    """Runs in a child process: the real app objects, a real clock, real sound."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from calmkit.core.clock import SystemClock
    from calmkit.core.exercises import SessionLength, SessionPlan, load_catalog
    from calmkit.core.preferences import PlayerPreferences, save_player_preferences
    from calmkit.core.store import Store
    from calmkit.resources import exercise_dirs, resource_path
    from calmkit.ui.main_window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as data, Store.open(Path(data) / "calmkit.db") as store:
        save_player_preferences(store, PlayerPreferences(countdown=True, cautions_seen=("holds",)))
        window = MainWindow(
            load_catalog(exercise_dirs()), store, SystemClock(), resource_path("sounds")
        )
        window.resize(980, 680)
        window.show()
        cue_times: list[float] = []
        deadlines: list[float] = []
        window.start_exercise(exercise_id, SessionPlan(SessionLength(minutes=minutes)))
        player = window.session
        assert player is not None
        from calmkit.ui.players.breathing.view import BreathingView

        assert isinstance(player.view, BreathingView), "the benchmark plays a breathing session"
        pacer = player.view.pacer

        kinds: list[str] = []

        paused_at: list[float] = []

        def pause() -> None:
            paused_at.append(time.monotonic())
            player.pause()
            QTimer.singleShot(2000, player.toggle_pause)

        def heard(index: int, kind: str) -> None:
            cue_times.append(time.monotonic())
            deadlines.append(player.runner.monotonic_deadline(index))
            kinds.append(kind)
            if len(kinds) == PAUSE_AT_CUE:
                QTimer.singleShot(150, pause)

        def stall() -> None:
            until = time.monotonic() + stall_ms / 1000
            while time.monotonic() < until:  # pure Python: holds the GIL like a busy view
                pass

        stalls = QTimer()
        stalls.timeout.connect(stall)
        if stall_ms:
            stalls.start(10_000)

        player.scheduler.cue.connect(heard)
        cpu_start = time.process_time()
        wall_start = time.monotonic()
        paints_start = pacer.repaints
        player.session_over.connect(lambda _runner: app.quit())
        app.exec()
        wall = time.monotonic() - wall_start
        report.write_text(
            json.dumps(
                {
                    "deadlines": deadlines,
                    "kinds": kinds,
                    "fired": cue_times,
                    "cpu_seconds": time.process_time() - cpu_start,
                    "wall_seconds": wall,
                    "repaints": pacer.repaints - paints_start,
                    "audio": window._cues.available if window._cues is not None else False,
                    "paused_at": paused_at,
                    "engine": _engine_stats(window._cues),
                }
            )
        )


def _engine_stats(cues: object) -> dict[str, int]:
    engine = getattr(cues, "engine", None)  # the audio engine (issue 8), when there is one
    if engine is None:
        return {}
    stats = engine.stats
    return {"reanchors": stats.reanchors, "late": stats.late, "underruns": stats.underruns}


def silence_after(path: Path, moment: float, threshold: float = 0.01) -> float:
    """Seconds from `moment` (in the recording) to the last loud sample of the sound then
    playing, before the next quiet stretch of 300 ms."""
    with wave.open(str(path), "rb") as recording:
        rate, channels = recording.getframerate(), recording.getnchannels()
        samples = array.array("h", recording.readframes(recording.getnframes()))
    mono = samples[::channels]
    limit = threshold * 32768
    start = max(0, round(moment * rate))
    last, quiet = start, 0
    for i in range(start, len(mono)):
        if abs(mono[i]) >= limit:
            last, quiet = i, 0
        else:
            quiet += 1
            if quiet > rate * 0.3:
                break
    return (last - start) / rate


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def record(args: argparse.Namespace, loaded: bool) -> dict[str, float]:
    """One session recorded, quiet or under load; returns its figures."""
    child_args = ["--exercise", args.exercise, "--minutes", str(args.minutes)]
    child_args += ["--stall-ms", str(args.stall_ms)]
    with recorded_run(__file__, child_args, loaded=loaded) as run:
        recording, report = run.recording, run.report
        if args.keep:
            shutil.copy(recording, args.keep)
        if run.returncode != 0 or not report.exists():
            raise SystemExit("the session did not run to the end")
        data = json.loads(report.read_text())
        heard = onsets(recording)
        if not data["audio"]:
            raise SystemExit("CalmKit found no audio output; is the null sink the default?")
        deadlines: list[float] = data["deadlines"]
        first_heard, first_due = heard[0], deadlines[0]
        pauses = [
            silence_after(recording, first_heard + (moment - first_due))
            for moment in data["paused_at"]
        ]
    # Every cue is matched with the onset nearest to it; what is left over, or farther than
    # STRAY_MS, is a stray.
    relative = [h - first_heard for h in heard]
    errors_ms: list[float] = []
    matched = 0
    for due in deadlines:
        nearest = min(relative, key=lambda h: abs(h - (due - first_due)))
        error = (nearest - (due - first_due)) * 1000
        if abs(error) <= STRAY_MS:
            matched += 1
        errors_ms.append(error)
    strays = len(heard) - matched
    absolute = [abs(e) for e in errors_ms[1:]]
    timer_ms = [(f - d) * 1000 for f, d in zip(data["fired"], deadlines, strict=True)]
    figures = {
        "cues": len(deadlines),
        "onsets": len(heard),
        "median_ms": statistics.median(absolute),
        "p99_ms": percentile(absolute, 0.99),
        "max_ms": max(absolute),
        "drift_ms": errors_ms[-1] - errors_ms[0],
        "strays": strays,
        "pause_ms": max(pauses) * 1000 if pauses else float("nan"),
        "timer_median_ms": statistics.median(timer_ms),
        "cpu_percent": 100 * data["cpu_seconds"] / data["wall_seconds"],
        "repaints_per_s": data["repaints"] / data["wall_seconds"],
    }
    figures.update(data.get("engine", {}))
    return figures


LINES = [
    ("p99 onset error (ms)", "p99_ms", "<= 10"),
    ("median onset error (ms)", "median_ms", ""),
    ("max onset error (ms)", "max_ms", ""),
    ("drift, last vs first cue (ms)", "drift_ms", "<= 10"),
    ("stray onsets", "strays", "0"),
    ("pause to silence (ms)", "pause_ms", "<= 150"),
    ("CPU (% of one core)", "cpu_percent", "<= 10"),
    ("pacer repaints per second", "repaints_per_s", ">= 30"),
    ("timer wake-up after deadline, median (ms)", "timer_median_ms", ""),
    ("cues / onsets heard", "cues", ""),
    ("stream re-anchors", "reanchors", ""),
    ("late (cut) sounds", "late", ""),
    ("underruns", "underruns", ""),
]


def summary(name: str, runs: list[dict[str, float]]) -> None:
    print(f"{name}: median of {len(runs)} run(s)")
    for label, key, target in LINES:
        values = [run[key] for run in runs if key in run]
        if not values:
            continue
        middle = statistics.median(values)
        each = ", ".join(f"{v:g}" if isinstance(v, int) else f"{v:.2f}" for v in values)
        if key == "cues":
            each += "  (onsets " + ", ".join(str(run["onsets"]) for run in runs) + ")"
        aim = f"   target {target}" if target else ""
        print(f"  {label:44s} {middle:8.2f}   [{each}]{aim}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--exercise", default="box")
    parser.add_argument("--keep", type=Path, help="keep the recording here")
    parser.add_argument("--load", action="store_true", help="record under stress-ng load")
    parser.add_argument("--runs", type=int, default=0, help="N quiet and N loaded, interleaved")
    parser.add_argument("--stall-ms", type=int, default=0, help="block the GUI thread every 10 s")
    parser.add_argument("--child-report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_report:
        play_session(args.exercise, args.minutes, args.child_report, args.stall_ms)
        return 0
    if args.runs:
        quiet: list[dict[str, float]] = []
        loaded: list[dict[str, float]] = []
        for number in range(args.runs):
            for load, runs in ((False, quiet), (True, loaded)):
                runs.append(record(args, load))
                print(f"run {number + 1} {'loaded' if load else 'quiet'}: {runs[-1]}", flush=True)
        summary("quiet", quiet)
        summary("loaded (stress-ng " + " ".join(STRESS[1:]) + ")", loaded)
        return 0
    summary("loaded" if args.load else "quiet", [record(args, args.load)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
