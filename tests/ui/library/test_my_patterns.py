"""Custom breathing patterns as a person uses them: the editor, the library, a session."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import SessionLength
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import add_custom_pattern, saved_patterns
from calmkit.core.store import Store
from calmkit.ui.library import pattern_editor
from calmkit.ui.library.pattern_editor import PatternEditor
from calmkit.ui.main_window import MainWindow
from tests.ui.helpers import running

CALM = BreathingPattern(inhale=4, hold=7, exhale=8)


def open_new(qtbot: QtBot, window: MainWindow) -> PatternEditor:
    qtbot.keyClick(window.library.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.patterns.editor
    assert editor is not None and editor.isVisible()
    return editor


def fill(editor: PatternEditor, name: str, **phases: float) -> None:
    editor.name_edit.setText(name)
    for field, value in phases.items():
        editor.spins[field].setValue(value)


def mine(window: MainWindow) -> list[str]:
    return [e.id for e in window.library.catalog if e.id.startswith("custom-")]


def list_ids(window: MainWindow) -> list[str | None]:
    items = (window.library.list.item(r) for r in range(window.library.list.count()))
    return [i.data(Qt.ItemDataRole.UserRole) for i in items]


def beside(message: QLabel, field: QWidget) -> bool:
    """The message sits on the field's own row, to its right."""
    top = field.mapTo(field.window(), field.rect().topLeft())
    where = message.mapTo(message.window(), message.rect().topLeft())
    return abs(where.y() - top.y()) < field.height() and where.x() > top.x()


def save_pattern(qtbot: QtBot, window: MainWindow, name: str, **phases: float) -> str:
    editor = open_new(qtbot, window)
    fill(editor, name, **phases)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.patterns.editor is None
    selected = window.library.selected()
    assert selected is not None
    return selected.id


def test_an_impossible_value_is_refused_beside_its_field_and_save_waits(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "Calm")
    assert editor.save_button.isEnabled() and not editor.name_message.isVisible()

    exhale = editor.spins["exhale"]
    exhale.setValue(0.5)
    message = editor.messages["exhale"]
    assert message.isVisible() and message.text() == "Breathe out must be at least 1 s."
    assert message.property("kind") == "error"
    assert beside(message, exhale)
    assert exhale.accessibleDescription() == "Breathe out must be at least 1 s."
    assert not editor.save_button.isEnabled()
    assert editor.preview.text() == "Fix the marked phases to see the whole breath."

    inhale = editor.spins["inhale"]
    inhale.lineEdit().selectAll()
    qtbot.keyClicks(inhale, "4.3")
    assert inhale.value() == pytest.approx(4.3)
    assert "half-second steps" in editor.messages["inhale"].text()
    qtbot.keyClick(inhale, Qt.Key.Key_Up)
    assert inhale.value() == 4.5, "the arrows land back on half seconds"
    exhale.setValue(31)
    assert exhale.value() == 30, "the spin box itself keeps to 0-30 s"
    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert window.patterns.editor is None


def test_uncomfortable_values_get_a_softer_note_and_can_still_be_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_new(qtbot, window)
    fill(editor, "Slow", inhale=8, hold=10, exhale=10, rest=7)
    inhale_note = editor.messages["inhale"]
    assert inhale_note.isVisible() and inhale_note.property("kind") == "note"
    assert "Longer than most people find comfortable (about 2–7 s)" in inhale_note.text()
    assert "Holds over 7 s" in editor.messages["hold"].text()
    assert not editor.messages["rest"].isVisible(), "7 s is still within the range"
    assert "One breath takes 35 s" in editor.breath_message.text()
    assert editor.preview.text() == (
        "8 s in · 10 s hold · 10 s out · 7 s hold — 35 s a breath, about 1.7 breaths a minute"
    )
    assert editor.save_button.isEnabled()


def test_saving_a_new_pattern_adds_it_under_my_patterns_and_selects_it(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    assert list_ids(window)[-1] is None, "the My patterns heading, empty for now"
    heading = window.library.list.item(window.library.list.count() - 1)
    assert "New pattern: Ctrl+N" in heading.text()
    editor = open_new(qtbot, window)
    fill(editor, "  Calm  ", inhale=4, hold=7, exhale=8)
    editor.by_cycles.setChecked(True)
    editor.cycles.setValue(6)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (saved,) = saved_patterns(store).active
    assert (saved.id, saved.name, saved.pattern) == ("custom-calm", "Calm", CALM)
    assert saved.default_length == SessionLength(cycles=6)
    assert list_ids(window)[-2:] == [None, "custom-calm"]
    item = window.library.list.currentItem()
    assert item.text() == "Calm. 4 s in · 7 s hold · 8 s out. About 2 min."
    assert window.library.name.text() == "Calm"
    assert window.library.by_cycles.isChecked() and window.library.cycles.value() == 6
    assert "Skip the holds" in window.library.details.toPlainText()
    assert window.catalog.get("custom-calm").kind == "breathing"
    assert window.library.has_my_section and window.patterns.edit_button.isVisible()


def test_editing_keeps_the_id_and_refreshes_the_library_in_place(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    pattern_id = save_pattern(qtbot, window, "Calm", inhale=4, exhale=6)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F2)
    editor = window.patterns.editor
    assert editor is not None and editor.windowTitle() == "Edit “Calm”"
    assert editor.name_edit.text() == "Calm" and editor.spins["exhale"].value() == 6
    fill(editor, "Evening calm", exhale=8)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (saved,) = saved_patterns(store).active
    assert (saved.id, saved.name, saved.pattern.exhale) == (pattern_id, "Evening calm", 8)
    assert window.library.selected() == window.catalog.get(pattern_id)
    assert window.library.name.text() == "Evening calm"
    assert "Pattern: 4 s in · 8 s out" in window.library.details.toPlainText()


def test_a_missing_name_is_asked_for_only_after_typing_or_saving(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_new(qtbot, window)
    assert not editor.name_message.isVisible(), "nothing is wrong before anything was typed"
    assert editor.name_edit.accessibleDescription() == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.patterns.editor is editor, "nothing is saved without a name"
    assert editor.name_message.isVisible()
    assert editor.name_message.text() == "Give the pattern a name."
    assert editor.focusWidget() is editor.name_edit and not editor.save_button.isEnabled()

    again = open_new_after_cancel(qtbot, window, editor)
    qtbot.keyClicks(again.name_edit, "C")
    assert not again.name_message.isVisible()
    qtbot.keyClick(again.name_edit, Qt.Key.Key_Backspace)
    assert again.name_message.text() == "Give the pattern a name."
    assert not again.save_button.isEnabled()


def open_new_after_cancel(qtbot: QtBot, window: MainWindow, editor: PatternEditor) -> PatternEditor:
    editor.reject()
    assert window.patterns.editor is None
    return open_new(qtbot, window)


def test_a_taken_name_is_refused_beside_the_name(qtbot: QtBot, window: MainWindow) -> None:
    save_pattern(qtbot, window, "Calm")
    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "CALM")
    assert editor.name_message.text() == "You already have a pattern called “Calm”."
    assert beside(editor.name_message, editor.name_edit) is False, "it sits under the name"
    assert editor.name_message.y() > editor.name_edit.y()
    assert not editor.save_button.isEnabled()


def test_esc_leaves_at_once_when_nothing_changed_and_asks_otherwise(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    answer = False

    def ask(_parent: QWidget) -> bool:
        asked.append(True)
        return answer

    monkeypatch.setattr(pattern_editor, "ask_to_discard", ask)
    editor = open_new(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.patterns.editor is None and asked == []

    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "Half done")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [True] and editor.isVisible(), "keep editing"
    answer = True
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.patterns.editor is None
    assert mine(window) == []


def test_the_keyboard_order_follows_the_breath(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_new(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name_edit)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    spins = list(editor.spins.values())
    assert seen == [*spins, editor.by_minutes]
    assert [field for field in editor.spins] == [
        "inhale",
        "inhale_top_up",
        "hold",
        "exhale",
        "rest",
    ]


def test_duplicate_makes_a_copy_with_its_own_id_right_after_the_original(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    save_pattern(qtbot, window, "Calm", inhale=4, hold=7, exhale=8)
    save_pattern(qtbot, window, "Other")
    window.library.select("custom-calm")
    qtbot.keyClick(window.library.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert mine(window) == ["custom-calm", "custom-calm-copy", "custom-other"]
    copy = window.library.selected()
    assert copy is not None and (copy.name, copy.content.pattern) == ("Calm (copy)", CALM)
    assert "Made a copy: “Calm (copy)”" in window.statusBar().currentMessage()

    window.library.select("resonance")  # a preset with 5.45 s phases becomes half seconds
    assert window.patterns.duplicate_button.text() == "Make my own copy"
    assert not window.patterns.edit_button.isVisible()
    window.patterns.duplicate_action.trigger()
    resonance = window.library.selected()
    assert resonance is not None and resonance.id == "custom-resonance-breathing-copy"
    assert resonance.content.pattern == BreathingPattern(inhale=5.5, exhale=5.5)
    assert [p.name for p in saved_patterns(store).active][-1] == "Resonance breathing (copy)"


def test_delete_takes_effect_at_once_and_undo_brings_the_pattern_back_in_place(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    for name in ("A", "B", "C"):
        save_pattern(qtbot, window, name)
    window.library.select("custom-b")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    assert mine(window) == ["custom-a", "custom-c"]
    assert [p.id for p in saved_patterns(store).active] == ["custom-a", "custom-c"]
    assert window.library.selected() == window.catalog.get("custom-c")
    patterns = window.patterns
    assert patterns.undo_bar.isVisible()
    assert patterns.undo_label.text() == "Deleted “B”."

    qtbot.mouseClick(patterns.undo_button, Qt.MouseButton.LeftButton)
    assert mine(window) == ["custom-a", "custom-b", "custom-c"]
    assert window.library.selected() == window.catalog.get("custom-b")
    assert not patterns.undo_bar.isVisible()

    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mine(window) == ["custom-a", "custom-b", "custom-c"], "Ctrl+Z undoes too"


def test_presets_cannot_be_deleted_or_edited(qtbot: QtBot, window: MainWindow) -> None:
    window.library.select("box")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F2)
    assert window.patterns.editor is None
    assert "box" in window.catalog.ids
    assert not window.patterns.delete_action.isEnabled()


def test_alt_arrows_reorder_my_patterns_and_the_order_is_kept(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    for name in ("A", "B", "C"):
        save_pattern(qtbot, window, name)
    window.library.select("custom-c")
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.library.list, Qt.Key.Key_Up, alt)
    assert mine(window) == ["custom-a", "custom-c", "custom-b"]
    qtbot.keyClick(window.library.list, Qt.Key.Key_Up, alt)
    assert mine(window) == ["custom-c", "custom-a", "custom-b"]
    assert window.library.selected() == window.catalog.get("custom-c"), "the selection follows"
    assert not window.patterns.move_up_action.isEnabled(), "already first"
    qtbot.mouseClick(window.patterns.move_down_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in saved_patterns(store).active] == ["custom-a", "custom-c", "custom-b"]


def test_the_arrow_keys_step_over_the_heading(qtbot: QtBot, window: MainWindow) -> None:
    save_pattern(qtbot, window, "Calm")
    ids = list_ids(window)
    last_preset = ids[ids.index(None) - 1]
    assert last_preset is not None
    window.library.select(last_preset)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Down)
    assert window.library.list.currentItem().data(Qt.ItemDataRole.UserRole) == "custom-calm"
    qtbot.keyClick(window.library.list, Qt.Key.Key_Up)
    assert window.library.list.currentItem().data(Qt.ItemDataRole.UserRole) == last_preset


def test_a_custom_session_is_recorded_under_its_id_and_keeps_its_name_in_history(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    pattern_id = save_pattern(qtbot, window, "Calm", inhale=4, exhale=6)
    window.library.by_cycles.setChecked(True)
    window.library.cycles.setValue(1)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    player = window.session
    assert player is not None and player.exercise.name == "Calm"
    clock.advance(10.5)
    player.refresh()
    assert player.showing_summary
    (session,) = store.sessions()
    assert (session.exercise_id, session.exercise_kind, session.completed) == (
        pattern_id,
        "breathing",
        True,
    )
    qtbot.keyClick(player, Qt.Key.Key_Return)
    assert running(window) is None

    window.library.select(pattern_id)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    assert pattern_id not in window.catalog.ids
    assert window.catalog.name_of(pattern_id) == "Calm", "past sessions keep the name"
    window.tabs.setCurrentIndex(1)
    assert window.history.model.index(0, 1).data() == "Calm"


def test_a_saved_row_that_breaks_the_rules_is_reported_and_left_alone(
    window: MainWindow, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    add_custom_pattern(
        store, "Fine", BreathingPattern(inhale=4, exhale=6), SessionLength(minutes=3)
    )
    with contextlib.closing(sqlite3.connect(store.path, isolation_level=None)) as db:
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute(
            "INSERT INTO custom_patterns (id, name, position, inhale, exhale, default_minutes, "
            "created_at, updated_at) VALUES ('custom-odd', 'Odd', 9, 4, 45, 3, 't', 't')"
        )
    window.patterns.reload()
    assert mine(window) == ["custom-fine"]
    message = window.statusBar().currentMessage()
    assert message.startswith("Your saved pattern “Odd” (custom-odd) could not be used")
    assert "Breathe out must be between 0 and 30 s." in message
    assert "Breathe out must be between 0 and 30 s." in caplog.text
    window.statusBar().clearMessage()
    window.patterns.reload()
    assert window.statusBar().currentMessage() == "", "reported once, not on every change"
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        assert db.execute(
            "SELECT exhale FROM custom_patterns WHERE id = 'custom-odd'"
        ).fetchone() == (45,)


def test_a_refusal_from_the_store_still_lands_beside_its_field(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # A pattern the library skipped (broken outside CalmKit) still holds its name.
    with contextlib.closing(sqlite3.connect(store.path, isolation_level=None)) as db:
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute(
            "INSERT INTO custom_patterns (id, name, position, inhale, exhale, default_minutes, "
            "created_at, updated_at) VALUES ('custom-odd', 'Odd', 0, 4, 45, 3, 't', 't')"
        )
    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "odd")
    assert editor.save_button.isEnabled(), "the editor cannot know about the skipped row"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.patterns.editor is editor and editor.isVisible()
    assert editor.name_message.text() == "You already have a pattern called “Odd”."
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, " two")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert mine(window) == ["custom-odd-two"]
