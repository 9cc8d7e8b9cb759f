"""Paced breathing as an exercise kind: its file fields, its sessions, its cautions."""

from __future__ import annotations

from calmkit.core.exercises.breathing.pattern import (
    BreathingContent,
    BreathingPattern,
    Opening,
    PaceRange,
    PhaseWords,
    Variant,
)
from calmkit.core.exercises.breathing.rules import (
    HOLD_KINDS,
    PHASE_FIELDS,
    PHASES,
    breathing_timeline,
    cycles_for,
    derived_pace_range,
    pattern_problems,
)
from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.kinds import SessionCaution
from calmkit.core.exercises.model import (
    ID_PATTERN,
    Exercise,
    ExerciseFileError,
    PlanError,
    SessionLength,
    SessionPlan,
    Unit,
)
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.narration import spoken_problem
from calmkit.core.timeline import Timeline
from calmkit.core.wording import short_number

# Marked for translation here; session_cautions() gives it translated (_shown).
HOLDS_CAUTION = SessionCaution(
    id="holds",
    heading=QT_TRANSLATE_NOOP("BreathingKind", "This pattern includes holding the breath."),
    points=(
        QT_TRANSLATE_NOOP(
            "BreathingKind",
            "Skip the holds (breathe normally through them) if you are pregnant or have heart, "
            "lung or blood-pressure problems.",
        ),
        QT_TRANSLATE_NOOP(
            "BreathingKind", "Stop and breathe normally if you feel dizzy, light-headed or tingly."
        ),
        QT_TRANSLATE_NOOP(
            "BreathingKind", "Breathe gently, not deeply: small, quiet breaths are enough."
        ),
        QT_TRANSLATE_NOOP(
            "BreathingKind",
            "If you get panic attacks, holds can bring on breathlessness: start with a pattern "
            "without holds.",
        ),
        QT_TRANSLATE_NOOP(
            "BreathingKind", "It is always fine to open your eyes, breathe your own way, or stop."
        ),
    ),
)
# Holds longer than the comfortable range (CONTENT.md: 0-7 s) in a pattern of one's own.
LONG_HOLD_SECONDS = 7.0


def long_holds_caution(exercise: Exercise, longest: float) -> SessionCaution:
    """Shown the first time a pattern of one's own with long holds is used, even when the
    caution before the bundled patterns was set aside: its holds are beyond what they ask."""
    return SessionCaution(
        id=f"long-holds:{exercise.id}",
        heading=translate(
            "BreathingKind", "This pattern holds the breath for up to {seconds} seconds."
        ).format(seconds=short_number(longest)),
        points=(
            translate(
                "BreathingKind",
                "Holds over {seconds} seconds are hard for many people and can bring "
                "on breathlessness, dizziness or panic.",
            ).format(seconds=short_number(LONG_HOLD_SECONDS)),
            *_shown(HOLDS_CAUTION).points,
        ),
    )


def _shown(caution: SessionCaution) -> SessionCaution:
    """A caution of this module in the person's language."""
    return SessionCaution(
        caution.id,
        translate("BreathingKind", caution.heading),
        tuple(translate("BreathingKind", point) for point in caution.points),
    )


def content_of(exercise: Exercise) -> BreathingContent:
    content = exercise.content
    if not isinstance(content, BreathingContent):
        raise TypeError(f"{exercise.id} is not a breathing exercise")
    return content


def pattern_for(exercise: Exercise, variant: str | None = None) -> BreathingPattern:
    """The pattern of a variant (the exercise's own when None); PlanError if unknown."""
    content = content_of(exercise)
    try:
        return content.pattern_for(variant)
    except KeyError:
        known = ", ".join(v.id for v in content.variants)
        if not known:
            known = translate("BreathingKind", "none", "no variants")
        raise PlanError(
            translate("BreathingKind", "{id} has no variant {variant} (variants: {known})").format(
                id=exercise.id, variant=repr(variant), known=known
            )
        ) from None


def pace_range(exercise: Exercise, variant: str | None = None) -> PaceRange:
    """The breaths a minute on offer: the exercise's own range, else one derived from its
    pattern."""
    content = content_of(exercise)
    if content.pace is not None:
        return content.pace
    return derived_pace_range(pattern_for(exercise, variant))


class BreathingKind:
    name = "breathing"
    unit = Unit(
        QT_TRANSLATE_NOOP("Unit", "breath"),
        QT_TRANSLATE_NOOP("Unit", "breaths"),
        QT_TRANSLATE_NOOP("Unit", "%n breath(s)"),
    )
    options = ("variant", "pace")
    fixed_length = False

    def parse(self, fields: Fields, length: Fields) -> BreathingContent:
        pattern = _pattern(fields, "pattern")
        max_cycles = length.integer("max_cycles", default=None)
        if max_cycles is not None and not 1 <= max_cycles <= 1000:
            raise length.error(
                "max_cycles", translate("BreathingKind", "must be between 1 and 1000")
            )
        return BreathingContent(
            pattern=pattern,
            variants=_variants(fields),
            pace=_pace(fields, pattern),
            max_cycles=max_cycles,
            words=_words(fields),
            opening=_opening(fields),
        )

    def timeline(self, exercise: Exercise, plan: SessionPlan) -> Timeline:
        """`pace` (breaths a minute) scales the whole pattern; a length beyond the exercise's
        `max_cycles` is cut to it (the guidance says why)."""
        unknown = sorted(set(plan.options) - set(self.options))
        if unknown:
            raise PlanError(
                translate("BreathingKind", "breathing exercises have no option {option}").format(
                    option=repr(unknown[0])
                )
            )
        content = content_of(exercise)
        variant = plan.option("variant")
        pace = plan.option("pace")
        pattern = pattern_for(exercise, variant)
        if pace is not None:
            allowed = pace_range(exercise, variant)
            if not allowed.contains(pace):
                raise PlanError(
                    translate(
                        "BreathingKind",
                        "{name} can be paced from {minimum} to {maximum} breaths a minute, "
                        "not {pace}",
                    ).format(
                        name=exercise.name,
                        minimum=short_number(allowed.minimum),
                        maximum=short_number(allowed.maximum),
                        pace=short_number(pace),
                    )
                )
            pattern = pattern.at_pace(pace)
        elif content.pace is not None:
            pattern = pattern.at_pace(content.pace.default)
        length = plan.length or exercise.default_length
        if length is None:
            raise PlanError(
                translate("BreathingKind", "{name} has no session length").format(
                    name=exercise.name
                )
            )
        cycles = cycles_for(pattern, length)
        if content.max_cycles is not None:
            cycles = min(cycles, content.max_cycles)
        return breathing_timeline(
            pattern, SessionLength(cycles=cycles), dict(content.words), content.opening
        )

    def capped(self, exercise: Exercise, plan: SessionPlan) -> str:
        """Why a session is shorter than asked ("" when it is not): the exercise's ceiling."""
        content = content_of(exercise)
        if content.max_cycles is None or plan.length is None:
            return ""
        pattern = pattern_for(exercise, plan.option("variant"))
        pace = plan.option("pace")
        if pace is not None:
            pattern = pattern.at_pace(pace)
        asked = cycles_for(pattern, plan.length)
        if asked <= content.max_cycles:
            return ""
        most = content.max_cycles  # a plain name: lupdate reads no other count
        reason = exercise.guidance or translate(
            "BreathingKind", "At most %n breath(s) a session.", None, most
        )
        return translate(
            "BreathingKind", "{name}: {asked} breaths asked, {given} given. {reason}"
        ).format(name=exercise.name, asked=asked, given=content.max_cycles, reason=reason)

    def spoken_texts(self, exercise: Exercise) -> set[str]:
        content = content_of(exercise)
        patterns = [content.pattern, *(v.pattern for v in content.variants)]
        words = dict(content.words)
        texts = {
            words.get(phase.field, PhaseWords()).spoken or phase.shown_spoken()
            for phase in PHASES
            for p in patterns
            if getattr(p, phase.field) > 0
        }
        if content.opening is not None:
            texts.add(content.opening.spoken)
        return texts

    def session_cautions(
        self, exercise: Exercise, timeline: Timeline
    ) -> tuple[SessionCaution, ...]:
        holds = [step.duration for step in timeline.steps if step.kind in HOLD_KINDS]
        if not holds:
            return ()
        longest = round(max(holds), 1)
        if exercise.made_by_person and longest > LONG_HOLD_SECONDS:
            return (long_holds_caution(exercise, longest),)
        return (_shown(HOLDS_CAUTION),)

    def outline(self, exercise: Exercise) -> str:
        return translate("BreathingKind", "Pattern: {pattern}").format(
            pattern=content_of(exercise).pattern.describe()
        )


def _pattern(fields: Fields, key: str) -> BreathingPattern:
    table = fields.table(key)
    values = {name: table.number(name, default=0.0) for name in PHASE_FIELDS}
    table.reject_unknown()
    pattern = BreathingPattern(**values)
    for field_name, reason in pattern_problems(pattern):
        where = f"{table.prefix}{field_name}" if field_name else table.prefix.rstrip(".")
        raise ExerciseFileError(fields.source, where, reason)
    return pattern


def _variants(fields: Fields) -> tuple[Variant, ...]:
    variants: list[Variant] = []
    for entry in fields.table_list("variants"):
        variant_id = entry.text("id", max_length=40)
        if not ID_PATTERN.match(variant_id) or variant_id in {v.id for v in variants}:
            raise entry.error(
                "id", translate("BreathingKind", "needs a unique id of letters, digits, dashes")
            )
        name = entry.text("name", max_length=40)
        pattern = _pattern(entry, "pattern")
        entry.reject_unknown()
        variants.append(Variant(variant_id, name, pattern))
    return tuple(variants)


def _words(fields: Fields) -> tuple[tuple[str, PhaseWords], ...]:
    if not fields.has("words"):
        fields.mark_used("words")
        return ()
    table = fields.table("words")
    found = []
    for name in PHASE_FIELDS:
        if not table.has(name):
            continue
        entry = table.table(name)
        words = PhaseWords(
            text=entry.optional_text("text", max_length=80),
            spoken=_spoken(entry, "spoken") if entry.has("spoken") else _mark(entry, "spoken"),
        )
        entry.reject_unknown()
        found.append((name, words))
    table.reject_unknown()
    return tuple(found)


def _opening(fields: Fields) -> Opening | None:
    if not fields.has("opening"):
        fields.mark_used("opening")
        return None
    table = fields.table("opening")
    seconds = table.number("seconds", default=None)
    if seconds is None or not 2 <= seconds <= 20:
        raise table.error("seconds", translate("BreathingKind", "needs 2 to 20 seconds"))
    opening = Opening(
        label=table.text("label", max_length=40),
        text=table.text("text", max_length=80),
        spoken=_spoken(table, "spoken"),
        seconds=seconds,
    )
    table.reject_unknown()
    return opening


def _spoken(fields: Fields, key: str) -> str:
    text = fields.text(key, max_length=120)
    problem = spoken_problem(text)
    if problem:
        raise fields.error(key, problem)
    return text


def _mark(fields: Fields, key: str) -> str:
    fields.mark_used(key)
    return ""


def _pace(fields: Fields, base: BreathingPattern) -> PaceRange | None:
    if not fields.has("pace"):
        fields.mark_used("pace")
        return None
    table = fields.table("pace")
    default = table.number("default", default=base.breaths_per_minute)
    minimum = table.number("min", default=None)
    maximum = table.number("max", default=None)
    table.reject_unknown()
    if minimum is None or maximum is None:
        raise fields.error("pace", translate("BreathingKind", "needs both min and max"))
    if not 2 <= minimum <= default <= maximum <= 30:
        raise fields.error(
            "pace",
            translate("BreathingKind", "needs 2 <= min <= default <= max <= 30 breaths a minute"),
        )
    for rate in (minimum, maximum):
        for field_name, reason in pattern_problems(base.at_pace(rate)):
            raise fields.error(
                "pace",
                translate("BreathingKind", "at {rate} breaths a minute, {field} {reason}").format(
                    rate=short_number(rate), field=field_name, reason=reason
                ),
            )
    return PaceRange(default, minimum, maximum)
