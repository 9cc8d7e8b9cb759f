"""The person's own script files under "My scripts": they appear when dropped into the folder,
start and are recorded; a broken one is named with its reason and the rest loads; none can
take the place of a bundled exercise."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.store import Store
from calmkit.ui.main_window import MainWindow

WALK = """
id = "my-walk"
kind = "imagery"
name = "My evening walk"
summary = "The walk home along the river."
description = "My own walk, slowly, one sense at a time."

[[segments]]
kind = "intro"
text = "Settle in and let your breath slow down."
pause = 4

[[segments]]
kind = "narration"
text = "You are on the path by the river. Notice the light on the water."
pause = 12

[[segments]]
kind = "outro"
text = "When you are ready, open your eyes."
pause = 2
"""

NEGATIVE_PAUSE = WALK.replace('id = "my-walk"', 'id = "my-bad"').replace("pause = 12", "pause = -3")
TAKES_A_BUNDLED_ID = WALK.replace('id = "my-walk"', 'id = "box"').replace(
    "My evening walk", "Not box breathing"
)


def heading_text(window: MainWindow, title: str) -> str:
    texts = (window.library.list.item(r).text() for r in range(window.library.list.count()))
    return next(t for t in texts if t.startswith(f"{title}."))


def listed_under(window: MainWindow, title: str) -> list[str]:
    """The ids listed under the heading `title`, up to the next heading."""
    ids: list[str] = []
    inside = False
    for row in range(window.library.list.count()):
        item = window.library.list.item(row)
        exercise_id = item.data(Qt.ItemDataRole.UserRole)
        if exercise_id is None:
            inside = item.text().startswith(f"{title}.")
        elif inside:
            ids.append(exercise_id)
    return ids


def drop(qtbot: QtBot, window: MainWindow, files: dict[str, str]) -> None:
    """Write files into the scripts folder as a person would, and wait for the library."""
    folder = window.scripts.folder
    folder.mkdir(parents=True, exist_ok=True)
    with qtbot.waitSignal(window.scripts.reloaded, timeout=5000):
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")


def test_with_no_scripts_the_heading_says_where_to_put_them(window: MainWindow) -> None:
    heading = heading_text(window, "My scripts")
    assert f"Put script files in {window.scripts.folder}; see the README." in heading
    assert listed_under(window, "My scripts") == []
    assert heading_text(window, "My patterns"), "the patterns keep their own heading"


def test_a_script_dropped_in_the_folder_appears_starts_and_is_recorded(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    drop(qtbot, window, {"walk.toml": WALK})
    assert listed_under(window, "My scripts") == ["my-walk"]
    assert "Put script files" not in heading_text(window, "My scripts")
    assert window.catalog.get("my-walk").own, "the app's catalog has it (history, sessions)"
    assert window.catalog.get("box").name == "Box breathing", "the bundled ones stay"

    window.library.select("my-walk")
    assert window.library.name.text() == "My evening walk"
    window.library.start()
    shell = window.session
    assert shell is not None and shell.started
    assert shell.view.shown_text == "Settle in and let your breath slow down."  # type: ignore[attr-defined]
    clock.advance(shell.runner.timeline.total + 1)
    shell.refresh()
    assert shell.showing_summary
    (saved,) = store.sessions()
    assert (saved.exercise_id, saved.exercise_kind, saved.completed) == ("my-walk", "imagery", True)


def test_a_broken_file_is_named_with_its_reason_and_the_rest_loads(
    qtbot: QtBot, window: MainWindow
) -> None:
    drop(qtbot, window, {"walk.toml": WALK, "bad.toml": NEGATIVE_PAUSE})
    assert listed_under(window, "My scripts") == ["my-walk"]
    reason = "scripts/bad.toml: segments[2].pause: must be 0 to 120 seconds, not -3"
    assert f"Skipped {reason}" in heading_text(window, "My scripts")
    assert window.statusBar().currentMessage() == f"Skipped {reason}"
    assert [str(p) for p in window.catalog.problems] == [reason]

    drop(qtbot, window, {"bad.toml": NEGATIVE_PAUSE.replace("pause = -3", "pause = 3")})
    assert sorted(listed_under(window, "My scripts")) == ["my-bad", "my-walk"]
    assert "Skipped" not in heading_text(window, "My scripts")
    assert window.catalog.problems == ()


def test_a_script_can_never_take_the_place_of_a_bundled_exercise(
    qtbot: QtBot, window: MainWindow
) -> None:
    drop(qtbot, window, {"box.toml": TAKES_A_BUNDLED_ID})
    box = window.catalog.get("box")
    assert (box.name, box.kind, box.own) == ("Box breathing", "breathing", False)
    assert "box" not in listed_under(window, "My scripts")
    assert "already used by CalmKit's own “Box breathing”" in heading_text(window, "My scripts")
    window.library.select("box")
    window.library.start()
    assert window.session is not None and window.session.exercise.kind == "breathing"


def test_a_removed_script_leaves_the_list(qtbot: QtBot, window: MainWindow) -> None:
    drop(qtbot, window, {"walk.toml": WALK})
    with qtbot.waitSignal(window.scripts.reloaded, timeout=5000):
        (window.scripts.folder / "walk.toml").unlink()
    assert listed_under(window, "My scripts") == []
    assert "my-walk" not in window.catalog.ids


def test_the_menu_item_makes_the_folder_and_opens_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    folder: Path = window.scripts.folder
    assert not folder.exists()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.scripts.open_folder_action in file_menu.actions()
    window.scripts.open_folder_action.trigger()
    assert folder.is_dir()
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    with qtbot.waitSignal(window.scripts.reloaded, timeout=5000):
        (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    assert listed_under(window, "My scripts") == ["my-walk"], "the new folder is followed"
