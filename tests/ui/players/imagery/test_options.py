"""Guided imagery's choice in the library: the short or the long version, as timeline_for
makes it; grounding and a script of one length have nothing to choose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, SessionPlan, load_catalog, timeline_for
from calmkit.core.exercises.catalog import load_exercise
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.context import AppContext
from calmkit.ui.library.view import LibraryView
from calmkit.ui.players.imagery.options import ImageryOptions
from calmkit.ui.widgets.formatting import describe_length

ONE_LENGTH = """
id = "my-garden"
kind = "imagery"
name = "My garden"
summary = "A walk in my own garden."
description = "The garden behind my house, slowly."

[[segments]]
kind = "intro"
text = "Settle in and let your breath slow down."
pause = 5

[[segments]]
kind = "narration"
text = "Walk into the garden and look around."
pause = 20
"""


def minutes(catalog: Catalog, version: str) -> int:
    plan = SessionPlan(options={"length": version})
    return max(1, round(timeline_for(catalog.get("imagery-beach"), plan).total / 60))


def library_on(qtbot: QtBot, store: Store, catalog: Catalog, exercise_id: str) -> LibraryView:
    context = AppContext(store, catalog, FakeClock(), resource_path("sounds"))
    library = LibraryView(context)
    context.setParent(library)
    qtbot.addWidget(library)
    library.show()
    library.select(exercise_id)
    return library


def test_short_and_long_with_their_minutes_round_trip_through_timeline_for(
    qtbot: QtBot, store: Store, catalog: Catalog
) -> None:
    library = library_on(qtbot, store, catalog, "imagery-beach")
    panel = library.options_panel
    assert isinstance(panel, ImageryOptions) and panel.isVisible()
    assert not library.length_row.isVisible(), "the script sets the length"
    short, long = panel.buttons["short"], panel.buttons["long"]
    assert short.isChecked()
    assert short.text() == f"Short (about {minutes(catalog, 'short')} min)"
    assert long.text() == f"Long (about {minutes(catalog, 'long')} min)"
    assert library.plan().options == {"length": "short"}
    qtbot.mouseClick(long, Qt.MouseButton.LeftButton)
    plan = library.plan()
    assert plan.options == {"length": "long"}
    long_timeline = timeline_for(catalog.get("imagery-beach"), plan)
    assert round(long_timeline.total / 60) == minutes(catalog, "long")
    assert f"About {describe_length(long_timeline.total)}" in library.length_note.text()
    requested: list[object] = []
    library.start_requested.connect(lambda *args: requested.append(args))
    library.start()
    assert requested == [("imagery-beach", plan)]


def test_grounding_has_one_length_and_no_choice(
    qtbot: QtBot, store: Store, catalog: Catalog
) -> None:
    library = library_on(qtbot, store, catalog, "grounding-54321")
    assert library.options_panel is None
    assert library.plan().options == {}
    assert library.start_button.isEnabled()
    assert all(not panel.widget().isVisible() for panel in library._options.values() if panel), (
        "the imagery choice is not left on screen"
    )


def test_a_script_of_one_length_hides_the_choice(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "garden.toml").write_text(ONE_LENGTH, encoding="utf-8")
    catalog = load_catalog(exercise_dirs(), own_folders=[folder])
    library = library_on(qtbot, store, catalog, "my-garden")
    panel = library.options_panel
    assert isinstance(panel, ImageryOptions) and not panel.isVisible()
    assert library.plan().options == {}
    assert library.start_button.isEnabled()
    assert load_exercise(folder / "garden.toml", own=True).made_by_person
