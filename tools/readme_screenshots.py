"""Retake every screenshot README.md shows, in the light theme (and the one dark library).

    QT_QPA_PLATFORM=offscreen python tools/readme_screenshots.py docs/screenshots [--only a,b]

Each picture is taken in a fresh practice log of its own (a temporary folder) holding about
five months of varied sessions with ratings and notes, on a fake clock, with the welcome and
the cautions already seen, so nothing else covers the view. Every view is opened as a person
would reach it, through the real main window. Works offscreen and under Xvfb alike; the PNGs
are quantised to 256 colours when ImageMagick's `convert` is there.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from calmkit import translations
from calmkit.core.clock import FakeClock
from calmkit.core.crisis import load_crisis_resources
from calmkit.core.exercises import SessionLength, SessionPlan, load_catalog
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import add_custom_pattern
from calmkit.core.preferences import PlayerPreferences, save_player_preferences
from calmkit.core.records import SessionRecord
from calmkit.core.selfcheck import CheckIn
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import theme

NOW = datetime(2026, 11, 21, 19, 30).astimezone()
SIZE = QSize(980, 680)
NOTES = (
    "",
    "",
    "",
    "felt lighter after",
    "after a long day",
    "before an appointment",
    "woke up tense",
    "shoulders looser",
    "hard to settle at first",
    "",
)
# What a German-speaking person might have written (the --language de shots).
GERMAN = {
    "felt lighter after": "danach leichter",
    "after a long day": "nach einem langen Tag",
    "before an appointment": "vor einem Termin",
    "woke up tense": "angespannt aufgewacht",
    "shoulders looser": "Schultern lockerer",
    "hard to settle at first": "anfangs schwer, zur Ruhe zu kommen",
    "Calm evening": "Ruhiger Abend",
    "Walking, long exhale": "Gehen, lang ausatmen",
    "Gentle sigh": "Sanfter Seufzer",
}
LANGUAGE = {"code": "en"}


def in_language(text: str) -> str:
    return GERMAN.get(text, text) if LANGUAGE["code"] == "de" else text


EXERCISES = {
    "relaxed": "breathing",
    "box": "breathing",
    "extended-exhale": "breathing",
    "resonance": "breathing",
    "478": "breathing",
    "cyclic-sigh": "breathing",
    "pmr-16": "pmr",
    "pmr-7": "pmr",
    "imagery-beach": "imagery",
    "grounding-54321": "grounding",
}
MY_SCRIPT = """
id = "my-harbour"
kind = "imagery"
name = "The old harbour"
summary = "Boats at rest, gulls, the smell of rope and salt."
description = "A slow walk along the harbour wall in the early morning."

[[segments]]
kind = "intro"
text = "Settle in and let your breath slow down."
pause = 4

[[segments]]
kind = "narration"
text = "You walk along the harbour wall. The boats rock gently at their ropes."
pause = 20

[[segments]]
kind = "outro"
text = "When you are ready, open your eyes."
pause = 4
"""
BROKEN_SCRIPT = MY_SCRIPT.replace('"my-harbour"', '"my-draft"').replace("pause = 20", "pause = -2")


def sample_sessions(store: Store) -> None:
    """About five months of practice, mostly evenings, with ratings before and after, a few
    ended early and a few notes, so History looks like someone's own."""
    rng = random.Random(7)
    for days_ago in range(150):
        # The last nine days all practised: a streak to show.
        if days_ago > 8 and rng.random() < (0.55 if days_ago > 60 else 0.2):
            continue
        for _ in range(1 if rng.random() < 0.75 else 2):
            exercise = rng.choice(list(EXERCISES))
            start = NOW - timedelta(days=days_ago, hours=rng.choice((0, 0, 1, 12)))
            start -= timedelta(minutes=rng.randint(0, 50))
            if start > NOW - timedelta(minutes=10):
                start = NOW - timedelta(hours=2)
            planned = rng.choice((240.0, 300.0, 300.0, 600.0, 960.0))
            completed = rng.random() > 0.12
            actual = planned if completed else round(planned * rng.uniform(0.2, 0.8))
            rated = rng.random() > 0.2
            before = rng.randint(3, 8)
            store.add_session(
                SessionRecord(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    exercise_id=exercise,
                    exercise_kind=EXERCISES[exercise],
                    started_at=start,
                    ended_at=start + timedelta(seconds=actual),
                    planned_seconds=planned,
                    actual_seconds=actual,
                    completed=completed,
                    distress_before=before if rated else None,
                    distress_after=max(0, before - rng.randint(0, 4)) if rated else None,
                    note=in_language(rng.choice(NOTES)),
                )
            )


def sample_checkins(store: Store) -> None:
    """Six weekly self-checks, easing from moderate to mild."""
    totals = (
        (2, 2, 2, 2, 2, 2, 2),
        (2, 2, 2, 1, 2, 1, 2),
        (2, 1, 2, 1, 1, 1, 2),
        (1, 1, 2, 1, 1, 1, 1),
        (1, 1, 1, 1, 1, 0, 1),
        (1, 0, 1, 1, 0, 1, 1),
    )
    for weeks_ago, answers in zip(range(6, 0, -1), totals, strict=True):
        taken = (NOW - timedelta(weeks=weeks_ago, hours=1)).replace(microsecond=0)
        store.add_checkin(CheckIn(str(uuid.UUID(int=weeks_ago, version=4)), taken, answers))


@dataclass
class Scene:
    app: QApplication
    window: MainWindow
    clock: FakeClock
    store: Store

    def settle(self, rounds: int = 10) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def dialog(self) -> QWidget:
        self.settle()
        shown = [w for w in self.app.topLevelWidgets() if isinstance(w, QDialog)]
        shown = [w for w in shown if w.isVisible()]
        assert shown, "a dialog opened"
        return shown[-1]

    def session(self, exercise: str, seconds: float, plan: SessionPlan | None = None) -> None:
        self.window.start_exercise(exercise, plan, skip_cautions=True)
        assert self.window.session is not None
        self.clock.advance(seconds)
        self.window.session.refresh()

    def history(self, section: int | None = None) -> None:
        self.window.tabs.setCurrentIndex(1)
        self.settle()
        if section is not None:
            self.window.history.sections.setCurrentIndex(section)


# Each shot opens its view and returns what to grab: None for the whole main window.
Shot = Callable[[Scene], QWidget | None]


def library(scene: Scene) -> None:
    scene.window.library.select("resonance")


def player(scene: Scene) -> None:
    scene.session("box", 2.0, SessionPlan(SessionLength(minutes=4)))


def player_still(scene: Scene) -> None:
    scene.window.preferences = scene.window.preferences.with_changes(reduce_motion=True)
    scene.session("box", 3.0, SessionPlan(SessionLength(minutes=4)))


def caution(scene: Scene) -> QWidget:
    scene.window.preferences = scene.window.preferences.with_changes(cautions_seen=())
    scene.window.start_exercise("box")
    return scene.window


def welcome(scene: Scene) -> QWidget:
    scene.window.show_welcome()
    dialog = scene.dialog()
    next_button = getattr(dialog, "next_button", None)
    assert next_button is not None
    next_button.click()  # the second page: your practice stays here
    return dialog


def help_now(scene: Scene) -> None:
    scene.window.show_crisis_support()


def calm_down(scene: Scene) -> None:
    scene.window.calm_down.start()
    scene.clock.advance(5.0)


def pmr_programme(scene: Scene) -> None:
    library = scene.window.library
    suggested = library.programmes.position(library.catalog, "pmr").suggested
    library.select(suggested.exercise.id)


def pmr_tense(scene: Scene) -> None:
    scene.session("pmr-16", 53.0)  # squeezing, 4 s of 7 left


def pmr_release(scene: Scene) -> None:
    scene.session("pmr-16", 58.0)  # letting go, 29 s left


def imagery_reader(scene: Scene) -> None:
    scene.window.preferences = scene.window.preferences.with_changes(ambient_on=True)
    scene.session("imagery-beach", 40.0)


def my_scripts(scene: Scene) -> None:
    scene.window.scripts.reload()  # at once, not when the folder watcher next settles
    scene.window.library.select("my-harbour")


def my_patterns(scene: Scene) -> None:
    mine = [e.id for e in scene.window.library.catalog if e.id.startswith("custom-")]
    scene.window.library.select(mine[0])


def pattern_editor(scene: Scene) -> QWidget:
    scene.window.library.select("relaxed")
    scene.window.patterns.new_pattern()
    editor = scene.window.patterns.editor
    assert editor is not None
    editor.name_edit.setText("Slow evening breathing")
    for field, value in (("inhale", 5.0), ("hold", 9.0), ("exhale", 0.5)):
        editor.spins[field].setValue(value)
    scene.settle()
    return scene.window


def rating(scene: Scene) -> None:
    scene.window.start_exercise("relaxed", ask_rating=True)


def rating_after(scene: Scene) -> None:
    scene.window.start_exercise("relaxed", ask_rating=True)
    scene.settle()
    shell = scene.window.session
    assert shell is not None and shell.before_page is not None
    shell.before_page.prompt.buttons.button(6).click()
    scene.settle()
    scene.clock.advance(95.0)
    shell.refresh()
    shell.stop()
    scene.settle()
    panel = shell.after_panel
    assert panel is not None and panel.prompt is not None
    panel.prompt.buttons.button(4).click()
    panel.note.setText("shoulders looser")
    panel.note.setFocus()


def history_sessions(scene: Scene) -> None:
    scene.history(4)
    panel = scene.window.history.sessions
    panel.table.selectRow(1)
    panel.delete_selected()  # the Undo bar shows under the table
    panel.table.selectRow(2)


def settings(scene: Scene) -> QWidget:
    scene.history()
    scene.window.data.open_settings()
    return scene.window


def self_check(scene: Scene) -> QWidget:
    dialog = scene.window.self_check.open()
    for index, points in enumerate((1, 2, 2, 1, 1)):
        dialog.rows[index].set_answer(points)
    return dialog


def self_check_result(scene: Scene) -> QWidget:
    dialog = scene.window.self_check.open()
    for index, points in enumerate((2, 2, 3, 1, 1, 2, 2)):
        dialog.rows[index].set_answer(points)
    dialog.save_button.click()
    return dialog


def backups(scene: Scene) -> QWidget:
    for days_ago in (3, 2, 1):
        scene.store.backup("daily", now=NOW - timedelta(days=days_ago, hours=days_ago + 1))
    scene.store.backup("manual", now=NOW - timedelta(hours=1))
    scene.window.data.open_backups()
    return scene.dialog()


def shortcuts(scene: Scene) -> QWidget:
    QTest.keyClick(scene.window.library.list, Qt.Key.Key_Question)
    return scene.dialog()


def library_dark(scene: Scene) -> None:
    theme.apply_colours(scene.app, theme.THEMES["dark"])
    scene.window.library.select("resonance")


SHOTS: dict[str, Shot] = {
    "library": library,
    "player": player,
    "history": lambda scene: scene.history(0),
    "welcome": welcome,
    "help-now": help_now,
    "calm-down": calm_down,
    "player-still": player_still,
    "caution": caution,
    "pmr-programme": pmr_programme,
    "pmr-tense": pmr_tense,
    "pmr-release": pmr_release,
    "imagery-reader": imagery_reader,
    "my-scripts": my_scripts,
    "my-patterns": my_patterns,
    "pattern-editor": pattern_editor,
    "rating": rating,
    "rating-after": rating_after,
    "history-charts": lambda scene: scene.history(1),
    "history-distress": lambda scene: scene.history(2),
    "history-sessions": history_sessions,
    "settings": settings,
    "self-check": self_check,
    "self-check-result": self_check_result,
    "self-check-history": lambda scene: scene.history(3),
    "backups": backups,
    "shortcuts": shortcuts,
    "library-dark": library_dark,
}


def over_window(app: QApplication, window: MainWindow, picture: QPixmap) -> None:
    """Paint the dialogs open over the window onto its picture, centred as a desktop puts
    them (offscreen they have no place of their own)."""
    painter = QPainter(picture)
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            shot = widget.grab()
            frame = QRect(QPoint(0, 0), shot.size())
            frame.moveCenter(picture.rect().center())
            painter.drawPixmap(frame.topLeft(), shot)
            painter.setPen(QColor(0, 0, 0, 90))
            painter.drawRect(frame.adjusted(-1, -1, 0, 0))
    painter.end()


def prepare(data: Path) -> Store:
    store = Store.open(data / "calmkit.sqlite3")
    sample_sessions(store)
    sample_checkins(store)
    store.set_setting("welcome_seen", True)
    store.set_setting("help_now_region", "DE" if LANGUAGE["code"] == "de" else "GB")
    save_practice_settings(store, PracticeSettings(goal_minutes_per_day=10, goal_days_per_week=5))
    cautions = tuple(sorted({c for e in load_catalog(exercise_dirs()) for c in e.cautions}))
    save_player_preferences(store, PlayerPreferences(countdown=False, cautions_seen=cautions))
    for name, pattern, minutes in (
        ("Calm evening", BreathingPattern(inhale=4, hold=7, exhale=8), 10),
        ("Walking, long exhale", BreathingPattern(inhale=3, exhale=6), 10),
        ("Gentle sigh", BreathingPattern(inhale=2, hold=1, exhale=6), 5),
    ):
        add_custom_pattern(store, in_language(name), pattern, SessionLength(minutes=minutes))
    scripts = data / "scripts"
    scripts.mkdir()
    (scripts / "harbour.toml").write_text(MY_SCRIPT, encoding="utf-8")
    (scripts / "draft.toml").write_text(BROKEN_SCRIPT, encoding="utf-8")
    return store


def shoot(app: QApplication, name: str, out: Path) -> Path:
    data = Path(tempfile.mkdtemp(prefix="calmkit-readme-"))
    store = prepare(data)
    clock = FakeClock(wall=NOW)
    crisis = load_crisis_resources(resource_path("crisis.toml"))
    theme.apply_colours(app, theme.THEMES["light"])
    window = MainWindow(
        load_catalog(exercise_dirs()), store, clock, resource_path("sounds"), crisis
    )
    window.resize(SIZE)
    window.show()
    scene = Scene(app, window, clock, store)
    scene.settle()
    target = SHOTS[name](scene) or window
    scene.settle(20)
    if window.session is not None:
        window.session.refresh()
        QTest.qWait(1000)  # the reader's and the body map's fades run on real time
        window.session.refresh()
    scene.settle()
    suffix = "" if LANGUAGE["code"] == "en" else f"-{LANGUAGE['code']}"
    path = out / f"{name}{suffix}.png"
    picture = target.grab()
    if target is window:
        over_window(app, window, picture)
    picture.save(str(path))
    if shutil.which("convert"):
        subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.done(0)
    window.end_session_now()
    window.close()
    window.deleteLater()
    # The window goes before its log closes: nothing may read a closed log while painting.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    scene.settle()
    store.close()
    shutil.rmtree(data, ignore_errors=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default=",".join(SHOTS), help="names, comma-separated")
    parser.add_argument(
        "--language", default="en", help="de: the German shots, saved as NAME-de.png"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if args.language != "en":
        LANGUAGE["code"] = translations.load_language(args.language)
        translations.install_into(app)
    for name in args.only.split(","):
        print(shoot(app, name, args.out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
