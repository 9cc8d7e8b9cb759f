"""Custom breathing patterns, without a database: the rules, the ids, the catalog merge."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest

from calmkit.core.exercises import SessionLength, load_catalog, timeline_for
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import (
    CustomPattern,
    catalog_with_custom,
    copy_name,
    is_custom_id,
    make_id,
    name_problems,
    parse_saved,
    phase_problems,
    snap_to_steps,
    validate,
)
from calmkit.core.exercises.breathing.rules import comfort_notes
from calmkit.resources import exercise_dirs

CALM = BreathingPattern(inhale=4, hold=7, exhale=8)


def fields(problems: list[tuple[str, str]]) -> list[str]:
    return [field for field, _reason in problems]


def test_a_comfortable_pattern_with_a_name_is_fine() -> None:
    assert validate("Calm evening", CALM) == []
    assert comfort_notes(CALM) == []


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"exhale": 0.5}, "exhale", "Breathe out must be at least 1 s."),
        ({"inhale": 0}, "inhale", "Breathe in must be at least 1 s."),
        ({"hold": 30.5}, "hold", "The hold after breathing in must be between 0 and 30 s."),
        ({"rest": -1}, "rest", "between 0 and 30 s"),
        ({"inhale_top_up": 1.3}, "inhale_top_up", "half-second steps, like 4 or 4.5 s"),
        ({"exhale": 6.25}, "exhale", "half-second steps"),
        ({"inhale": math.nan}, "inhale", "between 0 and 30 s"),
        ({"exhale": math.inf}, "exhale", "between 0 and 30 s"),
    ],
)
def test_a_phase_outside_the_hard_limits_is_refused_with_its_reason(
    change: dict[str, float], field: str, reason: str
) -> None:
    pattern = BreathingPattern(**{"inhale": 4.0, "exhale": 6.0, **change})
    ((got_field, got_reason),) = phase_problems(pattern)
    assert got_field == field
    assert reason in got_reason


def test_the_limits_themselves_are_allowed_and_zero_leaves_a_phase_out() -> None:
    edge = BreathingPattern(inhale=1, inhale_top_up=0, hold=30, exhale=30, rest=0)
    assert validate("Edge", edge) == []
    assert validate("Halves", BreathingPattern(inhale=1.5, exhale=29.5, rest=0.5)) == []


def test_every_bad_phase_is_reported_in_breath_order() -> None:
    pattern = BreathingPattern(inhale=0.5, exhale=40, hold=2.2)
    assert fields(phase_problems(pattern)) == ["inhale", "hold", "exhale"]


@pytest.mark.parametrize(
    ("name", "taken", "reason"),
    [
        ("", (), "Give the pattern a name."),
        ("   ", (), "Give the pattern a name."),
        ("x" * 61, (), "60 characters or fewer (this one has 61)"),
        ("Two\nlines", (), "cannot contain line breaks"),
        ("calm", ("Box", " Calm "), "You already have a pattern called “Calm”."),
        ("STRASSE", ("Straße",), "already have a pattern"),
    ],
)
def test_names_are_trimmed_required_short_and_unique_ignoring_case(
    name: str, taken: tuple[str, ...], reason: str
) -> None:
    ((field, got),) = name_problems(name, taken)
    assert field == "name"
    assert reason in got


def test_a_name_of_exactly_60_characters_after_trimming_is_fine() -> None:
    assert name_problems("  " + "y" * 60 + "  ") == []


@pytest.mark.parametrize(
    ("pattern", "field", "words"),
    [
        (BreathingPattern(inhale=8, exhale=6), "inhale", "Longer than most people"),
        (BreathingPattern(inhale=1.5, exhale=6), "inhale", "Quicker than most people"),
        (BreathingPattern(inhale=4, exhale=12), "exhale", "(about 2–10 s)"),
        (BreathingPattern(inhale=4, exhale=6, hold=8), "hold", "Holds over 7 s"),
        (BreathingPattern(inhale=4, exhale=6, rest=7.5), "rest", "Holds over 7 s"),
        (BreathingPattern(inhale=4, exhale=6, inhale_top_up=2.5), "inhale_top_up", "short"),
        (BreathingPattern(inhale=7, hold=7, exhale=10, rest=7), "", "slower than 2 breaths"),
    ],
)
def test_values_outside_the_comfortable_range_get_a_gentle_note(
    pattern: BreathingPattern, field: str, words: str
) -> None:
    assert validate("Mine", pattern) == [], "a note never stops a pattern being saved"
    notes = dict(comfort_notes(pattern))
    assert words in notes[field]


def test_a_fast_pattern_gets_a_clear_note_about_over_breathing_never_fine() -> None:
    fast = BreathingPattern(inhale=1.5, exhale=2)  # about 17 breaths a minute
    notes = dict(comfort_notes(fast))
    assert "over-breathing" in notes[""] and "17.1 breaths a minute" in notes[""]
    assert "Fine if it suits you" not in " ".join(notes.values())
    assert "" not in dict(comfort_notes(BreathingPattern(inhale=2, exhale=3))), "12 a minute"


def test_long_holds_in_ones_own_pattern_show_their_caution_once_even_after_dont_show_again() -> (
    None
):
    from calmkit.core.exercises import session_cautions, timeline_for
    from calmkit.core.exercises.breathing.custom import CustomPattern, to_exercise

    long_holds = CustomPattern("custom-long", "Long", BreathingPattern(4, 6, hold=10))
    short_holds = CustomPattern("custom-short", "Short", BreathingPattern(4, 6, hold=4))
    mine = {e.id: e for e in map(to_exercise, [long_holds, short_holds])}
    box = load_catalog(exercise_dirs()).get("box")
    (bundled,) = session_cautions(box, timeline_for(box))
    assert bundled.id == "holds" and any("panic attacks" in p for p in bundled.points)
    (long,) = session_cautions(mine["custom-long"], timeline_for(mine["custom-long"]))
    assert long.id == "long-holds:custom-long" != bundled.id
    assert "up to 10 seconds" in long.heading
    (short,) = session_cautions(mine["custom-short"], timeline_for(mine["custom-short"]))
    assert short.id == "holds"


def test_bundled_presets_may_use_finer_steps_than_custom_patterns() -> None:
    catalog = load_catalog(exercise_dirs())
    resonance = catalog.get("resonance").content.pattern
    assert resonance is not None and resonance.inhale == pytest.approx(5.45)
    assert "half-second" in phase_problems(resonance)[0][1]
    assert snap_to_steps(resonance) == BreathingPattern(inhale=5.5, exhale=5.5)
    assert snap_to_steps(BreathingPattern(inhale=0.2, exhale=31)) == BreathingPattern(1, 30)


# --- ids and names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Calm", (), "custom-calm"),
        ("Calm", ("custom-calm",), "custom-calm-2"),
        ("Calm", ("custom-calm", "custom-calm-2"), "custom-calm-3"),
        ("  Évening   wind-down!! ", (), "custom-evening-wind-down"),
        ("平静", (), "custom-pattern"),
        ("🌊", ("custom-pattern",), "custom-pattern-2"),
        ("a" * 60, (), "custom-" + "a" * 33),
        ("a" * 60, ("custom-" + "a" * 33,), "custom-" + "a" * 31 + "-2"),
        ("4-7-8 my way", (), "custom-4-7-8-my-way"),
    ],
)
def test_ids_come_from_the_name_once_and_never_collide(
    name: str, taken: tuple[str, ...], expected: str
) -> None:
    made = make_id(name, taken)
    assert made == expected
    assert is_custom_id(made) and len(made) <= 40


def test_bundled_exercises_can_never_take_a_custom_id() -> None:
    catalog = load_catalog(exercise_dirs())
    assert not any(is_custom_id(i) for i in catalog.ids)


def test_copies_are_named_after_the_original_and_stay_unique() -> None:
    assert copy_name("Calm", ["Calm"]) == "Calm (copy)"
    assert copy_name("Calm", ["Calm", "calm (COPY)"]) == "Calm (copy 2)"
    long = copy_name("z" * 60, [])
    assert long == "z" * 53 + " (copy)" and len(long) == 60


# --- reading stored rows --------------------------------------------------------------------------

ROW: dict[str, object] = {
    "id": "custom-calm",
    "name": "Calm",
    "position": 3,
    "inhale": 4.0,
    "inhale_top_up": 0.0,
    "hold": 7.0,
    "exhale": 8.0,
    "rest": 0.0,
    "default_minutes": None,
    "default_cycles": 6,
    "created_at": "2026-03-01T07:30:00+02:00",
    "updated_at": "not a time",
}


def test_a_stored_row_becomes_a_pattern() -> None:
    saved = parse_saved(ROW)
    assert saved == CustomPattern(
        id="custom-calm",
        name="Calm",
        pattern=CALM,
        default_length=SessionLength(cycles=6),
        position=3,
        created_at=datetime(2026, 3, 1, 7, 30, tzinfo=timezone(timedelta(hours=2))),
        updated_at=None,  # unreadable times never hide a usable pattern
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"exhale": 45.0}, "Breathe out must be between 0 and 30 s."),
        ({"inhale": "four"}, "Breathe in is not a number ('four')."),
        ({"name": ""}, "Give the pattern a name."),
        ({"id": "box"}, "is not a custom-pattern id"),
        ({"default_cycles": None}, "default length is not usable"),
        ({"default_minutes": 500.0, "default_cycles": None}, "default length is not usable"),
        ({"position": 1.5}, "place in the list"),
    ],
)
def test_a_stored_row_that_breaks_a_rule_says_why(change: dict[str, object], reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_saved({**ROW, **change})
    assert reason in str(caught.value)


# --- the catalog ----------------------------------------------------------------------------------


def test_custom_patterns_follow_the_presets_in_their_order_as_breathing_exercises() -> None:
    presets = load_catalog(exercise_dirs())
    first = CustomPattern("custom-b", "Bee", BreathingPattern(inhale=4, exhale=6), position=1)
    second = CustomPattern("custom-a", "Ay", CALM, SessionLength(cycles=4), position=0)
    merged = catalog_with_custom(presets, [first, second], [("custom-gone", "Gone")])
    assert merged.ids == [*presets.ids, "custom-a", "custom-b"]
    mine = merged.get("custom-a")
    assert (mine.kind, mine.name, mine.default_length) == (
        "breathing",
        "Ay",
        SessionLength(cycles=4),
    )
    assert mine.summary == "4 s in · 7 s hold · 8 s out."
    assert mine.cautions and "Skip the holds" in mine.cautions[0]
    assert not any("Skip the holds" in c for c in merged.get("custom-b").cautions)
    steps = timeline_for(mine).steps
    assert [s.kind for s in steps[:3]] == ["inhale", "hold", "exhale"] and len(steps) == 12

    again = catalog_with_custom(merged, [first])
    assert again.ids == [*presets.ids, "custom-b"], "re-merging replaces the old custom entries"
    assert merged.name_of("custom-gone") == "Gone"
    assert merged.name_of("custom-a") == "Ay"
    assert merged.name_of("not-an-exercise") == "Not an exercise"
    assert merged.name_of("custom-evening-wind-down") == "Evening wind down", "no raw slug"


def test_a_custom_description_carries_its_notes() -> None:
    slow = CustomPattern("custom-slow", "Slow", BreathingPattern(inhale=10, hold=15, exhale=10))
    (exercise,) = catalog_with_custom(load_catalog([]), [slow])
    assert "Worth knowing:" in exercise.description
    assert "One breath takes 35 s" in exercise.description
