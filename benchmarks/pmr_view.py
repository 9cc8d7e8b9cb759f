"""The PMR view's cost: a step change, a frame of the body map, and repaints in a session.

    .venv/bin/python benchmarks/pmr_view.py [--runs N]

Offscreen, one process. A step change (new texts, badge and marks, then a paint) is compared
with the shell's refresh within a step (nothing changes, then a paint), measured interleaved in
the same run; a body map frame with marks with a bare widget that draws one cached pixmap of
the same size. Then the shell's 4-a-second refresh is played through all of pmr-16 (still form)
and the body map's repaints are counted: they should follow the steps, not the refreshes.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    def quiet(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication([])

    from calmkit.core.exercises import load_catalog, timeline_for
    from calmkit.core.timeline import StepState
    from calmkit.resources import exercise_dirs
    from calmkit.ui.players.pmr.view import PmrView, shown_per_step
    from calmkit.ui.widgets import theme

    app.setStyleSheet(theme.style_sheet(theme.colours()))
    timeline = timeline_for(load_catalog(exercise_dirs()).get("pmr-16"))
    view = PmrView(timeline)
    view.resize(980, 430)
    view.set_still(True)
    view.show()
    app.processEvents()

    class Bare(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.pixmap = QPixmap(view.body_map.size())
            self.pixmap.fill(theme.colours().background)

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
            painter = QPainter(self)
            painter.drawPixmap(0, 0, self.pixmap)
            painter.end()

    bare = Bare()
    bare.resize(view.body_map.size())
    bare.show()
    app.processEvents()

    def state(index: int, into: float = 0.5) -> StepState:
        return timeline.state_at(timeline.start_of(index) + into)

    tense = next(i for i, s in enumerate(timeline.steps) if s.kind == "tense")
    change: list[float] = []
    same: list[float] = []
    marks: list[float] = []
    plain: list[float] = []
    for run in range(args.runs):
        index = tense + (run % 2)  # tense, then letting go, then tense...
        start = time.perf_counter()
        view.show_state(state(index))
        view.repaint()
        change.append(time.perf_counter() - start)
        start = time.perf_counter()
        view.show_state(state(index, 1.5))
        view.repaint()
        same.append(time.perf_counter() - start)
        start = time.perf_counter()
        view.body_map.repaint()
        marks.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare.repaint()
        plain.append(time.perf_counter() - start)

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    print(f"step change + paint: {ms(change):.3f} ms; refresh within a step: {ms(same):.3f} ms")
    print(f"  ratio {ms(change) / ms(same):.2f}x (paid once a step, every 4-40 s)")
    print(f"body map frame with marks: {ms(marks):.3f} ms; one cached pixmap: {ms(plain):.3f} ms")
    print(f"  ratio {ms(marks) / ms(plain):.2f}x")

    fresh = PmrView(timeline)
    fresh.resize(980, 430)
    fresh.set_still(True)
    fresh.show()
    app.processEvents()
    before = fresh.body_map.repaints
    refreshes = 0
    moment = 0.0
    while moment < timeline.total:
        fresh.show_state(timeline.state_at(moment))
        app.processEvents()
        refreshes += 1
        moment += 0.25
    painted = fresh.body_map.repaints - before
    shown = shown_per_step(timeline)
    marked_changes = sum(1 for a, b in itertools.pairwise(shown) if a.map != b.map)
    print(
        f"pmr-16, still form: {refreshes} refreshes, {len(timeline)} steps, "
        f"{marked_changes} changes of the marks, {painted} body map repaints"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
