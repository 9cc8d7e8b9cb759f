"""File > Backups…: the practice log's backups with their dates and session counts, "Back up
now", and "Restore…" behind a confirmation (what is there now is backed up first)."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.store import Backup, StorageError, Store, list_backups
from calmkit.ui.widgets.item_focus import outline_current_row

log = logging.getLogger(__name__)

EXPLANATION = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "CalmKit backs up your practice log once a day. It keeps a backup for each of the last 7 "
    "days and for each of the last 4 weeks, and one before each update and each restore. "
    "They stay on this computer, in {folder}.",
)


def local_moment(moment: datetime, qt_format: str) -> str:
    """`moment` (local time) in a QLocale date format: month names in the interface's
    language (QLocale's default follows it)."""
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, qt_format)


def when(backup: Backup) -> str:
    # A QLocale date format: d, MMMM (the month's name), yyyy, HH:mm; quoted text stays as is.
    return local_moment(
        backup.taken_at, translate("BackupsDialog", "d MMMM yyyy, HH:mm", "date format")
    )


class BackupsDialog(QDialog):
    restored = Signal(object)  # the Backup that was restored

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            translate("BackupsDialog", EXPLANATION).format(folder=store.path.parent / "backups")
        )
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(explanation)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [
                translate("BackupsDialog", "When"),
                translate("BackupsDialog", "Why"),
                translate("BackupsDialog", "Sessions"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        outline_current_row(self.list)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.ask_to_restore())
        layout.addWidget(self.list, 1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(translate("BackupsDialog", "&Back up now"))
        self.restore_button = QPushButton(translate("BackupsDialog", "&Restore…"))
        buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_to_restore)
        if store.read_only:
            self.restore_button.setToolTip(
                translate("BackupsDialog", "The practice log cannot be written just now.")
            )
        layout.addWidget(buttons)
        self.confirmation: QMessageBox | None = None
        self.backups: list[Backup] = []
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.store.path)
        self.list.clear()
        self.items: list[QTreeWidgetItem] = []
        for backup in self.backups:
            sessions = (
                translate("BackupsDialog", "cannot be read")
                if backup.sessions is None
                else str(backup.sessions)
            )
            item = QTreeWidgetItem([when(backup), backup.reason_words, sessions])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not backup.readable:
                item.setToolTip(
                    0, translate("BackupsDialog", "This backup is damaged and cannot be restored.")
                )
            self.list.addTopLevelItem(item)
            self.items.append(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if self.items:
            self.list.setCurrentItem(self.items[0])
        else:
            self.status.setText(
                translate("BackupsDialog", "There are no backups yet. The first is made today.")
            )
        self._update_buttons()

    def selected(self) -> Backup | None:
        row = self.list.currentIndex().row()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(
            backup is not None and backup.readable and not self.store.read_only
        )

    def back_up_now(self) -> None:
        try:
            backup = self.store.backup("manual")
        except StorageError as error:
            log.error("backup: %s (%s)", error, error.detail)
            self.status.setText(
                translate("BackupsDialog", "The backup could not be made. {problem}").format(
                    problem=error
                )
            )
            return
        self.reload()
        sessions = _sessions(self.store)
        self.status.setText(translate("BackupsDialog", "Backed up %n session(s).", None, sessions))
        self._select(backup)

    def _select(self, backup: Backup) -> None:
        for row, listed in enumerate(self.backups):
            if listed.path == backup.path:
                self.list.setCurrentItem(self.items[row])

    def ask_to_restore(self) -> None:
        backup = self.selected()
        if backup is None or not backup.readable or self.store.read_only:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("BackupsDialog", "Restore a backup"),
            translate("BackupsDialog", "Restore the backup from {when}?").format(when=when(backup)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        sessions = backup.sessions or 0
        box.setInformativeText(
            translate(
                "BackupsDialog",
                "Your history will be as it was then: %n session(s). What you have now is backed "
                "up first, so you can come back to it.",
                None,
                sessions,
            )
        )
        restore = box.addButton(
            translate("BackupsDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box

        def finished(_: int) -> None:
            if box.clickedButton() is restore:
                self.restore(backup)

        box.finished.connect(finished)
        box.open()

    def restore(self, backup: Backup) -> None:
        try:
            before = self.store.restore(backup)
        except StorageError as error:
            log.error("restore %s: %s (%s)", backup.id, error, error.detail)
            self.status.setText(
                translate("BackupsDialog", "The backup was not restored. {problem}").format(
                    problem=error
                )
            )
            return
        self.reload()
        self.status.setText(
            translate(
                "BackupsDialog",
                "Restored the backup from {when}. What you had before is kept as the backup "
                "from {before}.",
            ).format(when=when(backup), before=when(before))
        )
        self.restored.emit(backup)


def _sessions(store: Store) -> int:
    try:
        return store.count_sessions()
    except StorageError:
        return 0
