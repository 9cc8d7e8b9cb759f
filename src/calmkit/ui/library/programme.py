"""Programmes of stages in the library: one card per programme with its suggested next stage,
and a stage chooser in the details column. Where the person is comes from their recorded
sessions (calmkit.core.programme); the suggestion is preselected, never imposed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import Catalog, Exercise, timeline_for
from calmkit.core.i18n import translate
from calmkit.core.store import StorageError
from calmkit.ui.widgets import theme

if TYPE_CHECKING:  # the positions are read after the first paint, and imported then
    from calmkit.core.programme import ProgrammePosition
    from calmkit.ui.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Card:
    """A programme's card in the list."""

    plain: str  # for screen readers
    rich: str  # drawn
    exercise_id: str  # the stage the card stands for: what Start starts


@dataclass(frozen=True, slots=True)
class _Known:
    """A position and what it was worked out for: recomputed when any of these moves."""

    position: ProgrammePosition
    catalog: Catalog
    today: date


class Programmes(QObject):
    """The programmes' positions (read from the store when first asked for, then again when
    sessions, settings, the store or the day change) and the stage the person chose in each."""

    changed = Signal()  # a position may have moved: cards and the chooser should follow

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._known: dict[str, _Known] = {}
        self._hour: int | None = None  # the day-start hour, read with the first position
        # The stage the person picked, per programme, and the suggestion it was picked
        # against: when the suggestion moves, the new one is preselected again.
        self._picked: dict[str, tuple[str, str]] = {}
        self._waiting_for_paint = False
        context.sessions_changed.connect(self._forget_positions)
        context.settings_changed.connect(self._forget_settings)

    def position(self, catalog: Catalog, programme: str) -> ProgrammePosition:
        from calmkit.core.programme import position_from_store, programme_position
        from calmkit.core.stats import practice_day

        stages = catalog.stages(programme)
        hour = self._day_start_hour()
        today = practice_day(self._context.clock.now(), hour)
        known = self._known.get(programme)
        if known is not None and known.catalog is catalog and known.today == today:
            return known.position
        try:
            position = position_from_store(self._context.store, stages, today, hour)
        except StorageError as error:
            log.warning("could not read the sessions of %s: %s", programme, error)
            unread = programme_position(stages, [], today, hour)
            position = replace(
                unread,
                reason=translate(
                    "Programmes",
                    "Your sessions could not be read just now, so none are counted here "
                    "({error}). Any stage is fine at any time.",
                ).format(error=error),
            )
        self._known[programme] = _Known(position, catalog, today)
        return position

    def chosen(self, catalog: Catalog, programme: str) -> Exercise:
        """The stage to show: the person's pick, unless the suggestion moved since."""
        position = self.position(catalog, programme)
        suggested = position.suggested.exercise
        picked = self._picked.get(programme)
        if picked is not None and picked[1] == suggested.id:
            stage = position.stage(picked[0])
            if stage is not None:
                return stage.exercise
        return suggested

    def choose(self, catalog: Catalog, exercise: Exercise) -> None:
        if exercise.stage is None:
            return
        programme = exercise.stage.programme
        suggested = self.position(catalog, programme).suggested.exercise
        self._picked[programme] = (exercise.id, suggested.id)

    def card(self, catalog: Catalog, programme: str) -> Card:
        """What the programme's card shows. Before the first paint (see read_after_painting())
        it names no suggestion, so start-up reads no sessions; the suggestion follows."""
        if self._waiting_for_paint and programme not in self._known:
            stages = catalog.stages(programme)
            shown = stages[0]
            name = shown.stage.programme_name if shown.stage else shown.name
            count = len(stages)
            summary = translate("Programmes", "%n stage(s)", None, count)
            length_of = shown
        else:
            position = self.position(catalog, programme)
            shown = self.chosen(catalog, programme)
            name, summary = position.name, position.summary
            length_of = position.suggested.exercise
        minutes = max(1, round(timeline_for(length_of).total / 60))
        about = translate("Programmes", "About {minutes} min").format(minutes=minutes)
        return Card(
            plain=translate("Programmes", "{name}. {summary}. About {minutes} min.").format(
                name=name, summary=summary, minutes=minutes
            ),
            rich=f"<b>{escape(name)}</b><br>{escape(summary)}"
            f"<br><span class='muted'>{escape(about)}</span>",
            exercise_id=shown.id,
        )

    def read_after_painting(self, widget: QWidget) -> None:
        """Read the positions once `widget` has first painted (the cards meanwhile show no
        suggestion): start-up then pays nothing for them."""
        self._waiting_for_paint = True
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._waiting_for_paint:
            watched.removeEventFilter(self)
            # Queued: the paint that is starting ends first.
            QTimer.singleShot(0, self, lambda: self._painted(watched))
        return False

    def _painted(self, widget: QObject) -> None:
        if isinstance(widget, QWidget) and not widget.isVisible():
            # Painted as its window closed (the store may be closed already): wait for the
            # next time it is on screen.
            widget.installEventFilter(self)
            return
        self._waiting_for_paint = False
        self.changed.emit()

    def _day_start_hour(self) -> int:
        if self._hour is None:
            self._hour = self._context.practice_settings().day_start_hour
        return self._hour

    def _forget_positions(self) -> None:
        self._known.clear()
        self.changed.emit()

    def _forget_settings(self) -> None:
        self._hour = None
        self._forget_positions()


class StageChooser(QWidget):
    """The stages of one programme as radio buttons (arrow keys move between them), each with
    its session count, the suggested one marked, and why it is suggested."""

    stage_chosen = Signal(object)  # the Exercise of the stage the person chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setProperty("role", "muted")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.stages = QWidget()
        self.stages.setAccessibleName(translate("StageChooser", "Stages"))
        self._grid = QGridLayout(self.stages)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(theme.SPACE.xs)
        self._grid.setHorizontalSpacing(theme.SPACE.l)
        self._grid.setColumnStretch(3, 1)
        self._group = QButtonGroup(self)
        self._group.idClicked.connect(self._clicked)
        self.buttons: list[QRadioButton] = []
        self._labels: list[QLabel] = []
        self._exercises: list[Exercise] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, theme.SPACE.s)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.stages)

    def show_position(self, position: ProgrammePosition, chosen: Exercise) -> None:
        self.heading.setText(position.name)
        self.reason.setText(position.reason)
        self.stages.setAccessibleName(
            translate("StageChooser", "Stages of {programme}").format(programme=position.name)
        )
        if [s.exercise for s in position.stages] != self._exercises:
            self._rebuild(position)
        for row, stage in enumerate(position.stages):
            button = self.buttons[row]
            suggested = stage is position.suggested
            count, mark = self._labels[2 * row], self._labels[2 * row + 1]
            count.setText(stage.sessions_text)
            mark.setText(translate("StageChooser", "suggested") if suggested else "")
            button.setAccessibleDescription(
                translate("StageChooser", "{sessions}, suggested next").format(
                    sessions=stage.sessions_text
                )
                if suggested
                else stage.sessions_text
            )
            if stage.exercise.id == chosen.id and not button.isChecked():
                button.setChecked(True)

    def chosen(self) -> Exercise | None:
        row = self._group.checkedId()
        return self._exercises[row] if 0 <= row < len(self._exercises) else None

    def _rebuild(self, position: ProgrammePosition) -> None:
        for button in self.buttons:
            self._group.removeButton(button)
        for widget in [*self.buttons, *self._labels]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.buttons, self._labels = [], []
        self._exercises = [s.exercise for s in position.stages]
        for row, stage in enumerate(position.stages):
            button = QRadioButton(f"{stage.number}. {stage.exercise.name}")
            button.setAccessibleName(
                translate("StageChooser", "Stage {number}: {name}").format(
                    number=stage.number, name=stage.exercise.name
                )
            )
            self._group.addButton(button, row)
            count = QLabel()
            count.setProperty("role", "muted")
            mark = QLabel()
            mark.setProperty("role", "mark")
            for label in (count, mark):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setBuddy(button)
            self._grid.addWidget(button, row, 0)
            self._grid.addWidget(count, row, 1)
            self._grid.addWidget(mark, row, 2)
            self.buttons.append(button)
            self._labels.extend((count, mark))
        for widget in [*self.buttons, *self._labels]:
            widget.show()  # added after the chooser was shown: Qt leaves them hidden otherwise

    def _clicked(self, row: int) -> None:
        if 0 <= row < len(self._exercises):
            self.stage_chosen.emit(self._exercises[row])
