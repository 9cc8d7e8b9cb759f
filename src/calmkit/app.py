"""GUI start-up, in a fixed order: paths -> logging -> one instance -> QApplication -> store ->
window -> loop."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from calmkit import APP_ID, APP_NAME, __version__, translations
from calmkit.core.clock import SystemClock
from calmkit.core.exercises import (
    Catalog,
    UnknownExerciseError,
    session_cautions,
    timeline_for,
)
from calmkit.core.i18n import translate
from calmkit.core.records import SessionRecord
from calmkit.core.store import Store, StoreError
from calmkit.core.store.files import create_private_file, make_private_folder
from calmkit.launch import instance_name
from calmkit.paths import Paths
from calmkit.resources import resource_path
from calmkit.ui.desktop.instance import HandOver, InstanceServer, hand_over
from calmkit.ui.main_window import MainWindow
from calmkit.ui.widgets import theme

if TYPE_CHECKING:
    from calmkit.core.crisis import CrisisResources
    from calmkit.launch import GuiOptions
    from calmkit.ui.desktop.integration import DesktopIntegration

log = logging.getLogger("calmkit")
SMOKE_TEST_TIMEOUT_MS = 20_000
LOG_MAX_BYTES = 512 * 1024
DAILY_BACKUP_DELAY_MS = 3_000


def run_gui(options: GuiOptions) -> int:
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(f"calmkit: {problem}", file=sys.stderr)
        return 1
    _configure_logging(options.paths)
    # Before anything opens the practice log: a second CalmKit hands its request to the
    # first and leaves, so only one process ever writes it. Asked first without a
    # QApplication, so that handing over stays cheap; claimed for real once there is one.
    name = instance_name(options.paths.data_dir)
    request = None if options.smoke_test else options.request
    handed = hand_over(name, request)
    if handed is not HandOver.NONE_RUNNING:
        return _already_running(options, handed)
    app = _application()
    instance = InstanceServer(name, app)
    handed = instance.claim(request)
    if handed is not HandOver.NONE_RUNNING:
        return _already_running(options, handed)
    log.info("%s %s starting; data in %s", APP_NAME, __version__, options.paths.data_dir)
    try:
        store = Store.open(options.paths.database)
    except StoreError as error:
        log.error("%s (%s)", error, error.detail)
        print(f"calmkit: {error}", file=sys.stderr)
        if options.smoke_test:
            instance.close()
            return 1
        from calmkit.ui.data.recovery import open_or_recover

        restored = open_or_recover(options.paths.database, error)
        if restored is None:
            instance.close()
            return 1
        store = restored

    clock = SystemClock()
    recovered = _recover_sessions(store, clock)
    _follow_theme(app, store)
    window = MainWindow(
        options.catalog,
        store,
        clock,
        resource_path("sounds"),
        _crisis_resources,  # read when Help now first opens
        paths=options.paths,
    )
    instance.request_received.connect(window.follow_launch)
    if options.hidden:
        desktop = _integrate(window)
        if not desktop.tray_available:
            window.showMinimized()  # no tray to wait in: in the task bar, out of the way
        # else at log-in: only the tray icon, until the person opens the window
    else:
        # The tray icon and the reminders' timer once the window has painted: nothing in
        # the window waits for them, and they cost ~3% of start-up.
        _after_first_paint(window, lambda: _integrate(window))
        window.show()
        window.activateWindow()  # keyboard focus straight away, e.g. from a terminal
    from calmkit.ui.shutdown import QuitOnRequest

    quit_on_request = QuitOnRequest(app, window.checkpoint_session, window.close_for_good)
    if recovered:
        window.statusBar().showMessage(_recovered_message(len(recovered)), 30_000)
    problems = options.catalog.problems
    if problems:
        unread = len(problems)  # a plain name: pyside6-lupdate skips a call with n=len(...)
        window.statusBar().showMessage(
            translate("App", "Skipped {problem}").format(problem=problems[0])
            if unread == 1
            else translate(
                "App",
                "%n exercise file(s) could not be read and were skipped; details are in the log.",
                None,
                unread,
            ),
            15_000,
        )
        for skipped in options.catalog.problems:
            log.warning("skipped an exercise file: %s", skipped)
    if options.start_exercise:
        if options.smoke_test:
            # Nobody is there to answer: no countdown and no caution (neither is saved), so
            # the session really begins and is recorded when the smoke test ends it.
            window.preferences = window.preferences.with_changes(
                countdown=False, cautions_seen=_caution_ids(options)
            )
        window.start_exercise(options.start_exercise, options.plan)
    if (
        not options.smoke_test
        and not options.start_exercise
        and not options.hidden
        and not window.welcome_seen()
    ):
        window.show_welcome()  # the first time CalmKit opens on this practice log
    if options.smoke_test:
        _exit_after_first_paint(app, window)
    else:
        # Once the window is up, so start-up does not wait for the copy.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window.data.take_daily_backup)
    try:
        return app.exec()
    finally:
        instance.close()
        window.close_for_good()  # records a session still running (e.g. after a smoke test)
        window.deleteLater()  # with its timers: nothing of this run fires after it
        quit_on_request.uninstall()
        store.close()


def _recover_sessions(store: Store, clock: SystemClock) -> list[SessionRecord]:
    """Save the sessions a crash, a kill or a power loss interrupted (from their last
    checkpoint), before anything else reads the history."""
    try:
        recovered = store.recover_sessions(now=clock.now())
    except StoreError as error:
        log.error("could not recover an interrupted session: %s", error)
        return []
    for record in recovered:
        log.warning(
            "recovered session %s (%s, %.0f s) after CalmKit closed unexpectedly",
            record.id,
            record.exercise_id,
            record.actual_seconds,
        )
    return recovered


def _recovered_message(count: int) -> str:
    """Short: the status bar shares its line with the calm-down button and the F1 hint."""
    if count == 1:
        return translate("App", "Your interrupted session is saved in History.")
    return translate("App", "Your %n interrupted session(s) are saved in History.", None, count)


def _already_running(options: GuiOptions, handed: HandOver) -> int:
    """Said on stdout by a second launch, which then leaves the first one to it."""
    if handed is HandOver.NOT_ANSWERING:
        message = translate(
            "App",
            "{app} is already open but did not answer. If its window does not respond, close "
            "it and start CalmKit again.",
        ).format(app=APP_NAME)
        print(f"calmkit: {message}", file=sys.stderr)
        return 1
    if options.smoke_test:
        print(
            "calmkit: smoke test: CalmKit is already open on this practice log; the smoke "
            "test needs a practice log of its own (--data-dir).",
            file=sys.stderr,
        )
        return 1
    if options.start_exercise is not None:
        said = translate("App", "{app} is already open: it was asked to start {exercise}.").format(
            app=APP_NAME, exercise=_name(options.catalog, options.start_exercise)
        )
    elif options.hidden:
        said = translate("App", "{app} is already open.").format(app=APP_NAME)
    else:
        said = translate("App", "{app} is already open: its window was brought forward.").format(
            app=APP_NAME
        )
    print(said)
    return 0


def _name(catalog: Catalog, exercise_id: str) -> str:
    try:
        return catalog.get(exercise_id).name
    except UnknownExerciseError:
        return exercise_id


def _caution_ids(options: GuiOptions) -> tuple[str, ...]:
    """The cautions the session asked for would show (the smoke test answers none)."""
    assert options.start_exercise is not None
    exercise = options.catalog.get(options.start_exercise)
    timeline = timeline_for(exercise, options.plan)
    return tuple(caution.id for caution in session_cautions(exercise, timeline))


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Say plainly when there is no screen to open a window on.

    Without this check Qt aborts with a misleading message about a missing xcb-cursor library.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return translate(
        "App",
        "no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start CalmKit "
        "from your desktop session; to run it without a screen, e.g. for a smoke test, set "
        "QT_QPA_PLATFORM=offscreen.",
    )


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    # The installed theme icon when there is one (desktop integration), else our own SVG.
    svg = resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    app.setWindowIcon(QIcon.fromTheme(APP_ID, QIcon(str(svg))))
    translations.install_into(app)
    theme.follow(app)  # the desktop's scheme until the store says what the person chose
    # Qt's own file dialogs, not the desktop's (GTK, portal): F1 cannot reach a window Qt
    # does not own, and Help now must open over every dialog.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    return app


def _follow_theme(app: QApplication, store: Store) -> None:
    """The theme chosen in Settings, or the desktop's light or dark scheme, live."""
    from calmkit.core.settings import load_appearance_settings

    appearance, problems = load_appearance_settings(store)
    for problem in problems:
        log.warning("%s", problem)
    theme.follow(app, appearance.theme)


def _crisis_resources() -> CrisisResources:
    from calmkit.core.crisis import crisis_resources_or_built_in

    resources, problem = crisis_resources_or_built_in(resource_path("crisis.toml"))
    if problem:  # Help now then shows the built-in emergency numbers and the directory
        log.error("crisis lines unavailable: %s", problem)
    return resources


def _integrate(window: MainWindow) -> DesktopIntegration:
    """The tray icon, closing into it, reminders and their Settings page."""
    from calmkit.ui.desktop.integration import DesktopIntegration

    return DesktopIntegration(window)


class _OnFirstPaint(QObject):
    """Calls `then` on the event loop's next turn after the window's first paint."""

    def __init__(self, window: MainWindow, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _after_first_paint(window: MainWindow, then: Callable[[], object]) -> None:
    window.installEventFilter(_OnFirstPaint(window, then))


class _FirstPaint(QObject):
    """Quits with 0 once the main window has painted: the smoke test's signal.

    It watches the main window alone: a filter on the whole application would hand every
    object of every event to Python (and make PySide build dozens of enum classes).
    """

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # once the window and its children have painted
        return False

    def _painted(self) -> None:
        # The moment on the monotonic clock, for benchmarks/startup.py.
        print(f"calmkit: first paint at {time.monotonic():.6f}", flush=True)
        self._exit_once_practising()

    def _exit_once_practising(self) -> None:
        """With `start ID`, also wait until the first step has begun (a fraction of a
        second while the sound output opens), so there is a session to record."""
        shell = self._window.session
        if shell is not None and shell.runner.elapsed() <= 0 and not shell.runner.is_over:
            QTimer.singleShot(20, self._exit_once_practising)
            return
        QTimer.singleShot(0, lambda: self._app.exit(0))


def _exit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    window.installEventFilter(_FirstPaint(app, window))

    def give_up() -> None:
        print("calmkit: smoke test: the main window was not painted in time", file=sys.stderr)
        app.exit(3)

    # Owned by the window, so that it goes with it: a timer left running would end the
    # event loop of whatever runs 20 s later in the same process (a test, for one).
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(SMOKE_TEST_TIMEOUT_MS)


def _configure_logging(paths: Paths) -> None:
    root = logging.getLogger("calmkit")
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    root.addHandler(stderr)
    try:
        # Logs say when CalmKit ran and what went wrong: this user's only (0700 / 0600).
        make_private_folder(paths.log_dir)
        _rotate(paths.log_file)
        create_private_file(paths.log_file)
        handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    except OSError as error:
        root.warning("cannot write the log file (%s); logging to the terminal only", error)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    sys.excepthook = _log_uncaught


def _rotate(log_file: Path) -> None:
    """Keep one previous log once the current one is large.

    Done by hand at start-up: logging.handlers costs ~14 ms to import, a tenth of start-up.
    """
    if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
        log_file.replace(log_file.with_suffix(".log.1"))


def _log_uncaught(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
