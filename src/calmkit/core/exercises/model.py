"""The shapes every exercise shares, whatever its kind, independent of where it was read from.

What is particular to a kind (a breathing pattern, a list of muscle groups, a script) lives in
`Exercise.content`, parsed and turned into a timeline by that kind's package.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from calmkit.core.i18n import translate

# Exercise and variant ids: also what custom patterns' ids are made to fit.
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
# Kept for the exercises people make themselves: a bundled file can never take their ids.
OWN_ID_PREFIX = "custom-"


class ExerciseFileError(ValueError):
    """An exercise definition that cannot be used, naming the file, the field and the reason."""

    def __init__(self, source: str, field_name: str, reason: str) -> None:
        self.source = source
        self.field_name = field_name
        self.reason = reason
        where = f"{source}: {field_name}" if field_name else source
        super().__init__(f"{where}: {reason}")


class PlanError(ValueError):
    """A session that cannot be made as asked (an unknown variant, a pace out of range, an
    option the kind does not have); the message is worded for the person who asked."""


@dataclass(frozen=True, slots=True)
class SessionLength:
    """How long a session runs: a number of minutes (rounded to whole cycles) or of cycles,
    where a cycle is the kind's own unit (a breath, a round of muscle groups)."""

    minutes: float | None = None
    cycles: int | None = None

    def __post_init__(self) -> None:
        if (self.minutes is None) == (self.cycles is None):
            raise ValueError(translate("SessionLength", "give either minutes or cycles"))
        if self.minutes is not None and not 0 < self.minutes <= 180:
            raise ValueError(
                translate("SessionLength", "minutes must be more than 0 and at most 180")
            )
        if self.cycles is not None and not 1 <= self.cycles <= 1000:
            raise ValueError(translate("SessionLength", "cycles must be between 1 and 1000"))


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """What the person chose for one session. None and no options mean the exercise's
    defaults; `options` are the kind's own choices (for breathing: variant, pace)."""

    length: SessionLength | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    def option(self, name: str, default: Any = None) -> Any:
        value = self.options.get(name)
        return default if value is None else value


@dataclass(frozen=True, slots=True)
class Unit:
    """What one cycle of a kind is called: "breath", "breaths" and "%n breath(s)", each marked
    with QT_TRANSLATE_NOOP("Unit", ...) where the kind defines it, and translated when read."""

    one: str
    many: str
    counted: str

    @property
    def singular(self) -> str:
        return translate("Unit", self.one)

    @property
    def plural(self) -> str:
        return translate("Unit", self.many)

    def count(self, n: int) -> str:
        return translate("Unit", self.counted, None, n)


@dataclass(frozen=True, slots=True)
class Stage:
    """Where an exercise stands in a programme of stages taken one after another (PMR: 16
    groups, then 7, then 4...). Exercises with the same `programme` id form it."""

    programme: str
    programme_name: str
    number: int  # 1 for the first stage


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    kind: str
    name: str
    summary: str
    description: str
    # None when the kind's content sets the length (a PMR protocol, a script).
    default_length: SessionLength | None
    content: Any = None  # the kind's own parsed content, opaque to everything else
    cautions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    guidance: str = ""  # a short line shown next to the length, e.g. why it is limited
    order: int = 1000
    stage: Stage | None = None
    own: bool = False  # read from the person's own folder (their scripts), not bundled
    path: Path | None = field(default=None, compare=False)

    @property
    def made_by_person(self) -> bool:
        """One the person made in CalmKit, not one CalmKit ships."""
        return self.own or self.id.startswith(OWN_ID_PREFIX)
