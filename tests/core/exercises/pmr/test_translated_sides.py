"""PMR in another language: the side words take the form each place needs, group names keep
their capitals in the rest cue, and the body map still finds a group by its translated name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from calmkit.core import i18n
from calmkit.core.exercises import Catalog, SessionPlan, load_catalog, timeline_for
from calmkit.core.exercises.pmr import GROUPS, Sides
from calmkit.core.exercises.pmr.map import Look, map_states
from calmkit.resources import exercise_dirs

GERMAN = {
    ("Sides", "right", "in a sentence: your right hand"): "rechten",
    ("Sides", "left", "in a sentence: your left hand"): "linken",
    ("Sides", "Right", "start of a body part name"): "rechts",
    ("Sides", "Left", "start of a body part name"): "links",
    ("MuscleGroup", "{Dominant} hand and forearm", None): "Hand und Unterarm {Dominant}",
    ("MuscleGroup", "{Other} hand and forearm", None): "Hand und Unterarm {Other}",
    ("PmrKind", "Resting: {group}", None): "Ruhe: {group}",
}


@pytest.fixture
def german() -> Iterator[None]:
    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return GERMAN.get((context, text, disambiguation), text)

    i18n.install(translator)
    try:
        yield
    finally:
        i18n.install(None)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(exercise_dirs())


@pytest.mark.usefixtures("german")
def test_a_sentence_and_a_name_get_each_their_own_form_of_the_side() -> None:
    sentence = "Mach mit deiner {dominant} Hand eine Faust, nicht mit der {other}."
    assert (
        Sides().fill(sentence) == "Mach mit deiner rechten Hand eine Faust, nicht mit der linken."
    )
    assert Sides(left_handed=True).fill(sentence) == (
        "Mach mit deiner linken Hand eine Faust, nicht mit der rechten."
    )
    assert Sides().name(GROUPS["dominant-hand"]) == "Hand und Unterarm rechts"
    assert Sides(left_handed=True).name(GROUPS["dominant-hand"]) == "Hand und Unterarm links"
    # The regions are the body's own, whatever the language.
    assert Sides().regions(GROUPS["dominant-hand"]) == ("right-hand", "right-forearm")


@pytest.mark.usefixtures("german")
def test_a_group_left_out_keeps_its_capitals_and_the_body_map_still_finds_it(
    catalog: Catalog,
) -> None:
    timeline = timeline_for(catalog.get("pmr-16"), SessionPlan(options={"skip": ("right-hand",)}))
    resting = next(s for s in timeline.steps if s.group == "Hand und Unterarm rechts")
    assert resting.label == "Ruhe: Hand und Unterarm rechts"
    assert "Hand und Unterarm rechts" in resting.spoken  # not lower-cased as in English
    states = map_states(timeline)
    rest_state = states[timeline.steps.index(resting)]
    assert rest_state.regions == {"right-hand", "right-forearm"}
    assert rest_state.look is Look.REST
    tensed = next(
        s for s in timeline.steps if s.kind == "tense" and s.group == "Hand und Unterarm links"
    )
    assert states[timeline.steps.index(tensed)].regions == {"left-hand", "left-forearm"}


def test_in_english_the_rest_cue_names_the_group_in_lower_case(catalog: Catalog) -> None:
    timeline = timeline_for(catalog.get("pmr-16"), SessionPlan(options={"skip": ("right-hand",)}))
    resting = next(s for s in timeline.steps if s.group == "Right hand and forearm")
    assert "right hand and forearm" in resting.spoken
