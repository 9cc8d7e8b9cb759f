"""CalmKit's visual design, written down once: the colours of each theme (light, dark, high
contrast), the type scale, spacing, corner radii and the focus ring, and the style sheet and
palette made from them. Views take every colour and size from here; nothing is styled ad hoc.

The theme in use can change while CalmKit runs (the desktop turns dark, or the person picks
one in Settings): read colours with `colours()` when painting, and connect to
`signals().changed` to redraw anything drawn ahead of time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen, QStyleHints
from PySide6.QtWidgets import QApplication, QLayout, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

# The choices a person has (stored by calmkit.core.settings), "system" following the desktop.
SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"


@dataclass(frozen=True, slots=True)
class Colours:
    """One theme's colours. Every pair a view draws text with is in TEXT_PAIRS, and a test
    holds each to the theme's contrast floor."""

    name: str
    dark: bool
    min_contrast: float  # WCAG contrast ratio every text pair here reaches
    background: QColor  # the window and pages
    surface: QColor  # cards, lists, fields, buttons
    text: QColor
    muted_text: QColor  # secondary text; still reads at the floor
    accent: QColor  # the one accent: the main action, progress, the pacer
    on_accent: QColor  # text on the accent
    accent_soft: QColor  # selection and checked backgrounds, under `text`
    guide: QColor  # quiet fills: progress grooves, the pacer's guides, resting marks
    border: QColor  # lines around cards, fields and buttons
    focus: QColor  # the keyboard focus ring
    tense: QColor  # muscle relaxation's tensing: warm, never mistaken for the accent
    on_tense: QColor
    tense_fill: QColor  # body map fills (shapes, not text)
    release_fill: QColor
    danger: QColor  # a destructive button's background
    on_danger: QColor
    error: QColor  # a message that something must be fixed
    note: QColor  # a gentle warning
    before: QColor  # History: the rating before a session (after is the accent)
    chart_link: QColor  # the line joining a before and an after rating
    heat: tuple[QColor, ...]  # the practice calendar, from no practice to the most


def _c(value: str) -> QColor:
    return QColor(value)


# Quiet greens and greys, like a calm room: one teal accent for what to do next.
LIGHT_COLOURS = Colours(
    name=LIGHT,
    dark=False,
    min_contrast=4.5,
    background=_c("#f3f6f5"),
    surface=_c("#ffffff"),
    text=_c("#1f2d2b"),
    muted_text=_c("#4e5f5c"),
    accent=_c("#2a7570"),
    on_accent=_c("#ffffff"),
    accent_soft=_c("#cde5e1"),
    guide=_c("#d5e2df"),
    border=_c("#cbd8d5"),
    focus=_c("#2a7570"),
    tense=_c("#97520a"),
    on_tense=_c("#ffffff"),
    tense_fill=_c("#f2b866"),
    release_fill=_c("#8ccbc4"),
    danger=_c("#9b3d3d"),
    on_danger=_c("#ffffff"),
    error=_c("#a3271c"),
    note=_c("#7a5410"),
    before=_c("#a8703f"),
    chart_link=_c("#c9d6d3"),
    heat=(_c("#e3ebe9"), _c("#bfe0dc"), _c("#86c3bc"), _c("#4f9d96"), _c("#2a7570")),
)

# Deep green-greys, never pure black, with a lighter accent carrying dark text.
DARK_COLOURS = Colours(
    name=DARK,
    dark=True,
    min_contrast=4.5,
    background=_c("#1b2120"),
    surface=_c("#242c2b"),
    text=_c("#e4ebe9"),
    muted_text=_c("#a7b5b2"),
    accent=_c("#7fc7bf"),
    on_accent=_c("#102523"),
    accent_soft=_c("#2e4845"),
    guide=_c("#36423f"),
    border=_c("#3f4c4a"),
    focus=_c("#7fc7bf"),
    tense=_c("#f0b06a"),
    on_tense=_c("#2a1a05"),
    tense_fill=_c("#b9772c"),
    release_fill=_c("#3f8a82"),
    danger=_c("#e8a0a0"),
    on_danger=_c("#2a0d0d"),
    error=_c("#f2a49b"),
    note=_c("#e8c47e"),
    before=_c("#d9a070"),
    chart_link=_c("#4a5a57"),
    heat=(_c("#2c3634"), _c("#2f5551"), _c("#3f7a73"), _c("#5aa39a"), _c("#8fd3ca")),
)

# Black on white, strong borders, a darker accent: everything at 7:1 or more.
HIGH_CONTRAST_COLOURS = Colours(
    name=HIGH_CONTRAST,
    dark=False,
    min_contrast=7.0,
    background=_c("#ffffff"),
    surface=_c("#ffffff"),
    text=_c("#000000"),
    muted_text=_c("#303030"),
    accent=_c("#00504b"),
    on_accent=_c("#ffffff"),
    accent_soft=_c("#bfe8e2"),
    guide=_c("#cfcfcf"),
    border=_c("#000000"),
    focus=_c("#000000"),
    tense=_c("#6e3700"),
    on_tense=_c("#ffffff"),
    tense_fill=_c("#e59a3a"),
    release_fill=_c("#4fb3a8"),
    danger=_c("#7a1414"),
    on_danger=_c("#ffffff"),
    error=_c("#8a1010"),
    note=_c("#553a00"),
    before=_c("#7a3d00"),
    chart_link=_c("#555555"),
    heat=(_c("#eeeeee"), _c("#9fd8d0"), _c("#4fb3a8"), _c("#1f7f76"), _c("#00504b")),
)

THEMES = {c.name: c for c in (LIGHT_COLOURS, DARK_COLOURS, HIGH_CONTRAST_COLOURS)}

# (foreground, background) field names of every pair used for text somewhere.
TEXT_PAIRS = (
    ("text", "background"),
    ("text", "surface"),
    ("text", "accent_soft"),
    ("muted_text", "background"),
    ("muted_text", "surface"),
    ("muted_text", "guide"),  # a resting badge
    ("accent", "background"),  # the phase word, links, figures
    ("accent", "surface"),
    ("on_accent", "accent"),  # the main action's button
    ("tense", "background"),
    ("on_tense", "tense"),
    ("on_danger", "danger"),
    ("error", "background"),
    ("error", "surface"),
    ("note", "background"),
    ("note", "surface"),
)

# What the focus ring is drawn on (a page, a card or field, a selected card); a test holds
# the ring to WCAG's 3:1 for non-text contrast against each.
FOCUS_BACKGROUNDS = ("background", "surface", "accent_soft")


@dataclass(frozen=True, slots=True)
class TypeScale:
    """Point sizes by role. Body text keeps the desktop's own size."""

    caption: float = 9.0  # chart axes
    heading: float = 15.0
    stat: float = 17.0
    title: float = 20.0
    countdown: float = 18.0
    badge: float = 14.0
    instruction: float = 22.0  # muscle relaxation's instruction
    phase: float = 30.0  # the word of the moment in a session: large, read from a distance


@dataclass(frozen=True, slots=True)
class Spacing:
    """Gaps and margins in pixels, on a 4 px grid: generous, so nothing crowds."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 16  # noqa: E741 (the size names read better than numbers)
    xl: int = 24
    xxl: int = 36
    page: int = 48  # around a session's content


@dataclass(frozen=True, slots=True)
class Radii:
    small: int = 6  # buttons, fields
    medium: int = 10  # cards and lists
    pill: int = 15  # badges


@dataclass(frozen=True, slots=True)
class FocusRing:
    width: int = 2
    high_contrast_width: int = 3


TYPE = TypeScale()
SPACE = Spacing()
RADIUS = Radii()
FOCUS = FocusRing()

_current: Colours = LIGHT_COLOURS


def page_margins(layout: QLayout) -> None:
    """The generous margins of a page or dialog's outermost layout."""
    layout.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.l)
    layout.setSpacing(SPACE.m)


def colours() -> Colours:
    """The colours of the theme in use now."""
    return _current


def focus_width(c: Colours | None = None) -> int:
    c = c or _current
    return FOCUS.high_contrast_width if c.name == HIGH_CONTRAST else FOCUS.width


def draw_focus_ring(
    painter: QPainter, rect: QRect, c: Colours | None = None, radius: int | None = None
) -> None:
    """The theme's focus ring inside `rect`, for what is painted rather than styled (a card
    in a list, the rating question)."""
    c = c or _current
    width = focus_width(c)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(c.focus, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    corner = RADIUS.small if radius is None else radius
    painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), corner, corner)
    painter.restore()


def style_sheet(c: Colours) -> str:
    """The application's style sheet for `c`: every role a view sets is styled here."""
    n = {
        f.name: getattr(c, f.name).name()
        for f in fields(c)
        if isinstance(getattr(c, f.name), QColor)
    }
    ring = focus_width(c)
    r, t, s = RADIUS, TYPE, SPACE
    return f"""
QMainWindow, QDialog, QWidget#page {{ background: {n["background"]}; }}
QLabel {{ color: {n["text"]}; }}
QLabel[role="muted"] {{ color: {n["muted_text"]}; }}
QLabel[role="title"] {{ font-size: {t.title}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {t.heading}pt; font-weight: 600; }}
QLabel[role="phase"] {{ font-size: {t.phase}pt; font-weight: 500; color: {n["accent"]}; }}
QLabel[role="phase-tense"] {{ font-size: {t.phase}pt; font-weight: 500; color: {n["tense"]}; }}
QLabel[role="countdown"] {{ font-size: {t.countdown}pt; color: {n["muted_text"]}; }}
QLabel[role="instruction"] {{ font-size: {t.instruction}pt; }}
QLabel[role="chart-title"] {{ font-weight: 600; }}
QLabel[role="stat-value"] {{ font-size: {t.stat}pt; font-weight: 600; color: {n["accent"]}; }}
QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="mark"] {{ color: {n["accent"]}; font-weight: 600; }}
QLabel[role="error"] {{ color: {n["error"]}; }}
QLabel[role="note"] {{ color: {n["note"]}; font-style: italic; }}
QLabel[role="badge"] {{
    border-radius: {r.pill}px; padding: {s.xs}px {s.l}px; font-size: {t.badge}pt;
    font-weight: 600; border: 1px solid {n["border"]};
    background: {n["surface"]}; color: {n["muted_text"]};
}}
QLabel[role="badge"][look="tense"] {{
    background: {n["tense"]}; color: {n["on_tense"]}; border: 1px solid {n["tense"]};
}}
QLabel[role="badge"][look="release"] {{
    background: {n["accent"]}; color: {n["on_accent"]}; border: 1px solid {n["accent"]};
}}
QLabel[role="badge"][look="ready"] {{ color: {n["accent"]}; border: 1px solid {n["accent"]}; }}
QLabel[role="badge"][look="rest"] {{
    background: {n["guide"]}; border: 1px solid {n["muted_text"]};
}}
QPushButton {{
    padding: 7px 18px; border-radius: {r.small}px; border: 1px solid {n["border"]};
    background: {n["surface"]}; color: {n["text"]};
}}
QPushButton:focus {{ border: {ring}px solid {n["focus"]}; }}
QPushButton:disabled {{
    color: {n["muted_text"]}; background: {n["background"]}; border: 1px solid {n["guide"]};
}}
QPushButton[role="primary"]:disabled {{
    background: {n["guide"]}; color: {n["muted_text"]}; border: 1px solid {n["guide"]};
}}
QPushButton[role="primary"] {{
    background: {n["accent"]}; color: {n["on_accent"]}; border: 1px solid {n["accent"]};
    font-weight: 600;
}}
QPushButton[role="primary"]:focus {{ border: {ring}px solid {n["text"]}; }}
QPushButton[role="rating"] {{ padding: 8px 0; min-width: 38px; max-width: 38px; }}
QPushButton[role="rating"]:checked {{
    background: {n["accent"]}; color: {n["on_accent"]}; border: 1px solid {n["accent"]};
}}
QPushButton[role="link"] {{
    border: none; background: transparent; color: {n["accent"]}; padding: 2px 4px;
}}
QPushButton[role="link"]:focus {{ border: {ring}px solid {n["focus"]}; }}
QPushButton[role="danger"]:enabled {{
    background: {n["danger"]}; color: {n["on_danger"]}; border: 1px solid {n["danger"]};
    font-weight: 600;
}}
QListWidget, QTableView, QTreeView, QTextBrowser, QPlainTextEdit, QTextEdit {{
    background: {n["surface"]}; color: {n["text"]}; border: 1px solid {n["border"]};
    border-radius: {r.medium}px;
}}
QListWidget:focus, QTableView:focus, QTreeView:focus, QTextBrowser:focus, QPlainTextEdit:focus,
QTextEdit:focus {{
    border: {ring}px solid {n["focus"]};
}}
QListWidget::item {{ padding: 10px 8px; border-bottom: 1px solid {n["background"]}; }}
QListWidget::item:selected {{ background: {n["accent_soft"]}; color: {n["text"]}; }}
QTableView, QTreeView, QListView {{
    selection-background-color: {n["accent_soft"]}; selection-color: {n["text"]};
    alternate-background-color: {n["background"]};
}}
QTableView {{ gridline-color: {n["border"]}; }}
QTreeView::item {{ padding: {s.xs}px 0; }}  /* room for accents (Ü) and the row's focus ring */
QHeaderView::section {{
    background: {n["background"]}; color: {n["text"]}; border: none;
    border-bottom: 1px solid {n["border"]}; padding: {s.xs}px {s.s}px;
}}
QLineEdit, QSpinBox, QComboBox, QDateEdit, QTimeEdit, QPlainTextEdit {{
    selection-background-color: {n["accent"]}; selection-color: {n["on_accent"]};
}}
QComboBox QAbstractItemView {{
    background: {n["surface"]}; color: {n["text"]};
    selection-background-color: {n["accent_soft"]}; selection-color: {n["text"]};
}}
QCheckBox, QRadioButton {{ color: {n["text"]}; }}
QRadioButton {{ padding: 1px {s.xs}px; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {n["accent_soft"]}; }}
QRadioButton::indicator {{
    width: 12px; height: 12px; border-radius: 7px; border: 1px solid {n["muted_text"]};
    background: {n["surface"]};
}}
QRadioButton::indicator:hover {{ border: 1px solid {n["accent"]}; }}
QRadioButton::indicator:checked {{
    border: 4px solid {n["accent"]}; width: 6px; height: 6px;
}}
QGroupBox {{ color: {n["text"]}; }}
QProgressBar {{
    border: none; background: {n["guide"]}; border-radius: 3px; max-height: 6px;
}}
QProgressBar::chunk {{ background: {n["accent"]}; border-radius: 3px; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    color: {n["muted_text"]}; background: transparent; padding: {s.s}px {s.l}px;
    border: {ring}px solid transparent; border-radius: {r.small}px;
}}
QTabBar::tab:selected {{ color: {n["text"]}; border-bottom: {ring}px solid {n["accent"]}; }}
QTabBar::tab:focus {{ border: {ring}px solid {n["focus"]}; }}
QToolButton[role="toggle"], QToolButton[role="tool"] {{
    padding: 5px 10px; border-radius: {r.small}px; border: 1px solid {n["border"]};
    background: {n["surface"]}; color: {n["text"]};
}}
QToolButton[role="toggle"]:checked {{
    background: {n["accent_soft"]}; border: 1px solid {n["accent"]};
}}
QToolButton[role="toggle"]:focus, QToolButton[role="tool"]:focus {{
    border: {ring}px solid {n["focus"]};
}}
QToolButton[role="toggle"][available="false"] {{
    background: {n["background"]}; color: {n["muted_text"]};
    border: 1px dashed {n["muted_text"]};
}}
QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {n["guide"]}; }}
QSlider::sub-page:horizontal {{ border-radius: 3px; background: {n["accent"]}; }}
QSlider::handle:horizontal {{
    width: 14px; margin: -5px 0; border-radius: 7px; background: {n["surface"]};
    border: 1px solid {n["accent"]};
}}
QSlider::handle:horizontal:focus {{ border: {ring}px solid {n["focus"]}; }}
QSlider::sub-page:horizontal:disabled {{ background: {n["guide"]}; }}
QFrame[role="card"] {{
    background: {n["surface"]}; border: 1px solid {n["border"]}; border-radius: {r.medium}px;
}}
QFrame[role="result"] {{
    background: {n["surface"]}; border: 1px solid {n["border"]}; border-radius: {r.medium}px;
}}
QFrame[role="question"] {{ border: {ring}px solid transparent; border-radius: {r.small}px; }}
QFrame[role="question"]:focus {{
    border: {ring}px solid {n["focus"]}; background: {n["surface"]};
}}
QFrame[role="notice"] {{
    background: {n["surface"]}; border: 1px solid {n["accent"]}; border-radius: {r.small}px;
}}
QToolTip {{ background: {n["surface"]}; color: {n["text"]}; border: 1px solid {n["border"]}; }}
QMenu {{ background: {n["surface"]}; color: {n["text"]}; border: 1px solid {n["border"]}; }}
QMenu::item:selected {{ background: {n["accent_soft"]}; color: {n["text"]}; }}
QMenuBar {{ background: {n["background"]}; color: {n["text"]}; }}
QMenuBar::item:selected {{ background: {n["accent_soft"]}; color: {n["text"]}; }}
QStatusBar {{ color: {n["text"]}; }}
"""


def rich_text_css(c: Colours | None = None) -> str:
    """Classes for rich text (a QTextDocument's default style sheet), so markup names a role
    (`<span class='muted'>`) and never a colour."""
    c = c or _current
    return (
        f"a {{ color: {c.accent.name()}; }} .muted {{ color: {c.muted_text.name()}; }} "
        f".accent {{ color: {c.accent.name()}; }} .error {{ color: {c.error.name()}; }} "
        f".note {{ color: {c.note.name()}; }} .contact {{ font-weight: 600; }} "
        f".contact-big {{ font-size: {TYPE.badge}pt; font-weight: 600; }} "
        f"p.line {{ margin-bottom: {SPACE.m}px; }}"
    )


def palette(c: Colours | None = None) -> QPalette:
    """The theme's colours for what the style sheet does not name (text drawn from the
    palette: the library's cards, rich text, the calendar, Qt's own dialogs), so that a dark
    desktop theme never puts light text on CalmKit's light panels, nor the reverse."""
    c = c or _current
    colours_ = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, c.background),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.background),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.BrightText, c.on_accent),
        # Fusion draws fields' focus frames and checked boxes in the highlight: the accent.
        (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted_text),
        (role.Link, c.accent),
        (role.LinkVisited, c.accent),
        (role.Light, c.surface),
        (role.Midlight, c.guide),
        (role.Mid, c.border),
        (role.Dark, c.muted_text),
        (role.Shadow, c.text),
        (role.Accent, c.accent),
    ):
        colours_.setColor(name, colour)
    for name in (role.WindowText, role.Text, role.ButtonText):
        colours_.setColor(QPalette.ColorGroup.Disabled, name, c.muted_text)
    return colours_


def resolve(choice: str, scheme: Qt.ColorScheme, *, high_contrast_wanted: bool = False) -> Colours:
    """The colours for a person's choice: "system" follows the desktop's scheme (and its
    high-contrast wish, where the desktop says so)."""
    if choice in THEMES:
        return THEMES[choice]
    if high_contrast_wanted:
        return HIGH_CONTRAST_COLOURS
    return DARK_COLOURS if scheme is Qt.ColorScheme.Dark else LIGHT_COLOURS


class ThemeSignals(QObject):
    changed = Signal()  # a new theme is in use: redraw anything drawn ahead of time


_signals: ThemeSignals | None = None


def signals() -> ThemeSignals:
    global _signals
    if _signals is None:
        _signals = ThemeSignals()
    return _signals


class _PaletteKeeper(QObject):
    """Gives its parent widget the theme's palette now and at every change of theme."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.setPalette(palette())
        signals().changed.connect(self._refresh)

    def _refresh(self) -> None:
        self._widget.setPalette(palette())


def keep_palette(widget: QWidget) -> None:
    """For a widget that must never take a colour from the desktop (Help now)."""
    _PaletteKeeper(widget)


def apply_colours(app: QApplication, chosen: Colours) -> None:
    """Put the whole application in `chosen`; views drawn ahead of time hear `changed`."""
    global _current
    changed = chosen is not _current
    _current = chosen
    app.setPalette(palette(chosen))  # before the style sheet, which builds on it
    app.setStyleSheet(style_sheet(chosen))
    if changed:
        signals().changed.emit()


class ThemeFollower(QObject):
    """Keeps the application in the chosen theme, and in step with the desktop while the
    choice is "system": its light or dark scheme (Qt's colorSchemeChanged) and its wish for
    high contrast (contrastPreferenceChanged)."""

    def __init__(self, app: QApplication, choice: str = SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice
        self._desktop_is_dark = _palette_is_dark(app.palette())  # before ours replaces it
        self.apply()

    @property
    def choice(self) -> str:
        return self._choice

    def set_choice(self, choice: str) -> None:
        if choice != self._choice:
            self._choice = choice
            self.apply()

    def apply(self) -> None:
        scheme = _desktop_scheme()
        if scheme is Qt.ColorScheme.Unknown and self._desktop_is_dark:
            scheme = Qt.ColorScheme.Dark  # a desktop theme that says so only by its colours
        chosen = resolve(self._choice, scheme, high_contrast_wanted=_desktop_wants_high_contrast())
        log.info("theme: %s (chosen: %s)", chosen.name, self._choice)
        apply_colours(self._app, chosen)

    def desktop_changed(self) -> None:
        if self._choice == SYSTEM:
            self.apply()


_follower: ThemeFollower | None = None
_listening = False


def follow(app: QApplication, choice: str = SYSTEM) -> ThemeFollower:
    """Start keeping `app` in the chosen theme (once; later calls change the choice)."""
    global _follower, _listening
    if _follower is None:
        _follower = ThemeFollower(app, choice)
    else:
        _follower.set_choice(choice)
    if not _listening:
        hints = _style_hints()
        hints.colorSchemeChanged.connect(_desktop_changed)
        hints.accessibility().contrastPreferenceChanged.connect(_desktop_changed)
        _listening = True
    return _follower


def _desktop_changed(*_args: object) -> None:
    """The desktop turned light or dark, or asked for more contrast or less: the one
    follower decides what that means."""
    if _follower is not None:
        _follower.desktop_changed()


def set_choice(choice: str) -> None:
    """The person chose another theme in Settings (nothing to do before follow())."""
    if _follower is not None:
        _follower.set_choice(choice)


# Held for the application's life. PySide makes the wrapper of styleHints().accessibility()
# a child of the styleHints() wrapper it came from and invalidates it when that one goes: read
# through a temporary styleHints() wrapper, the hints are "already deleted" by the time they
# are asked. While this one lives, every styleHints() call returns it, so every read works.
_kept_style_hints: QStyleHints | None = None


def _style_hints() -> QStyleHints:
    global _kept_style_hints
    if _kept_style_hints is None or not isValid(_kept_style_hints):
        _kept_style_hints = QGuiApplication.styleHints()  # again after a new QApplication
    return _kept_style_hints


def _desktop_scheme() -> Qt.ColorScheme:
    return _style_hints().colorScheme()


def _desktop_wants_high_contrast() -> bool:
    """The desktop asks for high contrast (Qt's contrastPreference, where the platform
    reports one; elsewhere it says "no preference")."""
    preference = _style_hints().accessibility().contrastPreference()
    return preference is Qt.ContrastPreference.HighContrast


def _palette_is_dark(p: QPalette) -> bool:
    return (
        p.color(QPalette.ColorRole.Window).lightness()
        < p.color(QPalette.ColorRole.WindowText).lightness()
    )
