"""The session in progress is checkpointed, and what a crash leaves behind comes back as a
partial session marked recovered: never lost, never twice, never over a session saved."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from calmkit.core.store import Store, process_running
from calmkit.core.store.checkpoints import STALE_AFTER
from tests.core.factories import make_record

IN_PROGRESS = make_record(1, completed=False, actual_seconds=95.5, distress_before=6)
NOW = IN_PROGRESS.ended_at + timedelta(seconds=3)
LATER = NOW + timedelta(hours=2)  # the next start, after the crash


def gone(_process_id: int) -> bool:
    return False


def alive(_process_id: int) -> bool:
    return True


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "calmkit.db") as opened:
        yield opened


def other_process(store: Store) -> None:
    """As if the checkpoints had been written by another (now stopped) CalmKit process."""
    with store.transaction() as db:
        db.execute("UPDATE session_checkpoints SET process_id = 999999999")


def test_a_checkpoint_left_by_a_crash_comes_back_as_a_partial_session_marked_recovered(
    store: Store,
) -> None:
    store.save_checkpoint(replace(IN_PROGRESS, actual_seconds=10.0), now=NOW)
    store.save_checkpoint(IN_PROGRESS, now=NOW)  # rewritten, not added
    assert store.count_checkpoints() == 1
    other_process(store)
    (recovered,) = store.recover_sessions(now=LATER, running=gone)
    expected = replace(IN_PROGRESS, recovered=True)
    assert recovered == expected
    assert store.sessions() == [expected]
    assert store.count_checkpoints() == 0
    assert store.recover_sessions(now=LATER, running=gone) == [], "recovered once"
    (day,) = store.day_totals(4)
    assert day.sessions == 1 and day.milliseconds == 95_500  # it counts as practice


def test_a_clean_save_replaces_the_checkpoint_so_nothing_is_recovered(store: Store) -> None:
    store.save_checkpoint(IN_PROGRESS, now=NOW)
    final = replace(IN_PROGRESS, actual_seconds=120.0)
    store.add_session(final)
    other_process(store)
    assert store.recover_sessions(now=LATER, running=gone) == []
    assert store.sessions() == [final]


def test_a_live_session_of_another_calmkit_is_left_alone(store: Store) -> None:
    store.save_checkpoint(IN_PROGRESS, now=NOW)
    other_process(store)
    assert store.recover_sessions(now=NOW + timedelta(seconds=5), running=alive) == []
    assert store.count_checkpoints() == 1 and store.count_sessions() == 0
    # A row not rewritten for long belongs to no running session (process ids are reused).
    stale = NOW + STALE_AFTER + timedelta(seconds=1)
    assert len(store.recover_sessions(now=stale, running=alive)) == 1


def test_this_process_never_recovers_its_own_session_in_progress(store: Store) -> None:
    store.save_checkpoint(IN_PROGRESS, now=NOW)
    assert store.recover_sessions(now=LATER, running=gone) == []
    assert store.count_checkpoints() == 1
    assert process_running(0x7FFFFFF0) is False


def test_a_session_recovered_meanwhile_is_replaced_by_its_clean_save(store: Store) -> None:
    """A second CalmKit took the live session for lost; the first one then saves it whole."""
    store.save_checkpoint(IN_PROGRESS, now=NOW)
    other_process(store)
    store.recover_sessions(now=LATER, running=gone)
    final = replace(IN_PROGRESS, actual_seconds=200.0, completed=False)
    store.add_session(final)
    assert store.sessions() == [final]
    (day,) = store.day_totals(4)
    assert day.sessions == 1 and day.milliseconds == 200_000


def test_a_newer_checkpoint_replaces_an_earlier_recovery_of_the_same_session(
    store: Store,
) -> None:
    store.save_checkpoint(IN_PROGRESS, now=NOW)
    other_process(store)
    store.recover_sessions(now=LATER, running=gone)
    store.save_checkpoint(replace(IN_PROGRESS, actual_seconds=150.0), now=LATER)
    other_process(store)
    store.recover_sessions(now=LATER + timedelta(hours=1), running=gone)
    assert [s.actual_seconds for s in store.sessions()] == [150.0]


def test_a_checkpoint_of_a_session_saved_cleanly_is_dropped_without_a_copy(store: Store) -> None:
    store.add_session(IN_PROGRESS)
    store.save_checkpoint(IN_PROGRESS, now=NOW)  # e.g. written just after by a stale timer
    other_process(store)
    assert store.recover_sessions(now=LATER, running=gone) == []
    assert store.sessions() == [IN_PROGRESS] and store.count_checkpoints() == 0


def test_a_discarded_checkpoint_is_gone(store: Store) -> None:
    store.save_checkpoint(IN_PROGRESS, now=NOW)
    store.discard_checkpoint(IN_PROGRESS.id)
    assert store.count_checkpoints() == 0
