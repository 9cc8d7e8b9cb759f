"""The ambient sounds as a listener gets them: seamless loops, calm levels, slow swells."""

from __future__ import annotations

import numpy as np
import pytest

from calmkit.core.preferences import AMBIENT_SOUNDS
from calmkit.ui.audio import RATE
from calmkit.ui.audio.ambient import (
    FULL_VOLUME_LEVEL,
    PEAK_LIMIT,
    RECIPES,
    SWELLS,
    ambient_sound,
    loudness,
)


def samples(name: str) -> np.ndarray:
    return np.frombuffer(ambient_sound(name).samples, dtype="=i2").astype(np.float64)


def click_score(buffer: np.ndarray, at: int, width: int = 32) -> float:
    """How much the looped buffer jumps at frame `at`, against the buffer itself: the largest
    second difference (a step or a corner) within `width` frames of it, over the 99.9th
    percentile of second differences everywhere: about 1 (0.04-0.94 here) where nothing
    clicks, 4-7 for a cut that does not join."""
    looped = np.concatenate((buffer, buffer[: 4 * width]))
    curvature = np.abs(np.diff(looped, 2))
    near = curvature[max(0, at - width) : at + width].max()
    return float(near / np.percentile(curvature[: buffer.size], 99.9))


def test_every_sound_the_person_can_choose_is_made_here() -> None:
    assert tuple(RECIPES) == tuple(AMBIENT_SOUNDS)


@pytest.mark.parametrize("name", AMBIENT_SOUNDS)
def test_the_loop_point_is_as_smooth_as_any_other_point(name: str) -> None:
    buffer = samples(name)
    assert buffer.size == round(RECIPES[name].seconds * RATE)
    steps = np.abs(np.diff(buffer))
    across = abs(buffer[0] - buffer[-1])
    assert across <= np.percentile(steps, 99.5), (across, np.percentile(steps, 99.5))
    assert click_score(buffer, buffer.size) <= 1.5


def test_the_click_score_does_catch_a_loop_that_does_not_join() -> None:
    # A sound cut short at an arbitrary frame: its end no longer runs into its start.
    cut = samples("brown")[: RATE * 7 + 12345]
    assert click_score(cut, cut.size) > 2.0
    stepped = samples("rain").copy()
    stepped[-200:] += 4000  # a step, as a clumsy edit would leave
    assert click_score(stepped, stepped.size) > 2.0


@pytest.mark.parametrize("name", AMBIENT_SOUNDS)
def test_each_sound_is_under_the_voice_and_leaves_room_for_it(name: str) -> None:
    buffer = samples(name) / 32767
    level = loudness(np, buffer)
    # Full volume is half the voice's loudness; deep sounds give way to their peak limit,
    # but by no more than 2 dB.
    assert 0.79 * FULL_VOLUME_LEVEL <= level <= 1.01 * FULL_VOLUME_LEVEL
    assert np.abs(buffer).max() <= PEAK_LIMIT + 1 / 32767


@pytest.mark.parametrize("name", AMBIENT_SOUNDS)
def test_no_sound_is_hissy(name: str) -> None:
    power = np.abs(np.fft.rfft(samples(name))) ** 2
    freqs = np.fft.rfftfreq(samples(name).size, 1 / RATE)
    assert power[freqs > 4000].sum() / power.sum() < 0.04
    assert power[freqs < 40].sum() / power.sum() < 0.1, "no rumble small speakers cannot play"


def test_waves_swell_and_ebb_every_eight_to_twelve_seconds() -> None:
    buffer = samples("waves")
    window = RATE // 2
    level = np.sqrt(np.mean(buffer[: buffer.size // window * window].reshape(-1, window) ** 2, 1))
    crests = [
        i
        for i in range(len(level))
        if level[i] == level[max(0, i - 8) : i + 9].max() and level[i] > np.median(level)
    ]
    assert len(crests) == len(SWELLS)
    gaps = np.diff(crests) / 2  # in seconds
    assert all(7.5 <= gap <= 12.5 for gap in gaps), gaps
    assert level.max() / level.min() > 2.0, "a swell you can hear, not a flat roar"


def test_a_sound_is_made_once() -> None:
    assert ambient_sound("brown") is ambient_sound("brown")
    with pytest.raises(KeyError, match="no ambient sound named 'thunder'"):
        ambient_sound("thunder")
