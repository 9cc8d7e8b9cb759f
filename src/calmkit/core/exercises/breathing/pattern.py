"""What a breathing exercise is made of: a pattern of phases, its variants and its pace."""

from __future__ import annotations

from dataclasses import dataclass

from calmkit.core.i18n import translate
from calmkit.core.wording import short_number


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
            (translate("BreathingPattern", "{seconds} s in"), self.inhale),
            (translate("BreathingPattern", "{seconds} s top-up"), self.inhale_top_up),
            (translate("BreathingPattern", "{seconds} s hold"), self.hold),
            (translate("BreathingPattern", "{seconds} s out"), self.exhale),
            (translate("BreathingPattern", "{seconds} s hold"), self.rest),
        ]
        return " · ".join(text.format(seconds=short_number(v)) for text, v in parts if v > 0)


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
class PhaseWords:
    """An exercise's own words for one phase, where the general ones would be wrong (cyclic
    sighing's breath in is slow and full; 4-7-8 breathes out through the mouth)."""

    text: str = ""  # shown during the phase
    spoken: str = ""  # said at its start


@dataclass(frozen=True, slots=True)
class Opening:
    """A step before the first breath (4-7-8: breathe all the way out first)."""

    label: str
    text: str
    spoken: str
    seconds: float


@dataclass(frozen=True, slots=True)
class BreathingContent:
    """A breathing exercise's own part (Exercise.content)."""

    pattern: BreathingPattern
    variants: tuple[Variant, ...] = ()
    pace: PaceRange | None = None  # the exercise's own range; else one is derived
    max_cycles: int | None = None  # a ceiling the guidance sets (4-7-8: at most 8 breaths)
    # (phase field, words) where the exercise says it its own way.
    words: tuple[tuple[str, PhaseWords], ...] = ()
    opening: Opening | None = None

    def pattern_for(self, variant_id: str | None = None) -> BreathingPattern:
        """The pattern of a variant (the exercise's own when None); KeyError if unknown."""
        if variant_id is None:
            return self.pattern
        for variant in self.variants:
            if variant.id == variant_id:
                return variant.pattern
        known = ", ".join(v.id for v in self.variants) or "none"
        raise KeyError(f"no variant {variant_id!r} (variants: {known})")
