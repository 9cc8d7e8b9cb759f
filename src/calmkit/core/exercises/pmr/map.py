"""What a body map shows at each step of a PMR session: which regions, and in which look.

Read from the timeline alone (its steps' kinds, groups and parts), so any protocol file and any
choice of options (handedness, areas left out, twice) is shown the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from calmkit.core.exercises.pmr.body import GROUPS, REGIONS, Sides
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.timeline import Timeline


class Look(Enum):
    """How the map marks a step's regions."""

    NONE = "none"
    READY = "ready"  # the group about to be tensed: outlined, not filled
    TENSE = "tense"
    RELEASE = "release"  # letting go, recalling it, the calm word, the count
    REST = "rest"  # a group left out: it only rests


@dataclass(frozen=True, slots=True)
class MapState:
    regions: frozenset[str]
    look: Look
    name: str = ""  # what the regions are called ("Right hand and forearm", "Whole body")


NOTHING = MapState(frozenset(), Look.NONE)
WHOLE_BODY = QT_TRANSLATE_NOOP("BodyMap", "Whole body")


def _regions_by_name() -> dict[str, frozenset[str]]:
    """A step names its group as shown ("Left upper arm", in the person's language, so made
    when asked, not at import): for either handedness, the same name is the same regions
    (tests/core/exercises/pmr/test_map.py checks no two groups share a name)."""
    by_name: dict[str, frozenset[str]] = {}
    for group in GROUPS.values():
        for sides in (Sides(left_handed=False), Sides(left_handed=True)):
            by_name[sides.name(group)] = frozenset(sides.regions(group))
    return by_name


def regions_named(name: str) -> frozenset[str]:
    """The regions of a group by its shown name; empty for a name no group has."""
    return _regions_by_name().get(name, frozenset())


# Steps that belong to no one group but to the whole body relaxing (the count, the cue).
_WHOLE_BODY_LOOKS = {"count": Look.RELEASE, "calm-word": Look.RELEASE, "breathe-in": Look.READY}


def map_states(timeline: Timeline) -> tuple[MapState, ...]:
    """One MapState per step of `timeline`."""
    steps = timeline.steps
    tensed_parts = {s.cycle for s in steps if s.kind == "tense"}
    by_name = _regions_by_name()
    whole_body = translate("BodyMap", WHOLE_BODY)
    states: list[MapState] = []
    for step in steps:
        if step.kind in _WHOLE_BODY_LOOKS:
            states.append(MapState(frozenset(REGIONS), _WHOLE_BODY_LOOKS[step.kind], whole_body))
            continue
        regions = by_name.get(step.group, frozenset()) if step.group else frozenset()
        if not regions:
            states.append(NOTHING)
            continue
        if step.kind == "tense":
            look = Look.TENSE
        elif step.kind in ("release", "recall"):
            look = Look.RELEASE
        elif step.kind == "pause":
            # A group left out has its one "rest" step and is never tensed.
            look = Look.READY if step.cycle in tensed_parts else Look.REST
        else:
            look = Look.NONE
        states.append(MapState(regions, look, step.group) if look is not Look.NONE else NOTHING)
    return tuple(states)
