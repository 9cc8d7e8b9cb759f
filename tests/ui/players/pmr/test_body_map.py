"""The body map: the group's regions marked, on the right side of the figure, fading in."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from calmkit.core.exercises import Catalog
from calmkit.core.exercises.pmr import GROUPS, REGIONS, Sides
from calmkit.core.exercises.pmr.map import Look, MapState
from calmkit.ui.players.pmr.body_map import BodyMap, figure_paths
from calmkit.ui.players.pmr.view import PmrView
from calmkit.ui.widgets import theme
from tests.ui.players.pmr.conftest import first_step, pmr16

RIGHT_HAND = MapState(
    frozenset({"right-hand", "right-forearm"}), Look.TENSE, "Right hand and forearm"
)


def shown_map(qtbot: QtBot, *, still: bool) -> BodyMap:
    body = BodyMap()
    qtbot.addWidget(body)
    body.set_still(still)
    body.resize(240, 480)
    body.show()
    qtbot.waitExposed(body)
    return body


def pixels_like(body: BodyMap, colour: QColor) -> list[int]:
    """The x of every pixel of the figure drawn in about `colour`."""
    image = body.grab().toImage()
    found = []
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            seen = QColor(image.pixel(x, y))
            if (
                max(
                    abs(seen.red() - colour.red()),
                    abs(seen.green() - colour.green()),
                    abs(seen.blue() - colour.blue()),
                )
                <= 6
            ):
                found.append(x)
    return found


def test_every_region_has_one_shape_and_none_overlap() -> None:
    paths = figure_paths()
    assert set(paths) == set(REGIONS)
    names = sorted(paths)
    for i, one in enumerate(names):
        for other in names[i + 1 :]:
            assert not paths[one].intersects(paths[other]), (one, other)


def test_each_step_marks_exactly_its_groups_regions(qtbot: QtBot, catalog: Catalog) -> None:
    for left_handed in (False, True):
        timeline = pmr16(catalog, left_handed=left_handed)
        view = PmrView(timeline)
        qtbot.addWidget(view)
        sides = Sides(left_handed)
        seen = []
        for index, step in enumerate(timeline.steps):
            view.show_state(timeline.state_at(timeline.start_of(index)))
            if step.kind == "tense":
                seen.append(view.body_map.highlighted_regions())
                assert view.body_map.look() is Look.TENSE
        expected = [frozenset(sides.regions(GROUPS[g])) for g in list(GROUPS)[:16]]
        assert seen == expected


def test_front_view_the_bodys_right_hand_is_on_the_viewers_left(qtbot: QtBot) -> None:
    body = shown_map(qtbot, still=True)
    body.show_map(RIGHT_HAND)
    warm = pixels_like(body, theme.colours().tense_fill)
    assert len(warm) > 50
    assert max(warm) < body.width() / 2
    assert body.accessibleName() == "Body map"
    assert body.accessibleDescription() == "Right hand and forearm, tensing"


def test_letting_go_turns_the_same_regions_calm(qtbot: QtBot) -> None:
    body = shown_map(qtbot, still=True)
    body.show_map(RIGHT_HAND)
    body.show_map(MapState(RIGHT_HAND.regions, Look.RELEASE, RIGHT_HAND.name))
    assert pixels_like(body, theme.colours().tense_fill) == []
    assert len(pixels_like(body, theme.colours().release_fill)) > 50
    assert body.accessibleDescription() == "Right hand and forearm, letting go"


def test_with_reduced_motion_the_mark_changes_at_once(qtbot: QtBot) -> None:
    body = shown_map(qtbot, still=True)
    body.show_map(RIGHT_HAND)
    assert body.highlight_opacity() == 1.0 and not body.fading


def test_otherwise_the_mark_fades_in_and_r_mid_fade_finishes_it(qtbot: QtBot) -> None:
    body = shown_map(qtbot, still=False)
    body.show_map(RIGHT_HAND)
    assert body.fading and body.highlight_opacity() < 1.0
    qtbot.waitUntil(lambda: not body.fading, timeout=2000)
    assert body.highlight_opacity() == 1.0
    body.show_map(MapState(frozenset({"neck"}), Look.RELEASE, "Neck and throat"))
    assert body.fading
    body.set_still(True)
    assert not body.fading and body.highlight_opacity() == 1.0
    assert body.highlighted_regions() == {"neck"}


def test_the_figure_is_drawn_once_per_size(qtbot: QtBot) -> None:
    body = shown_map(qtbot, still=True)
    qtbot.waitUntil(lambda: body.repaints > 0)
    body.show_map(RIGHT_HAND)
    body.repaint()
    body.show_map(MapState(RIGHT_HAND.regions, Look.RELEASE, RIGHT_HAND.name))
    body.repaint()
    assert body.repaints >= 3 and body.figure_draws == 1
    body.resize(300, 500)
    body.repaint()
    assert body.figure_draws == 2


def test_a_left_out_group_is_hatched_not_filled(qtbot: QtBot, catalog: Catalog) -> None:
    timeline = pmr16(catalog, skip=("right-hand",))
    view = PmrView(timeline)
    qtbot.addWidget(view)
    view.show_state(timeline.state_at(timeline.start_of(first_step(timeline, "pause"))))
    assert view.body_map.look() is Look.REST
    assert view.body_map.highlighted_regions() == {"right-hand", "right-forearm"}
    assert "resting" in view.body_map.accessibleDescription()
