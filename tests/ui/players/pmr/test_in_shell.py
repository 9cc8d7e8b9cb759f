"""A muscle relaxation session in the session shell: keys, tones, marks and the record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog
from calmkit.core.preferences import PlayerPreferences
from calmkit.core.store import Store
from calmkit.ui.players.pmr.view import PmrView
from calmkit.ui.session.shell import SessionShell
from tests.ui.conftest import RecordingCues
from tests.ui.helpers import make_shell

RIGHT_HAND = {"right-hand", "right-forearm"}


def pmr_shell(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock, cues: RecordingCues
) -> tuple[SessionShell, PmrView]:
    prefs = PlayerPreferences(countdown=False, cautions_seen=("pmr",), reduce_motion=True)
    shell = make_shell(store, catalog, clock, "pmr-16", cues=cues, preferences=prefs)
    qtbot.addWidget(shell)
    shell.resize(1000, 700)
    shell.show()
    shell.activateWindow()
    qtbot.waitActive(shell)
    view = shell.view
    assert isinstance(view, PmrView)
    # Offscreen, the window takes the keyboard once it has been painted.
    qtbot.waitUntil(lambda: view.body_map.repaints > 0)
    return shell, view


def test_right_and_left_move_between_groups(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock, cues: RecordingCues
) -> None:
    shell, view = pmr_shell(qtbot, store, catalog, clock, cues)
    shell.start()
    clock.advance(2)
    shell.refresh()
    assert view.state_label.text() == "Settling in"
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    assert shell.step_label.text() == "Next: Right hand and forearm"
    assert view.progress_label.text() == "Group 1 of 16"
    assert view.body_map.highlighted_regions() == RIGHT_HAND
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    assert view.group_label.text() == "Right upper arm"
    assert view.progress_label.text() == "Group 2 of 16"
    assert view.body_map.highlighted_regions() == {"right-upper-arm"}
    qtbot.keyClick(shell, Qt.Key.Key_Left)  # at the start of a group: back to the one before
    assert view.progress_label.text() == "Group 1 of 16"
    clock.advance(10)  # into tensing the right hand
    shell.refresh()
    assert shell.step_label.text() == "Tense"
    assert view.state_label.text() == "Tensing"
    assert shell.step_label.property("role") == "phase-tense", "tensing looks different"
    qtbot.keyClick(shell, Qt.Key.Key_Left)  # well into a group: back to its own start
    assert view.progress_label.text() == "Group 1 of 16"
    assert view.state_label.text() == "Get ready"


def test_tones_mark_tensing_and_letting_go_and_the_session_is_recorded_as_pmr(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock, cues: RecordingCues
) -> None:
    shell, view = pmr_shell(qtbot, store, catalog, clock, cues)
    shell.start()
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    started = clock.monotonic()
    for _ in range(4 * 40):  # 40 s into the first group (7 + 7 + 30 s), as timers would
        clock.advance(0.25)
        shell.scheduler.fire_ahead()
        shell.scheduler.fire_due()
    assert cues.kinds == ["tense", "release"]
    assert cues.moments[0] - started == 7.0  # after the 7 s "Next" instruction
    assert cues.moments[1] - cues.moments[0] == 7.0  # tensing lasts 7 s
    assert view.state_label.text() == "Letting go"
    assert shell.step_label.property("role") == "phase"
    assert view.body_map.highlight_opacity() == 1.0, "Still was on: no fading"
    with qtbot.waitSignal(shell.session_over, timeout=2000):
        qtbot.keyClick(shell, Qt.Key.Key_Escape)
    (record,) = store.sessions()
    assert (record.exercise_id, record.exercise_kind) == ("pmr-16", "pmr")
    assert not record.completed
