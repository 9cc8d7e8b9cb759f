"""The anxiety self-check dialog: seven questions as rows of four answers, then the result page
with its band, the not-a-diagnosis line and, from 10, the suggestion to talk to someone.

Keyboard: each question row takes focus as a whole. 0-3 answer it and move to the next
question, Left/Right change the answer, Up/Down move between questions, Tab leaves the row.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmkit.core import selfcheck
from calmkit.core.i18n import translate
from calmkit.core.selfcheck import ANSWERS, QUESTIONS, CheckIn
from calmkit.core.store import StorageError
from calmkit.ui.context import AppContext
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.window_keys import mark_keeps_work

log = logging.getLogger(__name__)

_DIGITS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


def _said(text: str) -> str:
    """One of calmkit.core.selfcheck's texts (questions, answers, notes), in the person's
    language: that module marks them for the catalog in its context."""
    return translate("SelfCheck", text)


class QuestionRow(QFrame):
    """One question and its four answers; the row (not each button) takes focus."""

    answered = Signal(int, int)  # question index, points
    move_requested = Signal(int, int)  # question index, -1 up / +1 down

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setProperty("role", "question")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        question = _said(QUESTIONS[index])
        self.label = QLabel(f"{index + 1}. {question}")
        self.label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE.s, theme.SPACE.s, theme.SPACE.s, theme.SPACE.s)
        row.addWidget(self.label, stretch=5)
        for points, answer in enumerate(ANSWERS):
            text = _said(answer)
            button = QRadioButton(f"{points}")
            button.setToolTip(f"{points}: {text}")
            button.setAccessibleName(f"{text} ({points})")
            # Clicks still work; keys go to the row, so Tab moves question by question.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(button, points)
            self.buttons.append(button)
            row.addWidget(button, stretch=1, alignment=Qt.AlignmentFlag.AlignCenter)
        self.group.idClicked.connect(self._clicked)
        self._describe()

    @property
    def answer(self) -> int | None:
        points = self.group.checkedId()
        return None if points < 0 else points

    def set_answer(self, points: int) -> None:
        self.buttons[points].setChecked(True)
        self._describe()
        self.answered.emit(self.index, points)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_answer(_DIGITS[key])
            self.move_requested.emit(self.index, 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            current = self.answer
            start = (-1 if step > 0 else len(ANSWERS)) if current is None else current
            self.set_answer(min(max(start + step, 0), len(ANSWERS) - 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(self.index, -1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Space and self.answer is None:
            self.set_answer(0)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _clicked(self, points: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._describe()
        self.answered.emit(self.index, points)

    def _describe(self) -> None:
        points = self.answer
        chosen = (
            translate("QuestionRow", "not answered yet")
            if points is None
            else f"{_said(ANSWERS[points])} ({points})"
        )
        self.setAccessibleName(
            translate("QuestionRow", "Question {number} of {count}").format(
                number=self.index + 1, count=len(QUESTIONS)
            )
        )
        self.setAccessibleDescription(
            translate(
                "QuestionRow", "{question}. Your answer: {answer}. Type 0 to 3 to answer."
            ).format(question=_said(QUESTIONS[self.index]), answer=chosen)
        )


class SelfCheckDialog(QDialog):
    """The self-check: Save is offered only when all seven are answered; nothing is kept of a
    check closed before that (no draft either)."""

    help_requested = Signal()  # "Help now" on the result page: open the crisis lines (F1)
    saved = Signal(object)  # the CheckIn, once stored

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_keeps_work(self)  # the calm-down (F3) hides it and brings it back
        self.setWindowTitle(translate("SelfCheckDialog", "Anxiety self-check"))
        self.setObjectName("self-check")
        self._context = context
        self.checkin: CheckIn | None = None

        self.pages = QStackedWidget()
        self.questions_page = self._build_questions()
        self.result_page = self._build_result()
        self.pages.addWidget(self.questions_page)
        self.pages.addWidget(self.result_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(860, 620)
        self._update_progress()
        self.rows[0].setFocus()

    # --- the questions -----------------------------------------------------------------------

    def _build_questions(self) -> QWidget:
        page = QWidget()
        title = QLabel(translate("SelfCheckDialog", "Anxiety self-check"))
        title.setProperty("role", "heading")
        intro = QLabel(
            translate(
                "SelfCheckDialog",
                "{intro} Seven short questions; there are no right or wrong answers. This is "
                "a self-check, not a diagnosis.",
            ).format(intro=_said(selfcheck.INTRO))
        )
        intro.setWordWrap(True)
        scale = QGridLayout()
        scale.setContentsMargins(theme.SPACE.s, 0, theme.SPACE.s, 0)
        scale.setColumnStretch(0, 5)
        for points, answer in enumerate(ANSWERS):
            heading = QLabel(f"{points}\n{_said(answer)}")
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            heading.setWordWrap(True)
            heading.setProperty("role", "muted")
            scale.addWidget(heading, 0, points + 1)
            scale.setColumnStretch(points + 1, 1)
        self.rows = [QuestionRow(i) for i in range(len(QUESTIONS))]
        for row in self.rows:
            row.answered.connect(self._update_progress)
            row.move_requested.connect(self._move)
        source = QLabel(_said(selfcheck.SOURCE))
        source.setWordWrap(True)
        source.setProperty("role", "muted")
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("SelfCheckDialog", "&Save and see my result"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setProperty("role", "primary")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("SelfCheckDialog", "&Not now"))
        self.cancel_button.setIcon(QIcon())  # the style's red "cancel" icon reads as alarm
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)

        column = QVBoxLayout(page)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(theme.SPACE.s)
        column.addLayout(scale)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)
        column.addWidget(source)
        footer = QHBoxLayout()
        footer.addWidget(self.progress, stretch=1)
        footer.addWidget(self.buttons)
        column.addLayout(footer)
        return page

    @property
    def answers(self) -> list[int | None]:
        return [row.answer for row in self.rows]

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self.rows):
            self.rows[target].setFocus(Qt.FocusReason.TabFocusReason)
        elif target >= len(self.rows) and self.save_button.isEnabled():
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _update_progress(self) -> None:
        done = sum(answer is not None for answer in self.answers)
        complete = done == len(self.rows)
        self.save_button.setEnabled(complete)
        self.save_button.setDefault(complete)
        if complete:
            self.progress.setText(translate("SelfCheckDialog", "All seven answered."))
        else:
            self.progress.setText(
                translate(
                    "SelfCheckDialog",
                    "{done} of {count} answered. You can save once all seven are.",
                ).format(done=done, count=len(self.rows))
            )

    def save(self) -> None:
        """Score and keep the check; only ever with all seven answered."""
        try:
            checkin = CheckIn.new(self.answers, self._context.clock.now())
        except selfcheck.IncompleteCheckError as error:
            self.progress.setText(str(error))
            return
        try:
            self._context.add_checkin(checkin)
        except StorageError as error:
            log.warning("self-check not saved: %s", error)
            QMessageBox.warning(
                self,
                translate("SelfCheckDialog", "Self-check not saved"),
                translate(
                    "SelfCheckDialog",
                    "Your answers could not be saved: {error} Your result is still shown.",
                ).format(error=error),
            )
            self.show_result(checkin, kept=False)
            return
        self.saved.emit(checkin)
        self.show_result(checkin)

    # --- the result ----------------------------------------------------------------------------

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_title = QLabel()
        self.result_title.setProperty("role", "heading")
        self.result_title.setWordWrap(True)
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.not_diagnosis = QLabel(_said(selfcheck.NOT_A_DIAGNOSIS))
        self.not_diagnosis.setWordWrap(True)
        self.talk_box = QFrame()
        self.talk_box.setProperty("role", "result")
        self.talk_text = QLabel(_said(selfcheck.TALK_TO_SOMEONE))
        self.talk_text.setWordWrap(True)
        talk = QVBoxLayout(self.talk_box)
        talk.addWidget(self.talk_text)
        self.help_text = QLabel(_said(selfcheck.HELP_NOW))
        self.help_text.setWordWrap(True)
        self.help_button = QPushButton(translate("SelfCheckDialog", "&Help now (F1)"))
        self.help_button.setToolTip(
            translate("SelfCheckDialog", "Crisis lines and people you can talk to, now")
        )
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested)
        help_row = QHBoxLayout()
        help_row.addWidget(self.help_text, stretch=1)
        help_row.addWidget(self.help_button)
        self.bands_text = QLabel(
            translate("SelfCheckDialog", "The ranges: {ranges}").format(
                ranges=selfcheck.bands_explained()
            )
        )
        self.bands_text.setWordWrap(True)
        self.bands_text.setProperty("role", "muted")
        self.kept_text = QLabel()
        self.kept_text.setWordWrap(True)
        self.kept_text.setProperty("role", "muted")
        self.close_button = QPushButton(translate("SelfCheckDialog", "&Close"))
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.accept)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)

        column = QVBoxLayout(page)
        column.addWidget(self.result_title)
        column.addWidget(self.result_text)
        column.addWidget(self.not_diagnosis)
        column.addWidget(self.talk_box)
        column.addLayout(help_row)
        column.addSpacing(theme.SPACE.m)
        column.addWidget(self.bands_text)
        column.addStretch(1)
        column.addWidget(self.kept_text)
        column.addLayout(close_row)
        return page

    def show_result(self, checkin: CheckIn, *, kept: bool = True) -> None:
        self.checkin = checkin
        band = checkin.band
        self.result_title.setText(
            translate("SelfCheckDialog", "Your total: {total} of {maximum}. {band}.").format(
                total=checkin.total, maximum=selfcheck.MAX_TOTAL, band=band.title
            )
        )
        self.result_text.setText(band.explanation)
        self.talk_box.setVisible(checkin.suggests_talking_to_someone)
        if kept:
            stored = self._context.store.count_checkins()
            self.kept_text.setText(
                translate(
                    "SelfCheckDialog",
                    "Kept on this computer only. History shows your results over time, beside "
                    "your practice (%n self-check(s) so far).",
                    None,
                    stored,
                )
            )
        else:
            self.kept_text.setText(
                translate("SelfCheckDialog", "This result could not be kept in your practice log.")
            )
        self.pages.setCurrentWidget(self.result_page)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
