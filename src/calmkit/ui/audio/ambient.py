"""Ambient sounds made in code: noise shaped in the frequency domain, so that every buffer is
exactly periodic and its end runs on into its start with no seam to hide.

Each sound is rendered once, in a worker thread (numpy releases the interpreter lock while it
works: a GUI-thread loop saw at most 1.6 ms between turns during a render here), and cached.
"""

from __future__ import annotations

import array
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from calmkit.ui.audio.sound import RATE, Sound

# The narration's loudness while it speaks: the A-weighted RMS of the bundled clips with their
# silences left out, median of 110 clips (0.077 of full scale, -22 dBFS). At full ambient volume
# a sound is half as loud as the voice (-6 dB), at the default volume (0.5) a quarter: under it.
NARRATION_LEVEL = 0.077
FULL_VOLUME_LEVEL = 0.5 * NARRATION_LEVEL
DEFAULT_VOLUME = 0.5
# The highest peak of a sound at full volume. The voice's own peaks reach ~0.75, and both
# peaking at the same sample is rare; the mixer rounds off the little that would pass full
# scale (a clipped sample is a click).
PEAK_LIMIT = 0.45


@dataclass(frozen=True)
class AmbientRecipe:
    name: str
    seconds: float  # a whole number of the sound's own cycles (swells, drifts)
    make: Callable[[Any, Any, int], Any]  # (numpy, generator, frames) -> float samples


def a_weighting(np: Any, freqs: Any) -> Any:
    """The A-weighting curve (IEC 61672) as amplitude factors, 1.0 at 1 kHz."""

    def curve(f: Any) -> Any:
        f2 = f * f
        return (
            12194.0**2
            * f2
            * f2
            / ((f2 + 20.6**2) * np.sqrt((f2 + 107.7**2) * (f2 + 737.9**2)) * (f2 + 12194.0**2))
        )

    return curve(freqs) / curve(np.float64(1000.0))


def periodic_noise(np: Any, rng: Any, frames: int, shape: Callable[[Any], Any]) -> Any:
    """Gaussian noise `frames` long with the amplitude spectrum `shape(frequency)`.

    Made by one inverse FFT over the whole buffer, so sample `frames` would be sample 0
    again: the loop point is like every other point.
    """
    bins = frames // 2 + 1
    freqs = np.arange(bins, dtype=np.float64) * (RATE / frames)
    spectrum = np.empty(bins, dtype=np.complex64)
    spectrum.real = rng.standard_normal(bins, dtype=np.float32)
    spectrum.imag = rng.standard_normal(bins, dtype=np.float32)
    magnitude = shape(np.maximum(freqs, 1.0)).astype(np.float32)
    magnitude[0] = 0.0  # no offset: a constant would only take headroom
    spectrum *= magnitude
    return np.fft.irfft(spectrum, frames)  # float32 in, float32 out: half the memory


def lowpass(np: Any, f: Any, corner: float, order: int = 2) -> Any:
    return 1.0 / np.sqrt(1.0 + (f / corner) ** (2 * order))


def highpass(np: Any, f: Any, corner: float, order: int = 2) -> Any:
    return 1.0 / np.sqrt(1.0 + (corner / f) ** (2 * order))


# Waves: six swells of 8.4-11.2 s (60 s in all), each a slow rise, a crest and a longer ebb.
SWELLS = ((9.6, 0.9), (11.2, 1.0), (8.4, 0.75), (10.8, 0.95), (9.0, 0.8), (11.0, 1.0))


def swell_shape(np: Any, frames: int) -> Any:
    """0 at each swell's start and end, its height at 55% of the way (zero slope at both ends,
    so swells join smoothly and the last joins the first)."""
    out = np.empty(frames)
    begin = 0
    total = sum(seconds for seconds, _ in SWELLS)
    for index, (seconds, height) in enumerate(SWELLS):
        end = frames if index == len(SWELLS) - 1 else begin + round(frames * seconds / total)
        u = np.arange(end - begin) / (end - begin)
        # u ** 1.16 is 0.5 at u = 0.55: the crest comes a little after the middle.
        out[begin:end] = height * np.sin(np.pi * u**1.16) ** 2
        begin = end
    return out


def make_waves(np: Any, rng: Any, frames: int) -> Any:
    # The body of the water: deep noise; the wash at the crest: a brighter band, kept well
    # below the hiss of rain (nothing above ~2.5 kHz).
    body = periodic_noise(
        np, rng, frames, lambda f: f**-0.7 * highpass(np, f, 80.0) * lowpass(np, f, 700.0)
    )
    wash = periodic_noise(
        np,
        rng,
        frames,
        lambda f: f**-0.5 * highpass(np, f, 300.0) * lowpass(np, f, 2500.0, 3),
    )
    body /= np.sqrt(np.mean(body**2))
    wash /= np.sqrt(np.mean(wash**2))
    swell = swell_shape(np, frames)
    return body * (0.3 + 0.7 * swell) + wash * (0.8 * swell**2)


def slow_drift(np: Any, frames: int) -> Any:
    """A level that wanders by about +-1 dB, in whole cycles of the buffer (so it loops)."""
    t = np.arange(frames) / frames
    return 1.0 + 0.07 * np.sin(2 * np.pi * 3 * t) + 0.05 * np.sin(2 * np.pi * 7 * t + 1.3)


def make_rain(np: Any, rng: Any, frames: int) -> Any:
    # Pink noise with its lowest and highest parts rounded off: the patter without the hiss.
    noise = periodic_noise(
        np,
        rng,
        frames,
        lambda f: f**-0.5 * highpass(np, f, 180.0) * lowpass(np, f, 3200.0),
    )
    return noise * slow_drift(np, frames)


def make_brown(np: Any, rng: Any, frames: int) -> Any:
    # Brown noise (power falling 6 dB an octave) without the sub-bass rumble that small
    # speakers cannot play and that would only take headroom.
    noise = periodic_noise(
        np, rng, frames, lambda f: f**-1.0 * highpass(np, f, 70.0) * lowpass(np, f, 1200.0, 1)
    )
    return noise * slow_drift(np, frames)


RECIPES = {
    recipe.name: recipe
    for recipe in (
        AmbientRecipe("waves", 60.0, make_waves),
        AmbientRecipe("rain", 30.0, make_rain),
        AmbientRecipe("brown", 30.0, make_brown),
    )
}


def loudness(np: Any, samples: Any) -> float:
    """A-weighted RMS of a periodic buffer (exact for it, by Parseval's theorem)."""
    spectrum = np.fft.rfft(samples)
    freqs = np.arange(spectrum.size) * (RATE / samples.size)
    power = np.abs(spectrum * a_weighting(np, np.maximum(freqs, 1.0))) ** 2
    power[1 : (samples.size + 1) // 2] *= 2  # the negative frequencies, folded in
    return float(math.sqrt(float(np.sum(power))) / samples.size)


@cache
def ambient_sound(name: str) -> Sound:
    """The sound `name` (one of AMBIENT_SOUNDS) at FULL_VOLUME_LEVEL, made once (~0.1-0.4 s
    here: call it from a worker thread)."""
    import numpy as np

    recipe = RECIPES.get(name)
    if recipe is None:
        raise KeyError(f"no ambient sound named {name!r}")
    frames = round(recipe.seconds * RATE)
    # A fixed seed: the same sound every time, and tests that measure the real thing.
    rng = np.random.default_rng(sum(map(ord, name)))
    samples = recipe.make(np, rng, frames)
    scale = FULL_VOLUME_LEVEL / loudness(np, samples)
    # Headroom for the voice on top: a deep sound is loud in its unweighted peaks for its
    # loudness, so its level gives way before its peaks pass PEAK_LIMIT.
    scale = min(scale, PEAK_LIMIT / float(np.max(np.abs(samples))))
    samples *= scale * 32767
    pcm = np.clip(np.rint(samples), -32768, 32767).astype("<i2")
    out = array.array("h", pcm.tobytes())
    if sys.byteorder != "little":
        out.byteswap()
    return Sound(f"ambient-{name}", out)
