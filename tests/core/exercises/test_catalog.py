from __future__ import annotations

from pathlib import Path

import pytest

from calmkit.core.exercises import (
    PlanError,
    SessionLength,
    SessionPlan,
    UnknownExerciseError,
    load_catalog,
    spoken_texts,
    timeline_for,
)
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.rules import breathing_timeline, comfort_notes, cycles_for
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
    assert box.content.pattern == BreathingPattern(inhale=4, hold=4, exhale=4, rest=4)
    assert box.cautions, "patterns with holds must carry their cautions"
    relaxed = catalog.get("relaxed").content.pattern
    assert relaxed is not None and not relaxed.has_holds


def test_box_timeline_has_the_four_phases_in_order() -> None:
    catalog = load_catalog(exercise_dirs())
    timeline = timeline_for(catalog.get("box"), SessionPlan(SessionLength(cycles=1)))
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


def test_a_number_of_thousands_of_digits_skips_the_file_with_a_reason(tmp_path: Path) -> None:
    # Found by benchmarks/fuzz.py: tomllib raised ValueError, not its decode error.
    write(tmp_path, "long.toml", VALID.replace("exhale = 6", "exhale = " + "6" * 5000))
    catalog = load_catalog([tmp_path])
    assert catalog.ids == []
    (problem,) = catalog.problems
    assert str(problem) == "long.toml: holds a number with far too many digits"


def test_a_very_slow_breath_loads_with_a_gentle_note_not_a_refusal(tmp_path: Path) -> None:
    # Each phase may be up to 30 s, so a slow whole breath is advice, not an error.
    write(tmp_path, "slow.toml", VALID.replace("exhale = 6", "exhale = 6\nhold = 25"))
    catalog = load_catalog([tmp_path])
    assert catalog.problems == ()
    pattern = catalog.get("slow").content.pattern
    assert pattern is not None
    notes = dict(comfort_notes(pattern))
    assert "One breath takes 35 s, slower than 2 breaths a minute" in notes[""]
    assert "Holds over 7 s" in notes["hold"]


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
    assert "valid ids: 478, box, cyclic-sigh, equal," in str(caught.value)


def test_the_presets_the_issue_names_are_all_there_with_their_patterns() -> None:
    catalog = load_catalog(exercise_dirs())
    patterns = {e.id: e.content.pattern for e in catalog if e.kind == "breathing"}
    assert patterns["extended-exhale"] == BreathingPattern(inhale=4, exhale=6)
    assert patterns["478"] == BreathingPattern(inhale=4, hold=7, exhale=8)
    assert patterns["equal"] == BreathingPattern(inhale=4, exhale=4)
    sigh = patterns["cyclic-sigh"]
    assert sigh is not None and 0 < sigh.inhale_top_up < sigh.inhale < sigh.exhale
    assert catalog.get("cyclic-sigh").default_length == SessionLength(minutes=5)
    assert catalog.get("extended-exhale").content.pattern_for("long") == BreathingPattern(4, 8)
    resonance = catalog.get("resonance")
    assert resonance.content.pace is not None
    assert (
        resonance.content.pace.minimum,
        resonance.content.pace.default,
        resonance.content.pace.maximum,
    ) == (
        4.5,
        5.5,
        6.5,
    )
    four_seven_eight = catalog.get("478")
    assert four_seven_eight.default_length == SessionLength(cycles=4)
    assert four_seven_eight.content.max_cycles == 8 and "At most 8" in four_seven_eight.guidance
    for exercise in catalog:
        assert exercise.sources, f"{exercise.id} needs its rationale and source"
        pattern = getattr(exercise.content, "pattern", None)
        if pattern is not None and pattern.has_holds:
            assert any("pregnant" in c for c in exercise.cautions), exercise.id


def test_resonance_runs_at_exactly_five_and_a_half_breaths_a_minute() -> None:
    resonance = load_catalog(exercise_dirs()).get("resonance")
    timeline = timeline_for(resonance, SessionPlan(SessionLength(cycles=11)))
    assert timeline.total == pytest.approx(120.0)


def test_pace_scales_every_phase_and_keeps_the_ratios() -> None:
    box = load_catalog(exercise_dirs()).get("box")
    timeline = timeline_for(box, SessionPlan(SessionLength(cycles=1), {"pace": 2.5}))
    assert [s.duration for s in timeline.steps] == pytest.approx([6, 6, 6, 6])
    with pytest.raises(ValueError, match=r"from 2\.5 to 5 breaths a minute"):
        timeline_for(box, SessionPlan(SessionLength(cycles=1), {"pace": 7}))


def test_a_pace_range_is_offered_even_when_the_file_sets_none() -> None:
    from calmkit.core.exercises.breathing import pace_range

    equal = load_catalog(exercise_dirs()).get("equal")
    allowed = pace_range(equal)
    assert allowed.default == 7.5
    assert allowed.minimum < 7.5 < allowed.maximum


@pytest.mark.parametrize(
    ("extra", "field", "reason"),
    [
        (
            '\n[[variants]]\nid = "x"\nname = "X"\n[variants.pattern]\ninhale = 0.2\nexhale = 4\n',
            "variants[1].pattern.inhale",
            "at least 1 second",
        ),
        ("\n[pace]\nmin = 1\nmax = 9\n", "pace", "2 <= min"),
        ("\n[pace]\nmin = 5\n", "pace", "needs both min and max"),
        ("\n[pace]\nmin = 3\nmax = 6\nspeed = 2\n", "pace.speed", "not a known field"),
    ],
)
def test_bad_variants_and_paces_name_the_field(
    tmp_path: Path, extra: str, field: str, reason: str
) -> None:
    write(tmp_path, "bad.toml", VALID + extra)
    catalog = load_catalog([tmp_path])
    (problem,) = catalog.problems
    assert problem.field_name == field
    assert reason in problem.reason


def test_an_exercise_of_an_unknown_kind_is_skipped_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "odd.toml").write_text(
        'id = "odd"\nkind = "juggling"\nname = "Odd"\nsummary = "s"\ndescription = "d"\n'
        "[length]\ndefault_minutes = 3\n",
        encoding="utf-8",
    )
    catalog = load_catalog([tmp_path, *exercise_dirs()])
    (problem,) = catalog.problems
    assert (problem.source, problem.field_name) == ("odd.toml", "kind")
    assert "must be one of breathing" in problem.reason
    assert "box" in catalog.ids


def test_every_spoken_text_of_the_catalog_is_known_and_steps_carry_it() -> None:
    catalog = load_catalog(exercise_dirs())
    breathing = [e for e in catalog if e.kind == "breathing"]
    assert spoken_texts(breathing) == {
        "Breathe in",
        "A little more",
        "Hold",
        "Breathe out",
        "Pause",
        "First, breathe all the way out through your mouth.",
    }
    steps = timeline_for(catalog.get("box"), SessionPlan(SessionLength(cycles=1))).steps
    assert [s.spoken for s in steps] == ["Breathe in", "Hold", "Breathe out", "Pause"]
    assert [s.label for s in steps] == ["Breathe in", "Hold", "Breathe out", "Pause"]
    rows = timeline_for(catalog.get("box")).to_json()
    assert rows[0]["spoken"] == "Breathe in" and "group" not in rows[0]


def test_an_option_a_kind_does_not_have_is_refused_in_plain_words() -> None:
    box = load_catalog(exercise_dirs()).get("box")
    with pytest.raises(PlanError, match="no option 'rounds'"):
        timeline_for(box, SessionPlan(options={"rounds": 3}))
    with pytest.raises(PlanError, match="no variant 'long'"):
        timeline_for(box, SessionPlan(options={"variant": "long"}))


def test_each_pattern_says_its_own_breaths_where_the_general_words_would_be_wrong() -> None:
    catalog = load_catalog(exercise_dirs())
    sigh = timeline_for(catalog.get("cyclic-sigh"), SessionPlan(SessionLength(cycles=1)))
    texts = {s.kind: s.text for s in sigh.steps}
    assert "slow, full breath in" in texts["inhale"] and "normal-sized" not in texts["inhale"]
    assert "mouth" in texts["exhale"]
    four = timeline_for(catalog.get("478"), SessionPlan(SessionLength(cycles=1))).steps
    assert [s.label for s in four] == ["Breathe out fully", "Breathe in", "Hold", "Breathe out"]
    assert "whoosh" in four[0].text and "whoosh" in four[3].text
    relaxed = timeline_for(catalog.get("relaxed"), SessionPlan(SessionLength(cycles=1))).steps
    assert relaxed[0].text == "A gentle, normal-sized breath in", "the general words elsewhere"


def test_claims_stay_within_their_evidence() -> None:
    catalog = load_catalog(exercise_dirs())
    sigh = catalog.get("cyclic-sigh")
    assert "healthy adults" in sigh.description and any("healthy adults" in s for s in sigh.sources)
    resonance = catalog.get("resonance")
    assert "15-minute" in resonance.description
    (goessl,) = [s for s in resonance.sources if "Goessl" in s]
    assert "biofeedback" in goessl and "not paced breathing" in goessl
    assert any("Balban" in s and "box" in s for s in catalog.get("box").sources)
