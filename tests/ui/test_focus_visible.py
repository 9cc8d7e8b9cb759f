"""Focus is visible: every widget Tab reaches looks different while it has the keyboard, in
every theme, and every list, table and tree shows which card or row the arrow keys are on
apart from the selected one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui.data.backups_dialog import BackupsDialog
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import theme
from tests.core.factories import make_record
from tests.ui.helpers import after_panel, before_page, running


@pytest.fixture
def practice_settings() -> PracticeSettings:
    return PracticeSettings(ask_distress=True)  # the rating page before a session


@pytest.fixture(params=list(theme.THEMES))
def theme_name(request: pytest.FixtureRequest, app_theme: Callable[[str], None]) -> str:
    """The theme in use from the start, as at start-up (named before `window` in a test, so
    the window is built in it)."""
    name: str = request.param
    app_theme(name)
    return name


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()  # Tab acts only in the active window
    qtbot.waitUntil(window.isActiveWindow)


def tab_walk(qtbot: QtBot, start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `start` up to and including `stop`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    while visited[-1] is not stop:
        assert len(visited) < 40, f"Tab never reached {stop!r}: {visited}"
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
    return visited


def looks(widget: QWidget, *, focused: bool) -> QImage:
    if focused:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        widget.clearFocus()
    assert widget.hasFocus() == focused
    QApplication.processEvents()
    return widget.grab().toImage()


def unfocused_lookalikes(widgets: list[QWidget]) -> list[str]:
    """The widgets that look the same with and without the keyboard."""
    same = []
    for widget in dict.fromkeys(widgets):  # once each, in Tab order
        if looks(widget, focused=True) == looks(widget, focused=False):
            same.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return same


def test_every_widget_tab_reaches_shows_the_focus(
    qtbot: QtBot, theme_name: str, window: MainWindow, store: Store
) -> None:
    store.add_sessions([make_record(n) for n in range(3)])
    activate(qtbot, window)
    reached = tab_walk(qtbot, window.library.list, window.calm_down_button)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # History
    reached += tab_walk(qtbot, window.tabs.tabBar(), window.calm_down_button)
    assert window.history.sections.tabBar() in reached
    assert unfocused_lookalikes(reached) == []

    window.show_shortcuts()
    overview = window.shortcuts_dialog
    assert overview is not None
    qtbot.waitExposed(overview)
    activate(qtbot, overview)
    reached = tab_walk(qtbot, overview.tree, overview.tree)
    qtbot.keyClick(overview.tree, Qt.Key.Key_Tab)
    close = QApplication.focusWidget()  # the Close button
    assert close is not None and close is not overview.tree
    reached.append(close)
    assert unfocused_lookalikes(reached) == []
    overview.close()

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the library
    window.library.select("box")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    page = before_page(window)
    assert page is not None
    activate(qtbot, window)
    reached = tab_walk(qtbot, page.prompt, window.calm_down_button)
    assert unfocused_lookalikes(reached) == []
    qtbot.keyClick(page.prompt, Qt.Key.Key_Escape)  # back to the exercises
    assert before_page(window) is None


def test_the_card_the_keys_are_on_is_outlined_only_while_the_list_has_focus(
    qtbot: QtBot, theme_name: str, window: MainWindow
) -> None:
    """The selected card keeps its fill either way; the outline is what says "here"."""
    activate(qtbot, window)
    cards = window.library.list
    cards.setCurrentRow(0)
    # The inside of the list only (the viewport), so the ring around the list does not count.
    looks(cards, focused=True)
    focused = cards.viewport().grab().toImage()
    looks(cards, focused=False)
    unfocused = cards.viewport().grab().toImage()
    assert focused != unfocused
    rect = cards.visualItemRect(cards.currentItem())
    edge = focused.pixelColor(rect.center().x(), rect.top() + 1)
    assert edge == theme.THEMES[theme_name].focus, "the outline is the theme's focus ring"
    assert unfocused.pixelColor(rect.center().x(), rect.top() + 1) != edge


def tab_round(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    while True:
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is start:
            return visited
        visited.append(focused)
        assert len(visited) < 40, f"Tab never came back to {start!r}: {visited}"


def test_around_a_session_tab_stops_only_where_the_focus_shows(
    qtbot: QtBot, theme_name: str, window: MainWindow, clock: FakeClock
) -> None:
    """Before, during and after: the rating, the running session and the summary."""
    window.library.select("box")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    page = before_page(window)
    assert page is not None
    activate(qtbot, window)
    shell = window.session
    assert shell is not None
    reached = tab_round(qtbot, page.prompt)
    assert shell not in reached, "the page around the rating does nothing with the keys"
    assert unfocused_lookalikes(reached) == []

    page.prompt.setFocus()
    qtbot.keyClick(page.prompt, Qt.Key.Key_3)
    assert running(window) is shell and shell.hasFocus()
    reached = tab_round(qtbot, shell)
    assert unfocused_lookalikes(reached) == [], "the session shows it has the keys"

    clock.advance(30)
    shell.setFocus()
    qtbot.keyClick(shell, Qt.Key.Key_Escape)  # stop: the summary with the rating after
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None
    qtbot.waitUntil(panel.note.isVisible)
    activate(qtbot, window)
    reached = tab_round(qtbot, panel.prompt)
    assert panel.note in reached and shell not in reached
    assert unfocused_lookalikes(reached) == []


def first_row(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    index = model.index(0, 0)
    if isinstance(view, QTreeView) and model.hasChildren(index):
        index = model.index(0, 0, index)  # a heading: its first line
    return index


def reveal(widget: QWidget) -> None:
    """Bring the tab or page that holds `widget` to the front."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def unringed_rows(views: list[QAbstractItemView], colours: theme.Colours) -> list[str]:
    """The views whose current row shows no focus ring of the theme's width at its ends, or
    one that does not stand out from the row's fill."""
    width = theme.focus_width(colours)
    missing = []
    for view in views:
        reveal(view)
        index = first_row(view)
        assert index.isValid(), f"{view.accessibleName()!r} has nothing to show"
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert view.hasFocus()
        image = view.viewport().grab().toImage()
        first = view.visualRect(index)
        last = view.visualRect(index.siblingAtColumn(column_count(view) - 1))
        right = min(max(first.right(), last.right()), image.width() - 1)  # what is in view
        ends = (first.left() + 2 * RADIUS, right - 2 * RADIUS)
        edge = [image.pixelColor(x, first.top() + y) for x in ends for y in range(width)]
        # Just inside the ring: the row's own fill (selected, as the arrow keys leave it),
        # which must not swallow the ring.
        within = [image.pixelColor(x, first.top() + width) for x in ends]
        if edge != [colours.focus] * len(edge) or colours.focus in within:
            missing.append(view.accessibleName() or type(view).__name__)
    return missing


RADIUS = theme.RADIUS.small  # the ring's corners: measured clear of them


def column_count(view: QAbstractItemView) -> int:
    if isinstance(view, QTableView):
        return view.horizontalHeader().count()
    if isinstance(view, QTreeView):
        return view.header().count()
    return 1


def test_the_current_row_of_every_list_table_and_tree_is_outlined(
    qtbot: QtBot, theme_name: str, window: MainWindow, store: Store
) -> None:
    store.add_sessions([make_record(n) for n in range(3)])
    store.add_session(make_record(3, exercise_id="relaxed"))
    store.backup("manual", datetime(2026, 3, 9, 8, 0))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # History
    views = [
        view
        for view in window.findChildren(QAbstractItemView)
        if view.window() is window and not isinstance(view, QHeaderView)  # not a popup
    ]
    names = {view.accessibleName() for view in views}
    assert {"Exercises", "Past sessions", "How your ratings changed"} <= names
    colours = theme.THEMES[theme_name]
    assert unringed_rows(views, colours) == []

    window.show_shortcuts()
    overview = window.shortcuts_dialog
    assert overview is not None
    qtbot.waitExposed(overview)
    activate(qtbot, overview)
    assert unringed_rows([overview.tree], colours) == []
    overview.close()

    window.data.backups_action.trigger()
    backups = window.data.dialog
    assert isinstance(backups, BackupsDialog)
    qtbot.waitExposed(backups)
    activate(qtbot, backups)
    assert unringed_rows([backups.list], colours) == []
    backups.close()
