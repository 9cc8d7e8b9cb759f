"""A programme of stages in the library: one card with the suggested next stage, a stage
chooser with the suggestion preselected, any stage can start, and it follows the sessions."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, load_catalog
from calmkit.core.records import ExercisePractice, SessionRecord
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.store import Store
from calmkit.resources import resource_path
from calmkit.ui.context import AppContext
from calmkit.ui.library.view import LibraryView
from tests.core.factories import at, make_record, write_programme

TODAY = date(2026, 3, 20)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_programme(tmp_path / "exercises")


@pytest.fixture
def catalog(folder: Path) -> Catalog:
    return load_catalog([folder])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(
        wall=datetime.combine(TODAY, datetime.min.time()).replace(hour=18).astimezone()
    )


@pytest.fixture
def context(store: Store, catalog: Catalog, clock: FakeClock) -> AppContext:
    return AppContext(store, catalog, clock, resource_path("sounds"))


def library_for(qtbot: QtBot, context: AppContext) -> LibraryView:
    library = LibraryView(context)
    qtbot.addWidget(library)
    library.resize(900, 640)
    library.show()
    qtbot.waitExposed(library)
    qtbot.waitUntil(lambda: "suggested next" in card_texts(library)[1])  # after the first paint
    return library


def sessions(
    exercise_id: str, count: int, first: date = TODAY - timedelta(days=9)
) -> list[SessionRecord]:
    return [
        make_record(
            i,
            exercise_id=exercise_id,
            exercise_kind="pmr",
            started_at=at(first + timedelta(days=i), 8),
        )
        for i in range(count)
    ]


def card_texts(library: LibraryView) -> list[str]:
    return [library.list.item(row).text() for row in range(library.list.count())]


def select_programme(library: LibraryView) -> None:
    library.list.setCurrentRow(1)  # box breathing first, then the programme


def test_a_programme_is_one_card_with_its_suggested_next_stage(
    qtbot: QtBot, context: AppContext
) -> None:
    library = library_for(qtbot, context)
    texts = card_texts(library)
    assert len(texts) == 2, "three stages, one card"
    assert texts[1].startswith(
        "Progressive muscle relaxation. 3 stages · suggested next: Sixteen muscle groups."
    )
    assert not library.stage_chooser.isVisible(), "box breathing is selected: no stages"


def test_the_sessions_are_read_after_the_first_paint(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[list[str]] = []
    read = store.practice_by_exercise

    def counted(ids: list[str]) -> list[ExercisePractice]:
        reads.append(sorted(ids))
        return read(ids)

    monkeypatch.setattr(store, "practice_by_exercise", counted)
    library = LibraryView(context)
    qtbot.addWidget(library)
    assert card_texts(library)[1] == "Progressive muscle relaxation. 3 stages. About 14 min."
    assert reads == [], "nothing read before the library is on screen"
    library.show()
    qtbot.waitUntil(lambda: "suggested next: Sixteen muscle groups" in card_texts(library)[1])
    assert reads == [["stage-1", "stage-2", "stage-3"]]
    select_programme(library)
    assert reads == [["stage-1", "stage-2", "stage-3"]], "read once, until sessions change"


def test_selecting_it_shows_the_stages_with_the_suggestion_chosen(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    store.add_sessions(sessions("stage-1", 10))
    library = library_for(qtbot, context)
    assert "suggested next: Seven muscle groups" in card_texts(library)[1]
    select_programme(library)
    chooser = library.stage_chooser
    assert chooser.isVisible()
    assert chooser.heading.text() == "Progressive muscle relaxation"
    assert chooser.reason.text().startswith(
        "You have practised Sixteen muscle groups 10 times: you may be ready for Seven"
    )
    assert [b.text() for b in chooser.buttons] == [
        "1. Sixteen muscle groups",
        "2. Seven muscle groups",
        "3. Four muscle groups",
    ]
    assert [b.isChecked() for b in chooser.buttons] == [False, True, False]
    assert chooser.buttons[0].accessibleDescription() == "10 sessions"
    assert chooser.buttons[1].accessibleDescription() == "not practised yet, suggested next"
    assert chooser.buttons[1].accessibleName() == "Stage 2: Seven muscle groups"
    selected = library.selected()
    assert selected is not None and selected.id == "stage-2"
    assert library.name.text() == "Seven muscle groups"


def test_any_stage_can_be_chosen_and_started(qtbot: QtBot, context: AppContext) -> None:
    library = library_for(qtbot, context)
    select_programme(library)
    qtbot.mouseClick(library.stage_chooser.buttons[2], Qt.MouseButton.LeftButton)
    assert library.name.text() == "Four muscle groups"
    with qtbot.waitSignal(library.start_requested) as started:
        qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert started.args is not None and started.args[0] == "stage-3"


def test_the_stages_are_chosen_with_the_arrow_keys(qtbot: QtBot, context: AppContext) -> None:
    library = library_for(qtbot, context)
    select_programme(library)
    library.activateWindow()
    qtbot.waitActive(library)
    first = library.stage_chooser.buttons[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert library.stage_chooser.buttons[1].isChecked()
    selected = library.selected()
    assert selected is not None and selected.id == "stage-2"
    with qtbot.waitSignal(library.start_requested) as started:
        qtbot.keyClick(library.stage_chooser.buttons[1], Qt.Key.Key_Return)
    assert started.args is not None and started.args[0] == "stage-2"


def test_the_suggestion_moves_after_ten_recorded_sessions(
    qtbot: QtBot, context: AppContext
) -> None:
    library = library_for(qtbot, context)
    select_programme(library)
    for record in sessions("stage-1", 9):
        context.add_session(record)
    assert "suggested next: Sixteen muscle groups" in card_texts(library)[1]
    assert library.stage_chooser.reason.text().startswith(
        "Stay with Sixteen muscle groups for now (9 sessions so far)"
    )
    context.add_session(sessions("stage-1", 10)[-1])
    assert "suggested next: Seven muscle groups" in card_texts(library)[1]
    assert library.stage_chooser.buttons[1].isChecked(), "the new suggestion is preselected"
    assert library.name.text() == "Seven muscle groups"
    assert library.stage_chooser.buttons[0].accessibleDescription() == "10 sessions"


def test_a_chosen_stage_stays_chosen_while_the_suggestion_stays(
    qtbot: QtBot, context: AppContext
) -> None:
    library = library_for(qtbot, context)
    select_programme(library)
    qtbot.mouseClick(library.stage_chooser.buttons[2], Qt.MouseButton.LeftButton)
    context.add_session(sessions("stage-1", 1, first=TODAY)[0])  # the suggestion stays 1
    assert library.stage_chooser.buttons[2].isChecked()
    selected = library.selected()
    assert selected is not None and selected.id == "stage-3"
    library.list.setCurrentRow(0)
    select_programme(library)
    assert library.stage_chooser.buttons[2].isChecked(), "kept when coming back to it"


def test_a_short_stopped_session_does_not_move_it(qtbot: QtBot, context: AppContext) -> None:
    library = library_for(qtbot, context)
    for record in sessions("stage-1", 9):
        context.add_session(record)
    context.add_session(
        make_record(
            50, exercise_id="stage-1", started_at=at(TODAY, 9), completed=False, actual_seconds=30.0
        )
    )
    assert "suggested next: Sixteen muscle groups" in card_texts(library)[1]


def test_selecting_a_stage_by_id_shows_its_programme(qtbot: QtBot, context: AppContext) -> None:
    library = library_for(qtbot, context)
    library.select("stage-3")
    assert library.list.currentRow() == 1
    assert library.stage_chooser.isVisible() and library.stage_chooser.buttons[2].isChecked()
    assert library.name.text() == "Four muscle groups"
    assert library.name.property("role") == "heading", "under the programme's title"
    library.select("box")
    assert not library.stage_chooser.isVisible()
    assert library.name.property("role") == "title"


def test_a_new_stage_in_the_catalog_joins_the_card(
    qtbot: QtBot, context: AppContext, folder: Path
) -> None:
    library = library_for(qtbot, context)
    select_programme(library)
    bigger = write_programme(
        folder, ("Sixteen muscle groups", "Seven muscle groups", "Four muscle groups", "Recall")
    )
    context.set_catalog(load_catalog([bigger]))
    assert "4 stages" in card_texts(library)[1]
    assert len(library.stage_chooser.buttons) == 4
    assert library.list.currentRow() == 1


def test_the_day_start_hour_is_followed(
    qtbot: QtBot, context: AppContext, store: Store, clock: FakeClock
) -> None:
    # One session 13 days ago at 02:00: under the 04:00 day start it belongs to the day
    # before, two weeks ago, so the next stage is suggested; under a 00:00 day start it does not.
    store.add_session(
        make_record(1, exercise_id="stage-1", started_at=at(TODAY - timedelta(days=13), 2))
    )
    library = library_for(qtbot, context)
    assert "suggested next: Seven muscle groups" in card_texts(library)[1]  # 14 days (04:00)
    save_practice_settings(store, PracticeSettings(day_start_hour=0))
    context.notify_settings_changed()
    assert "suggested next: Sixteen muscle groups" in card_texts(library)[1]  # 13 days
