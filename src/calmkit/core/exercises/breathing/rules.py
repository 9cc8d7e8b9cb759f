"""Paced breathing: the limits a pattern must respect and the timeline it becomes."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from calmkit.core.exercises.breathing.pattern import (
    BreathingPattern,
    Opening,
    PaceRange,
    PhaseWords,
)
from calmkit.core.exercises.model import SessionLength
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.timeline import Step, Timeline
from calmkit.core.wording import short_number

MAX_PHASE_SECONDS = 30.0
MIN_BREATH_SECONDS = 1.0  # an inhale or exhale shorter than this cannot be followed calmly

# No overall rate slower than about 2 breaths a minute: a note, not a refusal, because each
# phase may be up to 30 s on its own.
COMFORT_MAX_CYCLE_SECONDS = 30.0
# More than about 12-15 breaths a minute on purpose invites over-breathing (CONTENT.md).
FAST_BREATHS_PER_MINUTE = 12


@dataclass(frozen=True, slots=True)
class Phase:
    """Everything said about one phase of a breath, in one place. The words are marked for
    translation here and translated when read (shown_label() and the rest)."""

    field: str  # the BreathingPattern attribute (and stored column) holding its seconds
    kind: str  # the step kind: which tone sounds and how the pacer moves
    label: str  # shown on screen during the phase
    text: str  # what to do, in a few words
    spoken: str  # narrated at its start when the voice is on
    name: str  # how messages about the pattern refer to it
    # The range most people find comfortable (CONTENT.md, "Breathing: safety facts"). Outside
    # it a pattern is allowed, since people ask for phases up to 30 s, but gets a gentle note.
    comfort: tuple[float, float]

    def shown_label(self) -> str:
        return translate("BreathingPhase", self.label)

    def shown_text(self) -> str:
        return translate("BreathingPhase", self.text)

    def shown_spoken(self) -> str:
        return translate("BreathingPhase", self.spoken)

    def shown_name(self) -> str:
        return translate("BreathingPhase", self.name)


# The order in which the phases of one breath happen.
PHASES: tuple[Phase, ...] = (
    Phase(
        "inhale",
        "inhale",
        QT_TRANSLATE_NOOP("BreathingPhase", "Breathe in"),
        QT_TRANSLATE_NOOP("BreathingPhase", "A gentle, normal-sized breath in"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Breathe in"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Breathe in"),
        (2.0, 7.0),
    ),
    Phase(
        "inhale_top_up",
        "inhale-top-up",
        QT_TRANSLATE_NOOP("BreathingPhase", "Top up"),
        QT_TRANSLATE_NOOP("BreathingPhase", "A short extra sip of air on top"),
        QT_TRANSLATE_NOOP("BreathingPhase", "A little more"),
        QT_TRANSLATE_NOOP("BreathingPhase", "The top-up breath"),
        (0.0, 2.0),
    ),
    Phase(
        "hold",
        "hold",
        QT_TRANSLATE_NOOP("BreathingPhase", "Hold"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Rest with the lungs full, without straining"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Hold"),
        QT_TRANSLATE_NOOP("BreathingPhase", "The hold after breathing in"),
        (0.0, 7.0),
    ),
    Phase(
        "exhale",
        "exhale",
        QT_TRANSLATE_NOOP("BreathingPhase", "Breathe out"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Let the air flow out slowly"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Breathe out"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Breathe out"),
        (2.0, 10.0),
    ),
    Phase(
        "rest",
        "rest",
        QT_TRANSLATE_NOOP("BreathingPhase", "Pause"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Rest with the lungs empty, softly"),
        QT_TRANSLATE_NOOP("BreathingPhase", "Pause"),
        QT_TRANSLATE_NOOP("BreathingPhase", "The pause after breathing out"),
        (0.0, 7.0),
    ),
)
PHASE_FIELDS: tuple[str, ...] = tuple(phase.field for phase in PHASES)
HOLD_KINDS = frozenset({"hold", "rest"})


def pattern_problems(pattern: BreathingPattern) -> list[tuple[str, str]]:
    """(phase field, reason) for every limit broken; field "" means the whole breath."""
    problems: list[tuple[str, str]] = []
    for name in PHASE_FIELDS:
        value = getattr(pattern, name)
        if not math.isfinite(value) or value < 0 or value > MAX_PHASE_SECONDS:
            problems.append(
                (
                    name,
                    translate("BreathingRules", "must be between 0 and {limit} seconds").format(
                        limit=short_number(MAX_PHASE_SECONDS)
                    ),
                )
            )
    for name in ("inhale", "exhale"):
        value = getattr(pattern, name)
        if math.isfinite(value) and 0 <= value < MIN_BREATH_SECONDS:
            problems.append(
                (
                    name,
                    translate("BreathingRules", "must be at least {limit} second").format(
                        limit=short_number(MIN_BREATH_SECONDS)
                    ),
                )
            )
    return problems


def comfort_notes(pattern: BreathingPattern) -> list[tuple[str, str]]:
    """(phase field, note) where a pattern leaves the comfortable range; field "" means the
    whole breath. Gentle advice for the person, never a reason to refuse the pattern."""
    notes: list[tuple[str, str]] = []
    for phase in PHASES:
        name, (low, high) = phase.field, phase.comfort
        value = getattr(pattern, name)
        if not math.isfinite(value):
            continue
        if name == "inhale_top_up" and value > high:
            note = translate(
                "BreathingRules", "A top-up is usually a short extra sip of {high} s or less."
            )
        elif name in ("hold", "rest") and value > high:
            note = translate(
                "BreathingRules",
                "Holds over {high} s are hard for many people. Keep them soft, and "
                "breathe normally if you feel dizzy.",
            )
        elif value > high:
            note = translate(
                "BreathingRules",
                "Longer than most people find comfortable (about {low}–{high} s). "
                "Fine if it suits you.",
            )
        elif 0 < value < low:
            note = translate(
                "BreathingRules",
                "Quicker than most people find comfortable (about {low}–{high} s). "
                "Short phases make for fast breathing, which can lead to over-breathing.",
            )
        else:
            continue
        notes.append((name, note.format(low=short_number(low), high=short_number(high))))
    cycle = pattern.cycle_seconds
    rate = 60 / cycle if cycle > 0 else math.inf
    if math.isfinite(rate) and rate > FAST_BREATHS_PER_MINUTE:
        notes.append(
            (
                "",
                translate(
                    "BreathingRules",
                    "At {rate} breaths a minute this is faster than calm breathing (about "
                    "{calm} or fewer). Breathing this fast on purpose can lead "
                    "to over-breathing: light-headedness, tingling, a racing heart. Slow it down, "
                    "or stop and breathe normally, if that happens.",
                ).format(rate=f"{rate:.3g}", calm=FAST_BREATHS_PER_MINUTE),
            )
        )
    if math.isfinite(cycle) and cycle > COMFORT_MAX_CYCLE_SECONDS:
        notes.append(
            (
                "",
                translate(
                    "BreathingRules",
                    "One breath takes {seconds} s, slower than 2 breaths a minute. Very slow "
                    "breathing can leave you short of air; breathe normally whenever you need to.",
                ).format(seconds=short_number(cycle)),
            )
        )
    return notes


def cycles_for(pattern: BreathingPattern, length: SessionLength) -> int:
    """Whole breaths for a length: a session always ends at the end of a breath."""
    if length.cycles is not None:
        return length.cycles
    assert length.minutes is not None
    return max(1, round(length.minutes * 60 / pattern.cycle_seconds))


def breathing_timeline(
    pattern: BreathingPattern,
    length: SessionLength,
    words: Mapping[str, PhaseWords] | None = None,
    opening: Opening | None = None,
) -> Timeline:
    """Whole breaths of `pattern`, in the exercise's own `words` where it has them, after
    its `opening` step if any (that belongs to the first breath)."""
    problems = pattern_problems(pattern)
    if problems:
        raise ValueError("; ".join(f"{f or 'pattern'}: {r}" for f, r in problems))
    words = words or {}
    steps = []
    if opening is not None:
        # Breathing out is what an opening does (4-7-8 empties the lungs first): the pacer
        # and the tone follow it as a breath out.
        steps.append(
            Step("exhale", opening.label, opening.seconds, opening.text, 0, spoken=opening.spoken)
        )
    # Each phase's words translated once, not once a breath.
    shown = {
        phase.field: (phase.shown_label(), phase.shown_text(), phase.shown_spoken())
        for phase in PHASES
    }
    for cycle in range(cycles_for(pattern, length)):
        for phase in PHASES:
            seconds = getattr(pattern, phase.field)
            if seconds <= 0:
                continue
            own = words.get(phase.field, PhaseWords())
            label, text, spoken = shown[phase.field]
            steps.append(
                Step(
                    kind=phase.kind,
                    label=label,
                    duration=seconds,
                    text=own.text or text,
                    cycle=cycle,
                    spoken=own.spoken or spoken,
                )
            )
    return Timeline(steps)


def derived_pace_range(pattern: BreathingPattern) -> PaceRange:
    """About 25 % either side of the pattern's own rate, narrowed so no phase leaves the
    allowed limits when scaled."""
    rate = pattern.breaths_per_minute
    longest = max(getattr(pattern, name) for name in PHASE_FIELDS)
    shortest_breath = min(pattern.inhale, pattern.exhale)
    # Scaling by f = rate / pace: phases stay <= MAX_PHASE_SECONDS and in/out >= 1 s.
    slowest = max(rate * 0.75, rate * longest / MAX_PHASE_SECONDS)
    fastest = min(rate * 1.25, rate * shortest_breath / MIN_BREATH_SECONDS)
    return PaceRange(
        default=rate,
        minimum=math.ceil(slowest * 10) / 10,
        maximum=math.floor(fastest * 10) / 10,
    )
