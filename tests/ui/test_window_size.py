"""The first window fits the screen it opens on, down to 800x600, with Start on screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog
from calmkit.core.store import Store
from calmkit.resources import resource_path
from calmkit.ui.main_window import PREFERRED_SIZE, MainWindow


def opened_on(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    room: QRect,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
) -> MainWindow:
    """A screen whose free space (without panels) is `room`."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)
    window = MainWindow(catalog, store, clock, resource_path("sounds"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_on_an_800_by_600_screen_the_window_and_start_fit(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
) -> None:
    room = QRect(0, 27, 800, 573)  # a top panel takes 27 px
    window = opened_on(qtbot, monkeypatch, room, store, catalog, clock)
    assert window.width() <= room.width() and window.height() <= room.height() - 30
    assert room.contains(window.geometry().topLeft())
    start = window.library.start_button
    corner = start.mapTo(window, QPoint(start.width(), start.height()))
    assert window.rect().contains(corner), "Start is inside the window, not cut off"
    assert start.isVisible()


def test_on_a_large_screen_it_opens_at_its_preferred_size(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
) -> None:
    room = QRect(0, 0, 1920, 1050)
    window = opened_on(qtbot, monkeypatch, room, store, catalog, clock)
    assert (window.width(), window.height()) == PREFERRED_SIZE


@pytest.mark.parametrize("theme_name", ["light", "high-contrast"])
def test_every_exercise_and_every_kind_of_session_fits_an_800_by_600_screen(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
    app_theme: Callable[[str], None],
    theme_name: str,
) -> None:
    """The window may not grow past the screen: with muscle relaxation's many choices chosen
    in the library, or in a session of any kind (its controls row included), in every theme
    (the style sheet sets the type and the spacing)."""
    app_theme(theme_name)
    room = QRect(0, 27, 800, 573)
    window = opened_on(qtbot, monkeypatch, room, store, catalog, clock)
    frame = 30  # the window manager's title bar

    def fits() -> bool:
        needed = window.minimumSizeHint()
        return needed.width() <= room.width() and needed.height() <= room.height() - frame

    library = window.library
    for row in range(library.list.count()):
        library.list.setCurrentRow(row)
        assert fits(), f"the library with {library.name.text()} chosen"
    for kind in sorted({e.kind for e in catalog}):
        exercise = next(e for e in catalog if e.kind == kind)
        window.start_exercise(exercise.id)
        assert window.session is not None
        if window.session.caution_dialog is not None:
            window.session.caution_dialog.accept()
        assert fits(), f"a {kind} session needs {window.minimumSizeHint()}"
        window.end_session_now()
