"""Focus is visible: every widget Tab reaches looks different while it has the keyboard, in
every theme, and a list shows which card the arrow keys are on apart from the selected one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import theme
from tests.core.factories import make_record
from tests.ui.helpers import before_page


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
