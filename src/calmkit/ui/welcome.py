"""The first-run welcome: three short pages, skippable, on what CalmKit is and is not.

Shown once, the first time CalmKit opens on a practice log; Help > Welcome shows it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate

SEEN_SETTING = "welcome_seen"

# (title, text) of each page, translated when shown.
PAGES: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Welcome to CalmKit"),
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "CalmKit guides you through coping exercises: paced breathing, progressive muscle "
            "relaxation, guided imagery and grounding. Each one says what it is for and where "
            "it comes from. There is no right way to do them, and you can stop at any time.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "Your practice stays here"),
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "CalmKit works without the internet and has no account. What you practise, and "
            "any ratings or notes, stay on this computer. You can export everything, and "
            "delete it all, from the File menu.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomeDialog", "What CalmKit is not"),
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "CalmKit is a self-help tool. It is not a medical device or an emergency service, "
            "and it does not diagnose anything. If you have heart, lung or blood-pressure "
            "problems, are pregnant, or have a history of trauma, flashbacks or psychosis, "
            "check with a doctor before breathing or relaxation exercises. Help now is always "
            "one key away: press F1, from any window, for phone and text lines. F3 starts a "
            "calm-down for panic.",
        ),
    ),
)


class WelcomeDialog(QDialog):
    """Next (Enter) goes on, Back goes back, Skip (Esc) closes; all of them end the welcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WelcomeDialog", "Welcome"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget()
        for title, text in PAGES:
            page = QWidget()
            column = QVBoxLayout(page)
            heading = QLabel(translate("WelcomeDialog", title))
            heading.setProperty("role", "title")
            body = QLabel(translate("WelcomeDialog", text))
            body.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(body)
            column.addStretch(1)
            self.pages.addWidget(page)
        self.step = QLabel()
        self.step.setProperty("role", "muted")
        self.skip_button = QPushButton(translate("WelcomeDialog", "Skip"))
        self.skip_button.clicked.connect(self.reject)
        self.back_button = QPushButton(translate("WelcomeDialog", "Back"))
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self._go(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        self._show(0)

    def _go(self, offset: int) -> None:
        index = self.pages.currentIndex() + offset
        if index >= self.pages.count():
            self.accept()
        else:
            self._show(max(0, index))

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == self.pages.count() - 1
        self.next_button.setText(
            translate("WelcomeDialog", "Start using CalmKit")
            if last
            else translate("WelcomeDialog", "Next")
        )
        self.back_button.setEnabled(index > 0)
        self.skip_button.setVisible(not last)
        self.step.setText(
            translate("WelcomeDialog", "{page} of {pages}").format(
                page=index + 1, pages=self.pages.count()
            )
        )
        self.next_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._go(1)
            return
        super().keyPressEvent(event)  # Esc rejects: the welcome is skipped
