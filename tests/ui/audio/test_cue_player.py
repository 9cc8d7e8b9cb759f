"""Tones: each phase has its own, and without an audio device the session stays silent."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock


def test_the_sound_player_is_silent_but_working_without_an_audio_device(
    qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

    from calmkit.resources import resource_path
    from calmkit.ui import audio

    monkeypatch.setattr(QMediaDevices, "defaultAudioOutput", staticmethod(QAudioDevice))
    cues = audio.CuePlayer(resource_path("sounds"), clock)
    assert not cues.available and cues.start_lead == 0
    cues.warm_up()
    cues.schedule("inhale", clock.monotonic())
    cues.set_muted(True)
    cues.set_volume(1.7)
    cues.schedule("exhale", clock.monotonic())
    assert cues.played == ["inhale", "exhale"]
    assert cues.muted and cues.volume == 1.0 and not cues.running


def test_every_phase_kind_has_its_own_tone() -> None:
    from calmkit.core.exercises.breathing.rules import PHASES
    from calmkit.resources import resource_path

    kinds = [phase.kind for phase in PHASES]

    sounds = {kind: resource_path("sounds", f"tone-{kind}.wav").read_bytes() for kind in kinds}
    assert len(set(sounds.values())) == len(kinds)


def test_an_ambient_sound_is_made_in_a_thread_and_then_fades_in(
    qtbot: QtBot, clock: FakeClock
) -> None:
    from calmkit.resources import resource_path
    from calmkit.ui import audio
    from calmkit.ui.audio.ambient import ambient_sound

    cues = audio.CuePlayer(resource_path("sounds"), clock)
    cues.set_ambient("rain", 0.4)
    assert cues.ambient == "rain"
    cues.wait_for_ambient(timeout=10)
    assert cues.engine.ambient is ambient_sound("rain")
    cues.set_ambient("rain", 0.6)  # made already: straight to the engine
    assert cues.engine.ambient is ambient_sound("rain")
    cues.set_ambient(None)
    assert cues.ambient is None and cues.engine.ambient is None  # fading out


def test_an_ambient_sound_turned_off_while_it_was_being_made_stays_silent(
    qtbot: QtBot, clock: FakeClock
) -> None:
    from calmkit.resources import resource_path
    from calmkit.ui import audio

    cues = audio.CuePlayer(resource_path("sounds"), clock)
    audio.cue_player._made.discard("waves")  # as in a new session of the app
    cues.set_ambient("waves", 0.5)
    cues.set_ambient(None)
    cues.wait_for_ambient(timeout=10)
    assert cues.engine.ambient is None
    cues.set_muted(True)  # tones off leaves ambient sound alone
    cues.set_ambient("waves", 0.5)
    cues.wait_for_ambient(timeout=10)
    assert cues.engine.ambient is not None
    cues.release()
    assert cues.engine.ambient is None
