"""Progressive muscle relaxation: protocols of muscle groups tensed and released, recalled,
counted down, or cued with the breath."""

from calmkit.core.exercises.pmr.body import AREA_NAMES, AREAS, GROUPS, REGIONS, MuscleGroup, Sides
from calmkit.core.exercises.pmr.kind import (
    CAUTION,
    OPTIONS,
    PmrChoices,
    PmrKind,
    applicable_options,
    choices_for,
    content_of,
)
from calmkit.core.exercises.pmr.protocol import RELEASE_RANGE, TENSE_RANGE, PmrContent

KIND = PmrKind()

__all__ = [
    "AREAS",
    "AREA_NAMES",
    "CAUTION",
    "GROUPS",
    "KIND",
    "OPTIONS",
    "REGIONS",
    "RELEASE_RANGE",
    "TENSE_RANGE",
    "MuscleGroup",
    "PmrChoices",
    "PmrContent",
    "PmrKind",
    "Sides",
    "applicable_options",
    "choices_for",
    "content_of",
]
