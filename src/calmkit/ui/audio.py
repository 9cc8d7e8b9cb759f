"""Sound cues placed sample-exactly in one continuous audio stream.

One output stream runs for the whole session. Audio is written into it at the pace of the
monotonic clock, a fixed WRITE_AHEAD ahead of the present, so frame f always sounds a constant
delay after the moment it stands for; each tone is written at the frame of its step boundary,
handed over by the scheduler AUDIO_LEAD ahead of time. A timer that wakes late or a busy
moment therefore does not move a tone at all.

Measured here (benchmarks/cue_timing.py): separate sound effects started on time jittered by
6-12 ms; filling the stream as fast as it accepted drifted ~10 ms a minute (the sound server's
own buffer slowly filled); paced by the clock, tones land within 0.2 ms of the schedule.

Without an output device the player stays silent and the session goes on with the pacer and
words; the device is looked for again when the system's device list changes.
"""

from __future__ import annotations

import array
import logging
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from calmkit.core.clock import Clock
from calmkit.ui.session.cue_scheduler import AUDIO_LEAD

log = logging.getLogger(__name__)
CUE_KINDS = ("inhale", "inhale-top-up", "hold", "exhale", "rest")
RATE = 44100
BUFFER_SECONDS = 0.3  # what the stream holds: enough to ride out a busy moment
WRITE_AHEAD = 0.2  # seconds of audio written ahead of the present; less than AUDIO_LEAD
PUMP_MS = 20  # how often the stream is topped up; 50 ms measured worse (p99 12.7 ms)


@dataclass
class _Placed:
    start: int  # frame index in the stream
    data: bytes  # frames in the stream's format


class CuePlayer(QObject):
    def __init__(self, sounds_dir: Path, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._mono = {kind: _read_mono(sounds_dir / f"tone-{kind}.wav") for kind in CUE_KINDS}
        self._tones: dict[str, bytes] = {}
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._frame_bytes = 2
        self._typecode = "h"
        self._written = 0  # frames handed to the stream since it started
        self._anchor: float | None = None  # the monotonic moment of frame 0
        self._placed: list[_Placed] = []
        self._muted = False
        self._volume = 0.8
        self.played: list[str] = []
        self._pump = QTimer(self)
        self._pump.setInterval(PUMP_MS)
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._pump.timeout.connect(self._top_up)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._device_changed)

    # --- the stream ------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return not QMediaDevices.defaultAudioOutput().isNull()

    @property
    def running(self) -> bool:
        return self._io is not None

    @property
    def start_lead(self) -> float:
        """How far ahead the first tone must be known to sound exactly on time."""
        return AUDIO_LEAD if self.available else 0.0

    def warm_up(self) -> None:
        """Open the output and start the silent stream before the first cue is needed."""
        if self._io is not None or not self.available:
            return
        device = QMediaDevices.defaultAudioOutput()
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            audio_format = device.preferredFormat()
            audio_format.setSampleRate(RATE)
        self._frame_bytes = audio_format.bytesPerFrame()
        is_float = audio_format.sampleFormat() == QAudioFormat.SampleFormat.Float
        self._typecode = "f" if is_float else "h"
        self._tones = {
            kind: _convert(samples, audio_format) for kind, samples in self._mono.items()
        }
        sink = QAudioSink(device, audio_format, self)
        sink.setBufferSize(int(RATE * BUFFER_SECONDS) * self._frame_bytes)
        sink.setVolume(0.0 if self._muted else self._volume)
        io = sink.start()
        if io is None or sink.error() != QtAudio.Error.NoError:
            log.warning("could not open the audio output (%s); tones stay off", sink.error())
            sink.deleteLater()
            return
        self._sink, self._io, self._written, self._placed = sink, io, 0, []
        self._anchor = self._clock.monotonic()
        self._top_up()
        self._pump.start()
        log.info("sound stream open on %s", device.description())

    def release(self) -> None:
        """Close the stream (the session screen closed): no device held while not needed."""
        self._pump.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = self._io = None
        self._anchor = None
        self._placed = []

    def _device_changed(self) -> None:
        if self._io is not None:  # e.g. headphones plugged in: follow the new default
            self.release()
            self.warm_up()

    def _top_up(self) -> None:
        """Write audio up to WRITE_AHEAD past the present, at the pace of the monotonic clock.

        Filling the stream as fast as it accepts would let the sound server's own buffer
        (which Qt does not report) slowly fill, adding latency minute after minute: measured
        here as ~10 ms a minute of tones drifting late. Written at the clock's pace, what is
        buffered stays constant, so frame f always sounds a fixed time after its moment.
        """
        if self._sink is None or self._io is None or self._anchor is None:
            return
        target = round((self._clock.monotonic() - self._anchor + WRITE_AHEAD) * RATE)
        frames = min(target - self._written, self._sink.bytesFree() // self._frame_bytes)
        if frames <= 0:
            return
        chunk = bytearray(frames * self._frame_bytes)
        start, end = self._written, self._written + frames
        for placed in self._placed:
            _mix_into(chunk, start, end, placed, self._frame_bytes, self._typecode)
        self._placed = [p for p in self._placed if p.start + len(p.data) // self._frame_bytes > end]
        self._io.write(bytes(chunk))
        self._written = end

    def _frame_at(self, moment: float) -> int:
        """The stream frame for `moment`: written WRITE_AHEAD before it, so it sounds a
        constant delay after it (the same for every tone, so the rhythm is exact)."""
        assert self._anchor is not None
        return round((moment - self._anchor + WRITE_AHEAD) * RATE)

    # --- cues ------------------------------------------------------------------------------

    def schedule(self, kind: str, moment: float) -> None:
        """Place the tone of `kind` to sound at `moment` (monotonic clock)."""
        self.played.append(kind)
        if self._muted or self._io is None or self._anchor is None or kind not in self._tones:
            return
        start = max(self._frame_at(moment), self._written)  # written audio cannot change
        self._placed.append(_Placed(start, self._tones[kind]))

    def withdraw(self) -> None:
        """Forget tones not yet written (the session paused or stopped)."""
        self._placed = [p for p in self._placed if p.start < self._written]

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._sink is not None:
            self._sink.setVolume(0.0 if muted else self._volume)

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        if self._sink is not None and not self._muted:
            self._sink.setVolume(self._volume)


def _read_mono(path: Path) -> array.array[int]:
    with wave.open(str(path), "rb") as tone:
        if tone.getsampwidth() != 2 or tone.getnchannels() != 1 or tone.getframerate() != RATE:
            raise ValueError(f"{path.name}: expected 16-bit mono at {RATE} Hz")
        samples = array.array("h", tone.readframes(tone.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def _convert(samples: array.array[int], audio_format: QAudioFormat) -> bytes:
    """Mono 16-bit samples in the stream's format (channels repeated)."""
    channels = audio_format.channelCount()
    if audio_format.sampleFormat() == QAudioFormat.SampleFormat.Float:
        converted: array.array[float] | array.array[int] = array.array(
            "f", (s / 32768 for s in samples for _ in range(channels))
        )
    elif channels == 1:
        converted = samples
    else:
        converted = array.array("h", (s for s in samples for _ in range(channels)))
    return converted.tobytes()


def _mix_into(
    chunk: bytearray, start: int, end: int, placed: _Placed, frame_bytes: int, typecode: str
) -> None:
    """Add the part of `placed` that falls in frames [start, end) into `chunk`.

    `typecode` is the array type of one sample: "h" (16-bit) or "f" (32-bit float).
    """
    tone_frames = len(placed.data) // frame_bytes
    first = max(start, placed.start)
    last = min(end, placed.start + tone_frames)
    if first >= last:
        return
    into = slice((first - start) * frame_bytes, (last - start) * frame_bytes)
    source = placed.data[(first - placed.start) * frame_bytes : (last - placed.start) * frame_bytes]
    if not any(chunk[into]):  # the usual case: nothing else sounding here
        chunk[into] = source
        return
    # Two tones overlap (a tone's tail into the next step): add them, clipped.
    if typecode == "f":
        floats = array.array("f", bytes(chunk[into]))
        for i, value in enumerate(array.array("f", source)):
            floats[i] = max(-1.0, min(1.0, floats[i] + value))
        chunk[into] = floats.tobytes()
        return
    mixed = array.array("h", bytes(chunk[into]))
    for i, sample in enumerate(array.array("h", source)):
        mixed[i] = max(-32768, min(32767, mixed[i] + sample))
    chunk[into] = mixed.tobytes()
