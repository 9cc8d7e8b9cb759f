from __future__ import annotations

import pytest

from calmkit.core.clock import FakeClock
from calmkit.core.session import SessionError, SessionRunner, SessionStatus
from calmkit.core.timeline import Step, Timeline


def make_runner(clock: FakeClock, cycles: int = 2) -> SessionRunner:
    kinds = ("inhale", "hold", "exhale", "rest")
    steps = [Step(k, k, 4.0, cycle=c) for c in range(cycles) for k in kinds]
    return SessionRunner(Timeline(steps), clock)


def test_position_follows_the_clock_not_how_often_it_is_read() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    runner.start()
    clock.advance(9.5)  # no reads in between: nothing is counted, all is derived
    state = runner.state()
    assert (state.index, state.step.kind) == (2, "exhale")
    assert state.remaining_in_step == pytest.approx(2.5)


def test_pause_freezes_the_position_and_resume_continues_from_it() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    runner.start()
    clock.advance(5)
    runner.pause()
    clock.advance(600)  # ten minutes away
    assert runner.elapsed() == pytest.approx(5)
    assert runner.status is SessionStatus.PAUSED
    runner.resume()
    clock.advance(1)
    assert runner.elapsed() == pytest.approx(6)
    assert runner.state().step.kind == "hold"


def test_deadlines_move_by_the_time_spent_paused() -> None:
    clock = FakeClock(start=100.0)
    runner = make_runner(clock)
    runner.start()
    assert runner.monotonic_deadline(3) == pytest.approx(112)
    clock.advance(1)
    runner.pause()
    clock.advance(30)
    runner.resume()
    assert runner.monotonic_deadline(3) == pytest.approx(142)
    assert runner.monotonic_deadline(len(runner.timeline)) == pytest.approx(100 + 30 + 32)


def test_finishing_records_a_complete_session_ending_when_the_timeline_ran_out() -> None:
    clock = FakeClock()
    runner = make_runner(clock, cycles=1)
    runner.start()
    started = clock.now()
    clock.advance(20)  # looked at 4 s after the end
    assert runner.status is SessionStatus.FINISHED
    outcome = runner.outcome()
    assert outcome.completed
    assert outcome.actual_seconds == pytest.approx(16)
    assert (outcome.ended_at - started).total_seconds() == pytest.approx(16)


def test_stopping_early_records_the_part_practised() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    runner.start()
    clock.advance(10)
    runner.stop()
    clock.advance(100)
    outcome = runner.outcome()
    assert not outcome.completed
    assert outcome.actual_seconds == pytest.approx(10)
    assert outcome.planned_seconds == pytest.approx(32)
    runner.stop()  # a second stop changes nothing
    assert runner.outcome() == outcome


def test_stop_while_paused_counts_only_the_time_before_the_pause() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    runner.start()
    clock.advance(3)
    runner.pause()
    clock.advance(50)
    runner.stop()
    assert runner.outcome().actual_seconds == pytest.approx(3)


def test_a_session_can_start_only_once_and_unstarted_has_no_outcome() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    with pytest.raises(SessionError):
        runner.outcome()
    runner.start()
    with pytest.raises(SessionError, match="cannot start"):
        runner.start()


def test_pause_and_resume_out_of_turn_do_nothing() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    runner.resume()
    runner.pause()
    assert runner.status is SessionStatus.READY
    runner.start()
    runner.resume()
    assert runner.status is SessionStatus.RUNNING


def test_a_delayed_start_counts_down_then_runs_from_the_set_moment() -> None:
    clock = FakeClock(start=50.0)
    runner = make_runner(clock)
    runner.start(delay=3)
    assert runner.counting_down
    assert runner.monotonic_deadline(0) == pytest.approx(53)
    clock.advance(2)
    assert runner.elapsed() == pytest.approx(-1)
    assert runner.state().index == 0 and runner.state().elapsed_total == 0
    clock.advance(1.5)
    assert not runner.counting_down
    assert runner.elapsed() == pytest.approx(0.5)


def test_stopping_during_the_countdown_leaves_nothing_to_record() -> None:
    clock = FakeClock()
    runner = make_runner(clock)
    runner.start(delay=3)
    clock.advance(1)
    runner.stop()
    assert runner.is_over and not runner.practised
    with pytest.raises(SessionError):
        runner.outcome()


def test_the_recorded_start_is_when_the_first_step_began() -> None:
    clock = FakeClock()
    runner = make_runner(clock, cycles=1)
    wall = clock.now()
    runner.start(delay=3)
    clock.advance(3 + 16)
    outcome = runner.outcome()
    assert (outcome.started_at - wall).total_seconds() == pytest.approx(3)
    assert outcome.actual_seconds == pytest.approx(16)


def test_jumping_to_a_step_moves_the_position_and_its_deadlines_but_not_the_practice() -> None:
    clock = FakeClock()
    timeline = Timeline([Step("a", "A", 10), Step("b", "B", 20), Step("c", "C", 30)])
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(4)
    runner.jump_to(2)
    assert runner.state().index == 2 and runner.state().elapsed_in_step == 0
    assert runner.monotonic_deadline(3) == pytest.approx(clock.monotonic() + 30)
    clock.advance(5)
    runner.jump_to(0)  # back to the start: what was done so far still counts
    assert runner.elapsed() == 0
    clock.advance(60)
    outcome = runner.outcome()
    assert outcome.completed
    assert outcome.actual_seconds == pytest.approx(4 + 5 + 60)


def test_jumping_while_paused_keeps_the_session_paused_at_the_new_step() -> None:
    clock = FakeClock()
    timeline = Timeline([Step("a", "A", 10), Step("b", "B", 20)])
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(3)
    runner.pause()
    runner.jump_to(1)
    clock.advance(100)
    assert runner.status is SessionStatus.PAUSED and runner.elapsed() == 10
    runner.jump_to(9)  # past the end: the last step
    assert runner.state().index == 1
