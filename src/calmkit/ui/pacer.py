"""The breathing pacer: a circle that grows on the inhale, rests on holds, shrinks on the exhale."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from calmkit.core.timeline import StepState
from calmkit.ui import theme

MIN_FRACTION = 0.38  # of the largest radius: the circle when the lungs are empty
TOP_UP_FRACTION = 0.08  # how much a top-up inhale adds beyond a full breath


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


class PacerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fullness = 0.0
        self._has_top_up = False
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAccessibleName("Breathing pacer")
        self.repaints = 0  # counted for the frame-rate benchmark

    def show_state(self, state: StepState | None, *, has_top_up: bool = False) -> None:
        self._has_top_up = has_top_up
        value = fullness(state)
        if value != self._fullness:
            self._fullness = value
            self.update()

    @property
    def current_fullness(self) -> float:
        return self._fullness

    def paintEvent(self, event: QPaintEvent) -> None:
        self.repaints += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        headroom = 1 + (TOP_UP_FRACTION if self._has_top_up else 0.0)
        largest = side * 0.46 / headroom
        smallest = largest * MIN_FRACTION
        radius = smallest + (largest - smallest) * self._fullness

        pen = QPen(theme.GUIDE, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        painter.drawEllipse(centre, smallest, smallest)

        gradient = QRadialGradient(centre, radius)
        inner = QColor(theme.ACCENT_SOFT)
        outer = QColor(theme.ACCENT)
        outer.setAlphaF(0.85)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
        painter.end()
