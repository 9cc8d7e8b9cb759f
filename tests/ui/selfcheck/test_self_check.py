"""The self-check in the app: the dialog by keyboard and mouse, Save only when complete, the
result with Help now, the weekly prompt, the setting, the menu item and the History chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core import selfcheck
from calmkit.core.clock import FakeClock
from calmkit.core.exchange import export_checkins
from calmkit.core.exercises import Catalog
from calmkit.core.selfcheck import CheckIn
from calmkit.core.settings import PracticeSettings, load_practice_settings, save_practice_settings
from calmkit.core.store import StorageError, Store
from calmkit.resources import resource_path
from calmkit.ui.context import AppContext
from calmkit.ui.data.exchange_dialogs import ImportPreviewDialog, ImportReportDialog
from calmkit.ui.data.settings_dialog import SettingsDialog
from calmkit.ui.history.charts import SelfCheckChart
from calmkit.ui.history.view import HistoryView
from calmkit.ui.main_window import MainWindow
from calmkit.ui.selfcheck.dialog import SelfCheckDialog
from calmkit.ui.selfcheck.prompt import SelfCheckPrompt
from calmkit.ui.widgets import crisis_dialog
from tests.ui.data.test_data_actions import open_file, run


@pytest.fixture
def context(store: Store, catalog: Catalog, clock: FakeClock) -> Iterator[AppContext]:
    made = AppContext(store, catalog, clock, resource_path("sounds"))
    yield made
    made.deleteLater()


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext) -> SelfCheckDialog:
    shown = SelfCheckDialog(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: shown.rows[0].hasFocus())
    return shown


def focused_row(dialog: SelfCheckDialog) -> int | None:
    focus = QApplication.focusWidget()
    return next((row.index for row in dialog.rows if row is focus), None)


def type_answers(qtbot: QtBot, dialog: SelfCheckDialog, digits: str) -> None:
    for digit in digits:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, digit)


def test_the_seven_questions_the_scale_and_the_source_are_shown(dialog: SelfCheckDialog) -> None:
    assert [row.label.text() for row in dialog.rows] == [
        f"{i}. {q}" for i, q in enumerate(selfcheck.QUESTIONS, start=1)
    ]
    assert [b.accessibleName() for b in dialog.rows[0].buttons] == [
        "Not at all (0)", "Several days (1)", "More than half the days (2)",
        "Nearly every day (3)",
    ]  # fmt: skip
    texts = " ".join(
        label.text() for label in dialog.questions_page.findChildren(type(dialog.progress))
    )
    assert selfcheck.SOURCE in texts and "not a diagnosis" in texts


def test_digits_answer_and_move_on_and_save_waits_for_all_seven(
    qtbot: QtBot, dialog: SelfCheckDialog, store: Store
) -> None:
    assert not dialog.save_button.isEnabled()
    type_answers(qtbot, dialog, "012301")
    assert focused_row(dialog) == 6
    assert dialog.answers == [0, 1, 2, 3, 0, 1, None]
    assert dialog.progress.text() == "6 of 7 answered. You can save once all seven are."
    assert not dialog.save_button.isEnabled()
    dialog.save()  # even if called, a half-answered check is not scored or stored
    assert dialog.pages.currentWidget() is dialog.questions_page
    assert store.checkins() == []
    type_answers(qtbot, dialog, "2")
    assert dialog.save_button.isEnabled() and dialog.save_button.hasFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert [c.answers for c in store.checkins()] == [(0, 1, 2, 3, 0, 1, 2)]
    assert dialog.pages.currentWidget() is dialog.result_page


def test_arrows_change_the_answer_and_move_between_questions_and_tab_leaves_the_row(
    qtbot: QtBot, dialog: SelfCheckDialog
) -> None:
    first = dialog.rows[0]
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert first.answer == 0
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert first.answer == 2
    qtbot.keyClick(first, Qt.Key.Key_Left)
    assert first.answer == 1 and first.buttons[1].isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert focused_row(dialog) == 1
    qtbot.keyClick(dialog.rows[1], Qt.Key.Key_Up)
    assert focused_row(dialog) == 0
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert focused_row(dialog) == 1, "Tab goes question by question, not button by button"
    assert "not answered yet" in dialog.rows[1].accessibleDescription()
    assert "Several days (1)" in first.accessibleDescription()


def test_a_click_answers_too(qtbot: QtBot, dialog: SelfCheckDialog) -> None:
    qtbot.mouseClick(dialog.rows[3].buttons[2], Qt.MouseButton.LeftButton)
    assert dialog.answers[3] == 2
    assert dialog.progress.text().startswith("1 of 7 answered.")


def test_closing_half_way_keeps_nothing(
    qtbot: QtBot, dialog: SelfCheckDialog, store: Store
) -> None:
    type_answers(qtbot, dialog, "3333")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert store.checkins() == [] and store.raw_settings() == {}


def test_at_10_or_more_the_result_suggests_a_professional_with_help_now(
    qtbot: QtBot, dialog: SelfCheckDialog
) -> None:
    type_answers(qtbot, dialog, "3331000")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert isinstance(saved.args[0], CheckIn) and saved.args[0].total == 10
    assert dialog.result_title.text() == "Your total: 10 of 21. Moderate anxiety symptoms."
    assert dialog.not_diagnosis.text() == selfcheck.NOT_A_DIAGNOSIS
    assert dialog.talk_box.isVisible() and dialog.talk_text.text() == selfcheck.TALK_TO_SOMEONE
    assert dialog.help_button.isVisible() and "F1" in dialog.help_button.text()
    with qtbot.waitSignal(dialog.help_requested):
        qtbot.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)


def test_below_10_there_is_no_suggestion(qtbot: QtBot, dialog: SelfCheckDialog) -> None:
    type_answers(qtbot, dialog, "3330000")
    dialog.save()
    assert dialog.result_title.text() == "Your total: 9 of 21. Mild anxiety symptoms."
    assert not dialog.talk_box.isVisible()
    assert dialog.not_diagnosis.isVisible() and dialog.help_button.isVisible()


def test_a_store_that_cannot_save_still_shows_the_result_and_says_so(
    qtbot: QtBot, dialog: SelfCheckDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_: object) -> None:
        raise StorageError("The disk is full.", problem="full")

    warned: list[str] = []
    monkeypatch.setattr(dialog._context.store, "add_checkin", fail)
    monkeypatch.setattr(
        "calmkit.ui.selfcheck.dialog.QMessageBox.warning", lambda *a: warned.append(a[2])
    )
    type_answers(qtbot, dialog, "1111111")
    dialog.save()
    assert warned and "The disk is full." in warned[0]
    assert dialog.kept_text.text() == "This result could not be kept in your practice log."


# --- the weekly prompt ---------------------------------------------------------------------


def shown_prompt(qtbot: QtBot, context: AppContext) -> tuple[QWidget, SelfCheckPrompt]:
    """In a shown window, as in the app: it shows itself only when it is due."""
    host = QWidget()
    qtbot.addWidget(host)
    prompt = SelfCheckPrompt(context, host)
    host.show()
    qtbot.waitExposed(host)
    return host, prompt  # the caller keeps the window alive


def switch_on(store: Store) -> None:
    save_practice_settings(store, PracticeSettings(weekly_self_check=True))


def test_the_prompt_is_off_by_default(qtbot: QtBot, context: AppContext) -> None:
    _host, prompt = shown_prompt(qtbot, context)
    assert not prompt.isVisible()
    assert PracticeSettings().weekly_self_check is False


def test_switched_on_it_offers_the_check_and_not_now_waits_a_day(
    qtbot: QtBot, context: AppContext, store: Store, clock: FakeClock
) -> None:
    switch_on(store)
    _host, prompt = shown_prompt(qtbot, context)
    assert prompt.isVisible() and "seven short questions" in prompt.text.text()
    with qtbot.waitSignal(context.self_check_requested):
        qtbot.mouseClick(prompt.take_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
    clock.advance(23 * 3600)
    prompt.refresh()
    assert not prompt.isVisible()
    clock.advance(3600)
    prompt.refresh()
    assert prompt.isVisible()


def test_after_a_check_the_prompt_waits_a_week(
    qtbot: QtBot, context: AppContext, store: Store, clock: FakeClock
) -> None:
    switch_on(store)
    _host, prompt = shown_prompt(qtbot, context)
    context.add_checkin(CheckIn.new([0] * 7, clock.now()))
    assert not prompt.isVisible()
    clock.advance(7 * 24 * 3600 - 60)
    prompt.refresh()
    assert not prompt.isVisible()
    clock.advance(60)
    prompt.refresh()
    assert prompt.isVisible() and "a week since your last self-check" in prompt.text.text()


# --- in the main window --------------------------------------------------------------------


def test_help_menu_opens_the_check_and_its_help_now_opens_crisis_support(
    qtbot: QtBot, window: MainWindow
) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert "Anxiety &self-check…" in [a.text() for a in help_menu.actions()]
    window.self_check.action.trigger()
    dialog = window.self_check.dialog
    assert isinstance(dialog, SelfCheckDialog) and dialog.isVisible()
    window.self_check.action.trigger()
    assert window.self_check.dialog is dialog, "a second request brings the same one forward"
    for row in dialog.rows:
        row.set_answer(2)
    dialog.save()
    qtbot.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    help_now = window.help_now.dialog
    assert isinstance(help_now, crisis_dialog.CrisisDialog) and help_now.isVisible()
    help_now.close()
    dialog.accept()
    assert window.self_check.dialog is None


def test_the_setting_is_in_the_settings_dialog_and_off_until_chosen(
    qtbot: QtBot, store: Store
) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.weekly_self_check.text() == "Weekly anxiety self-check"
    assert not dialog.weekly_self_check.isChecked()
    dialog.weekly_self_check.setChecked(True)
    dialog.accept()
    assert load_practice_settings(store)[0].weekly_self_check is True


# --- History -------------------------------------------------------------------------------


@pytest.fixture
def history(qtbot: QtBot, context: AppContext) -> HistoryView:
    view = HistoryView(context)
    qtbot.addWidget(view)
    view.resize(960, 640)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_history_charts_the_totals_beside_the_weekly_minutes(
    history: HistoryView, context: AppContext, clock: FakeClock
) -> None:
    page = history.sections.indexOf(history.self_check_page)
    assert not history.sections.isTabVisible(page)
    now = clock.now()
    context.add_checkin(CheckIn.new([3, 3, 3, 3, 0, 0, 0], now - timedelta(days=14)))
    context.add_checkin(CheckIn.new([1, 1, 1, 0, 0, 0, 0], now))
    assert history.sections.isVisible(), "results alone are worth showing"
    assert history.sections.isTabVisible(page)
    assert history.sections.tabText(page) == "Self-&check"
    history.sections.setCurrentIndex(page)
    assert history.checkins.isVisible() and history.checkin_minutes.isVisible()
    chart = history.checkins.chart
    assert isinstance(chart, SelfCheckChart)
    assert [(day, total) for _, day, total in chart.shown] == [
        (date(2025, 12, 22), 12),
        (date(2026, 1, 5), 3),
    ]
    # The weeks are the weekly minutes chart's: this Monday is its last bar.
    x_today = chart.shown[-1][0]
    assert round(x_today) == history.checkin_minutes.chart.count - 1
    assert [line.value() for line in chart.band_lines] == [5, 10, 15]
    assert chart.tip_at(x_today, 3) == "Mon 5 Jan 2026\ntotal 3 of 21: minimal anxiety symptoms"
    assert history.self_check_prompt.isHidden()


def test_importing_self_checks_in_the_app_reports_them_and_history_follows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "checks.csv"
    with Store.open(tmp_path / "other.db") as other:
        other.add_checkin(CheckIn.new([2] * 7, window.clock.now()))
        other.add_checkin(CheckIn.new([1] * 7, window.clock.now() - timedelta(weeks=1)))
        with source.open("w", encoding="utf-8", newline="") as stream:
            export_checkins(other, stream)
    window.tabs.setCurrentIndex(1)
    open_file(monkeypatch, source)
    run(qtbot, window.data, window.data.import_action)
    preview = window.data.dialog
    assert isinstance(preview, ImportPreviewDialog) and preview.import_button is not None
    assert preview.import_button.text() == "Import 2 self-checks"
    with (
        qtbot.waitSignal(window.context.checkins_changed, timeout=20_000),
        qtbot.waitSignal(window.data.task_finished, timeout=20_000),
    ):
        preview.import_button.click()
    report = window.data.dialog
    assert isinstance(report, ImportReportDialog)
    assert "held 2 self-checks" in report.summary.text()
    assert "Added to your history: <b>2</b>" in report.summary.text()
    assert [total for _, _, total in window.history.checkins.chart.shown] == [7, 14]
    report.reject()
