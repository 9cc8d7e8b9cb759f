"""When the practice log cannot be opened at start: say what is wrong in plain words and offer
a way forward (restore the newest good backup, start fresh, try again, read only, quit).

Nothing happens to the file until the person chooses. A damaged, unreadable or foreign file
is then set aside with a timestamp, never overwritten; a log from a newer CalmKit is left
where it is. The technical details (path, what SQLite said) sit behind "Show Details...".
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.store import Backup, StorageError, Store, newest_good_backup
from calmkit.core.store.recovery import can_set_aside, set_aside_and_replace
from calmkit.ui.data.backups_dialog import local_moment

log = logging.getLogger(__name__)


class Choice(Enum):
    """The ways forward; each value is its button's text (in English: see `words`)."""

    RESTORE = QT_TRANSLATE_NOOP("Recovery", "Restore from the newest good backup")
    FRESH = QT_TRANSLATE_NOOP("Recovery", "Start fresh")
    RETRY = QT_TRANSLATE_NOOP("Recovery", "Try again")
    READ_ONLY = QT_TRANSLATE_NOOP("Recovery", "Open for reading only")
    QUIT = QT_TRANSLATE_NOOP("Recovery", "Quit")

    @property
    def words(self) -> str:
        return translate("Recovery", self.value)


@dataclass(frozen=True)
class Words:
    title: str
    text: str
    choices: tuple[Choice, ...]


KEPT = QT_TRANSLATE_NOOP(
    "Recovery",
    "Either way, the old file is kept, unchanged, in the same folder under a new name, in "
    "case you want it later.",
)


def words_for(error: StorageError, database: Path, backup: Backup | None) -> Words:
    """What the person reads for `error`, and the choices that fit it."""
    problem = error.problem
    if can_set_aside(error, database):
        if problem == "corrupt":
            what = (
                translate("Recovery", "Your practice log is damaged"),
                translate(
                    "Recovery",
                    "CalmKit could not read your practice log safely, so it has not changed it.",
                ),
            )
        elif problem == "unreadable":
            what = (
                translate("Recovery", "CalmKit is not allowed to read your practice log"),
                translate(
                    "Recovery",
                    "The file's permissions do not let CalmKit open it. It has not been changed.",
                ),
            )
        elif problem == "not-ours":
            what = (
                translate("Recovery", "This is not a CalmKit practice log"),
                translate(
                    "Recovery",
                    "The file where CalmKit keeps your practice log belongs to another program, "
                    "so CalmKit has not changed it.",
                ),
            )
        else:
            raise KeyError(problem)
        if backup is not None:
            # A QLocale date format: d, MMMM (the month's name), yyyy, HH:mm; 'quoted' as is.
            taken = local_moment(
                backup.taken_at, translate("Recovery", "d MMMM yyyy 'at' HH:mm", "date format")
            )
            sessions = backup.sessions or 0
            offer = translate(
                "Recovery",
                "You can bring your history back from the newest good backup, from {when} with "
                "%n session(s). Or you can start fresh with an empty history.",
                None,
                sessions,
            ).format(when=taken)
            choices: tuple[Choice, ...] = (Choice.RESTORE, Choice.FRESH, Choice.QUIT)
        else:
            offer = translate(
                "Recovery",
                "There is no backup to bring your history back from. You can start fresh with "
                "an empty history.",
            )
            choices = (Choice.FRESH, Choice.QUIT)
        kept = translate("Recovery", KEPT)
        return Words(what[0], f"{what[1]}\n\n{offer}\n\n{kept}", choices)
    if problem == "newer":
        return Words(
            translate("Recovery", "Your practice log is from a newer CalmKit"),
            translate(
                "Recovery",
                "It was saved by a newer version of CalmKit, which this version cannot read. "
                "Nothing was changed.\n\nPlease update CalmKit to open it.",
            ),
            (Choice.QUIT,),
        )
    if problem in ("in-use", "busy"):
        return Words(
            translate("Recovery", "CalmKit is already open"),
            translate(
                "Recovery", "CalmKit is open in another window. Close it, then choose Try again."
            ),
            (Choice.RETRY, Choice.QUIT),
        )
    if problem == "read-only":
        return Words(
            translate("Recovery", "CalmKit cannot save in this folder"),
            translate(
                "Recovery",
                "The folder that holds your practice log cannot be written to, so nothing new "
                "can be saved there. Nothing was changed.\n\nYou can still look at your "
                "history. A session you finish is kept until CalmKit can save it.",
            ),
            (Choice.READ_ONLY, Choice.RETRY, Choice.QUIT),
        )
    if problem == "full":
        return Words(
            translate("Recovery", "Your disk is full"),
            translate(
                "Recovery",
                "CalmKit needs a little free space to open your practice log. Nothing was "
                "changed.\n\nFree some space, then choose Try again.",
            ),
            (Choice.RETRY, Choice.QUIT),
        )
    return Words(
        translate("Recovery", "CalmKit cannot open your practice log"),
        translate("Recovery", "{problem}\n\nWhen that is solved, choose Try again.").format(
            problem=error
        ),
        (Choice.RETRY, Choice.QUIT),
    )


class RecoveryDialog(QMessageBox):
    """The choice, as a message box with one button per way forward."""

    def __init__(
        self,
        error: StorageError,
        database: Path,
        backup: Backup | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        words = words_for(error, database, backup)
        self.setWindowTitle("CalmKit")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<b>{html.escape(words.title)}</b>")
        self.setInformativeText(html.escape(words.text).replace("\n", "<br>"))
        details = [
            translate("RecoveryDialog", "Practice log: {path}").format(path=database),
            str(error),
        ]
        if error.detail:
            details.append(
                translate("RecoveryDialog", "Details: {detail}").format(detail=error.detail)
            )
        self.setDetailedText("\n\n".join(details))
        self.buttons_by_choice: dict[Choice, QPushButton] = {}
        for choice in words.choices:
            role = (
                QMessageBox.ButtonRole.RejectRole
                if choice is Choice.QUIT
                else QMessageBox.ButtonRole.AcceptRole
            )
            self.buttons_by_choice[choice] = self.addButton(choice.words, role)
        self.setDefaultButton(self.buttons_by_choice[words.choices[0]])
        self.setEscapeButton(self.buttons_by_choice[Choice.QUIT])

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        for choice, button in self.buttons_by_choice.items():
            if button is clicked:
                return choice
        return Choice.QUIT


def carry_out(
    choice: Choice, error: StorageError, database: Path, backup: Backup | None, now: datetime
) -> Store | None:
    """Do what the person chose; the store to go on with, or None to quit. Raises
    StorageError when that fails too (the dialog then shows the new problem)."""
    if choice is Choice.QUIT:
        return None
    if choice in (Choice.RESTORE, Choice.FRESH):
        aside = set_aside_and_replace(
            database, error.problem, backup if choice is Choice.RESTORE else None, now
        )
        log.warning("the practice log was set aside as %s (%s)", aside, choice.name.lower())
    if choice is Choice.READ_ONLY:
        return Store.open(database, read_only=True)
    return Store.open(database, now=now)


def open_or_recover(database: Path, first_error: StorageError) -> Store | None:
    """Ask until the log opens or the person quits (the loop of the start-up dialog)."""
    error = first_error
    while True:
        backup = newest_good_backup(database) if can_set_aside(error, database) else None
        dialog = RecoveryDialog(error, database, backup)
        dialog.exec()
        try:
            return carry_out(dialog.choice(), error, database, backup, datetime.now())
        except StorageError as again:
            log.error("%s (%s)", again, again.detail)
            error = again
