"""Motion: nothing flashes more than three times a second (WCAG 2.3.1), however fast a person
skips through a session, and one Reduce motion setting reaches every view."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, timeline_for
from calmkit.core.exercises.breathing.rules import MIN_BREATH_SECONDS
from calmkit.core.exercises.pmr.map import Look, MapState
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.store import Store
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.players.breathing.pacer import PacerWidget, fullness
from calmkit.ui.players.pmr.body_map import MAX_CHANGES_PER_SECOND, BodyMap
from calmkit.ui.widgets import theme
from tests.ui.helpers import make_shell

FRAME = 1 / 60


def most_in_one_second(moments: list[float]) -> int:
    return max(
        (sum(1 for m in moments if start <= m < start + 1.0) for start in moments), default=0
    )


def reversals(timeline: Timeline) -> list[float]:
    """When the pacer's size turns from growing to shrinking or back, frame by frame."""
    turns, direction, previous = [], 0, fullness(timeline.state_at(0.0))
    for frame in range(1, round(timeline.total / FRAME)):
        now = fullness(timeline.state_at(frame * FRAME))
        step = (now > previous) - (now < previous)
        if step and direction and step != direction:
            turns.append(frame * FRAME)
        direction, previous = step or direction, now
    return turns


def test_the_fastest_breathing_the_rules_allow_turns_at_most_three_times_a_second(
    catalog: Catalog,
) -> None:
    quickest = Timeline(
        Step(kind, kind, MIN_BREATH_SECONDS) for _ in range(10) for kind in ("inhale", "exhale")
    )
    assert 1 <= most_in_one_second(reversals(quickest)) <= MAX_CHANGES_PER_SECOND
    for exercise in catalog:
        if exercise.kind == "breathing":
            turns = reversals(timeline_for(exercise))
            assert most_in_one_second(turns) <= 1, exercise.id


def test_skipping_fast_through_groups_changes_the_body_map_at_most_three_times_a_second(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    body = BodyMap()
    qtbot.addWidget(body)
    body.clock = clock.monotonic
    body.set_still(True)  # changes at once: the form where a flash could happen
    body.resize(240, 480)
    body.show()
    qtbot.waitExposed(body)
    drawn: list[float] = []
    looks = (Look.TENSE, Look.RELEASE)
    for press in range(12):  # Right held down: a new group every 40 ms
        state = MapState(frozenset({"right-hand"}), looks[press % 2], f"group {press}")
        before = body.drawn()
        body.show_map(state)
        if body.drawn() != before:
            drawn.append(clock.monotonic())
        clock.advance(0.04)
    assert len(drawn) == MAX_CHANGES_PER_SECOND
    assert body.look() is Look.RELEASE, "what the step asks for is known at once"
    assert body.drawn().name != "group 11", "but drawn only when the second allows"
    clock.advance(1.0)
    body.catch_up()  # what the waiting timer calls
    assert body.drawn().name == "group 11", "the latest state follows, nothing in between"


def test_one_reduce_motion_setting_stills_the_pacer_and_the_fades(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    from calmkit.ui.players.breathing.view import BreathingView
    from calmkit.ui.players.imagery.view import ReaderView
    from calmkit.ui.players.pmr.view import PmrView

    still = PlayerPreferences(countdown=False, reduce_motion=True)
    for exercise in ("box", "pmr-16", "imagery-beach"):
        shell = make_shell(store, catalog, clock, exercise, preferences=still)
        qtbot.addWidget(shell)
        assert shell.still_button.isChecked(), exercise
        view = shell.view
        if isinstance(view, BreathingView):
            assert view.pacer.pacer_style == "bar", "a bar fills in place"
            continue
        shell.show()
        qtbot.waitExposed(shell)
        timeline = shell.runner.timeline
        for index in range(1, 8):  # each new step changes at once: no fade runs
            view.show_state(timeline.state_at(timeline.start_of(index)))
            if isinstance(view, PmrView):
                fading = view.body_map.fading
            else:
                assert isinstance(view, ReaderView)
                fading = view.fading
            assert not fading, (exercise, index)
        shell.hide()


def test_the_pacer_is_redrawn_in_the_new_theme(
    qtbot: QtBot, app_theme: Callable[[str], None]
) -> None:
    app_theme("light")
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(300, 300)
    pacer.show()
    qtbot.waitExposed(pacer)
    assert pacer.grab().toImage().pixelColor(2, 2) == theme.LIGHT_COLOURS.background
    app_theme("dark")
    assert pacer.grab().toImage().pixelColor(2, 2) == theme.DARK_COLOURS.background
