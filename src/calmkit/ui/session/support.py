"""What the session shell offers when a session seems to make things worse: a kind word, a
gentler exercise and Help now, never a verdict.

Relaxation itself raises anxiety in many anxious people (Heide & Borkovec 1983), so a high
rating before a session, a rating that rises after one, or an early stop is met with support,
and the person chooses what happens next.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.ui.widgets import theme

# A rating before a session from which the shell first offers something gentler.
HIGH_RATING = 8
# The gentler exercise offered: the senses with the eyes open, when the breath or the
# imagination feel like too much.
GENTLER_EXERCISE = "grounding-54321"

# The messages, translated where SupportPanel shows them.
HIGH_BEFORE = QT_TRANSLATE_NOOP(
    "SupportPanel",
    "That sounds like a hard moment. You can go ahead, or start with something gentler: "
    "naming what you can see, touch and hear, with your eyes open. Help now (F1) lists people "
    "you can talk to at any time.",
)
ROSE_AFTER = QT_TRANSLATE_NOOP(
    "SupportPanel",
    "Feeling more anxious after relaxing happens to many people, and it is not a failure. "
    "Breathe your own way for a moment. If it stays high, something gentler or Help now (F1) "
    "may help.",
)
STOPPED_WORSE = QT_TRANSLATE_NOOP(
    "SupportPanel",
    "Thank you for saying so. Relaxing can stir up anxiety for a while; stopping was a good "
    "choice. Take a moment before you get up.",
)


def _centred_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class SupportPanel(QWidget):
    """A kind message (one of the messages above) with a gentler exercise, called
    `gentler_name`, and Help now; the gentler exercise is hidden when the session already is
    that exercise (or it is not installed)."""

    help_requested = Signal()
    gentler_requested = Signal(str)  # the exercise id to start instead

    def __init__(
        self,
        message: str,
        *,
        offer_gentler: bool,
        gentler_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.message = QLabel(translate("SupportPanel", message))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.gentler_button = QPushButton(gentler_name)
        self.gentler_button.setToolTip(
            translate("SupportPanel", "Name what you can see, touch and hear (about 5 min)")
        )
        self.gentler_button.clicked.connect(lambda: self.gentler_requested.emit(GENTLER_EXERCISE))
        self.gentler_button.setVisible(offer_gentler)
        self.help_button = QPushButton(translate("SupportPanel", "Help now (F1)"))
        self.help_button.setToolTip(
            translate("SupportPanel", "Phone and text lines you can reach at any time")
        )
        self.help_button.clicked.connect(self.help_requested)
        buttons = _centred_row(self.gentler_button, self.help_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, theme.SPACE.s, 0, theme.SPACE.s)
        column.addWidget(self.message)
        column.addLayout(buttons)


class StoppedCheckIn(QWidget):
    """After an early stop: "Stopped because it felt worse?", answered or not, as the person
    likes. Yes shows the support; No just thanks."""

    answered = Signal(bool)

    def __init__(self, support: SupportPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(
            translate("StoppedCheckIn", "Stopped because it felt worse? (You need not answer.)")
        )
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes_button = QPushButton(translate("StoppedCheckIn", "Yes"))
        self.no_button = QPushButton(translate("StoppedCheckIn", "No"))
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.support = support
        support.hide()
        buttons = _centred_row(self.yes_button, self.no_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, theme.SPACE.s, 0, 0)
        column.addWidget(self.question)
        column.addLayout(buttons)
        column.addWidget(support)

    def _answer(self, worse: bool) -> None:
        self.yes_button.hide()
        self.no_button.hide()
        if worse:
            self.question.hide()
            self.support.show()
        else:
            self.question.setText(translate("StoppedCheckIn", "Thank you. Any practice counts."))
        self.answered.emit(worse)


class HighRatingPage(QWidget):
    """After a rating of HIGH_RATING or more before a session: go ahead, or choose something
    gentler or Help now. Enter starts the session; Esc goes back."""

    start_requested = Signal()
    back = Signal()

    def __init__(self, support: SupportPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.support = support
        self.start_button = QPushButton(translate("HighRatingPage", "Start the session"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        self.back_button = QPushButton(translate("HighRatingPage", "Back"))
        self.back_button.clicked.connect(self.back)
        buttons = _centred_row(self.back_button, self.start_button)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(support)
        column.addLayout(buttons)
        column.addStretch(2)
        self.setFocusProxy(self.start_button)
        # Tab goes on from Start to the other choices. Qt skips what lies between a widget
        # and its focus proxy in the Tab order, so Start must come first after the page.
        chain = [self.start_button, support.gentler_button, support.help_button, self.back_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)
