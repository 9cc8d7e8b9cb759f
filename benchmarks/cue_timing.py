"""How exactly the tones of a breathing session land, measured as a listener hears them.

Plays a real `box` session (5 minutes by default) with CalmKit's own window, clock, scheduler
and sound output into a PulseAudio null sink, records the sink, finds every tone onset, and
compares each onset with the schedule (session start + sum of earlier steps), both taken
relative to the first cue, so the constant output latency cancels and what remains is jitter
and drift. Also reports the app's CPU use and the pacer's repaints per second over the session.

Targets (issue 4): p99 onset error <= 10 ms; the last onset no later than the first, relative
to the schedule, by more than 10 ms (no drift); CPU <= 10 % of one core; >= 50 repaints/s.

    python benchmarks/cue_timing.py [--minutes 5] [--exercise box] [--keep out.wav]

Needs pulseaudio and pulseaudio-utils (Debian packages); runs its own private server with a
null sink. The baseline in the same run is the schedule itself.
"""

from __future__ import annotations

import argparse
import array
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

SINK = "calmkit_bench"


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


def play_session(exercise_id: str, minutes: float, report: Path) -> None:
    """Runs in a child process: the real app objects, a real clock, real sound."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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

        def heard(index: int, kind: str) -> None:
            cue_times.append(time.monotonic())
            deadlines.append(player.runner.monotonic_deadline(index))
            kinds.append(kind)

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
                }
            )
        )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--exercise", default="box")
    parser.add_argument("--keep", type=Path, help="keep the recording here")
    parser.add_argument("--child-report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_report:
        play_session(args.exercise, args.minutes, args.child_report)
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        server = PrivateSoundServer(Path(scratch) / "pulse")
        try:
            recording = args.keep or Path(scratch) / "session.wav"
            report = Path(scratch) / "report.json"
            recorder = subprocess.Popen(
                ["parec", "-d", f"{SINK}.monitor", "--file-format=wav", str(recording)],
                env=server.env,
            )
            time.sleep(0.5)
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--exercise",
                    args.exercise,
                    "--minutes",
                    str(args.minutes),
                    "--child-report",
                    str(report),
                ],
                env=server.env,
                check=False,
            )
            time.sleep(1.5)  # let the last tone finish into the recording
            recorder.terminate()
            recorder.wait(5)
        finally:
            server.stop()
        if child.returncode != 0 or not report.exists():
            raise SystemExit("the session did not run to the end")
        data = json.loads(report.read_text())
        heard = onsets(recording)

    deadlines: list[float] = data["deadlines"]
    if not data["audio"]:
        raise SystemExit("CalmKit found no audio output; is the null sink the default?")
    if len(heard) != len(deadlines):
        print(f"warning: {len(heard)} onsets recorded for {len(deadlines)} cues scheduled")
    count = min(len(heard), len(deadlines))
    errors_ms = [
        ((heard[i] - heard[0]) - (deadlines[i] - deadlines[0])) * 1000 for i in range(count)
    ]
    timer_ms = [(f - d) * 1000 for f, d in zip(data["fired"], deadlines, strict=True)]
    absolute = [abs(e) for e in errors_ms[1:]]
    drift = errors_ms[-1] - errors_ms[0]
    cpu = 100 * data["cpu_seconds"] / data["wall_seconds"]
    fps = data["repaints"] / data["wall_seconds"]
    print(f"cues scheduled {len(deadlines)}, onsets heard {len(heard)}")
    print(
        f"onset error vs schedule (ms): median {statistics.median(absolute):.2f}, "
        f"p99 {percentile(absolute, 0.99):.2f}, max {max(absolute):.2f}   target p99 <= 10"
    )
    print(f"drift, last vs first cue: {drift:+.2f} ms   target <= 10")
    print(
        f"timer wake-up after deadline (ms): median {statistics.median(timer_ms):.2f}, "
        f"max {max(timer_ms):.2f}"
    )
    by_kind: dict[str, list[float]] = {}
    for kind, error in zip(data["kinds"], errors_ms, strict=False):
        by_kind.setdefault(kind, []).append(error)
    for kind, values in by_kind.items():
        print(
            f"  {kind:14s} mean {statistics.mean(values):+6.2f} ms, "
            f"spread {max(values) - min(values):5.2f} ms, n={len(values)}"
        )
    print(f"CPU {cpu:.1f} % of one core   target <= 10")
    print(f"pacer repaints {fps:.1f} per second   target >= 50")
    return 0


if __name__ == "__main__":
    sys.exit(main())
