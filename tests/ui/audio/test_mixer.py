"""Where sounds land in the stream, tested with plain numbers and a simulated device."""

from __future__ import annotations

import array
import bisect
import itertools
import math

import pytest

from calmkit.ui.audio import RATE, Sound
from calmkit.ui.audio.mixer import (
    AMBIENT_DIP,
    AMBIENT_FADE_IN,
    AMBIENT_FADE_OUT,
    AMBIENT_RECOVER,
    DEADBAND,
    WRITE_AHEAD,
    Mixer,
    StreamClock,
)

STEP = 256  # the device position moves in steps like QAudioSink's here


def tone(name: str, seconds: float = 0.1, level: int = 8000) -> Sound:
    count = round(seconds * RATE)
    return Sound(name, array.array("h", [level] * count))


class Device:
    """A simulated output: plays what was written at its own rate, stops when it runs dry, and
    reports its position in steps, as a sound server does (exactly, once it has played all)."""

    def __init__(self, start: float, ppm: float = 0.0) -> None:
        self.rate = RATE * (1 + ppm * 1e-6)
        self.now = start
        self.played = 0.0
        self.stream = array.array("h")
        self._log: list[tuple[float, float]] = [(start, 0.0)]  # (time, frames played by then)

    def reading(self) -> int:
        if self.played >= len(self.stream):
            return len(self.stream)
        return int(self.played) // STEP * STEP

    def run(self, seconds: float) -> None:
        end = self.now + seconds
        while self.now < end - 1e-9:
            step = min(0.001, end - self.now)
            self.played = min(float(len(self.stream)), self.played + step * self.rate)
            self.now += step
            self._log.append((self.now, self.played))

    def onsets(self) -> list[float]:
        """When the first frame of each sound (after silence) was heard."""
        stream, found = self.stream, []
        for frame in range(1, len(stream)):
            if stream[frame] and not stream[frame - 1]:
                index = bisect.bisect_left([played for _, played in self._log], frame + 1)
                if index < len(self._log):
                    found.append(self._log[index][0])
        return found


def feed(mixer: Mixer, device: Device, seconds: float, tick: float = 0.01) -> None:
    """What the worker thread does: every tick, read the device and top the stream up."""
    end = device.now + seconds
    while device.now < end - 1e-9:
        chunk = mixer.top_up(device.now, device.reading(), 10 * RATE)
        if chunk is not None:
            device.stream.extend(chunk)
        device.run(tick)


def started(start: float = 100.0, ppm: float = 0.0) -> tuple[Mixer, Device]:
    device = Device(start, ppm)
    mixer = Mixer(StreamClock())
    feed(mixer, device, 1.0)
    assert mixer.clock.anchored
    return mixer, device


def test_a_sound_is_heard_at_its_moment_after_a_constant_delay() -> None:
    mixer, device = started()
    moments = [101.5, 102.25, 103.0, 104.125]
    for moment in moments:
        mixer.play_at(tone("inhale"), moment)
    feed(mixer, device, 4.0)
    delays = [heard - due for heard, due in zip(device.onsets(), moments, strict=True)]
    assert len(delays) == len(moments)
    assert max(delays) - min(delays) < 0.001
    assert 0.0 < delays[0] < WRITE_AHEAD + 0.02  # the queue, and nothing more


def test_the_frame_of_a_moment_follows_the_device_position() -> None:
    clock = StreamClock()
    for tick in range(60):
        now = 10.0 + tick * 0.01
        clock.observe(now, max(0, round((now - 10.2) * RATE)))
    assert clock.anchored
    assert clock.frame_at(12.2) == pytest.approx(2 * RATE, abs=RATE * 0.0015)
    assert clock.moment_of(clock.frame_at(11.0)) == pytest.approx(11.0)


def test_nothing_sounds_before_the_device_position_is_known() -> None:
    mixer = Mixer(StreamClock())
    mixer.play_at(tone("early"), 0.0)
    assert mixer.top_up(0.0, 0, 10 * RATE) == array.array("h", bytes(2 * round(WRITE_AHEAD * RATE)))
    assert mixer.pending == 1


def test_overlapping_sounds_add_up_and_clip_at_full_scale() -> None:
    mixer = started()[0]
    due = mixer.clock.moment_of(mixer.written + RATE // 2)
    mixer.play_at(tone("first", 0.2, 20000), due)
    mixer.play_at(tone("second", 0.2, 20000), due + 0.1, gain=0.5)
    begin = mixer.written
    chunk = mixer.render(RATE)
    first = round(mixer.clock.frame_at(due)) - begin
    overlap = first + round(0.1 * RATE)
    assert chunk[first - 1] == 0 and chunk[first] == 20000
    assert chunk[overlap + 10] == 30000  # 20000 + 0.5 * 20000
    doubled = Mixer(mixer.clock)
    doubled.written = begin
    doubled.play_at(tone("a", 0.2, 30000), due)
    doubled.play_at(tone("b", 0.2, 30000), due)
    assert max(doubled.render(RATE)) == 32767


def test_the_ambient_loop_is_continuous_whatever_the_chunk_sizes() -> None:
    loop = Sound("waves", array.array("h", [round(9000 * math.sin(i / 7)) for i in range(997)]))
    whole, pieces = started()[0], started()[0]
    for mixer in (whole, pieces):
        mixer.set_ambient(loop, 0.5)
    total = round((AMBIENT_FADE_IN + 0.1) * RATE)
    expected = whole.render(total)
    got = array.array("h")
    for size in (1, 440, 997, 3, 5000, 12345):
        got.extend(pieces.render(size))
    got.extend(pieces.render(total - len(got)))
    assert got == expected
    tail = expected[-2000:]
    offset = total - 2000
    assert list(tail) == [round(0.5 * loop.samples[(offset + i) % 997]) for i in range(2000)]


def test_ambient_fades_out_when_taken_away() -> None:
    mixer = started()[0]
    mixer.set_ambient(tone("rain", 0.05), 1.0)
    mixer.render(round(AMBIENT_FADE_IN * RATE) + 10)
    mixer.set_ambient(None)
    fading = mixer.render(round(AMBIENT_FADE_OUT * RATE) + 10)
    assert fading[0] > 7900 and fading[-1] == 0
    assert all(a >= b for a, b in itertools.pairwise(fading))


def test_after_an_underrun_later_sounds_are_exact_again() -> None:
    mixer, device = started()
    sound = tone("inhale")
    for moment in (101.5, 102.6, 104.0, 105.5):
        mixer.play_at(sound, moment)
    feed(mixer, device, 1.2)  # to 102.2
    device.run(0.7)  # the worker stalls longer than the queue: the device runs dry
    feed(mixer, device, 4.0)
    onsets = device.onsets()
    delay = onsets[0] - 101.5
    assert mixer.underruns >= 1
    # 102.6 fell in the gap: cut or lost. The later ones keep the delay of the first.
    assert onsets[-2] - 104.0 == pytest.approx(delay, abs=0.0015)
    assert onsets[-1] - 105.5 == pytest.approx(delay, abs=0.0015)


@pytest.mark.parametrize("ppm", [-60.0, 60.0])
def test_two_hours_with_a_device_clock_off_by_tens_of_ppm_stay_within_the_deadband(
    ppm: float,
) -> None:
    clock = StreamClock()
    rate = RATE * (1 + ppm * 1e-6)
    now, start, worst = 0.0, 0.5, 0.0
    while now < 2 * 3600:
        now += 0.1
        position = max(0.0, (now - start) * rate)
        clock.observe(now, int(position) // STEP * STEP)
        if now > 120:  # once it has learned the device's rate
            worst = max(worst, abs(clock.frame_at(now) - position) / RATE)
    assert clock.reanchors == 0
    assert worst < DEADBAND + 0.002  # uncorrected, 60 ppm is 432 ms after two hours
    assert clock.speed == pytest.approx(rate, abs=RATE * 20e-6)


def test_silence_forgets_every_sound_and_says_where_the_stream_is_clean() -> None:
    mixer = started()[0]
    mixer.play_at(tone("exhale", 2.0), mixer.clock.moment_of(mixer.written))
    mixer.set_ambient(tone("rain", 0.05), 1.0)
    assert any(mixer.render(1000))
    clean = mixer.silence()
    assert clean == mixer.written and mixer.pending == 0
    assert not any(mixer.render(RATE))


def level_every(chunk: array.array[int], level: int, frames: int) -> list[float]:
    """The gain a constant `level` loop had at every `frames`-th frame."""
    return [chunk[i] / level for i in range(0, len(chunk), frames)]


def test_ambient_fades_in_over_three_seconds_then_holds_its_gain() -> None:
    mixer = started()[0]
    mixer.set_ambient(tone("rain", 0.05, 10000), 0.5)
    chunks = array.array("h")
    for _ in range(round((AMBIENT_FADE_IN + 1.0) * RATE) // 441):  # 10 ms at a time
        chunks.extend(mixer.render(441))
    gains = level_every(chunks, 10000, RATE // 2)  # every half second
    assert gains[0] < 0.01, "it starts from silence"
    assert gains[3] == pytest.approx(0.25, abs=0.002), "half way at 1.5 s"
    assert gains[6:] == [0.5, 0.5], "then steady at its gain"
    assert all(a <= b for a, b in itertools.pairwise(chunks)), "never a step back"
    steepest = max(b - a for a, b in itertools.pairwise(chunks))
    assert steepest <= 3, "no step you could hear: a few LSB a frame at most"


def test_ambient_sits_under_a_voice_at_its_own_gain() -> None:
    loop = Sound("waves", array.array("h", [round(9000 * math.sin(i / 7)) for i in range(997)]))
    alone, under = started()[0], started()[0]
    for mixer in (alone, under):
        mixer.set_ambient(loop, 0.25)
        mixer.render(round(AMBIENT_FADE_IN * RATE) + 1)
    under.play_at(tone("voice", 0.5, 12000), under.clock.moment_of(under.written + 300))
    ambient, mixed = alone.render(2000), under.render(2000)
    assert max(ambient) == pytest.approx(0.25 * 9000, abs=1)
    assert [b - a for a, b in zip(ambient, mixed, strict=True)] == [0] * 300 + [12000] * 1700


def test_the_same_sound_asked_for_again_goes_on_with_its_fade() -> None:
    mixer = started()[0]
    sound = tone("rain", 0.05, 10000)
    mixer.set_ambient(sound, 0.5)
    mixer.render(RATE)
    mixer.set_ambient(sound, 0.5)
    assert mixer.ambient_gain == pytest.approx(0.5 * (0.5 - 0.5 * math.cos(math.pi / 3)))


def test_a_new_ambient_volume_glides_instead_of_stepping() -> None:
    mixer = started()[0]
    sound = tone("rain", 0.05, 10000)
    mixer.set_ambient(sound, 0.5)
    mixer.render(round(AMBIENT_FADE_IN * RATE) + 1)
    mixer.set_ambient(sound, 0.2)
    chunk = mixer.render(RATE // 2)
    assert chunk[0] > 4990 and chunk[-1] == 2000
    assert max(a - b for a, b in itertools.pairwise(chunk)) <= 2
    assert mixer.ambient is sound


def test_a_new_ambient_sound_fades_in_as_the_old_one_fades_out() -> None:
    mixer = started()[0]
    rain, waves = tone("rain", 0.05, 10000), tone("waves", 0.05, 6000)
    mixer.set_ambient(rain, 1.0)
    mixer.render(round(AMBIENT_FADE_IN * RATE) + 1)
    mixer.set_ambient(waves, 1.0)
    assert mixer.ambient is waves
    chunk = mixer.render(round(AMBIENT_FADE_IN * RATE) + 1)
    at = round(AMBIENT_FADE_OUT * RATE / 2)  # rain half gone; waves 1/4 in (raised cosine)
    rain_gain, waves_gain = 0.5, 0.5 - 0.5 * math.cos(math.pi * AMBIENT_FADE_OUT / 2 / 3)
    assert chunk[at] == pytest.approx(10000 * rain_gain + 6000 * waves_gain, abs=3)
    assert chunk[-1] == 6000


def test_after_an_underrun_ambient_comes_back_with_a_fade_not_at_full_level() -> None:
    mixer, device = started()
    mixer.set_ambient(tone("rain", 0.05, 10000), 1.0)
    feed(mixer, device, AMBIENT_FADE_IN + 0.5)
    heard = len(device.stream)
    device.run(0.7)  # the worker stalls longer than the queue
    feed(mixer, device, 0.5)
    assert mixer.underruns >= 1
    after = device.stream[heard:]  # written after the device ran dry
    assert after[0] < 100, "the first frame after the gap is almost silent"
    assert max(b - a for a, b in itertools.pairwise(after)) < 100
    assert after[round(AMBIENT_RECOVER * RATE)] == 10000


def test_a_gap_for_the_hush_is_silent_then_the_loop_fades_back() -> None:
    mixer = started()[0]
    mixer.set_ambient(tone("rain", 0.05, 10000), 1.0)
    mixer.render(round(AMBIENT_FADE_IN * RATE) + 1)
    mixer.ambient_gap(0.5, 1.0)
    chunk = mixer.render(2 * RATE)
    dip = round(AMBIENT_DIP * RATE)
    assert chunk[0] > 9900 and all(a >= b for a, b in itertools.pairwise(chunk[:dip]))
    assert not any(chunk[dip : RATE // 2]), "down in 30 ms, not in one step, then silent"
    assert chunk[RATE // 2 + RATE // 2] == pytest.approx(5000, abs=2)
    assert chunk[-1] == 10000


def test_a_voice_peak_on_top_of_ambient_is_rounded_off_not_clipped_flat() -> None:
    mixer = started()[0]
    mixer.set_ambient(tone("rain", 0.05, 8000), 1.0)
    mixer.render(round(AMBIENT_FADE_IN * RATE) + 1)
    rising = Sound("peak", array.array("h", range(16000, 32000, 8)))
    mixer.play_at(rising, mixer.clock.moment_of(mixer.written))
    chunk = mixer.render(len(rising))
    assert max(chunk) < 32767, "never flat at full scale"
    assert all(a <= b for a, b in itertools.pairwise(chunk)), "still rising: no corner"
    assert chunk[0] == 24000, "below the knee nothing changes"


def test_ambient_alone_needs_no_hush_but_a_voice_in_the_queue_does() -> None:
    mixer = started()[0]
    mixer.set_ambient(tone("rain", 0.05, 8000), 1.0)
    mixer.render(RATE)
    assert mixer.voiced_until == 0
    mixer.play_at(tone("voice"), mixer.clock.moment_of(mixer.written))
    mixer.render(100)
    assert mixer.voiced_until == mixer.written
