"""Step tones and narration clips, played through the session's audio engine.

Each tone is handed over by the cue scheduler AUDIO_LEAD (1 s) ahead and placed at the frame
of its step boundary, so a late timer or a busy GUI thread does not move it.
"""

from __future__ import annotations

import array
import logging
from pathlib import Path

from PySide6.QtCore import QObject

from calmkit.core.clock import Clock
from calmkit.ui.audio.engine import AudioEngine
from calmkit.ui.audio.sound import Sound, load_wav
from calmkit.ui.session.cue_scheduler import AUDIO_LEAD

log = logging.getLogger(__name__)


def load_tones(sounds_dir: Path) -> dict[str, Sound]:
    """Every bundled tone (resources/sounds/tone-<name>.wav), by name."""
    return {
        path.stem.removeprefix("tone-"): load_wav(path, path.stem.removeprefix("tone-"))
        for path in sorted(sounds_dir.glob("tone-*.wav"))
    }


class CuePlayer(QObject):
    def __init__(self, sounds_dir: Path, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tones = load_tones(sounds_dir)
        self.engine = AudioEngine(clock, self)
        self._tones_off = False  # "Sound" off silences the tones, never the spoken words
        self.played: list[str] = []

    @property
    def available(self) -> bool:
        return self.engine.available

    @property
    def running(self) -> bool:
        return self.engine.running

    @property
    def problem(self) -> str:
        return self.engine.problem

    @property
    def start_lead(self) -> float:
        """How far ahead the first tone must be known to sound exactly on time."""
        return AUDIO_LEAD if self.available else 0.0

    def warm_up(self) -> None:
        """Open the output and start the silent stream before the first cue is needed."""
        self.engine.start()

    def release(self) -> None:
        """Close the stream (the session screen closed): no device held while not needed."""
        self.engine.stop()

    def schedule(self, kind: str, moment: float) -> None:
        """Place the tone of `kind` to sound at `moment` (monotonic clock)."""
        self.played.append(kind)
        tone = self._tones.get(kind)
        if tone is None:
            log.warning("no tone named %r in the bundled sounds; the step stays silent", kind)
        elif not self._tones_off:
            self.engine.play_at(tone, moment)

    def play_clip(self, name: str, samples: array.array[int], moment: float) -> None:
        """A narration clip (mono 16-bit at the stream rate) to start at `moment`."""
        self.played.append(name)
        self.engine.play_at(Sound(name, samples), moment)

    def withdraw(self) -> None:
        """The session paused or stopped: silence within ~50 ms, forget planned tones."""
        self.engine.silence()

    @property
    def muted(self) -> bool:
        """Tones off (spoken words still sound)."""
        return self._tones_off

    def set_muted(self, muted: bool) -> None:
        self._tones_off = muted

    @property
    def volume(self) -> float:
        return self.engine.volume

    def set_volume(self, volume: float) -> None:
        self.engine.set_volume(volume)
