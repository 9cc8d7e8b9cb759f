"""One output stream per session, mixed and written by a worker thread of its own.

The worker (a QThread running its own event loop) owns the QAudioSink, because a sink must be
used from the thread that made it, and tops the stream up every TICK_MS; the GUI thread only
puts sounds into the shared Mixer under a lock. Measured (benchmarks/cue_timing.py, 2-minute
box sessions through a null sink): quiet p99 onset error 0.2 ms, no strays (median of 3).
Under stress-ng on both cores with the sound server's default buffer, 2 of 3 runs shifted by
up to 240 ms with no underrun seen by Qt: the server's buffer ran dry while our process's
PulseAudio thread was starved. SERVER_BUFFER_MS fixed it (p99 0.2 ms, no strays, 1 run).
Feeding from a GUI-thread timer gave p99 1.51 s under load.
"""

from __future__ import annotations

import array
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from calmkit.core.clock import Clock
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.ui.audio.backend import use_builtin_audio
from calmkit.ui.audio.mixer import Mixer, StreamClock
from calmkit.ui.audio.sound import RATE, Sound

log = logging.getLogger(__name__)

# The sink's own buffer: over WRITE_AHEAD plus a tick, so bytesFree never limits pacing.
BUFFER_SECONDS = 1.0
# How often the worker tops up: every tick also reads the device position, and the clock needs
# ~10 readings per 0.3 s to find it to ~1 ms (the position moves in 5.8 ms steps). Each wake-up
# costs the same whatever it writes: 20 ms halves the stream's share of a session's CPU
# against 10 ms, with the same onset timing (benchmarks/cue_timing.py, narration_timing.py).
TICK_MS = 20
# Once the clock is anchored and nothing changes, the worker wakes only every STEADY_TICK_MS:
# a fifth of the wake-ups (and of the audio thread's CPU) over a session. The queue then
# holds WRITE_AHEAD minus this at the least (0.4 s, more than the 0.38 s it had at 20 ms),
# and every change that must be heard at once (silence, volume, mute) wakes it at once and
# keeps the quick tick until it has taken effect.
STEADY_TICK_MS = 100
# Pause and stop: the queued audio is faded out with the sink's volume (applied by the sound
# server within ~15 ms; the benchmark hears silence 21-34 ms after a pause), since written
# audio cannot be taken back; resetting the sink cost a 1-2 s restart before the next sound.
HUSH_FADE = 0.03
# The volume comes back once the device has played past the last frame written before the
# silence, plus this for the sound server's own buffer (hidden from Qt).
HUSH_MARGIN = 0.15

# The sound server's own buffer for our stream (libpulse reads PULSE_LATENCY_MSEC when the
# stream connects). Its default is small enough that a starved client thread lets it run dry
# under load; 300 ms rides that out. It is part of WRITE_AHEAD, not added to it: writing is paced
# by the session clock, and pause acts on the server's volume, so it adds no delay.
SERVER_BUFFER_MS = 300
os.environ.setdefault("PULSE_LATENCY_MSEC", str(SERVER_BUFFER_MS))

# Closing while the ambient loop sounds: it fades out over CLOSE_FADE in the stream, which is
# closed once that has played, or after CLOSE_WAIT at most.
CLOSE_FADE = 0.05
CLOSE_WAIT = 1.2

# The problems are kept (and logged) in English, marked for the catalog, and translated
# where they reach the person: `AudioEngine.problem` and `problem_found`.
NO_DEVICE = QT_TRANSLATE_NOOP(
    "AudioEngine", "No sound output was found, so the session runs without tones."
)


class Output(Protocol):
    """What the worker needs from a device: QAudioSink in the app, a fake in tests."""

    def open(self) -> str:
        """Start the stream; return "" when it runs, else what went wrong, in plain words
        (English, marked with QT_TRANSLATE_NOOP("AudioEngine", ...))."""
        ...

    def played_frames(self) -> int: ...

    def free_frames(self) -> int: ...

    def write(self, samples: array.array[int]) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def trouble(self) -> str:
        """A failure since open ("" when none), worded as open's: the device went away."""
        ...

    def close(self) -> None: ...


@dataclass
class EngineStats:
    reanchors: int = 0  # glitches the stream clock recovered from
    late: int = 0  # sounds that began after their moment (cut at the head)
    underruns: int = 0  # times the device ran out of queued audio


class _Shared:
    """State both threads touch, always under `lock` (the GUI thread only for a moment)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.mixer = Mixer(StreamClock())
        self.volume = 0.8
        self.muted = False
        self.hush_at: float | None = None  # when a silence was asked for
        self.clean_from = 0  # the first frame written after it
        self.problem = ""
        self.played = 0  # the device's position at the last top-up
        self.ambient: tuple[Sound, float] | None = None  # the loop asked for, and its gain


class _Feeder(QObject):
    """Lives in the worker thread: owns the output and the top-up timer."""

    failed = Signal(str)

    def __init__(self, shared: _Shared, clock: Clock, make_output: Callable[[], Output]) -> None:
        super().__init__()
        self._shared = shared
        self._clock = clock
        self._make_output = make_output
        self._output: Output | None = None
        self._timer: QTimer | None = None
        self._applied_volume = -1.0

    @Slot()
    def open(self) -> None:
        output = self._make_output()
        problem = output.open()
        if problem:
            self._fail(problem)
            return
        self._output = output
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.top_up)
        self._timer.start()
        self.top_up()

    @Slot()
    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._output is not None:
            with self._shared.lock:
                audible = bool(self._shared.mixer.ambient_gain) and not self._shared.muted
            if audible and self._applied_volume > 0.0:
                self._drain_before_closing(self._output)
            if self._output is not None:
                self._output.close()
        self._output = self._timer = None
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    def _drain_before_closing(self, output: Output) -> None:
        """Closing drops the queued audio at once: a loop still sounding would stop with a
        click. Turning the stream's volume down first did not take effect before the close
        here, so the loop fades out in the stream itself, and the stream plays on until the
        device is past that fade: at most ~0.8 s, only when the session screen closes within
        ~3 s of the end (before the loop's own fade-out is over)."""
        with self._shared.lock:
            silent_from = self._shared.mixer.fade_out_ambient(CLOSE_FADE)
        past = silent_from + SERVER_BUFFER_MS * RATE // 1000  # the server's buffer too
        deadline = time.monotonic() + CLOSE_WAIT
        while output.played_frames() < past and time.monotonic() < deadline:
            self.top_up()
            if self._output is None:
                return  # the device failed meanwhile
            QThread.msleep(TICK_MS)

    def _fail(self, problem: str) -> None:
        with self._shared.lock:
            self._shared.problem = problem
        self.failed.emit(problem)
        if self._output is not None:
            self._output.close()
        self._output = None
        if self._timer is not None:
            self._timer.stop()

    @Slot()
    def top_up(self) -> None:
        output = self._output
        if output is None:
            return
        trouble = output.trouble()
        if trouble:
            self._fail(trouble)
            return
        now = self._clock.monotonic()
        played = output.played_frames()
        shared = self._shared
        with shared.lock:
            shared.played = played
            chunk = shared.mixer.top_up(now, played, output.free_frames())
            volume = self._volume_now(now, played)
            settling = not shared.mixer.clock.anchored or shared.hush_at is not None
        if chunk is not None:
            output.write(chunk)
        changing = volume != self._applied_volume
        if changing:
            output.set_volume(volume)
            self._applied_volume = volume
        self._pace(quick=changing or settling)

    def _pace(self, *, quick: bool) -> None:
        """The quick tick while the clock learns the device or the volume moves, else the
        steady one."""
        interval = TICK_MS if quick else STEADY_TICK_MS
        timer = self._timer
        if timer is not None and timer.interval() != interval:
            timer.setInterval(interval)

    def _volume_now(self, now: float, played: int) -> float:
        shared = self._shared
        level = 0.0 if shared.muted else shared.volume
        if shared.hush_at is None:
            return level
        if played >= shared.clean_from + HUSH_MARGIN * RATE:
            shared.hush_at = None
            return level
        fade = 1.0 - (now - shared.hush_at) / HUSH_FADE
        return round(level * max(0.0, fade), 2)  # rounded: the server gets a few steps only


class AudioEngine(QObject):
    """The session's sound: timed sounds, ambient sound, volume, pause; silent without a device.

    Call from the GUI thread. Moments are the session clock's (Clock.monotonic()).
    """

    problem_found = Signal(str)

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        make_output: Callable[[], Output] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._make_output = make_output
        self._shared = _Shared()
        self._thread: QThread | None = None
        self._feeder: _Feeder | None = None
        self._devices: QMediaDevices | None = None
        application = QCoreApplication.instance()
        if application is not None:  # a running QThread must not outlive the application
            application.aboutToQuit.connect(self.stop)
        if make_output is None:
            use_builtin_audio()
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._device_changed)

    @property
    def available(self) -> bool:
        """An output device exists (it may still fail to open: see `problem`)."""
        return self._make_output is not None or not QMediaDevices.defaultAudioOutput().isNull()

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.problem

    @property
    def problem(self) -> str:
        """Why there is no sound, in words for the person ("" while sound works)."""
        with self._shared.lock:
            problem = self._shared.problem
        return translate("AudioEngine", problem) if problem else ""

    @property
    def stats(self) -> EngineStats:
        with self._shared.lock:
            mixer = self._shared.mixer
            return EngineStats(mixer.clock.reanchors, mixer.late, mixer.underruns)

    def start(self) -> None:
        """Open the stream (before the first sound matters: the first sound after opening
        came 1-2 s late here). Does nothing when it is open already."""
        if self._thread is not None:
            return
        if not self.available:
            self._report(NO_DEVICE)
            return
        with self._shared.lock:
            shared = self._shared
            shared.problem = ""
            shared.mixer.restart(StreamClock())
            shared.hush_at = None
            shared.played = 0
            if shared.ambient is not None:  # a new device: the loop fades in on it
                shared.mixer.set_ambient(*shared.ambient)
        make_output = self._make_output or _default_output
        self._feeder = _Feeder(self._shared, self._clock, make_output)
        self._feeder.failed.connect(self._report)
        self._thread = QThread(self)
        self._thread.setObjectName("calmkit-audio")
        self._feeder.moveToThread(self._thread)
        self._thread.started.connect(self._feeder.open)
        self._thread.start(QThread.Priority.TimeCriticalPriority)

    def stop(self) -> None:
        """Close the stream and end the worker thread; sounds not yet heard are forgotten."""
        thread, feeder = self._thread, self._feeder
        self._thread = self._feeder = None
        if thread is None or feeder is None:
            with self._shared.lock:
                self._shared.mixer.silence()
                self._shared.ambient = None
            return
        # close() runs in the worker (the sink belongs to it) and ends the thread's loop.
        QTimer.singleShot(0, feeder, feeder.close)
        thread.wait()
        feeder.deleteLater()
        thread.deleteLater()
        with self._shared.lock:
            self._shared.mixer.silence()
            self._shared.ambient = None

    def play_at(self, sound: Sound, moment: float, gain: float = 1.0) -> None:
        """Sound `sound` starting at `moment`; a moment already past is heard from where the
        sound is now (its head is cut), one past its end is not heard at all."""
        if not self.running:
            return
        with self._shared.lock:
            self._shared.mixer.play_at(sound, moment, gain)

    def set_ambient(self, sound: Sound | None, gain: float = 1.0) -> None:
        """Loop `sound` under everything at `gain`, fading in over ~3 s (None, or a gain of
        0: fade it out over ~2 s). Kept across a change of device, forgotten by stop()."""
        with self._shared.lock:
            shared = self._shared
            shared.ambient = (sound, gain) if sound is not None and gain > 0.0 else None
            shared.mixer.set_ambient(sound, gain)

    @property
    def ambient(self) -> Sound | None:
        """The loop sounding or fading in now (None while there is none or it fades out)."""
        with self._shared.lock:
            return self._shared.mixer.ambient

    def silence(self) -> None:
        """Pause, stop or a jump: every timed sound stops sounding within ~50 ms and nothing
        stays planned. The ambient loop goes on (set_ambient(None) fades it out).

        Timed sounds already written can only be stopped by turning the stream's volume
        down, which takes the loop with it; then the loop comes back with a fade once the
        volume is back. With no timed sound left in the queue the volume stays, so the loop
        is not interrupted at all.
        """
        with self._shared.lock:
            shared = self._shared
            mixer = shared.mixer
            # Audio the device took may still sit in the sound server's buffer (hidden from
            # Qt): a timed sound written within that much of the position can still sound.
            unheard = mixer.voiced_until > max(0, shared.played - SERVER_BUFFER_MS * RATE // 1000)
            shared.clean_from = mixer.silence(ambient=False)
            if unheard:
                shared.hush_at = self._clock.monotonic()
                mixer.ambient_gap(HUSH_MARGIN + SERVER_BUFFER_MS / 1000 + 0.1, 1.0)
        if unheard:
            self._wake()

    @property
    def volume(self) -> float:
        return self._shared.volume

    def set_volume(self, volume: float) -> None:
        with self._shared.lock:
            self._shared.volume = min(1.0, max(0.0, volume))
        self._wake()

    @property
    def muted(self) -> bool:
        return self._shared.muted

    def set_muted(self, muted: bool) -> None:
        with self._shared.lock:
            self._shared.muted = muted
        self._wake()

    def _wake(self) -> None:
        """Top up now rather than at the next steady tick: the change is heard at once."""
        feeder = self._feeder
        if feeder is not None:
            QTimer.singleShot(0, feeder, feeder.top_up)

    def _report(self, problem: str) -> None:
        with self._shared.lock:
            self._shared.problem = problem
        log.warning("sound output: %s", problem)
        self.problem_found.emit(translate("AudioEngine", problem))

    def _device_changed(self) -> None:
        if self._thread is not None:  # e.g. headphones plugged in: follow the new default
            with self._shared.lock:
                ambient = self._shared.ambient
            self.stop()
            with self._shared.lock:
                self._shared.ambient = ambient
            self.start()


def _default_output() -> Output:
    return SinkOutput(QMediaDevices.defaultAudioOutput())


class SinkOutput:
    """The default device through QAudioSink; made, used and closed in the worker thread."""

    def __init__(self, device: QAudioDevice) -> None:
        self._device = device
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._channels = 1
        self._float = False
        self._frame_bytes = 2

    def open(self) -> str:
        if self._device.isNull():
            return NO_DEVICE
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not self._device.isFormatSupported(audio_format):
            audio_format = self._device.preferredFormat()
            audio_format.setSampleRate(RATE)
        self._channels = audio_format.channelCount()
        self._float = audio_format.sampleFormat() == QAudioFormat.SampleFormat.Float
        self._frame_bytes = audio_format.bytesPerFrame()
        sink = QAudioSink(self._device, audio_format)
        sink.setBufferSize(int(RATE * BUFFER_SECONDS) * self._frame_bytes)
        io = sink.start()
        if io is None or sink.error() != QtAudio.Error.NoError:
            log.warning("sound output could not be opened: %s", sink.error().name)
            return QT_TRANSLATE_NOOP(
                "AudioEngine", "The sound output could not be opened, so this session is silent."
            )
        self._sink, self._io = sink, io
        log.info("sound stream open on %s", self._device.description())
        return ""

    def played_frames(self) -> int:
        return 0 if self._sink is None else self._sink.processedUSecs() * RATE // 1_000_000

    def free_frames(self) -> int:
        return 0 if self._sink is None else self._sink.bytesFree() // self._frame_bytes

    def write(self, samples: array.array[int]) -> None:
        if self._io is None:
            return
        if self._float:
            data = array.array(
                "f", (value / 32768 for value in samples for _ in range(self._channels))
            ).tobytes()
        elif self._channels > 1:
            data = array.array("h", (v for v in samples for _ in range(self._channels))).tobytes()
        else:
            data = samples.tobytes()
        self._io.write(data)

    def set_volume(self, volume: float) -> None:
        if self._sink is not None:
            self._sink.setVolume(volume)

    def trouble(self) -> str:
        if self._sink is None:
            return ""
        error = self._sink.error()
        if error in (QtAudio.Error.FatalError, QtAudio.Error.IOError, QtAudio.Error.OpenError):
            log.warning("sound output stopped: %s", error.name)
            return QT_TRANSLATE_NOOP(
                "AudioEngine",
                "The sound output stopped working, so the rest of this session is silent.",
            )
        return ""

    def close(self) -> None:
        if self._sink is not None:
            self._sink.stop()  # dropped here, in the worker thread that made it
        self._sink = self._io = None
