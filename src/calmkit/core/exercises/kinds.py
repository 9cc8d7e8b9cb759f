"""Exercise kinds as plug-ins: what a kind supplies, and the registry that finds it by name.

A kind is a subpackage of calmkit.core.exercises with a module-level `KIND`. The registry
discovers them, so adding a kind means adding its package; nothing outside a kind's package
names it.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.model import Exercise, SessionPlan, Unit
from calmkit.core.i18n import translate
from calmkit.core.narration import phrases
from calmkit.core.timeline import Timeline

if TYPE_CHECKING:
    from calmkit.core.exercises.catalog import Catalog


@dataclass(frozen=True, slots=True)
class SessionCaution:
    """Shown before a session that needs it, until the person says it is enough.

    `id` is what "don't show this again" remembers; `points` are plain-text lines."""

    id: str
    heading: str
    points: tuple[str, ...]


class ExerciseKind(Protocol):
    @property
    def name(self) -> str:
        """The `kind = ...` value of the exercise files this kind reads."""
        ...

    @property
    def unit(self) -> Unit:
        """What SessionLength.cycles counts for this kind."""
        ...

    @property
    def fixed_length(self) -> bool:
        """True when a session's length comes from the content (no minutes or cycles to
        choose); the exercise's default_length is then None."""
        ...

    def parse(self, fields: Fields, length: Fields) -> Any:
        """The kind's own content from an exercise file's top-level table and its [length]
        table; reads only its own keys and raises ExerciseFileError naming the field."""
        ...

    def timeline(self, exercise: Exercise, plan: SessionPlan) -> Timeline:
        """The steps of one session; PlanError when the plan asks for what cannot be."""
        ...

    def capped(self, exercise: Exercise, plan: SessionPlan) -> str:
        """Why a session of `plan` is shorter than asked, in plain words ("" if it is not)."""
        ...

    def spoken_texts(self, exercise: Exercise) -> set[str]:
        """Every `spoken` text a session of this exercise can contain, whatever the plan."""
        ...

    def session_cautions(
        self, exercise: Exercise, timeline: Timeline
    ) -> tuple[SessionCaution, ...]:
        """What to show once before this session, if anything."""
        ...

    def outline(self, exercise: Exercise) -> str:
        """A short plain-text line on what a session is made of ("" for none)."""
        ...


class UnknownKindError(KeyError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        super().__init__(name)

    def __str__(self) -> str:
        return translate("ExerciseFile", "must be one of {names}").format(
            names=", ".join(self.known)
        )


@functools.cache
def kinds() -> dict[str, ExerciseKind]:
    """Every kind this installation has, by name."""
    package = importlib.import_module(__package__ or "calmkit.core.exercises")
    found: dict[str, ExerciseKind] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if kind is not None:
            found[kind.name] = kind
    return found


def kind_of(name: str) -> ExerciseKind:
    try:
        return kinds()[name]
    except KeyError:
        raise UnknownKindError(name, kinds()) from None


def timeline_for(exercise: Exercise, plan: SessionPlan | None = None) -> Timeline:
    """The steps of one session of `exercise` (its defaults when `plan` is None)."""
    if plan is None or plan == SessionPlan():
        return _default_timeline(exercise)
    return kind_of(exercise.kind).timeline(exercise, plan)


@functools.lru_cache(maxsize=512)
def _default_timeline(exercise: Exercise) -> Timeline:
    # The library asks for every exercise's default session (its length on the card) several
    # times; a timeline is immutable, so one per exercise is enough.
    return kind_of(exercise.kind).timeline(exercise, SessionPlan())


def spoken_texts(catalog: Catalog | Iterable[Exercise]) -> set[str]:
    """Every sentence any session of these exercises may narrate: what the clips must cover
    (one clip a sentence; calmkit.core.narration.phrases splits them)."""
    texts: set[str] = set()
    for exercise in catalog:
        for text in kind_of(exercise.kind).spoken_texts(exercise):
            texts.update(phrases(text))
    return texts


def session_cautions(exercise: Exercise, timeline: Timeline) -> tuple[SessionCaution, ...]:
    return kind_of(exercise.kind).session_cautions(exercise, timeline)
