"""Every control a person can use has a name a screen reader can say: walked view by view
(library, History, each kind's session, its pages before and after, every dialog), as Qt's
accessibility layer reports it to the desktop (AT-SPI on Linux)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record
from tests.ui.helpers import (
    after_panel,
    before_page,
    check_each_dialog,
    main_dialog_openers,
    open_dialogs,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QTabBar,
    QGraphicsView,
)


def qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own controls and names itself (a spin box's text field,
    a scroll area's bars, a table's header, a tab bar's scroll arrows)."""
    if isinstance(widget, QScrollBar | QHeaderView):  # a header is read as its table's
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    return isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar)


def interactive(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or qt_internal(widget) or widget.focusProxy() is not None:
            continue  # a focus proxy (a tab widget's tab bar) is walked itself
        takes_keys = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if isinstance(widget, INTERACTIVE) or takes_keys:
            yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget) -> list[str]:
    """Each visible interactive control under `root` that a screen reader cannot name."""
    found = []
    for widget in interactive(root):
        if isinstance(widget, QTabBar):
            missing = [i for i in range(widget.count()) if not widget.tabText(i).strip()]
            if missing or not (accessible_name(widget) or widget.count()):
                found.append(f"{type(widget).__name__} with unnamed tabs {missing}")
            continue
        if not accessible_name(widget):
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{type(widget).__name__}({text!r}) in {type(widget.window()).__name__}")
    return found


def check(root: QWidget, where: str) -> int:
    problems = unnamed(root)
    assert not problems, f"{where}: {problems}"
    return sum(1 for _ in interactive(root))


@pytest.fixture
def practice_settings() -> PracticeSettings:
    return PracticeSettings()  # ratings on: the pages before and after are walked too


def test_the_library_and_history_name_every_control(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.add_sessions(
        [make_record(n, distress_before=6, distress_after=3, note="calm") for n in range(4)]
    )
    walked = 0
    for exercise in window.catalog:  # every kind's options in the library
        window.library.select(exercise.id)
        walked += check(window, f"library with {exercise.id}")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    for section in range(history.sections.count()):
        history.sections.setCurrentIndex(section)
        walked += check(window, f"History section {history.sections.tabText(section)}")
    assert walked > 60, "the walk reached the controls"


@pytest.mark.parametrize("exercise_id", ["box", "pmr-4", "imagery-beach", "grounding-54321"])
def test_each_kind_of_session_names_every_control(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, exercise_id: str
) -> None:
    window.library.select(exercise_id)
    window.library.start()
    for dialog in open_dialogs():  # a caution first
        check(dialog, f"caution before {exercise_id}")
        dialog.accept()
    page = before_page(window)
    assert page is not None
    check(window, f"the rating before {exercise_id}")
    qtbot.keyClick(page.prompt, Qt.Key.Key_9)  # high: the support page comes too
    shell = window.session
    assert shell is not None
    if shell.support_page is not None:
        check(window, f"support before {exercise_id}")
        shell.support_page.start_requested.emit()
    assert shell.started
    clock.advance(5)
    shell.refresh()
    check(window, f"{exercise_id} running")
    shell.stop()
    panel = after_panel(window)
    assert panel is not None and panel.prompt is not None
    qtbot.waitUntil(panel.isVisible)
    check(window, f"{exercise_id} summary")
    panel.correct_before()
    check(window, f"{exercise_id} correcting the rating before")


def test_every_dialog_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    check_each_dialog(main_dialog_openers(window), check)
