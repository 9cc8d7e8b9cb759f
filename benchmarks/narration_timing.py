"""How exactly a narrated session's voice and tones land, measured as a listener hears them.

Plays the first SECONDS of a real narrated session (pmr-16 by default: the settling-in lines,
then instructions, tensing and letting go with their tones) through CalmKit's own window,
clock, scheduler and audio engine into a PulseAudio null sink, records it and finds every
onset. Each sound the schedule places (a tone at a step, each sentence's clip at the step plus
its offset) is matched with the nearest onset, both taken relative to the first sound, so the
output latency cancels and what remains is jitter and drift. An onset outside every scheduled
sound is a stray (a click, a late or repeated clip).

Targets (issue 9), quiet and under load alike: p99 onset error <= 20 ms (a clip's first
consonant can be soft); no strays; no speech cut off (each clip ends before the next step).

    python benchmarks/narration_timing.py [--exercise pmr-16] [--seconds 100] [--runs N]

--runs N records N quiet and N loaded sessions (stress-ng, as cue_timing.py), interleaved,
and prints the medians. Needs pulseaudio, pulseaudio-utils and stress-ng.
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

from cue_timing import SINK, STRESS, PrivateSoundServer, onsets, percentile

TONE_SECONDS = 1.2  # the longest tone's span, for telling its own onsets from strays
MATCH_MS = 60.0  # an onset farther than this from every scheduled sound is a stray


def play_session(exercise_id: str, seconds: float, report: Path) -> None:
    """Runs in a child process: the real app objects, a real clock, real sound."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from calmkit.core.clock import SystemClock
    from calmkit.core.exercises import load_catalog
    from calmkit.core.narration import phrase_offsets
    from calmkit.core.preferences import PlayerPreferences, save_player_preferences
    from calmkit.core.store import Store
    from calmkit.resources import exercise_dirs, resource_path
    from calmkit.ui.main_window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as data, Store.open(Path(data) / "calmkit.db") as store:
        save_player_preferences(
            store, PlayerPreferences(countdown=True, cautions_seen=("holds", "pmr"))
        )
        window = MainWindow(
            load_catalog(exercise_dirs()), store, SystemClock(), resource_path("sounds")
        )
        window.resize(980, 680)
        window.show()
        window.start_exercise(exercise_id)
        shell = window.session
        assert shell is not None and shell.voice_on, "a narrated session starts with the voice"
        narration = window._narration()
        sounds: list[tuple[float, float, str]] = []  # monotonic start, seconds, what
        cut: list[str] = []

        def heard(index: int, kind: str) -> None:
            step = shell.runner.timeline.steps[index]
            moment = shell.runner.monotonic_deadline(index)
            tone = shell.view.tone_for(step)
            if tone is not None:
                sounds.append((moment, TONE_SECONDS, f"tone {tone}"))
            for clip, offset in phrase_offsets(step.spoken, narration) or ():
                sounds.append((moment + offset, clip.seconds, clip.text))
                if offset + clip.seconds > step.duration:
                    cut.append(clip.text)

        shell.scheduler.cue.connect(heard)
        cpu_start = time.process_time()
        wall_start = time.monotonic()
        stopped: list[float] = []

        def stop() -> None:
            stopped.append(time.monotonic())
            shell.stop()

        QTimer.singleShot(round((seconds + 3) * 1000), stop)  # + the countdown
        shell.session_over.connect(lambda _runner: app.quit())
        app.exec()
        report.write_text(
            json.dumps(
                {
                    # Sounds that had begun when the session stopped (later ones are withdrawn).
                    "sounds": [x for x in sounds if not stopped or x[0] < stopped[0]],
                    "cut": cut,
                    "cpu_seconds": time.process_time() - cpu_start,
                    "wall_seconds": time.monotonic() - wall_start,
                    "audio": window._cues.available if window._cues is not None else False,
                }
            )
        )


def record(args: argparse.Namespace, loaded: bool) -> dict[str, float]:
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
                [
                    sys.executable,
                    __file__,
                    "--exercise",
                    args.exercise,
                    "--seconds",
                    str(args.seconds),
                    "--child-report",
                    str(report),
                ],
                env=server.env,
                check=False,
            )
            time.sleep(1.5)
            recorder.terminate()
            recorder.wait(5)
            if args.keep:
                shutil.copy(recording, args.keep)
        finally:
            if stress is not None:
                stress.terminate()
                stress.wait(10)
            server.stop()
        if child.returncode != 0 or not report.exists():
            raise SystemExit("the session did not run")
        data = json.loads(report.read_text())
        if not data["audio"]:
            raise SystemExit("CalmKit found no audio output; is the null sink the default?")
        # Sentences of one clip are apart by their 0.35 s gap: 200 ms of quiet finds each.
        heard = onsets(recording, quiet_ms=200.0)
    sounds = sorted(data["sounds"])
    first_due, first_heard = sounds[0][0], heard[0]
    due = [start - first_due for start, _s, _w in sounds]
    relative = [h - first_heard for h in heard]
    # A sound that begins while another still sounds (a sentence under a tone's tail) has no
    # quiet before it to show its onset: it is left out of the matching, and counted.
    spans = [(d, d + s) for d, (_start, s, _w) in zip(due, sounds, strict=True)]
    audible = [
        i for i, (d, _end) in enumerate(spans) if not any(e + 0.2 > d > b for b, e in spans[:i])
    ]
    errors_ms = []
    for moment in (due[i] for i in audible):
        nearest = min(relative, key=lambda h: abs(h - moment))
        errors_ms.append((nearest - moment) * 1000)
    strays = sum(
        1
        for h in relative
        if not any(
            d - MATCH_MS / 1000 <= h <= d + s + 0.1
            for d, (_start, s, _w) in zip(due, sounds, strict=True)
        )
    )
    absolute = [abs(e) for e in errors_ms[1:]]
    return {
        "sounds": len(sounds),
        "masked": len(sounds) - len(audible),
        "onsets": len(heard),
        "median_ms": statistics.median(absolute),
        "p99_ms": percentile(absolute, 0.99),
        "max_ms": max(absolute),
        "drift_ms": errors_ms[-1] - errors_ms[0],
        "strays": strays,
        "cut": len(data["cut"]),
        "cpu_percent": 100 * data["cpu_seconds"] / data["wall_seconds"],
    }


LINES = [
    ("p99 onset error (ms)", "p99_ms", "<= 20"),
    ("median onset error (ms)", "median_ms", ""),
    ("max onset error (ms)", "max_ms", ""),
    ("drift, last vs first sound (ms)", "drift_ms", ""),
    ("stray onsets", "strays", "0"),
    ("clips that would be cut off", "cut", "0"),
    ("CPU (% of one core)", "cpu_percent", ""),
    ("sounds scheduled", "sounds", ""),
    ("of them under another sound (not matched)", "masked", ""),
]


def summary(name: str, runs: list[dict[str, float]]) -> None:
    print(f"{name}: median of {len(runs)} run(s)")
    for label, key, target in LINES:
        values = [run[key] for run in runs]
        each = ", ".join(f"{v:.2f}" for v in values)
        aim = f"   target {target}" if target else ""
        print(f"  {label:36s} {statistics.median(values):8.2f}   [{each}]{aim}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", default="pmr-16")
    parser.add_argument("--seconds", type=float, default=100.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the last recording here")
    parser.add_argument("--child-report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_report:
        play_session(args.exercise, args.seconds, args.child_report)
        return 0
    quiet: list[dict[str, float]] = []
    loaded: list[dict[str, float]] = []
    for number in range(args.runs):
        for load, runs in ((False, quiet), (True, loaded)):
            runs.append(record(args, load))
            print(f"run {number + 1} {'loaded' if load else 'quiet'}: {runs[-1]}", flush=True)
    summary("quiet", quiet)
    summary("loaded (stress-ng " + " ".join(STRESS[1:]) + ")", loaded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
