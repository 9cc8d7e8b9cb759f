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

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds

    def scaled(self, factor: float) -> BreathingPattern:
        """Every phase multiplied by `factor`: slower or faster, same proportions."""
        return BreathingPattern(
            inhale=self.inhale * factor,
            exhale=self.exhale * factor,
            inhale_top_up=self.inhale_top_up * factor,
            hold=self.hold * factor,
            rest=self.rest * factor,
        )

    def at_pace(self, breaths_per_minute: float) -> BreathingPattern:
        return self.scaled(self.breaths_per_minute / breaths_per_minute)

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
class SessionPlan:
    """What the person chose for one session; None everywhere means the exercise's defaults."""

    length: SessionLength | None = None
    variant: str | None = None
    pace: float | None = None  # breaths a minute


@dataclass(frozen=True, slots=True)
class Variant:
    """A named alternative pattern of the same exercise, e.g. an 8 s instead of a 6 s exhale."""

    id: str
    name: str
    pattern: BreathingPattern


@dataclass(frozen=True, slots=True)
class PaceRange:
    """The breaths per minute a person may choose; the pattern is scaled to match."""

    default: float
    minimum: float
    maximum: float

    def clamp(self, value: float) -> float:
        return min(self.maximum, max(self.minimum, value))

    def contains(self, value: float) -> bool:
        # A hair of tolerance: 60 / 10.9 s is 5.504..., which should count as 5.5.
        return self.minimum - 1e-6 <= value <= self.maximum + 1e-6


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
    variants: tuple[Variant, ...] = ()
    pace: PaceRange | None = None
    max_cycles: int | None = None  # a ceiling the guidance sets (4-7-8: at most 8 breaths)
    guidance: str = ""  # a short line shown next to the length, e.g. why it is limited
    order: int = 1000
    path: Path | None = field(default=None, compare=False)

    def pattern_for(self, variant_id: str | None = None) -> BreathingPattern | None:
        """The pattern of a variant (the exercise's own when None); KeyError if unknown."""
        if variant_id is None:
            return self.breathing
        for variant in self.variants:
            if variant.id == variant_id:
                return variant.pattern
        known = ", ".join(v.id for v in self.variants) or "none"
        raise KeyError(f"{self.id} has no variant {variant_id!r} (variants: {known})")


def _seconds(value: float) -> str:
    return f"{value:g}"
