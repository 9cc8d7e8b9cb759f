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
class Tone:
    """A soft bell: a sine with one quiet overtone, a short attack and a slow decay."""

    name: str
    frequency: float
    seconds: float = 0.9
    attack: float = 0.006  # short enough for a clear onset, long enough not to click
    decay: float = 0.22  # time constant of the exponential fade
    level: float = 0.32
    overtone: float = 0.18  # relative level of the octave-and-a-fifth partial


TONES = (Tone("phase", frequency=392.0),)
SILENCE_SECONDS = 0.25


def render(tone: Tone) -> list[float]:
    samples = []
    total = int(tone.seconds * RATE)
    fade_out = int(0.05 * RATE)
    for i in range(total):
        t = i / RATE
        envelope = min(1.0, t / tone.attack) * math.exp(-t / tone.decay)
        if i > total - fade_out:
            envelope *= (total - i) / fade_out
        wave_value = math.sin(2 * math.pi * tone.frequency * t) + tone.overtone * math.sin(
            2 * math.pi * tone.frequency * 3 * t
        )
        samples.append(tone.level * envelope * wave_value / (1 + tone.overtone))
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
