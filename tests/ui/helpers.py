"""What a test reads of the session shell in the main window, None when no session is open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from calmkit.core.clock import Clock
from calmkit.core.exercises import Catalog, timeline_for
from calmkit.core.narration import ClipIndex
from calmkit.core.preferences import PlayerPreferences, save_player_preferences
from calmkit.core.store import Store
from calmkit.core.timeline import Timeline
from calmkit.resources import resource_path
from calmkit.ui.context import AppContext
from calmkit.ui.library.view import LibraryView
from calmkit.ui.main_window import MainWindow
from calmkit.ui.players.breathing.options import BreathingOptions
from calmkit.ui.players.breathing.pacer import PacerWidget
from calmkit.ui.players.breathing.view import BreathingView
from calmkit.ui.session.shell import SessionShell


def before_page(window: MainWindow) -> Any:
    return None if window.session is None else window.session.before_page


def after_panel(window: MainWindow) -> Any:
    return None if window.session is None else window.session.after_panel


def caution_dialog(window: MainWindow) -> Any:
    return None if window.session is None else window.session.caution_dialog


def running(window: MainWindow) -> Any:
    """The shell once its session began (the countdown included); None before that."""
    return window.session if window.session is not None and window.session.started else None


def make_shell(
    store: Store,
    catalog: Catalog,
    clock: Clock,
    exercise_id: str,
    timeline: Timeline | None = None,
    *,
    cues: Any = None,
    preferences: PlayerPreferences | None = None,
    speaker_factory: Any = None,
    narration: ClipIndex | None = None,
) -> SessionShell:
    """A session shell on its own, outside a main window, recording into `store`."""
    save_player_preferences(store, preferences or PlayerPreferences(countdown=False))
    context = AppContext(store, catalog, clock, resource_path("sounds"))
    exercise = catalog.get(exercise_id)
    shell = SessionShell(
        context,
        exercise,
        timeline or timeline_for(exercise),
        cues=cues,
        speaker_factory=speaker_factory,
        narration=narration,
    )
    context.setParent(shell)
    return shell


def pacer(shell: SessionShell) -> PacerWidget:
    """The breathing pacer inside a shell running a breathing session."""
    assert isinstance(shell.view, BreathingView)
    return shell.view.pacer


def breathing_options(library: LibraryView) -> BreathingOptions:
    """The library's version and pace choices, shown while a breathing exercise is selected."""
    panel = library.options_panel
    assert isinstance(panel, BreathingOptions)
    return panel


_FRESH_WINDOW = """
import sys
from pathlib import Path
from calmkit.core.clock import FakeClock
from calmkit.core.exercises import load_catalog
from calmkit.core.store import Store
from calmkit.resources import exercise_dirs, resource_path
from PySide6.QtWidgets import QApplication
from calmkit.ui.main_window import MainWindow

app = QApplication([])
store = Store.open(Path(sys.argv[1]))
window = MainWindow(load_catalog(exercise_dirs()), store, FakeClock(), resource_path("sounds"))
window.show()
app.processEvents()
"""


def in_fresh_window(database: Path, then: str) -> str:
    """Run `then` in a new Python process with a shown main window (`window`) on an empty
    log, and return what it printed: for what a process loads, which in-process tests cannot
    tell. The window and the store are closed afterwards."""
    script = _FRESH_WINDOW + textwrap.dedent(then) + "\nwindow.close()\nstore.close()\n"
    result = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def press_key_where_the_keyboard_is(qtbot: Any, window: QWidget, key: Qt.Key) -> None:
    """`key` on the focused widget of `window` once it is the active window, as a person
    pressing it there would."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    assert target.window() is window
    qtbot.keyClick(target, key)


def open_dialogs() -> list[Any]:
    """The dialogs on screen now."""
    from PySide6.QtWidgets import QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def main_dialog_openers(window: MainWindow) -> dict[str, Any]:
    """The main window's own dialogs, by name, each opened as a person would."""
    return {
        "Settings": window.data.open_settings,
        "Help now": window.show_crisis_support,
        "Keyboard shortcuts": window.show_shortcuts,
        "Welcome": window.show_welcome,
        "Self-check": window.self_check.open,
        "New pattern": window.patterns.new_pattern,
        "About": window._about,
    }


def check_each_dialog(openers: dict[str, Any], check: Any) -> None:
    """Open each dialog, `check(dialog, name)` every window it opened, and close them."""
    for name, opener in openers.items():
        before = set(map(id, open_dialogs()))
        opener()
        opened = [d for d in open_dialogs() if id(d) not in before]
        assert opened, f"{name} opened no window"
        for dialog in opened:
            check(dialog, name)
            dialog.close()


def walk_a_session(
    qtbot: Any, window: MainWindow, clock: Any, exercise_id: str, check: Any
) -> None:
    """Start `exercise_id` from the library and `check(widget, where)` each stage a person
    sees: the caution, the rating before (answered high, so support comes too), the session
    running and paused, and the summary."""
    window.library.select(exercise_id)
    window.library.start()
    for dialog in open_dialogs():  # a caution before some exercises
        check(dialog, f"the caution before {exercise_id}")
        dialog.accept()
    page = before_page(window)
    assert page is not None
    check(window, f"the rating before {exercise_id}")
    qtbot.keyClick(page.prompt, Qt.Key.Key_9)  # a high rating: the support page comes first
    shell = window.session
    assert shell is not None
    if shell.support_page is not None:
        check(window, f"support before {exercise_id}")
        shell.support_page.start_requested.emit()
    clock.advance(5)
    shell.refresh()
    check(window, f"{exercise_id} running")
    shell.pause()
    check(window, f"{exercise_id} paused")
    shell.stop()
    panel = after_panel(window)
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    check(window, f"{exercise_id} summary")
