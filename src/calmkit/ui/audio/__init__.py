"""Sound for sessions: one engine mixing tones, narration and ambient sound, and breathing's
phase tones on top of it."""

from calmkit.ui.audio.cue_player import CuePlayer, load_tones
from calmkit.ui.audio.engine import AudioEngine, EngineStats, Output
from calmkit.ui.audio.sound import NARRATION_RATE, RATE, Sound, load_wav, upsample_2x

__all__ = [
    "NARRATION_RATE",
    "RATE",
    "AudioEngine",
    "CuePlayer",
    "EngineStats",
    "Output",
    "Sound",
    "load_tones",
    "load_wav",
    "upsample_2x",
]
