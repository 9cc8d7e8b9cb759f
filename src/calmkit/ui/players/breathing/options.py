"""Breathing's choices in the library: a version of the pattern and the pace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QWidget

from calmkit.core.exercises import Exercise, SessionPlan
from calmkit.core.exercises.breathing import content_of, pace_range
from calmkit.core.i18n import translate
from calmkit.core.timeline import Timeline


class BreathingOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self.variant_label = QLabel(translate("BreathingOptions", "Version:"))
        self.variant = QComboBox()
        self.variant.setAccessibleName(translate("BreathingOptions", "Version of the exercise"))
        self.pace = QDoubleSpinBox()
        self.pace.setDecimals(1)
        self.pace.setSingleStep(0.1)
        self.pace.setSuffix(translate("BreathingOptions", " breaths a minute"))
        self.pace.setAccessibleName(translate("BreathingOptions", "Pace in breaths a minute"))
        self.pace.setToolTip(
            translate(
                "BreathingOptions", "Slower or faster; every phase is scaled, the proportions stay"
            )
        )
        self.variant.currentIndexChanged.connect(self._variant_changed)
        self.pace.valueChanged.connect(self.changed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.variant_label, 0, 0)
        grid.addWidget(self.variant, 0, 1)
        grid.addWidget(QLabel(translate("BreathingOptions", "Pace:")), 1, 0)
        grid.addWidget(self.pace, 1, 1)
        grid.setColumnStretch(2, 1)

    def widget(self) -> QWidget:
        return self

    def show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        content = content_of(exercise)
        self.variant.blockSignals(True)
        self.variant.clear()
        if content.variants:
            standard = translate("BreathingOptions", "Standard ({pattern})")
            self.variant.addItem(standard.format(pattern=content.pattern.describe()), None)
            for variant in content.variants:
                self.variant.addItem(f"{variant.name} ({variant.pattern.describe()})", variant.id)
        self.variant.blockSignals(False)
        self.variant.setVisible(bool(content.variants))
        self.variant_label.setVisible(bool(content.variants))
        self._reset_pace()

    def max_cycles(self, exercise: Exercise) -> int | None:
        return content_of(exercise).max_cycles

    def options(self) -> dict[str, Any]:
        exercise = self._exercise
        if exercise is None:
            return {}
        variant = self.variant.currentData() if self.variant.count() else None
        chosen: dict[str, Any] = {}
        if variant is not None:
            chosen["variant"] = variant
        allowed = pace_range(exercise, variant)
        # Only a pace the person changed; the default stays exact (e.g. 5.5, not 5.504).
        if abs(self.pace.value() - allowed.default) >= 0.05:
            chosen["pace"] = allowed.clamp(self.pace.value())
        return chosen

    def notes(self, plan: SessionPlan, timeline: Timeline) -> list[str]:
        if plan.option("pace") is None:
            return []
        per_breath = timeline.steps[: len(timeline) // timeline.cycles]
        phase = translate("BreathingOptions", "{seconds} s {phase}")
        seconds = " · ".join(
            phase.format(seconds=f"{s.duration:.1f}", phase=s.label.lower()) for s in per_breath
        )
        return [translate("BreathingOptions", "At this pace: {phases}.").format(phases=seconds)]

    def _variant_changed(self) -> None:
        self._reset_pace()
        self.changed.emit()

    def _reset_pace(self) -> None:
        if self._exercise is None:
            return
        allowed = pace_range(self._exercise, self.variant.currentData())
        self.pace.blockSignals(True)
        self.pace.setRange(allowed.minimum, allowed.maximum)
        self.pace.setValue(round(allowed.default, 1))
        self.pace.blockSignals(False)


def make_options(parent: QWidget | None = None) -> BreathingOptions:
    return BreathingOptions(parent)
