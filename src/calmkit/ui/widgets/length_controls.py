"""Minutes or breaths: the controls for a session's length, shared by the library and the
pattern editor (each lays them out its own way)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSpinBox, QWidget

from calmkit.core.exercises import SessionLength, Unit


class LengthControls:
    def __init__(self, parent: QWidget, purpose: str, *, mnemonics: bool = False) -> None:
        """`purpose` names the length for screen readers, e.g. "Session length"."""
        amp = "&" if mnemonics else ""
        self.by_minutes = QRadioButton(f"{amp}Minutes")
        self.by_cycles = QRadioButton(f"{amp}Breaths")
        self.by_minutes.setChecked(True)
        group = QButtonGroup(parent)
        group.addButton(self.by_minutes)
        group.addButton(self.by_cycles)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName(f"{purpose} in minutes")
        self.cycles = QSpinBox()
        self.cycles.setRange(1, 1000)
        self.cycles.setSuffix(" breaths")
        self.cycles.setAccessibleName(f"{purpose} in breaths")
        self._purpose = purpose
        self._mnemonics = mnemonics

    def set_unit(self, unit: Unit) -> None:
        """Count cycles in the exercise kind's own unit (breaths, rounds...)."""
        amp = "&" if self._mnemonics else ""
        self.by_cycles.setText(f"{amp}{unit.plural.capitalize()}")
        self.cycles.setSuffix(f" {unit.plural}")
        self.cycles.setAccessibleName(f"{self._purpose} in {unit.plural}")

    def length(self) -> SessionLength:
        if self.by_cycles.isChecked():
            return SessionLength(cycles=self.cycles.value())
        return SessionLength(minutes=self.minutes.value())

    def on_change(self, slot: Callable[[], None]) -> None:
        self.minutes.valueChanged.connect(slot)
        self.cycles.valueChanged.connect(slot)
        self.by_minutes.toggled.connect(slot)
