"""The breathing pacer: how full the circle is at each moment of a breath."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QRadialGradient
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, SessionLength, SessionPlan, timeline_for
from calmkit.core.session import SessionRunner
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.players.breathing.pacer import (
    DISC_EDGE_ALPHA,
    MIN_FRACTION,
    PacerWidget,
    fullness,
)
from calmkit.ui.widgets import theme


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


def _shown(qtbot: QtBot, widget: PacerWidget) -> QImage:
    qtbot.wait(1)  # let the pending repaint happen
    screen = widget.screen()
    return screen.grabWindow(widget.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def _largest_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            worst = max(worst, *(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16)))
    return worst


def test_in_a_hold_the_growing_ring_looks_as_if_the_whole_pacer_were_drawn(
    qtbot: QtBot,
) -> None:
    """During a hold only the end of the ring is repainted each frame (it is all that moves):
    what the person sees must be the same as a full repaint, to within smoothing."""
    timeline = Timeline([Step("inhale", "In", 4), Step("hold", "Hold", 4)])
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(500, 400)
    pacer.show()
    qtbot.waitExposed(pacer)
    moment = 4.0
    for _ in range(30):
        moment += 0.033
        pacer.show_state(timeline.state_at(moment))
        qtbot.wait(1)
    frames = _shown(qtbot, pacer)
    pacer.update()
    whole = _shown(qtbot, pacer)
    assert _largest_difference(frames, whole) <= 64  # a smoothed edge pixel, not a gap
    pacer.show_state(timeline.state_at(moment + 1))  # a second later, a longer ring
    assert _largest_difference(_shown(qtbot, pacer), whole) > 64


@pytest.mark.parametrize("start", [0.5, 4.5])  # growing, then shrinking
def test_while_the_circle_moves_repainting_its_square_looks_like_a_whole_repaint(
    qtbot: QtBot, start: float
) -> None:
    """While the disc grows or shrinks only its square and the ring's end are repainted each
    frame: no trace of a larger disc may stay behind, and the ring stays whole."""
    timeline = Timeline([Step("inhale", "In", 4), Step("exhale", "Out", 4)])
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(500, 400)
    pacer.show()
    qtbot.waitExposed(pacer)
    moment = start
    pacer.show_state(timeline.state_at(moment))
    for _ in range(15):
        moment += 0.2  # about 5 px a frame at its fastest, as a slow machine would show it
        pacer.show_state(timeline.state_at(moment))
        qtbot.wait(1)
    frames = _shown(qtbot, pacer)
    pacer.update()
    whole = _shown(qtbot, pacer)
    assert _largest_difference(frames, whole) <= 64  # a smoothed edge pixel, not a gap


def test_the_circle_is_a_smooth_gradient_disc_of_its_size(qtbot: QtBot) -> None:
    """However it is drawn, the disc must look like a radial gradient filling a circle of the
    breath's size: soft in the middle, the accent at a smooth edge, nothing around it."""
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(500, 400)
    timeline = Timeline([Step("inhale", "In", 4), Step("exhale", "Out", 4)])
    for moment in (2.0, 4.0, 7.2):  # half full, full, nearly empty
        pacer.show_state(timeline.state_at(moment))
        shown = pacer.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        largest = 400 * 0.44
        radius = largest * (MIN_FRACTION + (1 - MIN_FRACTION) * fullness(timeline.state_at(moment)))
        colours = theme.colours()
        expected = QImage(shown.size(), QImage.Format.Format_RGB32)
        expected.fill(colours.background)
        painter = QPainter(expected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gradient = QRadialGradient(QPointF(250, 200), radius)
        edge = QColor(colours.accent)
        edge.setAlphaF(DISC_EDGE_ALPHA)
        gradient.setColorAt(0.0, colours.accent_soft)
        gradient.setColorAt(1.0, edge)
        painter.setBrush(QBrush(gradient))
        painter.setPen(QColor(0, 0, 0, 0))
        painter.drawEllipse(QPointF(250, 200), radius, radius)
        painter.end()
        inside, rim = [], []
        for y in range(200 - int(radius) - 3, 200 + int(radius) + 4):
            for x in range(250 - int(radius) - 3, 250 + int(radius) + 4):
                distance = ((x + 0.5 - 250) ** 2 + (y + 0.5 - 200) ** 2) ** 0.5
                a, b = shown.pixel(x, y), expected.pixel(x, y)
                worst = max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16))
                if distance < radius - 3:
                    inside.append(worst)
                elif distance < radius + 1.5 and abs(distance - largest) > 2:  # not the guide
                    rim.append(worst)
        assert max(inside) <= 8, moment  # the gradient, unbanded
        assert sum(rim) / len(rim) <= 40, moment  # a smooth edge where the circle ends
        assert max(rim) <= 200, moment
