"""The reader's soft tone at each segment stands in for the voice: it sounds only when nothing
will speak the words (the voice is off, or neither a clip nor a speech engine has them)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog
from calmkit.core.narration import NARRATION_FOLDER, ClipIndex, load_clips
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.store import Store
from calmkit.core.timeline import Step, Timeline
from calmkit.resources import resource_path
from tests.ui.conftest import RecordingCues, RecordingSpeaker
from tests.ui.helpers import make_shell

# Sentences the bundled narration has clips for (the shell tests use them too).
FIRST, SECOND = "And let go.", "Let the fingers fall open and loose."
VOICE_ON = PlayerPreferences(countdown=False)  # a script's voice starts on
VOICE_OFF = PlayerPreferences(countdown=False, unvoiced_kinds=("imagery",))


def two_segments() -> Timeline:
    """Two segments, each its words and then a pause, as scripts are."""
    return Timeline(
        [
            Step("intro", "Settling in", 3, FIRST, 0, spoken=FIRST),
            Step("pause", "Settling in", 5, FIRST, 0),
            Step("narration", "", 4, SECOND, 1, spoken=SECOND),
            Step("pause", "", 5, SECOND, 1),
        ]
    )


def run_through(
    qtbot: QtBot,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
    preferences: PlayerPreferences,
    *,
    speaker: RecordingSpeaker | None = None,
    narration: ClipIndex | None = None,
) -> tuple[RecordingCues, Any]:
    cues = RecordingCues()
    shell = make_shell(
        store,
        catalog,
        clock,
        "imagery-beach",
        two_segments(),
        cues=cues,
        preferences=preferences,
        speaker_factory=(lambda: speaker) if speaker is not None else None,
        narration=narration,
    )
    qtbot.addWidget(shell)
    shell.start()
    for _ in range(4 * 18):  # the whole session, as the timers would
        clock.advance(0.25)
        shell.scheduler.fire_ahead()
        shell.scheduler.fire_due()
    return cues, shell


def test_with_the_voice_off_a_soft_tone_marks_each_segment_and_no_pause(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    speaker = RecordingSpeaker()
    cues, shell = run_through(qtbot, store, catalog, clock, VOICE_OFF, speaker=speaker)
    assert cues.kinds == ["segment", "segment"]
    assert cues.moments == [shell.runner.monotonic_deadline(0), shell.runner.monotonic_deadline(2)]
    assert speaker.said == [] and cues.clips == []


def test_no_tone_where_the_rendered_narration_speaks(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    clips = load_clips(resource_path(NARRATION_FOLDER))
    assert clips.clip_for(FIRST) is not None and clips.clip_for(SECOND) is not None
    cues, _ = run_through(qtbot, store, catalog, clock, VOICE_ON, narration=clips)
    assert [name for name, _n, _m in cues.clips] == [FIRST, SECOND]
    assert cues.kinds == []


def test_no_tone_where_the_system_voice_speaks(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    speaker = RecordingSpeaker()
    no_clips = ClipIndex(None, "there is no narration manifest")
    cues, _ = run_through(
        qtbot, store, catalog, clock, VOICE_ON, speaker=speaker, narration=no_clips
    )
    assert speaker.said == [FIRST, SECOND]
    assert cues.kinds == []


@pytest.mark.parametrize("engine", ["broken", "none"])
def test_the_tone_comes_back_when_the_voice_is_on_but_nothing_can_speak(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock, engine: str
) -> None:
    speaker = RecordingSpeaker(problem="Spoken words are unavailable (no engine).")
    cues, shell = run_through(
        qtbot,
        store,
        catalog,
        clock,
        VOICE_ON,
        speaker=speaker if engine == "broken" else None,
        narration=ClipIndex(None, "there is no narration manifest"),
    )
    assert cues.kinds == ["segment", "segment"]
    kind = shell.exercise.kind
    assert shell.preferences.voice_for(kind, narrated=True), "the saved choice stays"
    assert not shell.voice_on, "the button reads as off: nothing can speak"


def test_breathing_tones_do_not_depend_on_the_voice(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    speaker = RecordingSpeaker()
    cues = RecordingCues()
    shell = make_shell(
        store,
        catalog,
        clock,
        "box",
        cues=cues,
        preferences=PlayerPreferences(countdown=False, voice=True),
        speaker_factory=lambda: speaker,
    )
    qtbot.addWidget(shell)
    shell.start()
    assert speaker.said == ["Breathe in"] and cues.kinds == ["inhale"]
