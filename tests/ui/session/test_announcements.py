"""What a screen reader hears during a session: each new step once, at a calm pace, and
pausing and the end at once; nothing every second."""

from __future__ import annotations

import itertools

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import SessionLength, SessionPlan
from calmkit.core.preferences import PlayerPreferences
from calmkit.ui.main_window import MainWindow
from calmkit.ui.session.shell import SessionShell
from calmkit.ui.widgets.announcer import MIN_GAP_S


def run_for(shell: SessionShell, clock: FakeClock, seconds: float, frame: float = 0.1) -> None:
    """Repaint as the frame timer would, every `frame` seconds of the fake clock."""
    for _ in range(round(seconds / frame)):
        clock.advance(frame)
        shell.refresh()


def started(window: MainWindow, exercise_id: str, plan: SessionPlan | None = None) -> SessionShell:
    window.start_exercise(exercise_id, plan, skip_cautions=True)
    shell = window.session
    assert shell is not None and shell.started
    return shell


def test_each_breath_phase_is_said_once_with_its_length(
    window: MainWindow, clock: FakeClock
) -> None:
    shell = started(window, "box", SessionPlan(SessionLength(minutes=1)))
    run_for(shell, clock, 40)
    said = shell.announcer.said
    assert said[0] == "Breathe in, 4 seconds. A gentle, normal-sized breath in"
    assert said[4:8] == [
        "Breathe in, 4 seconds",
        "Hold, 4 seconds",
        "Breathe out, 4 seconds",
        "Pause, 4 seconds",
    ], "the longer words only the first time"
    assert len(said) == 10, "one for each phase begun in 40 s of 4-second phases"
    moments = [moment for moment, _ in shell.announcer.history]
    assert all(b - a >= MIN_GAP_S for a, b in itertools.pairwise(moments))


def test_a_phase_too_short_to_say_calmly_is_left_to_the_picture(
    window: MainWindow, clock: FakeClock
) -> None:
    shell = started(window, "cyclic-sigh")
    run_for(shell, clock, 30)
    moments = [moment for moment, _ in shell.announcer.history]
    assert moments and all(b - a >= MIN_GAP_S for a, b in itertools.pairwise(moments))


def test_pausing_going_on_and_the_end_are_said_at_once(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    shell = started(window, "box")
    run_for(shell, clock, 0.5)
    shell.toggle_pause()
    assert shell.announcer.said[-1] == "Paused. Press Space to continue."
    shell.toggle_pause()
    assert shell.announcer.said[-1] == "Continuing. Breathe in, 4 seconds"
    clock.advance(10)
    shell.stop()
    assert shell.announcer.said[-1].startswith("Session ended. You practised for ")


@pytest.mark.parametrize("preferences", [PlayerPreferences(countdown=True)])
def test_the_countdown_is_said_once_not_each_number(window: MainWindow, clock: FakeClock) -> None:
    window.start_exercise("box")
    shell = window.session
    assert shell is not None
    shell.start()
    run_for(shell, clock, 2.5)
    assert shell.announcer.said == ["Get ready. Box breathing begins in a moment."]
    run_for(shell, clock, 1)
    assert shell.announcer.said[-1].startswith("Breathe in, 4 seconds. ")


def test_what_the_voice_says_is_not_announced_over_it(window: MainWindow, clock: FakeClock) -> None:
    shell = started(window, "pmr-4")
    assert shell.voice_on, "muscle relaxation is narrated"
    run_for(shell, clock, 1)
    assert shell.announcer.said == []
    shell.voice_button.setChecked(False)
    first = shell.runner.state().index
    while shell.runner.state().index == first:
        run_for(shell, clock, 1)
    (said,) = shell.announcer.said
    assert said.startswith(shell.runner.state().step.label)
