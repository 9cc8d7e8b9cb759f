"""The main window: the exercise library and the history, and the player when a session runs."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmkit import APP_NAME, __version__
from calmkit.core.clock import Clock
from calmkit.core.crisis import CrisisResources
from calmkit.core.exercises import Catalog, SessionLength
from calmkit.core.exercises.catalog import timeline_for
from calmkit.core.records import SessionRecord
from calmkit.core.session import SessionRunner
from calmkit.core.store import Store
from calmkit.ui.breathing_player import BreathingPlayer
from calmkit.ui.library import LibraryView

if TYPE_CHECKING:  # loaded on first use: start-up only builds what the first screen shows
    from calmkit.ui.audio import CuePlayer
    from calmkit.ui.history import HistoryView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        store: Store,
        clock: Clock,
        sounds_dir: Path,
        crisis: CrisisResources | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(980, 680)
        self.catalog = catalog
        self.store = store
        self.clock = clock
        self._sounds_dir = sounds_dir
        self._crisis = crisis
        self._cues: CuePlayer | None = None
        self.player: BreathingPlayer | None = None

        self.library = LibraryView(catalog)
        self.library.start_requested.connect(self.start_exercise)
        self._history: HistoryView | None = None
        self._history_tab = QWidget()
        QVBoxLayout(self._history_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.library, "Exercises")
        self.tabs.addTab(self._history_tab, "History")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._build_menus()
        support = QLabel("Need support right now? Press F1 for crisis lines.")
        support.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(support)
        self.statusBar().setSizeGripEnabled(False)
        # Keyboard first: Enter starts the highlighted exercise without touching the mouse.
        self.library.list.setFocus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        for index, (name, key) in enumerate((("&Exercises", "Ctrl+1"), ("&History", "Ctrl+2"))):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, i=index: self._show_tab(i))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        crisis = QAction("&Crisis support", self)
        crisis.setShortcut(QKeySequence(Qt.Key.Key_F1))
        crisis.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        crisis.triggered.connect(self.show_crisis_support)
        help_menu.addAction(crisis)
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.crisis_action = crisis

    @property
    def history(self) -> HistoryView:
        """The History view, built the first time it is needed."""
        if self._history is None:
            from calmkit.ui.history import HistoryView

            self._history = HistoryView(self.store, self.catalog)
            layout = self._history_tab.layout()
            assert layout is not None
            layout.addWidget(self._history)
            self._history.show()  # Qt leaves a child added to a visible parent hidden
        return self._history

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._history_tab:
            self.history.reload()

    def _show_tab(self, index: int) -> None:
        if self.player is None:
            self.tabs.setCurrentIndex(index)

    # --- sessions --------------------------------------------------------------------------

    def start_exercise(self, exercise_id: str, length: SessionLength | None = None) -> None:
        if self.player is not None:
            return
        exercise = self.catalog.get(exercise_id)
        self.library.select(exercise_id)
        timeline = timeline_for(exercise, length)
        self.player = BreathingPlayer(exercise, timeline, self.clock, self._cue_player())
        self.player.session_over.connect(self._record_session)
        self.player.closed.connect(self._close_player)
        self.pages.addWidget(self.player)
        self.pages.setCurrentWidget(self.player)
        self.player.start()

    def _cue_player(self) -> CuePlayer:
        if self._cues is None:
            from calmkit.ui.audio import CuePlayer

            cues = CuePlayer(self._sounds_dir, self)
            if not cues.available:
                log.info("no audio output: sessions run with visual cues only")
            self._cues = cues
        return self._cues

    def _record_session(self, runner: SessionRunner) -> None:
        assert self.player is not None
        exercise = self.player.exercise
        record = SessionRecord.from_outcome(runner.outcome(), exercise.id, exercise.kind)
        try:
            self.store.add_session(record)
        except sqlite3.Error as error:
            log.exception("could not save session %s", record.id)
            self.player.set_saved_message(f"This session could not be saved: {error}")
            QMessageBox.warning(
                self,
                "Session not saved",
                f"CalmKit could not write this session to {self.store.path}:\n{error}",
            )
            return
        self.player.set_saved_message("Saved to your history.")
        if self._history is not None:
            self._history.reload()

    def _close_player(self) -> None:
        if self.player is None:
            return
        player, self.player = self.player, None
        self.pages.setCurrentWidget(self.tabs)
        self.pages.removeWidget(player)
        player.deleteLater()
        self.library.list.setFocus()

    # --- help ------------------------------------------------------------------------------

    def show_crisis_support(self) -> None:
        if self.player is not None:
            self.player.pause()  # the session waits while the person reads
        from calmkit.ui.crisis_dialog import CrisisDialog

        CrisisDialog(self._crisis, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<p><b>{APP_NAME} {__version__}</b></p>"
            "<p>Guided breathing and relaxation exercises that work entirely offline. "
            "Your practice log stays on this computer.</p>"
            "<p>CalmKit is a self-help tool, not a medical device. It does not diagnose or "
            "treat any condition. If you are struggling, please talk to a health "
            "professional; press F1 for crisis lines.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-session keeps what was practised: the player records it on stop.
        if self.player is not None:
            self.player.stop()
        super().closeEvent(event)
