"""The dialog for making or changing a breathing pattern of one's own.

Spin boxes keep every phase within 0-30 s; everything else the rules refuse (a breath in or out
under 1 s, a value off the half-second steps, a missing or taken name) is said next to its
field, and Save waits until nothing is left. Gentle notes outside the comfortable range never
block saving. The rules live in calmkit.core.exercises.breathing.custom; this only shows them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import SessionLength
from calmkit.core.exercises.breathing import BreathingPattern
from calmkit.core.exercises.breathing.custom import (
    DEFAULT_LENGTH,
    PHASE_FIELDS,
    STEP_SECONDS,
    CustomPatternError,
    UnknownCustomPatternError,
    clean_name,
    validate,
)
from calmkit.core.exercises.breathing.rules import MAX_PHASE_SECONDS, comfort_notes, cycles_for
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.store import StorageError
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.formatting import decimal, describe_length
from calmkit.ui.widgets.length_controls import LengthControls
from calmkit.ui.widgets.window_keys import mark_keeps_work

# Red that stays readable on the light background; notes use a warm brown so advice never
# looks like an error.
# (field, label with its mnemonic, what the phase is, for screen readers); the words are
# translated where they are shown.
PHASE_ROWS: tuple[tuple[str, str, str], ...] = (
    (
        "inhale",
        QT_TRANSLATE_NOOP("PatternEditor", "Breathe &in"),
        QT_TRANSLATE_NOOP("PatternEditor", "Seconds to breathe in"),
    ),
    (
        "inhale_top_up",
        QT_TRANSLATE_NOOP("PatternEditor", "&Top-up breath in"),
        QT_TRANSLATE_NOOP(
            "PatternEditor", "Seconds for a short extra breath in; Off leaves it out"
        ),
    ),
    (
        "hold",
        QT_TRANSLATE_NOOP("PatternEditor", "&Hold, lungs full"),
        QT_TRANSLATE_NOOP("PatternEditor", "Seconds to hold after breathing in; Off leaves it out"),
    ),
    (
        "exhale",
        QT_TRANSLATE_NOOP("PatternEditor", "Breathe &out"),
        QT_TRANSLATE_NOOP("PatternEditor", "Seconds to breathe out"),
    ),
    (
        "rest",
        QT_TRANSLATE_NOOP("PatternEditor", "Hold, lungs &empty"),
        QT_TRANSLATE_NOOP(
            "PatternEditor", "Seconds to hold after breathing out; Off leaves it out"
        ),
    ),
)
NEW_PATTERN = BreathingPattern(inhale=4, exhale=6)


@dataclass(frozen=True, slots=True)
class PatternDraft:
    """What the editor holds: the name as typed (trimmed), the phases and the default length."""

    name: str
    pattern: BreathingPattern
    default_length: SessionLength


class HalfSecondSpinBox(QDoubleSpinBox):
    """Seconds from 0 to 30; the arrow keys land on half seconds even from a typed 4.3."""

    def __init__(self, minimum_label: str = "") -> None:
        super().__init__()
        self.setRange(0, MAX_PHASE_SECONDS)
        self.setDecimals(1)
        self.setSingleStep(STEP_SECONDS)
        self.setSuffix(" " + translate("HalfSecondSpinBox", "s", "seconds, after a number"))
        self.setSpecialValueText(minimum_label)  # "Off" at 0 for the phases that may be left out
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(96)

    def stepBy(self, steps: int) -> None:
        halves = self.value() / STEP_SECONDS
        if not math.isclose(halves, round(halves), abs_tol=1e-9) and steps:
            # Off the grid: the first step only goes to the nearest half second that way.
            halves = math.ceil(halves) if steps > 0 else math.floor(halves)
            steps -= 1 if steps > 0 else -1
        else:
            halves = round(halves)
        self.setValue(min(self.maximum(), max(self.minimum(), (halves + steps) * STEP_SECONDS)))


def ask_to_discard(parent: QWidget) -> bool:
    """True when the person chooses to drop their unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("PatternEditor", "Discard changes?"),
        translate("PatternEditor", "Your changes to this pattern have not been saved."),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Discard).setText(translate("PatternEditor", "Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        translate("PatternEditor", "Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


class PatternEditor(QDialog):
    """Edits one pattern. `save` is called with the draft when Save is pressed: if it raises
    CustomPatternError the reasons appear by their fields and the dialog stays open."""

    def __init__(
        self,
        save: Callable[[PatternDraft], None],
        *,
        title: str,
        name: str = "",
        pattern: BreathingPattern = NEW_PATTERN,
        default_length: SessionLength = DEFAULT_LENGTH,
        taken_names: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        mark_keeps_work(self)  # the calm-down (F3) hides it and brings it back
        self.setObjectName("page")  # the app's calm background
        # The app's primary button has no disabled look of its own; Save must show that it
        # is waiting.
        self.setWindowTitle(title)
        self.setModal(True)
        self._save = save
        self._taken = tuple(taken_names)
        # A missing name is said only once the person has typed in the field or pressed Save:
        # a form that opens already scolding feels like a mistake was made.
        self._name_touched = bool(name)

        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(translate("PatternEditor", "Pattern name"))
        self.name_edit.setPlaceholderText(
            translate("PatternEditor", "For example: Slow evening breaths")
        )
        self.name_message = self._message_label()

        self.spins: dict[str, HalfSecondSpinBox] = {}
        self.messages: dict[str, QLabel] = {}
        phases = QGridLayout()
        phases.setColumnStretch(2, 1)
        phases.setHorizontalSpacing(theme.SPACE.m)
        for row, (field, label_source, description) in enumerate(PHASE_ROWS):
            label_text = translate("PatternEditor", label_source)
            spin = HalfSecondSpinBox(
                "" if field in ("inhale", "exhale") else translate("PatternEditor", "Off")
            )
            spin.setValue(getattr(pattern, field))
            spin.setAccessibleName(label_text.replace("&", ""))
            spin.setToolTip(translate("PatternEditor", description))
            label = QLabel(label_text)
            label.setBuddy(spin)
            message = self._message_label()
            phases.addWidget(label, row, 0)
            phases.addWidget(spin, row, 1, alignment=Qt.AlignmentFlag.AlignTop)
            phases.addWidget(message, row, 2)
            self.spins[field] = spin
            self.messages[field] = message
        hint = QLabel(
            translate("PatternEditor", "Half-second steps from 0 to 30 s. Off leaves a phase out.")
        )
        hint.setProperty("role", "muted")

        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(translate("PatternEditor", "Preview of one breath"))
        self.breath_message = self._message_label()

        self.length_controls = LengthControls(
            self, translate("PatternEditor", "Default length"), mnemonics=True
        )
        self.by_minutes = self.length_controls.by_minutes
        self.by_cycles = self.length_controls.by_cycles
        self.minutes = self.length_controls.minutes
        self.cycles = self.length_controls.cycles
        if default_length.cycles is not None:
            self.by_cycles.setChecked(True)
            self.cycles.setValue(default_length.cycles)
            self.minutes.setValue(max(1, round(default_length.cycles * pattern.cycle_seconds / 60)))
        else:
            self.by_minutes.setChecked(True)
            minutes = default_length.minutes or DEFAULT_LENGTH.minutes or 5
            self.minutes.setValue(max(1, round(minutes)))
            self.cycles.setValue(cycles_for(pattern, SessionLength(minutes=minutes)))
        self.length_note = QLabel()
        self.length_note.setProperty("role", "muted")
        self.save_message = self._message_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button: QPushButton = save_button
        self.save_button.setProperty("role", "primary")
        self.save_button.setText(translate("PatternEditor", "Save"))
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel_button is not None:
            cancel_button.setText(translate("PatternEditor", "Cancel"))
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # plain words, like every other button in the app
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)

        name_label = QLabel(translate("PatternEditor", "&Name"))
        name_label.setBuddy(self.name_edit)
        name_row = QGridLayout()
        name_row.setHorizontalSpacing(theme.SPACE.m)
        name_row.addWidget(name_label, 0, 0)
        name_row.addWidget(self.name_edit, 0, 1)
        name_row.addWidget(self.name_message, 1, 1)
        name_row.setColumnStretch(1, 1)
        length = QHBoxLayout()
        length.addWidget(QLabel(translate("PatternEditor", "Default length:")))
        length.addWidget(self.by_minutes)
        length.addWidget(self.minutes)
        length.addSpacing(theme.SPACE.m)
        length.addWidget(self.by_cycles)
        length.addWidget(self.cycles)
        length.addStretch(1)
        heading = QLabel(translate("PatternEditor", "One breath"))
        heading.setProperty("role", "strong")
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addSpacing(theme.SPACE.s)
        layout.addWidget(heading)
        layout.addLayout(phases)
        layout.addWidget(hint)
        layout.addSpacing(theme.SPACE.xs)
        layout.addWidget(self.preview)
        layout.addWidget(self.breath_message)
        layout.addSpacing(theme.SPACE.s)
        layout.addLayout(length)
        layout.addWidget(self.length_note)
        layout.addStretch(1)
        layout.addWidget(self.save_message)
        layout.addWidget(self.buttons)

        # Keyboard order follows the page: name, the phases in breath order, length, buttons.
        chain: list[QWidget] = [
            self.name_edit,
            *self.spins.values(),
            self.by_minutes,
            self.minutes,
            self.by_cycles,
            self.cycles,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.name_edit.textEdited.connect(self._touch_name)
        self.name_edit.textChanged.connect(self._refresh)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._refresh)
        for widget in (self.minutes, self.cycles):
            widget.valueChanged.connect(self._refresh)
        self.by_minutes.toggled.connect(self._refresh)
        self.resize(640, self.sizeHint().height())
        self._initial = self.draft()
        self._refresh()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    @staticmethod
    def _message_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    # --- state -------------------------------------------------------------------------------

    def pattern(self) -> BreathingPattern:
        return BreathingPattern(**{f: self.spins[f].value() for f in PHASE_FIELDS})

    def default_length(self) -> SessionLength:
        return self.length_controls.length()

    def draft(self) -> PatternDraft:
        return PatternDraft(
            clean_name(self.name_edit.text()), self.pattern(), self.default_length()
        )

    def problems(self) -> dict[str, str]:
        """Field -> why it cannot be saved, as shown next to the fields."""
        return dict(validate(self.name_edit.text(), self.pattern(), self._taken))

    def has_changes(self) -> bool:
        return self.draft() != self._initial

    def shown_problems(self) -> dict[str, str]:
        """The problems marked on the page: all but a name not yet typed."""
        problems = self.problems()
        if not self._name_touched:
            problems.pop("name", None)
        return problems

    def _touch_name(self) -> None:
        self._name_touched = True

    # --- showing -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        pattern = self.pattern()
        problems = self.shown_problems()
        notes = dict(comfort_notes(pattern))
        self._show(self.name_message, self.name_edit, problems.get("name"), None)
        for field in PHASE_FIELDS:
            self._show(
                self.messages[field], self.spins[field], problems.get(field), notes.get(field)
            )
        phases_ok = not any(field in problems for field in PHASE_FIELDS)
        if phases_ok:
            rate = 60 / pattern.cycle_seconds
            self.preview.setText(
                translate(
                    "PatternEditor",
                    "{pattern} — {seconds} s a breath, about {rate} breaths a minute",
                ).format(
                    pattern=pattern.describe(),
                    seconds=decimal(pattern.cycle_seconds),
                    rate=decimal(rate, 1),
                )
            )
            total = cycles_for(pattern, self.default_length()) * pattern.cycle_seconds
            self.length_note.setText(
                translate("PatternEditor", "A session ends after a whole breath: {total}.").format(
                    total=describe_length(total)
                )
            )
        else:
            self.preview.setText(
                translate("PatternEditor", "Fix the marked phases to see the whole breath.")
            )
            self.length_note.setText("")
        self._show(self.breath_message, None, None, notes.get("") if phases_ok else None)
        self.save_message.hide()
        self._grow_to_fit()
        self.save_button.setEnabled(not problems)
        self.save_button.setToolTip(
            translate("PatternEditor", "Save this pattern")
            if not problems
            else translate("PatternEditor", "Fix the marked fields first")
        )

    def _show(
        self, label: QLabel, field: QWidget | None, problem: str | None, note: str | None
    ) -> None:
        text = problem or note or ""
        label.setText(text)
        label.setVisible(bool(text))
        role = "error" if problem else "note"
        if label.property("role") != role:
            label.setProperty("role", role)  # coloured by the theme
            label.style().unpolish(label)
            label.style().polish(label)
        label.setProperty("kind", "error" if problem else "note" if note else "")
        if field is not None:
            # A screen reader hears the reason when it reaches the field.
            field.setAccessibleDescription(text)

    def _grow_to_fit(self) -> None:
        # A wrapped message needs a taller row; a dialog does not grow by itself for text
        # that wraps, so make room (never shrink: the buttons should not jump about).
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    # --- saving and leaving ------------------------------------------------------------------

    def _try_save(self) -> None:
        if self.problems():
            # Save is disabled for a marked problem, and Enter in a field must not get round
            # it; a name never typed is asked for now, where the person will type it.
            if not self._name_touched:
                self._name_touched = True
                self._refresh()
                self.name_edit.setFocus()
            return
        try:
            self._save(self.draft())
        except CustomPatternError as error:
            for field, reason in error.problems:
                label = self.messages.get(field, self.name_message if field == "name" else None)
                self._show(label or self.save_message, None, reason, None)
            self.save_button.setEnabled(False)
            return
        except UnknownCustomPatternError:
            self._show(
                self.save_message,
                None,
                translate(
                    "PatternEditor",
                    "This pattern is no longer saved (was it deleted in another CalmKit "
                    "window?). Cancel, then make it again with New pattern.",
                ),
                None,
            )
            self.save_button.setEnabled(False)
            return
        except StorageError as error:
            problem = translate("PatternEditor", "The pattern could not be saved: {error}").format(
                error=error
            )
            self._show(self.save_message, None, problem, None)
            return
        self._initial = self.draft()
        self.accept()

    def reject(self) -> None:
        # Esc and the window's close button both land here: ask before losing work.
        if self.has_changes() and not ask_to_discard(self):
            return
        super().reject()
