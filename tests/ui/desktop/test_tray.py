"""The tray icon: open, quick start, pause and stop, quit; closing into the tray."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calmkit.core.desktop import TRAY_EXPLAINED, DesktopSettings, save_desktop_settings
from calmkit.core.reminders import ReminderSettings
from calmkit.core.session import SessionStatus
from calmkit.core.store import Store
from calmkit.ui.desktop.integration import DesktopIntegration
from calmkit.ui.desktop.tray import Tray
from calmkit.ui.main_window import MainWindow
from tests.core.factories import make_record

# The offscreen platform has no tray to watch for; on a desktop the icon docks as it appears.
pytestmark = pytest.mark.qt_log_ignore("No such signal .*systemTrayWindowChanged")


@pytest.fixture
def desktop(window: MainWindow) -> Iterator[DesktopIntegration]:
    """As on a desktop with a tray (offscreen has none, but the icon and menu still work)."""
    integration = DesktopIntegration(window, tray_available=True)
    yield integration
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def tray(desktop: DesktopIntegration) -> Tray:
    assert desktop.tray is not None
    return desktop.tray


def _names(tray: Tray) -> list[str]:
    return [a.text() for a in tray.start_menu.actions()]


def test_the_tray_offers_recent_exercises_first_then_the_library(
    tray: Tray, window: MainWindow, store: Store
) -> None:
    first_two = [window.catalog.name_of(i) for i in window.catalog.ids[:2]]
    assert _names(tray)[:2] == first_two, "nothing practised yet: the library's first ones"
    store.add_session(make_record(exercise_id="resonance"))
    window.context.notify_sessions_changed()
    names = _names(tray)
    assert names[0] == window.catalog.name_of("resonance")
    assert len(names) == 5 and len(set(names)) == 5


def test_a_quick_start_opens_the_window_with_that_exercise(tray: Tray, window: MainWindow) -> None:
    window.hide()
    tray.start_menu.actions()[1].trigger()
    assert window.isVisible()
    assert window.session is not None
    assert window.session.exercise.id == window.catalog.ids[1]


def test_pause_and_stop_follow_the_running_session(tray: Tray, window: MainWindow) -> None:
    tray.update_session_actions()
    assert not tray.pause_action.isEnabled() and not tray.stop_action.isEnabled()
    window.start_exercise("box")
    assert window.session is not None
    tray.update_session_actions()
    assert tray.pause_action.isEnabled()
    tray.pause_action.trigger()
    assert window.session.runner.status is SessionStatus.PAUSED
    assert tray.pause_action.text() == "&Resume session"
    tray.pause_action.trigger()
    assert window.session.runner.status is SessionStatus.RUNNING
    window.clock.advance(30)
    tray.stop_action.trigger()
    assert window.session.runner.status is SessionStatus.STOPPED
    assert not tray.stop_action.isEnabled()


def test_closing_quits_unless_the_tray_setting_is_on(
    desktop: DesktopIntegration, window: MainWindow
) -> None:
    assert not window.keeps_in_tray(), "off by default"
    window.start_exercise("box")
    assert window.session is not None
    window.clock.advance(61)  # type: ignore[attr-defined]
    window.close()
    assert not window.isVisible()
    assert [s.exercise_id for s in window.store.sessions()] == ["box"], "ended and kept"


def test_with_the_setting_on_closing_hides_into_the_tray_and_says_so_once(
    desktop: DesktopIntegration,
    tray: Tray,
    window: MainWindow,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda title, *_: messages.append(title))
    save_desktop_settings(store, DesktopSettings(keep_in_tray=True))
    window.context.notify_settings_changed()
    window.start_exercise("box")
    assert window.session is not None
    window.close()
    assert not window.isVisible()
    assert window.session is not None, "still open, waiting"
    assert window.session.runner.status is SessionStatus.PAUSED
    assert messages == ["CalmKit is still here"]
    assert store.setting(TRAY_EXPLAINED) is True
    tray.open_action.trigger()
    assert window.isVisible()
    window.close()
    assert messages == ["CalmKit is still here"], "said only the first time"


def test_quit_from_the_tray_ends_calmkit_and_keeps_the_session(
    desktop: DesktopIntegration, tray: Tray, window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    save_desktop_settings(store, DesktopSettings(keep_in_tray=True))
    window.context.notify_settings_changed()
    window.start_exercise("box")
    assert window.session is not None
    window.clock.advance(61)  # type: ignore[attr-defined]
    tray.quit_action.trigger()
    assert not window.isVisible()
    (session,) = store.sessions()
    assert session.exercise_id == "box"


def test_without_a_tray_the_setting_cannot_be_chosen(window: MainWindow) -> None:
    desktop = DesktopIntegration(window, tray_available=False)
    assert desktop.tray is None
    assert QApplication.quitOnLastWindowClosed()
    from calmkit.ui.desktop.settings_page import DesktopPage

    page = DesktopPage(
        DesktopSettings(keep_in_tray=True),
        ReminderSettings(),
        window.catalog,
        tray_available=False,
        starts_at_login=False,
        problems=[],
    )
    assert not page.keep_in_tray.isEnabled() and not page.keep_in_tray.isChecked()
    window.close()
    assert not window.isVisible()
