"""The calm-down: one key from the main window, no questions, breathing without holds and
then grounding, the facts about panic on screen, each part recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.settings import PracticeSettings
from calmkit.core.store import Store
from calmkit.ui import calm_down
from calmkit.ui.calm_down import BREATHING, GROUNDING, PANIC_FACTS
from calmkit.ui.main_window import MainWindow


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
