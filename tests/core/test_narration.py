"""The narration clips: every spoken text of the bundled catalog has a current clip, and the
manifest's checks catch missing, stale and extra clips and malformed manifests."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from calmkit.core.exercises import load_catalog, spoken_texts
from calmkit.core.narration import (
    DEFAULT_SETTINGS,
    MANIFEST_NAME,
    NARRATION_FOLDER,
    Clip,
    Manifest,
    NarrationManifestError,
    check,
    clip_file_name,
    file_sha256,
    load_clips,
    phrase_key,
    phrase_problem,
    read_manifest,
)
from calmkit.resources import exercise_dirs, resource_path

VOICE = "test-voice@0123456789abcdef"


# --- the bundled clips -----------------------------------------------------------------------


def bundled() -> Manifest:
    return read_manifest(resource_path(NARRATION_FOLDER))


def test_every_spoken_text_of_the_bundled_exercises_has_a_current_clip() -> None:
    wanted = spoken_texts(load_catalog(exercise_dirs()))
    assert {"Breathe in", "A little more", "Hold", "Breathe out"} <= wanted
    state = check(bundled(), wanted)
    assert state.current, (
        f"narration clips are out of date ({state.describe()}); "
        "run tools/render_narration.py (see docs/narration.md)"
    )


def test_each_bundled_clip_decodes_to_its_recorded_length_and_speaks_at_once() -> None:
    soundfile = pytest.importorskip("soundfile")  # an app dependency: missing means broken
    catalog = load_catalog(exercise_dirs())
    # Breathing's words go with a tone and a moving pacer: heard within 20 ms of the step. A
    # sentence of a script or a protocol may open on a soft consonant ("Perhaps", "Far")
    # that rises over a few tens of milliseconds, as speech does: within 60 ms.
    on_the_beat = spoken_texts(e for e in catalog if e.kind == "breathing")
    for clip in bundled().clips.values():
        samples, rate = soundfile.read(clip.path, dtype="int16", always_2d=True)
        assert rate == clip.sample_rate == DEFAULT_SETTINGS.sample_rate
        assert samples.shape == (clip.frames, 1), clip.text
        assert 0.2 < clip.seconds < 6.0, clip.text
        mono = [int(v) for v in samples[:, 0]]
        window = clip.sample_rate // 200  # 5 ms
        loud = 32768 * 10 ** (-40 / 20)
        onset = next(
            i
            for i in range(0, len(mono) - window)
            if math.sqrt(sum(v * v for v in mono[i : i + window]) / window) > loud
        )
        # Placed at its step's first frame, the clip is heard that soon after the step.
        limit = 0.020 if clip.text in on_the_beat else 0.060
        assert onset / clip.sample_rate < limit, (clip.text, onset)
        assert max(abs(v) for v in mono) < 32767, f"{clip.text!r} is clipped"


# --- a small manifest in tmp_path ------------------------------------------------------------


def write_clip(directory: Path, text: str, voice: str = VOICE, content: bytes = b"") -> Clip:
    key = phrase_key(text, voice)
    path = directory / clip_file_name(text, key)
    path.write_bytes(content or f"audio of {text}".encode())
    return Clip(text, key, path, frames=22050, sample_rate=22050, sha256=file_sha256(path))


def small_manifest(directory: Path, texts: tuple[str, ...] = ("Breathe in", "Hold")) -> Manifest:
    clips = {text: write_clip(directory, text) for text in texts}
    manifest = Manifest(directory, VOICE, DEFAULT_SETTINGS, clips)
    (directory / MANIFEST_NAME).write_text(json.dumps(manifest.to_json()), encoding="utf-8")
    return read_manifest(directory)


def test_a_manifest_round_trips_and_finds_clips_by_text(tmp_path: Path) -> None:
    manifest = small_manifest(tmp_path)
    clip = manifest.clip_for("Breathe in")
    assert clip is not None and clip.path.parent == tmp_path and clip.seconds == 1.0
    assert manifest.clip_for("Breathe out") is None
    index = load_clips(tmp_path)
    assert index.problem == "" and index.clip_for("Hold") == manifest.clip_for("Hold")
    assert index.clip_for("") is None


def test_current_clips_are_reported_current(tmp_path: Path) -> None:
    state = check(small_manifest(tmp_path), {"Breathe in", "Hold"})
    assert state.current and state.describe() == "every clip is current"


def test_a_new_spoken_text_is_missing(tmp_path: Path) -> None:
    state = check(small_manifest(tmp_path), {"Breathe in", "Hold", "Breathe out"})
    assert (state.missing, state.stale, state.extra) == (("Breathe out",), (), ())
    assert "missing: 'Breathe out'" in state.describe()


def test_a_deleted_file_is_missing(tmp_path: Path) -> None:
    manifest = small_manifest(tmp_path)
    clip = manifest.clip_for("Hold")
    assert clip is not None
    clip.path.unlink()
    assert check(manifest, {"Breathe in", "Hold"}).missing == ("Hold",)


def test_a_changed_render_setting_makes_every_clip_stale(tmp_path: Path) -> None:
    manifest = small_manifest(tmp_path)
    slower = replace(DEFAULT_SETTINGS, length_scale=1.3)
    state = check(manifest, {"Breathe in", "Hold"}, settings=slower)
    assert state.stale == ("Breathe in", "Hold") and not state.missing


def test_another_voice_makes_every_clip_stale(tmp_path: Path) -> None:
    state = check(small_manifest(tmp_path), {"Breathe in", "Hold"}, voice="other@ffff")
    assert state.stale == ("Breathe in", "Hold")


def test_a_replaced_clip_file_is_stale(tmp_path: Path) -> None:
    manifest = small_manifest(tmp_path)
    clip = manifest.clip_for("Breathe in")
    assert clip is not None
    clip.path.write_bytes(b"something else")
    assert check(manifest, {"Breathe in", "Hold"}).stale == ("Breathe in",)
    assert check(manifest, {"Breathe in", "Hold"}, verify_files=False).current


def test_an_entry_whose_key_does_not_match_its_text_is_stale(tmp_path: Path) -> None:
    manifest = small_manifest(tmp_path)
    data = manifest.to_json()
    data["clips"][0]["key"] = phrase_key("Breathe out", VOICE)  # edited text, old audio
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    assert check(read_manifest(tmp_path), {"Breathe in", "Hold"}).stale == ("Breathe in",)


def test_texts_no_longer_spoken_and_unlisted_files_are_extra(tmp_path: Path) -> None:
    manifest = small_manifest(tmp_path)
    (tmp_path / "left-behind-000000000000.ogg").write_bytes(b"old")
    state = check(manifest, {"Breathe in"})
    assert state.extra == ("Hold", "left-behind-000000000000.ogg")
    assert not state.missing and not state.stale


def test_the_key_changes_with_text_voice_and_each_setting() -> None:
    key = phrase_key("Hold", VOICE)
    assert key == phrase_key("Hold", VOICE) and len(key) == 64
    others = {
        phrase_key("Hold.", VOICE),
        phrase_key("Hold", "other@ffff"),
        *(
            phrase_key("Hold", VOICE, changed)
            for changed in [
                replace(DEFAULT_SETTINGS, length_scale=1.0),
                replace(DEFAULT_SETTINGS, normalize_audio=True),
                replace(DEFAULT_SETTINGS, gain_db=0.0),
                replace(DEFAULT_SETTINGS, seed=9),
                replace(DEFAULT_SETTINGS, vorbis_quality=0.5),
                replace(DEFAULT_SETTINGS, lead_ms=0.0),
            ]
        ),
    }
    assert key not in others and len(others) == 8


def test_long_or_padded_phrases_are_refused_in_plain_words() -> None:
    assert phrase_problem("Let your shoulders drop") == ""
    long = " ".join(["word"] * 13)
    assert "13 words is too long" in phrase_problem(long)
    assert "spaces" in phrase_problem(" Hold")
    assert "empty" in phrase_problem("")


def test_clip_file_names_stay_inside_the_folder() -> None:
    key = phrase_key("../../etc/passwd", VOICE)
    assert clip_file_name("../../etc/passwd", key) == f"etc-passwd-{key[:12]}.ogg"
    assert clip_file_name("…", key) == f"{key[:12]}.ogg"


# --- malformed manifests ---------------------------------------------------------------------


def good_json(directory: Path) -> dict[str, Any]:
    return small_manifest(directory).to_json()


def broken(data: dict[str, Any], change: str) -> dict[str, Any]:
    clip = data["clips"][0]
    if change == "format":
        data["format"] = 99
    elif change == "settings":
        data["settings"]["length_scale"] = "slow"
    elif change == "unknown setting":
        data["settings"]["pitch"] = 1
    elif change == "traversal":
        clip["file"] = "../../outside.ogg"
    elif change == "frames":
        clip["frames"] = 0
    elif change == "duplicate":
        data["clips"].append(dict(clip))
    elif change == "no text":
        del clip["text"]
    elif change == "clips":
        data["clips"] = {"Hold": clip}
    return data


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("format", "format 99 is not one this version reads"),
        ("settings", "render setting 'length_scale' should be a float"),
        ("unknown setting", "unknown render settings: pitch"),
        ("traversal", "'file' should be a plain .ogg name"),
        ("frames", "'frames' and 'sample_rate' must be above zero"),
        ("duplicate", "is listed twice"),
        ("no text", "clip 1: 'text' is missing"),
        ("clips", "'clips' should be a list"),
    ],
)
def test_a_malformed_manifest_is_reported_in_plain_words(
    tmp_path: Path, change: str, reason: str
) -> None:
    data = broken(good_json(tmp_path), change)
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NarrationManifestError, match="narration manifest") as raised:
        read_manifest(tmp_path)
    assert reason in str(raised.value)
    index = load_clips(tmp_path)
    assert reason in index.problem and index.clip_for("Hold") is None


def test_a_manifest_that_is_not_json_or_absent_gives_no_clips_and_a_reason(
    tmp_path: Path,
) -> None:
    assert "there is no narration manifest" in load_clips(tmp_path).problem
    (tmp_path / MANIFEST_NAME).write_text('{"format": 1,', encoding="utf-8")
    index = load_clips(tmp_path)
    assert "is not valid JSON (line 1" in index.problem and index.clip_for("Hold") is None
    (tmp_path / MANIFEST_NAME).write_bytes(b"\xff\xfe")
    assert "cannot be read" in load_clips(tmp_path).problem
