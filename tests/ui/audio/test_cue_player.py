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
