from __future__ import annotations

from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock, SystemClock
from calmkit.core.exercises import Catalog, SessionLength
from calmkit.core.exercises.catalog import timeline_for
from calmkit.core.session import SessionRunner
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.breathing_player import BreathingPlayer
from calmkit.ui.cue_scheduler import CueScheduler
from calmkit.ui.pacer import fullness

from .conftest import RecordingCues


def box_runner(clock: FakeClock, catalog: Catalog, cycles: int = 2) -> SessionRunner:
    return SessionRunner(timeline_for(catalog.get("box"), SessionLength(cycles=cycles)), clock)


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


def test_a_real_session_cues_every_step_on_time_with_real_timers(qtbot: QtBot) -> None:
    """The one wiring test that uses real QTimers; the timing itself is benchmarked."""
    steps = [
        Step(kind, kind, 0.06, cycle=c)
        for c in range(2)
        for kind in ("inhale", "hold", "exhale", "rest")
    ]
    timeline = Timeline(steps)
    clock = SystemClock()
    cues = RecordingCues()
    from calmkit.core.exercises import load_catalog
    from calmkit.resources import exercise_dirs

    exercise = load_catalog(exercise_dirs()).get("box")
    player = BreathingPlayer(exercise, timeline, clock, cues)
    qtbot.addWidget(player)
    lateness: list[float] = []
    player.scheduler.cue.connect(
        lambda i, _k: lateness.append(clock.monotonic() - player.runner.monotonic_deadline(i))
    )
    with qtbot.waitSignal(player.session_over, timeout=5000):
        player.start()
    assert cues.kinds == ["inhale", "hold", "exhale", "rest"] * 2
    assert player.runner.outcome().completed
    assert player.summary_title.text() == "Session complete"
    # Generous bound for a loaded CI machine; the benchmark measures the real accuracy.
    assert max(lateness) < 0.05, lateness
    assert min(lateness) > -0.003, "a cue must never come early"


def test_the_countdown_counts_whole_seconds_down_to_one(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    exercise = catalog.get("box")
    player = BreathingPlayer(exercise, timeline_for(exercise), clock, RecordingCues())
    qtbot.addWidget(player)
    player.start()
    seen = []
    for _ in range(4):
        player.refresh()
        seen.append(player.countdown_label.text())
        clock.advance(1)
    assert seen == ["4", "3", "2", "1"]
    assert player.remaining_label.text() == "3:57 left"  # read at 3 s of 240


def test_the_sound_player_is_silent_but_working_without_an_audio_device(qtbot: QtBot) -> None:
    from calmkit.resources import resource_path
    from calmkit.ui.audio import CuePlayer

    cues = CuePlayer(resource_path("sounds"))
    cues.warm_up()
    cues.play_cue("inhale")
    assert cues.played == 1
    cues.set_muted(True)
    cues.play_cue("exhale")
    assert cues.played == 2 and cues.muted
