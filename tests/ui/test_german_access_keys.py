"""In German, no two controls a person can reach at the same time share an access key (the
underlined letter that Alt presses): one of them would never be reached by Alt+letter, and
Qt only cycles the focus between them. The menus, every Settings page, History's sections,
the dialogs and a session from its first question to its summary are each checked with the
German translation and Qt's own German loaded, as a German desktop shows them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmkit import translations
from calmkit.core.clock import FakeClock
from calmkit.core.crisis import load_crisis_resources
from calmkit.core.exercises import Catalog, load_catalog
from calmkit.core.preferences import PlayerPreferences, save_player_preferences
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.desktop.integration import DesktopIntegration
from calmkit.ui.desktop.notifications import WindowNotifier
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record
from tests.ui.conftest import RecordingCues, RecordingSpeaker
from tests.ui.helpers import check_each_dialog, walk_a_session

# The offscreen platform has no tray to watch for; the tray's menu is checked all the same.
pytestmark = pytest.mark.qt_log_ignore("No such signal .*systemTrayWindowChanged")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert translations.load_language("de") == "de"
    translations.install_into(qapp)  # Qt's own German too: its buttons have access keys
    yield
    translations.unload()


@pytest.fixture
def catalog(german: None) -> Catalog:
    return load_catalog(exercise_dirs())  # after the translation: the exercises in German


@pytest.fixture
def window(
    qtbot: QtBot,
    catalog: Catalog,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    save_player_preferences(store, PlayerPreferences(countdown=False))
    # The rating pages are shown, and History offers the weekly self-check.
    save_practice_settings(store, PracticeSettings(weekly_self_check=True))
    win = MainWindow(
        catalog,
        store,
        clock,
        resource_path("sounds"),
        load_crisis_resources(resource_path("crisis.toml")),
    )
    monkeypatch.setattr(win, "_cue_player", RecordingCues)
    monkeypatch.setattr(win, "_voice", RecordingSpeaker)
    # As on a desktop with a tray: its menu, and the Settings page for the tray and reminders.
    win.desktop = DesktopIntegration(  # type: ignore[attr-defined]
        win, tray_available=True, autostart_path=tmp_path / "autostart" / "calmkit.desktop"
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QApplication.setQuitOnLastWindowClosed(True)


def access_key(text: str) -> str:
    """The key Alt presses for `text` ("Alt+S" for "&Start"), as Qt reads it; "" for none."""
    return QKeySequence.mnemonic(text).toString()


def clashes(labels: Iterable[str]) -> list[str]:
    """Each access key given to more than one label, with the labels."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for label in labels:
        key = access_key(label)
        if key:
            by_key[key].append(label)
    return [
        f"{key}: {' / '.join(found)}" for key, found in sorted(by_key.items()) if len(found) > 1
    ]


def labels_in(window: QWidget) -> list[str]:
    """The texts with an access key that work in `window` now: what is visible there, not
    in the windows it opened."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            if isinstance(widget, QAbstractButton) or widget.buddy() is not None:
                found.append(widget.text())  # a label's key moves to its buddy
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            found += [a.text() for a in widget.actions() if a.isVisible()]
    return found


def labels_of(actions: Iterable[QAction]) -> list[str]:
    return [a.text() for a in actions if a.isVisible() and not a.isSeparator()]


def check(labels: Iterable[str], where: str) -> None:
    found = clashes(labels)
    assert not found, f"{where}: labels share an access key:\n" + "\n".join(found)


NAMED_KEY = re.compile(r"\bAlt\+(\w)\b")  # "(Esc oder Alt+Z)" in a tooltip


def check_window(window: QWidget, where: str) -> None:
    check(labels_in(window), where)
    # A tooltip that names a button's Alt key names the one the German label underlines.
    for button in window.findChildren(QAbstractButton):
        named = NAMED_KEY.search(button.toolTip())
        if button.isVisible() and named:
            said = f"Alt+{named.group(1).upper()}"
            assert access_key(button.text()) == said, (
                f"{where}: {button.text()!r} is reached with {access_key(button.text())}, "
                f"its tooltip says {said}"
            )


def each_tab(root: QWidget) -> Iterator[int]:
    """Shows each page of the first visible tab widget in `root` in turn (Settings, History)."""
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield index
            return


def test_the_checks_see_a_shared_access_key() -> None:
    assert access_key("Ü&ber CalmKit") == "Alt+B"
    assert access_key("&&Smith") == "" and access_key("Start") == ""
    assert clashes(["&Belastung", "Ü&ben", "&Sitzungen"]) == ["Alt+B: &Belastung / Ü&ben"]
    assert clashes(["&Überblick", "Üb&en", "&Belastung"]) == []


def test_no_menu_gives_one_letter_twice(window: MainWindow) -> None:
    menus = window.menuBar().findChildren(QMenu)
    assert len(menus) >= 3
    for menu in menus:
        check(labels_of(menu.actions()), f"menu {menu.title()}")
    check(labels_of(window.library.list.actions()), "the exercise list's context menu")
    tray = window.desktop.tray  # type: ignore[attr-defined]
    check(labels_of(tray.menu.actions()), "the tray menu")


def test_the_main_window_library_and_history(window: MainWindow, store: Store) -> None:
    # Enough rated sessions that History shows every part.
    store.add_sessions(
        [make_record(n, distress_before=6, distress_after=3) for n in range(12)]
        + [make_record(n + 12, exercise_id="pmr-4", exercise_kind="pmr") for n in range(3)]
    )
    for exercise in window.catalog:  # each kind shows its own options beside the list
        window.library.select(exercise.id)
        check_window(window, f"the library with {exercise.id}")
    window._show_tab(1)
    history = window.history
    assert history.isVisible() and history.self_check_prompt.isVisible()
    for section in each_tab(history):
        check_window(window, f"History section {section}")
    # The keyboard overview names the sections' keys as the tabs underline them.
    tabs = history.sections.tabBar()
    names = [tabs.tabText(i) for i in range(tabs.count())]
    keys = "Alt+" + ", ".join(access_key(name).removeprefix("Alt+") for name in names)
    window.show_shortcuts()
    rows = window.shortcuts_dialog.rows()  # type: ignore[union-attr]
    words = next((w for _, k, w in rows if k == keys), None)
    assert words is not None, f"the overview lists no row {keys!r}"
    assert all(name.replace("&", "") in words for name in names), words


def test_every_settings_page(window: MainWindow) -> None:
    window.data.open_settings()
    dialog = window.data.dialog
    assert dialog is not None and dialog.isVisible()
    pages = 0
    for page in each_tab(dialog):
        check_window(dialog, f"Settings page {page + 1}")
        pages += 1
    assert pages >= 4, "practice, appearance, your data, tray and reminders"
    dialog.close()


def test_every_dialog(window: MainWindow) -> None:
    openers = {
        "Help now": window.show_crisis_support,
        "Keyboard shortcuts": window.show_shortcuts,
        "Self-check": window.self_check.open,
        "New pattern": window.patterns.new_pattern,
        "About": window._about,
        "Backups": window.data.open_backups,
        "Reminder": lambda: WindowNotifier(window).show_reminder(
            "Ein Moment für dich", "Wenn du so weit bist: Box-Atmung.", "Box-Atmung"
        ),
    }
    check_each_dialog(openers, check_window)


def test_the_self_check_and_its_result(window: MainWindow) -> None:
    dialog = window.self_check.open()
    check_window(dialog, "the self-check's questions")
    for row in dialog.rows:
        row.set_answer(1)
    dialog.save()
    assert dialog.pages.currentWidget() is dialog.result_page
    check_window(dialog, "the self-check's result")
    dialog.close()


def test_the_welcome_pages(window: MainWindow) -> None:
    window.show_welcome()
    dialog = window.welcome_dialog
    assert dialog is not None
    for page in range(dialog.pages.count()):
        dialog._show(page)
        check_window(dialog, f"welcome page {page + 1}")
    dialog.close()


def test_deleting_all_data(window: MainWindow, store: Store) -> None:
    store.add_sessions([make_record(1)])
    window.data.delete_all_data()
    dialog = window.data.dialog
    assert dialog is not None and dialog.isVisible()
    check_window(dialog, "Delete all my data")
    dialog.close()


@pytest.mark.parametrize("exercise_id", ["box", "pmr-16", "imagery-beach", "grounding-54321"])
def test_a_session_from_the_first_question_to_the_summary(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, exercise_id: str
) -> None:
    walk_a_session(qtbot, window, clock, exercise_id, check_window)
