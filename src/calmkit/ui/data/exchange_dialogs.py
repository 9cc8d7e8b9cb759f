"""Export and import for the GUI: the worker thread (with its own Store), the atomic write,
the busy dialog, the import preview and the import report. Loaded on the first export or
import, not at start-up.

An import happens in two steps: the file is read and checked against the practice log without
writing anything, and a preview says what would happen ("Import 12 sessions" / "Cancel").
Only then is it written, from what was checked (the file is not read twice). When some rows
cannot be used, nothing is written unless the person chooses to import only the valid rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.store import Store, StoreError

if TYPE_CHECKING:
    from calmkit.core.exchange import ExportFormat, ImportReport, ParsedFile

log = logging.getLogger(__name__)

Job = Callable[[Store, Callable[[str], None]], object]
MAX_REJECTED_SHOWN = 1000  # rows listed in the report; the summary still counts them all
# The save dialog's choices, in English; export_filters() gives them as shown.
EXPORT_FILTERS: dict[str, ExportFormat] = {
    QT_TRANSLATE_NOOP("ExchangeDialogs", "CSV, for spreadsheets (*.csv)"): "csv",
    "JSON (*.json)": "json",  # no words to translate
}


def export_filters() -> dict[str, ExportFormat]:
    """The save dialog's name filters in the interface's language (the words translated, the
    patterns kept), each with the format it chooses."""
    return {translate("ExchangeDialogs", name): fmt for name, fmt in EXPORT_FILTERS.items()}


def import_filter() -> str:
    return ";;".join(
        (
            translate("ExchangeDialogs", "CalmKit exports (*.csv *.json)"),
            translate("ExchangeDialogs", "All files (*)"),
        )
    )


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
        except Exception:  # the GUI waits for an answer, so always give one
            log.exception("a background task failed")
            self.failed.emit(
                translate(
                    "StoreTask",
                    "Something unexpected went wrong, and nothing was changed. Details are in "
                    "the log.",
                )
            )
        else:
            self.succeeded.emit(result)


def write_export(store: Store, target: Path, fmt: ExportFormat) -> int:
    """Export atomically: a full disk or a crash never leaves half a file."""
    from calmkit.core.exchange import ExportWriteError, export_sessions, write_file_atomically

    try:
        return write_file_atomically(target, lambda stream: export_sessions(store, stream, fmt))
    except ExportWriteError as error:
        raise TaskError(str(error)) from error


@dataclass(frozen=True, slots=True)
class ImportCheck:
    """A file read and checked against the practice log, nothing written: what the preview
    shows, and what the import then writes."""

    parsed: ParsedFile
    report: ImportReport  # a dry run


def check_job(source: Path) -> Job:
    from calmkit.core.exchange import merge_parsed, parse_sessions, read_import_file

    def job(store: Store, stage: Callable[[str], None]) -> ImportCheck:
        stage(translate("ExchangeDialogs", "Reading and checking {name}…").format(name=source.name))
        parsed = parse_sessions(read_import_file(source))
        return ImportCheck(parsed, merge_parsed(store, parsed, dry_run=True))

    return job


def import_job(parsed: ParsedFile, *, valid_only: bool) -> Job:
    from calmkit.core.exchange import merge_parsed

    def job(store: Store, stage: Callable[[str], None]) -> ImportReport:
        sessions = len(parsed.valid)
        stage(translate("ExchangeDialogs", "Adding %n session(s) to your history…", None, sessions))
        return merge_parsed(store, parsed, skip_invalid=valid_only)

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


def _held(report: ImportReport) -> str:
    # A CSV of self-checks holds no sessions: its counts are the self-checks'.
    checkin_rows, rows = report.checkin_rows, report.rows
    checks = translate("ExchangeDialogs", "%n self-check(s)", None, checkin_rows)
    if report.checkins_file:
        return checks
    sessions = translate("ExchangeDialogs", "%n session(s)", None, rows)
    if report.checkin_rows:
        return translate("ExchangeDialogs", "{sessions} and {self_checks}").format(
            sessions=sessions, self_checks=checks
        )
    return sessions


def _bold(number: int) -> str:
    return f"<b>{number:,}</b>"


@dataclass(frozen=True)
class _CountWords:
    """One outcome's sentences (each whole, so every language words it its own way)."""

    added: str
    present: str
    checkins: str
    patterns: str
    rejected: str


_AHEAD_WORDS = _CountWords(  # in the preview, before the import
    QT_TRANSLATE_NOOP("ExchangeDialogs", "New, to add: {count}"),
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Already in your history, left as they are: {count}"),
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Self-checks to add: {added}, already there: {present}"),
    QT_TRANSLATE_NOOP(
        "ExchangeDialogs", "Your own breathing patterns to add: {added}, already there: {present}"
    ),
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Cannot be used: {count}"),
)
_DONE_WORDS = _CountWords(
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Added to your history: {count}"),
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Already in your history, left as they are: {count}"),
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Self-checks added: {added}, already there: {present}"),
    QT_TRANSLATE_NOOP(
        "ExchangeDialogs", "Your own breathing patterns added: {added}, already there: {present}"
    ),
    QT_TRANSLATE_NOOP("ExchangeDialogs", "Not imported: {count}"),
)


def _counts(report: ImportReport, *, ahead: bool) -> list[str]:
    """The added / already there / not imported list, as HTML items (`ahead`: before the
    import, in the preview)."""
    checks = report.checkins_file
    added = _bold(report.checkins_added if checks else report.added)
    present = _bold(report.checkins_already_present if checks else report.already_present)
    checkins = {
        "added": _bold(report.checkins_added),
        "present": _bold(report.checkins_already_present),
    }
    patterns = {
        "added": _bold(report.patterns_added),
        "present": _bold(report.patterns_already_present),
    }
    rejected = _bold(len(report.rejected))
    words = _AHEAD_WORDS if ahead else _DONE_WORDS
    lines = [
        translate("ExchangeDialogs", words.added).format(count=added),
        translate("ExchangeDialogs", words.present).format(count=present),
    ]
    if report.checkin_rows and not checks:
        lines.append(translate("ExchangeDialogs", words.checkins).format(**checkins))
    if report.pattern_rows:
        lines.append(translate("ExchangeDialogs", words.patterns).format(**patterns))
    lines.append(translate("ExchangeDialogs", words.rejected).format(count=rejected))
    return [f"<li>{line}</li>" for line in lines]


def _details(report: ImportReport) -> QPlainTextEdit | None:
    """The rows that cannot be used with their reasons, then the values kept in CalmKit's
    own form; None when there is neither."""
    shown = [row.describe() for row in report.rejected[:MAX_REJECTED_SHOWN]]
    hidden = len(report.rejected) - len(shown)
    if hidden > 0:
        shown.append(translate("ExchangeDialogs", "… and %n more.", None, hidden))
    if report.normalised:
        if shown:
            shown.append("")
        shown.append(
            translate(
                "ExchangeDialogs",
                "Kept in CalmKit's usual form (a new export shows them this way):",
            )
        )
        shown += [f"  {line}" for line in report.normalised]
    if not shown:
        return None
    details = QPlainTextEdit("\n".join(shown))
    details.setReadOnly(True)
    details.setAccessibleName(translate("ExchangeDialogs", "Rows not imported, with reasons"))
    return details


def import_button_text(report: ImportReport) -> str:
    """What the preview's import button does: "Import 12 sessions", "Import the 3 valid
    sessions and 1 valid self-check"..."""
    sessions, checks, patterns = report.added, report.checkins_added, report.patterns_added
    parts = []
    if report.rejected:  # only the valid rows are imported: the button says so
        if report.added or not (report.checkins_added or report.patterns_added):
            parts.append(translate("ImportPreviewDialog", "%n valid session(s)", None, sessions))
        if report.checkins_added:
            parts.append(translate("ImportPreviewDialog", "%n valid self-check(s)", None, checks))
        if report.patterns_added:
            parts.append(translate("ImportPreviewDialog", "%n valid pattern(s)", None, patterns))
    else:
        if report.added or not (report.checkins_added or report.patterns_added):
            parts.append(translate("ImportPreviewDialog", "%n session(s)", None, sessions))
        if report.checkins_added:
            parts.append(translate("ImportPreviewDialog", "%n self-check(s)", None, checks))
        if report.patterns_added:
            parts.append(translate("ImportPreviewDialog", "%n pattern(s)", None, patterns))
    if len(parts) == 3:
        listed = translate("ImportPreviewDialog", "{first}, {second} and {third}").format(
            first=parts[0], second=parts[1], third=parts[2]
        )
    elif len(parts) == 2:
        listed = translate("ImportPreviewDialog", "{first} and {second}").format(
            first=parts[0], second=parts[1]
        )
    else:
        listed = parts[0]
    if report.rejected:
        return translate("ImportPreviewDialog", "Import the {things}").format(things=listed)
    return translate("ImportPreviewDialog", "Import {things}").format(things=listed)


class ImportPreviewDialog(QDialog):
    """What an import would do, before anything is written: "Import N sessions" or "Cancel".
    When some rows cannot be used, the import button says it imports only the valid ones,
    and there is none when nothing would be added."""

    def __init__(self, name: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportPreviewDialog", "Import history"))
        adds = report.added + report.checkins_added + report.patterns_added
        holds = translate("ImportPreviewDialog", "{name} ({format}) holds {contents}.").format(
            name=f"<b>{escape(name)}</b>", format=report.file_format.upper(), contents=_held(report)
        )
        lines = [
            f"<p>{holds}</p>",
            "<ul>",
            *_counts(report, ahead=True),
            "</ul>",
        ]
        if report.warnings:
            lines.append("".join(f"<p>{escape(w)}</p>" for w in report.warnings))
        if report.rejected:
            rejected = len(report.rejected)
            unusable = translate(
                "ImportPreviewDialog",
                "%n row(s) cannot be used; the reasons are below. Nothing is imported unless you "
                "choose to import only the valid rows. You could also fix the file and try again.",
                None,
                rejected,
            )
            lines.append(f"<p>{unusable}</p>")
        elif not adds:
            nothing_new = translate(
                "ImportPreviewDialog", "Nothing new to add: your history already has all of it."
            )
            lines.append(f"<p>{nothing_new}</p>")
        else:
            unchanged = translate("ImportPreviewDialog", "Nothing has been changed yet.")
            lines.append(f"<p>{unchanged}</p>")
        self.summary = QLabel("".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.reasons = _details(report)
        if self.reasons is not None:
            layout.addWidget(self.reasons, stretch=1)
        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        if adds:
            self.import_button = self.buttons.addButton(
                import_button_text(report), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.valid_only = bool(report.rejected)  # what the import button asks for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 420 if self.reasons is not None else 260)
        if self.import_button is not None and not report.rejected:
            self.import_button.setDefault(True)
        else:
            self.cancel_button.setDefault(True)  # a choice to drop rows is never the default


class ImportReportDialog(QDialog):
    """What an import did: added, already present, rejected rows with their reasons."""

    def __init__(self, name: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ImportReportDialog", "Nothing was imported")
            if report.held_back
            else translate("ImportReportDialog", "Import finished")
        )
        held = translate("ImportReportDialog", "{name} ({format}) held {contents}.").format(
            name=f"<b>{escape(name)}</b>", format=report.file_format.upper(), contents=_held(report)
        )
        lines = [
            f"<p>{held}</p>",
            "<ul>",
            *_counts(report, ahead=False),
            "</ul>",
        ]
        if report.held_back:
            held_back = translate(
                "ImportReportDialog",
                "Nothing was imported: some rows could not be used (your history changed since "
                "the check). Your history is as it was.",
            )
            lines.append(f"<p>{held_back}</p>")
        if report.warnings:
            lines.append("".join(f"<p>{escape(w)}</p>" for w in report.warnings))
        if report.rejected:
            why = translate("ImportReportDialog", "The rows not imported, and why:")
            lines.append(f"<p>{why}</p>")
        self.summary = QLabel("".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.reasons = _details(report) if report.rejected else None
        if self.reasons is not None:
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
    fmt: ExportFormat = "json" if export_filters().get(chosen_filter) == "json" else "csv"
    return path.with_name(f"{path.name}.{fmt}"), fmt
