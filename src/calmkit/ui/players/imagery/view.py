"""The reader: a narrated script one segment at a time, in large calm type that fades softly
from one segment to the next, with where it is in the script and a text size of one's own.

The words stay on screen through the pause after them; Left/Right (the shell's) move by
segment. Without a voice that can speak, a quiet tone marks each new segment.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import translate
from calmkit.core.preferences import TEXT_SIZE_RANGE
from calmkit.core.timeline import Step, StepState, Timeline
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.text_size import TextSize

# A quick fade out and a slower fade in: the old words leave gently, the new ones arrive
# without a jump; under a second in all, so the text is up before most of a sentence is said.
FADE_OUT_MS = 280
FADE_IN_MS = 620
# Short lines read calmly: about this many characters a line at any text size.
CHARS_PER_LINE = 34
LINE_HEIGHT_PERCENT = 150
BALANCE_PRECISION = 6  # px: how closely the column is narrowed to balance its lines
SIDE_MARGIN = 24  # px each side of the text when the window is narrower than the column


class ReaderView(QWidget):
    animated = False  # it changes per segment; the fade runs on its own animation
    steps_navigable = True  # Left/Right: the previous or next segment
    has_still_form = True  # the segments change without fading
    narrated = True  # the voice is the session: it starts on
    tone_is_fallback = True  # the segment tone only where nothing speaks
    step_timer = False

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A segment is one part of the timeline (its words, then its pause).
        self._texts: dict[int, str] = {}
        for step in timeline.steps:
            self._texts.setdefault(step.cycle, step.text)
        self._number = {part: n for n, part in enumerate(sorted(self._texts), start=1)}
        self._part: int | None = -1  # -1: nothing shown yet; None: before the first step
        self._still = False
        self._displayed = ""  # the words in the label now (the target while fading out)
        self._pending = ""  # the words to show once the old ones have faded out
        self.text_size = TextSize(self)
        self.text_size.changed.connect(self._size_changed)

        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "muted")
        self.progress_label.setAccessibleName(
            translate("ReaderView", "Where you are in the script")
        )
        self.smaller_button = self._size_button(
            translate("ReaderView", "A−", "smaller text"),
            translate("ReaderView", "Smaller text (Ctrl+Minus)"),
        )
        self.smaller_button.setAccessibleName(translate("ReaderView", "Smaller text"))
        self.smaller_button.clicked.connect(self.text_size.smaller)
        self.bigger_button = self._size_button(
            translate("ReaderView", "A+", "larger text"),
            translate("ReaderView", "Larger text (Ctrl+Plus)"),
        )
        self.bigger_button.setAccessibleName(translate("ReaderView", "Larger text"))
        self.bigger_button.clicked.connect(self.text_size.bigger)

        self.text_label = QLabel()
        self.text_label.setObjectName("reader-text")
        self.text_label.setAccessibleName(translate("ReaderView", "Script"))
        self.text_label.setTextFormat(Qt.TextFormat.RichText)  # escaped: only our line height
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The label takes the space it is given and never pushes the window taller: a text
        # too long for it is set smaller instead (see _fit()).
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self._opacity = QGraphicsOpacityEffect(self.text_label)
        self._opacity.setEnabled(False)  # only while fading: sharper text, no extra paint
        self.text_label.setGraphicsEffect(self._opacity)
        self._fade_out = self._animation(FADE_OUT_MS, QEasingCurve.Type.InQuad)
        self._fade_out.setEndValue(0.0)
        self._fade_out.finished.connect(self._swap)
        self._fade_in = self._animation(FADE_IN_MS, QEasingCurve.Type.OutQuad)
        self._fade_in.setStartValue(0.0)
        self._fade_in.setEndValue(1.0)
        self._fade_in.finished.connect(lambda: self._opacity.setEnabled(False))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addSpacing(self.smaller_button.sizeHint().width() * 2)  # keeps the line centred
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.smaller_button)
        top.addWidget(self.bigger_button)
        middle = QHBoxLayout()
        middle.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 0)
        middle.addStretch(1)
        middle.addWidget(self.text_label, stretch=100)
        middle.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, theme.SPACE.s, 0, theme.SPACE.s)
        column.addLayout(top)
        column.addLayout(middle, stretch=1)

        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.text_size.bigger),
            ((QKeySequence.StandardKey.ZoomOut,), self.text_size.smaller),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                # The shell keeps the keyboard; these work wherever it is, while the reader
                # is on screen.
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)
        self._size_changed(self.text_size.points)
        self._apply(None)

    def _size_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setProperty("role", "tool")
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the shell
        return button

    def _animation(self, milliseconds: int, curve: QEasingCurve.Type) -> QPropertyAnimation:
        animation = QPropertyAnimation(self._opacity, b"opacity", self)
        animation.setDuration(milliseconds)
        animation.setEasingCurve(curve)
        return animation

    # --- ContentView -----------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def show_state(self, state: StepState | None) -> None:
        part = None if state is None else state.step.cycle
        if part != self._part:  # four calls a second: change things only at a new segment
            self._apply(part)

    def set_still(self, still: bool) -> None:
        self._still = still
        if still and self.fading:
            self._fade_out.stop()
            self._fade_in.stop()
            self._display(self._pending)
            self._opacity.setEnabled(False)

    def label_role(self, step: Step) -> str:
        return "phase"

    def tone_for(self, step: Step) -> str | None:
        # A segment begins with its words; the pause after them keeps the same segment.
        return None if step.kind == "pause" else "segment"

    # --- what a person sees ----------------------------------------------------------------

    @property
    def shown_text(self) -> str:
        """The words on screen now (while fading, the ones fading out)."""
        return self._displayed

    @property
    def fading(self) -> bool:
        running = QPropertyAnimation.State.Running
        return running in (self._fade_out.state(), self._fade_in.state())

    @property
    def text_points(self) -> float:
        """The size the words are set in: the chosen size, or smaller for a text too long
        for the space."""
        return self.text_label.font().pointSizeF()

    def _apply(self, part: int | None) -> None:
        self._part = part
        total = len(self._number)
        number = 1 if part is None else self._number[part]
        self.progress_label.setText(
            translate("ReaderView", "Part {number} of {total}").format(number=number, total=total)
        )
        text = "" if part is None else self._texts[part]
        if self._still or not self.isVisible():
            self._pending = text
            self._fade_out.stop()
            self._fade_in.stop()
            self._opacity.setEnabled(False)
            self._display(text)
            return
        self._pending = text
        if self._fade_out.state() is QPropertyAnimation.State.Running:
            return  # the newest words come in when the old ones are gone
        was_fading_in = self._fade_in.state() is QPropertyAnimation.State.Running
        self._fade_in.stop()
        if not was_fading_in:
            self._opacity.setOpacity(1.0)
        self._opacity.setEnabled(True)
        if not self._displayed:
            self._opacity.setOpacity(0.0)
            self._swap()  # nothing to fade out
            return
        self._fade_out.setStartValue(self._opacity.opacity())
        self._fade_out.start()

    def _swap(self) -> None:
        self._display(self._pending)
        self._fade_in.start()

    def _display(self, text: str) -> None:
        self._displayed = text
        self.text_label.setText(self._html(text))
        self._fit()

    @staticmethod
    def _html(text: str) -> str:
        if not text:
            return ""
        return f"<p align='center' style='line-height:{LINE_HEIGHT_PERCENT}%;'>{escape(text)}</p>"

    # --- text size -------------------------------------------------------------------------

    def _size_changed(self, points: int) -> None:
        self.smaller_button.setEnabled(self.text_size.can_shrink)
        self.bigger_button.setEnabled(self.text_size.can_grow)
        self._fit()

    def _fit(self) -> None:
        """The chosen size, in a column of short lines; smaller only when a long text (a
        person's own script) would not fit the space at that size."""
        font = QFont(self.text_label.font())
        points = float(self.text_size.points)
        available = self.text_label.height()
        while True:
            font.setPointSizeF(points)
            width = self._column_width(font)
            if points <= TEXT_SIZE_RANGE[0] or available <= 0:
                break
            if self._text_height(font, width) <= available:
                break
            points -= 1
        self.text_label.setMaximumWidth(self._balanced_width(font, width))
        if font != self.text_label.font():
            self.text_label.setFont(font)

    def _column_width(self, font: QFont) -> int:
        wanted = QFontMetrics(font).averageCharWidth() * CHARS_PER_LINE
        room = self.width() - 2 * SIDE_MARGIN
        return max(120, min(wanted, room)) if room > 0 else wanted

    def _balanced_width(self, font: QFont, width: int) -> int:
        """The narrowest column that keeps the lines `width` gives: lines of even length,
        not a long line and a last word on its own."""
        if not self._displayed or width <= 0:
            return width
        height = self._text_height(font, width)
        narrow, wide = width // 2, width
        while wide - narrow > BALANCE_PRECISION:
            middle = (narrow + wide) // 2
            if self._text_height(font, middle) <= height:
                wide = middle
            else:
                narrow = middle
        return wide

    def _text_height(self, font: QFont, width: int) -> float:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setHtml(self._html(self._displayed))
        document.setTextWidth(width)
        return document.size().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()
