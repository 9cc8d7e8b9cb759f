"""Narration clips decode into the stream's format at session open; bad clips are skipped."""

from __future__ import annotations

import logging
import math
import subprocess
import sys
from pathlib import Path

import pytest

from calmkit.core.narration import NARRATION_FOLDER, Clip, ClipIndex, load_clips
from calmkit.resources import resource_path
from calmkit.ui.narration_clips import STREAM_RATE, decode_clip, decode_for_session, upsample_2x

soundfile = pytest.importorskip("soundfile")
np = pytest.importorskip("numpy")


def bundled() -> ClipIndex:
    index = load_clips(resource_path(NARRATION_FOLDER))
    assert index.problem == ""
    return index


def write_ogg(path: Path, samples: object, rate: int) -> Clip:
    soundfile.write(path, samples, rate, format="OGG", subtype="VORBIS")
    frames = soundfile.info(path).frames
    return Clip(path.stem, "0" * 64, path, frames, rate, "0" * 64)


def test_a_bundled_clip_plays_at_the_stream_rate_for_its_full_length() -> None:
    clip = bundled().clip_for("Breathe in")
    assert clip is not None
    samples = decode_clip(clip)
    assert samples is not None and samples.typecode == "h"
    assert len(samples) == 2 * clip.frames
    assert len(samples) / STREAM_RATE == pytest.approx(clip.seconds)
    original, _ = soundfile.read(clip.path, dtype="float64")
    kept = np.frombuffer(samples.tobytes(), dtype="<i2")[0::2] / 32767
    # The exact 2x upsample keeps every original sample; the new ones lie between them.
    assert np.abs(kept - original).max() < 1.5 / 32767
    assert np.abs(np.frombuffer(samples.tobytes(), dtype="<i2")).max() > 3000  # audible speech


def test_upsampling_a_tone_matches_the_same_tone_at_twice_the_rate() -> None:
    for hz in (220.0, 3000.0, 9000.0):
        tone = np.sin(2 * math.pi * hz * np.arange(4000) / 22050)
        ideal = np.sin(2 * math.pi * hz * np.arange(8000) / 44100)
        assert np.abs(upsample_2x(tone) - ideal)[200:-200].max() < 1e-3, hz


def test_a_session_gets_every_clip_it_speaks_decoded_up_front() -> None:
    decoded = decode_for_session(bundled(), ["Breathe in", "Hold", "Breathe in", "My own words"])
    assert sorted(decoded) == ["Breathe in", "Hold"]


def test_a_missing_clip_is_logged_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clip = Clip("Hold", "0" * 64, tmp_path / "hold.ogg", 100, 22050, "0" * 64)
    with caplog.at_level(logging.WARNING):
        assert decode_clip(clip) is None
    assert "narration clip for 'Hold' cannot be read" in caplog.text


def test_a_corrupt_clip_is_logged_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "hold.ogg"
    path.write_bytes(b"OggS" + bytes(500))
    clip = Clip("Hold", "0" * 64, path, 100, 22050, "0" * 64)
    with caplog.at_level(logging.WARNING):
        assert decode_clip(clip) is None
    assert "cannot be read" in caplog.text


def test_a_clip_shorter_than_its_manifest_says_is_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clip = write_ogg(tmp_path / "hold.ogg", np.zeros(2205), 22050)
    cut = Clip(clip.text, clip.key, clip.path, clip.frames + 500, clip.sample_rate, clip.sha256)
    with caplog.at_level(logging.WARNING):
        assert decode_clip(cut) is None
    assert "is damaged" in caplog.text


def test_clips_at_the_stream_rate_pass_and_other_rates_are_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stereo = np.stack([np.full(4410, 0.25), np.full(4410, -0.25)], axis=1)
    same = decode_clip(write_ogg(tmp_path / "same.ogg", stereo, 44100))
    assert same is not None and len(same) == 4410
    assert max(abs(v) for v in same[1000:3000]) < 200  # the two channels mixed to mono
    with caplog.at_level(logging.WARNING):
        assert decode_clip(write_ogg(tmp_path / "odd.ogg", np.zeros(1600), 16000)) is None
    assert "16000 Hz" in caplog.text


def test_importing_the_decoder_loads_neither_numpy_nor_soundfile() -> None:
    code = (
        "import sys, calmkit.ui.narration_clips; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('numpy', 'soundfile')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
