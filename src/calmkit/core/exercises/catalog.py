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

from calmkit.core.exercises.breathing import (
    MAX_PHASE_SECONDS,
    MIN_BREATH_SECONDS,
    PHASES,
    breathing_timeline,
    cycles_for,
    pattern_problems,
)
from calmkit.core.exercises.model import (
    BreathingPattern,
    Exercise,
    ExerciseFileError,
    PaceRange,
    SessionLength,
    Variant,
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
    # (id, name) of exercises no longer offered (deleted custom patterns): past sessions
    # still show their name.
    former_names: tuple[tuple[str, str], ...] = ()

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

    def name_of(self, exercise_id: str) -> str:
        """The name to show for an exercise id, even a deleted one; the id if unknown."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise.name
        return dict(self.former_names).get(exercise_id, exercise_id)


def timeline_for(
    exercise: Exercise,
    length: SessionLength | None = None,
    *,
    variant: str | None = None,
    pace: float | None = None,
) -> Timeline:
    """The steps of one session. `pace` (breaths a minute) scales the whole pattern; a length
    beyond the exercise's `max_cycles` is cut to it (the guidance says why)."""
    pattern = exercise.pattern_for(variant)
    if pattern is None:
        raise ValueError(f"exercise {exercise.id!r} of kind {exercise.kind!r} has no timeline")
    if pace is not None:
        allowed = pace_range(exercise, variant)
        if not allowed.contains(pace):
            raise ValueError(
                f"{exercise.name} can be paced from {allowed.minimum:g} to "
                f"{allowed.maximum:g} breaths a minute, not {pace:g}"
            )
        pattern = pattern.at_pace(pace)
    elif exercise.pace is not None:
        pattern = pattern.at_pace(exercise.pace.default)
    cycles = cycles_for(pattern, length or exercise.default_length)
    if exercise.max_cycles is not None:
        cycles = min(cycles, exercise.max_cycles)
    return breathing_timeline(pattern, SessionLength(cycles=cycles))


def pace_range(exercise: Exercise, variant: str | None = None) -> PaceRange:
    """The breaths a minute on offer: the exercise's own range, else about 25 % either side
    of its pattern, narrowed so no phase leaves the allowed limits when scaled."""
    if exercise.pace is not None:
        return exercise.pace
    pattern = exercise.pattern_for(variant)
    if pattern is None:
        raise ValueError(f"exercise {exercise.id!r} has no breathing pattern")
    rate = pattern.breaths_per_minute
    longest = max(pattern.inhale, pattern.inhale_top_up, pattern.hold, pattern.exhale, pattern.rest)
    shortest_breath = min(pattern.inhale, pattern.exhale)
    # Scaling by f = rate / pace: phases stay <= MAX_PHASE_SECONDS and in/out >= 1 s.
    slowest = max(rate * 0.75, rate * longest / MAX_PHASE_SECONDS)
    fastest = min(rate * 1.25, rate * shortest_breath / MIN_BREATH_SECONDS)
    return PaceRange(
        default=rate,
        minimum=math.ceil(slowest * 10) / 10,
        maximum=math.floor(fastest * 10) / 10,
    )


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
    if exercise_id.startswith("custom-"):
        # Kept for the patterns people make, so a bundled id can never take one of theirs.
        raise ExerciseFileError(source, "id", "'custom-' ids are kept for patterns people make")
    kind = fields.text("kind")
    if kind not in KINDS:
        raise ExerciseFileError(source, "kind", f"must be one of {', '.join(KINDS)}")
    breathing = _breathing(fields, "pattern") if kind == "breathing" else None
    length_table = fields.table("length")
    exercise = Exercise(
        id=exercise_id,
        kind=kind,
        name=fields.text("name", max_length=60),
        summary=fields.text("summary", max_length=160),
        description=fields.text("description", max_length=4000),
        default_length=_length(length_table),
        breathing=breathing,
        cautions=fields.text_list("cautions"),
        sources=fields.text_list("sources"),
        variants=_variants(fields, breathing),
        pace=_pace(fields, breathing),
        max_cycles=length_table.integer("max_cycles", default=None),
        guidance=length_table.text("guidance", max_length=300)
        if "guidance" in length_table.data
        else "",
        order=fields.integer("order", default=1000),
        path=path,
    )
    length_table.reject_unknown()
    fields.reject_unknown()
    if exercise.max_cycles is not None and not 1 <= exercise.max_cycles <= 1000:
        raise ExerciseFileError(source, "length.max_cycles", "must be between 1 and 1000")
    return exercise


def _breathing(fields: _Fields, key: str) -> BreathingPattern:
    table = fields.table(key)
    phase_names = [name for name, *_ in PHASES]
    values = {name: table.number(name, default=0.0) for name in phase_names}
    table.reject_unknown()
    pattern = BreathingPattern(**values)
    for field_name, reason in pattern_problems(pattern):
        where = f"{table.prefix}{field_name}" if field_name else table.prefix.rstrip(".")
        raise ExerciseFileError(fields.source, where, reason)
    return pattern


def _variants(fields: _Fields, base: BreathingPattern | None) -> tuple[Variant, ...]:
    entries = fields.table_list("variants")
    if entries and base is None:
        raise ExerciseFileError(fields.source, "variants", "only breathing exercises have variants")
    variants: list[Variant] = []
    for entry in entries:
        variant_id = entry.text("id", max_length=40)
        if not ID_PATTERN.match(variant_id) or variant_id in {v.id for v in variants}:
            raise ExerciseFileError(
                fields.source, f"{entry.prefix}id", "needs a unique id of letters, digits, dashes"
            )
        name = entry.text("name", max_length=40)
        pattern = _breathing(entry, "pattern")
        entry.reject_unknown()
        variants.append(Variant(variant_id, name, pattern))
    return tuple(variants)


def _pace(fields: _Fields, base: BreathingPattern | None) -> PaceRange | None:
    if "pace" not in fields.data:
        fields.used.add("pace")
        return None
    table = fields.table("pace")
    if base is None:
        raise ExerciseFileError(fields.source, "pace", "only breathing exercises have a pace")
    default = table.number("default", default=base.breaths_per_minute)
    minimum = table.number("min", default=None)
    maximum = table.number("max", default=None)
    table.reject_unknown()
    if minimum is None or maximum is None:
        raise ExerciseFileError(fields.source, "pace", "needs both min and max")
    if not 2 <= minimum <= default <= maximum <= 30:
        raise ExerciseFileError(
            fields.source, "pace", "needs 2 <= min <= default <= max <= 30 breaths a minute"
        )
    for rate in (minimum, maximum):
        for field_name, reason in pattern_problems(base.at_pace(rate)):
            raise ExerciseFileError(
                fields.source, "pace", f"at {rate:g} breaths a minute, {field_name} {reason}"
            )
    return PaceRange(default, minimum, maximum)


def _length(table: _Fields) -> SessionLength:
    minutes = table.number("default_minutes", default=None)
    cycles = table.integer("default_cycles", default=None)
    try:
        return SessionLength(minutes=minutes, cycles=cycles)
    except ValueError as error:
        raise ExerciseFileError(table.source, "length", str(error)) from error


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

    def table_list(self, key: str) -> list[_Fields]:
        value = self._get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._error(key, "must be a list of tables ([[...]] in TOML)")
        return [_Fields(v, self.source, f"{self.prefix}{key}[{i}].") for i, v in enumerate(value)]

    def reject_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self._error(unknown[0], "is not a known field (a typo?)")


def _name(path: Path | None) -> str:
    return path.name if path else "another definition"
