"""File > Backups…: the list with dates and session counts, Back up now, and Restore behind a
confirmation that first backs up what is there."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calmkit.core.store import Store, list_backups
from calmkit.ui.data.backups_dialog import BackupsDialog
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record


def open_backups(window: MainWindow) -> BackupsDialog:
    window.data.backups_action.trigger()
    dialog = window.data.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    return dialog


def rows(dialog: BackupsDialog) -> list[list[str]]:
    return [[item.text(c) for c in range(3)] for item in dialog.items]


def test_the_list_shows_when_why_and_how_many_sessions(window: MainWindow, store: Store) -> None:
    store.add_session(make_record(1))
    store.backup("daily", datetime(2026, 12, 1, 8, 15))
    store.add_session(make_record(2))
    store.backup("manual", datetime(2026, 12, 2, 9, 5))
    dialog = open_backups(window)
    assert rows(dialog) == [
        ["2 December 2026, 09:05", "Made by you", "2"],
        ["1 December 2026, 08:15", "Daily backup", "1"],
    ]
    assert "once a day" in dialog.findChildren(type(dialog.status))[0].text()


def test_back_up_now_adds_one_to_the_list(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    store.add_session(make_record(1))
    dialog = open_backups(window)
    assert dialog.items == [] and "no backups yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    assert [r[1:] for r in rows(dialog)] == [["Made by you", "1"]]
    assert dialog.status.text() == "Backed up 1 session."
    assert dialog.restore_button.isEnabled()


def test_restore_asks_first_then_brings_the_history_back(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.add_session(make_record(1))
    store.backup("daily", datetime(2026, 12, 1, 8, 15))
    store.add_sessions([make_record(2), make_record(3)])
    dialog = open_backups(window)
    dialog.list.setCurrentItem(dialog.items[0])

    dialog.restore_button.click()
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Restore the backup from 1 December 2026, 08:15?"
    assert "as it was then: 1 session" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert store.count_sessions() == 3, "Cancel changes nothing"

    dialog.restore_button.click()
    box = dialog.confirmation
    assert box is not None
    with qtbot.waitSignal(window.context.sessions_changed):
        next(b for b in box.buttons() if b.text() == "Restore").click()
    assert store.count_sessions() == 1
    assert "What you had before is kept" in dialog.status.text()
    before = next(b for b in list_backups(store.path) if b.reason == "before-restore")
    assert before.sessions == 3
