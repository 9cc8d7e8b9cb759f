"""The breathing pacer: how full the circle is at each moment of a breath."""

from __future__ import annotations

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, SessionLength, SessionPlan, timeline_for
from calmkit.core.session import SessionRunner
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.players.breathing.pacer import fullness


def box_runner(clock: FakeClock, catalog: Catalog, cycles: int = 2) -> SessionRunner:
    return SessionRunner(
        timeline_for(catalog.get("box"), SessionPlan(SessionLength(cycles=cycles))), clock
    )


def test_the_pacer_grows_on_the_inhale_holds_and_shrinks_on_the_exhale(
    clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    runner.start()
    sizes = []
    for _ in range(8):
        sizes.append(round(fullness(runner.state()), 3))
        clock.advance(2)
    assert sizes == [0.0, 0.5, 1.0, 1.0, 1.0, 0.5, 0.0, 0.0]


def test_a_top_up_inhale_goes_beyond_a_full_breath() -> None:
    timeline = Timeline(
        [Step("inhale", "In", 2), Step("inhale-top-up", "Top up", 1), Step("exhale", "Out", 4)]
    )
    clock = FakeClock()
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(2.999)
    assert fullness(runner.state()) > 1.0
