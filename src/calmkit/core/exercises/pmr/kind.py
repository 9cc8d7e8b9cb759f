"""Progressive muscle relaxation as an exercise kind: its options, its sessions, its caution."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.kinds import SessionCaution
from calmkit.core.exercises.model import Exercise, PlanError, SessionPlan, Unit
from calmkit.core.exercises.pmr.body import AREAS, MuscleGroup, Sides, rest_line, skipped_regions
from calmkit.core.exercises.pmr.protocol import (
    RELEASE_RANGE,
    TENSE_RANGE,
    Line,
    PmrContent,
    parse_protocol,
)
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.timeline import Step, Timeline
from calmkit.core.wording import short_number

# Marked for translation here; session_cautions() gives it translated.
CAUTION = SessionCaution(
    id="pmr",
    heading=QT_TRANSLATE_NOOP("PmrKind", "Before you start muscle relaxation"),
    points=(
        QT_TRANSLATE_NOOP(
            "PmrKind",
            "Do not tense an injured or painful area: leave it out (Leave out, in the options) "
            "and just let it rest.",
        ),
        QT_TRANSLATE_NOOP("PmrKind", "Tense only enough to feel it, never to the point of pain."),
        QT_TRANSLATE_NOOP(
            "PmrKind",
            "Ask a doctor first if you have muscle pain or spasms, arthritis, heart or "
            "blood-pressure problems, or a history of trauma, flashbacks or psychosis.",
        ),
        QT_TRANSLATE_NOOP(
            "PmrKind",
            "If it makes you feel worse, you can stop at any time: open your eyes and breathe "
            "your own way.",
        ),
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
            translate(
                "PmrKind",
                "{name} takes as long as its steps; change the seconds of tensing and "
                "letting go instead",
            ).format(name=exercise.name)
        )
    unknown = sorted(set(plan.options) - set(OPTIONS))
    if unknown:
        raise PlanError(
            translate("PmrKind", "muscle relaxation has no option {option}").format(
                option=repr(unknown[0])
            )
        )
    allowed = applicable_options(exercise)
    for name in plan.options:
        if name not in allowed and plan.options[name] not in (None, False, (), frozenset()):
            raise PlanError(_not_applicable(exercise, name))
    skip = tuple(plan.option("skip", ()))
    unknown_areas = [area for area in skip if area not in AREAS]
    if unknown_areas:
        raise PlanError(
            translate("PmrKind", "there is no area {area} to leave out; areas: {areas}").format(
                area=repr(unknown_areas[0]), areas=", ".join(AREAS)
            )
        )
    tense = _seconds(
        plan,
        "tense",
        content.timing.tense,
        TENSE_RANGE,
        translate("PmrKind", "Tensing lasts {low} to {high} seconds, not {value}"),
    )
    release = _seconds(
        plan,
        "release",
        content.timing.release,
        RELEASE_RANGE,
        translate("PmrKind", "Letting go lasts {low} to {high} seconds, not {value}"),
    )
    return PmrChoices(
        twice=bool(plan.option("twice", False)),
        sides=Sides(left_handed=bool(plan.option("left_handed", False))),
        skip=skipped_regions(skip),
        tense=tense,
        release=release,
    )


def _not_applicable(exercise: Exercise, option: str) -> str:
    if option == "twice":
        what = translate("PmrKind", "doing each group twice")
    elif option == "skip":
        what = translate("PmrKind", "leaving areas out")
    elif option == "tense":
        what = translate("PmrKind", "a tensing length")
    else:
        what = translate("PmrKind", "a release length")
    if content_of(exercise).method == "cue":
        text = translate(
            "PmrKind", "{name} uses the breath, not the muscles, so {option} does not apply"
        )
    else:
        text = translate("PmrKind", "{name} tenses no muscles, so {option} does not apply")
    return text.format(name=exercise.name, option=what)


def _seconds(
    plan: SessionPlan, name: str, default: float, bounds: tuple[float, float], refusal: str
) -> float:
    """The option `name` in seconds; `refusal` (translated) says why a value is refused."""
    value = plan.option(name)
    if value is None:
        return default
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        shown = short_number(value) if isinstance(value, int | float) else repr(value)
        raise PlanError(refusal.format(low=short_number(low), high=short_number(high), value=shown))
    return float(value)


class PmrKind:
    name = "pmr"
    # A part is what Left/Right move between: the opening, a group, the counting, the close.
    unit = Unit(
        QT_TRANSLATE_NOOP("Unit", "part"),
        QT_TRANSLATE_NOOP("Unit", "parts"),
        QT_TRANSLATE_NOOP("Unit", "%n part(s)"),
    )
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
        return (
            SessionCaution(
                CAUTION.id,
                translate("PmrKind", CAUTION.heading),
                tuple(translate("PmrKind", point) for point in CAUTION.points),
            ),
        )

    def outline(self, exercise: Exercise) -> str:
        content = content_of(exercise)
        minutes = max(1, round(self.timeline(exercise, SessionPlan()).total / 60))
        if content.method == "cue":
            assert content.breathing is not None
            breaths = content.breathing.breaths  # a plain name: lupdate reads no other count
            return translate(
                "PmrKind",
                "Method: cue-controlled relaxation, %n slow breath(s), about {minutes} min",
                None,
                breaths,
            ).format(minutes=minutes)
        groups = len(content.groups)
        if content.tenses:
            timing = content.timing
            return translate(
                "PmrKind",
                "Method: %n muscle group(s), tense {tense} s and release {release} s each, "
                "about {minutes} min",
                None,
                groups,
            ).format(
                tense=short_number(timing.tense),
                release=short_number(timing.release),
                minutes=minutes,
            )
        if content.method == "counting":
            text = translate(
                "PmrKind",
                "Method: recall %n area(s) without tensing then a count down, about {minutes} min",
                None,
                groups,
            )
        else:
            text = translate(
                "PmrKind",
                "Method: recall %n area(s) without tensing, about {minutes} min",
                None,
                groups,
            )
        return text.format(minutes=minutes)


# --- building a session --------------------------------------------------------------------


def _steps(content: PmrContent, choices: PmrChoices) -> Iterator[Step]:
    part = 0
    for line in content.intro:
        yield _line_step("intro", translate("PmrKind", "Settle in"), line, part)
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
        breathe_in, breathe_out = (
            translate("PmrKind", "Breathe in"),
            translate("PmrKind", "Breathe out"),
        )
        for _ in range(cue.breaths):
            yield Step("breathe-in", breathe_in, cue.inhale, cue.in_word, part, spoken=cue.in_word)
            yield Step(
                "calm-word", breathe_out, cue.exhale, cue.out_word, part, spoken=cue.out_word
            )
        part += 1
    for line in content.outro:
        yield _line_step("outro", translate("PmrKind", "Coming back"), line, part)


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
        rest = rest_line(cues.rest, name)
        label = translate("PmrKind", "Resting: {group}").format(group=name)
        yield Step("pause", label, timing.rest, rest, part, name, rest)
        return
    how = sides.fill(tense_text)
    release = sides.fill(release_text)
    for round_ in range(2 if choices.twice else 1):
        if round_ == 0:
            label = translate("PmrKind", "Next: {group}").format(group=name)
            yield Step("pause", label, timing.prepare, how, part, name, how)
        else:
            label = translate("PmrKind", "Again: {group}").format(group=name)
            yield Step("pause", label, timing.again, how, part, name, cues.again)
        yield Step(
            "tense", translate("PmrKind", "Tense"), choices.tense, how, part, name, cues.tense
        )
        yield Step(
            "release", translate("PmrKind", "Let go"), choices.release, release, part, name, release
        )


def _recall(group: MuscleGroup, text: str, choices: PmrChoices, part: int) -> Step:
    name = choices.sides.name(group)
    line = choices.sides.fill(text)
    return Step("recall", name, choices.release, line, part, name, line)
