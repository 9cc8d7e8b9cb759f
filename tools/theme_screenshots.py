"""Screenshots of CalmKit's main views in each theme, for tools/check_contrast.py and the docs.

    QT_QPA_PLATFORM=offscreen python tools/theme_screenshots.py OUT_DIR [--themes light,dark]
        [--views library,breathing] [--size 980x680]

Each view is opened as a person would reach it (a session a few seconds in, on a fake clock),
in a fresh practice log with a few weeks of sample sessions, and saved as OUT_DIR/VIEW-THEME.png
with VIEW-THEME.json beside it: where the picture shows text, for tools/check_contrast.py.
Works offscreen and under Xvfb alike. `--themes system` takes what the desktop asks for, e.g.
GTK's dark theme (files VIEW-desktop-dark.png):

    screenshot -w 60 --theme dark -- python tools/theme_screenshots.py OUT --themes system
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from calmkit.core.clock import FakeClock
from calmkit.core.crisis import load_crisis_resources
from calmkit.core.exercises import SessionLength, SessionPlan, load_catalog
from calmkit.core.records import SessionRecord
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import theme

VIEWS = (
    "library",
    "breathing",
    "pmr",
    "imagery",
    "history",
    "settings",
    "appearance",
    "help-now",
    "calm-down",
    "caution",
)
NOW = datetime(2026, 3, 20, 19, 30).astimezone()


def sample_sessions(store: Store) -> None:
    """Five weeks of evening practice with ratings, so History has something to show."""
    rng = random.Random(12)
    kinds = {"relaxed": "breathing", "pmr-16": "pmr", "imagery-beach": "imagery"}
    for days_ago in range(35):
        if rng.random() < 0.35:
            continue
        exercise = rng.choice(list(kinds))
        start = NOW - timedelta(days=days_ago, minutes=rng.randint(0, 90))
        seconds = rng.choice((300.0, 600.0, 900.0))
        before = rng.randint(4, 8)
        store.add_session(
            SessionRecord(
                id=str(uuid.UUID(int=rng.getrandbits(128))),
                exercise_id=exercise,
                exercise_kind=kinds[exercise],
                started_at=start,
                ended_at=start + timedelta(seconds=seconds),
                planned_seconds=seconds,
                actual_seconds=seconds,
                completed=True,
                distress_before=before,
                distress_after=max(0, before - rng.randint(1, 4)),
            )
        )


def text_regions(root: QWidget) -> list[dict[str, object]]:
    """Where `root` shows text, in its own pixels: every visible, enabled widget that draws
    words (labels, buttons, fields, item views, each tab) and each chart's axes."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLabel,
        QLineEdit,
        QTabBar,
        QTextBrowser,
    )

    found: list[dict[str, object]] = []

    def add(widget: QWidget, rect: QRect, what: str) -> None:
        top_left = widget.mapTo(root, rect.topLeft())
        visible = QRect(top_left, rect.size()).intersected(root.rect())
        if visible.width() > 2 and visible.height() > 2:
            found.append(
                {
                    "what": what,
                    "x": visible.x(),
                    "y": visible.y(),
                    "width": visible.width(),
                    "height": visible.height(),
                }
            )

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        name = type(widget).__name__ + (f" {widget.objectName()}" if widget.objectName() else "")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            add(widget, widget.contentsRect(), f"{name} “{widget.text()[:30]}”")
        elif isinstance(widget, QAbstractButton) and widget.text():
            add(widget, widget.rect(), f"{name} “{widget.text()[:30]}”")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabRect(index), f"tab “{widget.tabText(index)}”")
        elif isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox):
            add(widget, widget.rect(), name)
        elif isinstance(widget, QAbstractItemView | QTextBrowser):
            add(widget, widget.contentsRect(), name)
        axes = getattr(widget, "axes", None)
        if isinstance(axes, dict) and hasattr(widget, "mapFromScene"):
            for side, axis in axes.items():
                if axis.isVisible():
                    rect = widget.mapFromScene(axis.sceneBoundingRect()).boundingRect()
                    add(widget, rect, f"{name} {side} axis")
    return found


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(
    app: QApplication, view: str, colours: theme.Colours, size: QSize, out: Path, label: str
) -> Path:
    data = Path(tempfile.mkdtemp(prefix="calmkit-shots-"))
    store = Store.open(data / "calmkit.sqlite3")
    sample_sessions(store)
    store.set_setting("welcome_seen", True)
    clock = FakeClock(wall=NOW)
    crisis = load_crisis_resources(resource_path("crisis.toml"))
    window = MainWindow(
        load_catalog(exercise_dirs()), store, clock, resource_path("sounds"), crisis
    )
    window.preferences = window.preferences.with_changes(countdown=False)
    theme.apply_colours(app, colours)
    window.resize(size)
    window.show()
    settle(app)
    target: QWidget = window

    def session(exercise: str, seconds: float, plan: SessionPlan | None = None) -> None:
        window.start_exercise(exercise, plan, skip_cautions=True)
        assert window.session is not None
        clock.advance(seconds)
        window.session.refresh()

    def appearance() -> None:
        window.data.open_settings()
        pages = getattr(window.data.dialog, "pages", None)
        assert pages is not None, "the Settings dialog opened"
        pages.setCurrentIndex(1)

    def calm_down() -> None:
        window.calm_down.start()
        clock.advance(5.0)

    def dialog() -> QWidget:
        found = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        assert found, f"{view}: no dialog opened"
        return found[-1]

    actions: dict[str, Callable[[], None]] = {
        "library": lambda: None,
        "breathing": lambda: session("relaxed", 2.2, SessionPlan(SessionLength(minutes=5))),
        "pmr": lambda: session("pmr-16", 75.0),
        "imagery": lambda: session("imagery-beach", 12.0),
        "history": lambda: window.tabs.setCurrentIndex(1),
        "settings": window.data.open_settings,
        "appearance": lambda: appearance(),
        "help-now": window.show_crisis_support,
        "calm-down": lambda: calm_down(),
        "caution": lambda: window.start_exercise("box"),
    }
    actions[view]()
    settle(app, 20)
    if view in ("settings", "appearance", "help-now", "caution"):
        target = dialog()
    elif window.session is not None:
        window.session.refresh()
        QTest.qWait(1000)  # the reader's and the body map's fades run on real time
    settle(app)
    path = out / f"{view}-{label}.png"
    target.grab().save(str(path))
    path.with_suffix(".json").write_text(json.dumps(text_regions(target), indent=0))
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.done(0)
    window.end_session_now()
    window.close()
    window.deleteLater()
    settle(app)
    store.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--themes", default=",".join(theme.THEMES), help='names, or "system" for the desktop\'s'
    )
    parser.add_argument("--views", default=",".join(VIEWS))
    parser.add_argument("--size", default="980x680")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for name in args.themes.split(","):
        if name == theme.SYSTEM:  # what the desktop asks for, e.g. GTK's Adwaita:dark
            colours = theme.resolve(name, QGuiApplication.styleHints().colorScheme())
            label = f"desktop-{colours.name}"
        else:
            colours, label = theme.THEMES[name], name
        for view in args.views.split(","):
            print(shoot(app, view, colours, QSize(width, height), args.out, label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
