"""The shapes of exercise definitions, independent of where they were read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class ExerciseFileError(ValueError):
    """An exercise definition that cannot be used, naming the file, the field and the reason."""

    def __init__(self, source: str, field_name: str, reason: str) -> None:
        self.source = source
        self.field_name = field_name
        self.reason = reason
        where = f"{source}: {field_name}" if field_name else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class BreathingPattern:
    """Seconds of each phase of one breath; zero means the phase is left out."""

    inhale: float
    exhale: float
    inhale_top_up: float = 0.0
    hold: float = 0.0
    rest: float = 0.0

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.inhale_top_up + self.hold + self.exhale + self.rest

    @property
    def has_holds(self) -> bool:
        return self.hold > 0 or self.rest > 0

    def describe(self) -> str:
        """A compact form such as "4 s in · 6 s out"."""
        parts = [
            ("in", self.inhale),
            ("top-up", self.inhale_top_up),
            ("hold", self.hold),
            ("out", self.exhale),
            ("hold", self.rest),
        ]
        return " · ".join(f"{_seconds(v)} s {name}" for name, v in parts if v > 0)


@dataclass(frozen=True, slots=True)
class SessionLength:
    """How long a session runs: a number of minutes (rounded to whole cycles) or of cycles."""

    minutes: float | None = None
    cycles: int | None = None

    def __post_init__(self) -> None:
        if (self.minutes is None) == (self.cycles is None):
            raise ValueError("give either minutes or cycles")
        if self.minutes is not None and not 0 < self.minutes <= 180:
            raise ValueError("minutes must be more than 0 and at most 180")
        if self.cycles is not None and not 1 <= self.cycles <= 1000:
            raise ValueError("cycles must be between 1 and 1000")


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    kind: str
    name: str
    summary: str
    description: str
    default_length: SessionLength
    breathing: BreathingPattern | None = None
    cautions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    order: int = 1000
    path: Path | None = field(default=None, compare=False)


def _seconds(value: float) -> str:
    return f"{value:g}"
