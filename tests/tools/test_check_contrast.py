"""tools/check_contrast.py: finds the text colour of each region and the lowest ratio, and
fails a screenshot below its floor (7:1 for high contrast)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import check_contrast
    finally:
        sys.path.pop(0)
    return check_contrast


def shot(path: Path, labels: list[tuple[str, str, str]]) -> Path:
    """A picture with one line of text per (text colour, background, words), and the sidecar
    naming each line's rectangle."""
    image = QImage(400, 40 * len(labels), QImage.Format.Format_RGB32)
    regions = []
    painter = QPainter(image)
    font = QFont()
    font.setPointSize(12)
    painter.setFont(font)
    for row, (ink, ground, words) in enumerate(labels):
        rect = QRect(0, 40 * row, 400, 40)
        painter.fillRect(rect, QColor(ground))
        painter.setPen(QColor(ink))
        painter.drawText(rect.adjusted(8, 0, 0, 0), 0x81, words)  # left, vertically centred
        regions.append({"what": words, "x": 0, "y": 40 * row, "width": 400, "height": 40})
    painter.end()
    image.save(str(path))
    path.with_suffix(".json").write_text(json.dumps(regions))
    return path


def test_it_reports_the_region_with_the_least_contrast(
    qapp: QApplication, tool: ModuleType, tmp_path: Path
) -> None:
    png = shot(
        tmp_path / "view-light.png",
        [("#1f2d2b", "#ffffff", "Dark on white"), ("#767676", "#ffffff", "Grey on white")],
    )
    lowest, count, exact = tool.check(png)
    assert exact and count == 2
    assert lowest.region.what == "Grey on white"
    assert lowest.ratio == pytest.approx(4.54, abs=0.01)
    assert tool.main([str(png)]) == 0, "4.54 passes the 4.5 floor"


def test_high_contrast_screenshots_must_reach_7_to_1(
    qapp: QApplication, tool: ModuleType, tmp_path: Path
) -> None:
    png = shot(tmp_path / "view-high-contrast.png", [("#767676", "#ffffff", "Grey on white")])
    assert tool.main([str(png)]) == 1
    assert tool.main([str(png), "--min", "4.5"]) == 0
