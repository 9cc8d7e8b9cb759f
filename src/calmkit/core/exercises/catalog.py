"""Reads exercise definitions (TOML) from folders, validates them and indexes them by id.

A file that cannot be used is reported with its name, the field and the reason, and skipped:
one bad file never hides the others or stops the app.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmkit.core import i18n
from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.kinds import UnknownKindError, kind_of
from calmkit.core.exercises.model import (
    ID_PATTERN,
    OWN_ID_PREFIX,
    Exercise,
    ExerciseFileError,
    SessionLength,
    Stage,
)
from calmkit.core.exercises.parsed_files import ParsedFiles
from calmkit.core.i18n import translate

MAX_FILE_BYTES = 256 * 1024


class UnknownExerciseError(KeyError):
    def __init__(self, exercise_id: str, known: Iterable[str]) -> None:
        self.exercise_id = exercise_id
        self.known = sorted(known)
        super().__init__(exercise_id)

    def __str__(self) -> str:
        return translate("Catalog", "no exercise with id {id}; valid ids: {ids}").format(
            id=repr(self.exercise_id), ids=", ".join(self.known)
        )


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

    def stages(self, programme: str) -> list[Exercise]:
        """The exercises of a programme, first stage first."""
        found = [e for e in self.exercises if e.stage and e.stage.programme == programme]
        return sorted(found, key=lambda e: e.stage.number if e.stage else 0)

    def name_of(self, exercise_id: str) -> str:
        """The name to show for an exercise id, even a deleted one; for an id nothing here
        knows (a pattern deleted long ago, a session imported from another computer), the id
        made readable."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise.name
        return dict(self.former_names).get(exercise_id) or readable_id(exercise_id)


def readable_id(exercise_id: str) -> str:
    """An id as words: "custom-evening-wind-down" -> "Evening wind down"."""
    words = exercise_id.removeprefix(OWN_ID_PREFIX).replace("_", " ").replace("-", " ")
    words = " ".join(words.split())
    return words[:1].upper() + words[1:] if words else exercise_id


def load_catalog(
    folders: Iterable[Path], own_folders: Iterable[Path] = (), *, cache: Path | None = None
) -> Catalog:
    """The exercises in `folders` (bundled), then the person's own files in `own_folders`
    (their scripts). An own file can never replace or change a bundled exercise: one with a
    bundled id, or that claims a place in a bundled programme, is skipped with the reason.
    `cache`: a file where the bundled files are kept parsed between starts."""
    parsed = ParsedFiles(cache)
    exercises: dict[str, Exercise] = {}
    problems: list[ExerciseFileError] = []
    sources = [(folder, False) for folder in folders]
    sources += [(folder, True) for folder in own_folders]
    for folder, own in sources:
        for path in _exercise_files(folder, problems):
            try:
                exercise = load_exercise(path, own=own, parsed=None if own else parsed)
            except ExerciseFileError as error:
                problems.append(error)
                continue
            if exercise.id in exercises:
                taken = exercises[exercise.id]
                if own and not taken.own:
                    reason = translate(
                        "Catalog",
                        "{id} is already used by CalmKit's own “{name}”; this file was skipped",
                    ).format(id=repr(exercise.id), name=taken.name)
                else:
                    reason = translate(
                        "Catalog", "{id} is already used by {file}; this file was skipped"
                    ).format(id=repr(exercise.id), file=_name(taken.path))
                problems.append(ExerciseFileError(_source(path, own), "id", reason))
                continue
            clash = _stage_clash(exercise, exercises.values())
            if clash:
                problems.append(ExerciseFileError(_source(path, own), "programme", clash))
                continue
            exercises[exercise.id] = exercise
    parsed.save()
    ordered = sorted(exercises.values(), key=lambda e: (e.order, e.name.casefold()))
    return Catalog(tuple(ordered), tuple(problems))


def _stage_clash(exercise: Exercise, others: Iterable[Exercise]) -> str:
    """Why `exercise` cannot join its programme (another stage has its number, or the
    programme goes by another name), or ""."""
    stage = exercise.stage
    if stage is None:
        return ""
    for other in others:
        if other.stage is None or other.stage.programme != stage.programme:
            continue
        if other.stage.number == stage.number:
            return translate(
                "Catalog", "stage {number} of {programme} is already {id}; this file was skipped"
            ).format(number=stage.number, programme=repr(stage.programme), id=repr(other.id))
        if other.stage.programme_name != stage.programme_name:
            return translate(
                "Catalog", "{programme} is called {name} in {file}; this file was skipped"
            ).format(
                programme=repr(stage.programme),
                name=repr(other.stage.programme_name),
                file=_name(other.path),
            )
    return ""


def _exercise_files(folder: Path, problems: list[ExerciseFileError]) -> list[Path]:
    try:
        return sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError as error:  # an unreadable folder of one's own: say so, load the rest
        problems.append(ExerciseFileError(str(folder), "", _unreadable(error)))
        return []


def _unreadable(error: OSError) -> str:
    return translate("Catalog", "cannot be read ({reason})").format(reason=error.strerror)


def _source(path: Path, own: bool) -> str:
    """How a file is named in messages: a person's own with its folder ("scripts/x.toml")."""
    return f"{path.parent.name}/{path.name}" if own else path.name


def load_exercise(path: Path, *, own: bool = False, parsed: ParsedFiles | None = None) -> Exercise:
    """`parsed`: the files' content as parsed before (used while a file has not changed)."""
    source = _source(path, own)
    try:
        stat = path.stat()
        if stat.st_size > MAX_FILE_BYTES:
            raise ExerciseFileError(
                source,
                "",
                translate("Catalog", "larger than {size} KiB").format(size=MAX_FILE_BYTES // 1024),
            )
        data = parsed.get(path, stat) if parsed is not None else None
        if data is None:
            data = _parse_toml(path.read_text(encoding="utf-8"), source)
            if parsed is not None:
                parsed.put(path, stat, data)
    except OSError as error:
        raise ExerciseFileError(source, "", _unreadable(error)) from error
    except UnicodeDecodeError as error:
        raise ExerciseFileError(source, "", translate("Catalog", "is not UTF-8 text")) from error
    if not own and i18n.active():  # a person's own files are in their own words already
        data = i18n.localised_tree(data, exercise_context(str(data.get("id"))), is_exercise_text)
    return parse_exercise(data, source, path, own=own)


# The values of these keys are ids the code matches on, never text a person reads.
ID_KEYS = frozenset({"id", "kind", "method", "only", "group"})


def is_exercise_text(path: i18n.Path) -> bool:
    return bool(path) and path[-1] not in ID_KEYS


def exercise_context(exercise_id: str) -> str:
    """The translation context of one bundled exercise file's texts."""
    return f"Exercise {exercise_id}"


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    import tomllib  # only here: with the parsed files kept, start-up does not import it

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ExerciseFileError(
            source, "", translate("Catalog", "is not valid TOML ({reason})").format(reason=error)
        ) from error
    except ValueError as error:  # tomllib turns a number of over 4,300 digits into this
        raise ExerciseFileError(
            source, "", translate("Catalog", "holds a number with far too many digits")
        ) from error
    except RecursionError as error:
        raise ExerciseFileError(source, "", translate("Catalog", "is nested too deeply")) from error


def parse_exercise(
    data: dict[str, Any], source: str, path: Path | None = None, *, own: bool = False
) -> Exercise:
    fields = Fields(data, source)
    exercise_id = fields.text("id")
    if not ID_PATTERN.match(exercise_id):
        raise ExerciseFileError(source, "id", _id_rule())
    if exercise_id.startswith(OWN_ID_PREFIX):
        # Kept for the patterns people make, so a bundled id can never take one of theirs.
        raise ExerciseFileError(
            source, "id", translate("Catalog", "'custom-' ids are kept for patterns people make")
        )
    kind_name = fields.text("kind")
    try:
        kind = kind_of(kind_name)
    except UnknownKindError as error:
        raise ExerciseFileError(source, "kind", str(error)) from None
    length_table = fields.table("length") if fields.has("length") else _no_table(fields, "length")
    if kind.fixed_length:
        for key in ("default_minutes", "default_cycles"):
            if length_table.has(key):
                raise length_table.error(
                    key,
                    translate("Catalog", "{kind} sessions take the length they are").format(
                        kind=kind_name
                    ),
                )
    exercise = Exercise(
        id=exercise_id,
        kind=kind_name,
        name=fields.text("name", max_length=60),
        summary=fields.text("summary", max_length=160),
        description=fields.text("description", max_length=4000),
        default_length=None if kind.fixed_length else _length(length_table),
        content=kind.parse(fields, length_table),
        cautions=fields.text_list("cautions"),
        sources=fields.text_list("sources"),
        guidance=length_table.optional_text("guidance", max_length=300),
        order=fields.integer("order", default=1000),
        stage=_stage(fields, own),
        own=own,
        path=path,
    )
    length_table.reject_unknown()
    fields.reject_unknown()
    return exercise


def _id_rule() -> str:
    return translate("Catalog", "use 1-40 lower-case letters, digits and dashes")


def _no_table(fields: Fields, key: str) -> Fields:
    fields.mark_used(key)
    return Fields({}, fields.source, f"{key}.")


def _stage(fields: Fields, own: bool) -> Stage | None:
    if not fields.has("programme"):
        fields.mark_used("programme")
        return None
    if own:
        raise fields.error(
            "programme", translate("Catalog", "only CalmKit's own exercises form programmes")
        )
    table = fields.table("programme")
    programme = table.text("id", max_length=40)
    if not ID_PATTERN.match(programme):
        raise table.error("id", _id_rule())
    name = table.text("name", max_length=60)
    number = table.integer("stage", default=None)
    if number is None or not 1 <= number <= 50:
        raise table.error("stage", translate("Catalog", "needs the stage's number, from 1"))
    table.reject_unknown()
    return Stage(programme, name, number)


def _length(table: Fields) -> SessionLength:
    minutes = table.number("default_minutes", default=None)
    cycles = table.integer("default_cycles", default=None)
    try:
        return SessionLength(minutes=minutes, cycles=cycles)
    except ValueError as error:
        raise ExerciseFileError(table.source, "length", str(error)) from error


def _name(path: Path | None) -> str:
    return path.name if path else translate("Catalog", "another definition")
