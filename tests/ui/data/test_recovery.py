"""The start-up choice when the practice log cannot be used: the words fit the problem, the
file is untouched until the person chooses, and each choice does what it says."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calmkit.core.store import StorageError, Store, list_backups, newest_good_backup
from calmkit.ui.data.recovery import Choice, RecoveryDialog, carry_out, open_or_recover
from tests.core.factories import make_record
from tests.core.store.test_recovery import damage, foreign, newer

NOW = datetime(2026, 12, 2, 3, 10)


def damaged_log_with_backup(data: Path) -> Path:
    path = data / "calmkit.db"
    with Store.open(path) as store:
        store.add_sessions([make_record(n, note=f"note {n} " * 3) for n in range(12)])
        store.backup("daily", datetime(2026, 12, 1, 8, 15))
        store.add_sessions([make_record(n, note=f"note {n} " * 3) for n in range(12, 200)])
    damage(path, b"note 100 ")
    return path


def refusal(path: Path) -> StorageError:
    with pytest.raises(StorageError) as refused:
        Store.open(path)
    return refused.value


def test_a_damaged_log_offers_the_newest_backup_fresh_start_or_quit(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = damaged_log_with_backup(tmp_path)
    error = refusal(path)
    dialog = RecoveryDialog(error, path, newest_good_backup(path))
    qtbot.addWidget(dialog)
    assert "Your practice log is damaged" in dialog.text()
    text = dialog.informativeText()
    assert "from 1 December 2026 at 08:15 with 12 sessions" in text
    assert "kept, unchanged" in text
    assert list(dialog.buttons_by_choice) == [Choice.RESTORE, Choice.FRESH, Choice.QUIT]
    assert dialog.defaultButton() is dialog.buttons_by_choice[Choice.RESTORE]
    assert str(path) in dialog.detailedText(), "the technical part is behind Details"
    assert "choose another" not in text and "--data-dir" not in text


def test_restoring_sets_the_damaged_file_aside_and_brings_the_history_back(
    tmp_path: Path,
) -> None:
    path = damaged_log_with_backup(tmp_path)
    damaged = path.read_bytes()
    error = refusal(path)
    store = carry_out(Choice.RESTORE, error, path, newest_good_backup(path), NOW)
    assert store is not None
    with store:
        assert store.count_sessions() == 12
        store.add_session(make_record(500))  # and it is a working log
    (aside,) = tmp_path.glob("calmkit.db.damaged-20261202-0310")
    assert aside.read_bytes() == damaged


def test_starting_fresh_keeps_the_old_file_and_the_backups(tmp_path: Path) -> None:
    path = damaged_log_with_backup(tmp_path)
    error = refusal(path)
    store = carry_out(Choice.FRESH, error, path, None, NOW)
    assert store is not None
    with store:
        assert store.count_sessions() == 0
    assert (tmp_path / "calmkit.db.damaged-20261202-0310").exists()
    assert len(list_backups(path)) == 1


def test_quit_changes_nothing(tmp_path: Path) -> None:
    path = damaged_log_with_backup(tmp_path)
    before = path.read_bytes()
    assert carry_out(Choice.QUIT, refusal(path), path, newest_good_backup(path), NOW) is None
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.glob("calmkit.db*")] == ["calmkit.db"]


def test_without_a_backup_only_a_fresh_start_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    foreign(path, 3)
    dialog = RecoveryDialog(refusal(path), path, None)
    qtbot.addWidget(dialog)
    assert "This is not a CalmKit practice log" in dialog.text()
    assert "There is no backup" in dialog.informativeText()
    assert list(dialog.buttons_by_choice) == [Choice.FRESH, Choice.QUIT]


def test_a_newer_log_is_only_explained_and_never_moved(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "calmkit.db"
    newer(path)
    before = path.read_bytes()
    dialog = RecoveryDialog(refusal(path), path, None)
    qtbot.addWidget(dialog)
    assert "from a newer CalmKit" in dialog.text()
    assert "Please update CalmKit" in dialog.informativeText()
    assert list(dialog.buttons_by_choice) == [Choice.QUIT]
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("problem", "title", "choices"),
    [
        ("in-use", "CalmKit is already open", [Choice.RETRY, Choice.QUIT]),
        ("full", "Your disk is full", [Choice.RETRY, Choice.QUIT]),
        (
            "read-only",
            "CalmKit cannot save in this folder",
            [Choice.READ_ONLY, Choice.RETRY, Choice.QUIT],
        ),
    ],
)
def test_other_problems_get_their_own_words(
    qtbot: QtBot, tmp_path: Path, problem: str, title: str, choices: list[Choice]
) -> None:
    path = tmp_path / "calmkit.db"
    error = StorageError("technical words", problem=problem, path=path)  # type: ignore[arg-type]
    dialog = RecoveryDialog(error, path, None)
    qtbot.addWidget(dialog)
    assert title in dialog.text()
    assert list(dialog.buttons_by_choice) == choices


def test_the_start_up_loop_restores_when_the_person_clicks_restore(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_log_with_backup(tmp_path)
    shown: list[str] = []

    def click_restore(self: RecoveryDialog) -> int:
        shown.append(self.text())
        self.buttons_by_choice[Choice.RESTORE].click()
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", click_restore)
    store = open_or_recover(path, refusal(path))
    assert store is not None
    with store:
        assert store.count_sessions() == 12
    assert len(shown) == 1


def test_the_app_no_longer_dead_ends_on_a_damaged_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import calmkit.ui.data.recovery as recovery

    path = damaged_log_with_backup(tmp_path)
    asked: list[Path] = []

    def quit_choice(database: Path, error: StorageError) -> None:
        asked.append(database)
        assert error.problem == "corrupt"

    monkeypatch.setattr(recovery, "open_or_recover", quit_choice)
    monkeypatch.setattr(QMessageBox, "critical", lambda *_: pytest.fail("a dead end"))
    import calmkit.app as app

    monkeypatch.setattr(app, "_configure_logging", lambda _paths: None)  # no global handlers
    from calmkit.core.exercises import load_catalog
    from calmkit.launch import GuiOptions
    from calmkit.paths import resolve_paths
    from calmkit.resources import exercise_dirs

    options = GuiOptions(resolve_paths(tmp_path), load_catalog(exercise_dirs()), None, None)
    assert app.run_gui(options) == 1
    assert asked == [path]
