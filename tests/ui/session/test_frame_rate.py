"""A moving view is redrawn once a display refresh only while it moves fast, else 30 times a
second: the same look for half the work, on a laptop battery for a whole session."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.store import Store
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.session.shell import (
    FRAME_INTERVAL_MS,
    SLOW_FRAME_INTERVAL_MS,
    SessionShell,
    display_frame_interval,
)
from tests.ui.helpers import make_shell

QUICK_BREATH = Timeline(
    [Step("inhale", "Breathe in", 1), Step("hold", "Hold", 4), Step("exhale", "Breathe out", 1)]
)


def running_shell(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock, style: str
) -> SessionShell:
    shell = make_shell(
        store,
        catalog,
        clock,
        "box",
        QUICK_BREATH,
        preferences=PlayerPreferences(countdown=False, reduce_motion=style == "bar"),
    )
    qtbot.addWidget(shell)
    shell.resize(800, 700)
    shell.show()
    shell.start()
    return shell


def interval_at(shell: SessionShell, clock: FakeClock, moment: float) -> int:
    clock.advance(moment - shell.runner.elapsed() - 0.017)
    shell.refresh()
    clock.advance(0.017)  # the frame after: the edge has moved since the one before
    shell.refresh()
    return shell.frame_interval_ms


def test_the_circle_gets_a_frame_each_refresh_while_it_grows_and_30_a_second_while_it_rests(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell = running_shell(qtbot, store, catalog, clock, "circle")
    assert interval_at(shell, clock, 0.5) == FRAME_INTERVAL_MS  # the middle of the inhale
    assert interval_at(shell, clock, 3.0) == SLOW_FRAME_INTERVAL_MS  # the hold
    assert interval_at(shell, clock, 5.5) == FRAME_INTERVAL_MS  # the middle of the exhale


def test_the_still_bar_follows_the_same_rule(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell = running_shell(qtbot, store, catalog, clock, "bar")
    assert interval_at(shell, clock, 0.5) == FRAME_INTERVAL_MS
    assert interval_at(shell, clock, 3.0) == SLOW_FRAME_INTERVAL_MS


class Screen:
    def __init__(self, hertz: float) -> None:
        self.hertz = hertz

    def refreshRate(self) -> float:
        return self.hertz


def test_frames_follow_the_display_between_60_and_30_a_second() -> None:
    assert display_frame_interval(Screen(60.0)) == 17  # type: ignore[arg-type]
    assert display_frame_interval(Screen(59.94)) == 17  # type: ignore[arg-type]
    assert display_frame_interval(Screen(50.0)) == 20  # type: ignore[arg-type]
    assert display_frame_interval(Screen(144.0)) == 17  # type: ignore[arg-type]
    assert display_frame_interval(Screen(0.0)) == 17  # type: ignore[arg-type]
    assert display_frame_interval(None) == 17
