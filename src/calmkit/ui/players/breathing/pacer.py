"""The breathing pacer: a circle that grows on the inhale, rests on holds, shrinks on the exhale.

A reduced-motion style draws a bar that fills and empties in place instead: nothing changes
size or moves across the screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from calmkit.core.i18n import translate
from calmkit.core.timeline import StepState
from calmkit.ui.widgets import theme

MIN_FRACTION = 0.38  # of the largest radius: the circle when the lungs are empty
TOP_UP_FRACTION = 0.08  # how much a top-up inhale adds beyond a full breath
RING_GAP = 10  # px between the largest circle and the phase-progress ring
RING_WIDTH = 3
# The edge moving this fast (half a pixel a frame at 60 fps) needs 60 frames a second to look
# smooth; slower, 30 look the same and cost half.
FAST_EDGE_PX_PER_S = 30.0
DISC_EDGE_ALPHA = 0.85  # the accent at the disc's edge, over the background
DISC_RIM_PX = 2.0  # how far inside its edge circle the scaled disc is drawn
# Looked up once: each frame passes them to Qt.
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_SMOOTH = QPainter.RenderHint.Antialiasing


def _over(colour: QColor, background: QColor) -> QColor:
    """`colour` (with its alpha) laid over an opaque `background`: one opaque colour."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def ease(t: float) -> float:
    """Slow at the turns of the breath, quicker in the middle, like real breathing."""
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, t)))


def fullness(state: StepState | None) -> float:
    """How full the lungs are in [0, 1 + TOP_UP_FRACTION] at this moment of the timeline."""
    if state is None:
        return 0.0
    kind, p = state.step.kind, ease(state.progress_in_step)
    if kind == "inhale":
        return p
    if kind == "inhale-top-up":
        return 1.0 + TOP_UP_FRACTION * p
    if kind == "exhale":
        # An exhale after a top-up starts from the topped-up size: look at nothing else but
        # the step itself, so an exhale always ends empty.
        return 1.0 - p
    if kind == "hold":
        return 1.0
    return 0.0


@dataclass(frozen=True, slots=True)
class _Geometry:
    centre: QPointF
    largest: float  # radius of a full breath
    smallest: float  # radius with the lungs empty
    bar_frame: QRectF
    ring_rect: QRectF
    moving_area: QRect  # what changes from frame to frame


class PacerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fullness = 0.0
        self._phase_progress = 0.0  # how far into the current step, for the ring
        self._has_top_up = False
        self._style = "circle"
        self._static: QPixmap | None = None  # background and guides: drawn once per size
        self._disc: QPixmap | None = None  # the full-size disc; each frame draws it scaled
        # Made with the disc, in its theme: not remade each frame.
        self._disc_edge = QColor()  # the colour of the disc's edge
        self._disc_source = QRectF()
        self._ring_pen = QPen()
        self._geometry: _Geometry | None = None  # per size and style: not recomputed per frame
        self.setMinimumSize(150, 150)  # a session fits an 800x600 screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Every pixel is painted here (the cached layer fills the background), so Qt need not
        # repaint the page behind the pacer 60 times a second.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAccessibleName(translate("PacerWidget", "Breathing pacer"))
        self.set_style("circle")
        theme.signals().changed.connect(self._theme_changed)
        self.repaints = 0  # counted for the frame-rate benchmark
        self._edge: tuple[float, float] | None = None  # (elapsed, px) at the last state
        self._edge_speed = 0.0  # px a second

    def show_state(self, state: StepState | None, *, has_top_up: bool = False) -> None:
        if has_top_up != self._has_top_up:
            self._has_top_up = has_top_up
            self._static = self._disc = self._geometry = None
        value = fullness(state)
        self._follow_edge(state, value)
        progress = state.progress_in_step if state is not None else 0.0
        if value != self._fullness or progress != self._phase_progress:
            area = self._changed_area(value, progress)
            self._fullness = value
            self._phase_progress = progress
            # Only the moving part: a fraction of the widget, so each frame costs less.
            self.update(area)

    def _changed_area(self, value: float, progress: float) -> QRect:
        """What a new state changes: the end of the ring, and the disc's square while it
        grows or shrinks (in a hold, only the ring). A new step redraws the ring whole."""
        layout = self._layout()
        before = self._phase_progress
        if self._style == "bar" or not 0 < progress - before <= 0.1:
            return layout.moving_area
        ring = layout.largest + RING_GAP
        # The arc's new stretch, by a few points along it (it is at most a tenth of the ring).
        turns = [2 * math.pi * (before + (progress - before) * k / 4) for k in range(5)]
        across = [ring * math.sin(turn) for turn in turns]
        down = [-ring * math.cos(turn) for turn in turns]
        centre_x, centre_y = layout.centre.x(), layout.centre.y()
        left, right = centre_x + min(across), centre_x + max(across)
        top, bottom = centre_y + min(down), centre_y + max(down)
        pad = 2 * RING_WIDTH + 2  # the pen, its round cap and smoothing
        area = QRectF(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad)
        if value != self._fullness:
            # One rectangle (a clip of two would cost more than it saves), usually well
            # under the whole moving area: fewer pixels to copy, draw and send each frame.
            reach = max(self._radius(value), self._radius(self._fullness)) + 2  # smoothing
            centre = layout.centre
            area = area.united(QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach))
        return area.toAlignedRect()

    def _radius(self, value: float) -> float:
        """The disc's radius when the lungs are this full."""
        layout = self._layout()
        return layout.smallest + (layout.largest - layout.smallest) * value

    @property
    def moving_fast(self) -> bool:
        """True while the moving edge needs 60 frames a second to look smooth (else 30)."""
        return self._edge_speed >= FAST_EDGE_PX_PER_S

    def _follow_edge(self, state: StepState | None, value: float) -> None:
        if state is None:
            self._edge, self._edge_speed = None, 0.0
            return
        layout = self._layout()
        if self._style == "bar":
            edge = layout.bar_frame.height() * min(1.0, value / self._headroom())
        else:
            edge = (layout.largest - layout.smallest) * value
        last, self._edge = self._edge, (state.elapsed_total, edge)
        if last is not None and state.elapsed_total > last[0]:
            self._edge_speed = abs(edge - last[1]) / (state.elapsed_total - last[0])

    @property
    def pacer_style(self) -> str:
        return self._style

    def set_style(self, style: str) -> None:
        self._style = style
        self._static = self._disc = self._geometry = None
        self.setAccessibleDescription(
            translate("PacerWidget", "a bar that fills as you breathe in")
            if style == "bar"
            else translate("PacerWidget", "a circle that grows as you breathe in")
        )
        self.update()

    def _theme_changed(self) -> None:
        self._static = self._disc = None  # drawn in the old theme's colours
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._static = self._disc = self._geometry = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.repaints += 1
        painter = QPainter(self)
        area = event.rect()  # only the part Qt asked for: the moving area, most frames
        ratio = self.devicePixelRatioF()
        if ratio == 1.0:
            painter.drawPixmap(area.topLeft(), self._static_layer(), area)
        else:
            source = QRectF(
                area.x() * ratio, area.y() * ratio, area.width() * ratio, area.height() * ratio
            )
            painter.drawPixmap(QRectF(area), self._static_layer(), source)
        painter.setRenderHint(_SMOOTH)
        if self._style == "bar":
            self._paint_bar(painter)
        else:
            self._paint_circle(painter)
        painter.end()

    # --- geometry --------------------------------------------------------------------------

    def _headroom(self) -> float:
        return 1 + (TOP_UP_FRACTION if self._has_top_up else 0.0)

    def _circle_geometry(self) -> tuple[QPointF, float, float]:
        layout = self._layout()
        return layout.centre, layout.largest, layout.smallest

    def _bar_frame(self) -> QRectF:
        return self._layout().bar_frame

    def _layout(self) -> _Geometry:
        if self._geometry is None:
            side = min(self.width(), self.height())
            largest = side * 0.44 / self._headroom()
            centre = QPointF(self.width() / 2, self.height() / 2)
            height = min(self.height() * 0.9, 420)
            width = min(self.width() * 0.25, 120)
            bar = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
            ring = largest + RING_GAP
            reach = ring + RING_WIDTH + 2
            circle_area = QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
            self._geometry = _Geometry(
                centre=centre,
                largest=largest,
                smallest=largest * MIN_FRACTION,
                bar_frame=bar,
                ring_rect=QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring),
                moving_area=(bar if self._style == "bar" else circle_area).toAlignedRect(),
            )
        return self._geometry

    # --- painting --------------------------------------------------------------------------

    def _static_layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._static is None or self._static.size() != self.size() * ratio:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            colours = theme.colours()
            pixmap.fill(colours.background)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self._style == "bar":
                painter.setPen(QPen(colours.guide, 2))
                painter.setBrush(colours.surface)
                painter.drawRoundedRect(self._bar_frame(), 12, 12)
            else:
                centre, largest, smallest = self._circle_geometry()
                painter.setPen(QPen(colours.guide, 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, largest, largest)
                painter.drawEllipse(centre, smallest, smallest)
            painter.end()
            self._static = pixmap
        return self._static

    def _disc_pixmap(self, radius: float) -> QPixmap:
        """The full-size disc: the gradient over the background, transparent outside its
        circle, whose edge pixels are the circle's own smoothing."""
        ratio = self.devicePixelRatioF()
        side = max(2, round(2 * radius * ratio))
        if self._disc is None or self._disc.width() != side:
            colours = theme.colours()
            centre = QPointF(side / 2, side / 2)
            gradient = QRadialGradient(centre, side / 2)
            outer = QColor(colours.accent)
            outer.setAlphaF(DISC_EDGE_ALPHA)
            gradient.setColorAt(0.0, colours.accent_soft)
            gradient.setColorAt(1.0, outer)
            disc = QPixmap(side, side)
            disc.fill(colours.background)
            painter = QPainter(disc)
            painter.fillRect(disc.rect(), QBrush(gradient))  # beyond the circle: no seam
            painter.end()
            # Cut out along the circle (a smooth-edged circle filled with it), so that the
            # guides around it show through and its colours stay the gradient's over the
            # background.
            cut = QPixmap(side, side)
            cut.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cut)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(disc))
            painter.drawEllipse(centre, side / 2 - 1, side / 2 - 1)
            painter.end()
            self._disc = cut
            self._disc_source = QRectF(cut.rect())
            self._disc_edge = _over(outer, colours.background)
            self._ring_pen = QPen(
                colours.accent, RING_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
            )
        return self._disc

    def _paint_bar(self, painter: QPainter) -> None:
        frame = self._bar_frame()
        level = min(1.0, self._fullness / self._headroom())
        filled = QRectF(
            frame.left(),
            frame.bottom() - frame.height() * level,
            frame.width(),
            frame.height() * level,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.colours().accent)
        painter.setClipRect(filled)
        painter.drawRoundedRect(frame.adjusted(3, 3, -3, -3), 10, 10)
        painter.setClipping(False)

    def _paint_circle(self, painter: QPainter) -> None:
        layout = self._layout()
        centre = layout.centre
        radius = self._radius(self._fullness)
        # The disc is drawn once; each frame draws it scaled nearest-pixel (a plain copy, no
        # blending inside it: the gradient has no detail to lose), over one smooth-edged
        # circle of the gradient's edge colour, which is the edge the person sees. A fraction
        # of the cost of a textured or gradient-filled circle, the biggest cost of a session.
        disc = self._disc_pixmap(layout.largest * (1 + TOP_UP_FRACTION))
        # The disc's circle is a pixel inside its square: at this scale the circle shown has
        # the radius `edge`. The scaled disc goes a little inside the edge circle, where the
        # gradient is the edge colour anyway, so that its unsmoothed rim never shows.
        edge = radius * (1 - 2 / disc.width())
        painter.setPen(_NO_PEN)
        painter.setBrush(self._disc_edge)
        painter.drawEllipse(centre, edge, edge)
        inner = edge - DISC_RIM_PX
        painter.drawPixmap(
            QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner),
            disc,
            self._disc_source,
        )
        # A thin ring just outside the guide shows how far into this phase you are, so time
        # is visibly passing during holds too.
        painter.setPen(self._ring_pen)
        painter.setBrush(_NO_BRUSH)
        span = -round(360 * 16 * self._phase_progress)  # clockwise, in 1/16 degrees
        painter.drawArc(layout.ring_rect, 90 * 16, span)
