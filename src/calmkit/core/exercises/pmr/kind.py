"""Progressive muscle relaxation as an exercise kind: its options, its sessions, its caution."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.kinds import SessionCaution
from calmkit.core.exercises.model import Exercise, PlanError, SessionPlan, Unit
from calmkit.core.exercises.pmr.body import AREAS, MuscleGroup, Sides, skipped_regions
from calmkit.core.exercises.pmr.protocol import (
    RELEASE_RANGE,
    TENSE_RANGE,
    Line,
    PmrContent,
    parse_protocol,
)
from calmkit.core.timeline import Step, Timeline

CAUTION = SessionCaution(
    id="pmr",
    heading="Before you start muscle relaxation",
    points=(
        "Do not tense an injured or painful area: leave it out (Leave out, in the options) "
        "and just let it rest.",
        "Tense only enough to feel it, never to the point of pain.",
        "Ask a doctor first if you have muscle pain or spasms, arthritis, heart or "
        "blood-pressure problems, or a history of trauma, flashbacks or psychosis.",
        "If it makes you feel worse, you can stop at any time: open your eyes and breathe "
        "your own way.",
    ),
)

OPTIONS = ("twice", "left_handed", "skip", "tense", "release")
# Options that only make sense when a protocol tenses muscles.
TENSING_OPTIONS = ("twice", "skip", "tense")


@dataclass(frozen=True, slots=True)
class PmrChoices:
    """A session's options, checked."""

    twice: bool = False
    sides: Sides = field(default_factory=Sides)
    skip: frozenset[str] = frozenset()  # regions left out
    tense: float = 7.0
    release: float = 30.0


def content_of(exercise: Exercise) -> PmrContent:
    content = exercise.content
    if not isinstance(content, PmrContent):
        raise TypeError(f"{exercise.id} is not a muscle relaxation exercise")
    return content


def applicable_options(exercise: Exercise) -> tuple[str, ...]:
    """The options a session of this protocol can take (the rest are refused)."""
    content = content_of(exercise)
    if content.tenses:
        return OPTIONS
    if content.method == "cue":
        return ("left_handed",)
    return ("left_handed", "release")


def choices_for(exercise: Exercise, plan: SessionPlan) -> PmrChoices:
    """The plan's options, checked against the protocol; PlanError with the reason."""
    content = content_of(exercise)
    if plan.length is not None:
        raise PlanError(
            f"{exercise.name} takes as long as its steps; change the seconds of tensing and "
            "letting go instead"
        )
    unknown = sorted(set(plan.options) - set(OPTIONS))
    if unknown:
        raise PlanError(f"muscle relaxation has no option {unknown[0]!r}")
    allowed = applicable_options(exercise)
    for name in plan.options:
        if name not in allowed and plan.options[name] not in (None, False, (), frozenset()):
            raise PlanError(_not_applicable(exercise, name))
    skip = tuple(plan.option("skip", ()))
    unknown_areas = [area for area in skip if area not in AREAS]
    if unknown_areas:
        raise PlanError(
            f"there is no area {unknown_areas[0]!r} to leave out; areas: {', '.join(AREAS)}"
        )
    tense = _seconds(plan, "tense", content.timing.tense, TENSE_RANGE, "Tensing")
    release = _seconds(plan, "release", content.timing.release, RELEASE_RANGE, "Letting go")
    return PmrChoices(
        twice=bool(plan.option("twice", False)),
        sides=Sides(left_handed=bool(plan.option("left_handed", False))),
        skip=skipped_regions(skip),
        tense=tense,
        release=release,
    )


def _not_applicable(exercise: Exercise, option: str) -> str:
    what = {
        "twice": "doing each group twice",
        "skip": "leaving areas out",
        "tense": "a tensing length",
        "release": "a release length",
    }[option]
    method = content_of(exercise).method
    reason = "uses the breath, not the muscles" if method == "cue" else "tenses no muscles"
    return f"{exercise.name} {reason}, so {what} does not apply"


def _seconds(
    plan: SessionPlan, name: str, default: float, bounds: tuple[float, float], what: str
) -> float:
    value = plan.option(name)
    if value is None:
        return default
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        shown = f"{value:g}" if isinstance(value, int | float) else repr(value)
        raise PlanError(f"{what} lasts {low:g} to {high:g} seconds, not {shown}")
    return float(value)


class PmrKind:
    name = "pmr"
    # A part is what Left/Right move between: the opening, a group, the counting, the close.
    unit = Unit("part", "parts")
    fixed_length = True

    def parse(self, fields: Fields, length: Fields) -> PmrContent:
        return parse_protocol(fields)

    def timeline(self, exercise: Exercise, plan: SessionPlan) -> Timeline:
        content = content_of(exercise)
        return Timeline(_steps(content, choices_for(exercise, plan)))

    def capped(self, exercise: Exercise, plan: SessionPlan) -> str:
        return ""  # a protocol or script takes as long as it is; nothing is cut

    def spoken_texts(self, exercise: Exercise) -> set[str]:
        content = content_of(exercise)
        texts: set[str] = set()
        for left_handed in (False, True):
            sides = Sides(left_handed)
            for skip_all in (False, True):
                skip = frozenset(r for g in content.groups for r in sides.regions(g.group))
                choices = PmrChoices(
                    twice=True, sides=sides, skip=skip if skip_all else skip & set()
                )
                texts |= {s.spoken for s in _steps(content, choices) if s.spoken}
        return texts

    def session_cautions(
        self, exercise: Exercise, timeline: Timeline
    ) -> tuple[SessionCaution, ...]:
        return (CAUTION,)

    def outline(self, exercise: Exercise) -> str:
        content = content_of(exercise)
        minutes = max(1, round(self.timeline(exercise, SessionPlan()).total / 60))
        if content.method == "cue":
            breathing = content.breathing
            assert breathing is not None
            return (
                f"Method: cue-controlled relaxation, {breathing.breaths} slow breaths, "
                f"about {minutes} min"
            )
        groups = len(content.groups)
        if content.tenses:
            timing = content.timing
            return (
                f"Method: {groups} muscle groups, tense {timing.tense:g} s and release "
                f"{timing.release:g} s each, about {minutes} min"
            )
        counted = " then a count down" if content.method == "counting" else ""
        return f"Method: recall {groups} areas without tensing{counted}, about {minutes} min"


# --- building a session --------------------------------------------------------------------


def _steps(content: PmrContent, choices: PmrChoices) -> Iterator[Step]:
    part = 0
    for line in content.intro:
        yield _line_step("intro", "Settle in", line, part)
    part += 1
    for script in content.groups:
        if content.tenses:
            yield from _tense_release(
                content, script.group, script.tense, script.release, choices, part
            )
        else:
            yield _recall(script.group, script.recall, choices, part)
        part += 1
    if content.counting is not None:
        words = content.counting.words
        for i, word in enumerate(words):
            label = str(len(words) - i)
            yield Step("count", label, content.counting.seconds, word, part, spoken=word)
        part += 1
    if content.breathing is not None:
        cue = content.breathing
        for _ in range(cue.breaths):
            yield Step(
                "breathe-in", "Breathe in", cue.inhale, cue.in_word, part, spoken=cue.in_word
            )
            yield Step(
                "calm-word", "Breathe out", cue.exhale, cue.out_word, part, spoken=cue.out_word
            )
        part += 1
    for line in content.outro:
        yield _line_step("outro", "Coming back", line, part)


def _line_step(kind: str, label: str, line: Line, part: int) -> Step:
    return Step(kind, label, line.seconds, line.text, part, spoken=line.text)


def _tense_release(
    content: PmrContent,
    group: MuscleGroup,
    tense_text: str,
    release_text: str,
    choices: PmrChoices,
    part: int,
) -> Iterator[Step]:
    sides, timing, cues = choices.sides, content.timing, content.cues
    name = sides.name(group)
    if set(sides.regions(group)) & choices.skip:
        rest = cues.rest.replace("{group}", name.lower())
        yield Step("pause", f"Resting: {name}", timing.rest, rest, part, name, rest)
        return
    how = sides.fill(tense_text)
    release = sides.fill(release_text)
    for round_ in range(2 if choices.twice else 1):
        if round_ == 0:
            yield Step("pause", f"Next: {name}", timing.prepare, how, part, name, how)
        else:
            yield Step("pause", f"Again: {name}", timing.again, how, part, name, cues.again)
        yield Step("tense", "Tense", choices.tense, how, part, name, cues.tense)
        yield Step("release", "Let go", choices.release, release, part, name, release)


def _recall(group: MuscleGroup, text: str, choices: PmrChoices, part: int) -> Step:
    name = choices.sides.name(group)
    line = choices.sides.fill(text)
    return Step("recall", name, choices.release, line, part, name, line)
