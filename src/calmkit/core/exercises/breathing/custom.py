"""Breathing patterns people make themselves: their rules, their ids, and how they join the
catalog as ordinary "breathing" exercises. The store keeps their rows and knows no rules; the
functions here check and save them through it, each change in one store transaction.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from calmkit.core.exercises.breathing.pattern import BreathingContent, BreathingPattern
from calmkit.core.exercises.breathing.rules import (
    MAX_PHASE_SECONDS,
    MIN_BREATH_SECONDS,
    PHASES,
    comfort_notes,
    pattern_problems,
)
from calmkit.core.exercises.catalog import Catalog
from calmkit.core.exercises.model import OWN_ID_PREFIX, Exercise, SessionLength
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.records import aware_datetime
from calmkit.core.store.patterns import PatternRow, UnknownPatternError, read_pattern_rows
from calmkit.core.wording import short_number

if TYPE_CHECKING:
    from calmkit.core.store import Store

ID_PREFIX = OWN_ID_PREFIX
MAX_ID_LENGTH = 40  # the catalog's id rule: 1-40 lower-case letters, digits and dashes
MAX_NAME_LENGTH = 60
STEP_SECONDS = 0.5
DEFAULT_LENGTH = SessionLength(minutes=5)
# After every bundled exercise, whatever order its file asks for.
ORDER_OFFSET = 100_000
PHASE_FIELDS: tuple[str, ...] = tuple(phase.field for phase in PHASES)
# How each phase is named in messages, in the order a breath happens (marked for translation
# in rules.PHASES; _phase_name() translates).
PHASE_NAMES: dict[str, str] = {phase.field: phase.name for phase in PHASES}
_REQUIRED = ("inhale", "exhale")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_HOLD_CAUTIONS = (
    QT_TRANSLATE_NOOP(
        "CustomPattern",
        "Skip the holds if you are pregnant or have heart, lung or blood-pressure problems.",
    ),
    QT_TRANSLATE_NOOP(
        "CustomPattern", "Stop and breathe normally if you feel dizzy, tingly or short of breath."
    ),
)
_GENTLE = QT_TRANSLATE_NOOP(
    "CustomPattern", "Keep each breath soft and normal-sized. It is fine to stop at any time."
)


def _phase_name(field: str) -> str:
    return translate("BreathingPhase", PHASE_NAMES[field])


class CustomPatternError(ValueError):
    """A pattern that cannot be saved; `problems` holds (field, reason) pairs."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(reason for _field, reason in self.problems))


# No saved pattern with this id (or it was deleted meanwhile); the store raises it.
UnknownCustomPatternError = UnknownPatternError


@dataclass(frozen=True, slots=True)
class CustomPattern:
    """One saved pattern. The id is made once from the first name and never changes."""

    id: str
    name: str
    pattern: BreathingPattern
    default_length: SessionLength = DEFAULT_LENGTH
    position: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SkippedPattern:
    """A stored row that breaks a rule (e.g. edited by hand): reported, left as it is."""

    pattern_id: str
    name: str
    reason: str

    def __str__(self) -> str:
        if self.name:
            text = translate(
                "CustomPattern",
                "Your saved pattern “{name}” ({id}) could not be used and was skipped: {reason} "
                "It is still in the practice log, unchanged.",
            )
        else:
            text = translate(
                "CustomPattern",
                "Your saved pattern {id} could not be used and was skipped: {reason} "
                "It is still in the practice log, unchanged.",
            )
        return text.format(name=self.name, id=self.pattern_id, reason=self.reason)


@dataclass(frozen=True, slots=True)
class SavedPatterns:
    """What the store holds: usable patterns in the person's order, the names of deleted ones
    (so past sessions keep their name), and the rows that had to be skipped."""

    active: tuple[CustomPattern, ...] = ()
    deleted_names: tuple[tuple[str, str], ...] = ()
    skipped: tuple[SkippedPattern, ...] = ()


# --- rules -----------------------------------------------------------------------------------


def is_custom_id(exercise_id: str) -> bool:
    return exercise_id.startswith(ID_PREFIX)


def clean_name(name: str) -> str:
    return name.strip()


def name_problems(name: str, taken_names: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Why `name` (trimmed) cannot be used; `taken_names` are the other patterns' names."""
    name = clean_name(name)
    if not name:
        return [("name", translate("CustomPattern", "Give the pattern a name."))]
    if len(name) > MAX_NAME_LENGTH:
        return [
            (
                "name",
                translate(
                    "CustomPattern",
                    "Keep the name to {limit} characters or fewer (this one has {length}).",
                ).format(limit=MAX_NAME_LENGTH, length=len(name)),
            )
        ]
    if _CONTROL.search(name):
        return [
            ("name", translate("CustomPattern", "The name cannot contain line breaks or tabs."))
        ]
    folded = name.casefold()
    for other in taken_names:
        if clean_name(other).casefold() == folded:
            return [
                (
                    "name",
                    translate(
                        "CustomPattern", "You already have a pattern called “{name}”."
                    ).format(name=clean_name(other)),
                )
            ]
    return []


def phase_problems(pattern: BreathingPattern) -> list[tuple[str, str]]:
    """Why a pattern cannot be saved, one reason per phase at most, in breath order."""
    problems: dict[str, str] = {}
    for name in PHASE_FIELDS:
        value = getattr(pattern, name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            text = translate("CustomPattern", "{phase} must be a number of seconds.")
        elif not math.isfinite(value) or not 0 <= value <= MAX_PHASE_SECONDS:
            text = translate("CustomPattern", "{phase} must be between 0 and {highest} s.")
        elif name in _REQUIRED and value < MIN_BREATH_SECONDS:
            text = translate("CustomPattern", "{phase} must be at least {lowest} s.")
        elif not _on_step(value):
            text = translate(
                "CustomPattern", "{phase} must be in half-second steps, like 4 or 4.5 s."
            )
        else:
            continue
        problems[name] = text.format(
            phase=_phase_name(name),
            highest=short_number(MAX_PHASE_SECONDS),
            lowest=short_number(MIN_BREATH_SECONDS),
        )
    if not problems:
        # The limits every pattern shares (presets too); normally already covered above.
        for name, reason in pattern_problems(pattern):
            phase = (
                _phase_name(name)
                if name in PHASE_NAMES
                else translate("CustomPattern", "The pattern")
            )
            problems.setdefault(
                name,
                translate(
                    "CustomPattern", "{phase} {reason}.", "a phase and what is wrong with it"
                ).format(phase=phase, reason=reason),
            )
    return [(name, problems[name]) for name in PHASE_FIELDS if name in problems]


def validate(
    name: str, pattern: BreathingPattern, taken_names: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(field, reason) for everything that stops the pattern being saved; [] when it can be.
    Fields: "name" and the phase fields of BreathingPattern."""
    return name_problems(name, taken_names) + phase_problems(pattern)


def _on_step(value: float) -> bool:
    steps = value / STEP_SECONDS
    return abs(steps - round(steps)) < 1e-9


def snap_to_steps(pattern: BreathingPattern) -> BreathingPattern:
    """The nearest pattern a person could have typed: half-second steps within the limits.
    Used when a bundled exercise (e.g. 5.45 s resonance) is copied into the person's own."""
    values: dict[str, float] = {}
    for name in PHASE_FIELDS:
        value = round(getattr(pattern, name) / STEP_SECONDS) * STEP_SECONDS
        low = MIN_BREATH_SECONDS if name in _REQUIRED else 0.0
        values[name] = min(MAX_PHASE_SECONDS, max(low, value))
    return BreathingPattern(**values)


# --- ids and names ---------------------------------------------------------------------------


def make_id(name: str, taken_ids: Iterable[str]) -> str:
    """ "custom-" + a slug of the name, numbered when taken: custom-calm, custom-calm-2.

    Made once when a pattern is created; a rename keeps it, so past sessions stay linked.
    `taken_ids` should hold every id ever given (deleted patterns' too).
    """
    taken = set(taken_ids)
    base = _fit(ID_PREFIX + (_slug(name) or "pattern"), MAX_ID_LENGTH)
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = _fit(base, MAX_ID_LENGTH - len(suffix)) + suffix
        if candidate not in taken:
            return candidate
        number += 1


def _slug(name: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _fit(text: str, length: int) -> str:
    return text[:length].rstrip("-")


def numbered_name(name: str, taken_names: Iterable[str], label: str) -> str:
    """`name (label)`, then `name (label 2)`..., shortened to fit and unlike every taken name."""
    taken = {clean_name(n).casefold() for n in taken_names}
    name = clean_name(name)
    number = 1
    while True:
        suffix = f" ({label})" if number == 1 else f" ({label} {number})"
        candidate = name[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def copy_name(name: str, taken_names: Iterable[str]) -> str:
    """The name a duplicate gets: "Calm (copy)", "Calm (copy 2)"..."""
    return numbered_name(name, taken_names, translate("CustomPattern", "copy", "a pattern's name"))


# --- reading stored rows ---------------------------------------------------------------------


def parse_saved(row: Mapping[str, object]) -> CustomPattern:
    """A stored row as a CustomPattern; ValueError with a plain reason when it breaks a rule.

    Keys: id, name, position, the phase fields, default_minutes, default_cycles, created_at,
    updated_at. Timestamps that cannot be read are dropped rather than hiding the pattern.
    """
    pattern_id = row.get("id")
    if (
        not isinstance(pattern_id, str)
        or not is_custom_id(pattern_id)
        or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", pattern_id)
    ):
        raise ValueError(
            translate("CustomPattern", "its id {id} is not a custom-pattern id.").format(
                id=repr(pattern_id)
            )
        )
    name = row.get("name")
    if not isinstance(name, str):
        raise ValueError(translate("CustomPattern", "it has no name."))
    values: dict[str, float] = {}
    for field in PHASE_FIELDS:
        value = row.get(field)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(
                translate("CustomPattern", "{phase} is not a number ({value}).").format(
                    phase=_phase_name(field), value=repr(value)
                )
            )
        values[field] = float(value)
    pattern = BreathingPattern(**values)
    problems = validate(name, pattern)
    if problems:
        raise ValueError(" ".join(reason for _field, reason in problems))
    position = row.get("position")
    if isinstance(position, bool) or not isinstance(position, int):
        raise ValueError(
            translate(
                "CustomPattern", "its place in the list ({value}) is not a whole number."
            ).format(value=repr(position))
        )
    return CustomPattern(
        id=pattern_id,
        name=clean_name(name),
        pattern=pattern,
        default_length=_saved_length(row.get("default_minutes"), row.get("default_cycles")),
        position=position,
        created_at=aware_datetime(row.get("created_at")),
        updated_at=aware_datetime(row.get("updated_at")),
    )


def _saved_length(minutes: object, cycles: object) -> SessionLength:
    if isinstance(minutes, bool) or isinstance(cycles, bool):
        raise ValueError(translate("CustomPattern", "its default length is not a number."))
    if minutes is not None and not isinstance(minutes, int | float):
        raise ValueError(
            translate(
                "CustomPattern", "its default length ({value} minutes) is not a number."
            ).format(value=repr(minutes))
        )
    if cycles is not None and not isinstance(cycles, int):
        raise ValueError(
            translate(
                "CustomPattern", "its default length ({value} breaths) is not a whole number."
            ).format(value=repr(cycles))
        )
    try:
        return SessionLength(
            minutes=None if minutes is None else float(minutes),
            cycles=cycles,
        )
    except ValueError as error:
        raise ValueError(
            translate("CustomPattern", "its default length is not usable ({reason}).").format(
                reason=error
            )
        ) from None


# --- keeping them in the store ---------------------------------------------------------------


def saved_patterns(store: Store) -> SavedPatterns:
    """The person's patterns in their order, the names of deleted ones, and the rows that
    break a rule (reported by the caller, left untouched in the store)."""
    return saved_from_rows(store.pattern_rows())


def read_saved_patterns(path: Path) -> SavedPatterns:
    """saved_patterns() of the practice log at `path`, read without writing anything to it
    (nothing is created where there is no log)."""
    return saved_from_rows(read_pattern_rows(path))


def saved_from_rows(rows: Iterable[PatternRow]) -> SavedPatterns:
    active: list[CustomPattern] = []
    deleted: list[tuple[str, str]] = []
    skipped: list[SkippedPattern] = []
    for row in rows:
        name = row["name"] if isinstance(row["name"], str) else ""
        if row["deleted_at"] is not None:
            deleted.append((str(row["id"]), clean_name(name) or str(row["id"])))
            continue
        try:
            active.append(parse_saved(row))
        except ValueError as error:
            skipped.append(SkippedPattern(str(row["id"]), clean_name(name), str(error)))
    return SavedPatterns(tuple(active), tuple(deleted), tuple(skipped))


def add_custom_pattern(
    store: Store,
    name: str,
    pattern: BreathingPattern,
    default_length: SessionLength,
    *,
    after: str | None = None,
    now: datetime | None = None,
) -> CustomPattern:
    """Save a new pattern at the end of the list, or right after the pattern `after` (a
    duplicate sits next to its original). Raises CustomPatternError with the reasons."""
    name = clean_name(name)
    # One transaction: the names checked are the names there when the row is written.
    with store.transaction():
        _refuse_problems(validate(name, pattern, store.pattern_names()))
        # Deleted and unreadable rows keep their ids: a new pattern never inherits the
        # sessions of an old one.
        pattern_id = make_id(name, store.pattern_ids())
        row = store.insert_pattern(
            {"id": pattern_id, **_content(name, pattern, default_length)}, after=after, now=now
        )
    return parse_saved(row)


def update_custom_pattern(
    store: Store,
    pattern_id: str,
    name: str,
    pattern: BreathingPattern,
    default_length: SessionLength,
    *,
    now: datetime | None = None,
) -> CustomPattern:
    """Change a pattern's name, phases and default length; its id stays the same."""
    name = clean_name(name)
    with store.transaction():
        if store.pattern_row(pattern_id)["deleted_at"] is not None:
            raise UnknownCustomPatternError(pattern_id)  # gone: say so before any rule
        _refuse_problems(validate(name, pattern, store.pattern_names(besides=pattern_id)))
        row = store.update_pattern(pattern_id, _content(name, pattern, default_length), now=now)
    return parse_saved(row)


def delete_custom_pattern(
    store: Store, pattern_id: str, *, now: datetime | None = None
) -> CustomPattern:
    """Take a pattern out of the list (restore_custom_pattern() undoes it). Its row stays,
    marked deleted, so sessions practised with it still show its name."""
    return parse_saved(store.delete_pattern(pattern_id, now=now))


def restore_custom_pattern(
    store: Store, pattern_id: str, *, now: datetime | None = None
) -> CustomPattern:
    """Undo delete_custom_pattern(): back in its old place. If another pattern took its
    name meanwhile, it comes back as "Name (restored)". Harmless on an active pattern."""
    with store.transaction():
        row = store.pattern_row(pattern_id)
        if row["deleted_at"] is not None:
            name = str(row["name"])
            taken = store.pattern_names()
            if name.casefold() in {t.casefold() for t in taken}:
                label = translate("CustomPattern", "restored", "a pattern's name")
                row = store.restore_pattern(
                    pattern_id, name=numbered_name(name, taken, label), now=now
                )
            else:
                row = store.restore_pattern(pattern_id, now=now)
    return parse_saved(row)


def reorder_custom_patterns(store: Store, pattern_ids: Sequence[str]) -> None:
    """Put these patterns in this order, in the places they held between them (move one up:
    pass it and the one above). Others, deleted ones included, keep their places."""
    store.reorder_patterns(pattern_ids)


def _content(
    name: str, pattern: BreathingPattern, default_length: SessionLength
) -> dict[str, object]:
    phases = {field: float(getattr(pattern, field)) for field in PHASE_FIELDS}
    return {
        "name": name,
        **phases,
        "default_minutes": default_length.minutes,
        "default_cycles": default_length.cycles,
    }


def _refuse_problems(problems: list[tuple[str, str]]) -> None:
    if problems:
        raise CustomPatternError(problems)


# --- joining the catalog ---------------------------------------------------------------------


def to_exercise(custom: CustomPattern) -> Exercise:
    """A saved pattern as an ordinary breathing exercise: the library, the player, the
    timeline and the history treat it like any other."""
    pattern = custom.pattern
    rate = 60 / pattern.cycle_seconds
    paragraphs = [
        translate(
            "CustomPattern",
            "Your own pattern: about {rate} breaths a minute. Change it with Edit (F2), or "
            "make a copy to try a variation (Ctrl+D).",
        ).format(rate=f"{rate:.1f}"),
    ]
    advice = [note for _field, note in comfort_notes(pattern)]
    if advice:
        paragraphs.append(
            translate("CustomPattern", "Worth knowing: {advice}").format(advice=" ".join(advice))
        )
    shown = (*_HOLD_CAUTIONS, _GENTLE) if pattern.has_holds else (_GENTLE,)
    cautions = tuple(translate("CustomPattern", caution) for caution in shown)
    return Exercise(
        id=custom.id,
        kind="breathing",
        name=custom.name,
        summary=f"{pattern.describe()}.",
        description="\n\n".join(paragraphs),
        default_length=custom.default_length,
        content=BreathingContent(pattern),
        cautions=cautions,
        order=ORDER_OFFSET + custom.position,
    )


def catalog_with_custom(
    catalog: Catalog,
    customs: Iterable[CustomPattern],
    deleted_names: Iterable[tuple[str, str]] = (),
) -> Catalog:
    """The bundled exercises followed by the person's patterns in their order. Custom entries
    already in `catalog` are replaced, so this can be applied again after every change."""
    bundled = [e for e in catalog if not is_custom_id(e.id)]
    ordered = sorted(customs, key=lambda c: c.position)
    mine = [to_exercise(c) for c in ordered]
    return replace(
        catalog,
        exercises=(*bundled, *mine),
        former_names=tuple(deleted_names),
    )


def custom_exercises(catalog: Catalog) -> list[Exercise]:
    return [e for e in catalog if is_custom_id(e.id)]


# --- export and import -------------------------------------------------------------------------

# A pattern in the JSON export: enough to make it again on another computer. Deleted ones
# travel too (marked), so past sessions there show their names rather than their ids.
EXPORT_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    *PHASE_FIELDS,
    "default_minutes",
    "default_cycles",
    "deleted",
)


@dataclass(frozen=True, slots=True)
class ExportedPattern:
    """A pattern as it travels in an export file."""

    id: str
    name: str
    pattern: BreathingPattern
    default_length: SessionLength
    deleted: bool = False

    def to_dict(self) -> dict[str, object]:
        phases = {field: _json_number(getattr(self.pattern, field)) for field in PHASE_FIELDS}
        minutes = self.default_length.minutes
        return {
            "id": self.id,
            "name": self.name,
            **phases,
            "default_minutes": None if minutes is None else _json_number(minutes),
            "default_cycles": self.default_length.cycles,
            "deleted": self.deleted,
        }


@dataclass(frozen=True, slots=True)
class PatternMerge:
    """What merge_exported_patterns() did (or would do) with each pattern, by id."""

    added: tuple[str, ...]
    already_present: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]  # (id, why it was left out)


def exported_patterns(store: Store) -> list[ExportedPattern]:
    """Every saved pattern in the person's order, deleted ones included; a stored row that
    breaks a rule (edited by hand) is left out, as the library leaves it out."""
    return [p for row in store.pattern_rows() if (p := _exported(row)) is not None]


def _exported(row: Mapping[str, object]) -> ExportedPattern | None:
    try:
        saved = parse_saved(row)
    except ValueError:
        return None
    return ExportedPattern(
        saved.id, saved.name, saved.pattern, saved.default_length, row["deleted_at"] is not None
    )


def parse_exported(fields: Mapping[str, object]) -> ExportedPattern:
    """A pattern from an export file; ValueError with a plain reason when it breaks a rule."""
    for field in ("id", "name", "inhale", "exhale"):
        if field not in fields or fields[field] is None:
            raise ValueError(translate("CustomPattern", "{field} is missing.").format(field=field))
    deleted = fields.get("deleted", False)
    if not isinstance(deleted, bool):
        raise ValueError(translate("CustomPattern", "deleted is neither true nor false."))
    row = {field: fields.get(field, 0.0) for field in PHASE_FIELDS}
    minutes, cycles = fields.get("default_minutes"), fields.get("default_cycles")
    if minutes is None and cycles is None:  # written by hand without one: as a new pattern
        minutes = DEFAULT_LENGTH.minutes
    row |= {
        "id": fields["id"],
        "name": fields["name"],
        "position": 0,
        "default_minutes": minutes,
        "default_cycles": cycles,
    }
    try:
        saved = parse_saved(row)
    except OverflowError:
        raise ValueError(translate("CustomPattern", "a number in it is far too large.")) from None
    return ExportedPattern(saved.id, saved.name, saved.pattern, saved.default_length, deleted)


def merge_exported_patterns(
    store: Store, patterns: Sequence[ExportedPattern], *, dry_run: bool = False
) -> PatternMerge:
    """Add the imported patterns whose id is new, at the end of the list, in one transaction.

    The same id with the same content is already present. The same id with other content, or
    a new pattern with the name of one in the list, is refused and nothing of it is written:
    a saved pattern is never changed or renamed by an import.
    """
    added: list[str] = []
    present: list[str] = []
    refused: list[tuple[str, str]] = []
    with store.transaction():
        stored = {str(row["id"]): row for row in store.pattern_rows()}
        names = {clean_name(n).casefold(): n for n in store.pattern_names()}
        for incoming in patterns:
            row = stored.get(incoming.id)
            if row is not None:
                mine = _exported(row)
                if mine == incoming:
                    present.append(incoming.id)
                else:
                    if isinstance(row["name"], str):
                        reason = translate(
                            "CustomPattern",
                            "a different pattern with this id (“{name}”) is already saved; it "
                            "was left as it is",
                        ).format(name=row["name"])
                    else:
                        reason = translate(
                            "CustomPattern",
                            "a different pattern with this id is already saved; it was left as "
                            "it is",
                        )
                    refused.append((incoming.id, reason))
                continue
            folded = incoming.name.casefold()
            if not incoming.deleted and folded in names:
                refused.append(
                    (
                        incoming.id,
                        translate(
                            "CustomPattern",
                            "you already have a pattern called “{name}”; rename one of "
                            "them and import again",
                        ).format(name=names[folded]),
                    )
                )
                continue
            added.append(incoming.id)
            if not incoming.deleted:
                names[folded] = incoming.name
            if not dry_run:
                content = _content(incoming.name, incoming.pattern, incoming.default_length)
                store.insert_pattern({"id": incoming.id, **content})
                if incoming.deleted:
                    store.delete_pattern(incoming.id)
    return PatternMerge(tuple(added), tuple(present), tuple(refused))


def _json_number(value: float) -> float | int:
    # 4 rather than 4.0, as the sessions' seconds; both read back as the same float.
    return int(value) if float(value).is_integer() else float(value)
