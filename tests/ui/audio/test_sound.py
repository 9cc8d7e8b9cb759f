"""Sounds: the bundled tones load, narration at 22.05 kHz doubles exactly, bad files are named."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest

from calmkit.core.exercises.breathing.rules import PHASES
from calmkit.resources import resource_path
from calmkit.ui.audio import NARRATION_RATE, RATE, Sound, load_tones, load_wav
from calmkit.ui.audio.sound import upsample_2x


def write_wav(path: Path, samples: list[int], rate: int, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as clip:
        clip.setnchannels(channels)
        clip.setsampwidth(2)
        clip.setframerate(rate)
        clip.writeframes(array.array("h", samples).tobytes())
    return path


def test_every_bundled_tone_loads_at_the_stream_rate() -> None:
    tones = load_tones(resource_path("sounds"))
    # Breathing marks each phase; muscle relaxation each tensing and letting go
    # (calmkit.ui.players.pmr.view.PmrView.tone_for); a script read without a voice each
    # segment (calmkit.ui.players.imagery.view.ReaderView.tone_for).
    assert sorted(tones) == sorted(
        [*(phase.kind for phase in PHASES), "tense", "release", "segment"]
    )
    for kind, tone in tones.items():
        assert tone.name == kind
        assert 0.4 < tone.seconds < 1.2
        assert max(abs(value) for value in tone.samples) > 1000  # audible, not silence


def test_doubling_keeps_every_sample_and_the_exact_length() -> None:
    ramp = array.array("h", range(0, 1000, 10))
    doubled = upsample_2x(ramp)
    assert len(doubled) == 2 * len(ramp)
    assert doubled[0::2] == ramp
    # Between two points of a straight line (away from the ends) the cubic lands on it.
    assert list(doubled[3:-4:2]) == [value + 5 for value in ramp[1:-2]]


def test_doubling_stays_in_range_at_full_scale() -> None:
    square = array.array("h", [32767, 32767, -32768, -32768] * 10)
    doubled = upsample_2x(square)
    assert max(doubled) == 32767 and min(doubled) == -32768


def test_narration_at_22050_hz_becomes_twice_as_many_samples(tmp_path: Path) -> None:
    clip = load_wav(write_wav(tmp_path / "step-1.wav", [0, 100, 200, 300], NARRATION_RATE))
    assert clip.name == "step-1"
    assert len(clip) == 8 and clip.seconds == pytest.approx(4 / NARRATION_RATE)
    assert Sound.from_pcm("same", [0, 100, 200, 300], RATE).samples == array.array(
        "h", [0, 100, 200, 300]
    )


@pytest.mark.parametrize(
    ("rate", "channels", "words"),
    [(8000, 1, "8000 Hz"), (RATE, 2, "2 channels")],
)
def test_a_sound_in_another_format_is_refused_in_plain_words(
    tmp_path: Path, rate: int, channels: int, words: str
) -> None:
    path = write_wav(tmp_path / "odd.wav", [0] * 8, rate, channels)
    with pytest.raises(ValueError, match=words) as refused:
        load_wav(path)
    assert "odd.wav" in str(refused.value)


def test_a_file_that_is_not_a_wav_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.wav"
    path.write_bytes(b"not audio at all")
    with pytest.raises(ValueError, match=r"broken\.wav: not a readable WAV file"):
        load_wav(path)
