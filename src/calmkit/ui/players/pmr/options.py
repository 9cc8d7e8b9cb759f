"""Muscle relaxation's choices in the library: each group twice, the left side first, areas
left out, and the seconds of tensing and of letting go.

Handedness, twice and the areas left out are about the person, so they stay as chosen when
another protocol is selected; the seconds go back to each protocol's own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
)

from calmkit.core.exercises import Exercise, SessionPlan, timeline_for
from calmkit.core.exercises.pmr import (
    AREA_NAMES,
    AREAS,
    RELEASE_RANGE,
    TENSE_RANGE,
    applicable_options,
    content_of,
)
from calmkit.core.i18n import QT_TRANSLATE_NOOP, active, translate
from calmkit.core.timeline import Timeline
from calmkit.core.wording import short_number

# The menu in body order; a wide area comes first and covers the finer ones under it.
AREA_MENU: tuple[tuple[str, ...], ...] = (
    ("right-arm", "right-hand", "right-upper-arm"),
    ("left-arm", "left-hand", "left-upper-arm"),
    ("face", "forehead", "eyes", "jaw"),
    ("neck", "shoulders", "chest", "abdomen"),
    ("right-leg", "right-thigh", "right-calf", "right-foot"),
    ("left-leg", "left-thigh", "left-calf", "left-foot"),
)
WIDE_AREAS = ("right-arm", "left-arm", "face", "right-leg", "left-leg")
# The names of core.exercises.pmr.AREA_NAMES, for the catalog: they are shown only here
# (tests/ui/players/pmr/test_options.py checks that every area has its name marked).
AREA_LABELS = (
    QT_TRANSLATE_NOOP("PmrOptions", "Right hand and forearm"),
    QT_TRANSLATE_NOOP("PmrOptions", "Left hand and forearm"),
    QT_TRANSLATE_NOOP("PmrOptions", "Right upper arm"),
    QT_TRANSLATE_NOOP("PmrOptions", "Left upper arm"),
    QT_TRANSLATE_NOOP("PmrOptions", "Whole right arm"),
    QT_TRANSLATE_NOOP("PmrOptions", "Whole left arm"),
    QT_TRANSLATE_NOOP("PmrOptions", "Forehead"),
    QT_TRANSLATE_NOOP("PmrOptions", "Upper cheeks and nose"),
    QT_TRANSLATE_NOOP("PmrOptions", "Jaw"),
    QT_TRANSLATE_NOOP("PmrOptions", "Whole face"),
    QT_TRANSLATE_NOOP("PmrOptions", "Neck"),
    QT_TRANSLATE_NOOP("PmrOptions", "Shoulders and upper back"),
    QT_TRANSLATE_NOOP("PmrOptions", "Chest"),
    QT_TRANSLATE_NOOP("PmrOptions", "Abdomen"),
    QT_TRANSLATE_NOOP("PmrOptions", "Right thigh"),
    QT_TRANSLATE_NOOP("PmrOptions", "Right calf"),
    QT_TRANSLATE_NOOP("PmrOptions", "Right foot"),
    QT_TRANSLATE_NOOP("PmrOptions", "Left thigh"),
    QT_TRANSLATE_NOOP("PmrOptions", "Left calf"),
    QT_TRANSLATE_NOOP("PmrOptions", "Left foot"),
    QT_TRANSLATE_NOOP("PmrOptions", "Whole right leg"),
    QT_TRANSLATE_NOOP("PmrOptions", "Whole left leg"),
)


def area_name(area: str) -> str:
    """An area's name as a menu shows it ("Right hand and forearm")."""
    return translate("PmrOptions", AREA_NAMES[area])  # AREA_LABELS


def area_in_sentence(area: str) -> str:
    """An area's name inside a sentence: English writes it in lower case, a translation
    keeps its own capitals (German nouns)."""
    name = area_name(area)
    return name if active() else name.lower()


def covered_by(area: str) -> tuple[str, ...]:
    """The finer areas a wide one takes in ("right-arm" -> right hand, right upper arm)."""
    if area not in WIDE_AREAS:
        return ()
    regions = set(AREAS[area])
    return tuple(a for a in AREAS if a != area and set(AREAS[a]) <= regions)


def leaving_out(areas: set[str] | frozenset[str]) -> list[str]:
    """The chosen areas a person would name, in body order: a wide area hides its parts."""
    covered = {part for area in areas for part in covered_by(area)}
    ordered = [a for section in AREA_MENU for a in section]
    return [a for a in ordered if a in areas and a not in covered]


def _whole_seconds(value: float) -> int:
    return round(value)


class _StayOpenMenu(QMenu):
    """A menu of checkboxes that stays open while several are ticked, by mouse or Space."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if (
            event.key() == Qt.Key.Key_Space
            and action is not None
            and action.isCheckable()
            and action.isEnabled()
        ):
            action.trigger()
            return
        super().keyPressEvent(event)


class PmrOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self._ticked: set[str] = set()  # what the person ticked (not what a wide area covers)
        self._default_tense = 7.0
        self._default_release = 30.0
        self.twice = QCheckBox(
            translate("PmrOptions", "Each group twice (recommended in the first weeks)")
        )
        self.twice.setToolTip(
            translate("PmrOptions", "Tense and let go every group two times in a row")
        )
        self.left_handed = QCheckBox(
            translate("PmrOptions", "Left-handed (start with the left side)")
        )
        self.left_handed.setToolTip(
            translate("PmrOptions", "Your dominant side is worked first: the left for you")
        )
        self.leave_out = QToolButton()
        self.leave_out.setProperty("role", "tool")
        self.leave_out.setAccessibleName(translate("PmrOptions", "Areas to leave out"))
        self.leave_out.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.leave_out.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.area_menu = _StayOpenMenu(self.leave_out)
        self.area_actions: dict[str, QAction] = {}
        for number, section in enumerate(AREA_MENU):
            if number:
                self.area_menu.addSeparator()
            for area in section:
                action = self.area_menu.addAction(area_name(area))
                action.setCheckable(True)
                action.setData(area)
                action.toggled.connect(lambda on, area=area: self._tick(area, on))
                self.area_actions[area] = action
        self.leave_out.setMenu(self.area_menu)
        self.tense_label = QLabel(translate("PmrOptions", "Tense for:"))
        self.tense = self._seconds_box(
            TENSE_RANGE, translate("PmrOptions", "Seconds of tensing each group")
        )
        self.release_label = QLabel(translate("PmrOptions", "Let go for:"))
        self.release = self._seconds_box(
            RELEASE_RANGE, translate("PmrOptions", "Seconds of letting go each group")
        )
        self.twice.toggled.connect(self.changed)
        self.left_handed.toggled.connect(self.changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.twice, 0, 0, 1, 3)
        grid.addWidget(self.left_handed, 1, 0, 1, 3)
        grid.addWidget(self.leave_out, 2, 0, 1, 3, alignment=Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.tense_label, 3, 0)
        grid.addWidget(self.tense, 3, 1)
        grid.addWidget(self.release_label, 4, 0)
        grid.addWidget(self.release, 4, 1)
        grid.setColumnStretch(2, 1)
        self._show_left_out()

    def _seconds_box(self, bounds: tuple[float, float], name: str) -> QSpinBox:
        box = QSpinBox()
        low, high = bounds
        box.setRange(_whole_seconds(low), _whole_seconds(high))
        box.setSuffix(translate("PmrOptions", " seconds"))
        box.setAccessibleName(name)
        box.setToolTip(
            translate("PmrOptions", "{low} to {high} seconds").format(
                low=short_number(low), high=short_number(high)
            )
        )
        box.valueChanged.connect(self.changed)
        return box

    # --- LibraryOptions --------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        timing = content_of(exercise).timing
        self._default_tense, self._default_release = timing.tense, timing.release
        for box, value in ((self.tense, timing.tense), (self.release, timing.release)):
            box.blockSignals(True)
            box.setValue(_whole_seconds(value))
            box.blockSignals(False)
        applies = set(applicable_options(exercise))
        self.twice.setVisible("twice" in applies)
        self.left_handed.setVisible("left_handed" in applies)
        self.leave_out.setVisible("skip" in applies)
        self.tense_label.setVisible("tense" in applies)
        self.tense.setVisible("tense" in applies)
        self.release_label.setVisible("release" in applies)
        self.release.setVisible("release" in applies)

    def max_cycles(self, exercise: Exercise) -> int | None:
        return None  # a protocol is as long as its steps

    def options(self) -> dict[str, Any]:
        exercise = self._exercise
        if exercise is None:
            return {}
        applies = set(applicable_options(exercise))
        chosen: dict[str, Any] = {}
        if "twice" in applies and self.twice.isChecked():
            chosen["twice"] = True
        if "left_handed" in applies and self.left_handed.isChecked():
            chosen["left_handed"] = True
        areas = leaving_out(self.left_out())
        if "skip" in applies and areas:
            chosen["skip"] = tuple(areas)
        # Only seconds the person changed: the protocol's own (say 6.5) stays exact.
        if "tense" in applies and self.tense.value() != _whole_seconds(self._default_tense):
            chosen["tense"] = float(self.tense.value())
        if "release" in applies and self.release.value() != _whole_seconds(self._default_release):
            chosen["release"] = float(self.release.value())
        return chosen

    def notes(self, plan: SessionPlan, timeline: Timeline) -> list[str]:
        lines: list[str] = []
        areas = plan.option("skip", ())
        if areas:
            names = ", ".join(area_in_sentence(a) for a in areas)
            lines.append(
                translate("PmrOptions", "Leaves out: {areas} (a short rest instead).").format(
                    areas=names
                )
            )
        if plan.option("left_handed", False):
            lines.append(translate("PmrOptions", "Starts with the left side."))
        tense, release = plan.option("tense"), plan.option("release")
        if tense is not None and release is not None:
            lines.append(
                translate(
                    "PmrOptions", "Each group: tense {tense} s and let go {release} s."
                ).format(tense=short_number(tense), release=short_number(release))
            )
        elif tense is not None:
            lines.append(
                translate("PmrOptions", "Each group: tense {tense} s.").format(
                    tense=short_number(tense)
                )
            )
        elif release is not None:
            lines.append(
                translate("PmrOptions", "Each group: let go {release} s.").format(
                    release=short_number(release)
                )
            )
        if plan.option("twice", False) and self._exercise is not None:
            once = dict(plan.options, twice=False)
            single = timeline_for(self._exercise, SessionPlan(plan.length, once))
            lines.append(
                translate(
                    "PmrOptions", "Each group twice (once through would take about {minutes} min)."
                ).format(minutes=_minutes(single.total))
            )
        return lines

    # --- areas -----------------------------------------------------------------------------

    def left_out(self) -> frozenset[str]:
        """The areas the person ticked."""
        return frozenset(self._ticked)

    def set_left_out(self, areas: set[str] | frozenset[str]) -> None:
        self._ticked = set(areas) & set(AREAS)
        self._show_left_out()
        self.changed.emit()

    def _tick(self, area: str, on: bool) -> None:
        if on:
            self._ticked.add(area)
        else:
            self._ticked.discard(area)
        self._show_left_out()
        self.changed.emit()

    def _show_left_out(self) -> None:
        ticked = self.left_out()
        # A finer area under a ticked wide one is left out already: shown ticked and greyed.
        covered = {part for area in ticked for part in covered_by(area)}
        for area, action in self.area_actions.items():
            action.blockSignals(True)
            action.setChecked(area in ticked or area in covered)
            action.blockSignals(False)
            action.setEnabled(area not in covered)
        names = [area_in_sentence(a) for a in leaving_out(ticked)]
        listed = translate("PmrOptions", "Leaving out: {areas}")
        if not names:
            text = translate("PmrOptions", "Leave out…")
            tip = translate("PmrOptions", "Leave out an injured or painful area; it just rests")
        elif len(names) <= 2:
            text = (
                listed.format(areas=names[0])
                if len(names) == 1
                else translate("PmrOptions", "Leaving out: {area} and {other_area}").format(
                    area=names[0], other_area=names[1]
                )
            )
            tip = translate("PmrOptions", "Click to change what is left out")
        else:
            count = len(names)
            text = translate("PmrOptions", "Leaving out %n area(s)", None, count)
            tip = listed.format(areas=", ".join(names))
        self.leave_out.setText(text)
        self.leave_out.setToolTip(tip)


def _minutes(seconds: float) -> int:
    return max(1, round(seconds / 60))


def make_options(parent: QWidget | None = None) -> PmrOptions:
    return PmrOptions(parent)
