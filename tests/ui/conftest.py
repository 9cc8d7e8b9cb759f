from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.crisis import load_crisis_resources
from calmkit.core.exercises import Catalog, load_catalog
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.main_window import MainWindow


class RecordingCues:
    """Stands in for the sound output: remembers every cue asked for."""

    def __init__(self) -> None:
        self.warmed = 0
        self.kinds: list[str] = []

    def warm_up(self) -> None:
        self.warmed += 1

    def play_cue(self, kind: str) -> None:
        self.kinds.append(kind)


@pytest.fixture
def catalog() -> Catalog:
    return load_catalog(exercise_dirs())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir / "calmkit.db") as opened:
        yield opened


@pytest.fixture
def cues() -> RecordingCues:
    return RecordingCues()


@pytest.fixture
def window(
    qtbot: QtBot,
    catalog: Catalog,
    store: Store,
    clock: FakeClock,
    cues: RecordingCues,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    win = MainWindow(
        catalog,
        store,
        clock,
        resource_path("sounds"),
        load_crisis_resources(resource_path("crisis.toml")),
    )
    monkeypatch.setattr(win, "_cue_player", lambda: cues)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
