"""Exercise definitions: loading and validating them, and turning them into timelines."""

from calmkit.core.exercises.catalog import Catalog, UnknownExerciseError, load_catalog
from calmkit.core.exercises.model import (
    BreathingPattern,
    Exercise,
    ExerciseFileError,
    SessionLength,
    SessionPlan,
)

__all__ = [
    "BreathingPattern",
    "Catalog",
    "Exercise",
    "ExerciseFileError",
    "SessionLength",
    "SessionPlan",
    "UnknownExerciseError",
    "load_catalog",
]
