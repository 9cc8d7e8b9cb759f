from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.crisis import english_date, load_crisis_resources
from calmkit.core.exercises import Catalog, SessionLength, SessionPlan
from calmkit.core.session import SessionStatus
from calmkit.core.store import Store
from calmkit.resources import resource_path
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import crisis_dialog
from tests.ui.conftest import RecordingCues
from tests.ui.helpers import running


def test_the_library_shows_each_exercise_with_its_summary_and_length(window: MainWindow) -> None:
    texts = [window.library.list.item(i).text() for i in range(window.library.list.count())]
    assert texts[0].startswith("Relaxed breathing. Slow, easy breaths")
    assert any(t.startswith("Box breathing. ") and t.endswith("About 4 min.") for t in texts)
    assert "About 5 min." in texts[0], "4 min 57 s of whole breaths reads as about 5"


def test_it_opens_on_the_first_exercise_with_each_listed_once(window: MainWindow) -> None:
    library = window.library
    assert library.list.currentRow() == 0
    assert library.name.text() == "Relaxed breathing"
    ids = [library.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(library.list.count())]
    listed = [i for i in ids if i is not None]
    assert len(listed) == len(set(listed))


def test_choosing_box_shows_its_pattern_cautions_and_default_length(window: MainWindow) -> None:
    window.library.select("box")
    text = window.library.details.toPlainText()
    assert "Pattern: 4 s in · 4 s hold · 4 s out · 4 s hold" in text
    assert "Skip the holds if you are pregnant" in text
    assert window.library.minutes.value() == 4
    assert window.library.length_note.text() == "Ends after a whole breath: 4 min in all."


def test_enter_starts_space_pauses_esc_stops_and_the_session_is_saved(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store, cues: RecordingCues
) -> None:
    window.library.select("box")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    player = window.session
    assert player is not None and window.pages.currentWidget() is player
    assert cues.warmed == 1 and cues.kinds == ["inhale"]

    clock.advance(5)
    player.refresh()
    assert player.step_label.text() == "Hold"
    assert player.countdown_label.text() == "3"

    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.runner.status is SessionStatus.PAUSED
    assert "Paused" in player.hint_label.text()
    clock.advance(120)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.runner.status is SessionStatus.RUNNING
    clock.advance(2)

    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert player.showing_summary
    assert player.summary_title.text() == "Session ended"
    assert "You practised for 7 s" in player.summary_text.text()
    assert "Saved to your history." in player.summary_text.text()
    (saved,) = store.sessions()
    assert (saved.exercise_id, saved.exercise_kind, saved.completed) == ("box", "breathing", False)
    assert saved.actual_seconds == pytest.approx(7)
    assert saved.planned_seconds == 240

    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert running(window) is None
    assert window.pages.currentWidget() is window.tabs


def test_a_finished_session_says_so_and_appears_in_history_after_a_restart(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store, catalog: Catalog
) -> None:
    window.start_exercise("box", SessionPlan(SessionLength(cycles=1)))
    player = window.session
    assert player is not None
    clock.advance(16.2)
    player.refresh()
    assert player.summary_title.text() == "Session complete"
    qtbot.keyClick(player, Qt.Key.Key_Return)
    window.close()

    with Store.open(store.path) as reopened:
        again = MainWindow(catalog, reopened, clock, resource_path("sounds"))
        qtbot.addWidget(again)
        again.tabs.setCurrentIndex(1)
        model = again.history.model
        assert model.rowCount() == 1
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert row[1:5] == ["Box breathing", "16 s", "16 s", "Completed"]
        assert not again.history.empty_label.isVisible()
        again.close()


def test_the_history_says_when_there_is_nothing_yet(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    assert window.history.empty_label.isVisible()
    assert "No sessions yet" in window.history.empty_label.text()


def test_the_history_reads_a_long_log_a_page_at_a_time(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    from tests.core.store.test_connection import record

    for n in range(450):
        store.add_session(record(n))
    window.tabs.setCurrentIndex(1)
    model = window.history.model
    assert model.rowCount() == 200
    window.history.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)


def test_closing_the_window_mid_session_keeps_what_was_practised(
    window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.start_exercise("relaxed")
    clock.advance(30)
    window.close()
    (saved,) = store.sessions()
    assert saved.actual_seconds == pytest.approx(30)
    assert not saved.completed


def test_the_help_menu_names_f1_and_opens_help_now_pausing_a_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.crisis_action.text().endswith("\tF1"), "the menu shows the key"
    window.start_exercise("box")
    window.crisis_action.trigger()
    assert window.session is not None
    assert window.session.runner.status is SessionStatus.PAUSED
    dialog = window.help_now.dialog
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "Call or text 988" in text and "116 123" in text
    dialog.reject()


def test_crisis_lines_carry_the_date_they_were_checked() -> None:
    resources = load_crisis_resources(resource_path("crisis.toml"))
    html = crisis_dialog.guide_html(resources.guide("US"), resources)
    assert f"last checked {english_date(resources.last_checked)}" in html
    assert "not a medical or emergency service" in html
