"""Settings > Appearance: a theme chosen there applies at once, to every view including the
History charts, and the one Reduce motion setting reaches the next session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calmkit.core.preferences import load_player_preferences
from calmkit.core.settings import load_appearance_settings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import theme
from tests.ui.data.test_data_actions import delete_everything, open_settings


@pytest.fixture
def follower(
    qapp: QApplication, app_theme: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> Iterator[theme.ThemeFollower]:
    app_theme("light")  # restores the application's look afterwards
    made = theme.ThemeFollower(qapp, "light")
    monkeypatch.setattr(theme, "_follower", made)
    yield made
    made.setParent(None)
    made.deleteLater()


def test_a_theme_chosen_in_settings_applies_at_once_charts_too(
    qtbot: QtBot, window: MainWindow, store: Store, follower: theme.ThemeFollower
) -> None:
    window.tabs.setCurrentIndex(1)  # History open, its charts drawn in the light theme
    calendar = window.history.calendar.chart
    assert calendar.backgroundBrush().color() == theme.LIGHT_COLOURS.surface
    dialog = open_settings(window)
    assert dialog.theme_choice.currentData() == "system"
    dialog.theme_choice.setCurrentIndex(dialog.theme_choice.findData("dark"))
    dialog.reduce_motion.setChecked(True)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert load_appearance_settings(store)[0].theme == "dark"
    assert follower.choice == "dark" and theme.colours() is theme.DARK_COLOURS
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    assert window_colour == theme.DARK_COLOURS.background
    assert calendar.backgroundBrush().color() == theme.DARK_COLOURS.surface
    dark_heat = [b.color() for b in calendar._brushes]
    assert dark_heat == list(theme.DARK_COLOURS.heat), "the calendar's shades follow"
    assert "#8fd3ca" in window.history.calendar.caption.text(), "and so does its key"
    assert load_player_preferences(store).reduce_motion
    assert window.preferences.reduce_motion, "the next session starts still"
    window.start_exercise("relaxed")
    assert window.session is not None and window.session.still_button.isChecked()


def test_the_appearance_page_shows_what_is_saved(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.set_setting("theme", "high-contrast")
    dialog = open_settings(window)
    assert dialog.theme_choice.currentText() == "High contrast"
    assert not dialog.reduce_motion.isChecked()
    names = [dialog.theme_choice.itemText(i) for i in range(dialog.theme_choice.count())]
    assert names == ["Follow the desktop", "Light", "Dark", "High contrast"]
    dialog.reject()


def test_after_deleting_all_data_the_app_follows_the_desktop_again(
    qtbot: QtBot, window: MainWindow, store: Store, follower: theme.ThemeFollower
) -> None:
    follower.set_choice("dark")
    delete_everything(qtbot, window.data)
    assert follower.choice == "system", "the chosen theme went with the settings"
