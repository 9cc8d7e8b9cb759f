"""Narrated scripts (imagery, grounding): segments and their pauses, short and long versions,
bad files named with segment and reason, and a person's own scripts beside the bundled ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmkit.core.exercises import PlanError, SessionPlan, load_catalog, timeline_for
from calmkit.core.exercises.script import (
    SPEECH_SETTLE,
    bundled_clips,
    content_of,
    estimated_seconds,
)
from calmkit.core.narration import spoken_seconds
from calmkit.resources import exercise_dirs

IMAGERY = [
    "imagery-safe-place",
    "imagery-beach",
    "imagery-forest",
    "imagery-lake",
    "imagery-meadow",
    "imagery-floating",
]

MINE = """
id = "my-evening"
kind = "imagery"
name = "My evening"
summary = "A walk I know."
description = "My own words."

[[segments]]
kind = "intro"
text = "Sit comfortably. Let your breath slow down."
pause = 5

[[segments]]
kind = "narration"
text = "Picture the garden path at home."
pause = 15
only = "long"

[[segments]]
kind = "narration"
text = "Notice the air on your face."
pause = 12

[[segments]]
kind = "outro"
text = "Come back to the room, and open your eyes."
pause = 0
"""


def own_folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def test_every_imagery_script_has_a_short_and_a_long_version_of_the_right_length() -> None:
    catalog = load_catalog(exercise_dirs())
    for exercise_id in IMAGERY:
        exercise = catalog.get(exercise_id)
        short = timeline_for(exercise, SessionPlan(options={"length": "short"}))
        long = timeline_for(exercise, SessionPlan(options={"length": "long"}))
        assert 4.5 * 60 <= short.total <= 6 * 60, exercise_id  # "about 5 minutes"
        assert 11 * 60 <= long.total <= 13 * 60, exercise_id  # "about 12 minutes"
        assert timeline_for(exercise).total == short.total, "short unless asked"
        kinds = [s.kind for s in long.steps]
        assert kinds[0] == "intro" and kinds[-2:] in (["outro", "pause"], ["outro", "outro"])
        words = " ".join(s.text for s in long.steps).lower()
        assert "no right way" in words and "eyes" in words, exercise_id


def test_grounding_names_five_four_three_two_one_with_the_eyes_open() -> None:
    grounding = load_catalog(exercise_dirs()).get("grounding-54321")
    timeline = timeline_for(grounding)
    assert 4 * 60 <= timeline.total <= 6 * 60
    text = " ".join(s.text for s in timeline.steps if s.kind != "pause").lower()
    for count, sense in (("five", "see"), ("four", "touch"), ("three", "hear"), ("two", "smell")):
        assert count in text and sense in text
    assert "taste" in text
    assert any("little trial evidence" in s or "widely taught" in s for s in grounding.sources)
    with pytest.raises(PlanError, match="one length only"):
        timeline_for(grounding, SessionPlan(options={"length": "long"}))


def test_pauses_are_exactly_as_written_and_speech_lasts_its_clips() -> None:
    beach = load_catalog(exercise_dirs()).get("imagery-beach")
    segments = content_of(beach).segments_for("long")
    timeline = timeline_for(beach, SessionPlan(options={"length": "long"}))
    pauses = [s.duration for s in timeline.steps if s.kind == "pause"]
    assert pauses == [s.pause for s in segments if s.pause > 0]
    clips = bundled_clips()
    for step in timeline.steps:
        if step.spoken:
            rendered = spoken_seconds(step.spoken, clips)
            assert rendered is not None, f"no clip for {step.spoken!r}"
            assert step.duration == pytest.approx(rendered + SPEECH_SETTLE)
    sense_pauses = [s.pause for s in segments if s.kind == "narration" and s.pause >= 10]
    assert sense_pauses and all(10 <= p <= 30 for p in sense_pauses)


def test_left_and_right_move_by_segment_the_pause_keeps_the_text() -> None:
    beach = load_catalog(exercise_dirs()).get("imagery-beach")
    timeline = timeline_for(beach)
    first, pause = timeline.steps[0], timeline.steps[1]
    assert pause.kind == "pause" and pause.text == first.text and pause.cycle == first.cycle
    assert not pause.spoken
    assert timeline.part_start(first.duration + 0.5, 1) == 2


def test_an_own_script_loads_after_the_bundled_ones_and_is_read_by_estimate(
    tmp_path: Path,
) -> None:
    catalog = load_catalog(exercise_dirs(), own_folders=[own_folder(tmp_path, mine=MINE)])
    mine = catalog.get("my-evening")
    assert mine.own and mine.made_by_person and mine.kind == "imagery"
    short = timeline_for(mine)
    assert [s.text for s in short.steps if s.spoken][1] == "Notice the air on your face."
    text = "Sit comfortably. Let your breath slow down."
    assert short.steps[0].duration == pytest.approx(estimated_seconds(text) + SPEECH_SETTLE)
    long = timeline_for(mine, SessionPlan(options={"length": "long"}))
    assert len([s for s in long.steps if s.spoken]) == 4


def test_an_own_script_can_never_replace_or_join_a_bundled_exercise(tmp_path: Path) -> None:
    bundled = (exercise_dirs()[0] / "imagery-beach.toml").read_text(encoding="utf-8")
    stage = MINE.replace('id = "my-evening"', 'id = "my-stage"') + (
        '[programme]\nid = "pmr"\nname = "Progressive muscle relaxation"\nstage = 7\n'
    )
    folder = own_folder(tmp_path, beach=bundled.replace("sunset", "sunrise"), stage=stage)
    catalog = load_catalog(exercise_dirs(), own_folders=[folder])
    problems = [str(p) for p in catalog.problems]
    assert any(
        p.startswith("scripts/beach.toml: id: 'imagery-beach' is already used by CalmKit's own")
        for p in problems
    )
    assert any("scripts/stage.toml: programme: only CalmKit's own" in p for p in problems)
    beach = catalog.get("imagery-beach")
    assert not beach.own and beach.path is not None and beach.path.parent == exercise_dirs()[0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('text = "Notice the air on your face."', ""), "segments[3].text: is missing"),
        (("pause = 12", "pause = -3"), "segments[3].pause: must be 0 to 120 seconds, not -3"),
        (("pause = 12", "pause = 12\nvolume = 3"), "segments[3].volume: is not a known field"),
        (('kind = "outro"', 'kind = "ending"'), "segments[4].kind: must be one of"),
        (('only = "long"', 'only = "medium"'), "segments[2].only: must be short or long"),
        (
            ('text = "Picture the garden path at home."', 'text = "' + "word " * 13 + 'end."'),
            "segments[2].text: a sentence of 14 words is too long",
        ),
    ],
)
def test_a_broken_own_script_is_named_with_its_segment_and_the_rest_loads(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in MINE
    folder = own_folder(
        tmp_path, mine=MINE.replace(old, new, 1), fine=MINE.replace("my-evening", "my-fine")
    )
    catalog = load_catalog(exercise_dirs(), own_folders=[folder])
    (problem,) = [str(p) for p in catalog.problems]
    assert problem.startswith("scripts/mine.toml: ") and message in problem
    assert {"my-fine", "imagery-beach", "pmr-16", "box"} <= set(catalog.ids)


def test_a_missing_own_folder_is_no_problem(tmp_path: Path) -> None:
    catalog = load_catalog(exercise_dirs(), own_folders=[tmp_path / "none"])
    assert not catalog.problems


def test_length_is_a_flag_for_scripts_only() -> None:
    catalog = load_catalog(exercise_dirs())
    with pytest.raises(PlanError, match="comes in short and long, not 'medium'"):
        timeline_for(catalog.get("imagery-lake"), SessionPlan(options={"length": "medium"}))
    with pytest.raises(PlanError, match="no option 'length'"):
        timeline_for(catalog.get("box"), SessionPlan(options={"length": "long"}))


def test_the_readme_example_script_loads_as_written(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[4] / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### Your own scripts", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    catalog = load_catalog([], own_folders=[own_folder(tmp_path, evening=example)])
    assert not catalog.problems
    evening = catalog.get("my-evening")
    assert (
        timeline_for(evening, SessionPlan(options={"length": "long"})).total
        > timeline_for(evening).total
    )
