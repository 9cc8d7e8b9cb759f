"""The text-to-speech voice: longer instructions are not cut off, stuck engines are.

Qt's "mock" engine takes 100 ms a word and reports the words it says, so these tests wait
for real (short) utterances with qtbot.waitUntil.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from calmkit.ui import voice as voice_module
from calmkit.ui.voice import Voice, watchdog_ms

LONG = "Now gently tighten the muscles of your right hand"  # 9 words: 0.9 s on the mock


def mock_voice(qtbot: QtBot) -> tuple[Voice, list[str]]:
    voice = Voice(engine="mock")
    words: list[str] = []
    voice._tts.sayingWord.connect(lambda word, *_: words.append(word))
    assert voice.available and voice.problem == ""
    return voice, words


def test_the_watchdog_allows_more_than_the_measured_speaking_time() -> None:
    # Measured with speech-dispatcher + espeak-ng (see calmkit.ui.voice): 0.97 s for "Hold",
    # 7.4 s for a 115-character sentence.
    sentence = "x" * 115
    assert watchdog_ms("Hold") > 1.5 * 970
    assert watchdog_ms(sentence) > 1.5 * 7400
    assert watchdog_ms(sentence) > watchdog_ms(LONG) > watchdog_ms("Hold")


def test_a_second_text_waits_for_a_longer_instruction_to_finish(qtbot: QtBot) -> None:
    voice, words = mock_voice(qtbot)
    voice.say(LONG)
    qtbot.waitUntil(lambda: len(words) >= 2)
    voice.say("Breathe out")
    qtbot.waitUntil(lambda: not voice.speaking, timeout=15000)  # real-time speech, slower when busy
    assert words == [*LONG.split(), "Breathe", "out"]
    assert voice.spoken == [LONG, "Breathe out"] and voice.stuck == 0


def test_interrupt_cuts_the_current_text_short(qtbot: QtBot) -> None:
    voice, words = mock_voice(qtbot)
    voice.say(LONG)
    qtbot.waitUntil(lambda: len(words) >= 2)
    voice.say("Hold", interrupt=True)
    qtbot.waitUntil(lambda: not voice.speaking, timeout=15000)  # real-time speech, slower when busy
    assert words[-1] == "Hold" and len(words) < len(LONG.split()) + 1
    assert voice.stuck == 0


def test_a_stuck_engine_is_cut_off_and_then_reported(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An allowance far shorter than the mock's 0.9 s stands in for an engine that hangs.
    monkeypatch.setattr(voice_module, "WATCHDOG_BASE_MS", 150)
    monkeypatch.setattr(voice_module, "WATCHDOG_MS_PER_CHAR", 0)
    voice, words = mock_voice(qtbot)
    voice.say(LONG)
    qtbot.waitUntil(lambda: voice.stuck == 1, timeout=3000)
    assert not voice.speaking and len(words) < len(LONG.split())
    assert voice.available  # once can be a hiccup
    voice.say(LONG)
    qtbot.waitUntil(lambda: voice.stuck == 2, timeout=3000)
    assert not voice.available
    assert "never finishes speaking" in voice.problem
    assert "speech-dispatcher-espeak-ng" in voice.problem
    voice.say("Hold")  # says nothing now, and does not raise
    assert voice.spoken == [LONG, LONG]


def test_an_engine_that_finishes_clears_a_single_hiccup(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "WATCHDOG_BASE_MS", 150)
    monkeypatch.setattr(voice_module, "WATCHDOG_MS_PER_CHAR", 0)
    voice, _ = mock_voice(qtbot)
    voice.say(LONG)
    qtbot.waitUntil(lambda: voice.stuck == 1, timeout=3000)
    monkeypatch.setattr(voice_module, "WATCHDOG_BASE_MS", 5000)  # this one may finish
    voice.say("Hold")
    qtbot.waitUntil(lambda: not voice.speaking, timeout=6000)
    monkeypatch.setattr(voice_module, "WATCHDOG_BASE_MS", 150)
    voice.say(LONG)
    qtbot.waitUntil(lambda: voice.stuck == 2, timeout=3000)
    assert voice.available  # not two in a row


@pytest.mark.qt_log_ignore('Text-to-speech plug-in "no-such-engine" is not supported')
def test_without_an_engine_the_voice_says_why_and_how_to_get_one(qtbot: QtBot) -> None:
    voice = Voice(engine="no-such-engine")
    assert not voice.available
    assert voice.problem.startswith("Spoken words are unavailable (")
    assert "install the speech-dispatcher" in voice.problem
    voice.say("Hold")
    assert voice.spoken == []


def test_the_voice_speaks_the_language_of_the_translation() -> None:
    """Finnish stands in for a translation the mock engine has a voice for; German text is
    never read by an English voice: without a German one, the voice says why instead."""
    from PySide6.QtCore import QLocale

    finnish = Voice(engine="mock", locale=QLocale(QLocale.Language.Finnish))
    assert finnish.available
    assert finnish._tts.locale().language() == QLocale.Language.Finnish
    german = Voice(engine="mock", locale=QLocale(QLocale.Language.German))
    assert not german.available
    assert "Deutsch" in german.problem
    english = Voice(engine="mock")
    assert english.available
    assert english._tts.locale().name() == "en_US"
