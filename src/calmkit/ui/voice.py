"""Spoken text through QtTextToSpeech, for words without a rendered clip. Never blocks a session.

The locale and voice are chosen explicitly (under LANG=C the engine's default is not
English), and a watchdog scaled to the text stops an utterance that never finishes: without
a sound server the speech-dispatcher engine can stay "speaking" forever.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from calmkit import translations
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.ui.audio.backend import use_builtin_audio

log = logging.getLogger(__name__)
ENGINE = "speechd"  # the only real engine the PySide6 wheel ships on Linux
RATE = -0.2  # a little slower than conversational: calmer, clearer
# speech-dispatcher + espeak-ng at RATE, measured from say() to Ready through a null sink:
# 0.97 s for "Hold", 3.9 s for 58 characters, 7.4 s for 115, i.e. about 0.74 s + 58 ms a
# character. The watchdog allows half as much again per character, and a start-up margin,
# so only an engine that is really stuck is cut off.
WATCHDOG_BASE_MS = 2000
WATCHDOG_MS_PER_CHAR = 90
# Cut off this many times in a row, the engine is taken to be broken (typically: no sound
# output) and the voice reports itself unavailable instead of hanging on every step.
STUCK_LIMIT = 2
HOW_TO_GET_A_VOICE = QT_TRANSLATE_NOOP(
    "Voice",
    "On Debian or Ubuntu, install the speech-dispatcher and speech-dispatcher-espeak-ng "
    "packages, and make sure sound works.",
)


def watchdog_ms(text: str) -> int:
    """How long an engine may take to say `text` before it counts as stuck."""
    return WATCHDOG_BASE_MS + WATCHDOG_MS_PER_CHAR * len(text)


def spoken_locale() -> QLocale:
    """The language CalmKit speaks in (US English, or the translation in use)."""
    language = translations.current_language()
    if language == translations.SOURCE_LANGUAGE:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(language)


class Voice(QObject):
    def __init__(
        self, engine: str = ENGINE, locale: QLocale | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        use_builtin_audio()
        self._tts = QTextToSpeech(engine, self)
        self.problem = ""
        self.spoken: list[str] = []
        self.stuck = 0  # utterances the watchdog had to cut off
        self._stuck_in_a_row = 0
        self._cutting_off = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setTimerType(Qt.TimerType.CoarseTimer)
        self._watchdog.timeout.connect(self._give_up)
        self._tts.stateChanged.connect(self._state_changed)
        if self._tts.state() == QTextToSpeech.State.Error:
            self._fail(self._tts.errorString() or translate("Voice", "no speech engine"))
            return
        self._choose_voice(locale or spoken_locale())

    def _choose_voice(self, wanted: QLocale) -> None:
        locales = self._tts.availableLocales()
        exact = [loc for loc in locales if loc.name() == wanted.name()]
        same = [loc for loc in locales if loc.language() == wanted.language()]
        english = [loc for loc in locales if loc.language() == QLocale.Language.English]
        if wanted.language() != QLocale.Language.English and locales and not same:
            # An English voice reading German text would be worse than the text alone.
            self._fail(
                translate("Voice", "the speech engine has no voice for {language}").format(
                    language=wanted.nativeLanguageName() or wanted.name()
                )
            )
            return
        chosen = (exact or same or english or locales or [wanted])[0]
        self._tts.setLocale(chosen)
        voices = self._tts.availableVoices()
        if voices:
            self._tts.setVoice(voices[0])
        self._tts.setRate(RATE)
        log.info("voice: %s, %s", chosen.name(), voices[0].name() if voices else "default")

    def _fail(self, reason: str) -> None:
        self.problem = translate(
            "Voice", "Spoken words are unavailable ({reason}). {advice}"
        ).format(reason=reason, advice=translate("Voice", HOW_TO_GET_A_VOICE))
        log.info("voice unavailable: %s", reason)

    @property
    def available(self) -> bool:
        """Whether text can be spoken now; when not, `problem` says why, in plain words."""
        return not self.problem and self._tts.state() != QTextToSpeech.State.Error

    @property
    def speaking(self) -> bool:
        return self._tts.state() == QTextToSpeech.State.Speaking

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(min(1.0, max(0.0, volume)))

    def say(self, text: str, interrupt: bool = False) -> None:
        """Speak `text`. What is still being said finishes first, unless `interrupt`."""
        if not self.available or not text:
            return
        allowance = watchdog_ms(text)
        if self.speaking and not interrupt:
            self._tts.enqueue(text)
            # The engine says the rest first: this text's allowance comes on top.
            allowance += max(0, self._watchdog.remainingTime())
        else:
            if self.speaking:
                self._tts.stop()
            self._tts.say(text)
        self.spoken.append(text)
        self._watchdog.start(allowance)

    def stop(self) -> None:
        self._watchdog.stop()
        if self.available:
            self._tts.stop()

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Ready and not self._cutting_off:
            self._watchdog.stop()
            self._stuck_in_a_row = 0  # it finished on its own: it works
        elif state == QTextToSpeech.State.Error and not self.problem:
            self._watchdog.stop()
            self._fail(self._tts.errorString() or translate("Voice", "the speech engine failed"))

    def _give_up(self) -> None:
        if not self.speaking:
            return
        self.stuck += 1
        self._stuck_in_a_row += 1
        log.warning("speech engine did not finish in time; stopped it")
        self._cutting_off = True
        try:
            self._tts.stop()
        finally:
            self._cutting_off = False
        if self._stuck_in_a_row >= STUCK_LIMIT:
            self._fail(translate("Voice", "the speech engine starts but never finishes speaking"))
