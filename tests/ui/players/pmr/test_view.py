"""The PMR view: what a person reads and sees at each step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calmkit.core.exercises import Catalog, Exercise, timeline_for
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.players import make_content_view
from calmkit.ui.players.pmr.view import PmrView
from calmkit.ui.widgets import theme
from tests.ui.players.pmr.conftest import dominant_colour, first_step, pmr16


def shown_view(qtbot: QtBot, timeline: Timeline) -> PmrView:
    view = make_content_view("pmr", timeline)
    assert isinstance(view, PmrView)
    qtbot.addWidget(view)
    view.resize(900, 520)
    view.show()
    qtbot.waitExposed(view)
    return view


def at_step(view: PmrView, timeline: Timeline, index: int) -> None:
    view.show_state(timeline.state_at(timeline.start_of(index) + 0.5))


def close_to(seen: QColor, wanted: QColor, tolerance: int = 12) -> bool:
    return (
        max(
            abs(seen.red() - wanted.red()),
            abs(seen.green() - wanted.green()),
            abs(seen.blue() - wanted.blue()),
        )
        <= tolerance
    )


def test_it_is_a_still_view_whose_steps_can_be_skipped_through(
    qtbot: QtBot, catalog: Catalog
) -> None:
    view = shown_view(qtbot, pmr16(catalog))
    assert (view.animated, view.steps_navigable, view.has_still_form) == (False, True, True)
    assert view.narrated, "PMR is followed by ear: the voice starts on"


def test_tensing_and_letting_go_differ_in_word_and_colour(
    qtbot: QtBot, catalog: Catalog, app_theme: Callable[[str], None]
) -> None:
    app_theme("light")
    timeline = pmr16(catalog)
    view = shown_view(qtbot, timeline)
    tense = first_step(timeline, "tense")
    at_step(view, timeline, tense)
    assert view.state_label.text() == "Tensing"
    assert view.state_label.property("look") == "tense"
    assert view.group_label.text() == "Right hand and forearm"
    assert view.instruction_label.text() == "Make a fist with your right hand, and squeeze."
    assert close_to(dominant_colour(view.state_label), theme.colours().tense)

    at_step(view, timeline, tense + 1)
    assert view.state_label.text() == "Letting go"
    assert view.state_label.property("look") == "release"
    assert view.group_label.text() == "Right hand and forearm"
    assert view.instruction_label.text().startswith("And let go.")
    assert close_to(dominant_colour(view.state_label), theme.colours().accent)


def test_before_tensing_it_says_get_ready_then_once_more_when_twice(
    qtbot: QtBot, catalog: Catalog
) -> None:
    timeline = pmr16(catalog, twice=True)
    view = shown_view(qtbot, timeline)
    first = first_step(timeline, "pause")
    at_step(view, timeline, first)
    assert (view.state_label.text(), view.state_label.property("look")) == ("Get ready", "ready")
    again = next(i for i, s in enumerate(timeline.steps) if s.label.startswith("Again:"))
    at_step(view, timeline, again)
    assert view.state_label.text() == "Once more"
    assert view.progress_label.text() == "Group 1 of 16"


def test_progress_counts_the_groups_not_the_steps(qtbot: QtBot, catalog: Catalog) -> None:
    timeline = pmr16(catalog)
    view = shown_view(qtbot, timeline)
    at_step(view, timeline, 0)
    assert view.progress_label.text() == "16 groups, one at a time"
    assert view.state_label.text() == "Settling in"
    assert view.group_label.text() == ""
    jaw = first_step(timeline, "release", "Lower cheeks and jaw")
    at_step(view, timeline, jaw)
    assert view.progress_label.text() == "Group 7 of 16"
    at_step(view, timeline, first_step(timeline, "tense", "Left foot"))
    assert view.progress_label.text() == "Group 16 of 16"
    at_step(view, timeline, len(timeline) - 1)
    assert view.progress_label.text() == "All 16 groups done"


def test_a_left_out_area_is_shown_resting_and_still_counted(qtbot: QtBot, catalog: Catalog) -> None:
    timeline = pmr16(catalog, skip=("neck",))
    view = shown_view(qtbot, timeline)
    resting = first_step(timeline, "pause", "Neck and throat")
    at_step(view, timeline, resting)
    assert view.state_label.text() == "Resting"
    assert view.state_label.property("look") == "rest"
    assert view.progress_label.text() == "Group 8 of 16"
    assert view.instruction_label.text() == timeline.steps[resting].text
    assert "neck and throat" in view.instruction_label.text()
    assert view.body_map.highlighted_regions() == {"neck"}


def test_before_the_first_step_nothing_is_marked_and_no_state_is_claimed(
    qtbot: QtBot, catalog: Catalog
) -> None:
    timeline = pmr16(catalog)
    view = shown_view(qtbot, timeline)
    at_step(view, timeline, first_step(timeline, "tense"))
    view.show_state(None)  # the shell's countdown
    assert not view.state_label.isVisible()
    assert view.instruction_label.text() == ""
    assert view.body_map.highlighted_regions() == frozenset()


def test_recall_protocols_count_areas(qtbot: QtBot, recall_exercise: Exercise) -> None:
    timeline = timeline_for(recall_exercise)
    view = shown_view(qtbot, timeline)
    at_step(view, timeline, 1)
    assert view.progress_label.text() == "Area 1 of 2"
    assert view.state_label.text() == "Recalling"
    assert view.state_label.property("look") == "release"
    assert view.body_map.highlighted_regions() == {
        f"{side}-{part}" for side in ("right", "left") for part in ("upper-arm", "forearm", "hand")
    }


def test_cue_breaths_are_counted(qtbot: QtBot) -> None:
    timeline = Timeline(
        [
            Step("intro", "Settle in", 5, "Settle.", 0),
            *(
                step
                for _ in range(3)
                for step in (
                    Step("breathe-in", "Breathe in", 4, "In", 1),
                    Step("calm-word", "Breathe out", 6, "Relax", 1),
                )
            ),
        ]
    )
    view = shown_view(qtbot, timeline)
    at_step(view, timeline, 3)
    assert view.progress_label.text() == "Breath 2 of 3"
    assert view.state_label.text() == "Breathing in"
    at_step(view, timeline, 4)
    assert view.state_label.text() == "Breathing out"
    assert view.group_label.text() == "Whole body"


def test_only_tensing_and_letting_go_have_tones(catalog: Catalog) -> None:
    timeline = pmr16(catalog, skip=("neck",))
    view = PmrView(timeline)
    try:
        tones = {step.kind: view.tone_for(step) for step in timeline.steps}
    finally:
        view.deleteLater()
    assert tones == {
        "intro": None,
        "pause": None,
        "tense": "tense",
        "release": "release",
        "outro": None,
    }


def test_within_a_step_nothing_is_redone_four_times_a_second(
    qtbot: QtBot, catalog: Catalog
) -> None:
    timeline = pmr16(catalog)
    view = shown_view(qtbot, timeline)
    view.set_still(True)
    release = first_step(timeline, "release")
    at_step(view, timeline, release)
    qtbot.waitUntil(lambda: view.body_map.repaints > 0)
    painted = view.body_map.repaints
    start = timeline.start_of(release)
    for quarter in range(1, 40):
        view.show_state(timeline.state_at(start + quarter / 4))
        QApplication.processEvents()
    assert view.body_map.repaints == painted


def test_every_bundled_protocol_marks_each_group_and_counts_it(
    qtbot: QtBot, catalog: Catalog
) -> None:
    protocols = [e for e in catalog if e.kind == "pmr"]
    assert {e.id for e in protocols} >= {"pmr-16", "pmr-7", "pmr-4", "pmr-recall", "pmr-cue"}
    for exercise in protocols:
        timeline = timeline_for(exercise)
        view = PmrView(timeline)
        qtbot.addWidget(view)
        for index, step in enumerate(timeline.steps):
            at_step(view, timeline, index)
            where = f"{exercise.id} step {index}"
            assert view.state_label.text(), where
            assert view.instruction_label.text() == step.text, where
            if step.group:
                assert view.body_map.highlighted_regions(), f"{where}: {step.group} unmarked"
                assert " of " in view.progress_label.text(), where
            if step.kind in ("count", "calm-word"):
                assert view.group_label.text() == "Whole body", where
