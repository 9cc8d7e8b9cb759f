"""The History view: headline numbers, charts and their hover texts, PNGs, delete with undo,
notes, and pyqtgraph loading only when History first opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.exercises import Catalog
from calmkit.core.settings import PracticeSettings, save_practice_settings
from calmkit.core.stats import GoalProgress, compute_stats
from calmkit.core.store import Store
from calmkit.core.wording import goal_words
from calmkit.resources import resource_path
from calmkit.ui.context import AppContext
from calmkit.ui.history import charts
from calmkit.ui.history.view import HistoryView, SessionTableModel
from calmkit.ui.main_window import MainWindow
from tests.core.factories import at, make_record
from tests.ui.helpers import in_fresh_window

TODAY = date(2026, 1, 5)  # FakeClock's wall time: Monday 5 January 2026, 09:00


def fill(store: Store) -> None:
    """Five sessions around New Year; the one at 01:30 on 2 January counts for the 1st."""
    store.add_sessions(
        [
            make_record(1, started_at=at(date(2025, 12, 30), 7, 30), distress_before=6,
                        distress_after=3),
            make_record(2, exercise_id="relaxed", started_at=at(date(2026, 1, 1), 22),
                        actual_seconds=300.0, planned_seconds=300.0, distress_before=5,
                        distress_after=4),
            make_record(3, started_at=at(date(2026, 1, 2), 1, 30), actual_seconds=30.0,
                        completed=False),
            make_record(4, started_at=at(date(2026, 1, 3), 8), actual_seconds=600.0,
                        planned_seconds=600.0),
            make_record(5, exercise_id="relaxed", started_at=at(TODAY, 7), actual_seconds=120.0,
                        planned_seconds=300.0, distress_before=7, distress_after=5, note="hello"),
        ]
    )  # fmt: skip


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture
def view(qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock) -> HistoryView:
    fill(store)
    history = HistoryView(AppContext(store, catalog, clock, resource_path("sounds")))
    qtbot.addWidget(history)
    history.resize(960, 640)
    history.show()
    qtbot.waitExposed(history)
    return history


def test_the_headline_numbers_are_the_core_statistics(view: HistoryView, store: Store) -> None:
    stats = compute_stats(store, TODAY, PracticeSettings())
    assert (stats.current_streak, stats.longest_streak, stats.practice_days) == (4, 4, 4)
    header = view.header
    assert header.current.value.text() == "4 days"
    assert header.current.caption.text() == "current streak"
    assert header.longest.value.text() == "4 days"
    assert header.days.value.text() == "4"
    assert header.time.value.text() == "22 min"  # 4 + 5 + 0.5 + 10 + 2 minutes
    assert header.time.caption.text() == "in 5 sessions"
    assert header.no_goal.isVisible() and header.set_goal.isVisible()
    assert not header.minutes_goal.isVisible()


def test_what_helps_me_lists_each_exercise_with_its_rated_sessions(view: HistoryView) -> None:
    table = view.helps
    rows = {
        cell(table, r, 0): [cell(table, r, c) for c in range(1, 5)] for r in range(table.rowCount())
    }
    # A change shows only over 3 rated sessions: one or two say little about an exercise.
    assert rows == {
        "Box breathing": ["3", "14 min", "1", "shown after 2 more rated sessions"],  # 14.5 -> 14
        "Relaxed breathing": ["2", "7 min", "2", "shown after 1 more rated session"],
    }
    assert cell(table, 0, 0) == "Box breathing"  # most practised first
    assert "One session says little" in view.helps_note.text()


def test_a_change_shows_once_an_exercise_has_three_rated_sessions(
    qtbot: QtBot, store: Store, view: HistoryView
) -> None:
    store.add_sessions(
        [
            make_record(40 + n, exercise_id="equal", distress_before=6, distress_after=4)
            for n in range(3)
        ]
    )
    view.reload()
    table = view.helps
    rows = {cell(table, r, 0): cell(table, r, 4) for r in range(table.rowCount())}
    assert rows["Equal breathing"] == "2.0 lower after"


def test_goals_show_as_progress(qtbot: QtBot, store: Store, view: HistoryView) -> None:
    save_practice_settings(store, PracticeSettings(goal_minutes_per_day=10, goal_days_per_week=1))
    view.reload()
    minutes, days = view.header.minutes_goal, view.header.days_goal
    assert minutes.label.text() == "Today: 2 of 10 minutes"
    assert minutes.bar.value() == 200
    assert days.label.text() == "This week: 1 of 1 practice days · goal reached"
    assert days.bar.value() == 1000
    assert not view.header.no_goal.isVisible()


def test_goal_words_never_round_up_to_a_goal_not_yet_reached() -> None:
    progress = GoalProgress(9.6, 10)
    assert goal_words("Today", progress, "minutes") == "Today: 9 of 10 minutes"
    assert goal_words("Today", GoalProgress(10, 10), "minutes").endswith("· goal reached")


def test_a_streak_of_0_is_a_fresh_start_and_no_words_shame(
    qtbot: QtBot, store: Store, catalog: Catalog
) -> None:
    store.add_session(make_record(1, started_at=at(date(2025, 11, 1), 8)))
    history = HistoryView(AppContext(store, catalog, FakeClock(), resource_path("sounds")))
    qtbot.addWidget(history)
    assert history.header.current.value.text() == "Fresh start"
    words = " ".join(label.text() for label in history.findChildren(QLabel)).lower()
    for word in ("missed", "fail", "broke", "lost", "behind", "should", "only ", "streak ended"):
        assert word not in words


def test_the_calendar_shades_the_last_year_and_names_each_day(view: HistoryView) -> None:
    calendar = view.calendar.chart
    assert calendar.first == date(2025, 1, 6)  # the Monday 52 weeks before this week
    assert calendar.tip_at(52, 0) == "Mon 5 Jan 2026\n2 min in 1 session"
    assert calendar.tip_at(51, 6) == "Sun 4 Jan 2026\nno sessions"
    assert calendar.tip_at(51.2, 3.1) == "Thu 1 Jan 2026\n5 min 30 s in 2 sessions"
    assert calendar.tip_at(52, 1) is None  # tomorrow: not drawn
    assert calendar.tip_at(20, 7.4) is None
    assert [charts.heat_level(m) for m in (0, 2, 5, 12, 40)] == [0, 1, 2, 3, 4]


def test_hovering_a_day_shows_its_values(qtbot: QtBot, view: HistoryView) -> None:
    calendar = view.calendar.chart
    box = calendar.view_box
    calendar._hover(box.mapViewToScene(QPointF(51, 5)))
    assert box.toolTip() == "Sat 3 Jan 2026\n10 min in 1 session"
    calendar._hover(QPointF(-50, -50))  # outside the chart
    assert box.toolTip() == ""


def test_minutes_per_day_and_week_follow_the_chosen_range(view: HistoryView) -> None:
    daily = view.daily.chart
    assert daily.count == 30 and daily.first == date(2025, 12, 7)
    assert daily.tip_at(27, 3) == "Sat 3 Jan 2026\n10 min in 1 session"
    assert daily.tip_at(29.4, 0) == "Mon 5 Jan 2026\n2 min in 1 session"
    assert daily.tip_at(30.6, 0) is None
    assert "4 practice days and 22 minutes" in view.daily.caption.text()
    view.practice_range.setCurrentIndex(view.practice_range.findData(365))
    assert daily.count == 365

    weekly = view.weekly.chart
    assert weekly.count == 53
    assert weekly.tip_at(51, 0) == "Week of Mon 29 Dec 2025\n20 min on 3 practice days"
    assert weekly.tip_at(52, 0) == "Week of Mon 5 Jan 2026\n2 min on 1 practice day"


def test_chart_dates_and_numbers_are_written_in_the_apps_language(view: HistoryView) -> None:
    """At start-up QLocale's default is set to the language shown: the charts' month and
    weekday names and decimal marks follow it, whatever the C library's locale says."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view.refresh_summary()
        tip = view.distress.chart.tip_at(89, 5)
        assert tip is not None and tip.startswith("Mo. 5 Jan. 2026\nbefore 7,0, after 5,0")
        assert "on average 6,0 before and 4,0 after" in view.distress.caption.text()
        assert charts.day_ticks(date(2026, 3, 2), 7) == [(0, "2 März")]
    finally:
        QLocale.setDefault(before)
        view.refresh_summary()


def test_distress_before_and_after_is_shown_per_day(view: HistoryView) -> None:
    chart = view.distress.chart
    assert chart.count == 90
    assert chart.tip_at(89, 5) == "Mon 5 Jan 2026\nbefore 7.0, after 5.0\n1 rated session"
    assert chart.tip_at(88, 5) is None  # no rated session that day
    caption = view.distress.caption.text()
    assert "3 rated sessions, on average 6.0 before and 4.0 after" in caption
    view.distress_range.setCurrentIndex(view.distress_range.findData(30))
    assert chart.count == 30


def test_a_chart_saves_as_png_with_a_sensible_name(
    qtbot: QtBot, view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def choose(parent: object, title: str, path: str, filters: str) -> tuple[str, str]:
        offered.append(path)
        return str(tmp_path / "my calendar"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(view.calendar.save_button, Qt.MouseButton.LeftButton)
    assert Path(offered[0]).name == "calmkit-calendar-2026-01-05.png"
    saved = tmp_path / "my calendar.png"
    assert saved.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    image = view.calendar.image()
    assert image.width() >= view.calendar.chart.width()
    assert image.height() > view.calendar.chart.height()  # the title is drawn above it
    menu = view.calendar.chart.context_menu()
    assert [a.text() for a in menu.actions()] == ["Save as PNG…"]


def test_a_chart_that_cannot_be_saved_says_so(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_: (str(tmp_path / "no such folder" / "x.png"), ""),
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    view.daily.save_dialog()
    assert "could not be saved" in warnings[0] and "no such folder" in warnings[0]


def test_the_table_shows_ratings_and_notes(view: HistoryView) -> None:
    model = view.model
    assert model.HEADERS[5:] == ("Before", "After", "Note")
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[1] == "Relaxed breathing" and newest[5:] == ["7", "5", "hello"]
    unrated = [model.index(1, c).data() for c in (5, 6)]
    assert unrated == ["", ""]
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "Not rated"


def test_a_pattern_nothing_knows_any_more_shows_as_words_not_its_id(
    qtbot: QtBot, store: Store, view: HistoryView
) -> None:
    store.add_session(make_record(9, exercise_id="custom-evening-wind-down"))
    view.reload()
    assert view.model.index(0, 1).data() == "Evening wind down"
    names = [cell(view.helps, r, 0) for r in range(view.helps.rowCount())]
    assert "Evening wind down" in names and not any("custom-" in n for n in names)


def test_delete_then_undo_brings_the_session_back_exactly(
    qtbot: QtBot, view: HistoryView, store: Store
) -> None:
    view.show_sessions()
    view.activateWindow()
    qtbot.waitActive(view)
    table = view.table
    table.setFocus()
    table.selectRow(1)
    before = store.sessions()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert store.count_sessions() == 4
    assert view.model.rowCount() == 4 and view.model.total == 4
    assert view.sessions.undo_bar.isVisible()
    assert view.sessions.undo_label.text() == "Deleted Box breathing, Sat 03 Jan 2026, 08:00."
    assert view.header.time.value.text() == "12 min"  # the totals follow at once

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.sessions() == before
    assert [view.model.record(r) for r in range(5)] == before
    assert not view.sessions.undo_bar.isVisible()
    assert view.header.time.value.text() == "22 min"
    assert not view.sessions.undo_action.isEnabled()


def test_several_sessions_go_at_once_and_come_back_with_one_undo(
    qtbot: QtBot, view: HistoryView, store: Store
) -> None:
    view.show_sessions()
    table = view.table
    table.selectRow(0)
    table.selectionModel().select(
        view.model.index(3, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    before = store.sessions()
    view.sessions.delete_selected()
    assert store.count_sessions() == 3
    assert view.sessions.undo_label.text() == "Deleted 2 sessions."
    qtbot.mouseClick(view.sessions.undo_button, Qt.MouseButton.LeftButton)
    assert store.sessions() == before


def test_undo_puts_a_session_back_beyond_the_loaded_page_without_loading_it(
    store: Store, catalog: Catalog, qtbot: QtBot
) -> None:
    store.add_sessions(make_record(n) for n in range(250))
    model = SessionTableModel(store, catalog)
    assert model.rowCount() == 200
    (oldest_loaded,) = model.delete_rows([199])
    assert model.total == 249
    model.restore([oldest_loaded])
    assert model.total == 250 and model.rowCount() == 199  # it comes with the next page
    model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == 250 and model.record(199) == oldest_loaded
    ids = [model.record(r).id for r in range(250)]
    assert len(set(ids)) == 250


def test_f2_edits_the_note_of_the_current_row_and_it_is_kept(
    qtbot: QtBot, view: HistoryView, store: Store
) -> None:
    view.show_sessions()
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    (editor,) = table.findChildren(QLineEdit)
    assert editor.text() == "hello"
    editor.selectAll()
    qtbot.keyClicks(editor, "slept well after")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the edit from its event queue
    qtbot.waitUntil(lambda: store.sessions(limit=1)[0].note == "slept well after")
    newest = store.sessions(limit=1)[0]
    assert newest.note == "slept well after"
    assert view.model.index(0, SessionTableModel.NOTE).data() == "slept well after"
    assert newest.distress_before == 7  # nothing else changed


def test_a_note_is_shown_on_one_line_and_read_whole_in_its_tooltip(
    store: Store, catalog: Catalog, qtbot: QtBot
) -> None:
    store.add_session(make_record(1, note="first line\nsecond line"))
    model = SessionTableModel(store, catalog)
    index = model.index(0, SessionTableModel.NOTE)
    assert index.data() == "first line second line"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "first line\nsecond line"
    assert index.data(Qt.ItemDataRole.EditRole) == "first line\nsecond line"
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_an_empty_history_says_what_will_appear(
    qtbot: QtBot, store: Store, catalog: Catalog, clock: FakeClock
) -> None:
    history = HistoryView(AppContext(store, catalog, clock, resource_path("sounds")))
    qtbot.addWidget(history)
    history.show()
    assert history.empty_label.isVisible() and not history.sections.isVisible()
    assert history.header.current.value.text() == "Fresh start"


def test_the_window_loads_pyqtgraph_only_when_history_first_opens(tmp_path: Path) -> None:
    printed = in_fresh_window(
        tmp_path / "calmkit.db",
        """
        print("before:", sorted({"pyqtgraph", "numpy"} & set(sys.modules)))
        window.tabs.setCurrentIndex(1)
        print("after:", "pyqtgraph" in sys.modules, "numpy" in sys.modules)
        """,
    )
    assert "before: []" in printed
    assert "after: True True" in printed


def test_the_main_window_refreshes_history_after_a_session(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, store: Store
) -> None:
    window.tabs.setCurrentIndex(1)
    history = window.history
    assert history.header.current.value.text() == "Fresh start"
    window.tabs.setCurrentIndex(0)
    window.start_exercise("box")
    clock.advance(90)
    assert window.session is not None
    qtbot.keyClick(window.session, Qt.Key.Key_Escape)
    assert history.header.current.value.text() == "1 day"
    assert history.model.rowCount() == 1


def test_a_recovered_session_says_plainly_that_calmkit_closed_unexpectedly(
    store: Store, catalog: Catalog
) -> None:
    store.add_sessions(
        [make_record(1), make_record(2, completed=False, actual_seconds=95, recovered=True)]
    )
    model = SessionTableModel(store, catalog)
    outcome = {model.record(r).id: model.index(r, 4) for r in range(model.rowCount())}
    recovered = outcome[make_record(2).id]
    assert model.data(recovered) == "Interrupted"
    detail = str(model.data(recovered, Qt.ItemDataRole.ToolTipRole))
    assert "CalmKit closed unexpectedly during this session" in detail
    assert "you may have practised a little longer" in detail
    assert model.data(outcome[make_record(1).id]) == "Completed"


# --- the keyboard ----------------------------------------------------------------------------


def test_the_calendar_is_read_day_by_day_with_the_arrow_keys(
    qtbot: QtBot, view: HistoryView
) -> None:
    calendar = view.calendar.chart
    assert calendar.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not calendar.focus_mark.isVisible()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    calendar.setFocus(Qt.FocusReason.TabFocusReason)
    assert calendar.marked_text == "Mon 5 Jan 2026\n2 min in 1 session", "today first"
    assert calendar.focus_mark.isVisible()
    assert calendar.accessibleName().endswith(". Mon 5 Jan 2026, 2 min in 1 session")
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.marked_text == "Sun 4 Jan 2026\nno sessions"
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.marked_text == "Sun 28 Dec 2025\nno sessions"
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.marked_text == "Sat 3 Jan 2026\n10 min in 1 session", "as hovering shows"
    assert "Sat 3 Jan 2026, 10 min in 1 session" in calendar.accessibleName()
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.marked_text == "Mon 6 Jan 2025\nno sessions"
    qtbot.keyClick(calendar, Qt.Key.Key_Left)  # nothing before the first day
    assert calendar.marked_text == "Mon 6 Jan 2025\nno sessions"
    qtbot.keyClick(calendar, Qt.Key.Key_End)
    qtbot.keyClick(calendar, Qt.Key.Key_Down)  # tomorrow is not drawn
    assert calendar.marked_text == "Mon 5 Jan 2026\n2 min in 1 session"
    view.calendar.save_button.setFocus()
    assert not calendar.focus_mark.isVisible(), "the mark shows only with the keyboard there"


def test_bars_and_ratings_are_read_one_by_one(qtbot: QtBot, view: HistoryView) -> None:
    view.sections.setCurrentIndex(1)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    daily = view.daily.chart
    daily.setFocus(Qt.FocusReason.TabFocusReason)
    assert daily.marked_text == "Mon 5 Jan 2026\n2 min in 1 session"
    assert daily.focus_line.isVisible() and daily.focus_line.value() == 29
    for _ in range(2):
        qtbot.keyClick(daily, Qt.Key.Key_Left)
    assert daily.marked_text == "Sat 3 Jan 2026\n10 min in 1 session"
    view.sections.setCurrentIndex(2)
    distress = view.distress.chart
    distress.setFocus(Qt.FocusReason.TabFocusReason)
    assert distress.marked_text == "Mon 5 Jan 2026\nbefore 7.0, after 5.0\n1 rated session"
    qtbot.keyClick(distress, Qt.Key.Key_Left)  # to the rated day before, over empty ones
    assert distress.marked_text is not None and distress.marked_text.startswith("Thu 1 Jan")


def test_enter_on_set_a_goal_and_on_save_as_png_does_what_a_click_does(
    qtbot: QtBot, view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calmkit.ui.widgets import enter_presses

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    enter_presses.install(app)  # the main window installs it
    asked: list[bool] = []
    view.settings_requested.connect(lambda: asked.append(True))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.header.set_goal.setFocus()
    qtbot.keyClick(view.header.set_goal, Qt.Key.Key_Return)
    assert asked == [True]
    offered: list[str] = []

    def choose(*args: str) -> tuple[str, str]:
        offered.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    view.calendar.save_button.setFocus()
    qtbot.keyClick(view.calendar.save_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert len(offered) == 1 and offered[0].endswith("calmkit-calendar-2026-01-05.png")
