"""Sounds as the engine mixes them: mono 16-bit samples at the stream rate, with a name.

Qt-free, so the loaders and the resampling can be tested with plain numbers.
"""

from __future__ import annotations

import array
import sys
import wave
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

RATE = 44100  # the stream's rate: the bundled tones are made at it
NARRATION_RATE = RATE // 2  # Piper voices speak at 22.05 kHz: doubled exactly, no drift


@dataclass(frozen=True)
class Sound:
    """Mono signed 16-bit samples at RATE. Treat `samples` as read-only: mixing shares it."""

    name: str
    samples: array.array[int] = field(repr=False)

    def __post_init__(self) -> None:
        if self.samples.typecode != "h":
            raise TypeError(f"{self.name}: samples must be an array of 16-bit integers ('h')")

    def __len__(self) -> int:
        return len(self.samples)

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE

    @classmethod
    def from_pcm(cls, name: str, samples: Iterable[int], rate: int) -> Sound:
        """A sound from decoded mono 16-bit samples at RATE or NARRATION_RATE."""
        pcm = samples if isinstance(samples, array.array) else array.array("h", samples)
        if pcm.typecode != "h":
            pcm = array.array("h", pcm)
        if rate == NARRATION_RATE:
            return cls(name, upsample_2x(pcm))
        if rate == RATE:
            return cls(name, pcm)
        raise ValueError(
            f"{name}: sound at {rate} Hz; CalmKit plays sounds made at {RATE} or "
            f"{NARRATION_RATE} Hz"
        )


def upsample_2x(samples: array.array[int]) -> array.array[int]:
    """Exactly twice the samples: the originals kept at even places, the new ones between.

    Each new sample is a 4-point cubic (Lagrange) interpolation, -1/16, 9/16, 9/16, -1/16:
    much less high-frequency image than averaging two neighbours, and the length is exactly
    2n, so a clip keeps its timing to the sample.
    """
    count = len(samples)
    out = array.array("h", bytes(4 * count))
    if count == 0:
        return out
    out[0::2] = samples
    last = count - 1
    for i in range(count):
        before = samples[i - 1] if i > 0 else samples[0]
        here = samples[i]
        after = samples[i + 1] if i < last else samples[last]
        later = samples[i + 2] if i + 2 <= last else samples[last]
        value = (9 * (here + after) - before - later + 8) >> 4
        out[2 * i + 1] = -32768 if value < -32768 else 32767 if value > 32767 else value
    return out


def load_wav(path: Path, name: str | None = None) -> Sound:
    """A 16-bit mono WAV file at RATE or NARRATION_RATE as a Sound named after the file."""
    try:
        with wave.open(str(path), "rb") as clip:
            width, channels, rate = clip.getsampwidth(), clip.getnchannels(), clip.getframerate()
            data = clip.readframes(clip.getnframes())
    except (wave.Error, EOFError) as error:
        raise ValueError(f"{path.name}: not a readable WAV file ({error})") from error
    if width != 2 or channels != 1:
        raise ValueError(
            f"{path.name}: {8 * width}-bit audio with {channels} channels; "
            "CalmKit plays 16-bit mono"
        )
    if rate not in (RATE, NARRATION_RATE):
        raise ValueError(
            f"{path.name}: sound at {rate} Hz; CalmKit plays sounds made at {RATE} or "
            f"{NARRATION_RATE} Hz"
        )
    samples = array.array("h", data)
    if sys.byteorder == "big":  # WAV is little-endian
        samples.byteswap()
    return Sound.from_pcm(name or path.stem, samples, rate)
