"""Exercise definitions of every kind: loading and validating them, and turning them into
timelines through the kind that owns them (calmkit.core.exercises.kinds)."""

from calmkit.core.exercises.catalog import Catalog, UnknownExerciseError, load_catalog
from calmkit.core.exercises.kinds import (
    ExerciseKind,
    SessionCaution,
    kind_of,
    session_cautions,
    spoken_texts,
    timeline_for,
)
from calmkit.core.exercises.model import (
    Exercise,
    ExerciseFileError,
    PlanError,
    SessionLength,
    SessionPlan,
    Stage,
    Unit,
)

__all__ = [
    "Catalog",
    "Exercise",
    "ExerciseFileError",
    "ExerciseKind",
    "PlanError",
    "SessionCaution",
    "SessionLength",
    "SessionPlan",
    "Stage",
    "Unit",
    "UnknownExerciseError",
    "kind_of",
    "load_catalog",
    "session_cautions",
    "spoken_texts",
    "timeline_for",
]
