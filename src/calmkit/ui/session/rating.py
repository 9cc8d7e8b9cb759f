"""The 0-10 distress rating asked before and after a session: one keystroke, always skippable.

Digits 0-9 answer at once, except 1, which waits a moment in case a 0 follows (1 then 0 is
10). Enter or S skip; Esc goes back before a session and leaves after it. Mouse users click a
number or Skip. After the session the rating from before can still be corrected.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exchange import MAX_NOTE_CHARS
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.records import SessionRecord
from calmkit.core.store import StorageError, Store, UnknownSessionError
from calmkit.ui.widgets import theme

log = logging.getLogger(__name__)

# A note is written this long after the last key press, so a crash or a logout cannot take
# more than the last second of typing with it.
NOTE_SAVE_MS = 1000
# How long a lone "1" waits for a "0" that would make it 10. Long enough for a slow, deliberate
# second key press (800 ms was too short for some), short enough that a rating of 1 does not
# feel ignored; the status line says what is happening meanwhile.
TEN_MOMENT_MS = 1500
SCALE_TEXT = QT_TRANSLATE_NOOP(
    "RatingPrompt", "0 = completely calm · 10 = the most anxious you have felt"
)

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RatingPrompt(QWidget):
    """A question and the 0-10 scale as buttons. Emits `answered` with an int from 0 to 10,
    or None when skipped; it can be answered again (a person may change their mind). Esc
    emits `escaped`: what it means (back, or leave) is the page's to say.

    Whether a "0" still belongs to the "1" before it is measured on `clock` (seconds,
    monotonic), so a key that waited in a busy event loop is judged by when it came."""

    answered = Signal(object)  # int | None
    escaped = Signal()

    def __init__(
        self,
        question: str,
        hint: str,
        *,
        moment_ms: int = TEN_MOMENT_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scale_text = translate("RatingPrompt", SCALE_TEXT)
        self.setAccessibleName(question)
        self.setAccessibleDescription(f"{scale_text}. {hint}")
        self._clock = clock
        self._moment_s = moment_ms / 1000
        self._one_at = 0.0
        self._pending_one = False
        self.value: int | None = None
        # The moment after a "1": a single-shot timer, so tests wait on its signal, never sleep.
        self.moment = QTimer(self)
        self.moment.setSingleShot(True)
        self.moment.setInterval(moment_ms)
        self.moment.timeout.connect(self._moment_passed)

        self.question = QLabel(question)
        self.question.setProperty("role", "heading")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        scale = QLabel(scale_text)
        scale.setProperty("role", "muted")
        scale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale.setWordWrap(True)

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(theme.SPACE.s)
        row.addStretch(1)
        for value in range(11):
            button = QPushButton(str(value))
            button.setProperty("role", "rating")
            button.setCheckable(True)
            # Digits answer from the keyboard, so the buttons need not take focus; Enter
            # and Esc then always reach the prompt.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(_button_name(value))
            button.setToolTip(_button_name(value))
            self.buttons.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons.idClicked.connect(self._commit)

        self.status = QLabel(hint)
        self.status.setProperty("role", "muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self._hint = hint

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(scale)
        layout.addSpacing(theme.SPACE.s)
        layout.addLayout(row)
        layout.addWidget(self.status)

    @property
    def pending(self) -> bool:
        """A "1" was pressed and the prompt is waiting a moment for a "0"."""
        return self._pending_one

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The prompt itself takes the keys (its number buttons do not take focus): the ring
        # around the whole question says where a digit will go.
        if self.hasFocus():
            painter = QPainter(self)
            theme.draw_focus_ring(painter, self.rect())
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._digit(_DIGITS[key])
        elif key in _ENTER_KEYS:
            if self._pending_one:
                self._commit(1)
            else:
                self.skip()
        elif key == Qt.Key.Key_Escape and not event.modifiers():
            self._clear_pending()
            self.escaped.emit()
        elif key == Qt.Key.Key_S and not event.modifiers():
            self.skip()
        else:
            super().keyPressEvent(event)

    def skip(self) -> None:
        self._clear_pending()
        self.answered.emit(None)

    def flush(self) -> None:
        """Answer a waiting "1" now (the person is leaving before the moment is over)."""
        if self._pending_one:
            self._commit(1)

    def _digit(self, digit: int) -> None:
        in_time = self._clock() - self._one_at <= self._moment_s
        if self._pending_one and digit == 0 and in_time:
            self._commit(10)
            return
        # Any other key after a "1" is a new answer: the latest key is what the person meant.
        self._clear_pending()
        if digit == 1:
            self._pending_one = True
            self._one_at = self._clock()
            self._check(1)
            self.status.setText(translate("RatingPrompt", "1 — or press 0 now for 10."))
            self.moment.start()
        else:
            self._commit(digit)

    def _moment_passed(self) -> None:
        if self._pending_one:
            self._commit(1)

    def _commit(self, value: int) -> None:
        self._clear_pending()
        self.value = value
        self._check(value)
        self.answered.emit(value)

    def show_value(self, value: int | None) -> None:
        """Mark `value` as the answer already given, without answering again."""
        self._clear_pending()
        self.value = value
        self._check(value)

    def _clear_pending(self) -> None:
        self.moment.stop()
        if self._pending_one:
            self._pending_one = False
            self.status.setText(self._hint)
            self._check(self.value)

    def _check(self, value: int | None) -> None:
        if value is None:
            checked = self.buttons.checkedButton()
            if checked is not None:
                # An exclusive group never unchecks its last button by itself.
                self.buttons.setExclusive(False)
                checked.setChecked(False)
                self.buttons.setExclusive(True)
            return
        button = self.buttons.button(value)
        if button is not None:
            button.setChecked(True)


def _button_name(value: int) -> str:
    if value == 0:
        return translate("RatingPrompt", "0, completely calm")
    if value == 10:
        return translate("RatingPrompt", "10, the most anxious you have felt")
    return str(value)


class BeforeSessionPage(QWidget):
    """Shown before a session when ratings are on: one key press (or Skip) starts it."""

    answered = Signal(object)  # int | None: start the session with this rating
    back = Signal()

    def __init__(
        self,
        exercise_name: str,
        *,
        moment_ms: int = TEN_MOMENT_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        title = QLabel(exercise_name)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = RatingPrompt(
            translate("BeforeSessionPage", "How anxious do you feel right now?"),
            translate(
                "BeforeSessionPage",
                "Press a number key (1 then 0 for 10). Enter starts without a rating, Esc goes "
                "back. There is no right answer.",
            ),
            moment_ms=moment_ms,
            clock=clock,
        )
        self.prompt.answered.connect(self.answered)
        self.prompt.escaped.connect(self.back)
        self.skip_button = skip = QPushButton(translate("BeforeSessionPage", "Skip and start"))
        skip.setToolTip(translate("BeforeSessionPage", "Start without a rating (Enter or S)"))
        skip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        skip.clicked.connect(self.prompt.skip)
        self.back_button = back = QPushButton(translate("BeforeSessionPage", "&Back to exercises"))
        back.setToolTip(translate("BeforeSessionPage", "Do not start now (Esc or Alt+B)"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.back)
        note = QLabel(
            translate(
                "BeforeSessionPage",
                "Rating before and after lets CalmKit show which exercises help you most. "
                "You can switch these questions off in Settings.",
            )
        )
        note.setProperty("role", "muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(skip)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.SPACE.page, theme.SPACE.xl, theme.SPACE.page, theme.SPACE.xl
        )
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(theme.SPACE.xl)
        layout.addWidget(self.prompt)
        layout.addSpacing(theme.SPACE.l)
        layout.addLayout(buttons)
        layout.addStretch(3)
        layout.addWidget(note)
        self.setFocusProxy(self.prompt)


class AfterSessionPanel(QWidget):
    """Placed in the player's summary: the rating after the session (when asked) and a note.

    The rating is saved the moment it is given; the note a second after typing stops and
    again when the summary closes (`save()`), whichever way it closes, so nothing typed is
    lost.
    """

    finished = Signal()  # the person skipped the rating: leave the summary
    note_saved = Signal(str)
    before_corrected = Signal(object)  # int: the rating from before, as corrected
    rose = Signal()  # the rating after is higher than the one before

    def __init__(
        self,
        store: Store,
        record: SessionRecord,
        *,
        ask_distress: bool,
        moment_ms: int = TEN_MOMENT_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.record = record
        self._saved_note = record.note
        self.prompt: RatingPrompt | None = None
        self.before_prompt: RatingPrompt | None = None
        self.before_row: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE.m, 0, theme.SPACE.l)
        if ask_distress:
            self.prompt = RatingPrompt(
                translate("AfterSessionPanel", "How anxious do you feel now?"),
                translate(
                    "AfterSessionPanel",
                    "Press a number key (1 then 0 for 10), or Enter to finish without a rating.",
                ),
                moment_ms=moment_ms,
                clock=clock,
            )
            self.prompt.answered.connect(self._on_answer)
            self.prompt.escaped.connect(self.prompt.skip)
            layout.addWidget(self.prompt)
            layout.addSpacing(theme.SPACE.m)
        self.note = QLineEdit(record.note)
        self.note.setPlaceholderText(
            translate("AfterSessionPanel", "A note for yourself (optional)")
        )
        self.note.setAccessibleName(translate("AfterSessionPanel", "Note about this session"))
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setMinimumWidth(420)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_SAVE_MS)
        self.note_timer.timeout.connect(lambda: self._save_note(quietly=True))
        self.note.textEdited.connect(self.note_timer.start)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self.note, stretch=4)
        note_row.addStretch(1)
        layout.addLayout(note_row)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        if self.prompt is not None:
            # Below the note, in Tab order too: the rating, the note, then the correction.
            layout.addSpacing(6)
            layout.addWidget(self._build_before_correction(moment_ms, clock))
            QWidget.setTabOrder(self.prompt, self.note)
            QWidget.setTabOrder(self.note, self.change_before_button)

    def take_focus(self) -> None:
        """The keyboard to the rating (or the note when no rating is asked). Not a focus
        proxy: Qt's Tab then skips the widgets between the panel and its proxy."""
        (self.prompt if self.prompt is not None else self.note).setFocus()

    def _build_before_correction(self, moment_ms: int, clock: Callable[[], float]) -> QWidget:
        """A line saying the rating from before, and a way to correct it: a quick "1" then
        a slow "0" before the session, or a slip of the finger, need not stay wrong."""
        self.before_row = row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.before_label = QLabel()
        self.before_label.setProperty("role", "muted")
        self.change_before_button = change = QPushButton(
            translate("AfterSessionPanel", "Change the rating from &before")
        )
        change.setToolTip(
            translate(
                "AfterSessionPanel", "Correct how anxious you felt before the session (Alt+B)"
            )
        )
        change.clicked.connect(self.correct_before)
        line.addStretch(1)
        line.addWidget(self.before_label)
        line.addWidget(change)
        line.addStretch(1)
        self.before_prompt = prompt = RatingPrompt(
            translate("AfterSessionPanel", "How anxious did you feel before the session?"),
            translate(
                "AfterSessionPanel", "Press a number key (1 then 0 for 10). Esc keeps it as it was."
            ),
            moment_ms=moment_ms,
            clock=clock,
        )
        prompt.answered.connect(self._on_before_answer)
        prompt.escaped.connect(self.cancel_correction)
        prompt.hide()
        line_and_prompt = QWidget()
        column = QVBoxLayout(line_and_prompt)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(row)
        column.addWidget(prompt)
        self._show_before()
        return line_and_prompt

    def _show_before(self) -> None:
        before = self.record.distress_before
        self.before_label.setText(
            translate("AfterSessionPanel", "Before the session: not rated.")
            if before is None
            else translate("AfterSessionPanel", "Before the session: {rating}.").format(
                rating=before
            )
        )

    def correct_before(self) -> None:
        """Ask again how anxious the person felt before; the answer replaces the old one."""
        prompt = self.before_prompt
        if prompt is None or self.before_row is None:
            return
        self.before_row.hide()
        prompt.show_value(self.record.distress_before)
        prompt.show()
        prompt.setFocus()

    @property
    def correcting(self) -> bool:
        """The question about the rating from before is open."""
        return self.before_prompt is not None and not self.before_prompt.isHidden()

    def cancel_correction(self) -> None:
        """Close the question about the rating from before, keeping the rating as it was."""
        if self.before_prompt is None or self.before_row is None:
            return
        self.before_prompt.hide()
        self.before_row.show()
        if self.prompt is not None:
            self.prompt.setFocus()

    def _on_before_answer(self, value: int | None) -> None:
        if value is not None:
            try:
                self.record = self._store.set_ratings(
                    self.record.id, before=value, after=self.record.distress_after
                )
            except (StorageError, UnknownSessionError) as error:
                log.exception("could not correct the rating before session %s", self.record.id)
                self.status.setText(self._not_saved(error))
                return
            self._show_before()
            self.status.setText(
                translate("AfterSessionPanel", "The rating from before is corrected.")
            )
            self.before_corrected.emit(value)
        self.cancel_correction()

    def _on_answer(self, value: int | None) -> None:
        if value is None:
            self.finished.emit()
            return
        try:
            self.record = self._store.set_ratings(
                self.record.id, before=self.record.distress_before, after=value
            )
        except (StorageError, UnknownSessionError) as error:
            log.exception("could not save the rating of session %s", self.record.id)
            self.status.setText(self._not_saved(error))
            return
        assert self.prompt is not None
        # The keyboard stays on the rating: a second digit changes it instead of landing in
        # the note, which is one Tab away.
        self.prompt.status.setText(
            translate("AfterSessionPanel", "Saved. Press another number to change it.")
        )
        before = self.record.distress_before
        if before is not None and value > before:
            self.rose.emit()
        self.status.setText(
            translate("AfterSessionPanel", "A note is optional: Tab goes to it. Enter finishes.")
        )

    @staticmethod
    def _not_saved(error: Exception) -> str:
        return translate("AfterSessionPanel", "The rating could not be saved: {problem}").format(
            problem=error
        )

    def save(self) -> bool:
        """Keep a waiting "1" and the note; True when everything is stored."""
        if self.prompt is not None:
            self.prompt.flush()
        return self._save_note(quietly=False)

    def _save_note(self, *, quietly: bool) -> bool:
        self.note_timer.stop()
        note = self.note.text().strip()
        if note == self._saved_note:
            return True
        try:
            self.record = self._store.update_note(self.record.id, note)
        except (StorageError, UnknownSessionError, ValueError) as error:
            log.exception("could not save the note of session %s", self.record.id)
            if quietly:  # while typing: say so, and try again when the summary closes
                self.status.setText(
                    translate("AfterSessionPanel", "The note is not saved yet ({problem}).").format(
                        problem=error
                    )
                )
            else:
                QMessageBox.warning(
                    self.window(),
                    translate("AfterSessionPanel", "Note not saved"),
                    translate(
                        "AfterSessionPanel",
                        "Your note could not be saved ({problem}). Here it is, to copy:\n\n{note}",
                    ).format(problem=error, note=note),
                )
            return False
        self._saved_note = note
        self.note_saved.emit(note)
        return True
