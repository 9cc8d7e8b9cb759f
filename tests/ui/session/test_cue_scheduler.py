"""Cues aimed from the session start: late timers, stalls, pauses and jumps never shift them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, SessionLength, SessionPlan, timeline_for
from calmkit.core.session import SessionRunner
from calmkit.ui.session.cue_scheduler import CueScheduler


def box_runner(clock: FakeClock, catalog: Catalog, cycles: int = 2) -> SessionRunner:
    return SessionRunner(
        timeline_for(catalog.get("box"), SessionPlan(SessionLength(cycles=cycles))), clock
    )


def test_cues_are_aimed_from_the_start_so_a_late_cue_does_not_delay_the_next(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    heard: list[tuple[int, str]] = []
    scheduler.cue.connect(lambda i, kind: heard.append((i, kind)))
    runner.start()
    scheduler.begin()
    assert heard == [(0, "inhale")]
    assert scheduler.next_wait_ms == 4000

    clock.advance(3.9)
    scheduler.fire_due()  # woke early: nothing yet, aim again at the same boundary
    assert heard == [(0, "inhale")]
    assert scheduler.next_wait_ms == 100

    clock.advance(0.4)  # 300 ms late this time
    scheduler.fire_due()
    assert heard[-1] == (1, "hold")
    assert scheduler.next_wait_ms == 3700, "aimed at start + 8 s, not at this cue + 4 s"


def test_after_a_stall_only_the_current_boundary_is_cued(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    heard: list[int] = []
    scheduler.cue.connect(lambda i, _kind: heard.append(i))
    runner.start()
    scheduler.begin()
    clock.advance(9)  # the machine was busy through two boundaries
    scheduler.fire_due()
    assert heard == [0, 2]


def test_a_pause_moves_every_later_cue_by_the_paused_time(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    runner.start()
    scheduler.begin()
    clock.advance(1)
    runner.pause()
    scheduler.suspend()
    assert scheduler.next_wait_ms == -1
    clock.advance(60)
    runner.resume()
    scheduler.resume()
    assert scheduler.next_wait_ms == 3000


def test_after_a_jump_to_a_step_it_is_cued_now_and_later_cues_follow_from_there(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    heard: list[int] = []
    ahead: list[tuple[int, float]] = []
    scheduler.cue.connect(lambda i, _kind: heard.append(i))
    scheduler.upcoming.connect(lambda i, _kind, moment: ahead.append((i, moment)))
    runner.start()
    scheduler.begin()
    clock.advance(1)
    runner.jump_to(5)
    scheduler.restart()
    assert heard == [0, 5]
    assert ahead[-1] == (5, pytest.approx(clock.monotonic()))
    assert scheduler.next_wait_ms == 4000  # the next boundary is a whole step away
