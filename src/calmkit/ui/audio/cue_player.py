"""Step tones, narration clips and ambient sound, played through the session's audio engine.

Each tone is handed over by the cue scheduler AUDIO_LEAD (1 s) ahead and placed at the frame
of its step boundary, so a late timer or a busy GUI thread does not move it. An ambient sound
is made in a thread of its own the first time it is asked for, and fades in when it is ready.
"""

from __future__ import annotations

import array
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject

from calmkit.core.clock import Clock
from calmkit.ui.audio.engine import AudioEngine
from calmkit.ui.audio.sound import Sound, load_wav
from calmkit.ui.session.cue_scheduler import AUDIO_LEAD

log = logging.getLogger(__name__)
# Ambient sounds already made (ambient_sound caches them): these play without a thread.
_made: set[str] = set()


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
        # The ambient sound asked for (name, volume), and the renders under way. The lock
        # makes "still wanted? then play it" one step against a change from the GUI thread.
        self._ambient_lock = threading.Lock()
        self._ambient: tuple[str, float] | None = None
        self._rendering: dict[str, threading.Thread] = {}

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
        with self._ambient_lock:
            self._ambient = None
        self.engine.stop()

    def set_ambient(self, name: str | None, volume: float = 1.0) -> None:
        """Loop the ambient sound `name` (an id of AMBIENT_SOUNDS) under everything at
        `volume` (0..1 of its own range), fading in; None fades it out. Tones off (M) leaves
        it alone: it has its own control."""
        with self._ambient_lock:
            if name is None:
                self._ambient = None
                self.engine.set_ambient(None)
                return
            wanted = self._ambient = (name, min(1.0, max(0.0, volume)))
            from calmkit.ui.audio.ambient import ambient_sound

            if name in _made:
                self.engine.set_ambient(ambient_sound(name), wanted[1])
                return
            if name not in self._rendering:
                render = threading.Thread(
                    target=self._render_ambient, args=(name,), name=f"calmkit-ambient-{name}"
                )
                self._rendering[name] = render
                render.start()

    def _render_ambient(self, name: str) -> None:
        from calmkit.ui.audio.ambient import ambient_sound

        try:
            sound = ambient_sound(name)
        except Exception:  # a sound that cannot be made leaves the session silent, not broken
            log.exception("the ambient sound %r could not be made", name)
            sound = None
        with self._ambient_lock:
            self._rendering.pop(name, None)
            if sound is None:
                return
            _made.add(name)
            wanted = self._ambient
            if wanted is not None and wanted[0] == name:
                self.engine.set_ambient(sound, wanted[1])

    def wait_for_ambient(self, timeout: float | None = None) -> None:
        """Until every ambient sound being made is ready (for tests and benchmarks)."""
        with self._ambient_lock:
            renders = list(self._rendering.values())
        for render in renders:
            render.join(timeout)

    @property
    def ambient(self) -> str | None:
        """The ambient sound asked for (it may still be being made), or None."""
        wanted = self._ambient
        return wanted[0] if wanted is not None else None

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
