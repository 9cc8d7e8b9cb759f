"""Generate CalmKit's cue sounds (our own synthesis; no recordings) into resources/sounds/.

Run `python tools/make_tones.py` after changing a tone; a test checks the shipped files match.
Pure stdlib so it runs anywhere the app's sources do.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Strike:
    """One soft bell strike: a sine with one quiet overtone, a short attack, a slow decay."""

    frequency: float
    at: float = 0.0  # seconds from the start of the cue
    level: float = 0.32
    decay: float = 0.22  # time constant of the exponential fade
    attack: float = 0.006  # short enough for a clear onset, long enough not to click
    overtone: float = 0.18  # relative level of the partial an octave and a fifth up


@dataclass(frozen=True)
class Tone:
    name: str
    strikes: tuple[Strike, ...]
    seconds: float = 0.9


# One cue per phase kind, told apart by pitch and shape so they can be followed with closed
# eyes: rising in pitch for breathing in, falling (and doubled) for breathing out, quiet and
# level for the holds.
TONES = (
    Tone("inhale", (Strike(523.25),)),  # C5
    Tone("inhale-top-up", (Strike(659.25, level=0.26, decay=0.10),), seconds=0.5),  # E5, short
    Tone("hold", (Strike(392.0, level=0.2, decay=0.16),), seconds=0.7),  # G4, quiet
    Tone("exhale", (Strike(329.63), Strike(261.63, at=0.16)), seconds=1.1),  # E4 then C4
    Tone("rest", (Strike(293.66, level=0.2, decay=0.16),), seconds=0.7),  # D4, quiet
    # Muscle relaxation: tensing is a short rising pair, a little brighter; letting go a
    # falling pair, softer, with slower onsets and a longer fade, like a breath out.
    Tone(
        "tense",
        (Strike(440.0, level=0.24, decay=0.14), Strike(587.33, at=0.13, level=0.24, decay=0.2)),
        seconds=0.9,
    ),  # A4 then D5
    Tone(
        "release",
        (
            Strike(392.0, level=0.22, decay=0.26, attack=0.02, overtone=0.1),
            Strike(293.66, at=0.22, level=0.22, decay=0.3, attack=0.02, overtone=0.1),
        ),
        seconds=1.15,
    ),  # G4 then D4
    # A read script without a voice: one quiet, low, slowly rising strike as each segment
    # begins, so eyes that looked away know there is new text, and nothing startles.
    Tone(
        "segment",
        (Strike(349.23, level=0.16, decay=0.42, attack=0.04, overtone=0.06),),
        seconds=1.15,
    ),  # F4
)
SILENCE_SECONDS = 0.25


def render(tone: Tone) -> list[float]:
    total = int(tone.seconds * RATE)
    fade_out = int(0.05 * RATE)
    samples = [0.0] * total
    for strike in tone.strikes:
        start = int(strike.at * RATE)
        for i in range(start, total):
            t = (i - start) / RATE
            envelope = min(1.0, t / strike.attack) * math.exp(-t / strike.decay)
            wave_value = math.sin(2 * math.pi * strike.frequency * t) + strike.overtone * math.sin(
                2 * math.pi * strike.frequency * 3 * t
            )
            samples[i] += strike.level * envelope * wave_value / (1 + strike.overtone)
    for i in range(total - fade_out, total):
        samples[i] *= (total - i) / fade_out
    return samples


def wav_bytes(samples: list[float]) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
        )
    return buffer.getvalue()


def expected_files() -> dict[str, bytes]:
    files = {f"tone-{tone.name}.wav": wav_bytes(render(tone)) for tone in TONES}
    # Played while a session gets ready, so the audio output is already open at the first cue
    # (opening it can take 0.2-1.4 s here; see shared PLATFORM.md).
    files["silence.wav"] = wav_bytes([0.0] * int(SILENCE_SECONDS * RATE))
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "sounds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in expected_files().items():
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name} ({len(data) // 1024} KiB)")


if __name__ == "__main__":
    main()
