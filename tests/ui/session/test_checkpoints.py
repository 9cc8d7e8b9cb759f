"""A session in progress is checkpointed as it runs, at each pause and when the app is asked
to quit; the computer sleeping pauses it; the checkpoint gives way to the saved session."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, SessionLength, SessionPlan, timeline_for
from calmkit.core.session import SessionStatus
from calmkit.core.store import Store, moment_text
from calmkit.ui.session.shell import CHECKPOINT_INTERVAL_MS, SessionShell
from tests.ui.conftest import RecordingCues
from tests.ui.helpers import make_shell


def checkpoint_row(store: Store) -> tuple[float, str] | None:
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        row = db.execute("SELECT actual_seconds, ended_at FROM session_checkpoints").fetchone()
    return None if row is None else (row[0], row[1])


def equal_shell(qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock) -> SessionShell:
    timeline = timeline_for(catalog.get("equal"), SessionPlan(SessionLength(cycles=10)))
    shell = make_shell(store, catalog, clock, "equal", timeline, cues=RecordingCues())
    qtbot.addWidget(shell)
    return shell


def test_a_running_session_is_checkpointed_as_it_goes_and_at_a_pause(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell = equal_shell(qtbot, store, catalog, clock)
    assert CHECKPOINT_INTERVAL_MS <= 10_000, "at least every 10 s"
    shell.start()
    assert checkpoint_row(store) is None, "nothing practised yet"
    shell.checkpoint()
    assert checkpoint_row(store) is None, "nothing practised yet"
    clock.advance(5)
    shell._checkpoint_timer.timeout.emit()
    assert checkpoint_row(store) == (5.0, moment_text(clock.now()))
    clock.advance(2.5)
    shell.toggle_pause()
    assert checkpoint_row(store) == (7.5, moment_text(clock.now()))  # to the microsecond
    assert shell.last_checkpoint_ms > 0
    assert store.count_sessions() == 0


def test_the_saved_session_takes_the_place_of_its_checkpoint(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell = equal_shell(qtbot, store, catalog, clock)
    shell.start()
    clock.advance(12)
    shell.checkpoint()
    clock.advance(3)
    shell.stop()
    assert checkpoint_row(store) is None
    (saved,) = store.sessions()
    assert saved.actual_seconds == 15 and not saved.recovered


def test_a_suspend_mid_session_pauses_it_and_the_time_away_is_not_counted(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell = equal_shell(qtbot, store, catalog, clock)
    shell.start()
    clock.advance(20)
    shell.refresh()
    clock.suspend(2 * 3600)
    clock.advance(0.25)
    shell.refresh()  # the first frame after waking up
    assert shell.runner.status is SessionStatus.PAUSED, "paused, not finished"
    assert "asleep" in shell.hint_label.text()
    row = checkpoint_row(store)
    assert row is not None and row[0] == pytest.approx(20.25), "checkpointed at the pause"
    clock.advance(600)
    assert shell.runner.elapsed() == pytest.approx(20.25)


def test_a_suspend_while_paused_changes_nothing(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell = equal_shell(qtbot, store, catalog, clock)
    shell.start()
    clock.advance(10)
    shell.toggle_pause()
    clock.suspend(600)
    shell.toggle_pause()
    clock.advance(5)
    shell.refresh()
    assert shell.runner.status is SessionStatus.RUNNING
    assert shell.runner.elapsed() == pytest.approx(15)
    assert "asleep" not in shell.hint_label.text()
    progress = shell.runner.progress()
    assert progress is not None
    assert progress.ended_at - progress.started_at == timedelta(seconds=615), "real time"
