"""The keyboard shortcuts overview: ? and Help > Keyboard shortcuts open it, it lists what
the menus and the library really bind, and F1 stays Help now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from calmkit.core.session import SessionStatus
from calmkit.ui.main_window import MainWindow
from calmkit.ui.shortcuts import (
    AFTER,
    DURING,
    WRITTEN_AS,
    ShortcutsDialog,
    action_shortcuts,
    listed_keys,
    menu_actions,
    shown_key,
)


def overview(window: MainWindow) -> ShortcutsDialog:
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_question_mark_opens_the_overview_and_esc_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    dialog = overview(window)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert dialog.tree.accessibleName() == "Keyboard shortcuts"
    rows = dialog.rows()
    assert ("Anywhere", "F1", "Help now: crisis lines, from any window") in rows
    assert ("Anywhere", "Ctrl+Shift+E", "Export history") in rows, "read from the menu"
    assert ("The exercise list", "Ctrl+N", "New pattern") in rows, "read from the library"
    assert ("Before a session", "Esc", "Back to the exercises, starting nothing") in rows
    assert [keys for _, keys, _ in rows].count("F1") == 1, "each key once"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert window.shortcuts_dialog is None


def test_the_help_menu_opens_it_and_shows_its_key(qtbot: QtBot, window: MainWindow) -> None:
    action = window.shortcuts_action
    (help_menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help"]
    assert action in help_menu.actions()
    assert action.shortcut().toString() == "?", "the menu shows the key beside it"
    action.trigger()
    overview(window)
    action.trigger()  # a second time raises the same window
    assert len(window.findChildren(ShortcutsDialog)) == 1


def test_a_session_waits_while_the_overview_is_open(qtbot: QtBot, window: MainWindow) -> None:
    window.start_exercise("box")
    assert window.session is not None
    window.show_shortcuts()
    assert window.session.runner.status is SessionStatus.PAUSED
    overview(window)


def test_every_key_a_session_binds_is_in_the_overview(window: MainWindow) -> None:
    window.start_exercise("imagery-beach")  # the kind with the most keys
    shell = window.session
    assert shell is not None
    bound = {shown_key(s.key()) for s in shell.findChildren(QShortcut) if s.isEnabled()}
    assert {"Space", "Esc", "Left", "Right", "M", "V", "R", "A", "Shift+Up", "Ctrl++"} <= bound
    listed = listed_keys([*DURING, *AFTER])
    missing = {WRITTEN_AS.get(key, key) for key in bound} - listed
    assert not missing, f"bound in a session but not in the overview: {missing}"


def test_menus_and_context_menus_show_their_keys(window: MainWindow) -> None:
    shown = dict((words, keys) for keys, words in action_shortcuts(menu_actions(window.menuBar())))
    assert shown["Export history"] == "Ctrl+Shift+E"
    assert shown["Settings"] == "Ctrl+,"
    assert shown["History"] == "Ctrl+2"
    assert shown["Help now: crisis lines"] == "F1"
    assert shown["Keyboard shortcuts"].startswith("?")
    with_keys = [a for a in window.library.list.actions() if a.shortcuts()]
    assert with_keys and all(a.isShortcutVisibleInContextMenu() for a in with_keys)
