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
        [--ambient waves|rain|brown [--ambient-volume 0.5]]

--runs N records N quiet and N loaded sessions (stress-ng, as cue_timing.py), interleaved,
and prints the medians. Needs pulseaudio, pulseaudio-utils and stress-ng.

--ambient NAME interleaves every run without ambient sound with one with it. The ambient loop
is known sample for sample, so it is found in the recording (its place per second, its gain
per 10 ms while it fades in) and subtracted before the onsets are found: what remains is the
voice and the tones, plus any click or gap, which then counts as a stray. At every loop point
the largest sample-to-sample step is compared with the steps of the same recording elsewhere.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from cue_timing import STRESS, onsets, percentile, recorded_run

if TYPE_CHECKING:
    import numpy as np

TONE_SECONDS = 1.2  # the longest tone's span, for telling its own onsets from strays
MATCH_MS = 60.0  # an onset farther than this from every scheduled sound is a stray


def play_session(
    exercise_id: str, seconds: float, report: Path, ambient: str = "", ambient_volume: float = 0.5
) -> None:
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
        prefs = PlayerPreferences(countdown=True, cautions_seen=("holds", "pmr"))
        if ambient:
            prefs = prefs.with_changes(
                ambient_on=True, ambient_sound=ambient, ambient_volume=ambient_volume
            )
        save_player_preferences(store, prefs)
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

        threads: list[dict[str, float]] = []

        def stop() -> None:
            stopped.append(time.monotonic())
            threads.append(thread_cpu())  # while the audio worker still runs
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
                    "underruns": window._cues.engine.stats.underruns if window._cues else 0,
                    "threads": threads[0] if threads else {},
                    "stopped": stopped[0] if stopped else None,
                }
            )
        )


def thread_cpu() -> dict[str, float]:
    """CPU seconds of each of this process's threads, by name (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    seconds: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds[name] = seconds.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / ticks
    return seconds


def record(args: argparse.Namespace, loaded: bool, ambient: str = "") -> dict[str, float]:
    child_args = ["--exercise", args.exercise, "--seconds", str(args.seconds)]
    child_args += ["--ambient", ambient, "--ambient-volume", str(args.ambient_volume)]
    with recorded_run(__file__, child_args, loaded=loaded) as run:
        recording, report, scratch = run.recording, run.report, run.scratch
        if args.keep:
            shutil.copy(recording, args.keep)
        if run.returncode != 0 or not report.exists():
            raise SystemExit("the session did not run")
        data = json.loads(report.read_text())
        print("CPU by thread (s):", data["threads"], flush=True)
        if not data["audio"]:
            raise SystemExit("CalmKit found no audio output; is the null sink the default?")
        loops: dict[str, float] = {}
        if ambient:
            loops = remove_ambient(recording, ambient, Path(scratch) / "without-ambient.wav")
            recording = Path(scratch) / "without-ambient.wav"
        # Sentences of one clip are apart by their 0.35 s gap: 200 ms of quiet finds each.
        heard = onsets(recording, quiet_ms=200.0)
    sounds = sorted(data["sounds"])
    first_due, first_heard = sounds[0][0], heard[0]
    due = [start - first_due for start, _s, _w in sounds]
    relative = [h - first_heard for h in heard]
    if data["stopped"] is not None:  # after the stop only the ambient loop's fade-out sounds
        relative = [h for h in relative if h < data["stopped"] - first_due]
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
        "underruns": data["underruns"],
        **loops,
    }


def read_mono(path: Path) -> np.ndarray:
    import numpy as np

    with wave.open(str(path), "rb") as recording:
        channels = recording.getnchannels()
        frames = recording.readframes(recording.getnframes())
    return np.frombuffer(frames, dtype="<i2")[::channels].astype(np.float64)


BLOCK = 44100  # the loop's place is found once a second
PIECE = 441  # and its gain every 10 ms while it fades in
NEAR = 441  # +-10 ms around a loop point


def fit(mono: np.ndarray, aligned: np.ndarray, where: np.ndarray) -> float:
    """The gain that makes `aligned` closest to `mono` over `where` (least squares)."""
    return float(mono[where] @ aligned[where]) / float(aligned[where] @ aligned[where])


def remove_ambient(recording: Path, name: str, out: Path) -> dict[str, float]:
    """Write the recording minus the ambient loop to `out`; return what the loop points
    sound like: the largest step within NEAR of each, against steps elsewhere."""
    import numpy as np

    from calmkit.ui.audio.ambient import ambient_sound
    from calmkit.ui.audio.mixer import AMBIENT_FADE_IN

    loop = np.frombuffer(ambient_sound(name).samples, dtype="=i2").astype(np.float64)
    size = loop.size
    spectrum = np.fft.rfft(loop)
    mono = read_mono(recording)
    rest = mono.copy()
    # The loop's phase (recording frame - loop frame) per second. A second of loud voice over
    # a quiet loop, or a deep loop, can mislead the correlation (a false peak stood 11-14
    # times the median for waves, true ones 15-100), so the phase most seconds agree on is
    # kept, and a new one is taken only when two seconds in a row agree on it (an underrun
    # really moves the phase, for good).
    found: list[int] = []
    for begin in range(0, mono.size - BLOCK + 1, BLOCK):
        padded = np.zeros(size)
        padded[:BLOCK] = mono[begin : begin + BLOCK]
        # correlation[k] = sum_i block[i] * loop[(i + k) % size]: peaks at the loop's place.
        correlation = np.fft.irfft(np.conj(np.fft.rfft(padded)) * spectrum, size)
        place = int(np.argmax(correlation))
        found.append((begin - place) % size)
    if not found:
        raise SystemExit("the recording is too short to find the ambient loop in")
    phase = statistics.mode(found)
    if found.count(phase) < 3:
        raise SystemExit("the ambient loop was not found in the recording")
    phases = np.full(mono.size, phase, dtype=np.int64)
    for index in range(1, len(found)):
        if found[index] != phase and found[index] == found[index - 1]:
            phase = found[index]
            phases[(index - 1) * BLOCK :] = phase
    first = 0
    # A new loop starts at its frame 0 and fades in from there (the mixer's raised cosine).
    start = int(phases[first])
    frames = np.arange(mono.size)
    places = np.where(frames >= start, (frames - phases) % size, -1)
    aligned = np.where(places >= 0, loop[np.maximum(places, 0)], 0.0)
    fade = AMBIENT_FADE_IN * 44100
    faded_in = round(start + fade)
    sounding = (frames >= faded_in) & (places >= 0)
    steady = fit(mono, aligned, sounding)
    # Once more where nothing but the loop sounds, so that the voice does not bias the gain.
    steady = fit(mono, aligned, sounding & (np.abs(mono - steady * aligned) < 100))
    progress = np.clip((frames - start) / fade, 0.0, 1.0)
    gains = np.where(places >= 0, steady * (0.5 - 0.5 * np.cos(np.pi * progress)), 0.0)
    rest -= gains * aligned
    pcm = np.clip(np.rint(rest), -32768, 32767).astype("<i2")
    with wave.open(str(out), "wb") as clean:
        clean.setnchannels(1)
        clean.setsampwidth(2)
        clean.setframerate(44100)
        clean.writeframes(pcm.tobytes())
    steps = np.abs(np.diff(mono))
    quiet = np.abs(rest) < 100  # only the loop sounds here: nothing left after subtracting
    around = 8820  # 200 ms
    starts = [
        int(p)
        for p in np.flatnonzero(places == 0)
        if p != start  # where the loop began, fading in from silence: not a seam
        and around <= p < steps.size - around
        and quiet[p - around : p - NEAR].all()
        and quiet[p + NEAR : p + around].all()
    ]
    under = int(np.count_nonzero(places == 0)) - 1 - len(starts)  # under a voice or a tone
    near = [float(steps[p - NEAR : p + NEAR].max()) for p in starts]
    elsewhere = [
        float(steps[c - NEAR : c + NEAR].max())
        for c in range(faded_in + NEAR, steps.size - NEAR, 2 * NEAR)
        if quiet[c - NEAR : c + NEAR].all()
    ]
    left_near = [float(np.abs(rest[p - NEAR : p + NEAR]).max()) for p in starts]
    return {
        "loop_points": len(near),
        "loop_points_under_sound": under,
        "loop_step_max": max(near, default=0.0),
        "other_step_p99": percentile(elsewhere, 0.99) if elsewhere else 0.0,
        "other_step_max": max(elsewhere, default=0.0),
        "loop_residual_max": max(left_near, default=0.0),
        "ambient_gain": steady,
    }


AMBIENT_LINES = [
    ("underruns seen by the engine", "underruns", "0"),
    ("loop points with only the loop around", "loop_points", ""),
    ("loop points under the voice or a tone", "loop_points_under_sound", ""),
    ("largest step at a loop point (LSB)", "loop_step_max", "<= other p99"),
    ("largest step elsewhere, p99 of 20 ms (LSB)", "other_step_p99", ""),
    ("largest step elsewhere, max (LSB)", "other_step_max", ""),
    ("left after subtracting, at loop points", "loop_residual_max", "~0"),
]

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
    for label, key, target in LINES + (AMBIENT_LINES if "loop_points" in runs[0] else []):
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
    parser.add_argument("--ambient", default="", help="also run with this ambient sound")
    parser.add_argument("--ambient-volume", type=float, default=0.5)
    parser.add_argument("--quiet-only", action="store_true", help="no runs under load")
    parser.add_argument("--child-report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_report:
        play_session(
            args.exercise, args.seconds, args.child_report, args.ambient, args.ambient_volume
        )
        return 0
    loads = (False,) if args.quiet_only else (False, True)
    ambients = ("", args.ambient) if args.ambient else ("",)
    kinds = [(load, ambient) for load in loads for ambient in ambients]
    results: dict[tuple[bool, str], list[dict[str, float]]] = {kind: [] for kind in kinds}
    for number in range(args.runs):
        for load, ambient in kinds:
            runs = results[(load, ambient)]
            runs.append(record(args, load, ambient))
            name = f"{'loaded' if load else 'quiet'}{' + ' + ambient if ambient else ''}"
            print(f"run {number + 1} {name}: {runs[-1]}", flush=True)
    for load, ambient in kinds:
        name = "loaded (stress-ng " + " ".join(STRESS[1:]) + ")" if load else "quiet"
        summary(name + (f", ambient {ambient}" if ambient else ""), results[(load, ambient)])
    if args.ambient:
        for load in loads:
            without = statistics.median(r["cpu_percent"] for r in results[(load, "")])
            with_it = statistics.median(r["cpu_percent"] for r in results[(load, args.ambient)])
            print(
                f"CPU of ambient sound, {'loaded' if load else 'quiet'}: "
                f"{with_it - without:+.2f} points of one core ({with_it:.2f} vs {without:.2f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
