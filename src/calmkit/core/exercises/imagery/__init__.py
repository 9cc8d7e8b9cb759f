"""Guided imagery: narrated scripts of a calm place, visited one sense at a time, in a short
and a long version."""

from calmkit.core.exercises.script import ScriptKind

KIND = ScriptKind("imagery")

__all__ = ["KIND"]
