"""Narrated scripts (guided imagery, grounding): segments of text, each followed by a pause
of the length written, read from a file and turned into a session.

Shared by the kinds that read scripts; not a kind itself. A segment is spoken sentence by
sentence; how long that takes comes from its rendered clips when there are some (the bundled
scripts), else from a plain estimate of speech (a person's own script, read by the system
voice). The pause after it is exactly as written.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.kinds import SessionCaution
from calmkit.core.exercises.model import Exercise, PlanError, SessionPlan, Unit
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.narration import (
    NARRATION_FOLDER,
    ClipIndex,
    load_clips,
    phrases,
    spoken_problem,
    spoken_seconds,
)
from calmkit.core.timeline import Step, Timeline
from calmkit.core.wording import short_number

SEGMENT_KINDS = ("intro", "narration", "outro")
VERSIONS = ("short", "long")
MAX_PAUSE = 120.0
MAX_SEGMENTS = 400
# A calm speaking rate and a breath between sentences: the length of speech without clips.
WORDS_PER_SECOND = 2.3
SECONDS_PER_SENTENCE = 0.5
# After the last sentence and before the pause, so a clip's tail is never clipped.
SPEECH_SETTLE = 0.25
# Shown above a segment's words (translated when a session is made).
LABELS = {
    "intro": QT_TRANSLATE_NOOP("ScriptKind", "Settling in"),
    "narration": "",
    "outro": QT_TRANSLATE_NOOP("ScriptKind", "Coming back"),
    "pause": "",
}


@dataclass(frozen=True, slots=True)
class Segment:
    kind: str  # intro, narration or outro
    text: str
    pause: float  # seconds of silence after the words
    only: str = ""  # "short" or "long": in that version only; "" in every version


@dataclass(frozen=True, slots=True)
class ScriptContent:
    """A script's own part (Exercise.content)."""

    segments: tuple[Segment, ...]

    @property
    def versions(self) -> tuple[str, ...]:
        """("short", "long") when segments are marked for one of them, else ()."""
        return VERSIONS if any(s.only for s in self.segments) else ()

    def segments_for(self, version: str | None) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if not s.only or s.only == version)


def content_of(exercise: Exercise) -> ScriptContent:
    content = exercise.content
    if not isinstance(content, ScriptContent):
        raise TypeError(f"{exercise.id} is not a script")
    return content


def parse_script(fields: Fields) -> ScriptContent:
    segments: list[Segment] = []
    entries = fields.table_list("segments")
    if not entries:
        raise fields.error(
            "segments", translate("ScriptKind", "needs at least one segment ([[segments]])")
        )
    if len(entries) > MAX_SEGMENTS:
        raise fields.error(
            "segments",
            translate("ScriptKind", "has more than {limit} segments").format(limit=MAX_SEGMENTS),
        )
    for entry in entries:
        kind = entry.text("kind", max_length=20)
        if kind not in SEGMENT_KINDS:
            raise entry.error(
                "kind",
                translate("ExerciseFile", "must be one of {names}").format(
                    names=", ".join(SEGMENT_KINDS)
                ),
            )
        text = entry.text("text", max_length=600)
        problem = spoken_problem(text)
        if problem:
            raise entry.error("text", problem)
        pause = entry.number("pause", default=0.0)
        if not 0 <= pause <= MAX_PAUSE:
            raise entry.error(
                "pause",
                translate("ScriptKind", "must be 0 to {limit} seconds, not {value}").format(
                    limit=short_number(MAX_PAUSE), value=short_number(pause)
                ),
            )
        only = entry.optional_text("only", max_length=10)
        if only and only not in VERSIONS:
            raise entry.error(
                "only", translate("ScriptKind", "must be short or long (or left out for both)")
            )
        entry.reject_unknown()
        segments.append(Segment(kind, text, pause, only))
    content = ScriptContent(tuple(segments))
    for version in content.versions or ("",):
        if not content.segments_for(version or None):
            raise fields.error(
                "segments",
                translate("ScriptKind", "the {version} version has no segments").format(
                    version=version
                ),
            )
    return content


@functools.cache
def bundled_clips() -> ClipIndex:
    """The bundled narration, read once: how long each rendered sentence sounds."""
    from calmkit.resources import resource_path

    return load_clips(resource_path(NARRATION_FOLDER))


def estimated_seconds(text: str) -> float:
    """How long speaking `text` takes at a calm rate, for text without clips."""
    sentences = phrases(text)
    return len(text.split()) / WORDS_PER_SECOND + SECONDS_PER_SENTENCE * len(sentences)


def speech_seconds(text: str, clips: ClipIndex) -> float:
    rendered = spoken_seconds(text, clips)
    return (rendered if rendered is not None else estimated_seconds(text)) + SPEECH_SETTLE


class ScriptKind:
    """A kind whose exercises are narrated scripts; `name` is what its files say."""

    unit = Unit(
        QT_TRANSLATE_NOOP("Unit", "segment"),
        QT_TRANSLATE_NOOP("Unit", "segments"),
        QT_TRANSLATE_NOOP("Unit", "%n segment(s)"),
    )
    fixed_length = True
    options = ("length",)

    def __init__(self, name: str, cautions: tuple[SessionCaution, ...] = ()) -> None:
        self.name = name
        self._cautions = cautions

    def parse(self, fields: Fields, length: Fields) -> ScriptContent:
        return parse_script(fields)

    def version_for(self, exercise: Exercise, plan: SessionPlan) -> str | None:
        """The version a plan asks for (the short one by default); PlanError if none such."""
        if plan.length is not None:
            raise PlanError(
                translate(
                    "ScriptKind", "{name} takes as long as its script; choose --length"
                ).format(name=exercise.name)
            )
        unknown = sorted(set(plan.options) - set(self.options))
        if unknown:
            raise PlanError(
                translate("ScriptKind", "{kind} exercises have no option {option}").format(
                    kind=self.name, option=repr(unknown[0])
                )
            )
        versions = content_of(exercise).versions
        version = plan.option("length")
        if version is None:
            return versions[0] if versions else None
        if not versions:
            raise PlanError(
                translate("ScriptKind", "{name} comes in one length only").format(
                    name=exercise.name
                )
            )
        if version not in versions:
            raise PlanError(
                translate("ScriptKind", "{name} comes in {first} and {second}, not {asked}").format(
                    name=exercise.name, first=versions[0], second=versions[1], asked=repr(version)
                )
            )
        return str(version)

    def timeline(self, exercise: Exercise, plan: SessionPlan) -> Timeline:
        version = self.version_for(exercise, plan)
        clips = ClipIndex(None) if exercise.made_by_person else bundled_clips()
        return Timeline(script_steps(content_of(exercise).segments_for(version), clips))

    def capped(self, exercise: Exercise, plan: SessionPlan) -> str:
        return ""  # a protocol or script takes as long as it is; nothing is cut

    def spoken_texts(self, exercise: Exercise) -> set[str]:
        return {segment.text for segment in content_of(exercise).segments}

    def session_cautions(
        self, exercise: Exercise, timeline: Timeline
    ) -> tuple[SessionCaution, ...]:
        return self._cautions

    def outline(self, exercise: Exercise) -> str:
        content = content_of(exercise)
        minutes = {
            version: max(1, round(self.timeline(exercise, _plan(version)).total / 60))
            for version in content.versions or (None,)
        }
        if None in minutes:
            return translate(
                "ScriptKind", "Script: read aloud with pauses, about {minutes} min"
            ).format(minutes=minutes[None])
        return translate(
            "ScriptKind",
            "Script: read aloud with pauses, short about {short} min, long about {long} min",
        ).format(short=minutes["short"], long=minutes["long"])


def _plan(version: str | None) -> SessionPlan:
    return SessionPlan(options={"length": version} if version else {})


def script_steps(segments: tuple[Segment, ...], clips: ClipIndex) -> Iterator[Step]:
    """One step for each segment's words and one for the pause after them, both in the
    segment's part (Left/Right move between segments); the pause keeps the text on screen."""
    for part, segment in enumerate(segments):
        label = LABELS[segment.kind]
        label = translate("ScriptKind", label) if label else label
        yield Step(
            segment.kind,
            label,
            speech_seconds(segment.text, clips),
            segment.text,
            part,
            spoken=segment.text,
        )
        if segment.pause > 0:
            yield Step("pause", label, segment.pause, segment.text, part)
