"""Reads exercise definitions (TOML) from folders, validates them and indexes them by id.

A file that cannot be used is reported with its name, the field and the reason, and skipped:
one bad file never hides the others or stops the app.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmkit.core.exercises.breathing import PHASES, breathing_timeline, pattern_problems
from calmkit.core.exercises.model import (
    BreathingPattern,
    Exercise,
    ExerciseFileError,
    SessionLength,
)
from calmkit.core.timeline import Timeline

KINDS = ("breathing",)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_FILE_BYTES = 256 * 1024


class UnknownExerciseError(KeyError):
    def __init__(self, exercise_id: str, known: Iterable[str]) -> None:
        self.exercise_id = exercise_id
        self.known = sorted(known)
        super().__init__(exercise_id)

    def __str__(self) -> str:
        return f"no exercise with id {self.exercise_id!r}; valid ids: {', '.join(self.known)}"


@dataclass(frozen=True)
class Catalog:
    exercises: tuple[Exercise, ...]
    problems: tuple[ExerciseFileError, ...] = ()

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.exercises]

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise UnknownExerciseError(exercise_id, self.ids)


def timeline_for(exercise: Exercise, length: SessionLength | None = None) -> Timeline:
    length = length or exercise.default_length
    if exercise.breathing is not None:
        return breathing_timeline(exercise.breathing, length)
    raise ValueError(f"exercise {exercise.id!r} of kind {exercise.kind!r} has no timeline")


def load_catalog(folders: Iterable[Path]) -> Catalog:
    exercises: dict[str, Exercise] = {}
    problems: list[ExerciseFileError] = []
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            try:
                exercise = load_exercise(path)
            except ExerciseFileError as error:
                problems.append(error)
                continue
            if exercise.id in exercises:
                problems.append(
                    ExerciseFileError(
                        path.name,
                        "id",
                        f"{exercise.id!r} is already used by "
                        f"{_name(exercises[exercise.id].path)}; this file was skipped",
                    )
                )
                continue
            exercises[exercise.id] = exercise
    ordered = sorted(exercises.values(), key=lambda e: (e.order, e.name.casefold()))
    return Catalog(tuple(ordered), tuple(problems))


def load_exercise(path: Path) -> Exercise:
    source = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExerciseFileError(source, "", f"larger than {MAX_FILE_BYTES // 1024} KiB")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ExerciseFileError(source, "", f"cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise ExerciseFileError(source, "", "is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise ExerciseFileError(source, "", f"is not valid TOML ({error})") from error
    return parse_exercise(data, source, path)


def parse_exercise(data: dict[str, Any], source: str, path: Path | None = None) -> Exercise:
    fields = _Fields(data, source)
    exercise_id = fields.text("id")
    if not ID_PATTERN.match(exercise_id):
        raise ExerciseFileError(source, "id", "use 1-40 lower-case letters, digits and dashes")
    kind = fields.text("kind")
    if kind not in KINDS:
        raise ExerciseFileError(source, "kind", f"must be one of {', '.join(KINDS)}")
    breathing = _breathing(fields) if kind == "breathing" else None
    exercise = Exercise(
        id=exercise_id,
        kind=kind,
        name=fields.text("name", max_length=60),
        summary=fields.text("summary", max_length=160),
        description=fields.text("description", max_length=4000),
        default_length=_length(fields),
        breathing=breathing,
        cautions=fields.text_list("cautions"),
        sources=fields.text_list("sources"),
        order=fields.integer("order", default=1000),
        path=path,
    )
    fields.reject_unknown()
    return exercise


def _breathing(fields: _Fields) -> BreathingPattern:
    table = fields.table("pattern")
    phase_names = [name for name, *_ in PHASES]
    values = {name: table.number(name, default=0.0) for name in phase_names}
    table.reject_unknown()
    pattern = BreathingPattern(**values)
    for field_name, reason in pattern_problems(pattern):
        where = f"pattern.{field_name}" if field_name else "pattern"
        raise ExerciseFileError(fields.source, where, reason)
    return pattern


def _length(fields: _Fields) -> SessionLength:
    table = fields.table("length")
    minutes = table.number("default_minutes", default=None)
    cycles = table.integer("default_cycles", default=None)
    table.reject_unknown()
    try:
        return SessionLength(minutes=minutes, cycles=cycles)
    except ValueError as error:
        raise ExerciseFileError(fields.source, "length", str(error)) from error


class _Fields:
    """Typed reads from one TOML table that remember which keys were used."""

    def __init__(self, data: dict[str, Any], source: str, prefix: str = "") -> None:
        self.data = data
        self.source = source
        self.prefix = prefix
        self.used: set[str] = set()

    def _error(self, key: str, reason: str) -> ExerciseFileError:
        return ExerciseFileError(self.source, f"{self.prefix}{key}", reason)

    def _get(self, key: str) -> Any:
        self.used.add(key)
        return self.data.get(key)

    def text(self, key: str, max_length: int = 200) -> str:
        value = self._get(key)
        if value is None:
            raise self._error(key, "is missing")
        if not isinstance(value, str) or not value.strip():
            raise self._error(key, "must be non-empty text")
        if len(value) > max_length:
            raise self._error(key, f"is longer than {max_length} characters")
        return value.strip()

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._error(key, "must be a list of non-empty texts")
        return tuple(v.strip() for v in value)

    def number(self, key: str, default: float | None) -> Any:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._error(key, f"must be a number of seconds, got {value!r}")
        if not math.isfinite(value):
            raise self._error(key, "must be a finite number")
        return float(value)

    def integer(self, key: str, default: int | None) -> Any:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._error(key, f"must be a whole number, got {value!r}")
        return value

    def table(self, key: str) -> _Fields:
        value = self._get(key)
        if not isinstance(value, dict):
            raise self._error(key, "is missing" if value is None else "must be a table")
        return _Fields(value, self.source, f"{self.prefix}{key}.")

    def reject_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self._error(unknown[0], "is not a known field (a typo?)")


def _name(path: Path | None) -> str:
    return path.name if path else "another definition"
