"""The main window: the exercise library and the history, and the session shell when a
session runs. It names no exercise kind: the shell and the kinds' players take care of that."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmkit import APP_NAME, __version__
from calmkit.core.clock import Clock
from calmkit.core.exercises import (
    Catalog,
    PlanError,
    SessionPlan,
    UnknownExerciseError,
    timeline_for,
)
from calmkit.core.i18n import translate
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.store import StorageError, Store
from calmkit.launch import LaunchRequest
from calmkit.paths import Paths
from calmkit.ui.context import AppContext
from calmkit.ui.data.actions import DataActions, paths_for
from calmkit.ui.library.my_patterns import MyPatterns
from calmkit.ui.library.my_scripts import MyScripts
from calmkit.ui.library.view import LibraryView
from calmkit.ui.shortcuts import OVERVIEW_KEYS
from calmkit.ui.widgets import enter_presses
from calmkit.ui.widgets.help_now import HELP_KEY, HelpNow
from calmkit.ui.widgets.window_keys import WindowKeys

if TYPE_CHECKING:  # loaded on first use: start-up only builds what the first screen shows
    from collections.abc import Callable

    from PySide6.QtWidgets import QMessageBox

    from calmkit.core.crisis import CrisisResources
    from calmkit.core.narration import ClipIndex
    from calmkit.ui.audio import CuePlayer
    from calmkit.ui.history.view import HistoryView
    from calmkit.ui.session.shell import SessionShell
    from calmkit.ui.shortcuts import ShortcutsDialog
    from calmkit.ui.voice import Voice
    from calmkit.ui.welcome import WelcomeDialog

log = logging.getLogger(__name__)
PREFERRED_SIZE = (980, 680)  # what the library and History are laid out for
# Room left for the window's frame and title bar, which the desktop adds around it.
FRAME_ALLOWANCE = (16, 48)
HELP_REGION_SETTING = "help_now_region"  # the region chosen in Help now ("" somewhere else)


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()  # closed while CalmKit stays in the tray (the setting's on)

    def __init__(
        self,
        catalog: Catalog,
        store: Store,
        clock: Clock,
        sounds_dir: Path,
        crisis: CrisisResources | Callable[[], CrisisResources] | None = None,
        *,
        paths: Paths | None = None,
    ) -> None:
        super().__init__()
        # Whether closing the window keeps CalmKit running in the tray; the tray, when there
        # is one, answers it from the setting.
        self.keeps_in_tray: Callable[[], bool] = lambda: False
        self._closing_for_good = False
        self.setWindowTitle(APP_NAME)
        self._fit_first_size()
        self.context = AppContext(store, catalog, clock, sounds_dir, self)
        # F1 (Help now) and F3 (the calm-down) work in every window, over modal dialogs too.
        self.keys = WindowKeys(self)
        self.help_now = HelpNow(
            self, self.keys, crisis, self._help_region, self._remember_help_region
        )
        self.help_now.opening.connect(self._pause_for_help)
        self._cues: CuePlayer | None = None
        self._speaker: Voice | None = None
        self._clip_index: ClipIndex | None = None
        self.session: SessionShell | None = None
        paths = paths or paths_for(store.path)
        self.data = DataActions(self, self.context, paths, is_idle=lambda: self.session is None)

        self.library = LibraryView(self.context, fill=False)  # filled by patterns.reload()
        self.library.start_requested.connect(self._start_planned)
        self._history: HistoryView | None = None
        # The person's own script files, read again whenever their folder changes; their
        # heading comes before My patterns, whose buttons are under the list.
        self.scripts = MyScripts(self.library, self.context, paths.scripts_dir)
        self.scripts.notice.connect(self._show_notice)
        # The person's own patterns join the catalog (through the context) as they change.
        self.patterns = MyPatterns(self.library, self.context)
        self.patterns.notice.connect(self._show_notice)
        self.patterns.reload()  # shows both sections' headings
        # Imported patterns join the library, and past sessions show their names.
        self.data.patterns_imported.connect(lambda: self.patterns.reload())
        self._history_tab = QWidget()
        QVBoxLayout(self._history_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.library, translate("MainWindow", "Exercises"))
        self.tabs.addTab(self._history_tab, translate("MainWindow", "History"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._build_menus()
        from calmkit.ui.calm_down import CALM_DOWN_KEY, CalmDown

        self.calm_down = CalmDown(self)
        self.calm_down_button = QPushButton(
            translate("MainWindow", "Calm down now ({key})").format(key=CALM_DOWN_KEY.toString())
        )
        self.calm_down_button.setToolTip(
            translate(
                "MainWindow", "Two minutes of slow breathing, then grounding; no questions first"
            )
        )
        self.calm_down_button.clicked.connect(self.calm_down.start)
        # Tab reaches this button from a session page: Esc there is still the way out.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.calm_down_button)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._escape_from_status_bar)
        self.keys.add(CALM_DOWN_KEY, "calm-down", self.calm_down.start)
        self.statusBar().addPermanentWidget(self.calm_down_button)
        support = QLabel(
            translate(
                "MainWindow", "Need support right now? Press F1 for Help now, from any window."
            )
        )
        support.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(support)
        self.statusBar().setSizeGripEnabled(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            enter_presses.install(app)  # Enter on a focused button clicks it, as in dialogs
        # Keyboard first: Enter starts the highlighted exercise without touching the mouse.
        self.library.list.setFocus()

    @property
    def store(self) -> Store:
        return self.context.store

    @property
    def catalog(self) -> Catalog:
        return self.context.catalog

    @property
    def clock(self) -> Clock:
        return self.context.clock

    @property
    def preferences(self) -> PlayerPreferences:
        return self.context.player_preferences

    @preferences.setter
    def preferences(self, preferences: PlayerPreferences) -> None:
        """For this run only (the smoke test): nothing is written to the store."""
        self.context.use_player_preferences_for_this_run(preferences)

    def _fit_first_size(self) -> None:
        """The preferred size, or the whole available screen when it is smaller (800x600):
        the Start button must never open off-screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = PREFERRED_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - FRAME_ALLOWANCE[0])
            height = min(height, room.height() - FRAME_ALLOWANCE[1])
            if (width, height) != PREFERRED_SIZE:
                self.move(room.topLeft())
        self.resize(width, height)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.data.export_action)
        file_menu.addAction(self.data.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.scripts.open_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.data.backups_action)
        file_menu.addAction(self.data.settings_action)
        file_menu.addAction(self.data.delete_action)
        file_menu.addSeparator()
        file_menu.aboutToShow.connect(self.data.update_enabled)
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close_for_good)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        tabs = (
            (translate("MainWindow", "&Exercises"), "Ctrl+1"),
            (translate("MainWindow", "&History"), "Ctrl+2"),
        )
        for index, (name, key) in enumerate(tabs):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, i=index: self._show_tab(i))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        # F1 itself belongs to help_now, which binds it in every window; the menu only shows
        # it (after the tab), so that no second binding makes F1 ambiguous.
        crisis_text = translate("MainWindow", "&Help now: crisis lines")
        crisis = QAction(f"{crisis_text}\t{HELP_KEY.toString()}", self)
        crisis.triggered.connect(self.show_crisis_support)
        help_menu.addAction(crisis)
        from calmkit.ui.selfcheck.actions import SelfCheckActions

        self.self_check = SelfCheckActions(self, self.context, help_now=self.show_crisis_support)
        help_menu.addAction(self.self_check.action)
        self.about_box: QMessageBox | None = None
        self.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts…"), self)
        # Both forms: some keyboard set-ups report Shift+/ as "?", others as "Shift+?".
        self.shortcuts_action.setShortcuts([QKeySequence(k) for k in OVERVIEW_KEYS])
        self.shortcuts_action.setToolTip(
            translate("MainWindow", "Every key CalmKit answers to (?)")
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        welcome = QAction(translate("MainWindow", "&Welcome…"), self)
        welcome.setToolTip(
            translate("MainWindow", "What CalmKit is and is not, in three short pages")
        )
        welcome.triggered.connect(self.show_welcome)
        help_menu.addAction(welcome)
        self.welcome_dialog: WelcomeDialog | None = None
        about = QAction(translate("MainWindow", "&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.crisis_action = crisis

    @property
    def history(self) -> HistoryView:
        """The History view, built the first time it is needed."""
        if self._history is None:
            from calmkit.ui.history.view import HistoryView

            self._history = HistoryView(self.context)
            self._history.settings_requested.connect(self.data.open_settings)
            layout = self._history_tab.layout()
            assert layout is not None
            layout.addWidget(self._history)
            self._history.show()  # Qt leaves a child added to a visible parent hidden
            from calmkit.ui.widgets.focus_order import send_to_end

            send_to_end(self.calm_down_button)  # History's widgets before the status bar's
        return self._history

    def _show_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 12_000)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._history_tab:
            self.history.focus_sections()  # it follows the context's signals: always up to date

    def _show_tab(self, index: int) -> None:
        if self.session is not None and not self.session.started:
            self._close_session()  # Ctrl+1 / Ctrl+2 before a session begins mean "not now"
        if self.session is None:
            self.tabs.setCurrentIndex(index)

    # --- sessions --------------------------------------------------------------------------

    def start_exercise(
        self,
        exercise_id: str,
        plan: SessionPlan | None = None,
        *,
        ask_rating: bool = False,
        banner: str = "",
        skip_cautions: bool = False,
    ) -> None:
        """Open the session shell for `exercise_id`. It shows the exercise's cautions and
        (when asked for and switched on) the rating before. `calmkit start ID` comes here
        without the rating: whoever starts a session from the command line asked for it to
        begin now."""
        if self.session is not None:
            return
        exercise = self.catalog.get(exercise_id)
        self.library.select(exercise_id)
        try:
            timeline = timeline_for(exercise, plan)
        except PlanError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self, translate("MainWindow", "This session cannot start"), str(error)
            )
            return
        from calmkit.ui.session.shell import SessionShell

        shell = SessionShell(
            self.context,
            exercise,
            timeline,
            cues=self._cue_player(),
            speaker_factory=self._voice,
            narration=self._narration(),
            ask_rating=ask_rating,
            banner=banner,
        )
        shell.closed.connect(self._close_session)
        shell.help_requested.connect(self.show_crisis_support)
        shell.switch_requested.connect(self._switch_session)
        self.session = shell
        self.pages.addWidget(shell)
        self.pages.setCurrentWidget(shell)
        if skip_cautions:
            shell.start()  # the calm-down asks nothing first
        else:
            shell.open()

    def follow_launch(
        self, request: LaunchRequest, *, source: str = "another launch", ask_rating: bool = False
    ) -> None:
        """Another launch of CalmKit handed over what it was asked (or the tray, or a
        reminder, asks the same): come forward (unless it was a start at log-in), and start
        the exercise it names when nothing else runs. `calmkit start ID` asks no rating
        first; the tray and reminders do, as the library does."""
        log.info("%s asked for %s", source, request.start_exercise or "the window")
        if not request.hidden or request.start_exercise:
            self.bring_forward()
        exercise_id = request.start_exercise
        if exercise_id is None:
            return
        try:
            exercise = self.catalog.get(exercise_id)
        except UnknownExerciseError:
            self._show_notice(
                translate(
                    "MainWindow", "CalmKit was asked to start {exercise}, which it cannot find."
                ).format(exercise=exercise_id)
            )
            return
        if self.session is not None:
            self._show_notice(
                translate(
                    "MainWindow", "A session is already open. Finish or stop it to start {name}."
                ).format(name=exercise.name)
            )
            return
        self.start_exercise(exercise_id, request.plan, ask_rating=ask_rating)

    def bring_forward(self) -> None:
        """Show the window, raised and focused, wherever it was (minimized, in the tray)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def end_session_now(self) -> None:
        """Close the open session at once, keeping what was practised, rated and noted."""
        if self.session is not None:
            self.session.keep_summary()
            if self.session.started and not self.session.runner.is_over:
                self.session.stop()
        self._close_session()

    def checkpoint_session(self) -> None:
        """Write down the session in progress now (the app is asked to quit)."""
        if self.session is not None:
            self.session.checkpoint()

    def _switch_session(self, exercise_id: str) -> None:
        """Something gentler instead, from the support a session offers: what was practised
        is already saved; the rating and note typed so far are kept."""
        self.end_session_now()
        self.start_exercise(exercise_id)

    def _start_planned(self, exercise_id: str, plan: SessionPlan) -> None:
        self.start_exercise(exercise_id, plan, ask_rating=True)

    def _narration(self) -> ClipIndex:
        """The rendered clips' manifest, read once; a problem with it is logged, and the
        voice falls back to the speech engine."""
        if self._clip_index is None:
            from calmkit.core.narration import NARRATION_FOLDER, load_clips

            self._clip_index = load_clips(self.context.sounds_dir.parent / NARRATION_FOLDER)
            if self._clip_index.problem:
                log.warning("narration clips unavailable: %s", self._clip_index.problem)
        return self._clip_index

    def _voice(self) -> Voice:
        if self._speaker is None:
            from calmkit.ui.voice import Voice

            self._speaker = Voice(parent=self)
        return self._speaker

    def _cue_player(self) -> CuePlayer:
        if self._cues is None:
            from calmkit.ui.audio import CuePlayer

            cues = CuePlayer(self.context.sounds_dir, self.clock, self)
            if not cues.available:
                log.info("no audio output: sessions run with visual cues only")
            self._cues = cues
        return self._cues

    def _close_session(self) -> None:
        shell, self.session = self.session, None
        if shell is None:
            return
        shell.leave_full_screen()
        if self._cues is not None:
            self._cues.release()  # no audio device held between sessions
        self.pages.setCurrentWidget(self.tabs)
        self.pages.removeWidget(shell)
        shell.deleteLater()
        self.library.list.setFocus()

    # --- help ------------------------------------------------------------------------------

    def show_crisis_support(self) -> None:
        """Help now, above whatever is open (F1 from any window does the same)."""
        self.help_now.open()

    def _pause_for_help(self) -> None:
        if self.session is not None:
            self.session.pause()  # the session waits while the person reads

    def _help_region(self) -> str | None:
        """The region the person chose in Help now, else the system locale's country."""
        try:
            chosen = self.store.setting(HELP_REGION_SETTING)
        except StorageError as error:
            log.warning("Help now region not read: %s", error)
            chosen = None
        if isinstance(chosen, str):
            return chosen or None
        return QLocale.territoryToCode(QLocale.system().territory()) or None

    def _remember_help_region(self, region: str) -> None:
        try:
            self.store.set_setting(HELP_REGION_SETTING, region)
        except StorageError as error:  # Help now keeps working; it forgets the choice
            log.warning("Help now region not saved: %s", error)

    def show_shortcuts(self) -> None:
        """The keys overview, beside the window; a running session waits meanwhile."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.raise_()
            self.shortcuts_dialog.activateWindow()
            return
        from calmkit.ui.shortcuts import ShortcutsDialog, overview_groups

        if self.session is not None:
            self.session.pause()
        dialog = ShortcutsDialog(overview_groups(self.menuBar(), self.library.actions()), self)
        self.shortcuts_dialog = dialog

        def ended(_result: int) -> None:
            self.shortcuts_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(ended)
        dialog.show()  # not modal: the keys can be tried with the overview open

    def show_welcome(self) -> None:
        """The three welcome pages; however they end, they count as seen."""
        if self.welcome_dialog is not None:
            self.welcome_dialog.raise_()
            return
        from calmkit.ui.welcome import SEEN_SETTING, WelcomeDialog

        dialog = WelcomeDialog(self)
        self.welcome_dialog = dialog

        def ended(_result: int) -> None:
            self.welcome_dialog = None
            dialog.deleteLater()
            try:
                self.store.set_setting(SEEN_SETTING, True)
            except StorageError as error:
                log.warning("could not remember that the welcome was seen: %s", error)
            self.library.list.setFocus()

        dialog.finished.connect(ended)
        dialog.open()

    def welcome_seen(self) -> bool:
        from calmkit.ui.welcome import SEEN_SETTING

        try:
            return self.store.setting(SEEN_SETTING) is True
        except StorageError:
            return True  # a log that cannot be read has other things to say first

    def _escape_from_status_bar(self) -> None:
        if self.session is not None:
            self.session.escape()

    def _about(self) -> None:
        """Opens without blocking, like the app's other messages (F1 works over it too)."""
        what = translate(
            "MainWindow",
            "Guided breathing and relaxation exercises that work entirely offline. Your "
            "practice log stays on this computer.",
        )
        not_what = translate(
            "MainWindow",
            "CalmKit is a self-help tool, not a medical device. It does not diagnose or treat "
            "any condition. If you are struggling, please talk to a health professional; press "
            "F1 for Help now, with crisis lines.",
        )
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            f"<p><b>{APP_NAME} {__version__}</b></p><p>{what}</p><p>{not_what}</p>",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    def close_for_good(self) -> None:
        """Close, and quit, even when closing would otherwise keep CalmKit in the tray."""
        self._closing_for_good = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()  # not modal, so it would outlive the window
        if not self._closing_for_good and self.keeps_in_tray():
            # Into the tray; a session waits, paused, for the window to come back.
            event.ignore()
            if self.session is not None:
                self.session.pause()
            self.hide()
            self.hidden_to_tray.emit()
            return
        # Closing mid-session keeps what was practised, and a rating or note given after it.
        shell = self.session
        if shell is not None:
            shell.stop()
            shell.keep_summary()
        if self.context.unsaved_sessions and not self._may_close_with_unsaved_sessions():
            self._closing_for_good = False  # the person chose to keep CalmKit open
            event.ignore()
            return
        self.data.close()
        super().closeEvent(event)
        if not QApplication.quitOnLastWindowClosed():
            QApplication.quit()  # with a tray icon, closing the last window alone would not

    def _may_close_with_unsaved_sessions(self) -> bool:
        """Finished sessions the store could not take yet: try once more, then ask. They
        are only ever dropped when the person says so."""
        from PySide6.QtWidgets import QMessageBox

        while True:
            try:
                self.context.save_unsaved_sessions()
                return True
            except StorageError as error:
                problem = str(error)
            count = len(self.context.unsaved_sessions)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Sessions not saved yet"),
                translate(
                    "MainWindow", "%n finished session(s) could not be saved yet.", None, count
                ),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            # Whole sentences for one session and for several: "it" and "they" are not
            # the only words that change in other languages.
            if count == 1:
                advice = translate(
                    "MainWindow",
                    "If you close CalmKit now, it is lost. Solve the problem and choose Try "
                    "again, or keep CalmKit open for now.",
                )
            else:
                advice = translate(
                    "MainWindow",
                    "If you close CalmKit now, they are lost. Solve the problem and choose Try "
                    "again, or keep CalmKit open for now.",
                )
            box.setInformativeText(f"{problem}\n\n{advice}")
            retry = box.addButton(
                translate("MainWindow", "Try again"), QMessageBox.ButtonRole.AcceptRole
            )
            keep_open = box.addButton(
                translate("MainWindow", "Keep CalmKit open"), QMessageBox.ButtonRole.RejectRole
            )
            box.addButton(
                translate("MainWindow", "Close without saving"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.setDefaultButton(keep_open)
            self.unsaved_question = box
            box.exec()
            if box.clickedButton() is retry:
                continue
            if box.clickedButton() is keep_open:
                return False
            log.warning("closed with %d unsaved sessions", count)
            return True
