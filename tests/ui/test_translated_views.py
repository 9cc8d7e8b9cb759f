"""Every text a person reads went through translation: with a pseudo-translation that wraps
each catalog string in ⟦…⟧, every view, each kind's session and every dialog is walked, and
any visible text with words outside the marks fails (it would stay English in German)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmkit import APP_NAME, translations
from calmkit.core.clock import FakeClock
from calmkit.core.crisis import load_crisis_resources
from calmkit.core.exercises import Catalog, load_catalog
from calmkit.core.preferences import PlayerPreferences, save_player_preferences
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record
from tests.test_translations import update_tool
from tests.ui.conftest import RecordingCues, RecordingSpeaker
from tests.ui.helpers import check_each_dialog, main_dialog_openers, walk_a_session

MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
PATH = re.compile(r"(?<![\w/])/[^\s;,:]+")  # folders and files are named as they are
TAG = re.compile(r"<[^>]*>|&\w+;|&#\d+;")
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: units like "s" come from templates


@pytest.fixture(scope="module")
def pseudo_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pseudo") / "calmkit_de.qm"
    update_tool().pseudo_catalog(target)
    return target


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_catalog: Path) -> Iterator[None]:
    assert translations.load_language("de", pseudo_catalog) == "de"
    yield
    translations.unload()


@pytest.fixture
def catalog(pseudo: None) -> Catalog:
    return load_catalog(exercise_dirs())  # after the translation: the exercises' own texts


@pytest.fixture
def window(
    qtbot: QtBot, catalog: Catalog, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    save_player_preferences(store, PlayerPreferences(countdown=False, cautions_seen=("holds",)))
    save_practice_settings(store, PracticeSettings())  # the rating pages are walked too
    win = MainWindow(
        catalog,
        store,
        clock,
        resource_path("sounds"),
        load_crisis_resources(resource_path("crisis.toml")),
    )
    monkeypatch.setattr(win, "_cue_player", RecordingCues)
    monkeypatch.setattr(win, "_voice", RecordingSpeaker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


KEYS = [
    *(getattr(Qt.Key, f"Key_{name}") for name in ("Space", "Escape", "Return", "Enter")),
    *(getattr(Qt.Key, f"Key_{name}") for name in ("Up", "Down", "Left", "Right", "Home")),
    *(getattr(Qt.Key, f"Key_{name}") for name in ("End", "Tab", "Backspace", "Delete")),
    *(getattr(Qt.Key, f"Key_{name}") for name in ("PageUp", "PageDown", "Menu", "Insert")),
]


def standard_button_words() -> set[str]:
    """Save, Cancel, Close…: Qt's standard buttons, translated by Qt's own catalog."""
    box = QDialogButtonBox()
    words = set()
    for flag in QDialogButtonBox.StandardButton:
        if flag in (QDialogButtonBox.StandardButton.NoButton,):
            continue
        button = box.addButton(flag)
        if button is not None:
            words.add(button.text().replace("&", ""))
    return words


def qt_words() -> list[str]:
    """Words Qt itself gives: month and day names for the UI language, key names."""
    locale = QLocale()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    native = QKeySequence.SequenceFormat.NativeText
    words = {
        *(locale.monthName(m, f) for m in range(1, 13) for f in formats),
        *(locale.standaloneMonthName(m, f) for m in range(1, 13) for f in formats),
        *(locale.dayName(d, f) for d in range(1, 8) for f in formats),
        *(QKeySequence(key).toString(native) for key in KEYS),
        *("Ctrl", "Shift", "Alt", "Meta"),
        APP_NAME,  # the name stays CalmKit in every language
        *standard_button_words(),
    }
    return sorted(words, key=len, reverse=True)  # "September" before "Sep"


def untranslated(text: str) -> str:
    """The words in `text` that did not come through translation, or "".

    The pseudo-translation turns every catalog string into capitals inside ⟦…⟧, so a word in
    lower case is English that skipped it, whether on its own or put into a translated text.
    """
    rest = PATH.sub(" ", TAG.sub(" ", text)).replace("&", "")
    for word in qt_words():
        rest = re.sub(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", " ", rest)
    left = [word for word in WORD.findall(rest) if any(ch.islower() for ch in word)]
    outside = MARKED.sub(" ", rest)
    while MARKED.search(outside):
        outside = MARKED.sub(" ", outside)
    left += [word for word in WORD.findall(outside) if word not in left]
    return " ".join(left)


def texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        try:
            columns = model.columnCount(top)
        except TypeError:  # a list model keeps columnCount() to itself: one column
            columns = 1
        for row in range(min(model.rowCount(top), 30)):
            for column in range(columns):
                yield str(model.data(model.index(row, column)) or "")
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for action in widget.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from (a.text() for a in menu.actions())


def english_left(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        if widget.isVisible():
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            extra = [name] if name and not widget.accessibleName() else []
        else:
            extra = []
        for text in [*texts(widget), *extra]:
            left = untranslated(text or "")
            if left:
                found.append(f"{type(widget).__name__}: {left!r} (in {text!r})")
    return sorted(set(found))


def check(root: QWidget, where: str) -> None:
    left = english_left(root)
    assert not left, f"{where}: English left untranslated:\n" + "\n".join(left)


def test_the_library_history_and_menus_are_all_translated(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # Enough rated sessions that History shows every part: changes, notes and the charts.
    store.add_sessions(
        [make_record(n, distress_before=6, distress_after=3, note="") for n in range(12)]
        + [make_record(n + 12, exercise_id="pmr-4", exercise_kind="pmr") for n in range(3)]
    )
    for exercise in window.catalog:
        window.library.select(exercise.id)
        check(window, f"library with {exercise.id}")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    for section in range(history.sections.count()):
        history.sections.setCurrentIndex(section)
        check(window, f"History section {section}")
    for menu in window.menuBar().findChildren(QMenu):
        check(menu, f"menu {menu.title()}")


@pytest.mark.parametrize("exercise_id", ["box", "pmr-4", "imagery-beach", "grounding-54321"])
def test_each_kind_of_session_is_translated(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, exercise_id: str
) -> None:
    walk_a_session(qtbot, window, clock, exercise_id, check)


def test_every_dialog_is_translated(window: MainWindow) -> None:
    check_each_dialog(main_dialog_openers(window), check)


def test_the_walk_would_see_english(window: MainWindow) -> None:
    """The check itself: an English label in the window is found."""
    label = QLabel("Breathe in slowly", window.library)
    label.show()
    assert any("Breathe in slowly" in line for line in english_left(window))
    assert untranslated("⟦START ⟦BOX⟧⟧ 4:00, Space") == ""
    assert untranslated("⟦START⟧ now") == "now"
    assert untranslated("⟦START Box breathing⟧") == "Box breathing", "an English value inside"
