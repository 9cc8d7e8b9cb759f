from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from calmkit.core.exercises import Catalog, Exercise, SessionPlan, timeline_for
from calmkit.core.exercises.catalog import load_exercise
from calmkit.core.timeline import Timeline

RECALL = """
id = "recall-test"
kind = "pmr"
name = "Recall test"
summary = "Recall letting go."
description = "Recall how letting go felt, without tensing."
sources = ["Our own test protocol."]
method = "recall"

[[intro]]
text = "Settle in and breathe slowly."
seconds = 5
[[groups]]
group = "arms"
recall = "Remember your arms letting go."
[[groups]]
group = "legs"
recall = "Remember your legs letting go."
[[outro]]
text = "Open your eyes when you are ready."
seconds = 5
"""


def pmr16(catalog: Catalog, **options: object) -> Timeline:
    return timeline_for(catalog.get("pmr-16"), SessionPlan(options=options))


def first_step(timeline: Timeline, kind: str, group: str = "") -> int:
    return next(
        i
        for i, s in enumerate(timeline.steps)
        if s.kind == kind and (not group or s.group == group)
    )


def dominant_colour(widget: QWidget) -> QColor:
    """The colour most of a widget's pixels have: a badge's background, not its text."""
    image = widget.grab().toImage()
    counts = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


@pytest.fixture
def recall_exercise(tmp_path: Path) -> Exercise:
    path = tmp_path / "recall-test.toml"
    path.write_text(RECALL, encoding="utf-8")
    return load_exercise(path)
