"""Reminders in the running app: one fires at its time and starts the exercise, stays quiet
on a practised day, snoozes, catches up once after a gap; and the Settings page sets them."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock
from calmkit.core.reminders import (
    ReminderSettings,
    load_reminder_settings,
    save_reminder_settings,
)
from calmkit.core.store import Store
from calmkit.ui.desktop.integration import DesktopIntegration
from calmkit.ui.desktop.notifications import Notifier, TrayNotifier, WindowNotifier
from calmkit.ui.desktop.reminders import LONGEST_WAIT_MS, ReminderService
from calmkit.ui.desktop.settings_page import DesktopPage
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record

NINE_O_FIVE = ReminderSettings(on=True, times=(time(9, 5),), exercise_id="box")


class RecordingNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []

    def show_reminder(self, title: str, text: str, exercise_name: str) -> None:
        self.shown.append((title, text))


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def desktop(
    window: MainWindow, store: Store, notifier: RecordingNotifier, tmp_path: Path
) -> DesktopIntegration:
    """Reminders at 09:05 every day; the clock says 09:00 on Monday 5 January 2026."""
    save_reminder_settings(store, NINE_O_FIVE)
    return DesktopIntegration(
        window,
        tray_available=False,
        notifier=notifier,
        autostart_path=tmp_path / "autostart" / "calmkit.desktop",
    )


@pytest.fixture
def reminders(desktop: DesktopIntegration) -> ReminderService:
    return desktop.reminders


def test_a_reminder_fires_at_its_time_and_starts_the_exercise(
    reminders: ReminderService, notifier: RecordingNotifier, clock: FakeClock, window: MainWindow
) -> None:
    assert reminders.timer.isActive()
    assert reminders.timer.interval() == LONGEST_WAIT_MS, "looks at least once a minute"
    clock.advance(4 * 60 + 30)
    reminders.check()
    assert notifier.shown == []
    assert reminders.timer.interval() == 30_000, "aimed at 09:05"
    clock.advance(30)
    reminders.check()
    assert notifier.shown == [
        ("A moment for yourself", "When you are ready: Box breathing, about 4 min.")
    ]
    window.hide()
    notifier.start_chosen.emit()
    assert window.isVisible()
    assert window.session is not None and window.session.exercise.id == "box"


def test_the_real_timer_brings_the_reminder(
    qtbot: QtBot, reminders: ReminderService, notifier: RecordingNotifier, clock: FakeClock
) -> None:
    clock.advance(5 * 60)  # 09:05 has come; the timer's wait is shortened to now
    with qtbot.waitSignal(reminders.shown, timeout=5000):
        reminders.timer.start(0)
    assert len(notifier.shown) == 1


def test_no_reminder_on_a_day_already_practised(
    reminders: ReminderService, notifier: RecordingNotifier, clock: FakeClock, store: Store
) -> None:
    store.add_session(make_record(started_at=clock.now() - timedelta(minutes=50)))
    clock.advance(5 * 60)
    reminders.check()
    assert notifier.shown == []
    clock.advance(24 * 3600)
    reminders.check()
    assert len(notifier.shown) == 1, "the next day, not yet practised, has its reminder"


def test_snooze_brings_it_back_ten_minutes_later(
    reminders: ReminderService, notifier: RecordingNotifier, clock: FakeClock
) -> None:
    clock.advance(5 * 60)
    reminders.check()
    notifier.snooze_chosen.emit()
    clock.advance(9 * 60)
    reminders.check()
    assert len(notifier.shown) == 1
    clock.advance(60)
    reminders.check()
    assert len(notifier.shown) == 2


def test_after_the_computer_slept_one_reminder_comes_not_a_burst(
    window: MainWindow, store: Store, notifier: RecordingNotifier, clock: FakeClock
) -> None:
    save_reminder_settings(store, NINE_O_FIVE.with_changes(times=(time(9, 5), time(10), time(11))))
    window.context.notify_settings_changed()
    reminders = DesktopIntegration(window, tray_available=False, notifier=notifier).reminders
    clock.advance(3 * 3600)  # asleep from 09:00 to 12:00
    reminders.check()
    reminders.check()
    assert len(notifier.shown) == 1


def test_no_reminder_interrupts_a_session(
    reminders: ReminderService, notifier: RecordingNotifier, clock: FakeClock, window: MainWindow
) -> None:
    window.start_exercise("resonance")
    clock.advance(5 * 60)
    reminders.check()
    assert notifier.shown == []


def test_without_notifications_or_a_tray_calmkit_asks_in_a_small_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    notifier = WindowNotifier(window)
    started: list[bool] = []
    notifier.start_chosen.connect(lambda: started.append(True))
    notifier.show_reminder(
        "A moment for yourself", "When you are ready: Box breathing.", "Box breathing"
    )
    assert notifier.box is not None and notifier.box.isVisible()
    notifier.start_button.click()
    assert started == [True]
    assert notifier.box is None


def _settings_page(window: MainWindow) -> tuple[QDialog, DesktopPage]:
    window.data.open_settings()
    dialog = window.data.dialog
    assert dialog is not None
    pages = dialog.pages  # type: ignore[attr-defined]
    page = next(
        pages.widget(i) for i in range(pages.count()) if isinstance(pages.widget(i), DesktopPage)
    )
    return dialog, page


def test_settings_choose_times_weekdays_exercise_and_starting_at_log_in(
    desktop: DesktopIntegration, window: MainWindow, store: Store
) -> None:
    dialog, page = _settings_page(window)
    assert page.reminders_on.isChecked()
    assert [row.moment() for row in page.time_rows] == [time(9, 5)]
    page.add_time.click()
    page.time_rows[-1].edit.setTime(page.time_rows[-1].edit.time().addSecs(6 * 3600))  # 18:00
    page.weekday_boxes[6].setChecked(False)  # no Sundays
    page.exercise.setCurrentIndex(page.exercise.findData("resonance"))
    page.start_at_login.setChecked(True)
    dialog.accept()
    settings, problems = load_reminder_settings(store)
    assert problems == []
    assert settings == ReminderSettings(
        on=True,
        times=(time(9, 5), time(18, 0)),
        weekdays=frozenset(range(6)),
        exercise_id="resonance",
    )
    assert desktop.reminders.settings == settings, "in effect at once"
    entry = desktop.autostart_path.read_text()
    assert "--hidden" in entry and f"--data-dir {window.data.paths.data_dir}" in entry
    dialog, page = _settings_page(window)
    assert page.start_at_login.isChecked()
    page.start_at_login.setChecked(False)
    page.reminders_on.setChecked(False)
    assert not page.details.isEnabled()
    dialog.accept()
    assert not desktop.autostart_path.exists()
    assert not load_reminder_settings(store)[0].on


def test_a_bad_saved_reminder_setting_is_shown_on_the_page(
    window: MainWindow, store: Store, notifier: RecordingNotifier, caplog: pytest.LogCaptureFixture
) -> None:
    store.set_setting("reminders", {"on": True, "times": "seven", "weekdays": [0]})
    DesktopIntegration(window, tray_available=False, notifier=notifier)
    assert caplog.text.count("reminder setting times") == 1, "reported once"
    dialog, page = _settings_page(window)
    notices = [
        label.text() for label in page.findChildren(QLabel) if "could not be used" in label.text()
    ]
    assert len(notices) == 1 and "times" in notices[0]
    assert [row.moment() for row in page.time_rows] == [time(19, 0)], "the default shows"
    dialog.reject()
    assert store.setting("reminders")["times"] == "seven", "nothing rewritten until saved"


@pytest.mark.qt_log_ignore("No such signal .*systemTrayWindowChanged")
def test_in_the_tray_the_reminder_waits_in_the_menu_until_answered(
    window: MainWindow, store: Store, clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QApplication

    save_reminder_settings(store, NINE_O_FIVE)
    desktop = DesktopIntegration(window, tray_available=True)
    try:
        notifier = desktop.reminders.notifier
        assert isinstance(notifier, TrayNotifier)
        assert not notifier.start_action.isVisible()
        clock.advance(5 * 60)
        desktop.reminders.check()
        assert notifier.start_action.isVisible()
        assert notifier.start_action.text() == "Start Box breathing now"
        notifier.snooze_action.trigger()
        assert not notifier.start_action.isVisible()
        clock.advance(10 * 60)
        desktop.reminders.check()
        notifier.start_action.trigger()
        assert window.session is not None and window.session.exercise.id == "box"
    finally:
        QApplication.setQuitOnLastWindowClosed(True)


def test_a_reminder_still_showing_goes_once_the_day_is_practised(
    reminders: ReminderService,
    notifier: RecordingNotifier,
    clock: FakeClock,
    window: MainWindow,
    store: Store,
) -> None:
    withdrawn: list[bool] = []
    notifier.withdraw = lambda: withdrawn.append(True)  # type: ignore[method-assign]
    clock.advance(5 * 60)
    reminders.check()
    window.context.add_session(make_record(started_at=clock.now() - timedelta(minutes=10)))
    assert withdrawn == [True]
