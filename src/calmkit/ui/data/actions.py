"""The practice log's menu actions: export, import, settings and "Delete all my data".

Exports and imports run in a worker thread with a Store of their own (100,000 sessions take a
few seconds), behind a small window-modal progress dialog, so the window keeps painting and
nothing else writes meanwhile. Messages and reports open without blocking (`open()`, not
`exec()`), which also lets tests answer them.

This module is loaded at start-up (the menus need the actions), so the dialogs, the worker and
the CSV/JSON machinery are imported on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from calmkit.core.i18n import translate
from calmkit.core.store import StorageError, Store, StoreError
from calmkit.paths import Paths, resolve_paths
from calmkit.ui.widgets import theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from calmkit.core.exchange import ExportFormat
    from calmkit.ui.context import AppContext
    from calmkit.ui.data.exchange_dialogs import BusyDialog, ImportCheck, Job, StoreTask
    from calmkit.ui.data.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class DataActions(QObject):
    """The actions (with shortcuts) for the File and Edit menus, and what they do."""

    task_finished = Signal()  # an export or import ended, whichever way
    patterns_imported = Signal()  # an import added saved breathing patterns

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        paths: Paths,
        is_idle: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.paths = paths
        self._is_idle = is_idle
        self._opened: Store | None = None  # a store this object opened (and must close)
        self.task: StoreTask | None = None
        self.busy_dialog: BusyDialog | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (tests answer it)
        self.message: QMessageBox | None = None

        # Not Ctrl+E: the exercise library uses it to edit a pattern.
        self.export_action = self._action(
            translate("DataActions", "&Export history…"), "Ctrl+Shift+E", self.export_history
        )
        self.import_action = self._action(
            translate("DataActions", "&Import history…"), "Ctrl+Shift+I", self.import_history
        )
        self.delete_action = self._action(
            translate("DataActions", "&Delete all my data…"), None, self.delete_all_data
        )
        self.settings_action = self._action(
            translate("DataActions", "&Settings…"), "Ctrl+,", self.open_settings
        )
        self.backups_action = self._action(
            translate("DataActions", "&Backups…"), None, self.open_backups
        )
        # More pages for the Settings dialog, added by whoever owns those settings.
        self.settings_pages: list[Callable[[SettingsDialog], None]] = []

    @property
    def store(self) -> Store:
        return self._context.store

    def _action(self, text: str, key: str | None, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    @property
    def busy(self) -> bool:
        return self.task is not None

    def update_enabled(self) -> None:
        ready = not self.busy and self._is_idle()
        for action in (
            self.export_action,
            self.import_action,
            self.delete_action,
            self.backups_action,
        ):
            action.setEnabled(ready)

    def _ready(self) -> bool:
        if self.busy:
            return False
        if not self._is_idle():
            self._status(translate("DataActions", "This is available once the session has ended."))
            return False
        return True

    # --- export and import -----------------------------------------------------------------

    def export_history(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from calmkit.ui.data.exchange_dialogs import export_filters, export_target

        if not self._ready():
            return
        from PySide6.QtCore import QStandardPaths

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        if not folder.is_dir():
            folder = Path.home()
        default = folder / f"calmkit-history-{date.today().isoformat()}.csv"
        name, chosen_filter = QFileDialog.getSaveFileName(
            self._window,
            translate("DataActions", "Export history"),
            str(default),
            ";;".join(export_filters()),
        )
        if name:
            target, fmt = export_target(name, chosen_filter)
            self.start_export(target, fmt)

    def start_export(self, target: Path, fmt: ExportFormat) -> None:
        from calmkit.ui.data.exchange_dialogs import write_export

        def job(store: Store, stage: Callable[[str], None]) -> int:
            return write_export(store, target, fmt)

        def done(result: object) -> None:
            count = cast(int, result)
            self._status(
                translate("DataActions", "Exported %n session(s) to {path}.", None, count).format(
                    path=target
                )
            )

        self._run(
            translate("DataActions", "Exporting"),
            translate("DataActions", "Writing your history to {name}…").format(name=target.name),
            job,
            done,
            translate("DataActions", "Export failed"),
        )

    def import_history(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from calmkit.ui.data.exchange_dialogs import import_filter

        if not self._ready():
            return
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("DataActions", "Import history"),
            str(Path.home()),
            import_filter(),
        )
        if name:
            self.start_import(Path(name))

    def start_import(self, source: Path) -> None:
        """Check the file against the history (nothing written), then show the preview."""
        from calmkit.ui.data.exchange_dialogs import ImportCheck, ImportPreviewDialog, check_job

        def checked(result: object) -> None:
            assert isinstance(result, ImportCheck)
            preview = ImportPreviewDialog(source.name, result.report, self._window)

            def answered(code: int) -> None:
                if code == QDialog.DialogCode.Accepted:
                    self._write_import(source, result, valid_only=preview.valid_only)

            self._open(preview, answered)

        self._run(
            translate("DataActions", "Checking"),
            translate("DataActions", "Checking {name}…").format(name=source.name),
            check_job(source),
            checked,
            translate("DataActions", "Nothing was imported"),
            failure=_not_imported(source),
        )

    def _write_import(self, source: Path, check: ImportCheck, *, valid_only: bool) -> None:
        from calmkit.core.exchange import ImportReport
        from calmkit.ui.data.exchange_dialogs import ImportReportDialog, import_job

        def done(report: object) -> None:
            assert isinstance(report, ImportReport)
            if report.written and report.added:
                self._context.notify_sessions_changed()
            if report.written and report.checkins_added:
                self._context.notify_checkins_changed()
            if report.written and report.patterns_added:
                self.patterns_imported.emit()
            self._open(ImportReportDialog(source.name, report, self._window))

        self._run(
            translate("DataActions", "Importing"),
            translate("DataActions", "Importing {name}…").format(name=source.name),
            import_job(check.parsed, valid_only=valid_only),
            done,
            translate("DataActions", "Nothing was imported"),
            failure=_not_imported(source),
        )

    def _run(
        self,
        title: str,
        text: str,
        job: Job,
        done: Callable[[object], None],
        failure_title: str,
        *,
        failure: Callable[[str], str] = str,
    ) -> None:
        """Run `job` behind the busy dialog; `failure` words the message for the problem."""
        from calmkit.ui.data.exchange_dialogs import BusyDialog, StoreTask

        task = StoreTask(self.store.path, job, self)
        busy = BusyDialog(title, text, self._window)
        task.stage.connect(busy.label.setText)

        def succeeded(result: object) -> None:
            self._end_task()
            done(result)
            self.task_finished.emit()

        def failed(message: str) -> None:
            self._end_task()
            self._tell(failure_title, failure(message))
            self.task_finished.emit()

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        self.task = task
        self.busy_dialog = busy
        self.update_enabled()
        busy.show()
        task.start()

    def _end_task(self) -> None:
        if self.task is not None:
            self.task.wait()  # it has emitted its last signal; let the thread end cleanly
            self.task.deleteLater()
            self.task = None
        if self.busy_dialog is not None:
            self.busy_dialog.finish()
            self.busy_dialog.deleteLater()
            self.busy_dialog = None
        self.update_enabled()

    def wait_for_task(self) -> None:
        """Called when the window closes: an import is one transaction, let it end."""
        if self.task is not None:
            self.task.wait()

    # --- backups -----------------------------------------------------------------------------

    def take_daily_backup(self) -> None:
        """The day's backup, if none was made today; a failure is logged and said in the
        status bar, never in the way of practice."""
        if self.busy or self.store.read_only:
            return
        try:
            taken = self.store.backup_if_due()
        except StorageError as error:
            log.error("daily backup: %s (%s)", error, error.detail)
            self._status(
                translate("DataActions", "Today's backup could not be made. {problem}").format(
                    problem=error
                )
            )
            return
        if taken is not None:
            log.info("daily backup %s", taken.id)

    def open_backups(self) -> None:
        from calmkit.ui.data.backups_dialog import BackupsDialog

        if not self._ready():
            return
        dialog = BackupsDialog(self.store, self._window)
        # The same Store holds the restored history: everything reads it again.
        dialog.restored.connect(lambda _: self._context.replace_store(self.store))
        self._open(dialog)

    # --- settings and deleting everything ---------------------------------------------------

    def open_settings(self) -> None:
        from calmkit.ui.data.settings_dialog import SettingsDialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._status(translate("DataActions", "Settings saved."))
                if dialog.saved_appearance is not None:
                    theme.set_choice(dialog.saved_appearance.theme)
                self._context.notify_settings_changed()
            elif result == SettingsDialog.DELETE_ALL:
                self.delete_all_data()

        dialog = SettingsDialog(self.store, self._window)
        for add_page in self.settings_pages:
            add_page(dialog)
        self._open(dialog, finished)

    def delete_all_data(self) -> None:
        from calmkit.core.erasure import data_files
        from calmkit.ui.data.settings_dialog import DeleteDataDialog

        if not self._ready():
            return
        files = data_files(self.paths)
        if not files:
            self._tell(
                translate("DataActions", "Nothing to delete"),
                translate("DataActions", "There is no CalmKit data in {folder}.").format(
                    folder=self.paths.data_dir
                ),
                info=True,
            )
            return

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._erase()
            elif result == DeleteDataDialog.EXPORT_FIRST:
                self.export_history()

        self._open(DeleteDataDialog([str(f) for f in files], self._window), finished)

    def _erase(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from calmkit.core.erasure import delete_all_data

        if not self._ready():
            return
        problem = ""
        try:
            removed = delete_all_data(self.paths, store=self.store)  # closes the store first
        except StoreError as error:
            log.error("delete all data: %s", error)
            removed, problem = [], str(error)
        _release_log_files(self.paths)
        try:
            fresh = Store.open(self.paths.database)
        except StoreError as error:
            closing = translate(
                "DataActions",
                "The practice log could not be opened again ({problem}). CalmKit will close "
                "now; start it again when the problem is solved.",
            ).format(problem=error)
            QMessageBox.critical(
                self._window,
                translate("DataActions", "CalmKit has to close"),
                f"{problem}\n\n{closing}",
            )
            self._window.close()
            return
        # Any store opened here before was the one just deleted (and closed).
        self._opened = fresh
        self._context.replace_store(fresh)
        theme.set_choice(theme.SYSTEM)  # the settings went with the data: follow the desktop
        if problem:
            self._tell(translate("DataActions", "Not everything was deleted"), problem)
            return
        listing = "\n".join(str(p) for p in removed)
        files = len(removed)
        self._tell(
            translate("DataActions", "Your data was deleted"),
            translate(
                "DataActions",
                "Removed %n file(s):\n{files}\n\nCalmKit now starts afresh with an empty "
                "practice log and default settings.",
                None,
                files,
            ).format(files=listing),
            info=True,
        )

    def close(self) -> None:
        """Close the practice log this object opened, if any (the app closes the first one)."""
        self.wait_for_task()
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    # --- messages ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, finished: Callable[[int], None] | None = None) -> None:
        """Open without blocking: the event loop (and any session) runs on meanwhile."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if finished is not None:
            dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def _tell(self, title: str, text: str, *, info: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Information if info else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10_000)


def _not_imported(source: Path) -> Callable[[str], str]:
    """The message when an import of `source` fails with `problem`."""

    def words(problem: str) -> str:
        return translate(
            "DataActions", "{name} was not imported. {problem} Your history is as it was."
        ).format(name=source.name, problem=problem)

    return words


def paths_for(database: Path) -> Paths:
    """The folders of the app that opened `database`: the defaults when it is the default
    log, else the --data-dir layout (the log folder inside the data folder)."""
    default = resolve_paths()
    if default.database == database:
        return default
    return Paths(data_dir=database.parent, log_dir=database.parent / "logs")


def _release_log_files(paths: Paths) -> None:
    """The app's log handler still holds the deleted log file open; closing it makes the next
    message start a new file instead of vanishing into the removed one."""
    for handler in logging.getLogger("calmkit").handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).parent in (
            paths.log_dir,
            paths.log_dir.resolve(),
        ):
            handler.close()
