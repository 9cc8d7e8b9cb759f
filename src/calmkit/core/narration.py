"""Pre-rendered narration clips: the manifest that lists them, and which are missing or stale.

A clip's key is a hash of its text, the voice and the render settings, so changing any of the
three makes the clip stale. tools/render_narration.py writes the clips and the manifest;
the app only reads them (decoding lives in the ui layer).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from calmkit.core.i18n import translate

MANIFEST_NAME = "manifest.json"
NARRATION_FOLDER = "narration"  # under the bundled resources
MANIFEST_FORMAT = 1
# Piper's memory grows with the length of one utterance (about 22 MB per second of audio),
# and short phrases let a script place its pauses itself: "about ten words" with some slack.
MAX_PHRASE_WORDS = 12
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CLIP_FILE = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}\.ogg$")


class NarrationManifestError(ValueError):
    """A manifest that cannot be used, worded for the person who has to fix it."""


@dataclass(frozen=True, slots=True)
class RenderSettings:
    """Everything besides text and voice that changes how a clip sounds."""

    # Slower than Piper's 1.0: 1.2 measured 3.2 words a second, brisk for guided imagery;
    # 1.35 gives about 2.8, with the sentence gaps and pauses a calm pace.
    length_scale: float = 1.35
    normalize_audio: bool = False  # Piper's default peak-normalises each phrase: uneven loudness
    gain_db: float = 3.0  # fixed instead, so every phrase keeps the voice's own loudness
    seed: int = 8  # onnxruntime.set_seed before each phrase's session: bit-identical renders
    sample_rate: int = 22050  # the voice's own rate; the app upsamples exactly 2x
    vorbis_quality: float = 0.2  # Vorbis q2: about 14 MB per hour of speech
    # Silence is cut where a 5 ms window first/last reaches this level, keeping a short
    # fade on both sides, so speech starts within a few ms of the clip's first frame.
    trim_threshold_db: float = -45.0
    lead_ms: float = 5.0
    tail_ms: float = 60.0
    # Bumped whenever tools/render_narration.py processes audio differently, so every clip
    # made the old way shows as stale.
    processing: int = 2

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RenderSettings:
        known = {f for f in cls.__dataclass_fields__}
        unknown = sorted(set(data) - known)
        if unknown:
            raise NarrationManifestError(f"unknown render settings: {', '.join(unknown)}")
        defaults = cls()
        values: dict[str, Any] = {}
        for name in known:
            if name not in data:
                raise NarrationManifestError(f"render setting {name!r} is missing")
            value, default = data[name], getattr(defaults, name)
            if type(default) is bool:
                ok = isinstance(value, bool)
            elif type(default) is int:
                ok = isinstance(value, int) and not isinstance(value, bool)
            else:
                ok = isinstance(value, int | float) and not isinstance(value, bool)
                ok = ok and math.isfinite(value)
            if not ok:
                kind = type(default).__name__
                raise NarrationManifestError(
                    f"render setting {name!r} should be a {kind}, not {value!r}"
                )
            values[name] = float(value) if type(default) is float else value
        return cls(**values)


DEFAULT_SETTINGS = RenderSettings()


def phrase_key(text: str, voice: str, settings: RenderSettings = DEFAULT_SETTINGS) -> str:
    """The hash that names one rendering: of the text, the voice and the render settings."""
    canonical = json.dumps(
        {"text": text, "voice": voice, "settings": settings.to_json()},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def phrase_problem(text: str) -> str:
    """Why a text cannot be rendered as one clip, or "" when it can."""
    if not text.strip():
        return "the text is empty"
    if text != text.strip():
        return "the text starts or ends with spaces"
    words = len(text.split())
    if words > MAX_PHRASE_WORDS:
        return (
            f"{words} words is too long for one clip (at most {MAX_PHRASE_WORDS}); "
            "split it into shorter phrases"
        )
    return ""


def clip_file_name(text: str, key: str) -> str:
    """A readable, unique file name: the start of the text, then the start of the key."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].rstrip("-")
    return f"{slug}-{key[:12]}.ogg" if slug else f"{key[:12]}.ogg"


@dataclass(frozen=True, slots=True)
class Clip:
    """One rendered phrase: where its file is and how long it sounds."""

    text: str
    key: str
    path: Path
    frames: int
    sample_rate: int
    sha256: str  # of the file, so a replaced or damaged file shows as stale

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "key": self.key,
            "file": self.path.name,
            "frames": self.frames,
            "sample_rate": self.sample_rate,
            "seconds": round(self.seconds, 6),
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class Manifest:
    """The clips in one folder, the voice they were rendered with and its settings."""

    directory: Path
    voice: str
    settings: RenderSettings
    clips: Mapping[str, Clip] = field(default_factory=dict)

    def clip_for(self, text: str) -> Clip | None:
        return self.clips.get(text)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "voice": self.voice,
            "settings": self.settings.to_json(),
            "clips": [self.clips[text].to_json() for text in sorted(self.clips)],
        }


def _require(entry: Mapping[str, Any], name: str, kind: type, where: str) -> Any:
    if name not in entry:
        raise NarrationManifestError(f"{where}: {name!r} is missing")
    value = entry[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise NarrationManifestError(
            f"{where}: {name!r} should be a {kind.__name__}, not {value!r}"
        )
    return value


def _clip_from_json(directory: Path, entry: Any, number: int) -> Clip:
    where = f"clip {number}"
    if not isinstance(entry, dict):
        raise NarrationManifestError(f"{where} should be an object with text, key and file")
    text = _require(entry, "text", str, where)
    where = f"clip {number} ({text!r})"
    key = _require(entry, "key", str, where)
    file_name = _require(entry, "file", str, where)
    frames = _require(entry, "frames", int, where)
    sample_rate = _require(entry, "sample_rate", int, where)
    digest = _require(entry, "sha256", str, where)
    if phrase_problem(text):
        raise NarrationManifestError(f"{where}: {phrase_problem(text)}")
    if not _HEX64.match(key):
        raise NarrationManifestError(f"{where}: 'key' should be 64 hexadecimal digits")
    if not _HEX64.match(digest):
        raise NarrationManifestError(f"{where}: 'sha256' should be 64 hexadecimal digits")
    if not _CLIP_FILE.match(file_name):
        # Also keeps every clip inside the folder: no separators, no "..".
        raise NarrationManifestError(
            f"{where}: 'file' should be a plain .ogg name in the narration folder, "
            f"not {file_name!r}"
        )
    if frames <= 0 or sample_rate <= 0:
        raise NarrationManifestError(f"{where}: 'frames' and 'sample_rate' must be above zero")
    return Clip(text, key, directory / file_name, frames, sample_rate, digest)


def read_manifest(directory: Path) -> Manifest:
    """The manifest in `directory`; raises NarrationManifestError with a plain reason."""
    path = directory / MANIFEST_NAME
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NarrationManifestError(f"there is no narration manifest at {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise NarrationManifestError(
            f"the narration manifest {path} cannot be read: {error}"
        ) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise NarrationManifestError(
            f"the narration manifest {path} is not valid JSON "
            f"(line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    try:
        return _manifest_from_json(directory, data)
    except NarrationManifestError as error:
        raise NarrationManifestError(f"the narration manifest {path}: {error}") from None


def _manifest_from_json(directory: Path, data: Any) -> Manifest:
    if not isinstance(data, dict):
        raise NarrationManifestError("it should hold one JSON object")
    version = data.get("format")
    if version != MANIFEST_FORMAT:
        raise NarrationManifestError(
            f"format {version!r} is not one this version reads ({MANIFEST_FORMAT})"
        )
    voice = _require(data, "voice", str, "the manifest")
    settings_data = _require(data, "settings", dict, "the manifest")
    entries = _require(data, "clips", list, "the manifest")
    settings = RenderSettings.from_json(settings_data)
    clips: dict[str, Clip] = {}
    files: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        clip = _clip_from_json(directory, entry, number)
        if clip.text in clips:
            raise NarrationManifestError(f"clip {number}: {clip.text!r} is listed twice")
        if clip.path.name in files:
            raise NarrationManifestError(f"clip {number}: file {clip.path.name} is listed twice")
        clips[clip.text] = clip
        files.add(clip.path.name)
    return Manifest(directory, voice, settings, clips)


@dataclass(frozen=True)
class ClipIndex:
    """What the app uses: clips by text, or none with the reason (never an exception)."""

    manifest: Manifest | None
    problem: str = ""

    def clip_for(self, text: str) -> Clip | None:
        return self.manifest.clip_for(text) if self.manifest is not None and text else None


# Silence between the sentences of one spoken text, as a calm reader pauses between them.
PHRASE_GAP = 0.6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def phrases(text: str) -> list[str]:
    """The sentences of a spoken text: each is rendered as one clip."""
    return [p for p in _SENTENCE_END.split(text.strip()) if p]


def spoken_problem(text: str) -> str:
    """Why a spoken text cannot be narrated sentence by sentence, or "" when it can: said to
    the person whose exercise file it is, in their language."""
    if not text.strip():
        return translate("Narration", "the text is empty")
    for phrase in phrases(text):
        words = len(phrase.split())
        if words > MAX_PHRASE_WORDS:
            return translate(
                "Narration",
                "a sentence of {words} words is too long to narrate (at most {maximum}); "
                "split it into shorter ones",
            ).format(words=words, maximum=MAX_PHRASE_WORDS)
    return ""


def phrase_offsets(text: str, clips: ClipIndex) -> list[tuple[Clip, float]] | None:
    """Each sentence's clip and its offset from the start of the text, or None when any
    sentence has no clip (the text then goes to the speech engine whole)."""
    placed: list[tuple[Clip, float]] = []
    offset = 0.0
    for phrase in phrases(text):
        clip = clips.clip_for(phrase)
        if clip is None:
            return None
        placed.append((clip, offset))
        offset += clip.seconds + PHRASE_GAP
    return placed


def spoken_seconds(text: str, clips: ClipIndex) -> float | None:
    """How long the rendered clips of `text` sound, sentence gaps included; None without."""
    placed = phrase_offsets(text, clips)
    if not placed:
        return None
    clip, offset = placed[-1]
    return offset + clip.seconds


def load_clips(directory: Path) -> ClipIndex:
    """The clips in `directory`; a missing or malformed manifest gives none, with the reason."""
    try:
        return ClipIndex(read_manifest(directory))
    except NarrationManifestError as error:
        return ClipIndex(None, str(error))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Staleness:
    """Texts without a usable clip, clips rendered from other inputs, and leftovers."""

    missing: tuple[str, ...] = ()  # wanted, with no clip or no file
    stale: tuple[str, ...] = ()  # wanted, but rendered with other inputs or the file changed
    extra: tuple[str, ...] = ()  # texts no one needs any more, and files no entry names

    @property
    def current(self) -> bool:
        return not (self.missing or self.stale or self.extra)

    def describe(self) -> str:
        parts = [
            f"{label}: {', '.join(repr(t) for t in texts)}"
            for label, texts in (
                ("missing", self.missing),
                ("stale", self.stale),
                ("extra", self.extra),
            )
            if texts
        ]
        return "; ".join(parts) or "every clip is current"


def check(
    manifest: Manifest,
    wanted: Iterable[str],
    voice: str | None = None,
    settings: RenderSettings = DEFAULT_SETTINGS,
    verify_files: bool = True,
) -> Staleness:
    """Compare the clips with what they should be for `wanted` texts.

    `voice` defaults to the manifest's own, so a swapped voice is current once rendered; the
    settings default to today's, so a changed setting makes every clip stale. With
    `verify_files` each file's hash is compared too (it reads every clip).
    """
    voice = manifest.voice if voice is None else voice
    wanted_set = set(wanted)
    missing, stale = [], []
    for text in sorted(wanted_set):
        clip = manifest.clip_for(text)
        if clip is None or not clip.path.is_file():
            missing.append(text)
        elif clip.key != phrase_key(text, voice, settings) or (
            verify_files and file_sha256(clip.path) != clip.sha256
        ):
            stale.append(text)
    extra = sorted(set(manifest.clips) - wanted_set)
    named = {clip.path.name for clip in manifest.clips.values()}
    if manifest.directory.is_dir():
        extra += sorted(
            path.name for path in manifest.directory.glob("*.ogg") if path.name not in named
        )
    return Staleness(tuple(missing), tuple(stale), tuple(extra))
