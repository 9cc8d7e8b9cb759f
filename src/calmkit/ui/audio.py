"""Sound cues: preloaded effects so a cue costs no decoding, and silence when there is no device."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, QUrl

# Qt probes optional libraries (PipeWire, VA-API video decoding) when QtMultimedia loads and
# warns for each one missing; none matter for short sound cues, so the probe stays quiet.
QLoggingCategory.setFilterRules(
    "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
)

from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: E402  (after the filter)

log = logging.getLogger(__name__)
VOLUME = 0.8


class CuePlayer(QObject):
    """Plays the phase tone. Without an audio device it stays silent; the session goes on.

    Sounds are loaded once an output device exists (loading against no device only produces
    warnings), and the device is looked for again when the system's device list changes.
    """

    def __init__(self, sounds_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources = {
            "tone": sounds_dir / "tone-phase.wav",
            "silence": sounds_dir / "silence.wav",
        }
        self._effects: dict[str, QSoundEffect] = {}
        self._muted = False
        self.played = 0
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._load_if_possible)
        self._load_if_possible()

    def _load_if_possible(self) -> None:
        if self._effects or QMediaDevices.defaultAudioOutput().isNull():
            return
        for name, path in self._sources.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(VOLUME)
            self._effects[name] = effect
        log.info("sound cues loaded for %s", QMediaDevices.defaultAudioOutput().description())

    @property
    def available(self) -> bool:
        tone = self._effects.get("tone")
        return tone is not None and tone.status() != QSoundEffect.Status.Error

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    @property
    def muted(self) -> bool:
        return self._muted

    def warm_up(self) -> None:
        """Open the audio output with real silence, so the first cue is not late."""
        if self.available:
            self._effects["silence"].play()

    def play_cue(self, kind: str) -> None:
        self.played += 1
        if not self._muted and self.available:
            self._effects["tone"].play()
