"""A finished session the store cannot take (full disk, read-only folder) is kept in memory,
saved at the next chance, and never dropped at quit without the person saying so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calmkit.core.store import StorageError, Store
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record

FULL = StorageError("The disk is full. Free some space, then try again.", problem="full")


class FullDisk:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
        self.full = True
        real = store.add_session

        def add_session(record: object) -> None:
            if self.full:
                raise FULL
            real(record)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "add_session", add_session)


def test_an_unsaved_session_is_kept_and_saved_with_the_next_one(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(monkeypatch, store)
    with pytest.raises(StorageError):
        window.context.add_session(make_record(1))
    assert window.context.unsaved_sessions == [make_record(1)]
    disk.full = False
    window.context.add_session(make_record(2))
    assert window.context.unsaved_sessions == []
    assert {s.id for s in store.sessions()} == {make_record(1).id, make_record(2).id}


def test_a_retry_saves_it_without_a_new_session(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(monkeypatch, store)
    with pytest.raises(StorageError):
        window.context.add_session(make_record(1))
    assert window.context._retry.isActive()
    disk.full = False
    with qtbot.waitSignal(window.context.unsaved_saved):
        window.context._retry.timeout.emit()
    assert store.count_sessions() == 1
    assert not window.context._retry.isActive()


def test_closing_saves_what_was_kept_once_it_can(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(monkeypatch, store)
    with pytest.raises(StorageError):
        window.context.add_session(make_record(1))
    disk.full = False
    window.close()
    assert store.count_sessions() == 1


def test_closing_while_it_still_cannot_be_saved_asks_and_can_stay_open(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    FullDisk(monkeypatch, store)
    with pytest.raises(StorageError):
        window.context.add_session(make_record(1))
    asked: list[str] = []

    def keep_open(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        next(b for b in box.buttons() if b.text() == "Keep CalmKit open").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_open)
    window.close()
    assert window.isVisible(), "nothing is dropped without asking"
    assert "1 finished session could not be saved yet." in asked[0]
    assert "The disk is full" in asked[0] and "it is lost" in asked[0]
    assert window.context.unsaved_sessions == [make_record(1)]

    def close_anyway(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Close without saving").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", close_anyway)
    window.close()
    assert not window.isVisible()


def test_a_read_only_log_opens_the_window_and_keeps_finished_sessions(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calmkit.core.clock import FakeClock
    from calmkit.core.crisis import load_crisis_resources
    from calmkit.core.exercises import load_catalog
    from calmkit.resources import exercise_dirs, resource_path
    from calmkit.ui.data.recovery import Choice, carry_out

    path = data_dir / "calmkit.db"
    with Store.open(path) as writable:
        writable.add_session(make_record(1))
    error = StorageError("read-only", problem="read-only", path=path)
    store = carry_out(Choice.READ_ONLY, error, path, None, datetime(2026, 12, 2))
    assert store is not None and store.read_only
    window = MainWindow(
        load_catalog(exercise_dirs()),
        store,
        FakeClock(),
        resource_path("sounds"),
        load_crisis_resources(resource_path("crisis.toml")),
    )
    qtbot.addWidget(window)
    window.show()
    assert window.store.count_sessions() == 1, "the history can be read"
    with pytest.raises(StorageError, match="cannot be written"):
        window.context.add_session(make_record(2))
    assert window.context.unsaved_sessions == [make_record(2)]
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: next(b for b in box.buttons() if b.text() == "Close without saving").click(),
    )
    window.close()
    store.close()
