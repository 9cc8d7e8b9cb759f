"""The first-run welcome: three short pages, skippable, seen once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from calmkit.ui.welcome import PAGES, SEEN_SETTING, WelcomeDialog


def test_the_three_pages_say_what_calmkit_is_and_is_not() -> None:
    assert len(PAGES) <= 3
    text = " ".join(body for _title, body in PAGES)
    for words in (
        "breathing",
        "stay on this computer",
        "not a medical device or an emergency service",
        "press F1",
        "check with a doctor",
    ):
        assert words in text


def test_enter_goes_through_and_the_welcome_is_seen_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assert not window.welcome_seen()
    window.show_welcome()
    dialog = window.welcome_dialog
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert dialog.step.text() == "1 of 3" and not dialog.back_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.step.text() == "3 of 3" and dialog.next_button.text() == "Start using CalmKit"
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert window.welcome_dialog is None
    assert store.setting(SEEN_SETTING) is True and window.welcome_seen()


def test_esc_skips_it_and_it_counts_as_seen(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    window.show_welcome()
    dialog = window.welcome_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.welcome_seen()
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert "&Welcome…" in [a.text() for a in help_menu.actions()], "it can be seen again"
