"""Issue 4 in the main window: the caution before holds, variants and pace from the library,
and preferences that carry over from one session to the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from calmkit.core.preferences import PlayerPreferences, load_player_preferences
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from calmkit.ui.session.caution import CautionDialog
from tests.ui.conftest import RecordingCues
from tests.ui.helpers import before_page, breathing_options, caution_dialog, pacer, running


@pytest.fixture
def preferences() -> PlayerPreferences:
    return PlayerPreferences(countdown=False)  # the caution has not been seen yet


def test_holds_ask_first_and_not_now_starts_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.start_exercise("box")
    dialog = caution_dialog(window)
    assert isinstance(dialog, CautionDialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "pregnant" in text and "dizzy" in text and "gently" in text
    assert running(window) is None, "nothing starts until the person answers"
    dialog.reject()
    assert running(window) is None
    assert caution_dialog(window) is None


def test_start_with_dont_show_again_starts_and_never_asks_again(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.start_exercise("box")
    dialog = caution_dialog(window)
    assert isinstance(dialog, CautionDialog)
    dialog.dont_show_again.setChecked(True)
    dialog.accept()
    assert window.session is not None and window.session.runner.status.value == "running"
    assert "holds" in load_player_preferences(store).cautions_seen
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    window.start_exercise("478")
    assert caution_dialog(window) is None and window.session is not None


def test_patterns_without_holds_start_without_a_caution(window: MainWindow) -> None:
    window.start_exercise("cyclic-sigh")
    assert caution_dialog(window) is None
    assert window.session is not None
    assert [s.kind for s in window.session.runner.timeline.steps[:3]] == [
        "inhale",
        "inhale-top-up",
        "exhale",
    ]


def test_the_library_passes_the_chosen_variant_and_pace(qtbot: QtBot, window: MainWindow) -> None:
    library = window.library
    library.select("extended-exhale")
    assert (
        breathing_options(library).variant.isVisible()
        and breathing_options(library).variant.count() == 2
    )
    breathing_options(library).variant.setCurrentIndex(1)
    library.by_cycles.setChecked(True)
    library.cycles.setValue(2)
    qtbot.keyClick(library.list, Qt.Key.Key_Return)
    assert window.session is not None
    assert [s.duration for s in window.session.runner.timeline.steps] == [4, 8, 4, 8]


def test_a_slower_pace_scales_every_phase_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    library = window.library
    library.select("resonance")
    assert (
        breathing_options(library).pace.minimum(),
        breathing_options(library).pace.value(),
        breathing_options(library).pace.maximum(),
    ) == (
        4.5,
        5.5,
        6.5,
    )
    breathing_options(library).pace.setValue(5.0)
    assert "At this pace: 6.0 s breathe in · 6.0 s breathe out." in library.length_note.text()
    library.start()
    assert window.session is not None
    assert window.session.runner.timeline.steps[0].duration == pytest.approx(6.0)


def test_478_offers_at_most_eight_breaths_and_says_why(window: MainWindow) -> None:
    library = window.library
    library.select("478")
    assert library.cycles.maximum() == 8 and library.cycles.value() == 4
    assert "At most 8 breaths a session" in library.length_note.text()
    library.by_minutes.setChecked(True)
    library.minutes.setValue(30)
    assert "2 min 38 s in all" in library.length_note.text(), "8 breaths and the breath out first"


def test_choices_in_one_session_are_there_in_the_next(
    qtbot: QtBot, window: MainWindow, store: Store, cues: RecordingCues
) -> None:
    window.start_exercise("relaxed")
    player = window.session
    assert player is not None
    qtbot.keyClick(player, Qt.Key.Key_R)
    qtbot.keyClick(player, Qt.Key.Key_M)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    saved = load_player_preferences(store)
    assert (saved.reduce_motion, saved.muted) == (True, True)
    window.start_exercise("equal")
    assert window.session is not None
    assert pacer(window.session).pacer_style == "bar"
    assert not window.session.sound_button.isChecked() and cues.muted


def test_f11_is_full_screen_for_the_session_only(qtbot: QtBot, window: MainWindow) -> None:
    window.start_exercise("relaxed")
    assert window.session is not None
    qtbot.keyClick(window.session, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_unreadable_preferences_fall_back_to_defaults_one_by_one(store: Store) -> None:
    store.set_setting("player", {"volume": 7, "muted": "yes", "pacer_style": "bar"})
    loaded = load_player_preferences(store)
    assert loaded == PlayerPreferences(reduce_motion=True)
    store.set_setting("player", ["not", "a", "table"])
    assert load_player_preferences(store) == PlayerPreferences()


def test_the_caution_comes_before_the_rating_and_declining_starts_nothing(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    save_practice_settings(store, PracticeSettings(ask_distress=True))
    window.library.select("box")
    window.library.start()
    dialog = caution_dialog(window)
    assert isinstance(dialog, CautionDialog), "asked about holds before anything else"
    assert before_page(window) is None
    dialog.reject()
    assert before_page(window) is None and running(window) is None
    window.library.start()
    dialog = caution_dialog(window)
    assert isinstance(dialog, CautionDialog)
    dialog.accept()
    page = before_page(window)
    assert page is not None, "then the rating before"
    qtbot.keyClick(page.prompt, Qt.Key.Key_3)
    assert window.session is not None
    assert window.session._distress_before == 3
