"""Colours and the style sheet: quiet, high-contrast enough to read when tired."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

BACKGROUND = QColor("#f3f6f5")
SURFACE = QColor("#ffffff")
TEXT = QColor("#1f2d2b")
MUTED_TEXT = QColor("#51625f")
ACCENT = QColor("#2f7d78")
ACCENT_SOFT = QColor("#bfe0dc")
GUIDE = QColor("#d5e2df")
# Muscle relaxation: tensing is warm amber, letting go the calm accent, so the two can never
# be mistaken for each other. TENSE carries white text at 5.2:1.
TENSE = QColor("#a35a0b")
TENSE_FILL = QColor("#f2b866")
RELEASE_FILL = QColor("#8ccbc4")

STYLE_SHEET = f"""
QMainWindow, QWidget#page {{ background: {BACKGROUND.name()}; }}
QLabel {{ color: {TEXT.name()}; }}
QLabel[role="muted"] {{ color: {MUTED_TEXT.name()}; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="phase"] {{ font-size: 26pt; font-weight: 500; color: {ACCENT.name()}; }}
QLabel[role="phase-tense"] {{ font-size: 26pt; font-weight: 500; color: {TENSE.name()}; }}
QLabel[role="countdown"] {{ font-size: 16pt; color: {MUTED_TEXT.name()}; }}
QPushButton {{
    padding: 7px 18px; border-radius: 6px; border: 1px solid {GUIDE.name()};
    background: {SURFACE.name()}; color: {TEXT.name()};
}}
QPushButton:focus {{ border: 2px solid {ACCENT.name()}; }}
QPushButton[role="primary"] {{
    background: {ACCENT.name()}; color: white; border: 1px solid {ACCENT.name()};
    font-weight: 600;
}}
QPushButton[role="primary"]:focus {{ border: 2px solid {TEXT.name()}; }}
QListWidget, QTableView, QTextBrowser {{
    background: {SURFACE.name()}; border: 1px solid {GUIDE.name()}; border-radius: 6px;
}}
QListWidget::item {{ padding: 10px 8px; border-bottom: 1px solid {BACKGROUND.name()}; }}
QListWidget::item:selected {{ background: {ACCENT_SOFT.name()}; color: {TEXT.name()}; }}
QProgressBar {{
    border: none; background: {GUIDE.name()}; border-radius: 3px; max-height: 6px;
}}
QProgressBar::chunk {{ background: {ACCENT.name()}; border-radius: 3px; }}
QTabWidget::pane {{ border: none; }}
QToolButton {{
    padding: 5px 10px; border-radius: 6px; border: 1px solid {GUIDE.name()};
    background: {SURFACE.name()}; color: {TEXT.name()};
}}
QToolButton:checked {{
    background: {ACCENT_SOFT.name()}; border: 1px solid {ACCENT.name()};
}}
QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {GUIDE.name()}; }}
QSlider::sub-page:horizontal {{ border-radius: 3px; background: {ACCENT.name()}; }}
QSlider::handle:horizontal {{
    width: 14px; margin: -5px 0; border-radius: 7px; background: {SURFACE.name()};
    border: 1px solid {ACCENT.name()};
}}
QSlider::sub-page:horizontal:disabled {{ background: {GUIDE.name()}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="chart-title"] {{ font-weight: 600; }}
QLabel[role="stat-value"] {{ font-size: 17pt; font-weight: 600; color: {ACCENT.name()}; }}
QFrame[role="card"] {{
    background: {SURFACE.name()}; border: 1px solid {GUIDE.name()}; border-radius: 8px;
}}
QFrame[role="notice"] {{
    background: {SURFACE.name()}; border: 1px solid {ACCENT.name()}; border-radius: 6px;
}}
QPushButton[role="rating"] {{ padding: 8px 0; min-width: 38px; max-width: 38px; }}
QPushButton[role="rating"]:checked {{
    background: {ACCENT.name()}; color: white; border: 1px solid {ACCENT.name()};
}}
QPushButton[role="link"] {{
    border: none; background: transparent; color: {ACCENT.name()}; padding: 2px 4px;
}}
QPushButton[role="link"]:focus {{ border: 1px solid {ACCENT.name()}; }}
QTableView {{
    selection-background-color: {ACCENT_SOFT.name()}; selection-color: {TEXT.name()};
    alternate-background-color: {BACKGROUND.name()};
}}
QPushButton[role="danger"]:enabled {{
    background: #9b3d3d; color: white; border: 1px solid #9b3d3d; font-weight: 600;
}}
"""


def palette() -> QPalette:
    """The theme's colours for what the style sheet does not name (text drawn from the
    palette: the library's cards, rich text, radio buttons, the status bar), so that a dark
    desktop theme never puts light text on CalmKit's light panels."""
    colours = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, BACKGROUND),
        (role.WindowText, TEXT),
        (role.Base, SURFACE),
        (role.AlternateBase, BACKGROUND),
        (role.Text, TEXT),
        (role.Button, SURFACE),
        (role.ButtonText, TEXT),
        (role.Highlight, ACCENT_SOFT),
        (role.HighlightedText, TEXT),
        (role.ToolTipBase, SURFACE),
        (role.ToolTipText, TEXT),
        (role.PlaceholderText, MUTED_TEXT),
        (role.Link, ACCENT),
        (role.LinkVisited, ACCENT),
    ):
        colours.setColor(name, colour)
    faded = MUTED_TEXT.lighter(160)
    for name in (role.WindowText, role.Text, role.ButtonText):
        colours.setColor(QPalette.ColorGroup.Disabled, name, faded)
    return colours
