"""When a session seems to make things worse: a high rating before, a rating that rises after,
an early stop. The shell answers with a kind word, something gentler and Help now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from calmkit.ui.session.support import GENTLER_EXERCISE, HIGH_BEFORE, ROSE_AFTER, STOPPED_WORSE
from tests.ui.helpers import after_panel, before_page

UNKIND = ("fail", "wrong", "should")


@pytest.fixture
def practice_settings() -> PracticeSettings:
    return PracticeSettings()  # ratings on, as by default


def open_with_rating(qtbot: QtBot, window: MainWindow, exercise_id: str, *digits: Qt.Key) -> None:
    window.library.select(exercise_id)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    page = before_page(window)
    assert page is not None
    for digit in digits:
        qtbot.keyClick(page.prompt, digit)


def test_every_session_screen_says_it_is_fine_to_stop_and_where_help_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    for exercise_id in ("box", "pmr-16", "imagery-lake"):
        window.start_exercise(exercise_id)
        shell = window.session
        assert shell is not None
        line = shell.safety_line.text()
        assert "fine to stop" in line and "own way" in line and "F1" in line
        assert shell.safety_line.isVisibleTo(shell)
        if shell.caution_dialog is not None:
            shell.caution_dialog.reject()
        window._close_session()


def test_a_rating_of_8_or_more_offers_something_gentler_before_anything_starts(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_with_rating(qtbot, window, "resonance", Qt.Key.Key_9)
    shell = window.session
    assert shell is not None and not shell.started
    page = shell.support_page
    assert page is not None and page.isVisible()
    assert page.support.message.text() == HIGH_BEFORE
    assert not any(word in HIGH_BEFORE.lower() for word in UNKIND)
    assert page.support.gentler_button.isVisibleTo(page)
    with qtbot.waitSignal(shell.help_requested):
        page.support.help_button.click()
    assert window.help_now.dialog is not None and window.help_now.dialog.isVisible()
    window.help_now.dialog.close()
    page.support.gentler_button.click()
    assert window.session is not None and window.session.exercise.id == GENTLER_EXERCISE
    assert window.store.sessions() == [], "nothing was practised, nothing recorded"


def test_a_rating_below_8_starts_at_once(qtbot: QtBot, window: MainWindow) -> None:
    open_with_rating(qtbot, window, "resonance", Qt.Key.Key_7)
    shell = window.session
    assert shell is not None and shell.started and shell.support_page is None


def test_a_rating_that_rises_after_gets_a_kind_word_and_help(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    open_with_rating(qtbot, window, "resonance", Qt.Key.Key_4)
    shell = window.session
    assert shell is not None
    clock.advance(shell.runner.timeline.total + 5)
    shell.refresh()
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None
    qtbot.keyClick(panel.prompt, Qt.Key.Key_6)
    support = shell.rose_support
    assert support is not None and support.isVisibleTo(shell)
    assert support.message.text() == ROSE_AFTER and "not a failure" in ROSE_AFTER
    (record,) = store.sessions()
    assert (record.distress_before, record.distress_after) == (4, 6)


def test_an_early_stop_asks_gently_and_yes_shows_the_help(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.start_exercise("pmr-16")
    shell = window.session
    assert shell is not None
    if shell.caution_dialog is not None:
        shell.caution_dialog.accept()
    assert shell.started
    clock.advance(30)
    shell.stop()
    assert "Take a moment before you get up" in shell.summary_text.text()
    check_in = shell.stopped_check_in
    assert check_in is not None and "felt worse" in check_in.question.text()
    assert not check_in.support.isVisibleTo(shell)
    check_in.yes_button.click()
    assert check_in.support.isVisibleTo(shell)
    assert check_in.support.message.text() == STOPPED_WORSE
    check_in.support.gentler_button.click()
    assert window.session is not None and window.session.exercise.id == GENTLER_EXERCISE
    (record,) = store.sessions()
    assert record.exercise_id == "pmr-16" and not record.completed, "the stop is still saved"


def test_the_gentler_exercise_is_not_offered_during_itself(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.start_exercise(GENTLER_EXERCISE)
    shell = window.session
    assert shell is not None
    clock.advance(20)
    shell.stop()
    check_in = shell.stopped_check_in
    assert check_in is not None
    check_in.no_button.click()
    assert not check_in.support.gentler_button.isVisibleTo(check_in.support)
    assert check_in.question.text() == "Thank you. Any practice counts."
