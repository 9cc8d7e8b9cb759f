"""Paced breathing: the limits a pattern must respect and the timeline it becomes."""

from __future__ import annotations

import math

from calmkit.core.exercises.model import BreathingPattern, SessionLength
from calmkit.core.timeline import Step, Timeline

MAX_PHASE_SECONDS = 30.0
MIN_BREATH_SECONDS = 1.0  # an inhale or exhale shorter than this cannot be followed calmly

# The range most people find comfortable (CONTENT.md, "Breathing: safety facts"). Outside it a
# pattern is allowed, since people ask for phases up to 30 s, but gets a gentle note.
COMFORT_SECONDS: dict[str, tuple[float, float]] = {
    "inhale": (2.0, 7.0),
    "inhale_top_up": (0.0, 2.0),
    "hold": (0.0, 7.0),
    "exhale": (2.0, 10.0),
    "rest": (0.0, 7.0),
}
# No overall rate slower than about 2 breaths a minute: a note, not a refusal, because each
# phase may be up to 30 s on its own.
COMFORT_MAX_CYCLE_SECONDS = 30.0

# (field, kind, label, what to do): the order in which the phases of one breath happen.
PHASES: tuple[tuple[str, str, str, str], ...] = (
    ("inhale", "inhale", "Breathe in", "A gentle, normal-sized breath in"),
    ("inhale_top_up", "inhale-top-up", "Top up", "A short extra sip of air on top"),
    ("hold", "hold", "Hold", "Rest with the lungs full, without straining"),
    ("exhale", "exhale", "Breathe out", "Let the air flow out slowly"),
    ("rest", "rest", "Hold", "Rest with the lungs empty, softly"),
)


def pattern_problems(pattern: BreathingPattern) -> list[tuple[str, str]]:
    """(phase field, reason) for every limit broken; field "" means the whole breath."""
    problems: list[tuple[str, str]] = []
    for name, _kind, _label, _text in PHASES:
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
    for name, (low, high) in COMFORT_SECONDS.items():
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
        elif value > high or 0 < value < low:
            word = "Longer" if value > high else "Quicker"
            notes.append(
                (
                    name,
                    f"{word} than most people find comfortable (about {low:g}–{high:g} s). "
                    "Fine if it suits you.",
                )
            )
    cycle = pattern.cycle_seconds
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


def breathing_timeline(pattern: BreathingPattern, length: SessionLength) -> Timeline:
    problems = pattern_problems(pattern)
    if problems:
        raise ValueError("; ".join(f"{f or 'pattern'}: {r}" for f, r in problems))
    steps = [
        Step(kind=kind, label=label, duration=getattr(pattern, name), text=text, cycle=cycle)
        for cycle in range(cycles_for(pattern, length))
        for name, kind, label, text in PHASES
        if getattr(pattern, name) > 0
    ]
    return Timeline(steps)
