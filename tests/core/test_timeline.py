from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calmkit.core.timeline import Step, Timeline


def box(cycles: int = 2) -> Timeline:
    kinds = ("inhale", "hold", "exhale", "rest")
    return Timeline(Step(k, k.title(), 4.0, cycle=c) for c in range(cycles) for k in kinds)


def test_boundaries_are_the_sums_of_the_earlier_steps() -> None:
    timeline = box(cycles=2)
    assert list(timeline.starts) == [0, 4, 8, 12, 16, 20, 24, 28]
    assert timeline.total == 32
    assert timeline.cycles == 2


@pytest.mark.parametrize(
    ("elapsed", "index", "kind", "remaining_in_step"),
    [
        (0.0, 0, "inhale", 4.0),
        (3.999, 0, "inhale", 0.001),
        (4.0, 1, "hold", 4.0),
        (13.5, 3, "rest", 2.5),
        (31.0, 7, "rest", 1.0),
    ],
)
def test_state_at_names_the_step_and_time_left(
    elapsed: float, index: int, kind: str, remaining_in_step: float
) -> None:
    state = box().state_at(elapsed)
    assert state.index == index
    assert state.step.kind == kind
    assert state.remaining_in_step == pytest.approx(remaining_in_step)
    assert not state.finished


def test_the_end_and_beyond_is_finished_on_the_last_step() -> None:
    timeline = box()
    for elapsed in (32.0, 100.0):
        state = timeline.state_at(elapsed)
        assert state.finished
        assert state.index == len(timeline) - 1
        assert state.remaining_total == 0


def test_steps_need_positive_durations() -> None:
    with pytest.raises(ValueError, match="positive duration"):
        Step("inhale", "In", 0.0)
    with pytest.raises(ValueError, match="at least one step"):
        Timeline([])


def test_json_has_start_duration_kind_and_label() -> None:
    rows = box(cycles=1).to_json()
    assert [(r["start"], r["duration"], r["kind"], r["label"]) for r in rows] == [
        (0.0, 4.0, "inhale", "Inhale"),
        (4.0, 4.0, "hold", "Hold"),
        (8.0, 4.0, "exhale", "Exhale"),
        (12.0, 4.0, "rest", "Rest"),
    ]


@given(
    durations=st.lists(st.floats(min_value=0.5, max_value=30), min_size=1, max_size=200),
    fraction=st.floats(min_value=0, max_value=1),
)
def test_state_at_always_lands_inside_its_step(durations: list[float], fraction: float) -> None:
    timeline = Timeline(Step("inhale", "In", d) for d in durations)
    elapsed = fraction * timeline.total
    state = timeline.state_at(elapsed)
    start = timeline.starts[state.index]
    assert start <= elapsed <= start + timeline.steps[state.index].duration + 1e-9
    assert state.elapsed_total + state.remaining_total == pytest.approx(timeline.total)


def test_a_long_session_of_fractional_steps_keeps_exact_boundaries() -> None:
    # 5.45 s phases for 20 minutes: the last boundary must sit where arithmetic says.
    steps = [Step("inhale" if i % 2 == 0 else "exhale", "x", 5.45) for i in range(220)]
    timeline = Timeline(steps)
    assert timeline.starts[-1] == pytest.approx(219 * 5.45, abs=1e-9)


def parts_timeline() -> Timeline:
    """An opening (part 0), two groups of three steps (parts 1, 2) and a close (part 3)."""
    steps = [Step("intro", "Settle", 5, cycle=0)]
    for part in (1, 2):
        steps += [
            Step("pause", "Next", 4, cycle=part),
            Step("tense", "Tense", 6, cycle=part),
            Step("release", "Let go", 30, cycle=part),
        ]
    steps.append(Step("outro", "Back", 8, cycle=3))
    return Timeline(steps)


def test_right_goes_to_the_start_of_the_next_part_from_anywhere_in_it() -> None:
    timeline = parts_timeline()
    assert timeline.part_start(0.0, 1) == 1
    assert timeline.part_start(5 + 4 + 2, 1) == 4  # mid-tensing of the first group
    assert timeline.part_start(timeline.total - 1, 1) == 7  # already in the last part


def test_left_restarts_the_part_first_then_goes_to_the_one_before() -> None:
    timeline = parts_timeline()
    second_group = timeline.start_of(4)
    assert timeline.part_start(second_group + 20, -1) == 4  # well into it: back to its start
    assert timeline.part_start(second_group + 1, -1) == 1  # just begun: the group before
    assert timeline.part_start(1.0, -1) == 0  # nothing before the opening
