"""A session as steps with exact durations, and where an elapsed time falls in it."""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Step:
    """One stretch of a session with a single instruction, e.g. "Breathe in" for 4 seconds.

    `kind` is the kind's own name for the step (a breathing phase, "tense", "release"...);
    `group` what it belongs to (a muscle group, a part of a script); `text` is shown and
    `spoken` narrated at its start ("" for silence).
    """

    kind: str
    label: str
    duration: float
    text: str = ""
    cycle: int = 0
    group: str = ""
    spoken: str = ""

    def __post_init__(self) -> None:
        if not math.isfinite(self.duration) or self.duration <= 0:
            raise ValueError(f"step {self.label!r} needs a positive duration, got {self.duration}")


@dataclass(frozen=True, slots=True)
class StepState:
    """Where a moment falls in a timeline."""

    index: int
    step: Step
    elapsed_in_step: float
    remaining_in_step: float
    elapsed_total: float
    remaining_total: float
    finished: bool

    @property
    def progress_in_step(self) -> float:
        return min(1.0, self.elapsed_in_step / self.step.duration)


class Timeline:
    """Immutable steps with precomputed start offsets, so lookups are O(log n) and exact."""

    def __init__(self, steps: Iterable[Step]) -> None:
        self._steps: tuple[Step, ...] = tuple(steps)
        if not self._steps:
            raise ValueError("a timeline needs at least one step")
        # A running float sum stays within ~1e-12 s over thousands of steps: far below what
        # anyone can hear, so no compensated summation is needed.
        durations = [s.duration for s in self._steps]
        starts = [0.0, *itertools.accumulate(durations)][:-1]
        self._starts = tuple(starts)
        self._total = math.fsum(durations)

    @property
    def steps(self) -> Sequence[Step]:
        return self._steps

    @property
    def starts(self) -> Sequence[float]:
        return self._starts

    @property
    def total(self) -> float:
        return self._total

    @property
    def cycles(self) -> int:
        return self._steps[-1].cycle + 1

    def __len__(self) -> int:
        return len(self._steps)

    def start_of(self, index: int) -> float:
        """Offset from the session start of step `index`; len(self) gives the end."""
        return self._total if index >= len(self._steps) else self._starts[index]

    def part_start(self, elapsed: float, offset: int, restart_within: float = 3.0) -> int:
        """The step that begins the part (cycle) `offset` parts from the one at `elapsed`:
        Right and Left in a session. Going back from more than `restart_within` seconds into
        a part first returns to that part's own start, as a music player does."""
        state = self.state_at(elapsed)
        cycle = state.step.cycle
        first = self._first_of_cycle(cycle)
        if offset < 0 and elapsed - self._starts[first] > restart_within:
            offset += 1
        wanted = min(max(cycle + offset, self._steps[0].cycle), self._steps[-1].cycle)
        return self._first_of_cycle(wanted)

    def _first_of_cycle(self, cycle: int) -> int:
        for index, step in enumerate(self._steps):
            if step.cycle >= cycle:
                return index
        return len(self._steps) - 1

    def state_at(self, elapsed: float) -> StepState:
        elapsed = min(max(elapsed, 0.0), self._total)
        finished = elapsed >= self._total
        index = len(self._steps) - 1 if finished else bisect.bisect_right(self._starts, elapsed) - 1
        step = self._steps[index]
        into = elapsed - self._starts[index]
        return StepState(
            index=index,
            step=step,
            elapsed_in_step=into,
            remaining_in_step=max(0.0, step.duration - into),
            elapsed_total=elapsed,
            remaining_total=self._total - elapsed,
            finished=finished,
        )

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {
                "index": i,
                "start": start,
                "duration": step.duration,
                "kind": step.kind,
                "label": step.label,
                "cycle": step.cycle,
                **({"text": step.text} if step.text else {}),
                **({"group": step.group} if step.group else {}),
                **({"spoken": step.spoken} if step.spoken else {}),
            }
            for i, (start, step) in enumerate(zip(self._starts, self._steps, strict=True))
        ]
