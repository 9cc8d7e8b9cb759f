"""Export, import, settings and "Delete all my data" from the GUI, through the same code
paths the menus use (file dialogs answered by monkeypatch; workers waited for with signals)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exchange import _umask
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.settings import PracticeSettings, load_practice_settings
from calmkit.core.store import Store
from calmkit.paths import Paths
from calmkit.ui.data.actions import DataActions
from calmkit.ui.data.exchange_dialogs import (
    ImportPreviewDialog,
    ImportReportDialog,
    export_target,
)
from calmkit.ui.data.settings_dialog import DeleteDataDialog, SettingsDialog
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record

CSV_FILTER = "CSV, for spreadsheets (*.csv)"


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = CSV_FILTER) -> list[str]:
    offered: list[str] = []

    def dialog(_parent: object, _title: str, default: str, filters: str) -> tuple[str, str]:
        offered.append(default)
        assert chosen in filters.split(";;")
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


def open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(path), ""))


def run(qtbot: QtBot, data: DataActions, action: object) -> None:
    with qtbot.waitSignal(data.task_finished, timeout=20_000):
        action.trigger()  # type: ignore[attr-defined]
    assert data.task is None and data.busy_dialog is None


def preview_import(qtbot: QtBot, data: DataActions) -> ImportPreviewDialog:
    """Choose Import history…, and wait for the check: the preview, nothing written yet."""
    run(qtbot, data, data.import_action)
    preview = data.dialog
    assert isinstance(preview, ImportPreviewDialog) and preview.isVisible()
    return preview


def confirm_import(qtbot: QtBot, data: DataActions, preview: ImportPreviewDialog) -> None:
    assert preview.import_button is not None
    with qtbot.waitSignal(data.task_finished, timeout=20_000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert data.task is None and data.busy_dialog is None


def delete_everything(qtbot: QtBot, data: DataActions, word: str = "delete") -> DeleteDataDialog:
    data.delete_action.trigger()
    dialog = data.dialog
    assert isinstance(dialog, DeleteDataDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.confirm, word)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # deletes only once the word is right
    return dialog


def test_export_delete_everything_import_gives_the_same_history_back(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The issue's "done when": rate, practise, export to CSV, delete all data, import the file
    back and get the same history."""
    store.add_sessions(
        [make_record(n, distress_before=6, distress_after=n % 5, note=f"n{n}") for n in range(30)]
    )
    original = store.sessions()
    window.tabs.setCurrentIndex(1)
    assert window.history.model.total == 30
    data = window.data

    offered = save_as(monkeypatch, tmp_path / "backup")
    run(qtbot, data, data.export_action)
    exported = tmp_path / "backup.csv"
    assert exported.read_text(encoding="utf-8").startswith("id,exercise_id,exercise_kind")
    assert Path(offered[0]).name.startswith("calmkit-history-")
    assert "Exported 30 sessions to" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".backup.csv.*.tmp"))  # no temporary file left behind
    assert exported.stat().st_mode & 0o777 == 0o666 & ~_umask()  # like any new file

    delete_everything(qtbot, data)
    assert window.store is not store and window.store.count_sessions() == 0
    assert window.history.model.total == 0 and window.history.empty_label.isVisible()
    assert isinstance(data.message, QMessageBox)
    assert "Removed" in data.message.text() and "calmkit.db" in data.message.text()
    data.message.close()

    open_file(monkeypatch, exported)
    preview = preview_import(qtbot, data)
    assert preview.import_button is not None
    assert preview.import_button.text() == "Import 30 sessions"
    assert "New, to add: <b>30</b>" in preview.summary.text()
    assert window.store.count_sessions() == 0  # nothing written before the choice
    confirm_import(qtbot, data, preview)
    report = data.dialog
    assert isinstance(report, ImportReportDialog)
    assert "Added to your history: <b>30</b>" in report.summary.text()
    assert report.reasons is None
    assert window.store.sessions() == original
    assert window.history.model.total == 30  # the view followed the import

    again = preview_import(qtbot, data)  # the same file again has nothing to add
    assert "Already in your history, left as they are: <b>30</b>" in again.summary.text()
    assert "Nothing new to add" in again.summary.text()
    assert again.import_button is None and again.cancel_button.text() == "Close"
    assert window.store.count_sessions() == 30


def test_the_preview_names_what_would_be_kept_in_calmkits_usual_form(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = {
        "id": make_record(1).id, "exercise_id": "box", "exercise_kind": "breathing",
        "started_at": "2026-03-02T07:30:00.5+02:00", "ended_at": "2026-03-02T07:34:00+02:00",
        "planned_seconds": 240, "actual_seconds": 240, "completed": "yes",
    }  # fmt: skip
    source = tmp_path / "hand-made.json"
    source.write_text(
        json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": [row]}),
        encoding="utf-8",
    )
    open_file(monkeypatch, source)
    preview = preview_import(qtbot, window.data)
    assert preview.reasons is not None
    assert preview.reasons.toPlainText().splitlines() == [
        "Kept in CalmKit's usual form (a new export shows them this way):",
        "  started_at in 1 row: '2026-03-02T07:30:00.5+02:00' is kept as "
        "'2026-03-02T07:30:00.500000+02:00' (row 1)",
        "  completed in 1 row: 'yes' is kept as true (row 1)",
    ]
    assert preview.import_button is not None and preview.import_button.isDefault()
    confirm_import(qtbot, window.data, preview)
    (kept,) = store.sessions()
    assert kept.started_at.microsecond == 500_000


def test_json_export_by_filter_or_by_name(tmp_path: Path) -> None:
    assert export_target(str(tmp_path / "a"), "JSON (*.json)") == (tmp_path / "a.json", "json")
    assert export_target(str(tmp_path / "a.JSON"), CSV_FILTER) == (tmp_path / "a.JSON", "json")
    assert export_target(str(tmp_path / "a.csv"), "JSON (*.json)") == (tmp_path / "a.csv", "csv")
    assert export_target(str(tmp_path / "a.txt"), CSV_FILTER) == (tmp_path / "a.txt.csv", "csv")


def test_a_json_export_is_a_calmkit_document(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_session(make_record(1, note="ünïcode"))
    save_as(monkeypatch, tmp_path / "log.json", "JSON (*.json)")
    run(qtbot, window.data, window.data.export_action)
    document = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert document["format"] == "calmkit.sessions" and document["version"] == 1
    assert document["sessions"][0]["note"] == "ünïcode"


def test_an_export_that_cannot_be_written_says_so_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, tmp_path / "missing folder" / "log.csv")
    run(qtbot, window.data, window.data.export_action)
    message = window.data.message
    assert message is not None and message.windowTitle() == "Export failed"
    assert "Cannot write to the folder" in message.text() and "Nothing was saved" in message.text()
    assert not (tmp_path / "missing folder").exists()


def test_a_file_that_is_not_an_export_changes_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_session(make_record(1))
    bad = tmp_path / "notes.csv"
    bad.write_text("date,mood\n2026-01-01,ok\n", encoding="utf-8")
    open_file(monkeypatch, bad)
    run(qtbot, window.data, window.data.import_action)
    message = window.data.message
    assert message is not None and message.windowTitle() == "Nothing was imported"
    assert message.text().startswith("notes.csv was not imported. This is not a CalmKit CSV")
    assert message.text().endswith("Your history is as it was.")
    assert store.count_sessions() == 1


def test_rejected_rows_are_listed_with_their_reasons(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_record(1)
    rows = [
        {"id": good.id, "exercise_id": "box", "exercise_kind": "breathing",
         "started_at": "2026-03-02T07:30:00+02:00", "ended_at": "2026-03-02T07:34:00+02:00",
         "planned_seconds": 240, "actual_seconds": 240, "completed": True,
         "distress_before": 4, "distress_after": 2, "note": ""},
        {"id": "not-a-uuid", "exercise_id": "box", "exercise_kind": "breathing",
         "started_at": "2026-03-02T07:30:00+02:00", "ended_at": "2026-03-02T07:34:00+02:00",
         "planned_seconds": 240, "actual_seconds": -5, "completed": True,
         "distress_before": 14, "distress_after": None, "note": ""},
    ]  # fmt: skip
    source = tmp_path / "mixed.json"
    source.write_text(
        json.dumps({"format": "calmkit.sessions", "version": 1, "sessions": rows}),
        encoding="utf-8",
    )
    open_file(monkeypatch, source)
    preview = preview_import(qtbot, window.data)
    assert "Cannot be used: <b>1</b>" in preview.summary.text()
    assert "Nothing is imported unless you choose to import only the valid rows" in (
        preview.summary.text()
    )
    assert preview.reasons is not None
    reasons = preview.reasons.toPlainText()
    assert reasons.startswith("row 2: id 'not-a-uuid' is not an id CalmKit gives")
    assert "actual_seconds is negative" in reasons and "distress_before is 14" in reasons
    assert preview.import_button is not None
    assert preview.import_button.text() == "Import the 1 valid session"
    assert preview.cancel_button.isDefault()  # dropping rows is never the default
    assert store.count_sessions() == 0

    preview.cancel_button.click()  # Cancel: nothing at all is written
    assert store.count_sessions() == 0 and window.data.task is None

    preview = preview_import(qtbot, window.data)
    confirm_import(qtbot, window.data, preview)
    report = window.data.dialog
    assert isinstance(report, ImportReportDialog) and report.reasons is not None
    assert "Not imported: <b>1</b>" in report.summary.text()
    assert store.count_sessions() == 1


def test_data_actions_wait_while_a_session_runs(
    window: MainWindow, clock: FakeClock, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a))
    window.start_exercise("box")
    window.data.update_enabled()
    assert not window.data.export_action.isEnabled()
    assert not window.data.delete_action.isEnabled()
    window.data.export_history()
    window.data.delete_all_data()
    assert asked == [] and window.data.dialog is None
    assert "once the session has ended" in window.statusBar().currentMessage()
    assert window.session is not None
    window.session.stop()
    window.data.update_enabled()
    assert window.data.export_action.isEnabled()


def test_the_menus_offer_every_action_with_its_shortcut(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    shown = {a.text(): a.shortcut().toString() for a in file_menu.actions() if a.text()}
    assert shown == {
        "&Export history…": "Ctrl+Shift+E",
        "&Import history…": "Ctrl+Shift+I",
        "&Open my scripts folder…": "",
        "&Backups…": "",
        "&Settings…": "Ctrl+,",
        "&Delete all my data…": "",
        # The platform decides Quit's keys (Ctrl+Q on desktops; none offscreen).
        "&Quit": QKeySequence(QKeySequence.StandardKey.Quit).toString(),
    }


# --- settings ----------------------------------------------------------------------------------


def open_settings(window: MainWindow) -> SettingsDialog:
    window.data.settings_action.trigger()
    dialog = window.data.dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def test_settings_are_saved_and_the_history_follows(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.add_session(make_record(1))
    window.tabs.setCurrentIndex(1)
    dialog = open_settings(window)
    assert dialog.day_start.text() == "04:00" and dialog.goal_minutes.text() == "No goal"
    dialog.day_start.setValue(6)
    dialog.grace_days.setValue(2)
    dialog.goal_minutes.setValue(15)
    dialog.goal_days.setValue(4)
    dialog.ask_distress.setChecked(False)
    assert dialog.goal_days.text() == "4 practice days a week"
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved, problems = load_practice_settings(store)
    assert problems == []
    assert saved == PracticeSettings(6, 2, 15, 4, ask_distress=False)
    assert store.day_totals(6)  # the fast totals were rebuilt for the new hour
    assert window.history.header.minutes_goal.label.text() == "Today: 0 of 15 minutes"
    assert window.statusBar().currentMessage() == "Settings saved."


def test_settings_widgets_only_allow_valid_values(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    limits = {
        box.accessibleName(): (box.minimum(), box.maximum())
        for box in (dialog.day_start, dialog.grace_days, dialog.goal_minutes, dialog.goal_days)
    }
    assert limits == {
        "A new day starts at": (0, 23),
        "Grace days": (0, 3),
        "Daily goal, minutes": (0, 600),
        "Weekly goal, practice days": (0, 7),
    }
    dialog.grace_days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.grace_days, "9")
    assert dialog.grace_days.value() <= 3
    dialog.goal_minutes.setValue(0)
    assert dialog.chosen().goal_minutes_per_day is None  # 0 is shown as "No goal"
    dialog.reject()


def test_cancel_keeps_the_settings(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    dialog = open_settings(window)
    dialog.grace_days.setValue(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert load_practice_settings(store)[0].grace_days == 1


def test_unusable_saved_settings_are_explained_in_the_dialog(
    window: MainWindow, store: Store
) -> None:
    store.set_setting("grace_days", 12)
    dialog = open_settings(window)
    assert dialog.grace_days.value() == 1
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "grace_days is 12" in text
    dialog.reject()


# --- delete all my data -------------------------------------------------------------------


@pytest.fixture
def log_file(window: MainWindow) -> Path:
    paths = window.data.paths
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    paths.log_file.write_text("started\n", encoding="utf-8")
    return paths.log_file


def test_the_wrong_word_removes_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, log_file: Path
) -> None:
    store.add_session(make_record(1))
    dialog = delete_everything(qtbot, window.data, word="Delete!")
    assert not dialog.delete_button.isEnabled()
    dialog.accept()  # even forced, nothing happens without the word
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert store.count_sessions() == 1 and log_file.exists()
    assert window.store is store


def test_the_dialog_lists_what_goes_and_offers_an_export_first(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def cancelled(_parent: object, title: str, *_: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    window.data.delete_action.trigger()
    dialog = window.data.dialog
    assert isinstance(dialog, DeleteDataDialog)
    listed = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(store.path) in listed and str(log_file) in listed
    assert "cannot be undone" in listed and "export it first" in listed
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Export history"] and log_file.exists()


def test_deleting_everything_leaves_a_fresh_working_app(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    log_file: Path,
) -> None:
    store.add_session(make_record(1))
    store.set_setting("grace_days", 3)
    paths: Paths = window.data.paths
    window.tabs.setCurrentIndex(1)
    window.history.show_sessions()
    window.history.table.selectRow(0)
    window.history.sessions.delete_selected()  # an undo from before must not outlive the data
    assert window.history.sessions.can_undo

    delete_everything(qtbot, window.data)
    assert not log_file.exists()
    assert window.data.message is not None
    assert str(log_file) in window.data.message.text()
    fresh = window.store
    assert fresh is not store and fresh.path == paths.database
    assert load_practice_settings(fresh)[0] == PracticeSettings()
    assert not window.history.sessions.can_undo

    assert window.preferences == PlayerPreferences()  # back to the defaults too
    window.preferences = PlayerPreferences(countdown=False)  # start at once, as elsewhere
    window.tabs.setCurrentIndex(0)
    window.start_exercise("relaxed")
    clock.advance(70)
    assert window.session is not None
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    assert fresh.count_sessions() == 1  # recorded in the new, empty log
    window.close()
    with Store.open(paths.database) as reopened:
        assert reopened.count_sessions() == 1


def test_settings_lead_to_delete_all_my_data(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DELETE_ALL
    assert isinstance(window.data.dialog, DeleteDataDialog)
    window.data.dialog.reject()
    assert window.data.dialog.result() == QDialog.DialogCode.Rejected


def test_imported_patterns_join_the_library_and_label_their_sessions(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calmkit.core.exchange import export_sessions
    from calmkit.core.exercises.breathing.custom import add_custom_pattern
    from calmkit.core.exercises.breathing.pattern import BreathingPattern
    from calmkit.core.exercises.model import SessionLength

    source = tmp_path / "from-my-laptop.json"
    with Store.open(tmp_path / "laptop.db") as laptop:
        mine = add_custom_pattern(
            laptop, "Calm evening", BreathingPattern(inhale=4, exhale=6.5), SessionLength(5)
        )
        laptop.add_session(make_record(1, exercise_id=mine.id))
        with source.open("w", encoding="utf-8", newline="") as stream:
            export_sessions(laptop, stream, "json")
    open_file(monkeypatch, source)
    preview = preview_import(qtbot, window.data)
    assert preview.import_button is not None
    assert preview.import_button.text() == "Import 1 session and 1 pattern"
    assert "Your own breathing patterns to add: <b>1</b>" in preview.summary.text()
    confirm_import(qtbot, window.data, preview)
    assert window.context.catalog.name_of(mine.id) == "Calm evening"
    assert mine.id in window.library.catalog.ids
