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
from calmkit.core.timeline import Step, Timeline

MAX_PHASE_SECONDS = 30.0
MIN_BREATH_SECONDS = 1.0  # an inhale or exhale shorter than this cannot be followed calmly

# No overall rate slower than about 2 breaths a minute: a note, not a refusal, because each
# phase may be up to 30 s on its own.
COMFORT_MAX_CYCLE_SECONDS = 30.0
# More than about 12-15 breaths a minute on purpose invites over-breathing (CONTENT.md).
FAST_BREATHS_PER_MINUTE = 12


@dataclass(frozen=True, slots=True)
class Phase:
    """Everything said about one phase of a breath, in one place."""

    field: str  # the BreathingPattern attribute (and stored column) holding its seconds
    kind: str  # the step kind: which tone sounds and how the pacer moves
    label: str  # shown on screen during the phase
    text: str  # what to do, in a few words
    spoken: str  # narrated at its start when the voice is on
    name: str  # how messages about the pattern refer to it
    # The range most people find comfortable (CONTENT.md, "Breathing: safety facts"). Outside
    # it a pattern is allowed, since people ask for phases up to 30 s, but gets a gentle note.
    comfort: tuple[float, float]


# The order in which the phases of one breath happen.
PHASES: tuple[Phase, ...] = (
    Phase(
        "inhale",
        "inhale",
        "Breathe in",
        "A gentle, normal-sized breath in",
        "Breathe in",
        "Breathe in",
        (2.0, 7.0),
    ),
    Phase(
        "inhale_top_up",
        "inhale-top-up",
        "Top up",
        "A short extra sip of air on top",
        "A little more",
        "The top-up breath",
        (0.0, 2.0),
    ),
    Phase(
        "hold",
        "hold",
        "Hold",
        "Rest with the lungs full, without straining",
        "Hold",
        "The hold after breathing in",
        (0.0, 7.0),
    ),
    Phase(
        "exhale",
        "exhale",
        "Breathe out",
        "Let the air flow out slowly",
        "Breathe out",
        "Breathe out",
        (2.0, 10.0),
    ),
    Phase(
        "rest",
        "rest",
        "Pause",
        "Rest with the lungs empty, softly",
        "Pause",
        "The pause after breathing out",
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
            problems.append((name, f"must be between 0 and {MAX_PHASE_SECONDS:g} seconds"))
    for name in ("inhale", "exhale"):
        value = getattr(pattern, name)
        if math.isfinite(value) and 0 <= value < MIN_BREATH_SECONDS:
            problems.append((name, f"must be at least {MIN_BREATH_SECONDS:g} second"))
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
            notes.append((name, f"A top-up is usually a short extra sip of {high:g} s or less."))
        elif name in ("hold", "rest") and value > high:
            notes.append(
                (
                    name,
                    f"Holds over {high:g} s are hard for many people. Keep them soft, and "
                    "breathe normally if you feel dizzy.",
                )
            )
        elif value > high:
            notes.append(
                (
                    name,
                    f"Longer than most people find comfortable (about {low:g}–{high:g} s). "
                    "Fine if it suits you.",
                )
            )
        elif 0 < value < low:
            notes.append(
                (
                    name,
                    f"Quicker than most people find comfortable (about {low:g}–{high:g} s). "
                    "Short phases make for fast breathing, which can lead to over-breathing.",
                )
            )
    cycle = pattern.cycle_seconds
    rate = 60 / cycle if cycle > 0 else math.inf
    if math.isfinite(rate) and rate > FAST_BREATHS_PER_MINUTE:
        notes.append(
            (
                "",
                f"At {rate:.3g} breaths a minute this is faster than calm breathing (about "
                f"{FAST_BREATHS_PER_MINUTE} or fewer). Breathing this fast on purpose can lead "
                "to over-breathing: light-headedness, tingling, a racing heart. Slow it down, or "
                "stop and breathe normally, if that happens.",
            )
        )
    if math.isfinite(cycle) and cycle > COMFORT_MAX_CYCLE_SECONDS:
        notes.append(
            (
                "",
                f"One breath takes {cycle:g} s, slower than 2 breaths a minute. Very slow "
                "breathing can leave you short of air; breathe normally whenever you need to.",
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
    for cycle in range(cycles_for(pattern, length)):
        for phase in PHASES:
            seconds = getattr(pattern, phase.field)
            if seconds <= 0:
                continue
            own = words.get(phase.field, PhaseWords())
            steps.append(
                Step(
                    kind=phase.kind,
                    label=phase.label,
                    duration=seconds,
                    text=own.text or phase.text,
                    cycle=cycle,
                    spoken=own.spoken or phase.spoken,
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
