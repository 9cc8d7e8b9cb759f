"""F1 opens Help now from every window and dialog, modal ones included, one at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from calmkit.core.crisis import BUILT_IN, CrisisResources, load_crisis_resources
from calmkit.core.session import SessionStatus
from calmkit.core.store import Store
from calmkit.resources import resource_path
from calmkit.ui.main_window import HELP_REGION_SETTING, MainWindow
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.crisis_dialog import ELSEWHERE, CrisisDialog
from tests.ui.helpers import press_key_where_the_keyboard_is


def resources() -> CrisisResources:
    return load_crisis_resources(resource_path("crisis.toml"))


def press_f1(qtbot: QtBot, window: QWidget) -> None:
    press_key_where_the_keyboard_is(qtbot, window, Qt.Key.Key_F1)


def help_dialog(window: MainWindow) -> CrisisDialog:
    dialog = window.help_now.dialog
    assert dialog is not None, "Help now did not open"
    return dialog


def f1_opens_help_over(qtbot: QtBot, window: MainWindow, dialog: QWidget) -> CrisisDialog:
    press_f1(qtbot, dialog)
    shown = help_dialog(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    assert shown.isVisible() and shown.isModal()
    assert dialog.isVisible(), "the dialog underneath stays open"
    assert "TelefonSeelsorge" in shown.text.toPlainText()
    return shown


def close_help(qtbot: QtBot, window: MainWindow) -> None:
    help_dialog(window).close_button.click()
    qtbot.waitUntil(lambda: window.help_now.dialog is None)


@pytest.fixture(autouse=True)
def german_region(store: Store) -> None:
    store.set_setting(HELP_REGION_SETTING, "DE")


def test_f1_in_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    press_f1(qtbot, window)
    dialog = help_dialog(window)
    assert dialog.region.currentData() == "DE"
    close_help(qtbot, window)


def test_f1_during_a_session_pauses_it(qtbot: QtBot, window: MainWindow) -> None:
    window.start_exercise("box")
    assert window.session is not None
    window.activateWindow()
    window.session.setFocus()
    press_f1(qtbot, window)
    help_dialog(window)
    assert window.session.runner.status is SessionStatus.PAUSED
    close_help(qtbot, window)


def test_f1_over_settings(qtbot: QtBot, window: MainWindow) -> None:
    window.data.open_settings()
    settings = window.data.dialog
    assert settings is not None
    f1_opens_help_over(qtbot, window, settings)
    close_help(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    settings.reject()


def test_f1_over_the_caution_before_a_session(qtbot: QtBot, window: MainWindow) -> None:
    window.preferences = window.preferences.with_changes(cautions_seen=())
    window.start_exercise("box")
    assert window.session is not None
    caution = window.session.caution_dialog
    assert caution is not None
    f1_opens_help_over(qtbot, window, caution)
    close_help(qtbot, window)
    assert window.session.caution_dialog is caution, "the caution still waits for an answer"
    caution.reject()


def test_f1_over_the_pattern_editor(qtbot: QtBot, window: MainWindow) -> None:
    window.patterns.new_pattern()
    editor = window.patterns.editor
    assert editor is not None
    f1_opens_help_over(qtbot, window, editor)
    close_help(qtbot, window)
    editor.reject()


def test_f1_over_about(qtbot: QtBot, window: MainWindow) -> None:
    window._about()
    about = window.about_box
    assert about is not None and "press F1" in about.text()
    f1_opens_help_over(qtbot, window, about)
    close_help(qtbot, window)
    about.close()


def in_nested_loop(
    qtbot: QtBot, find: Callable[[], QDialog | None], check: Callable[[QDialog], None]
) -> list[str]:
    """Run `check` on the dialog a blocking call (exec) shows, then close it, whatever
    happens: a failed check must not leave the test waiting on a modal dialog."""
    problems: list[str] = []

    def step() -> None:
        dialog = find()
        if dialog is None:
            QTimer.singleShot(10, step)
            return
        try:
            check(dialog)
        except Exception as error:  # reported after the dialog closes
            problems.append(repr(error))
        finally:
            dialog.reject()

    QTimer.singleShot(0, step)
    return problems


def test_f1_over_a_file_dialog(qtbot: QtBot, window: MainWindow) -> None:
    def file_dialog() -> QDialog | None:
        modal = QApplication.activeModalWidget()
        return modal if isinstance(modal, QFileDialog) and modal.isVisible() else None

    def check(dialog: QDialog) -> None:
        # Found visible as a widget: Qt's own file dialog (no desktop's native one here).
        f1_opens_help_over(qtbot, window, dialog)
        close_help(qtbot, window)

    problems = in_nested_loop(qtbot, file_dialog, check)
    window.data.import_history()  # blocks in the file dialog until `check` has run
    assert problems == []
    assert window.help_now.dialog is None


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_f1_while_a_menu_is_open(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    qtbot.keyClick(menu, Qt.Key.Key_F1)
    help_dialog(window)
    close_help(qtbot, window)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_f1_while_a_dialog_s_list_is_open(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox, QVBoxLayout

    dialog = QDialog(window)
    combo = QComboBox()
    combo.addItems(["one", "two"])
    QVBoxLayout(dialog).addWidget(combo)
    dialog.open()  # window-modal, like the app's dialogs
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_F1)
    help_dialog(window)
    close_help(qtbot, window)
    dialog.reject()


def test_f1_with_two_windows_open_side_by_side(qtbot: QtBot, window: MainWindow) -> None:
    """Two unblocked windows both bind F1, which Qt calls ambiguous: Help now opens anyway."""
    other = QDialog(window)
    other.setWindowTitle("A window beside the main one")
    other.show()  # not modal: the main window stays usable
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    press_f1(qtbot, other)
    help_dialog(window)
    close_help(qtbot, window)
    other.close()


def test_f1_in_help_now_keeps_one_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    press_f1(qtbot, window)
    first = help_dialog(window)
    press_f1(qtbot, first)
    assert help_dialog(window) is first
    assert [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrisisDialog) and w.isVisible()
    ] == [first]
    close_help(qtbot, window)


def test_the_region_chosen_is_shown_first_and_remembered(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = window.help_now.open()
    nz = dialog.region.findData("NZ")
    dialog.region.setCurrentIndex(nz)
    text = dialog.text.toPlainText()
    assert text.index("In New Zealand") < text.index("Need to talk? 1737") < text.index("Other")
    assert "call 111 now" in dialog.emergency.text()
    assert store.setting(HELP_REGION_SETTING) == "NZ"
    close_help(qtbot, window)
    assert window.help_now.open().region.currentData() == "NZ"
    close_help(qtbot, window)


def test_somewhere_else_gives_the_directory_and_the_emergency_sentence(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = window.help_now.open()
    dialog.region.setCurrentIndex(dialog.region.findData(ELSEWHERE))
    text = dialog.text.toPlainText()
    assert "Find A Helpline (findahelpline.com)" in text
    assert "call your local emergency number now" in dialog.emergency.text()
    assert "Crisis lines by country" in text and "TelefonSeelsorge" in text
    assert store.setting(HELP_REGION_SETTING) == ELSEWHERE
    close_help(qtbot, window)


def test_the_system_locale_s_country_is_used_until_one_is_chosen(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM settings WHERE key = ?", (HELP_REGION_SETTING,))
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_IN")))
    dialog = window.help_now.open()
    assert dialog.region.currentData() == "IN"
    assert dialog.text.toPlainText().index("Tele-MANAS") < dialog.text.toPlainText().index("988")
    close_help(qtbot, window)


def test_the_dialog_says_you_need_not_be_suicidal_and_marks_24_7(qtbot: QtBot) -> None:
    dialog = CrisisDialog(resources(), "DE")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "You do not need to be suicidal to call." in text
    assert "TelefonSeelsorge · open 24/7" in text
    assert "Call 0800 111 0 111 or 0800 111 0 222 (free)" in text
    assert "call 112 now" in dialog.emergency.text()
    assert "Numbers last checked 22 November 2026." in text


def test_dates_stay_english_under_a_german_locale(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import locale
    from dataclasses import replace
    from datetime import date

    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        pytest.skip("the de_DE.UTF-8 locale is not installed (localedef -i de_DE -f UTF-8)")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    march = replace(resources(), last_checked=date(2026, 3, 22))
    try:
        dialog = CrisisDialog(march, "DE")
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
    finally:
        locale.setlocale(locale.LC_TIME, "C")
    assert "Numbers last checked 22 March 2026." in text
    assert "März" not in text


def test_without_the_file_help_now_still_gives_emergency_numbers(qtbot: QtBot) -> None:
    dialog = CrisisDialog(BUILT_IN, "GB")
    qtbot.addWidget(dialog)
    assert "call 999 now (112 also works from a mobile phone)" in dialog.emergency.text()
    text = dialog.text.toPlainText()
    assert "could not be read" in text and "findahelpline.com" in text
    dialog.show_region(None)
    assert "call your local emergency number now" in dialog.emergency.text()


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def darkest(image: QImage) -> QColor:
    colours = (
        QColor(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())
    )
    return min(colours, key=lambda c: c.lightnessF())


def test_its_colours_are_the_app_s_even_on_a_dark_desktop(
    qtbot: QtBot, app_theme: Callable[[str], None]
) -> None:
    """A dark desktop palette, and Light chosen in Settings: the text is dark on light."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, sheet = app.palette(), app.styleSheet()
    dark = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#242424"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#303030"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Link, "#99c1f1"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)  # what the desktop gave
    theme.apply_colours(app, theme.LIGHT_COLOURS)  # what choosing Light does
    try:
        dialog = CrisisDialog(resources(), "DE")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        text = dialog.text.viewport().grab().toImage()
        light = theme.LIGHT_COLOURS
        assert QColor(text.pixel(2, 2)) == light.surface
        assert contrast(darkest(text), light.surface) >= 7, "the lines are dark on light"
        combo = dialog.region.grab().toImage()
        middle = QColor(combo.pixel(combo.width() // 2, combo.height() // 2))
        assert contrast(darkest(combo), middle) >= 7, "the region's name is readable"
        assert contrast(light.accent, light.surface) >= 4.5, "links are readable"
        assert f"color:{light.accent.name()}" in dialog.text.toHtml().replace(" ", "")
    finally:
        app.setPalette(before)
        app.setStyleSheet(sheet)


def test_the_app_uses_qt_s_own_file_dialogs_so_f1_reaches_them() -> None:
    """A desktop's native file dialog (GTK, the portal) is not a Qt window: F1 cannot reach
    it. Checked under Xvfb with the GTK theme, where Qt would otherwise pick GTK's dialog."""
    from calmkit.app import _application

    app = _application()
    assert app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
