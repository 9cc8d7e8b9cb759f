"""Distress ratings before and after a session: keystrokes, skipping, and what is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import SessionLength, SessionPlan
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from calmkit.ui.session.rating import BeforeSessionPage, RatingPrompt
from tests.ui.helpers import after_panel, before_page, running

NEVER_MS = 3_600_000  # a "moment" that cannot pass during a test


@pytest.fixture
def practice_settings() -> PracticeSettings:
    """Ratings on, as they are by default (the shared window fixture turns them off)."""
    return PracticeSettings()


def prompt(
    qtbot: QtBot, moment_ms: int = NEVER_MS, clock: FakeClock | None = None
) -> tuple[RatingPrompt, list[object]]:
    widget = RatingPrompt(
        "How anxious do you feel right now?",
        "hint",
        moment_ms=moment_ms,
        clock=(clock or FakeClock()).monotonic,
    )
    qtbot.addWidget(widget)
    answers: list[object] = []
    widget.answered.connect(answers.append)
    return widget, answers


@pytest.mark.parametrize("digit", range(10))
def test_a_digit_answers_at_once_except_1_which_waits(qtbot: QtBot, digit: int) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{digit}"))
    if digit == 1:
        assert answers == [] and widget.pending
        assert "press 0 now for 10" in widget.status.text()
        assert widget.buttons.checkedId() == 1
    else:
        assert answers == [digit] and widget.value == digit
        assert widget.buttons.checkedId() == digit


def test_1_then_0_within_the_moment_is_10(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert answers == [10]
    assert not widget.pending and not widget.moment.isActive()
    assert widget.buttons.checkedId() == 10


def test_1_then_0_typed_slowly_is_still_10(qtbot: QtBot) -> None:
    clock = FakeClock()
    widget, answers = prompt(qtbot, clock=clock)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    clock.advance(1.2)  # too slow for the old 0.8 s moment
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert answers == [10]


def test_a_0_that_comes_after_the_moment_is_a_new_answer_even_if_the_timer_is_late(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    widget, answers = prompt(qtbot, moment_ms=1500, clock=clock)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    clock.advance(1.6)  # a busy computer: the timer has not fired yet
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert answers == [0]


def test_a_lone_1_answers_1_once_the_moment_has_passed(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot, moment_ms=20)
    with qtbot.waitSignal(widget.answered, timeout=10_000) as answered:
        qtbot.keyClick(widget, Qt.Key.Key_1)
        assert answers == []  # not before the moment is over
    assert answered.args == [1]
    # A "0" after the moment is a new answer, not 10.
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert answers == [1, 0]


def test_enter_after_1_answers_1_straight_away(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert answers == [1] and not widget.moment.isActive()


def test_another_digit_after_1_is_taken_as_the_answer(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    qtbot.keyClick(widget, Qt.Key.Key_5)
    assert answers == [5]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S])
def test_enter_and_s_skip(qtbot: QtBot, key: Qt.Key) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, key)
    assert answers == [None]
    assert widget.value is None and widget.buttons.checkedButton() is None


def test_esc_after_1_answers_nothing_and_says_so(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot)
    escapes: list[bool] = []
    widget.escaped.connect(lambda: escapes.append(True))
    qtbot.keyClick(widget, Qt.Key.Key_1)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert answers == [] and escapes == [True]
    assert widget.buttons.checkedButton() is None and not widget.moment.isActive()


def test_keypad_digits_and_buttons_answer_too(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    button = widget.buttons.button(8)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert answers == [4, 8]
    assert "the most anxious" in (widget.buttons.button(10) or button).accessibleName()


def test_letters_and_shortcuts_with_modifiers_are_not_answers(qtbot: QtBot) -> None:
    widget, answers = prompt(qtbot)
    qtbot.keyClick(widget, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_A)
    assert answers == []


# --- in the main window ----------------------------------------------------------------------


def test_rated_before_and_after_with_a_note_everything_is_kept(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.library.select("box")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    page = before_page(window)
    assert isinstance(page, BeforeSessionPage) and page.isVisible()
    assert running(window) is None
    assert page.prompt.hasFocus()
    qtbot.keyClick(page.prompt, Qt.Key.Key_1)
    qtbot.keyClick(page.prompt, Qt.Key.Key_0)  # 10
    assert before_page(window) is None
    player = window.session
    assert player is not None and window.pages.currentWidget() is player
    support = player.support_page  # 8 or more: a kind word and a choice first
    assert support is not None and support.isVisible()
    qtbot.keyClick(support, Qt.Key.Key_Return)  # go ahead
    assert player.support_page is None and player.started

    clock.advance(20)
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # stop early
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None
    assert panel.prompt.hasFocus()
    qtbot.keyClick(panel.prompt, Qt.Key.Key_6)
    (saved,) = store.sessions()
    assert (saved.distress_before, saved.distress_after) == (10, 6)
    assert panel.prompt.hasFocus(), "a second digit changes the rating, not the note"
    assert "Saved" in panel.prompt.status.text()
    qtbot.keyClick(panel.prompt, Qt.Key.Key_5)
    assert store.sessions()[0].distress_after == 5 and panel.note.text() == ""
    qtbot.waitUntil(panel.note.isVisible)  # Qt shows a widget added to a shown page later
    window.activateWindow()  # Tab moves focus only within the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(panel.prompt, Qt.Key.Key_Tab)
    assert panel.note.hasFocus()

    qtbot.keyClicks(panel.note, "  shoulders looser  ")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)  # Enter finishes
    assert running(window) is None and after_panel(window) is None
    (saved,) = store.sessions()
    assert saved.note == "shoulders looser"
    assert (saved.distress_before, saved.distress_after) == (10, 5)


def test_skipping_both_ratings_still_keeps_the_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    assert before_page(window) is not None
    qtbot.keyClick(before_page(window).prompt, Qt.Key.Key_S)
    player = window.session
    assert player is not None
    clock.advance(65)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert after_panel(window) is not None
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # Esc in the summary: skip and leave
    assert running(window) is None
    (saved,) = store.sessions()
    assert (saved.distress_before, saved.distress_after, saved.note) == (None, None, "")
    assert saved.actual_seconds == pytest.approx(65)


def test_s_in_the_after_prompt_leaves_and_a_pending_1_is_kept_on_enter(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.start_exercise("box", SessionPlan(SessionLength(cycles=1)))
    player = window.session
    assert player is not None
    clock.advance(17)
    player.refresh()
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None
    qtbot.keyClick(panel.prompt, Qt.Key.Key_1)
    qtbot.keyClick(player, Qt.Key.Key_Return)  # leaving before the moment has passed
    assert running(window) is None
    (saved,) = store.sessions()
    assert saved.completed and saved.distress_after == 1


def test_back_on_the_before_page_starts_nothing(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    page = before_page(window)
    assert page is not None
    assert page.back_button.shortcut().toString() == "Alt+B"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert before_page(window) is None and running(window) is None
    assert window.pages.currentWidget() is window.tabs
    assert store.sessions() == []


def test_esc_on_the_before_page_goes_back_without_starting(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    page = before_page(window)
    assert page is not None and page.prompt.hasFocus()
    qtbot.keyClick(page.prompt, Qt.Key.Key_Escape)
    assert window.session is None
    assert window.pages.currentWidget() is window.tabs
    assert store.sessions() == []


def test_the_rating_from_before_can_be_corrected_after_the_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    qtbot.keyClick(before_page(window).prompt, Qt.Key.Key_3)  # meant 4: a slip
    player = window.session
    assert player is not None and player.started
    clock.advance(30)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    panel = after_panel(window)
    assert panel is not None and panel.before_prompt is not None
    assert panel.before_label.text() == "Before the session: 3."
    qtbot.waitUntil(panel.isVisible)  # Qt shows a widget added to a shown page later
    assert panel.change_before_button.shortcut().toString() == "Alt+B"
    panel.change_before_button.click()
    correction = panel.before_prompt
    assert correction.buttons.checkedId() == 3, "the old answer is shown"
    assert correction.isVisible() and window.focusWidget() is correction
    qtbot.keyClick(panel.before_prompt, Qt.Key.Key_4)
    assert not panel.before_prompt.isVisible() and window.focusWidget() is panel.prompt
    assert panel.before_label.text() == "Before the session: 4."
    (saved,) = store.sessions()
    assert (saved.distress_before, saved.distress_after) == (4, None)
    qtbot.keyClick(panel.prompt, Qt.Key.Key_2)
    (saved,) = store.sessions()
    assert (saved.distress_before, saved.distress_after) == (4, 2)
    window.activateWindow()  # so that the session's own Esc is in play too
    qtbot.waitUntil(window.isActiveWindow)
    panel.correct_before()
    qtbot.keyClick(panel.before_prompt, Qt.Key.Key_Escape)  # changed my mind: keep it
    assert not panel.correcting and window.session is player, "the summary stays"
    assert store.sessions()[0].distress_before == 4


def test_switching_to_history_leaves_the_before_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    assert before_page(window) is not None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert before_page(window) is None and running(window) is None
    assert window.tabs.currentIndex() == 1 and window.pages.currentWidget() is window.tabs


def test_starting_from_the_command_line_goes_straight_to_the_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    """`calmkit start ID` calls start_exercise: the person asked for the session to begin."""
    window.start_exercise("box")
    assert before_page(window) is None and window.session is not None
    clock.advance(10)
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None  # the rating after is still offered
    qtbot.keyClick(panel.prompt, Qt.Key.Key_2)
    (saved,) = store.sessions()
    assert (saved.distress_before, saved.distress_after) == (None, 2)


@pytest.mark.parametrize("practice_settings", [PracticeSettings(ask_distress=False)])
def test_with_ratings_switched_off_nothing_is_asked_but_a_note_can_be_written(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    player = window.session
    assert before_page(window) is None and player is not None
    clock.advance(10)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    panel = after_panel(window)
    assert panel is not None and panel.prompt is None
    assert panel.note.hasFocus()
    qtbot.keyClicks(panel.note, "noisy room")
    window.close()  # however the summary ends, the note is kept
    (saved,) = store.sessions()
    assert saved.note == "noisy room" and saved.distress_after is None


def test_a_note_is_saved_a_moment_after_typing_stops(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.start_exercise("box")
    clock.advance(10)
    assert window.session is not None
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    panel = after_panel(window)
    assert panel is not None
    panel.note_timer.setInterval(10)
    with qtbot.waitSignal(panel.note_saved, timeout=10_000):
        qtbot.keyClicks(panel.note, "before bed")
    (saved,) = store.sessions()
    assert saved.note == "before bed"


def test_the_words_are_kind_and_plain(qtbot: QtBot) -> None:
    page = BeforeSessionPage("Box breathing")
    qtbot.addWidget(page)
    text = " ".join(label.text() for label in page.findChildren(type(page.prompt.status))).lower()
    assert "0 = completely calm" in text and "10 = the most anxious you have felt" in text
    assert "no right answer" in text
    for word in ("fail", "wrong answer", "bad", "should", "must", "worse"):
        assert word not in text
