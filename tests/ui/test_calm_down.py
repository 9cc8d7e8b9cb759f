"""The calm-down: one key from any window or dialog, no questions, breathing without holds and
then grounding, the facts about panic on screen, each part recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui import calm_down
from calmkit.ui.calm_down import BREATHING, GROUNDING, PANIC_FACTS
from calmkit.ui.data.settings_dialog import SettingsDialog
from calmkit.ui.main_window import MainWindow
from tests.ui.helpers import press_key_where_the_keyboard_is


@pytest.fixture
def practice_settings() -> PracticeSettings:
    return PracticeSettings()  # ratings on: the calm-down must still ask nothing


def finish(shell: object, clock: FakeClock) -> None:
    runner = shell.runner  # type: ignore[attr-defined]
    clock.advance(runner.timeline.total + 5)
    shell.refresh()  # type: ignore[attr-defined]


def test_f3_starts_slow_breathing_at_once_with_the_facts_about_panic(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F3)
    shell = window.session
    assert shell is not None and shell.exercise.id == BREATHING
    assert shell.started and shell.before_page is None and shell.caution_dialog is None
    assert not any(s.kind in ("hold", "rest") for s in shell.runner.timeline.steps)
    assert 100 <= shell.runner.timeline.total <= 140, "about two minutes"
    assert shell.banner.text() == PANIC_FACTS and shell.banner.isVisibleTo(shell)
    for words in ("peaks within about ten minutes", "not", "passes", "urgent medical help"):
        assert words in PANIC_FACTS


def test_after_the_breathing_grounding_follows_and_both_are_recorded(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(calm_down, "PAUSE_BETWEEN_MS", 0)  # the real timer, without the wait
    window.calm_down_button.click()
    breathing = window.session
    assert breathing is not None
    finish(breathing, clock)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.exercise.id == GROUNDING,
        timeout=2000,
    )
    grounding = window.session
    assert grounding is not None and grounding.started
    assert grounding.banner.text() == PANIC_FACTS
    finish(grounding, clock)
    assert sorted(r.exercise_id for r in store.sessions()) == sorted([BREATHING, GROUNDING])


def test_from_inside_another_session_the_calm_down_takes_over_and_keeps_what_was_done(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.start_exercise("pmr-16")
    shell = window.session
    assert shell is not None
    if shell.caution_dialog is not None:
        shell.caution_dialog.accept()
    clock.advance(40)
    window.calm_down.start()
    assert window.session is not None and window.session.exercise.id == BREATHING
    (record,) = store.sessions()
    assert record.exercise_id == "pmr-16" and not record.completed


def test_leaving_the_breathing_early_does_not_start_grounding(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.calm_down.start()
    shell = window.session
    assert shell is not None
    clock.advance(20)
    shell.stop()
    shell.leave()
    assert window.session is None and window.calm_down.part is None


# --- F3 over the dialogs: the calm-down gets the screen, unsaved work waits ----------------


def press_f3_in(qtbot: QtBot, dialog: QWidget) -> None:
    press_key_where_the_keyboard_is(qtbot, dialog, Qt.Key.Key_F3)


def calm_down_runs(window: MainWindow) -> None:
    assert window.session is not None and window.session.exercise.id == BREATHING
    assert window.session.started
    assert window.pages.currentWidget() is window.session


def test_f3_over_settings_hides_them_and_brings_the_changes_back_afterwards(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.show()
    window.data.open_settings()
    settings = window.data.dialog
    assert isinstance(settings, SettingsDialog)
    settings.grace_days.setValue(3)  # typed, not saved yet
    press_f3_in(qtbot, settings)
    calm_down_runs(window)
    assert not settings.isVisible()
    window.session.stop()  # type: ignore[union-attr]
    if window.session is not None:
        window.session.leave()
    qtbot.waitUntil(settings.isVisible)
    assert settings.grace_days.value() == 3, "what was typed is still there"
    settings.reject()


def test_f3_over_a_half_answered_self_check_keeps_the_answers(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.show()
    dialog = window.self_check.open()
    dialog.rows[0].set_answer(2)
    press_f3_in(qtbot, dialog)
    calm_down_runs(window)
    window.end_session_now()
    assert window.session is None
    # Ending the calm-down any way brings the check back.
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.answers[0] == 2
    dialog.reject()


def test_f3_over_the_caution_closes_it_and_the_calm_down_runs(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.show()
    window.preferences = window.preferences.with_changes(cautions_seen=())
    window.start_exercise("box")
    assert window.session is not None
    caution = window.session.caution_dialog
    assert caution is not None
    press_f3_in(qtbot, caution)
    calm_down_runs(window)
    assert not caution.isVisible()


def test_f3_over_about_and_over_help_now(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window._about()
    about = window.about_box
    assert about is not None
    press_f3_in(qtbot, about)
    calm_down_runs(window)
    assert not about.isVisible()
    window.end_session_now()
    dialog = window.help_now.open()
    press_f3_in(qtbot, dialog)
    calm_down_runs(window)
    qtbot.waitUntil(lambda: window.help_now.dialog is None)


def test_f3_over_a_file_dialog_cancels_it_and_the_calm_down_runs(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.show()
    seen: list[QWidget] = []

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if not (isinstance(modal, QFileDialog) and modal.isVisible()):
            QTimer.singleShot(10, step)
            return
        seen.append(modal)
        try:
            press_f3_in(qtbot, modal)
        finally:
            if modal.isVisible():
                modal.reject()  # a failed check must not leave the test waiting

    QTimer.singleShot(0, step)
    window.data.import_history()  # blocks in the file dialog until F3 cancels it
    assert seen, "the file dialog opened"
    calm_down_runs(window)
    assert store.sessions() == []


def test_pressing_f3_again_during_the_calm_down_does_not_start_it_over(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.calm_down.start()
    shell = window.session
    assert shell is not None
    clock.advance(30)
    shell.refresh()
    window.calm_down_button.click()
    assert window.session is shell, "the same breathing goes on"
    assert shell.runner.elapsed() >= 30
    assert store.sessions() == []
