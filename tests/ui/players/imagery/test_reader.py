"""The reader in the session shell: one segment at a time, kept through its pause, moved by
segment with Left/Right, a soft fade (none when still), and a text size that is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog, SessionPlan, timeline_for
from calmkit.core.preferences import (
    TEXT_SIZE_RANGE,
    TEXT_SIZE_STEP,
    PlayerPreferences,
    load_player_preferences,
)
from calmkit.core.store import Store
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.players.imagery.view import ReaderView
from calmkit.ui.session.shell import SessionShell
from tests.ui.conftest import RecordingCues
from tests.ui.helpers import make_shell


def reader_shell(
    qtbot: QtBot,
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
    exercise_id: str = "imagery-beach",
    *,
    still: bool = True,
    timeline: Timeline | None = None,
    preferences: PlayerPreferences | None = None,
) -> tuple[SessionShell, ReaderView]:
    prefs = preferences or PlayerPreferences(countdown=False, reduce_motion=still)
    shell = make_shell(
        store, catalog, clock, exercise_id, timeline, cues=RecordingCues(), preferences=prefs
    )
    qtbot.addWidget(shell)
    shell.resize(1000, 700)
    shell.show()
    shell.activateWindow()
    qtbot.waitActive(shell)
    view = shell.view
    assert isinstance(view, ReaderView)
    return shell, view


def begin(qtbot: QtBot, shell: SessionShell) -> None:
    """Start, and wait until the keyboard reaches the shell (offscreen, once painted)."""
    shell.start()
    qtbot.waitUntil(shell.hasFocus)


def segment_texts(timeline: Timeline) -> list[str]:
    return [s.text for s in timeline.steps if s.kind != "pause"]


def test_the_segment_stays_through_its_pause_and_left_right_move_by_segment(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, view = reader_shell(qtbot, store, catalog, clock)
    texts = segment_texts(shell.runner.timeline)
    words, pause = shell.runner.timeline.steps[:2]
    assert pause.kind == "pause"
    begin(qtbot, shell)
    assert view.shown_text == texts[0]
    assert view.progress_label.text() == f"Part 1 of {len(texts)}"
    assert shell.step_label.text() == "", "no step word under the reader"
    clock.advance(words.duration + 1)  # into the pause after the first words
    shell.refresh()
    assert shell.runner.state().step.kind == "pause"
    assert view.shown_text == texts[0], "the words stay on screen while the pause lasts"
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    assert view.shown_text == texts[1]
    assert view.progress_label.text() == f"Part 2 of {len(texts)}"
    assert shell.runner.state().step.kind == "intro", "at the start of the next segment"
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    assert view.shown_text == texts[2]
    qtbot.keyClick(shell, Qt.Key.Key_Left)  # at a segment's start: the one before
    assert view.shown_text == texts[1]
    assert "<" not in view.shown_text and texts[1] in view.text_label.text()


def test_segments_fade_in_softly_and_change_at_once_when_still(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, view = reader_shell(qtbot, store, catalog, clock, still=False)
    texts = segment_texts(shell.runner.timeline)
    begin(qtbot, shell)
    assert view.fading, "the first segment fades in"
    qtbot.waitUntil(lambda: not view.fading)
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    assert view.fading
    assert view.shown_text == texts[0], "the old words fade out first"
    qtbot.waitUntil(lambda: view.shown_text == texts[1])
    qtbot.waitUntil(lambda: not view.fading)
    effect = view.text_label.graphicsEffect()
    assert effect is not None and not effect.isEnabled(), "fully shown, sharp"

    qtbot.keyClick(shell, Qt.Key.Key_R)  # reduced motion
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    assert not view.fading and view.shown_text == texts[2]


def test_two_quick_moves_end_on_the_newest_segment(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, view = reader_shell(qtbot, store, catalog, clock, still=False)
    texts = segment_texts(shell.runner.timeline)
    begin(qtbot, shell)
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    qtbot.keyClick(shell, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not view.fading)
    assert view.shown_text == texts[2]
    qtbot.keyClick(shell, Qt.Key.Key_R)  # still, half-way through a fade: straight there
    assert view.shown_text == texts[2]


def test_the_text_size_changes_with_keys_and_buttons_and_is_remembered(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, view = reader_shell(qtbot, store, catalog, clock)
    begin(qtbot, shell)
    before = view.text_points
    assert before == PlayerPreferences().text_size
    qtbot.keyClick(shell, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.text_points == before + TEXT_SIZE_STEP
    qtbot.keyClick(shell, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.text_points == before + 2 * TEXT_SIZE_STEP
    qtbot.mouseClick(view.smaller_button, Qt.MouseButton.LeftButton)
    assert view.text_points == before + TEXT_SIZE_STEP
    assert load_player_preferences(store).text_size == before + TEXT_SIZE_STEP
    for _ in range(20):
        qtbot.keyClick(shell, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.text_points == TEXT_SIZE_RANGE[0]
    assert not view.smaller_button.isEnabled() and view.bigger_button.isEnabled()
    assert shell.runner.state().index == 0, "changing the size moves nothing"

    _again, view_again = reader_shell(
        qtbot, store, catalog, clock, preferences=load_player_preferences(store)
    )
    assert view_again.text_size.points == TEXT_SIZE_RANGE[0], "the next session starts there"


def test_a_long_segment_of_ones_own_is_set_smaller_to_fit(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    long_text = " ".join(["Let the quiet of the evening settle around you."] * 12)
    timeline = Timeline([Step("narration", "", 30, long_text, 0, spoken=long_text)])
    prefs = PlayerPreferences(countdown=False, reduce_motion=True, text_size=TEXT_SIZE_RANGE[1])
    shell, view = reader_shell(qtbot, store, catalog, clock, timeline=timeline, preferences=prefs)
    begin(qtbot, shell)
    assert view.shown_text == long_text
    assert view.text_points < TEXT_SIZE_RANGE[1], "smaller than chosen, so all of it shows"
    assert view.text_size.points == TEXT_SIZE_RANGE[1], "the choice itself is kept"


def test_grounding_is_shown_by_the_same_reader(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    shell, view = reader_shell(qtbot, store, catalog, clock, "grounding-54321")
    begin(qtbot, shell)
    assert view.shown_text == segment_texts(shell.runner.timeline)[0]
    assert shell.still_button.isVisible(), "the still form exists"


def test_the_long_version_is_read_too(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    timeline = timeline_for(catalog.get("imagery-beach"), SessionPlan(options={"length": "long"}))
    shell, view = reader_shell(qtbot, store, catalog, clock, timeline=timeline)
    begin(qtbot, shell)
    total = len(segment_texts(timeline))
    assert view.progress_label.text() == f"Part 1 of {total}"
    assert total > len(segment_texts(timeline_for(catalog.get("imagery-beach"))))


def test_the_shell_shows_no_ticking_seconds_or_step_word_under_the_reader(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    from tests.ui.helpers import make_shell

    shell = make_shell(
        store, catalog, clock, "imagery-beach", preferences=PlayerPreferences(countdown=False)
    )
    qtbot.addWidget(shell)
    shell.start()
    clock.advance(1.0)
    shell.refresh()
    assert shell.countdown_label.text() == "" and shell.step_label.text() == ""
