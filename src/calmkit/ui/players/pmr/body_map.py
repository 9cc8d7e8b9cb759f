"""A front-view figure with one shape per body region, marking the group a PMR step works on.

Front view: the body's right side is on the viewer's left, as in a mirror-less photograph.
The figure is drawn once per size; a step change repaints only the marks, fading them in over
FADE_MS (at once in the still form, for reduced motion). However fast the steps change (Right
held down skips through the groups), the marks change at most MAX_CHANGES_PER_SECOND times in
any second, so nothing flashes: the latest state follows when the second allows.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from calmkit.core.exercises.pmr.body import REGIONS
from calmkit.core.exercises.pmr.map import NOTHING, Look, MapState
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.ui.widgets import theme

FADE_MS = 300
MAX_CHANGES_PER_SECOND = 3  # WCAG 2.3.1: no more than three flashes in any one second
# The figure's own units: 200 wide, 440 tall, x = 100 down the middle.
FIGURE = QRectF(0, 0, 200, 440)
MARGIN = 8  # px around the figure, so outlines are never clipped

LOOK_WORDS = {  # translated where they are said
    Look.TENSE: QT_TRANSLATE_NOOP("BodyMap", "tensing"),
    Look.RELEASE: QT_TRANSLATE_NOOP("BodyMap", "letting go"),
    Look.REST: QT_TRANSLATE_NOOP("BodyMap", "left out, just resting"),
    Look.READY: QT_TRANSLATE_NOOP("BodyMap", "next"),
}


def _capsule(start: tuple[float, float], end: tuple[float, float], width: float) -> QPainterPath:
    """A limb: a rounded bar from `start` to `end`."""
    line = QPainterPath(QPointF(*start))
    line.lineTo(QPointF(*end))
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(line).simplified()


def _mirror(path: QPainterPath) -> QPainterPath:
    return QTransform(-1, 0, 0, 1, FIGURE.width(), 0).map(path)


def _band(head: QPainterPath, top: float, bottom: float) -> QPainterPath:
    strip = QPainterPath()
    strip.addRect(QRectF(0, top, FIGURE.width(), bottom - top))
    return head.intersected(strip)


def _trapezoid(top: float, bottom: float, top_half: float, bottom_half: float) -> QPainterPath:
    """A torso piece, symmetric about the middle, with softened corners."""
    # A piece smaller by the rounding, grown back by a round-joined stroke around it.
    r = 4.0
    path = QPainterPath()
    path.moveTo(100 - top_half + r, top + r)
    path.lineTo(100 + top_half - r, top + r)
    path.lineTo(100 + bottom_half - r, bottom - r)
    path.lineTo(100 - bottom_half + r, bottom - r)
    path.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * r)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return path.united(stroker.createStroke(path)).simplified()


def figure_paths() -> dict[str, QPainterPath]:
    """One closed shape per name in body.REGIONS, in the figure's units."""
    head = QPainterPath()
    head.addEllipse(QPointF(100, 42), 25, 31)
    neck = QPainterPath()
    neck.addRoundedRect(QRectF(90, 75, 20, 12), 4, 4)
    shoulders = QPainterPath()
    shoulders.addRoundedRect(QRectF(58, 90, 84, 20), 10, 10)
    foot = QPainterPath()
    foot.addEllipse(QPointF(76, 428), 15, 8)
    # The body's right side, drawn on the viewer's left.
    right = {
        "upper-arm": _capsule((46, 109), (39, 168), 22),
        "forearm": _capsule((37, 192), (31, 245), 18),
        "hand": _capsule((28, 268), (27, 280), 21),  # a mitten, wider than the wrist
        "thigh": _capsule((85, 248), (82, 322), 30),
        "calf": _capsule((81, 352), (79, 404), 22),
        "foot": foot,
    }
    paths = {
        "forehead": _band(head, 0, 32),
        "eyes": _band(head, 34, 50),
        "jaw": _band(head, 52, 80),
        "neck": neck,
        "shoulders": shoulders,
        "chest": _trapezoid(118, 166, 34, 31),
        "abdomen": _trapezoid(174, 226, 30, 28),
    }
    for part, path in right.items():
        paths[f"right-{part}"] = path
        paths[f"left-{part}"] = _mirror(path)
    missing = set(REGIONS) ^ set(paths)
    assert not missing, f"body map and body.REGIONS differ: {sorted(missing)}"
    return paths


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # pixels wide at any size of the figure
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _outline() -> QColor:
    guide = theme.colours().guide
    return guide.lighter(140) if theme.colours().dark else guide.darker(125)


# Per theme (by name): the pens and brushes of each look, made once.
_LOOKS: dict[str, dict[Look, tuple[tuple[QBrush, ...], QPen]]] = {}


def _look_paint(look: Look) -> tuple[tuple[QBrush, ...], QPen]:
    """The fills (drawn in order) and the outline of a mark."""
    c = theme.colours()
    looks = _LOOKS.get(c.name)
    if looks is None:
        looks = _LOOKS[c.name] = {
            Look.TENSE: ((QBrush(c.tense_fill),), _pen(c.tense, 2.5)),
            Look.RELEASE: ((QBrush(c.release_fill),), _pen(c.accent, 2.5)),
            Look.REST: (
                (QBrush(c.guide), QBrush(c.muted_text, Qt.BrushStyle.BDiagPattern)),
                _pen(c.muted_text, 1.5, Qt.PenStyle.DashLine),
            ),
            Look.READY: ((), _pen(c.accent, 2.5, Qt.PenStyle.DashLine)),
        }
    return looks[look]


class BodyMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = figure_paths()
        self._state = NOTHING  # what is drawn
        self._wanted = NOTHING  # what the step asks for: drawn now, or when the second allows
        self._changes: deque[float] = deque(maxlen=MAX_CHANGES_PER_SECOND)  # when drawn
        self.clock: Callable[[], float] = time.monotonic  # seconds; tests put a fake here
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.timeout.connect(self.catch_up)
        self._leaving = NOTHING  # the marks fading out while the new ones fade in
        self._fade = 1.0
        self._still = False
        self._figure: QPixmap | None = None  # the unmarked figure, drawn once per size
        self._transform = QTransform()
        self._fader = QVariantAnimation(self)
        self._fader.setDuration(FADE_MS)
        self._fader.setStartValue(0.0)
        self._fader.setEndValue(1.0)
        self._fader.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fader.valueChanged.connect(self._faded_to)
        self._fader.finished.connect(self._settle)
        self.repaints = 0
        self.figure_draws = 0  # the unmarked figure, drawn again only for a new size
        self.setMinimumSize(100, 180)  # small enough for a session on an 800x600 screen
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("BodyMap", "Body map"))
        self._describe()
        theme.signals().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        self._figure = None  # drawn in the old theme's colours
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(230, 480)

    # --- what it shows ---------------------------------------------------------------------

    def show_map(self, state: MapState) -> None:
        if state == self._wanted:
            return
        self._wanted = state
        self._describe()
        if not self.isVisible() or self._changes_allowed():
            self._draw(state)

    def catch_up(self) -> None:
        """Draw the state asked for last, once the changes of the last second allow it."""
        if self._wanted != self._state and self._changes_allowed():
            self._draw(self._wanted)

    def _changes_allowed(self) -> bool:
        """Whether one more change keeps within MAX_CHANGES_PER_SECOND; if not, catch up
        when the oldest of them is a second old."""
        if len(self._changes) < MAX_CHANGES_PER_SECOND:
            return True
        wait = self._changes[0] + 1.0 - self.clock()
        if wait <= 0:
            return True
        if not self._waiting.isActive():
            self._waiting.start(max(1, math.ceil(wait * 1000)))
        return False

    def _draw(self, state: MapState) -> None:
        if state == self._state:
            return
        if self.isVisible():
            self._changes.append(self.clock())
        self._fader.stop()
        self._leaving = self._state if self._fade > 0.5 else self._leaving
        self._state = state
        if self._still or not self.isVisible():
            self._settle()
        else:
            self._fade = 0.0
            self._fader.start()
        self.update()

    def set_still(self, still: bool) -> None:
        """Reduced motion: marks change at once, without fading."""
        self._still = still
        if still and self._fader.state() is QVariantAnimation.State.Running:
            self._fader.stop()
            self._settle()

    def highlighted_regions(self) -> frozenset[str]:
        """The regions the step marks (drawn at most a third of a second later)."""
        return self._wanted.regions

    def look(self) -> Look:
        return self._wanted.look

    def drawn(self) -> MapState:
        """What the figure shows now."""
        return self._state

    def highlight_opacity(self) -> float:
        """How far the current marks have faded in: 1 once shown in full."""
        return self._fade

    @property
    def fading(self) -> bool:
        return self._fader.state() is QVariantAnimation.State.Running

    def _describe(self) -> None:
        state = self._wanted
        if state.look is Look.NONE:
            self.setAccessibleDescription(translate("BodyMap", "No area marked"))
        else:
            look = translate("BodyMap", LOOK_WORDS[state.look])
            self.setAccessibleDescription(
                translate("BodyMap", "{area}, {look}").format(area=state.name, look=look)
            )

    def _faded_to(self, value: object) -> None:
        if isinstance(value, float):
            self._fade = value
            self.update()

    def _settle(self) -> None:
        self._fade = 1.0
        self._leaving = NOTHING
        self.update()

    # --- painting --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._figure = None
        super().resizeEvent(event)

    def _layout(self) -> QTransform:
        available = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        scale = max(
            0.1, min(available.width() / FIGURE.width(), available.height() / FIGURE.height())
        )
        dx = available.x() + (available.width() - FIGURE.width() * scale) / 2
        dy = available.y() + (available.height() - FIGURE.height() * scale) / 2
        return QTransform(scale, 0, 0, scale, dx, dy)

    def _figure_layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._figure is None or self._figure.size() != self.size() * ratio:
            self.figure_draws += 1
            self._transform = self._layout()
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(self._transform)
            painter.setPen(_pen(_outline(), 1.2))
            painter.setBrush(theme.colours().surface)
            for path in self._paths.values():
                painter.drawPath(path)
            painter.end()
            self._figure = pixmap
        return self._figure

    def paintEvent(self, event: QPaintEvent) -> None:
        self.repaints += 1
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._figure_layer())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._transform)
        new, old, fade = self._state, self._leaving, self._fade
        # Regions in both keep the old mark underneath, so a tensed hand turning to
        # letting go never flashes empty in between.
        self._paint_marks(painter, old, old.regions - new.regions, 1.0 - fade)
        self._paint_marks(painter, old, old.regions & new.regions, 1.0)
        self._paint_marks(painter, new, new.regions, fade)
        painter.end()

    def _paint_marks(
        self, painter: QPainter, state: MapState, regions: frozenset[str], opacity: float
    ) -> None:
        if state.look is Look.NONE or not regions or opacity <= 0.0:
            return
        fills, pen = _look_paint(state.look)
        painter.setOpacity(opacity)
        for region in regions:
            path = self._paths[region]
            painter.setPen(Qt.PenStyle.NoPen)
            for brush in fills:
                painter.setBrush(brush)
                painter.drawPath(path)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setOpacity(1.0)
