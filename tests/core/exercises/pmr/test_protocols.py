"""The bundled PMR protocols: the groups in their clinical order, timings in range, and the
options a person can choose."""

from __future__ import annotations

import itertools

import pytest

from calmkit.core.exercises import Catalog, PlanError, SessionLength, SessionPlan, load_catalog
from calmkit.core.exercises import timeline_for as _timeline_for
from calmkit.core.exercises.kinds import session_cautions
from calmkit.core.exercises.pmr import AREAS, CAUTION, GROUPS, REGIONS, Sides
from calmkit.core.narration import load_clips
from calmkit.core.timeline import Timeline
from calmkit.resources import exercise_dirs, resource_path

PMR_IDS = ["pmr-16", "pmr-7", "pmr-4", "pmr-recall", "pmr-counting", "pmr-cue"]
SIXTEEN = [
    "Right hand and forearm",
    "Right upper arm",
    "Left hand and forearm",
    "Left upper arm",
    "Forehead",
    "Upper cheeks and nose",
    "Lower cheeks and jaw",
    "Neck and throat",
    "Chest, shoulders and upper back",
    "Abdomen",
    "Right thigh",
    "Right calf",
    "Right foot",
    "Left thigh",
    "Left calf",
    "Left foot",
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded = load_catalog(exercise_dirs())
    assert not loaded.problems
    return loaded


def timeline_for(catalog: Catalog, exercise_id: str, **options: object) -> Timeline:
    return _timeline_for(catalog.get(exercise_id), SessionPlan(options=options))


def groups_in_order(timeline: Timeline, kind: str) -> list[str]:
    return [s.group for s in timeline.steps if s.kind == kind]


def test_the_sixteen_groups_come_in_bernstein_and_borkovecs_order(catalog: Catalog) -> None:
    timeline = timeline_for(catalog, "pmr-16")
    assert groups_in_order(timeline, "tense") == SIXTEEN
    assert groups_in_order(timeline, "release") == SIXTEEN
    for step in timeline.steps:
        if step.kind == "tense":
            assert 5 <= step.duration <= 7 and step.text and step.spoken
        if step.kind == "release":
            assert 30 <= step.duration <= 40 and step.text == step.spoken
    kinds = [s.kind for s in timeline.steps]
    assert kinds[0] == "intro" and kinds[-1] == "outro"
    # Each group: the instruction, tensing, then letting go, and a pause before the next.
    body = kinds[kinds.index("pause") : len(kinds) - kinds[::-1].index("release")]
    assert body == ["pause", "tense", "release"] * 16


def test_the_opening_says_how_hard_to_tense_and_the_close_warns_about_getting_up(
    catalog: Catalog,
) -> None:
    for exercise_id in ("pmr-16", "pmr-7", "pmr-4"):
        timeline = timeline_for(catalog, exercise_id)
        opening = " ".join(s.text for s in timeline.steps if s.kind == "intro")
        closing = " ".join(s.text for s in timeline.steps if s.kind == "outro")
        assert "never to" in opening.lower() and "pain" in opening, exercise_id
        assert "stop at any time" in opening, exercise_id
        assert "slowly" in closing and "drive" in closing, exercise_id


def test_seven_and_four_groups_combine_the_sixteen(catalog: Catalog) -> None:
    seven = groups_in_order(timeline_for(catalog, "pmr-7"), "tense")
    assert seven == [
        "Right arm",
        "Left arm",
        "Face",
        "Neck and throat",
        "Chest, shoulders, back and abdomen",
        "Right leg",
        "Left leg",
    ]
    four = groups_in_order(timeline_for(catalog, "pmr-4"), "tense")
    assert four == ["Both arms", "Face and neck", "Chest, shoulders, back and abdomen", "Both legs"]


def test_recall_and_counting_tense_nothing_and_counting_goes_down_from_ten(
    catalog: Catalog,
) -> None:
    recall = timeline_for(catalog, "pmr-recall")
    assert {s.kind for s in recall.steps} == {"intro", "recall", "outro"}
    assert len(groups_in_order(recall, "recall")) == 4
    counting = timeline_for(catalog, "pmr-counting")
    assert "tense" not in {s.kind for s in counting.steps}
    counts = [s.label for s in counting.steps if s.kind == "count"]
    assert counts == [str(n) for n in range(10, 0, -1)]
    assert groups_in_order(counting, "recall") == groups_in_order(recall, "recall")


def test_cue_controlled_relaxation_takes_about_three_minutes_of_in_and_a_calm_word(
    catalog: Catalog,
) -> None:
    timeline = timeline_for(catalog, "pmr-cue")
    assert 150 <= timeline.total <= 210
    breaths = [s for s in timeline.steps if s.kind in ("breathe-in", "calm-word")]
    assert [s.spoken for s in breaths[:2]] == ["In.", "Relax."]
    assert all(a.kind != b.kind for a, b in itertools.pairwise(breaths))


def test_twice_repeats_each_group_and_left_handed_starts_on_the_left(catalog: Catalog) -> None:
    twice = timeline_for(catalog, "pmr-16", twice=True, left_handed=True)
    tensed = groups_in_order(twice, "tense")
    assert len(tensed) == 32 and tensed[0] == tensed[1] == "Left hand and forearm"
    assert tensed[2] == "Left upper arm" and tensed[4] == "Right hand and forearm"
    first = next(s for s in twice.steps if s.kind == "pause")
    assert "left hand" in first.text
    again = [s for s in twice.steps if s.label.startswith("Again:")]
    assert len(again) == 16


def test_a_left_out_area_is_rested_not_tensed(catalog: Catalog) -> None:
    timeline = timeline_for(catalog, "pmr-16", skip=("right-foot", "neck"))
    tensed = groups_in_order(timeline, "tense")
    assert "Right foot" not in tensed and "Neck and throat" not in tensed
    assert len(tensed) == 14
    resting = [s for s in timeline.steps if s.label.startswith("Resting:")]
    assert [s.group for s in resting] == ["Neck and throat", "Right foot"]
    assert all("just let it rest" in s.text.lower() for s in resting)
    # A combined group that includes a left-out area is rested as a whole.
    four = timeline_for(catalog, "pmr-4", skip=("left-hand",))
    assert groups_in_order(four, "tense") == [
        "Face and neck",
        "Chest, shoulders, back and abdomen",
        "Both legs",
    ]


def test_tense_and_release_lengths_can_be_chosen_within_the_clinical_ranges(
    catalog: Catalog,
) -> None:
    timeline = timeline_for(catalog, "pmr-16", tense=5, release=40)
    assert {s.duration for s in timeline.steps if s.kind == "tense"} == {5.0}
    assert {s.duration for s in timeline.steps if s.kind == "release"} == {40.0}
    refused: list[tuple[dict[str, object], str]] = [
        ({"tense": 9}, "Tensing lasts 5 to 7 seconds, not 9"),
        ({"release": 20}, "Letting go lasts 30 to 40 seconds, not 20"),
        ({"tense": float("nan")}, "Tensing lasts 5 to 7 seconds"),
        ({"skip": ("knee",)}, "no area 'knee'"),
        ({"rounds": 2}, "no option 'rounds'"),
    ]
    for options, message in refused:
        with pytest.raises(PlanError, match=message):
            timeline_for(catalog, "pmr-16", **options)


def test_options_that_do_not_apply_are_refused_with_the_reason(catalog: Catalog) -> None:
    with pytest.raises(PlanError, match="tenses no muscles, so doing each group twice"):
        timeline_for(catalog, "pmr-recall", twice=True)
    with pytest.raises(PlanError, match="uses the breath, not the muscles"):
        timeline_for(catalog, "pmr-cue", release=35)
    with pytest.raises(PlanError, match="takes as long as its steps"):
        _timeline_for(catalog.get("pmr-16"), SessionPlan(SessionLength(minutes=5)))
    # Handedness is a fact about the person: it is fine everywhere.
    timeline_for(catalog, "pmr-cue", left_handed=True)


def test_every_narrated_step_outlasts_its_clip_whatever_the_options(catalog: Catalog) -> None:
    """No speech is cut off by the next step, at the shortest settings."""
    clips = load_clips(resource_path("narration"))
    for exercise_id in PMR_IDS:
        exercise = catalog.get(exercise_id)
        plans: list[dict[str, object]] = [{}, {"left_handed": True}]
        if exercise_id in ("pmr-16", "pmr-7", "pmr-4"):
            plans += [{"tense": 5, "twice": True}, {"skip": tuple(AREAS)}]
        for options in plans:
            for step in _timeline_for(exercise, SessionPlan(options=options)).steps:
                if not step.spoken:
                    continue
                clip = clips.clip_for(step.spoken)
                assert clip is not None, step.spoken
                assert clip.seconds + 0.8 <= step.duration, (exercise_id, step.spoken)


def test_every_group_is_drawn_by_regions_the_body_map_has() -> None:
    for group in GROUPS.values():
        for sides in (Sides(False), Sides(True)):
            assert set(sides.regions(group)) <= set(REGIONS), group.id
    for area, regions in AREAS.items():
        assert set(regions) <= set(REGIONS), area


def test_each_stage_is_in_one_programme_in_order(catalog: Catalog) -> None:
    stages = catalog.stages("pmr")
    assert [e.id for e in stages] == PMR_IDS
    assert {e.stage.programme_name for e in stages if e.stage} == {"Progressive muscle relaxation"}


def test_the_caution_comes_before_every_pmr_session(catalog: Catalog) -> None:
    exercise = catalog.get("pmr-16")
    cautions = session_cautions(exercise, _timeline_for(exercise))
    assert cautions == (CAUTION,)
    text = " ".join(CAUTION.points)
    for words in ("injured or painful", "never to the point of pain", "arthritis", "psychosis"):
        assert words in text
    assert "stop at any time" in text
