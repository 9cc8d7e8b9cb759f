"""Guided imagery's choice in the library: the short or the long version of a script."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from calmkit.core.exercises import Exercise, SessionPlan, timeline_for
from calmkit.core.exercises.script import content_of
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.timeline import Timeline

# Translated where they are shown; the second is the button's name for a screen reader.
NAMES = {
    "short": QT_TRANSLATE_NOOP("ImageryOptions", "Short"),
    "long": QT_TRANSLATE_NOOP("ImageryOptions", "Long"),
}
ACCESSIBLE_NAMES = {
    "short": QT_TRANSLATE_NOOP("ImageryOptions", "Short version"),
    "long": QT_TRANSLATE_NOOP("ImageryOptions", "Long version"),
}


class ImageryOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self.label = QLabel(translate("ImageryOptions", "Length:"))
        self.buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        for version, name in NAMES.items():
            button = QRadioButton(translate("ImageryOptions", name))
            button.setAccessibleName(translate("ImageryOptions", ACCESSIBLE_NAMES[version]))
            self._group.addButton(button)
            self.buttons[version] = button
            row.addWidget(button)
        row.addStretch(1)
        self._group.buttonToggled.connect(lambda _button, on: self.changed.emit() if on else None)

    def widget(self) -> QWidget:
        return self

    def show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        versions = content_of(exercise).versions
        # A script of one length (as many of people's own are) has nothing to choose.
        self.setVisible(bool(versions))
        self._group.blockSignals(True)
        for version, button in self.buttons.items():
            button.setVisible(version in versions)
            if version in versions:
                minutes = self._minutes(exercise, version)
                button.setText(
                    translate("ImageryOptions", "{version} (about {minutes} min)").format(
                        version=translate("ImageryOptions", NAMES[version]), minutes=minutes
                    )
                )
        if versions:
            self.buttons[versions[0]].setChecked(True)  # the short one, as `calmkit start`
        self._group.blockSignals(False)

    @staticmethod
    def _minutes(exercise: Exercise, version: str) -> int:
        timeline = timeline_for(exercise, SessionPlan(options={"length": version}))
        return max(1, round(timeline.total / 60))

    def max_cycles(self, exercise: Exercise) -> int | None:
        return None

    def options(self) -> dict[str, Any]:
        exercise = self._exercise
        if exercise is None or not content_of(exercise).versions:
            return {}
        chosen = next((v for v, b in self.buttons.items() if b.isChecked()), None)
        return {"length": chosen} if chosen else {}

    def notes(self, plan: SessionPlan, timeline: Timeline) -> list[str]:
        return []


def make_options(parent: QWidget | None = None) -> ImageryOptions:
    return ImageryOptions(parent)
