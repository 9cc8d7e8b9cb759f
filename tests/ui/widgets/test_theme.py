"""The themes: every text colour pair readable, the desktop's scheme followed live, and what is
drawn ahead of time (the pacer, the charts) redrawn in the new colours."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from calmkit.core.settings import THEMES as STORED_CHOICES
from calmkit.ui.widgets import theme


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance, written out here rather than borrowed from the tool."""

    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_luminance_formula_gives_wcag_s_known_ratios() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("colours", theme.THEMES.values(), ids=list(theme.THEMES))
def test_every_text_pair_of_every_theme_reaches_its_floor(colours: theme.Colours) -> None:
    low = {
        f"{fg} on {bg}": round(contrast(getattr(colours, fg), getattr(colours, bg)), 2)
        for fg, bg in theme.TEXT_PAIRS
        if contrast(getattr(colours, fg), getattr(colours, bg)) < colours.min_contrast
    }
    assert not low, f"{colours.name}: below {colours.min_contrast}:1: {low}"


def test_high_contrast_asks_for_7_to_1_and_the_others_for_4_5() -> None:
    floors = {name: c.min_contrast for name, c in theme.THEMES.items()}
    assert floors == {"light": 4.5, "dark": 4.5, "high-contrast": 7.0}


def test_the_choices_settings_store_are_the_theme_s_own() -> None:
    assert set(STORED_CHOICES) == {theme.SYSTEM, *theme.THEMES}


@pytest.mark.parametrize("name", list(theme.THEMES))
def test_each_style_sheet_is_valid_and_styles_the_main_action(
    qtbot: QtBot, app_theme: Callable[[str], None], name: str
) -> None:
    """Qt warns about a style sheet it cannot parse, and the suite fails on Qt warnings."""
    app_theme(name)
    button = QPushButton("Start")
    button.setProperty("role", "primary")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    image = button.grab().toImage()
    middle = QColor(image.pixel(4, image.height() // 2))
    assert middle == theme.THEMES[name].accent, "the one accent marks the main action"


def test_system_follows_the_desktop_scheme_and_a_fixed_choice_does_not() -> None:
    dark, light = Qt.ColorScheme.Dark, Qt.ColorScheme.Light
    assert theme.resolve("system", dark) is theme.DARK_COLOURS
    assert theme.resolve("system", light) is theme.LIGHT_COLOURS
    assert theme.resolve("system", Qt.ColorScheme.Unknown) is theme.LIGHT_COLOURS
    assert theme.resolve("light", dark) is theme.LIGHT_COLOURS
    assert theme.resolve("high-contrast", dark) is theme.HIGH_CONTRAST_COLOURS
    assert theme.resolve("system", dark, high_contrast_wanted=True).min_contrast == 7.0


def test_the_app_turns_dark_live_when_the_desktop_does(
    qtbot: QtBot,
    qapp: QApplication,
    app_theme: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_theme("light")
    scheme = [Qt.ColorScheme.Light]
    monkeypatch.setattr(theme, "_desktop_scheme", lambda: scheme[0])
    monkeypatch.setattr(theme, "_follower", None)  # a fresh start, as when CalmKit opens
    follower = theme.follow(qapp, "system")
    label = QLabel("Breathe in")
    qtbot.addWidget(label)
    assert theme.colours() is theme.LIGHT_COLOURS
    scheme[0] = Qt.ColorScheme.Dark
    with qtbot.waitSignal(theme.signals().changed):
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.colours() is theme.DARK_COLOURS
    assert qapp.palette().color(qapp.palette().ColorRole.Window) == theme.DARK_COLOURS.background
    follower.set_choice("light")  # chosen in Settings: the desktop no longer decides
    with qtbot.assertNotEmitted(theme.signals().changed):
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.colours() is theme.LIGHT_COLOURS
    follower.setParent(None)
    follower.deleteLater()  # and monkeypatch puts back the follower there was before


@pytest.mark.parametrize("colours", theme.THEMES.values(), ids=list(theme.THEMES))
def test_the_focus_ring_stands_out_3_to_1_from_everything_it_is_drawn_on(
    colours: theme.Colours,
) -> None:
    """WCAG 1.4.11 (non-text contrast) for the indicator 2.4.7 asks for."""
    low = {
        bg: round(contrast(colours.focus, getattr(colours, bg)), 2)
        for bg in theme.FOCUS_BACKGROUNDS
        if contrast(colours.focus, getattr(colours, bg)) < 3.0
    }
    assert not low, f"{colours.name}: focus ring below 3:1 on {low}"


def test_the_desktop_s_contrast_wish_reads_again_after_every_other_reference_is_gone(
    qapp: QApplication,
) -> None:
    """PySide ties the accessibility hints' wrapper to the styleHints() wrapper they came
    from; the theme keeps that one, so no read ever meets an "already deleted" object."""
    first = theme._desktop_wants_high_contrast()
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    accessibility.contrastPreference()
    del hints, accessibility
    gc.collect()
    assert theme._desktop_wants_high_contrast() is first
    # Even a chain of temporaries elsewhere works, while the theme holds the hints.
    preference = QGuiApplication.styleHints().accessibility().contrastPreference()
    gc.collect()
    assert (preference is Qt.ContrastPreference.HighContrast) is first
    assert theme._desktop_wants_high_contrast() is first
    qapp.processEvents()  # and nothing deleted is touched later


def test_following_the_desktop_a_high_contrast_wish_gives_high_contrast_live(
    qtbot: QtBot,
    qapp: QApplication,
    app_theme: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_theme("light")
    wish = [False]
    monkeypatch.setattr(theme, "_desktop_wants_high_contrast", lambda: wish[0])
    monkeypatch.setattr(theme, "_desktop_scheme", lambda: Qt.ColorScheme.Dark)
    monkeypatch.setattr(theme, "_follower", None)  # a fresh start, as when CalmKit opens
    follower = theme.follow(qapp, "system")
    assert theme.colours() is theme.DARK_COLOURS
    contrast_changed = theme._style_hints().accessibility().contrastPreferenceChanged

    wish[0] = True  # the person turns on high contrast on their desktop
    with qtbot.waitSignal(theme.signals().changed):
        contrast_changed.emit(Qt.ContrastPreference.HighContrast)
    assert theme.colours() is theme.HIGH_CONTRAST_COLOURS
    window = qapp.palette().color(qapp.palette().ColorRole.Window)
    assert window == theme.HIGH_CONTRAST_COLOURS.background
    assert theme.colours().min_contrast == 7.0

    for chosen in ("light", "dark"):  # chosen in Settings: the choice wins over the wish
        follower.set_choice(chosen)
        assert theme.colours() is theme.THEMES[chosen]
        with qtbot.assertNotEmitted(theme.signals().changed):
            contrast_changed.emit(Qt.ContrastPreference.HighContrast)
        assert theme.colours() is theme.THEMES[chosen]

    follower.set_choice("system")
    assert theme.colours() is theme.HIGH_CONTRAST_COLOURS
    wish[0] = False  # and off again
    with qtbot.waitSignal(theme.signals().changed):
        contrast_changed.emit(Qt.ContrastPreference.NoPreference)
    assert theme.colours() is theme.DARK_COLOURS
    follower.setParent(None)
    follower.deleteLater()  # and monkeypatch puts back the follower there was before
