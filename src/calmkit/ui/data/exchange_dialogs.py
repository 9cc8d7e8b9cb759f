"""Export and import for the GUI: the worker thread (with its own Store), the atomic write,
the busy dialog and the import report. Loaded on the first export or import, not at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.store import Store, StoreError
from calmkit.ui.widgets.formatting import plural

if TYPE_CHECKING:
    from calmkit.core.exchange import ExportFormat, ImportReport

log = logging.getLogger(__name__)

Job = Callable[[Store, Callable[[str], None]], object]
MAX_REJECTED_SHOWN = 1000  # rows listed in the report; the summary still counts them all
EXPORT_FILTERS = {"CSV, for spreadsheets (*.csv)": "csv", "JSON (*.json)": "json"}
IMPORT_FILTER = "CalmKit exports (*.csv *.json);;All files (*)"


class TaskError(Exception):
    """A worker's job failed in a way the person can act on; the message says how."""


class StoreTask(QThread):
    """Runs one job against its own connection to the practice log, off the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(str)
    stage = Signal(str)

    def __init__(self, database: Path, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._job = job

    def run(self) -> None:
        from calmkit.core.exchange import ExchangeError

        try:
            with Store.open(self._database) as store:
                result = self._job(store, self.stage.emit)
        except (TaskError, ExchangeError, StoreError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # the GUI waits for an answer, so always give one
            log.exception("a background task failed")
            self.failed.emit(f"Something unexpected went wrong ({error}). Details are in the log.")
        else:
            self.succeeded.emit(result)


def write_export(store: Store, target: Path, fmt: ExportFormat) -> int:
    """Export atomically: a full disk or a crash never leaves half a file."""
    from calmkit.core.exchange import ExportWriteError, export_sessions, write_file_atomically

    try:
        return write_file_atomically(target, lambda stream: export_sessions(store, stream, fmt))
    except ExportWriteError as error:
        raise TaskError(str(error)) from error


def import_job(source: Path) -> Job:
    from calmkit.core.exchange import merge_parsed, parse_sessions, read_import_file

    def job(store: Store, stage: Callable[[str], None]) -> ImportReport:
        stage(f"Reading and checking {source.name}…")
        parsed = parse_sessions(read_import_file(source))
        stage(f"Adding {len(parsed.valid):,} sessions to your history…")
        return merge_parsed(store, parsed, skip_invalid=True)  # as before; a preview comes next

    return job


class BusyDialog(QDialog):
    """A quiet "working on it" window that cannot be closed while the work goes on (the work
    is one transaction: stopping half-way is not possible, and the log is never half-written)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: the core reports stages, not fractions
        bar.setTextVisible(False)
        bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.setMinimumWidth(380)
        self._done = False

    def finish(self) -> None:
        self._done = True
        self.close()

    def reject(self) -> None:
        if self._done:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()


class ImportReportDialog(QDialog):
    """What an import did: added, already present, rejected rows with their reasons."""

    def __init__(self, name: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished")
        # A CSV of self-checks holds no sessions: its counts are the self-checks'.
        checks = report.checkins_file
        held = (
            plural(report.checkin_rows, "self-check")
            if checks
            else plural(report.rows, "session")
            + (f" and {plural(report.checkin_rows, 'self-check')}" if report.checkin_rows else "")
        )
        added = report.checkins_added if checks else report.added
        present = report.checkins_already_present if checks else report.already_present
        lines = [
            f"<p><b>{escape(name)}</b> ({report.file_format.upper()}) held {held}.</p>",
            "<ul>",
            f"<li>Added to your history: <b>{added:,}</b></li>",
            f"<li>Already in your history, left as they are: <b>{present:,}</b></li>",
        ]
        if report.checkin_rows and not checks:
            lines.append(
                f"<li>Self-checks added: <b>{report.checkins_added:,}</b>, already there: "
                f"<b>{report.checkins_already_present:,}</b></li>"
            )
        lines += [f"<li>Not imported: <b>{len(report.rejected):,}</b></li>", "</ul>"]
        if report.warnings:
            lines.append("".join(f"<p>{escape(w)}</p>" for w in report.warnings))
        if report.rejected:
            lines.append("<p>The rows not imported, and why:</p>")
        self.summary = QLabel("".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.reasons: QPlainTextEdit | None = None
        if report.rejected:
            shown = [row.describe() for row in report.rejected[:MAX_REJECTED_SHOWN]]
            hidden = len(report.rejected) - len(shown)
            if hidden > 0:
                shown.append(f"… and {hidden:,} more.")
            self.reasons = QPlainTextEdit("\n".join(shown))
            self.reasons.setReadOnly(True)
            self.reasons.setAccessibleName("Rows not imported, with reasons")
            layout.addWidget(self.reasons, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420 if report.rejected else 240)


def export_target(name: str, chosen_filter: str) -> tuple[Path, ExportFormat]:
    """The file and format from the save dialog: the extension typed wins, else the filter."""
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return path, "json"
    if suffix == ".csv":
        return path, "csv"
    fmt: ExportFormat = "json" if EXPORT_FILTERS.get(chosen_filter) == "json" else "csv"
    return path.with_name(f"{path.name}.{fmt}"), fmt
