"""The library's muscle relaxation choices: what they offer, what they give the session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core import i18n
from calmkit.core.exercises import Catalog, Exercise, SessionPlan, timeline_for
from calmkit.core.exercises.pmr import AREA_NAMES, AREAS
from calmkit.ui.players import make_library_options
from calmkit.ui.players.pmr.options import AREA_LABELS, PmrOptions


def panel_for(qtbot: QtBot, exercise: Exercise) -> PmrOptions:
    panel = make_library_options("pmr")
    assert isinstance(panel, PmrOptions)
    qtbot.addWidget(panel)
    panel.show_exercise(exercise)
    panel.show()
    return panel


def test_untouched_it_asks_for_nothing_and_offers_the_protocols_seconds(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = panel_for(qtbot, catalog.get("pmr-16"))
    assert panel.options() == {}
    assert (panel.tense.value(), panel.release.value()) == (7, 30)
    assert (panel.tense.minimum(), panel.tense.maximum()) == (5, 7)
    assert (panel.release.minimum(), panel.release.maximum()) == (30, 40)
    assert panel.leave_out.text() == "Leave out…"
    assert panel.max_cycles(catalog.get("pmr-16")) is None
    for widget in (panel.twice, panel.left_handed, panel.leave_out, panel.tense, panel.release):
        assert widget.isVisible()


def test_choices_become_a_plan_the_session_accepts(qtbot: QtBot, catalog: Catalog) -> None:
    exercise = catalog.get("pmr-16")
    panel = panel_for(qtbot, exercise)
    with qtbot.waitSignal(panel.changed):
        panel.twice.setChecked(True)
    panel.left_handed.setChecked(True)
    with qtbot.waitSignal(panel.changed):
        panel.area_actions["right-hand"].trigger()
    panel.tense.setValue(5)
    panel.release.setValue(35)
    assert panel.leave_out.text() == "Leaving out: right hand and forearm"
    options = panel.options()
    assert options == {
        "twice": True,
        "left_handed": True,
        "skip": ("right-hand",),
        "tense": 5.0,
        "release": 35.0,
    }
    plan = SessionPlan(options=options)
    timeline = timeline_for(exercise, plan)
    tensed = [s for s in timeline.steps if s.kind == "tense"]
    assert len(tensed) == 30 and {s.duration for s in tensed} == {5.0}
    assert tensed[0].group == "Left hand and forearm"
    assert any(s.label == "Resting: Right hand and forearm" for s in timeline.steps)
    notes = panel.notes(plan, timeline)
    assert notes[0] == "Leaves out: right hand and forearm (a short rest instead)."
    assert "Starts with the left side." in notes
    assert "Each group: tense 5 s and let go 35 s." in notes
    once = timeline_for(exercise, SessionPlan(options=dict(options, twice=False)))
    assert notes[-1] == (
        f"Each group twice (once through would take about {round(once.total / 60)} min)."
    )
    assert once.total < timeline.total


def test_a_whole_limb_covers_its_parts(qtbot: QtBot, catalog: Catalog) -> None:
    panel = panel_for(qtbot, catalog.get("pmr-16"))
    panel.area_actions["left-hand"].trigger()
    panel.area_actions["left-arm"].trigger()
    hand = panel.area_actions["left-hand"]
    upper = panel.area_actions["left-upper-arm"]
    assert hand.isChecked() and upper.isChecked()
    assert not hand.isEnabled() and not upper.isEnabled()
    assert panel.options() == {"skip": ("left-arm",)}
    assert panel.leave_out.text() == "Leaving out: whole left arm"
    panel.area_actions["left-arm"].trigger()
    assert hand.isChecked() and not upper.isChecked()  # back to what the person ticked
    assert panel.options() == {"skip": ("left-hand",)}
    for area in ("neck", "jaw", "right-foot"):
        panel.area_actions[area].trigger()
    assert panel.leave_out.text() == "Leaving out 4 areas"
    assert panel.leave_out.toolTip() == (
        "Leaving out: left hand and forearm, jaw, neck, right foot"
    )


# A popup menu offscreen: the plugin cannot raise it or grab the keyboard, and says so.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_the_menu_offers_every_area_and_stays_open_while_ticking(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = panel_for(qtbot, catalog.get("pmr-16"))
    menu = panel.area_menu
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert set(panel.area_actions) == set(AREAS) and len(names) == len(AREAS)
    assert names[:3] == ["Whole right arm", "Right hand and forearm", "Right upper arm"]
    menu.popup(panel.leave_out.mapToGlobal(panel.leave_out.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    neck = panel.area_actions["neck"]
    menu.setActiveAction(neck)
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    assert neck.isChecked() and menu.isVisible()
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    assert not neck.isChecked() and menu.isVisible()
    menu.close()


def test_a_recall_protocol_offers_only_what_applies(
    qtbot: QtBot, catalog: Catalog, recall_exercise: Exercise
) -> None:
    panel = panel_for(qtbot, catalog.get("pmr-16"))
    panel.twice.setChecked(True)
    panel.area_actions["neck"].trigger()
    panel.show_exercise(recall_exercise)
    assert not panel.twice.isVisible() and not panel.leave_out.isVisible()
    assert not panel.tense.isVisible()
    assert panel.left_handed.isVisible() and panel.release.isVisible()
    assert panel.options() == {}, "choices that do not apply are not sent"
    panel.release.setValue(40)
    options = panel.options()
    assert options == {"release": 40.0}
    timeline = timeline_for(recall_exercise, SessionPlan(options=options))
    assert [s.duration for s in timeline.steps if s.kind == "recall"] == [40.0, 40.0]
    panel.show_exercise(catalog.get("pmr-16"))
    assert panel.options() == {"twice": True, "skip": ("neck",)}, "kept for the person"


def test_each_bundled_stage_offers_what_it_can_take(qtbot: QtBot, catalog: Catalog) -> None:
    panel = panel_for(qtbot, catalog.get("pmr-16"))
    offered = {}
    for exercise_id in ("pmr-7", "pmr-4", "pmr-recall", "pmr-counting", "pmr-cue"):
        exercise = catalog.get(exercise_id)
        panel.show_exercise(exercise)
        offered[exercise_id] = {
            name
            for name, widget in (
                ("twice", panel.twice),
                ("left_handed", panel.left_handed),
                ("skip", panel.leave_out),
                ("tense", panel.tense),
                ("release", panel.release),
            )
            if widget.isVisible()
        }
        panel.left_handed.setChecked(True)
        timeline_for(exercise, SessionPlan(options=panel.options()))  # accepted as it is
    assert (
        offered["pmr-7"]
        == offered["pmr-4"]
        == {
            "twice",
            "left_handed",
            "skip",
            "tense",
            "release",
        }
    )
    assert offered["pmr-recall"] == offered["pmr-counting"] == {"left_handed", "release"}
    assert offered["pmr-cue"] == {"left_handed"}


def test_every_area_name_is_in_the_translation_catalog() -> None:
    assert set(AREA_NAMES.values()) == set(AREA_LABELS)


def test_in_a_translation_area_names_keep_their_own_capitals(
    qtbot: QtBot, catalog: Catalog
) -> None:
    german = {
        "Right hand and forearm": "Rechte Hand und Unterarm",
        "Leaving out: {areas}": "Ausgelassen: {areas}",
    }
    i18n.install(lambda _context, text, _disambiguation, _n: german.get(text, text))
    try:
        panel = panel_for(qtbot, catalog.get("pmr-16"))
        assert panel.area_actions["right-hand"].text() == "Rechte Hand und Unterarm"
        panel.area_actions["right-hand"].trigger()
        assert panel.leave_out.text() == "Ausgelassen: Rechte Hand und Unterarm"
    finally:
        i18n.install(None)
