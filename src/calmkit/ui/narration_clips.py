"""Narration clips decoded into the app's stream format (mono 16-bit at 44.1 kHz).

Decoded when a session opens, never at the moment a clip plays. soundfile imports numpy, so
both load here, lazily, and never at start-up. A clip that is missing or damaged is logged
and skipped: its step runs with its text and a tone.
"""

from __future__ import annotations

import array
import logging
import math
import sys
from collections.abc import Iterable
from functools import cache
from typing import Any

from calmkit.core.narration import Clip, ClipIndex

log = logging.getLogger(__name__)
STREAM_RATE = 44100
# Half-band interpolation filter length per side (in input samples): 16 gives more than
# 70 dB of image rejection above 12 kHz; the voice has almost nothing up there anyway.
HALF_TAPS = 16


@cache
def _odd_phase() -> tuple[float, ...]:
    """Taps that make the new in-between samples of an exact 2x upsample.

    A Kaiser-windowed sinc cut off at the input's Nyquist frequency. Its even phase is a
    single 1.0, so every original sample passes through unchanged.
    """
    beta = 8.0

    def bessel_i0(x: float) -> float:
        total, term, k = 1.0, 1.0, 1
        while term > 1e-12 * total:
            term *= (x / (2 * k)) ** 2
            total += term
            k += 1
        return total

    taps = []
    span = 2 * HALF_TAPS  # in output samples, each side
    for j in range(-HALF_TAPS, HALF_TAPS):
        n = 2 * j + 1  # odd offsets, in output samples, from the new sample
        ratio = n / span
        window = bessel_i0(beta * math.sqrt(max(0.0, 1 - ratio * ratio))) / bessel_i0(beta)
        taps.append(math.sin(math.pi * n / 2) / (math.pi * n / 2) * window)
    return tuple(taps)


def upsample_2x(mono: Any) -> Any:
    """An exact 2x upsample of a 1-D float array (numpy): output[2k] == mono[k]."""
    import numpy as np

    taps = np.asarray(_odd_phase())
    padded = np.concatenate([np.zeros(HALF_TAPS), mono, np.zeros(HALF_TAPS)])
    # Correlating with the (symmetric) taps: entry k+1 is the sample between inputs k, k+1.
    between = np.convolve(padded, taps[::-1], mode="valid")[1 : mono.size + 1]
    out = np.empty(mono.size * 2)
    out[0::2] = mono
    out[1::2] = between
    return out


def decode_clip(clip: Clip) -> array.array[int] | None:
    """The clip as mono int16 samples at STREAM_RATE, or None (logged) when it cannot be used."""
    try:
        import soundfile
    except (ImportError, OSError) as error:  # OSError: libsndfile itself failed to load
        log.warning("narration off: soundfile cannot load (%s)", error)
        return None
    try:
        with soundfile.SoundFile(clip.path) as source:
            rate = source.samplerate
            audio = source.read(dtype="float64", always_2d=True)
    except (OSError, RuntimeError) as error:  # LibsndfileError is a RuntimeError
        log.warning("narration clip for %r cannot be read (%s): %s", clip.text, clip.path, error)
        return None
    if audio.shape[0] != clip.frames or rate != clip.sample_rate:
        log.warning(
            "narration clip for %r is damaged: %d frames at %d Hz, the manifest says %d at %d",
            clip.text,
            audio.shape[0],
            rate,
            clip.frames,
            clip.sample_rate,
        )
        return None
    mono = audio.mean(axis=1)
    if rate * 2 == STREAM_RATE:
        mono = upsample_2x(mono)
    elif rate != STREAM_RATE:
        log.warning("narration clip for %r is at %d Hz; only 22050 or 44100 play", clip.text, rate)
        return None
    import numpy as np

    samples = np.clip(np.round(mono * 32767), -32768, 32767).astype("<i2")
    out = array.array("h", samples.tobytes())
    if sys.byteorder != "little":
        out.byteswap()
    return out


def decode_for_session(index: ClipIndex, texts: Iterable[str]) -> dict[str, array.array[int]]:
    """Every clip a session will speak, decoded now; texts without a usable clip are absent."""
    decoded: dict[str, array.array[int]] = {}
    for text in dict.fromkeys(texts):
        clip = index.clip_for(text)
        if clip is None:
            continue
        samples = decode_clip(clip)
        if samples is not None:
            decoded[text] = samples
    return decoded
