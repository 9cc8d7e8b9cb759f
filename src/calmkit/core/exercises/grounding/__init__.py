"""Grounding: narrated attention to the senses, here and now, with the eyes open; for moments
when the breath or the imagination feel like too much."""

from calmkit.core.exercises.script import ScriptKind

KIND = ScriptKind("grounding")

__all__ = ["KIND"]
