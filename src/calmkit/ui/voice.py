"""Spoken phase words through QtTextToSpeech, when an engine works. Never blocks a session.

The locale and voice are chosen explicitly (under LANG=C the engine's default is not
English), and a watchdog stops an utterance that never finishes: without a sound server the
speech-dispatcher engine can stay "speaking" forever.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)
ENGINE = "speechd"  # the only real engine the PySide6 wheel ships on Linux
# Longer than any phase word takes to say; shorter than the shortest phase worth speaking.
WATCHDOG_MS = 2500


class Voice(QObject):
    def __init__(
        self, engine: str = ENGINE, locale: QLocale | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tts = QTextToSpeech(engine, self)
        self.problem = ""
        self.spoken: list[str] = []
        self.stuck = 0
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setTimerType(Qt.TimerType.CoarseTimer)
        self._watchdog.timeout.connect(self._give_up)
        if self._tts.state() == QTextToSpeech.State.Error:
            self.problem = (
                f"Spoken words are unavailable ({self._tts.errorString() or 'no speech engine'}). "
                "On Debian/Ubuntu, install speech-dispatcher and espeak-ng."
            )
            log.info("voice unavailable: %s", self.problem)
            return
        self._choose_voice(
            locale or QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )

    def _choose_voice(self, wanted: QLocale) -> None:
        locales = self._tts.availableLocales()
        english = [loc for loc in locales if loc.language() == QLocale.Language.English]
        exact = [loc for loc in locales if loc.name() == wanted.name()]
        chosen = (exact or english or locales or [wanted])[0]
        self._tts.setLocale(chosen)
        voices = self._tts.availableVoices()
        if voices:
            self._tts.setVoice(voices[0])
        self._tts.setRate(-0.2)  # a little slower than conversational: calmer, clearer
        log.info("voice: %s, %s", chosen.name(), voices[0].name() if voices else "default")

    @property
    def available(self) -> bool:
        return not self.problem and self._tts.state() != QTextToSpeech.State.Error

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(min(1.0, max(0.0, volume)))

    def say(self, text: str) -> None:
        if not self.available:
            return
        if self._tts.state() == QTextToSpeech.State.Speaking:
            self._tts.stop()  # a new phase has begun: its word matters, the old one does not
        self.spoken.append(text)
        self._tts.say(text)
        self._watchdog.start(WATCHDOG_MS)

    def stop(self) -> None:
        self._watchdog.stop()
        if self.available:
            self._tts.stop()

    def _give_up(self) -> None:
        if self._tts.state() == QTextToSpeech.State.Speaking:
            self.stuck += 1
            log.warning("speech engine did not finish in %d ms; stopped it", WATCHDOG_MS)
            self._tts.stop()
