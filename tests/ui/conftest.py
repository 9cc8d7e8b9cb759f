from __future__ import annotations

import array
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.crisis import load_crisis_resources
from calmkit.core.exercises import Catalog, load_catalog
from calmkit.core.preferences import PlayerPreferences, save_player_preferences
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.main_window import MainWindow


class RecordingCues:
    """Stands in for the sound output: remembers every cue asked for."""

    start_lead = 0.0

    def __init__(self) -> None:
        self.warmed = 0
        self.kinds: list[str] = []
        self.moments: list[float] = []
        self.withdrawn = 0
        self.muted = False
        self.volume = 1.0
        self.clips: list[tuple[str, int, float]] = []  # text, samples, moment
        self.ambient: tuple[str, float] | None = None  # the ambient sound asked for now
        self.ambient_changes: list[tuple[str, float] | None] = []

    def warm_up(self) -> None:
        self.warmed += 1

    def schedule(self, kind: str, moment: float) -> None:
        if not self.muted:
            self.kinds.append(kind)
            self.moments.append(moment)

    def play_clip(self, name: str, samples: array.array[int], moment: float) -> None:
        self.clips.append((name, len(samples), moment))

    def withdraw(self) -> None:
        self.withdrawn += 1

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_ambient(self, name: str | None, volume: float) -> None:
        self.ambient = (name, volume) if name is not None else None
        self.ambient_changes.append(self.ambient)


class RecordingSpeaker:
    """Stands in for the speech engine."""

    def __init__(self, problem: str = "") -> None:
        self.problem = problem
        self.said: list[str] = []
        self.volume = 1.0

    @property
    def available(self) -> bool:
        return not self.problem

    def say(self, text: str, interrupt: bool = False) -> None:
        if self.available:
            self.said.append(text)

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        self.volume = volume


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
def preferences() -> PlayerPreferences:
    """Most tests start sessions straight away; the countdown and caution have their own."""
    return PlayerPreferences(countdown=False, cautions_seen=("holds",))


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def practice_settings() -> PracticeSettings:
    """Most tests start sessions straight away; the distress prompts have their own tests."""
    return PracticeSettings(ask_distress=False)


@pytest.fixture
def window(
    qtbot: QtBot,
    preferences: PlayerPreferences,
    practice_settings: PracticeSettings,
    speaker: RecordingSpeaker,
    catalog: Catalog,
    store: Store,
    clock: FakeClock,
    cues: RecordingCues,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    save_player_preferences(store, preferences)
    save_practice_settings(store, practice_settings)
    win = MainWindow(
        catalog,
        store,
        clock,
        resource_path("sounds"),
        load_crisis_resources(resource_path("crisis.toml")),
    )
    monkeypatch.setattr(win, "_cue_player", lambda: cues)
    monkeypatch.setattr(win, "_voice", lambda: speaker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Put the application in a theme by name (as Settings would), and back afterwards."""
    from calmkit.ui.widgets import theme

    before = (qapp.palette(), qapp.styleSheet(), theme.colours())

    def use(name: str) -> None:
        theme.apply_colours(qapp, theme.THEMES[name])

    yield use
    palette, sheet, colours = before
    # Widgets still waiting for their deleteLater() go first: with one pending, removing the
    # application's style sheet and setting one again crashed the next setStyleSheet() here
    # (a segmentation fault in about half the runs of test_focus_visible.py).
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply_colours(qapp, colours)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
