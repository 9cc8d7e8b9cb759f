"""Ambient sound in the session shell: only for narrated kinds, off by default, its own
control and keys, following the session's pauses, and remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog
from calmkit.core.preferences import AMBIENT_SOUNDS, PlayerPreferences, load_player_preferences
from calmkit.core.store import Store
from calmkit.ui.players.pmr.view import PmrView
from calmkit.ui.session.shell import AMBIENT_NAMES, SessionShell
from tests.ui.conftest import RecordingCues
from tests.ui.helpers import make_shell, pacer


def shown_shell(
    qtbot: QtBot,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
    exercise_id: str = "pmr-16",
    **prefs: Any,
) -> tuple[SessionShell, RecordingCues]:
    cues = RecordingCues()
    preferences = PlayerPreferences(countdown=False, cautions_seen=("pmr",)).with_changes(**prefs)
    shell = make_shell(store, catalog, clock, exercise_id, cues=cues, preferences=preferences)
    qtbot.addWidget(shell)
    shell.resize(1000, 700)
    shell.show()  # shortcuts only reach a widget in a shown, active window
    shell.activateWindow()
    qtbot.waitActive(shell)
    # Offscreen, the window takes the keyboard once it has been painted.
    view = shell.view
    if isinstance(view, PmrView):
        qtbot.waitUntil(lambda: view.body_map.repaints > 0)
    else:
        qtbot.waitUntil(lambda: pacer(shell).repaints > 0)
    return shell, cues


def test_a_breathing_session_has_no_ambient_control_even_when_it_was_left_on(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, cues = shown_shell(qtbot, store, catalog, clock, "box", ambient_on=True)
    assert not shell.ambient_button.isVisible() and not shell.ambient_volume.isVisible()
    shell.start()
    qtbot.keyClick(shell, Qt.Key.Key_A)
    assert shell.ambient is None and cues.ambient_changes == []
    assert load_player_preferences(store).ambient_on, "the choice for narrated kinds is kept"


def test_a_narrated_session_starts_quiet_and_a_turns_on_the_last_chosen_sound(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, cues = shown_shell(qtbot, store, catalog, clock, ambient_sound="rain")
    assert shell.ambient_button.isVisible() and shell.ambient_volume.isVisible()
    assert shell.ambient_button.text() == "Ambient" and not shell.ambient_volume.isEnabled()
    shell.start()
    assert cues.ambient_changes == [], "off by default"
    qtbot.keyClick(shell, Qt.Key.Key_A)
    assert cues.ambient == ("rain", 0.5)
    assert shell.ambient_button.text() == "Ambient: Soft rain"
    assert load_player_preferences(store).ambient_on
    qtbot.keyClick(shell, Qt.Key.Key_A)
    assert cues.ambient is None and not load_player_preferences(store).ambient_on


def test_shift_arrows_set_the_ambient_volume_and_plain_arrows_the_voice(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, cues = shown_shell(qtbot, store, catalog, clock, ambient_on=True, volume=0.8)
    shell.start()
    assert cues.ambient == ("waves", 0.5)
    qtbot.keyClick(shell, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert cues.ambient == ("waves", pytest.approx(0.6))
    assert cues.volume == pytest.approx(0.8), "the voice's volume is not touched"
    qtbot.keyClick(shell, Qt.Key.Key_Down)
    assert cues.volume == pytest.approx(0.7)
    assert cues.ambient == ("waves", pytest.approx(0.6))
    qtbot.keyClick(shell, Qt.Key.Key_M)
    assert cues.muted and cues.ambient is not None, "tones off leaves ambient sound alone"
    saved = load_player_preferences(store)
    assert (saved.ambient_volume, saved.volume) == (pytest.approx(0.6), pytest.approx(0.7))


def test_the_menu_chooses_a_sound_or_off(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, cues = shown_shell(qtbot, store, catalog, clock)
    shell.start()
    menu = shell.ambient_button.menu()
    labels = [action.text() for action in menu.actions()]
    assert labels == ["Off", "Waves", "Soft rain", "Brown noise"]
    menu.actions()[3].trigger()
    assert cues.ambient == ("brown", 0.5) and shell.ambient_button.isChecked()
    assert menu.actions()[3].isChecked()
    menu.actions()[2].trigger()
    assert cues.ambient == ("rain", 0.5) and shell.ambient_button.text() == "Ambient: Soft rain"
    menu.actions()[0].trigger()
    assert cues.ambient is None and not shell.ambient_button.isChecked()
    assert load_player_preferences(store).ambient_sound == "rain", "kept for next time"


def test_ambient_follows_the_session_start_pause_and_end_and_is_remembered(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    first, cues = shown_shell(qtbot, store, catalog, clock)
    first.start()
    first.choose_ambient("rain")
    first.ambient_volume.setValue(30)
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert cues.ambient is None, "stopped: it fades out"
    # The next session (same store) brings the choice back.
    prefs = load_player_preferences(store)
    assert (prefs.ambient_on, prefs.ambient_sound, prefs.ambient_volume) == (True, "rain", 0.3)
    shell, cues = shown_shell(qtbot, store, catalog, clock, **_ambient_of(prefs))
    assert shell.ambient == "rain" and cues.ambient_changes == [], "nothing before the start"
    shell.start()
    assert cues.ambient_changes == [("rain", 0.3)]
    qtbot.keyClick(shell, Qt.Key.Key_Space)
    assert cues.ambient is None, "paused: it fades out"
    qtbot.keyClick(shell, Qt.Key.Key_Space)
    assert cues.ambient == ("rain", 0.3), "resumed: it fades back in"
    clock.advance(shell.runner.timeline.total + 1)
    shell.refresh()
    assert shell.showing_summary and cues.ambient is None
    assert cues.ambient_changes == [("rain", 0.3), None, ("rain", 0.3), None]


def _ambient_of(prefs: PlayerPreferences) -> dict[str, Any]:
    return {
        "ambient_on": prefs.ambient_on,
        "ambient_sound": prefs.ambient_sound,
        "ambient_volume": prefs.ambient_volume,
    }


def test_with_a_countdown_ambient_fades_in_while_the_person_settles(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, cues = shown_shell(qtbot, store, catalog, clock, ambient_on=True, countdown=True)
    shell.start()
    assert shell.counting_down and cues.ambient == ("waves", 0.5)


def test_every_ambient_sound_name_is_in_the_translation_catalog() -> None:
    assert set(AMBIENT_SOUNDS.values()) == set(AMBIENT_NAMES)
