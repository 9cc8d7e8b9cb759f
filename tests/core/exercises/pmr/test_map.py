from __future__ import annotations

from calmkit.core.exercises import SessionPlan, load_catalog, timeline_for
from calmkit.core.exercises.pmr.body import GROUPS, REGIONS, Sides
from calmkit.core.exercises.pmr.map import (
    NOTHING,
    WHOLE_BODY,
    Look,
    map_states,
    regions_named,
)
from calmkit.core.timeline import Step, Timeline
from calmkit.resources import exercise_dirs


def _pmr16(**options: object) -> Timeline:
    return timeline_for(load_catalog(exercise_dirs()).get("pmr-16"), SessionPlan(options=options))


def test_no_two_groups_share_a_shown_name_with_different_regions() -> None:
    seen: dict[str, frozenset[str]] = {}
    for group in GROUPS.values():
        for sides in (Sides(False), Sides(True)):
            regions = frozenset(sides.regions(group))
            assert seen.setdefault(sides.name(group), regions) == regions, sides.name(group)
            assert regions <= set(REGIONS), group.id


def test_a_name_is_its_groups_regions_on_the_bodys_own_side() -> None:
    assert regions_named("Right hand and forearm") == {"right-hand", "right-forearm"}
    assert regions_named("Left upper arm") == {"left-upper-arm"}
    assert regions_named("Chest, shoulders and upper back") == {"chest", "shoulders"}
    assert regions_named("Not a group") == frozenset()


def test_each_group_is_outlined_then_tensed_then_let_go() -> None:
    timeline = _pmr16()
    states = map_states(timeline)
    assert len(states) == len(timeline)
    first = next(i for i, s in enumerate(timeline.steps) if s.kind == "pause")
    looks = [states[first + k].look for k in range(3)]
    assert looks == [Look.READY, Look.TENSE, Look.RELEASE]
    assert {states[first + k].regions for k in range(3)} == {
        frozenset({"right-hand", "right-forearm"})
    }
    assert states[0] is NOTHING and states[-1] is NOTHING  # the intro and the close


def test_left_handed_starts_on_the_left_and_a_left_out_area_only_rests() -> None:
    timeline = _pmr16(left_handed=True, skip=("left-hand",))
    states = map_states(timeline)
    first = next(i for i, s in enumerate(timeline.steps) if s.group)
    assert states[first].look is Look.REST
    assert states[first].regions == {"left-hand", "left-forearm"}
    assert states[first + 1].look is Look.READY
    assert states[first + 1].regions == {"left-upper-arm"}


def test_twice_tenses_each_group_twice_with_the_same_regions() -> None:
    timeline = _pmr16(twice=True)
    tensed = [s.regions for s in map_states(timeline) if s.look is Look.TENSE]
    assert len(tensed) == 32 and tensed[0] == tensed[1] != tensed[2]


def test_recall_count_and_cue_steps() -> None:
    timeline = Timeline(
        [
            Step("recall", "Both arms", 30, "Recall your arms letting go.", 1, "Both arms"),
            Step("count", "10", 3, "Ten.", 2),
            Step("breathe-in", "Breathe in", 4, "In", 3),
            Step("calm-word", "Breathe out", 6, "Relax", 3),
        ]
    )
    recall, count, breathe_in, calm = map_states(timeline)
    assert recall.look is Look.RELEASE and len(recall.regions) == 6
    assert count.look is Look.RELEASE and count.regions == set(REGIONS)
    assert count.name == WHOLE_BODY
    assert (breathe_in.look, calm.look) == (Look.READY, Look.RELEASE)
