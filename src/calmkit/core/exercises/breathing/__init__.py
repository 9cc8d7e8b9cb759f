"""Paced breathing: patterns of phases, scaled to a pace, repeated for whole breaths."""

from calmkit.core.exercises.breathing.kind import BreathingKind, content_of, pace_range, pattern_for
from calmkit.core.exercises.breathing.pattern import (
    BreathingContent,
    BreathingPattern,
    PaceRange,
    Variant,
)

KIND = BreathingKind()

__all__ = [
    "KIND",
    "BreathingContent",
    "BreathingPattern",
    "PaceRange",
    "Variant",
    "content_of",
    "pace_range",
    "pattern_for",
]
