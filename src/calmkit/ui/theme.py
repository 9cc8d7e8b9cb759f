"""Colours and the style sheet: quiet, high-contrast enough to read when tired."""

from __future__ import annotations

from PySide6.QtGui import QColor

BACKGROUND = QColor("#f3f6f5")
SURFACE = QColor("#ffffff")
TEXT = QColor("#1f2d2b")
MUTED_TEXT = QColor("#51625f")
ACCENT = QColor("#2f7d78")
ACCENT_SOFT = QColor("#bfe0dc")
GUIDE = QColor("#d5e2df")

STYLE_SHEET = f"""
QMainWindow, QWidget#page {{ background: {BACKGROUND.name()}; }}
QLabel {{ color: {TEXT.name()}; }}
QLabel[role="muted"] {{ color: {MUTED_TEXT.name()}; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="phase"] {{ font-size: 26pt; font-weight: 500; color: {ACCENT.name()}; }}
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
"""
