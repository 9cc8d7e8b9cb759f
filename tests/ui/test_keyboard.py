"""The keyboard alone: Tab goes down the screen, Enter presses the focused button, and what
takes focus shows it or does not take it."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record
from tests.ui.helpers import after_panel, before_page


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()  # Tab and shortcuts act only in the active window
    qtbot.waitUntil(window.isActiveWindow)


def tab_walk(qtbot: QtBot, start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `start` until it reaches `stop` (at most 40 presses)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(40):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        if focused is stop:
            return visited
    raise AssertionError(f"Tab never reached {stop!r}: {visited}")


def top_left(widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(widget.window(), widget.rect().topLeft())
    return point.x(), point.y()


def test_tab_goes_down_the_library_list_then_down_the_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    activate(qtbot, window)
    library = window.library
    visited = tab_walk(qtbot, library.list, window.calm_down_button)
    assert visited[-2] is library.start_button, "Start is the last thing on the page"
    assert window.patterns.new_button in visited and library.minutes in visited
    on_page = [w for w in visited[:-1] if library.isAncestorOf(w)]
    split = library.list.width()
    columns = [top_left(w)[0] > split for w in on_page]
    assert columns == sorted(columns), "the list's column first, then the details"
    for side in (False, True):
        pairs = zip(on_page, columns, strict=True)
        heights = [top_left(w)[1] for w, right in pairs if right == side]
        # Widgets of one row (a choice and its field) may differ by a few pixels.
        assert all(b >= a - 8 for a, b in itertools.pairwise(heights)), "never back up"


def test_the_description_takes_the_keyboard_only_when_it_has_more_to_scroll(
    qtbot: QtBot, window: MainWindow
) -> None:
    details = window.library.details
    assert details.accessibleName() == "About this exercise"
    window.resize(1600, 1200)
    qtbot.waitUntil(lambda: details.verticalScrollBar().maximum() == 0)
    assert details.focusPolicy() == Qt.FocusPolicy.NoFocus  # it fits: nothing to reach
    window.resize(820, 420)
    qtbot.waitUntil(lambda: details.verticalScrollBar().maximum() > 0)
    assert details.focusPolicy() & Qt.FocusPolicy.TabFocus
    activate(qtbot, window)
    visited = tab_walk(qtbot, window.library.list, window.library.start_button)
    names = [w.accessibleName() for w in visited]
    assert "About this exercise" in names, "reachable to scroll it"


def test_enter_on_a_library_button_presses_it_and_starts_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    activate(qtbot, window)
    button = window.patterns.new_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.session is None, "Enter used to reach the library and start an exercise"
    editor = window.patterns.editor
    assert editor is not None and editor.isVisible()
    editor.reject()


def test_tab_reaches_set_a_goal_and_the_history_before_the_status_bar(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.add_sessions([make_record(n) for n in range(2)])
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    activate(qtbot, window)
    assert QApplication.focusWidget() is history.sections.tabBar()
    visited = tab_walk(qtbot, window.tabs.tabBar(), window.calm_down_button)
    assert visited[1] is history.header.set_goal, "the first thing under the tabs"
    assert history.calendar.save_button in visited and history.calendar.chart in visited
    assert all(history.isAncestorOf(w) for w in visited[1:-1]), "all of History, then on"


def test_the_summary_buttons_answer_space_and_enter(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.start_exercise("box")
    shell = window.session
    assert shell is not None
    clock.advance(20)
    shell.stop()
    check_in = shell.stopped_check_in
    assert check_in is not None
    qtbot.waitUntil(check_in.isVisible)
    activate(qtbot, window)
    panel = after_panel(window)
    qtbot.waitUntil(panel.isVisible)  # Qt shows a widget added to a shown page later
    visited = tab_walk(qtbot, check_in.yes_button, shell.done_button)
    assert visited == [
        check_in.yes_button,
        check_in.no_button,
        panel.prompt,
        panel.note,
        panel.change_before_button,
        shell.done_button,
    ], "down the summary as it is shown"
    qtbot.keyClick(check_in.yes_button, Qt.Key.Key_Space)  # was the shell's pause key
    assert check_in.support.isVisible(), "Yes shows the support"
    support = check_in.support
    tab_walk(qtbot, shell.done_button, support.help_button)
    qtbot.keyClick(support.help_button, Qt.Key.Key_Return)
    dialog = window.help_now.dialog
    assert dialog is not None and window.session is shell, "Enter pressed it, nothing closed"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.help_now.dialog is None)
    activate(qtbot, window)
    shell.done_button.setFocus()
    qtbot.keyClick(shell.done_button, Qt.Key.Key_Return)
    assert window.session is None


def tab_cycle(qtbot: QtBot, window: QWidget) -> list[QWidget]:
    """Everything Tab reaches in `window`, going round once from where the focus is."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window
    seen: list[QWidget] = [start]
    for _ in range(120):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused in seen:
            return seen
        seen.append(focused)
    return seen


def has_own_key(button: QAbstractButton) -> bool:
    """A button kept out of Tab on purpose answers a key of its own, said in its tooltip
    ("Pause or continue (Space)"), its Alt+letter, or its digit (the rating)."""
    tip = button.toolTip()
    return (
        not button.shortcut().isEmpty()
        or button.text().strip().isdigit()
        or (tip.endswith(")") and "(" in tip)
    )


def unreachable(qtbot: QtBot, window: QWidget) -> list[str]:
    activate(qtbot, window)
    cycle = tab_cycle(qtbot, window)
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or button.window() is not window:
            continue
        if isinstance(button.parentWidget(), QTabBar):
            continue  # a tab bar's scroll arrows: its arrow keys do the same
        if button in cycle or has_own_key(button):
            continue
        if isinstance(button, QRadioButton) and any(
            isinstance(w, QRadioButton) and w.parentWidget() is button.parentWidget() for w in cycle
        ):
            continue  # the arrow keys move between the choices of a group
        found.append(f"{button.text() or button.accessibleName()!r}")
    return found


@pytest.fixture
def practice_settings() -> PracticeSettings:
    return PracticeSettings()  # ratings on, so their pages are walked


def test_every_button_is_reached_by_tab_or_has_a_key_of_its_own(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    store.add_sessions([make_record(n, distress_before=6, distress_after=3) for n in range(3)])
    window.library.list.setFocus()
    assert not unreachable(qtbot, window), "library"
    window.library.select("imagery-beach")
    assert not unreachable(qtbot, window), "library, guided imagery"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    for section in range(window.history.sections.count()):
        window.history.sections.setCurrentIndex(section)
        window.history.focus_sections()
        assert not unreachable(qtbot, window), f"History section {section}"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.library.select("relaxed")
    window.library.start()
    page = before_page(window)
    assert page is not None
    page.prompt.setFocus()
    assert not unreachable(qtbot, window), "the rating before"
    qtbot.keyClick(page.prompt, Qt.Key.Key_9)
    shell = window.session
    assert shell is not None and shell.support_page is not None
    shell.support_page.setFocus()
    assert not unreachable(qtbot, window), "support before a session"
    qtbot.keyClick(shell.support_page, Qt.Key.Key_Return)
    shell.setFocus()
    assert not unreachable(qtbot, window), "a running session"
    clock.advance(20)
    shell.stop()
    panel = after_panel(window)
    qtbot.waitUntil(panel.isVisible)
    assert not unreachable(qtbot, window), "the summary"


def test_every_button_of_every_dialog_is_reached_by_tab(qtbot: QtBot, window: MainWindow) -> None:
    openers = {
        "Settings": window.data.open_settings,
        "Help now": window.show_crisis_support,
        "Keyboard shortcuts": window.show_shortcuts,
        "Welcome": window.show_welcome,
        "Self-check": window.self_check.open,
        "New pattern": window.patterns.new_pattern,
    }
    for name, opener in openers.items():
        before = set(QApplication.topLevelWidgets())
        opener()
        (dialog,) = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        if dialog.focusWidget() is None:
            dialog.focusNextChild()
        assert not unreachable(qtbot, dialog), name
        dialog.close()


def test_esc_on_the_calm_down_button_is_still_the_way_out_of_a_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Tab reaches the status bar's button from a session page; Esc there does what it does
    on the page: back from the rating before, stop while the session runs."""

    def esc_on_the_button() -> None:
        window.calm_down_button.setFocus()
        qtbot.waitUntil(window.calm_down_button.hasFocus)
        qtbot.keyClick(window.calm_down_button, Qt.Key.Key_Escape)

    window.library.select("box")
    window.library.start()
    assert before_page(window) is not None  # ratings are on here
    esc_on_the_button()
    assert window.session is None, "back in the library, nothing started"
    window.library.start()
    page = before_page(window)
    assert page is not None
    page.prompt.skip()
    shell = window.session
    assert shell is not None and shell.started
    clock.advance(5)
    shell.refresh()
    esc_on_the_button()
    assert shell.showing_summary, "Esc stopped the session"
