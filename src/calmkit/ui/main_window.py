"""The main window: the exercise library and the history, and the player when a session runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
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
from calmkit.core.exercises import Catalog, Exercise, SessionLength, SessionPlan
from calmkit.core.exercises.catalog import timeline_for
from calmkit.core.preferences import (
    PlayerPreferences,
    load_player_preferences,
    save_player_preferences,
)
from calmkit.core.records import SessionRecord
from calmkit.core.session import SessionRunner
from calmkit.core.store import StorageError, Store
from calmkit.core.timeline import Timeline
from calmkit.paths import Paths
from calmkit.ui.data_actions import DataActions, paths_for
from calmkit.ui.library import LibraryView

if TYPE_CHECKING:  # loaded on first use: start-up only builds what the first screen shows
    from calmkit.ui.audio import CuePlayer
    from calmkit.ui.breathing_player import BreathingPlayer
    from calmkit.ui.history import HistoryView
    from calmkit.ui.rating import AfterSessionPanel, BeforeSessionPage
    from calmkit.ui.voice import Voice

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog,
        store: Store,
        clock: Clock,
        sounds_dir: Path,
        crisis: CrisisResources | None = None,
        *,
        paths: Paths | None = None,
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
        self._speaker: Voice | None = None
        self.caution_dialog: QDialog | None = None
        self.preferences = load_player_preferences(store)
        self.player: BreathingPlayer | None = None
        # Distress ratings (issue 5): the page before a session, the rating it gave, and the
        # rating-and-note panel in the summary after it.
        self.before_page: BeforeSessionPage | None = None
        self._distress_before: int | None = None
        self.after_panel: AfterSessionPanel | None = None
        self.data = DataActions(
            self,
            store,
            paths or paths_for(store.path),
            is_idle=lambda: self.player is None and self.before_page is None,
        )
        self.data.data_changed.connect(self._data_changed)
        self.data.store_replaced.connect(self._use_store)

        self.library = LibraryView(catalog)
        self.library.start_requested.connect(self._start_planned)
        self._history: HistoryView | None = None
        # The person's own patterns join the catalog; each change to them comes back here.
        self.patterns = self.library.enable_custom_patterns(store)
        self.patterns.catalog_changed.connect(self.set_catalog)
        self.patterns.notice.connect(self._show_notice)
        self.patterns.reload()
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
        file_menu.addAction(self.data.export_action)
        file_menu.addAction(self.data.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.data.settings_action)
        file_menu.addAction(self.data.delete_action)
        file_menu.addSeparator()
        file_menu.aboutToShow.connect(self.data.update_enabled)
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

            self._history = HistoryView(self.store, self.catalog, self.clock)
            self._history.settings_requested.connect(self.data.open_settings)
            layout = self._history_tab.layout()
            assert layout is not None
            layout.addWidget(self._history)
            self._history.show()  # Qt leaves a child added to a visible parent hidden
        return self._history

    def set_catalog(self, catalog: Catalog) -> None:
        """Use a new catalog (e.g. a custom pattern changed): the library, new sessions and
        the history's exercise names all follow it."""
        self.catalog = catalog
        if self.library.catalog is not catalog:
            self.library.set_catalog(catalog)
        if self._history is not None:
            self._history.set_catalog(catalog)

    def _show_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 12_000)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._history_tab:
            built = self._history is not None
            history = self.history
            if built:  # a view built just now has read the store already
                history.reload()
            history.setFocus()

    def _show_tab(self, index: int) -> None:
        if self.before_page is not None:
            self._leave_before_page()  # Ctrl+1 / Ctrl+2 also mean "not now"
        if self.player is None:
            self.tabs.setCurrentIndex(index)

    def _data_changed(self) -> None:
        """Sessions were imported or settings changed: the History view reads them again."""
        if self._history is not None:
            self._history.reload()

    def _use_store(self, store: Store) -> None:
        """After "Delete all my data": everything reads the fresh, empty practice log."""
        self.store = store
        self.preferences = load_player_preferences(store)
        if self._history is not None:  # first: the patterns' reload below renames its rows
            self._history.set_store(store)
        self.patterns.set_store(store)

    # --- sessions --------------------------------------------------------------------------

    def start_exercise(
        self,
        exercise_id: str,
        length: SessionLength | None = None,
        *,
        variant: str | None = None,
        pace: float | None = None,
        ask_rating: bool = False,
    ) -> None:
        """Open the player, after the one-time caution for holds and (when asked for and
        switched on) the rating before. `calmkit start ID` comes here without the rating:
        whoever starts a session from the command line asked for it to begin now."""
        if self.player is not None or self.before_page is not None or self.caution_dialog:
            return
        exercise = self.catalog.get(exercise_id)
        self.library.select(exercise_id)
        timeline = timeline_for(exercise, length, variant=variant, pace=pace)
        self._distress_before = None  # a rating belongs to the session it was given for

        def after_caution() -> None:
            if ask_rating and self._ask_distress():
                self._ask_before(exercise, timeline)
            else:
                self._open_player(exercise, timeline)

        has_holds = any(step.kind in ("hold", "rest") for step in timeline.steps)
        if has_holds and not self.preferences.holds_caution_seen:
            self._ask_before_holds(after_caution)
        else:
            after_caution()

    def _start_planned(self, exercise_id: str, plan: SessionPlan) -> None:
        self.start_exercise(
            exercise_id, plan.length, variant=plan.variant, pace=plan.pace, ask_rating=True
        )

    def _ask_before(self, exercise: Exercise, timeline: Timeline) -> None:
        from calmkit.ui.rating import BeforeSessionPage

        page = BeforeSessionPage(exercise.name)

        def answered(before: object) -> None:
            self._leave_before_page()
            self._distress_before = before if isinstance(before, int) else None
            self._open_player(exercise, timeline)

        page.answered.connect(answered)
        page.back.connect(self._leave_before_page)
        self.before_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        page.setFocus()

    def _leave_before_page(self) -> None:
        page, self.before_page = self.before_page, None
        if page is None:
            return
        self.pages.setCurrentWidget(self.tabs)
        self.pages.removeWidget(page)
        page.deleteLater()
        self.library.list.setFocus()

    def _ask_distress(self) -> bool:
        from calmkit.core.settings import load_practice_settings

        settings, problems = load_practice_settings(self.store)
        for problem in problems:
            log.warning("%s", problem)
        return settings.ask_distress

    def _ask_before_holds(self, proceed: Callable[[], None]) -> None:
        from calmkit.ui.caution import HoldsCautionDialog

        dialog = HoldsCautionDialog(self)
        self.caution_dialog = dialog

        def answered(result: int) -> None:
            self.caution_dialog = None
            if dialog.dont_show_again.isChecked():
                self._save_preferences(self.preferences.with_changes(holds_caution_seen=True))
            dialog.deleteLater()
            if result == HoldsCautionDialog.DialogCode.Accepted and self.player is None:
                proceed()

        dialog.finished.connect(answered)
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the question, Enter starts
        dialog.start_button.setFocus()

    def _open_player(self, exercise: Exercise, timeline: Timeline) -> None:
        from calmkit.ui.breathing_player import BreathingPlayer

        self.player = BreathingPlayer(
            exercise, timeline, self.clock, self._cue_player(), self.preferences, self._voice
        )
        self.player.session_over.connect(self._record_session)
        self.player.closed.connect(self._close_player)
        self.player.preferences_changed.connect(self._save_preferences)
        self.pages.addWidget(self.player)
        self.pages.setCurrentWidget(self.player)
        self.player.start()

    def _save_preferences(self, preferences: PlayerPreferences) -> None:
        self.preferences = preferences
        try:
            save_player_preferences(self.store, preferences)
        except StorageError as error:  # a preference is not worth interrupting a session
            log.warning("could not save preferences: %s", error)

    def _voice(self) -> Voice:
        if self._speaker is None:
            from calmkit.ui.voice import Voice

            self._speaker = Voice(parent=self)
        return self._speaker

    def _cue_player(self) -> CuePlayer:
        if self._cues is None:
            from calmkit.ui.audio import CuePlayer

            cues = CuePlayer(self._sounds_dir, self.clock, self)
            if not cues.available:
                log.info("no audio output: sessions run with visual cues only")
            self._cues = cues
        return self._cues

    def _record_session(self, runner: SessionRunner) -> None:
        assert self.player is not None
        exercise = self.player.exercise
        record = SessionRecord.from_outcome(runner.outcome(), exercise.id, exercise.kind)
        record = replace(record, distress_before=self._distress_before)
        try:
            self.store.add_session(record)
        except StorageError as error:
            log.exception("could not save session %s", record.id)
            self.player.set_saved_message(f"This session could not be saved: {error}")
            QMessageBox.warning(
                self,
                "Session not saved",
                f"CalmKit could not write this session to {self.store.path}:\n{error}",
            )
            return
        self.player.set_saved_message("Saved to your history.")
        from calmkit.ui.rating import AfterSessionPanel

        self.after_panel = AfterSessionPanel(self.store, record, ask_distress=self._ask_distress())
        self.after_panel.finished.connect(self._close_player)
        self.player.add_summary_widget(self.after_panel)
        self.after_panel.setFocus()
        if self._history is not None:
            self._history.reload()

    def _close_player(self) -> None:
        if self.player is None:
            return
        self._keep_after_panel()
        self._distress_before = None
        player, self.player = self.player, None
        player.leave_full_screen()
        if self._cues is not None:
            self._cues.release()  # no audio device held between sessions
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
        self._keep_after_panel()  # a rating or note given in the summary is kept too
        self.data.close()
        super().closeEvent(event)

    def _keep_after_panel(self) -> None:
        panel, self.after_panel = self.after_panel, None
        if panel is not None:
            panel.save()
            if self._history is not None:
                self._history.reload()
