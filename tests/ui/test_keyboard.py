"""The keyboard alone: Tab goes down the screen, Enter presses the focused button, and what
takes focus shows it or does not take it."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record


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
