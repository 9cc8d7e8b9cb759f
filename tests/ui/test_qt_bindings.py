"""Guards against a Qt binding that breaks reference counting: a session paints ~60 frames a
second for many minutes, so a leak of one reference per call crashes the app mid-exercise."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QRadialGradient


def test_painting_calls_do_not_release_none() -> None:
    # PySide6 6.12.0 on Python 3.11 released one reference to None per void call; with None
    # mortal before Python 3.12, the app aborted ("deallocating None") within a minute.
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#2f7d78"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(32, 32), 10.0, 10.0)
            QRadialGradient(QPointF(32, 32), 8.0).setColorAt(0.0, QColor("#ffffff"))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before > -100, f"None lost {before - after} references in 10,000 Qt calls"
