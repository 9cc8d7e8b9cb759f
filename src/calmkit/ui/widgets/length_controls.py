"""Minutes or breaths: the controls for a session's length, shared by the library and the
pattern editor (each lays them out its own way)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSpinBox, QWidget

from calmkit.core.exercises import SessionLength, Unit
from calmkit.core.i18n import translate


class LengthControls:
    def __init__(self, parent: QWidget, purpose: str, *, mnemonics: bool = False) -> None:
        """`purpose` names the length for screen readers, e.g. "Session length"."""
        self._mnemonics = mnemonics
        self.by_minutes = QRadioButton(self._label(translate("LengthControls", "&Minutes")))
        self.by_cycles = QRadioButton(self._label(translate("LengthControls", "&Breaths")))
        self.by_minutes.setChecked(True)
        group = QButtonGroup(parent)
        group.addButton(self.by_minutes)
        group.addButton(self.by_cycles)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setSuffix(" " + translate("LengthControls", "min", "after a number"))
        self.minutes.setAccessibleName(
            translate("LengthControls", "{purpose} in minutes").format(purpose=purpose)
        )
        self.cycles = QSpinBox()
        self.cycles.setRange(1, 1000)
        self.cycles.setSuffix(" " + translate("LengthControls", "breaths", "after a number"))
        self.cycles.setAccessibleName(
            translate("LengthControls", "{purpose} in breaths").format(purpose=purpose)
        )
        self._purpose = purpose

    def _label(self, text: str) -> str:
        """`text` with its mnemonic (the "&") where this place uses them."""
        return text if self._mnemonics else text.replace("&", "")

    def set_unit(self, unit: Unit) -> None:
        """Count cycles in the exercise kind's own unit (breaths, rounds...)."""
        amp = "&" if self._mnemonics else ""
        units = unit.plural
        # The first letter only: capitalize() would lower-case the rest (German nouns).
        self.by_cycles.setText(f"{amp}{units[:1].upper()}{units[1:]}")
        self.cycles.setSuffix(f" {unit.plural}")
        self.cycles.setAccessibleName(
            translate("LengthControls", "{purpose} in {units}").format(
                purpose=self._purpose, units=unit.plural
            )
        )

    def length(self) -> SessionLength:
        if self.by_cycles.isChecked():
            return SessionLength(cycles=self.cycles.value())
        return SessionLength(minutes=self.minutes.value())

    def on_change(self, slot: Callable[[], None]) -> None:
        self.minutes.valueChanged.connect(slot)
        self.cycles.valueChanged.connect(slot)
        self.by_minutes.toggled.connect(slot)
