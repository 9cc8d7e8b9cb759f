"""The engine's wiring: a real worker thread and timer feeding an output, no sound server."""

from __future__ import annotations

import array
import itertools
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import SystemClock
from calmkit.ui.audio import RATE, AudioEngine, CuePlayer, Sound
from calmkit.ui.audio.engine import NO_DEVICE, STEADY_TICK_MS
from calmkit.ui.audio.mixer import SETTLE, WRITE_AHEAD


class PlayingOutput:
    """An output that plays in real time from the moment it opens, and keeps what it got."""

    def __init__(self, problem: str = "") -> None:
        self.problem = problem
        self.stream = array.array("h")
        self.volumes: list[float] = []
        self.threads: set[str] = set()
        self.opened_at = 0.0
        self.closed = False
        self.played_at_close = 0
        self.readings: list[float] = []
        self._lock = threading.Lock()

    def _note_thread(self) -> None:
        self.threads.add(threading.current_thread().name)

    def open(self) -> str:
        self._note_thread()
        self.opened_at = time.monotonic()
        return self.problem

    def played_frames(self) -> int:
        self.readings.append(time.monotonic())  # the worker reads it once each top-up
        with self._lock:
            return min(len(self.stream), int((time.monotonic() - self.opened_at) * RATE))

    def free_frames(self) -> int:
        return RATE

    def write(self, samples: array.array[int]) -> None:
        self._note_thread()
        with self._lock:
            self.stream.extend(samples)

    def set_volume(self, volume: float) -> None:
        self.volumes.append(volume)

    def trouble(self) -> str:
        return ""

    def close(self) -> None:
        self.closed = True
        self.played_at_close = self.played_frames()

    def first_sound(self) -> int | None:
        with self._lock:
            return next((i for i, value in enumerate(self.stream) if value), None)


# Written once the clock has anchored: it anchors SETTLE after the device starts to play, and
# the worker writes WRITE_AHEAD past the present.
ANCHORED_FRAMES = round((SETTLE + WRITE_AHEAD + 0.05) * RATE)


def beep() -> Sound:
    return Sound("beep", array.array("h", [9000] * (RATE // 5)))


@pytest.fixture
def output() -> PlayingOutput:
    return PlayingOutput()


@pytest.fixture
def engine(output: PlayingOutput) -> Iterator[AudioEngine]:
    engine = AudioEngine(SystemClock(), make_output=lambda: output)
    yield engine
    engine.stop()


def test_a_sound_lands_at_the_frame_of_its_moment_written_by_the_worker(
    qtbot: QtBot, engine: AudioEngine, output: PlayingOutput
) -> None:
    engine.start()
    qtbot.waitUntil(lambda: len(output.stream) > ANCHORED_FRAMES, timeout=3000)
    moment = time.monotonic() + 0.6
    engine.play_at(beep(), moment)
    qtbot.waitUntil(lambda: output.first_sound() is not None, timeout=3000)
    frame = output.first_sound()
    assert frame is not None
    # The output plays frame f at opened_at + f / RATE: the sound is due WRITE_AHEAD-free,
    # so its frame's playing time is its moment, to within a few readings.
    assert output.opened_at + frame / RATE == pytest.approx(moment, abs=0.003)
    assert threading.current_thread().name not in output.threads  # never the GUI thread
    assert engine.running and engine.problem == ""


def test_silence_fades_out_what_was_written_and_forgets_what_was_planned(
    qtbot: QtBot, engine: AudioEngine, output: PlayingOutput
) -> None:
    engine.start()
    qtbot.waitUntil(lambda: len(output.stream) > ANCHORED_FRAMES, timeout=3000)
    engine.play_at(beep(), time.monotonic() + 0.2)  # written ahead at once
    engine.play_at(beep(), time.monotonic() + 0.9)  # not yet written
    qtbot.waitUntil(lambda: output.first_sound() is not None, timeout=1000)
    engine.silence()
    qtbot.waitUntil(lambda: output.volumes[-1:] == [0.0], timeout=1000)
    written = len(output.stream)
    qtbot.waitUntil(lambda: len(output.stream) > written + RATE, timeout=3000)
    assert not any(output.stream[written:]), "the planned beep never came"
    qtbot.waitUntil(lambda: output.volumes[-1:] == [0.8], timeout=3000)  # back for what follows


def test_once_steady_the_worker_wakes_ten_times_a_second_and_silence_still_acts_at_once(
    qtbot: QtBot, engine: AudioEngine, output: PlayingOutput
) -> None:
    """Each wake-up of the audio thread costs CPU whatever it writes: with nothing changing it
    tops up every STEADY_TICK_MS, and a silence does not wait for the next one."""
    engine.start()
    qtbot.waitUntil(lambda: len(output.stream) > ANCHORED_FRAMES + RATE // 2, timeout=4000)
    count = len(output.readings)
    qtbot.waitUntil(lambda: len(output.readings) >= count + 6, timeout=3000)
    gaps = [b - a for a, b in itertools.pairwise(output.readings[count:])]
    assert sorted(gaps)[len(gaps) // 2] >= 0.8 * STEADY_TICK_MS / 1000
    engine.play_at(beep(), time.monotonic() + 0.6)  # beyond what is written already
    qtbot.waitUntil(lambda: output.first_sound() is not None, timeout=2000)
    count = len(output.readings)
    qtbot.waitUntil(lambda: len(output.readings) > count, timeout=1000)  # just topped up
    last = output.readings[-1]
    engine.silence()
    qtbot.waitUntil(lambda: output.readings[-1] > last, timeout=1000)
    assert output.readings[-1] - last < 0.9 * STEADY_TICK_MS / 1000  # before the steady tick
    qtbot.waitUntil(lambda: output.volumes[-1:] == [0.0], timeout=1000)


def rain() -> Sound:
    return Sound("rain", array.array("h", [3000, -3000] * 2205))


def test_silence_with_only_ambient_sound_queued_leaves_it_playing(
    qtbot: QtBot, engine: AudioEngine, output: PlayingOutput
) -> None:
    engine.start()
    engine.set_ambient(rain(), 1.0)
    qtbot.waitUntil(lambda: any(output.stream[-100:]), timeout=3000)
    engine.play_at(beep(), time.monotonic() + 5.0)
    engine.silence()
    written = len(output.stream)
    qtbot.waitUntil(lambda: len(output.stream) > written + RATE // 2, timeout=3000)
    assert 0.0 not in output.volumes, "no hush: nothing timed was in the queue"
    assert min(output.stream[written:]) < -100, "the loop goes on"
    assert engine.ambient is not None


def test_closing_while_ambient_sounds_fades_it_out_and_plays_the_fade_first(
    qtbot: QtBot, engine: AudioEngine, output: PlayingOutput
) -> None:
    engine.start()
    engine.set_ambient(rain(), 1.0)
    qtbot.waitUntil(lambda: max(output.stream[-100:], default=0) > 2000, timeout=3000)
    written = len(output.stream)
    engine.stop()
    assert output.closed and engine.ambient is None, "the next session starts without it"
    heard = output.played_at_close
    assert heard > written, "the stream played on past what was queued"
    assert not any(output.stream[heard - 2000 : heard]), "silent where the close cuts it"
    tail = [abs(v) for v in output.stream[written:heard]]
    assert max(b - a for a, b in itertools.pairwise(tail[::2])) <= 0, "it only goes down"


def test_stop_ends_the_worker_and_closes_the_output(
    qtbot: QtBot, engine: AudioEngine, output: PlayingOutput
) -> None:
    engine.start()
    qtbot.waitUntil(lambda: bool(output.stream), timeout=3000)
    engine.stop()
    assert output.closed and not engine.running
    engine.play_at(beep(), time.monotonic())  # harmless once stopped


def test_an_output_that_cannot_open_is_reported_in_words(qtbot: QtBot) -> None:
    engine = AudioEngine(SystemClock(), make_output=lambda: PlayingOutput("No luck today."))
    with qtbot.waitSignal(engine.problem_found) as found:
        engine.start()
    assert found.args == ["No luck today."]
    assert engine.problem == "No luck today." and not engine.running
    engine.play_at(beep(), time.monotonic())
    engine.stop()


def test_without_a_device_the_cues_stay_silent_and_say_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

    from calmkit.resources import resource_path

    monkeypatch.setattr(QMediaDevices, "defaultAudioOutput", staticmethod(QAudioDevice))
    cues = CuePlayer(resource_path("sounds"), SystemClock())
    cues.warm_up()
    cues.schedule("inhale", time.monotonic())
    cues.withdraw()
    assert cues.problem == NO_DEVICE and not cues.running and cues.played == ["inhale"]
    cues.release()
