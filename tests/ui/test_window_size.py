"""The first window fits the screen it opens on, down to 800x600, with Start on screen."""

from __future__ import annotations

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
