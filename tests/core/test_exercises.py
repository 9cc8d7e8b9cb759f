from __future__ import annotations

from pathlib import Path

import pytest

from calmkit.core.exercises import BreathingPattern, SessionLength, load_catalog
from calmkit.core.exercises.breathing import breathing_timeline, cycles_for
from calmkit.core.exercises.catalog import UnknownExerciseError, timeline_for
from calmkit.resources import exercise_dirs

VALID = """
id = "slow"
kind = "breathing"
name = "Slow"
summary = "Slow breaths."
description = "Breathe slowly."
[pattern]
inhale = 4
exhale = 6
[length]
default_minutes = 2
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_exercises_load_without_problems() -> None:
    catalog = load_catalog(exercise_dirs())
    assert catalog.problems == ()
    assert {"relaxed", "box"} <= set(catalog.ids)
    box = catalog.get("box")
    assert box.breathing == BreathingPattern(inhale=4, hold=4, exhale=4, rest=4)
    assert box.cautions, "patterns with holds must carry their cautions"
    relaxed = catalog.get("relaxed").breathing
    assert relaxed is not None and not relaxed.has_holds


def test_box_timeline_has_the_four_phases_in_order() -> None:
    catalog = load_catalog(exercise_dirs())
    timeline = timeline_for(catalog.get("box"), SessionLength(cycles=1))
    assert [(s.kind, s.duration) for s in timeline.steps] == [
        ("inhale", 4),
        ("hold", 4),
        ("exhale", 4),
        ("rest", 4),
    ]


def test_minutes_round_to_whole_breaths() -> None:
    pattern = BreathingPattern(inhale=4, exhale=6)
    assert cycles_for(pattern, SessionLength(minutes=1)) == 6
    assert cycles_for(pattern, SessionLength(minutes=1.1)) == 7
    timeline = breathing_timeline(pattern, SessionLength(minutes=0.05))
    assert timeline.total == 10, "even a very short session is one whole breath"
    assert timeline.steps[-1].kind == "exhale"


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (("inhale = 4", 'inhale = "four"'), "pattern.inhale", "must be a number of seconds"),
        (("inhale = 4", "inhale = 0.5"), "pattern.inhale", "at least 1 second"),
        (("exhale = 6", "exhale = 31"), "pattern.exhale", "between 0 and 30"),
        (("exhale = 6", "exhale = 6\nhold = 25"), "pattern", "one breath takes 35 s"),
        (('kind = "breathing"', 'kind = "dance"'), "kind", "must be one of"),
        (('id = "slow"', 'id = "Slow One"'), "id", "lower-case letters"),
        (('name = "Slow"\n', ""), "name", "is missing"),
        (("exhale = 6", "exhale = 6\nexale = 2"), "pattern.exale", "not a known field"),
        (("default_minutes = 2", "default_minutes = 0"), "length", "more than 0"),
    ],
)
def test_a_bad_file_is_reported_by_file_field_and_reason_and_skipped(
    tmp_path: Path, change: tuple[str, str], field: str, reason: str
) -> None:
    write(tmp_path, "a-good.toml", VALID.replace('"slow"', '"good"'))
    write(tmp_path, "bad.toml", VALID.replace(*change))
    catalog = load_catalog([tmp_path])
    assert catalog.ids == ["good"]
    (problem,) = catalog.problems
    assert problem.source == "bad.toml"
    assert problem.field_name == field
    assert reason in problem.reason
    assert str(problem).startswith(f"bad.toml: {field}: ")


def test_files_that_are_not_toml_or_not_text_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "broken.toml", "id = ")
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00garbage")
    catalog = load_catalog([tmp_path])
    assert len(catalog) == 0
    reasons = {p.source: p.reason for p in catalog.problems}
    assert "is not valid TOML" in reasons["broken.toml"]
    assert "not UTF-8" in reasons["binary.toml"]


def test_a_duplicate_id_keeps_the_first_and_names_both_files(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", VALID)
    write(tmp_path, "b.toml", VALID)
    catalog = load_catalog([tmp_path])
    assert catalog.ids == ["slow"]
    (problem,) = catalog.problems
    assert "already used by a.toml" in str(problem)


def test_unknown_id_lists_the_valid_ones() -> None:
    catalog = load_catalog(exercise_dirs())
    with pytest.raises(UnknownExerciseError) as caught:
        catalog.get("nope")
    assert "valid ids: box, relaxed" in str(caught.value)
