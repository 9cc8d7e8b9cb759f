"""Where each sound goes in the output stream, and the mix written there: pure arithmetic.

`StreamClock` maps session-clock moments (CLOCK_MONOTONIC seconds) to stream frames, anchored
on the device's played position; `Mixer` renders the frames in order, paced by that clock,
with the ambient loop (numpy) under the timed sounds. Both are free of Qt and threads, so
tests drive them with plain numbers and a fake device.
"""

from __future__ import annotations

import array
import math
from collections import deque
from dataclasses import dataclass
from typing import Any

from calmkit.ui.audio.sound import RATE, Sound

# The device position (QAudioSink.processedUSecs) moves in steps of 256 frames (5.8 ms) and is
# read a little late under load, so one reading says "at least here". The highest offset seen
# over WINDOW, and over at least READINGS readings when they come sparse under load, is the
# position to within ~1 ms (measured here: single readings spread over 6 ms).
WINDOW = 0.3
READINGS = 20
# How long the first readings are collected before the first sound may be placed; the first
# sound after opening a stream came 1-2 s late here anyway, so this costs nothing audible.
SETTLE = 0.25
# The stream is written at the pace of the session clock, not of the device position: the
# position Qt reports counts what the sound server took, and the server's own buffer (hidden
# from Qt) took more and more, 22 ms over 2 minutes here, when writing followed it. So the
# position only corrects the clock when it strays beyond DEADBAND (a device clock tens of ppm
# off reaches that after ~15 minutes), and a device that ran dry re-anchors the clock at once.
DEADBAND = 0.04
# Beyond the deadband the device's rate is followed by a critically damped PI loop with this
# time constant: slow enough to average the reading noise, fast enough to hold 100 ppm.
FOLLOW_SECONDS = 20.0
ADJUST_EVERY = 1.0  # seconds between two corrections of the stream's speed
# Audio kept queued ahead of the device, just after a top-up (the worker tops up every 20 ms,
# or 100 ms once steady: the queue never holds less than 0.4 s). The worker can stall that
# long (the GIL held by a busy GUI thread, a loaded machine) before the device runs dry;
# measured here, a 300 ms busy GUI thread under stress-ng caused no underrun. A sound handed
# over less than this before its moment loses its head, so the cue scheduler hands tones over
# 1 s ahead.
WRITE_AHEAD = 0.5


class StreamClock:
    """Stream frame <-> session moment, anchored to the device's played position."""

    def __init__(self, rate: int = RATE) -> None:
        self.rate = rate
        self.anchored = False
        self.reanchors = 0  # glitches recovered from (for logs and the benchmark)
        self._started = False  # the device has begun to play
        self._since = 0.0  # when the current collection of readings began
        self._moment = 0.0  # map: frame = self._frame + (moment - self._moment) * self._speed
        self._frame = 0.0
        self._speed = float(rate)  # device frames per second of the session clock
        self._drift = 0.0  # learned part of the speed (frames per second), the integral term
        self._readings: deque[tuple[float, float]] = deque()
        self._adjusted = 0.0

    @property
    def speed(self) -> float:
        return self._speed

    def frame_at(self, moment: float) -> float:
        return self._frame + (moment - self._moment) * self._speed

    def moment_of(self, frame: float) -> float:
        return self._moment + (frame - self._frame) / self._speed

    def observe(self, now: float, played: float) -> float:
        """Take one reading of the device: `played` frames by `now`.

        The first readings anchor the map; after that, only an offset beyond DEADBAND
        moves it, slowly. Returns the frames by which the map moved at once (0.0 when it did
        not), so that the mixer can move the sounds already started by as much.
        """
        if not self._started:
            if played <= 0:
                return 0.0  # not playing yet: no position to learn from
            self._started = True
            self._rebase(now, played)
            self._since = now
        offset = played - self.frame_at(now)
        self._readings.append((now, offset))
        while len(self._readings) > READINGS and self._readings[0][0] < now - WINDOW:
            self._readings.popleft()
        if (
            now - self._since < (SETTLE if not self.anchored else WINDOW / 2)
            or len(self._readings) < READINGS // 2
        ):
            return 0.0
        position = max(value for _, value in self._readings)
        if not self.anchored:
            self.anchored = True
            return self._jump(now, position)
        if now - self._adjusted >= ADJUST_EVERY:
            band = DEADBAND * self.rate
            beyond = (
                position - band if position > band else position + band if position < -band else 0.0
            )
            self._follow(now, beyond)
        return 0.0

    def restart(self, now: float, played: float) -> float:
        """The device ran dry and plays on from `played` now: re-anchor there at once."""
        self.reanchors += 1
        return self._jump(now, played - self.frame_at(now))

    def _jump(self, now: float, offset: float) -> float:
        self._frame += offset
        self._readings.clear()
        self._since = self._adjusted = now
        return offset

    def _follow(self, now: float, offset: float) -> None:
        """PI step: the integral learns the device's rate, the proportional part pulls the
        remaining offset back to zero; the map is rebased first so it stays continuous."""
        elapsed = now - self._adjusted
        self._adjusted = now
        gain = 2.0 / FOLLOW_SECONDS  # critically damped: integral gain = gain**2 / 4
        self._drift += gain * gain / 4.0 * offset * elapsed
        self._rebase(now, self.frame_at(now))
        self._speed = self.rate + self._drift + gain * offset

    def _rebase(self, now: float, frame: float) -> None:
        self._moment, self._frame = now, frame


@dataclass
class _Voice:
    sound: Sound
    moment: float
    gain: float
    start: int | None = None  # the stream frame of its first sample, fixed once it sounds


# Ambient sound fades in when it starts (the session begins, or it is turned on) and out when it
# stops (pause, stop, turned off); a change of its volume glides, since a step in gain clicks.
AMBIENT_FADE_IN = 3.0
AMBIENT_FADE_OUT = 2.0
AMBIENT_GLIDE = 0.3
# After the device ran dry the loop comes back with this fade, never at full level out of a gap.
AMBIENT_RECOVER = 0.25
# Into a hush (or a stream about to close) the loop goes down to silence over this, not in one
# step, in case the sound server does not apply the stream's volume in time (seen here).
AMBIENT_DIP = 0.03


class _Layer:
    """The ambient loop: frame-continuous, timing-free, its gain moving along a fade.

    A fade is a raised cosine from `start` to `target` over `length` frames (no corner at
    either end), after `hold` frames of silence, which a dip (a fade to silence over
    `dip_length` frames, from `dip_from`) may come before.
    """

    def __init__(self, sound: Sound, view: Any) -> None:
        self.sound = sound
        self.view = view  # the samples as a numpy int16 array (no copy)
        self.position = 0
        self.start = 0.0
        self.target = 0.0
        self.length = 1
        self.done = 1
        self.hold = 0
        self.dip_from = 0.0
        self.dip_length = 1
        self.dip_left = 0
        # The loop at its steady gain, made block by block as it is first played: then a chunk
        # with nothing else in it is a copy, with no arithmetic at all.
        self._scaled: dict[int, array.array[int]] = {}
        self._scaled_gain = 0.0

    @property
    def steady(self) -> bool:
        return self.done >= self.length and not self.hold and not self.dip_left and self.target > 0

    def steady_frames(self, np: Any, count: int) -> array.array[int]:
        """The next `count` frames at the steady gain (call only while `steady`)."""
        if self._scaled_gain != self.target:
            self._scaled.clear()
            self._scaled_gain = self.target
        out = array.array("h")
        length = len(self.sound)
        while count:
            index, offset = divmod(self.position, SCALED_BLOCK)
            block = self._scaled.get(index)
            if block is None:
                raw = self.view[index * SCALED_BLOCK : (index + 1) * SCALED_BLOCK] * self.target
                block = array.array("h", np.rint(raw).astype("=i2").tobytes())
                self._scaled[index] = block
            take = min(count, len(block) - offset)
            out.extend(block[offset : offset + take])
            self.position = (self.position + take) % length
            count -= take
        return out

    @property
    def gain(self) -> float:
        if self.dip_left:
            t = 1.0 - self.dip_left / self.dip_length
            return self.dip_from * (0.5 + 0.5 * math.cos(math.pi * t))
        if self.hold:
            return 0.0
        t = min(1.0, self.done / self.length)
        return self.start + (self.target - self.start) * (0.5 - 0.5 * math.cos(math.pi * t))

    @property
    def finished(self) -> bool:
        return self.target == 0.0 and self.done >= self.length and not self.dip_left

    def fade_to(self, target: float, frames: int) -> None:
        self.start, self.target = self.gain, target
        self.length, self.done, self.hold, self.dip_left = max(1, frames), 0, 0, 0

    def come_back(self, hold: int, frames: int, dip: int = 0) -> None:
        """Down to silence over `dip` frames, silent for `hold` frames, then fading in to the
        target again over `frames`."""
        self.dip_from, self.dip_length, self.dip_left = self.gain, max(1, dip), dip
        self.start, self.hold = 0.0, hold
        self.length, self.done = max(1, frames), 0

    def envelope(self, np: Any, count: int) -> Any:
        """The gain for each of the next `count` frames (a number when it does not change)."""
        if not self.dip_left and not self.hold and self.done >= self.length:
            return self.target
        parts = []
        left = count
        if self.dip_left:
            take = min(self.dip_left, left)
            t = (self.dip_length - self.dip_left + np.arange(1, take + 1)) / self.dip_length
            parts.append(self.dip_from * (0.5 + 0.5 * np.cos(np.pi * t)))
            self.dip_left -= take
            left -= take
        held = min(self.hold, left)
        if held:
            parts.append(np.zeros(held))
            self.hold -= held
            left -= held
        if left:
            steps = np.arange(1, left + 1, dtype=np.float64) + self.done
            t = np.minimum(steps / self.length, 1.0)
            parts.append(self.start + (self.target - self.start) * (0.5 - 0.5 * np.cos(np.pi * t)))
            self.done = min(self.length, self.done + left)
        return parts[0] if len(parts) == 1 else np.concatenate(parts)


SCALED_BLOCK = 4096


def _numpy() -> Any:
    import numpy  # only once ambient sound plays: a breathing session never pays for it

    return numpy


class Mixer:
    """Renders the stream frame after frame: timed sounds placed by the clock, plus ambient."""

    def __init__(self, clock: StreamClock) -> None:
        self.clock = clock
        self.written = 0  # frames rendered so far: the next frame to render
        self.late = 0  # timed sounds that began after their moment (cut at the head)
        self.underruns = 0  # times the device had played all that was written
        self.voiced_until = 0  # the frame after the last one a timed sound was written into
        self._voices: list[_Voice] = []
        self._layers: list[_Layer] = []

    @property
    def pending(self) -> int:
        """Timed sounds not yet over."""
        return len(self._voices)

    def play_at(self, sound: Sound, moment: float, gain: float = 1.0) -> None:
        if len(sound):
            self._voices.append(_Voice(sound, moment, gain))

    @property
    def ambient(self) -> Sound | None:
        """The ambient loop sounding or fading in (None when there is none, or it fades out)."""
        current = self._layers[-1] if self._layers else None
        return current.sound if current is not None and current.target > 0.0 else None

    @property
    def ambient_gain(self) -> float:
        """The ambient loop's gain at the next frame to render (0.0 when none sounds)."""
        return sum(layer.gain for layer in self._layers)

    def set_ambient(self, sound: Sound | None, gain: float = 1.0) -> None:
        """Loop `sound` under everything at `gain`: it fades in (AMBIENT_FADE_IN), what
        played before fades out (AMBIENT_FADE_OUT); the same sound at a new gain glides.
        None (or a gain of 0) fades the loop out."""
        rate = self.clock.rate
        current = self._layers[-1] if self._layers else None
        if current is not None and sound is not None and current.sound is sound and gain > 0.0:
            if current.target == gain:
                return  # asked again: the fade under way goes on
            fading_in = current.target == 0.0 or current.done < current.length
            current.fade_to(gain, round((AMBIENT_FADE_IN if fading_in else AMBIENT_GLIDE) * rate))
            return
        for layer in self._layers:
            if layer.target > 0.0:
                layer.fade_to(0.0, round(AMBIENT_FADE_OUT * rate))
        if sound is not None and len(sound) and gain > 0.0:
            layer = _Layer(sound, _numpy().frombuffer(sound.samples, dtype="=i2"))
            layer.fade_to(gain, round(AMBIENT_FADE_IN * rate))
            self._layers.append(layer)

    def ambient_gap(self, hold: float, back: float, dip: float = AMBIENT_DIP) -> None:
        """The stream is being hushed: the loop dips to silence over `dip` seconds from the
        next frame, stays silent until `hold` seconds, then fades back in over `back` seconds
        (no step where the volume returns, nor where the hush does not take)."""
        rate = self.clock.rate
        for layer in self._layers:
            if layer.target == 0.0:
                layer.fade_to(0.0, round(dip * rate))  # it was fading out anyway
            else:
                layer.come_back(round((hold - dip) * rate), round(back * rate), round(dip * rate))

    def fade_out_ambient(self, seconds: float) -> int:
        """Fade the loop out over `seconds` from the next frame (the stream is about to close);
        return the frame where it is silent."""
        for layer in self._layers:
            layer.fade_to(0.0, round(seconds * self.clock.rate))
        return self.written + round(seconds * self.clock.rate)

    def top_up(self, now: float, played: int, free: int) -> array.array[int] | None:
        """What to write now, given the device's played frames and room: the frames up to
        WRITE_AHEAD past the present (None when nothing is due)."""
        stream = self.clock
        if stream.anchored and played >= self.written:
            # The device ran dry: what comes next plays from now, so re-anchor before
            # rendering, or the sounds of the gap would be written (and heard) late.
            self.underruns += 1
            self.moved(stream.restart(now, played))
            for layer in self._layers:  # out of the gap with a fade, not at full level
                if layer.target > 0.0:
                    layer.come_back(0, round(AMBIENT_RECOVER * stream.rate))
        else:
            moved = stream.observe(now, played)
            if moved:
                self.moved(moved)
        ahead = round(WRITE_AHEAD * stream.rate)
        target = round(stream.frame_at(now)) + ahead if stream.anchored else played + ahead
        count = min(target - self.written, free)
        return self.render(count) if count > 0 else None

    def restart(self, clock: StreamClock) -> None:
        """A new stream: frames count from 0 again on `clock`; sounds keep their moments."""
        self.clock = clock
        self.written = 0
        self.underruns = 0
        self.voiced_until = 0
        for voice in self._voices:
            voice.start = None

    def silence(self, *, ambient: bool = True) -> int:
        """Forget every timed sound, and the ambient loop too unless `ambient` is False;
        return the first frame left clean of them."""
        self._voices.clear()
        if ambient:
            self._layers.clear()
        return self.written

    def moved(self, frames: float) -> None:
        """The clock re-anchored by `frames`: sounds that already started stay on their
        moment (the part of them that fell in the gap is lost, the rest is exact)."""
        shift = round(frames)
        for voice in self._voices:
            if voice.start is not None:
                voice.start += shift

    def render(self, count: int) -> array.array[int]:
        """The next `count` frames of the stream."""
        begin, end = self.written, self.written + count
        self.written = end
        mix: list[float] | None = None
        only: array.array[int] | None = None
        if not self.clock.anchored:  # no place is known yet: nothing may sound
            return array.array("h", bytes(2 * count))
        for voice in list(self._voices):
            if voice.start is None:
                start = round(self.clock.frame_at(voice.moment))
                if start >= end:
                    continue
                voice.start = start
                if start < begin:  # its frames were written before it came, or fell in a gap
                    self.late += 1
            finish = voice.start + len(voice.sound)
            if finish <= end:
                self._voices.remove(voice)
            first, last = max(begin, voice.start), min(end, finish)
            if last <= first:
                continue
            part = voice.sound.samples[first - voice.start : last - voice.start]
            whole = (first, last) == (begin, end)
            if mix is None and only is None and voice.gain == 1.0 and whole:
                only = part  # the usual case: one tone alone, copied as it is
                continue
            if mix is None:
                mix = list(only) if only is not None else [0.0] * count
                only = None
            offset = first - begin
            gain = voice.gain
            for i, value in enumerate(part, offset):
                mix[i] += value * gain
        if mix is not None or only is not None:
            self.voiced_until = end
        if self._layers:
            return self._under_ambient(mix, only, count)
        if mix is None:
            return only if only is not None else array.array("h", bytes(2 * count))
        return array.array("h", (_clip(value) for value in mix))

    def _under_ambient(
        self, mix: list[float] | None, only: array.array[int] | None, count: int
    ) -> array.array[int]:
        """The timed sounds of this chunk with the ambient loop added under them, in numpy.
        Few numpy calls on purpose: the worker wakes every 10 ms with cold caches, where each
        call costs several microseconds."""
        np = _numpy()
        if mix is None and only is None and len(self._layers) == 1 and self._layers[0].steady:
            return self._layers[0].steady_frames(np, count)  # the usual case, nearly free
        total = None
        if mix is not None:
            total = np.array(mix, dtype=np.float64)
        elif only is not None:
            total = np.frombuffer(only, dtype="=i2").astype(np.float64)
        for layer in list(self._layers):
            gain = layer.envelope(np, count)
            if not isinstance(gain, float) or gain != 0.0:
                part = _loop_part(np, layer, count) * gain
                total = part if total is None else np.add(total, part, out=total)
            layer.position = (layer.position + count) % len(layer.sound)
            if layer.finished:
                self._layers.remove(layer)
        if total is None:
            return array.array("h", bytes(2 * count))
        peak = float(np.abs(total).max())
        if peak > KNEE:
            _round_off_peaks(np, total)
        return array.array("h", np.rint(total).astype("=i2").tobytes())


def _loop_part(np: Any, layer: _Layer, count: int) -> Any:
    """The next `count` frames of the loop from its position, wrapping round at its end."""
    begin, length = layer.position, len(layer.sound)
    if begin + count <= length:
        return layer.view[begin : begin + count]
    return layer.view[(begin + np.arange(count)) % length]


# A voice peak and an ambient peak together can pass full scale. Clipping them flat is a hard
# corner (heard as a crackle); while the loop plays, a sum above KNEE is bent smoothly towards
# full scale instead. Below it nothing changes (99.99% of the voice's samples are below it).
KNEE = 0.85 * 32767


def _round_off_peaks(np: Any, total: Any) -> None:
    loud = np.abs(total) > KNEE
    room = 32767 - KNEE
    over = np.abs(total[loud]) - KNEE
    total[loud] = np.sign(total[loud]) * (KNEE + room * np.tanh(over / room))


def _clip(value: float) -> int:
    rounded = round(value)
    return -32768 if rounded < -32768 else 32767 if rounded > 32767 else rounded
