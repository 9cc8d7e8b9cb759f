"""The Settings dialog's "Tray and reminders" page. Every widget only offers values the
core accepts."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.desktop import DesktopSettings
from calmkit.core.exercises import Catalog
from calmkit.core.i18n import translate
from calmkit.core.reminders import MAX_TIMES, ReminderSettings


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class _TimeRow(QWidget):
    """One time of day, with a button to take it away again."""

    def __init__(self, moment: time, remove: object) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QTimeEdit(QTime(moment.hour, moment.minute))
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setAccessibleName(translate("DesktopPage", "Reminder time"))
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setToolTip(translate("DesktopPage", "Remove this time"))
        self.remove.setAccessibleName(translate("DesktopPage", "Remove this reminder time"))
        self.remove.clicked.connect(lambda: remove(self))  # type: ignore[operator]
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.remove)

    def moment(self) -> time:
        chosen = self.edit.time()
        return time(chosen.hour(), chosen.minute())


class DesktopPage(QWidget):
    """Whether closing the window keeps CalmKit in the tray, the practice reminders, and
    starting CalmKit at log-in (which reminders need)."""

    def __init__(
        self,
        settings: DesktopSettings,
        reminders: ReminderSettings,
        catalog: Catalog,
        *,
        tray_available: bool,
        starts_at_login: bool,
        problems: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        if problems:
            heading = translate(
                "DesktopPage", "Some saved settings could not be used, so their defaults are shown:"
            )
            notice = _help("\n".join([heading, *problems]))
            notice.setProperty("role", "notice-text")
            layout.addWidget(notice)

        # --- reminders ---
        box = QGroupBox(translate("DesktopPage", "Reminders"))
        column = QVBoxLayout(box)
        self.reminders_on = QCheckBox(translate("DesktopPage", "&Remind me to practise"))
        self.reminders_on.setChecked(reminders.on)
        column.addWidget(self.reminders_on)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        times = QWidget()
        self._times_column = QHBoxLayout(times)
        self._times_column.setContentsMargins(0, 0, 0, 0)
        self.time_rows: list[_TimeRow] = []
        self.add_time = QPushButton(translate("DesktopPage", "Add a ti&me"))
        self.add_time.setAutoDefault(False)
        self.add_time.clicked.connect(lambda: self._add_time(time(12, 0)))
        self._times_column.addWidget(self.add_time)
        self._times_column.addStretch(1)
        for moment in reminders.times:
            self._add_time(moment)
        form.addRow(translate("DesktopPage", "At:"), times)
        days = QWidget()
        day_row = QHBoxLayout(days)
        day_row.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.weekday_boxes: list[QCheckBox] = []
        for weekday in range(7):  # Monday first, as datetime counts
            name = locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)
            day = QCheckBox(name)
            day.setAccessibleName(locale.dayName(weekday + 1))
            day.setChecked(weekday in reminders.weekdays)
            self.weekday_boxes.append(day)
            day_row.addWidget(day)
        day_row.addStretch(1)
        form.addRow(translate("DesktopPage", "On:"), days)
        self.exercise = QComboBox()
        self.exercise.setAccessibleName(translate("DesktopPage", "Exercise a reminder offers"))
        for exercise in catalog:
            self.exercise.addItem(exercise.name, exercise.id)
        index = self.exercise.findData(reminders.exercise_id) if reminders.exercise_id else 0
        self.exercise.setCurrentIndex(max(0, index))
        form.addRow(translate("DesktopPage", "&Offer:"), self.exercise)
        column.addWidget(self.details)
        column.addWidget(
            _help(
                translate(
                    "DesktopPage",
                    "A quiet notification offers the exercise; you can start it from there or "
                    "snooze it for 10 minutes. On a day you have already practised, no reminder "
                    "comes.",
                )
            )
        )
        column.addWidget(
            _help(
                translate(
                    "DesktopPage",
                    "Reminders come only while CalmKit is running, with its window open or in "
                    "the system tray. To have them every day, let CalmKit start when you log "
                    "in: it then waits quietly in the tray, without opening its window.",
                )
            )
        )
        self.start_at_login = QCheckBox(translate("DesktopPage", "Start CalmKit when I &log in"))
        self.start_at_login.setChecked(starts_at_login)
        column.addWidget(self.start_at_login)
        layout.addWidget(box)

        # --- tray ---
        tray = QGroupBox(translate("DesktopPage", "System tray"))
        tray_layout = QVBoxLayout(tray)
        self.keep_in_tray = QCheckBox(
            translate("DesktopPage", "&Keep CalmKit in the system tray when I close the window")
        )
        self.keep_in_tray.setChecked(settings.keep_in_tray and tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        tray_layout.addWidget(self.keep_in_tray)
        tray_layout.addWidget(
            _help(
                translate(
                    "DesktopPage",
                    "Closing the window then leaves CalmKit running, with its icon in the tray. "
                    "Choose Quit from the icon's menu to end it.",
                )
                if tray_available
                else translate(
                    "DesktopPage",
                    "Your desktop shows no system tray, so closing the window quits CalmKit.",
                )
            )
        )
        layout.addWidget(tray)
        layout.addStretch(1)
        self.reminders_on.toggled.connect(self._update)
        for day in self.weekday_boxes:
            day.toggled.connect(self._update)
        self._update()

    def _add_time(self, moment: time) -> None:
        row = _TimeRow(moment, self._remove_time)
        self.time_rows.append(row)
        self._times_column.insertWidget(len(self.time_rows) - 1, row)
        self._update()
        row.edit.setFocus()

    def _remove_time(self, row: _TimeRow) -> None:
        if len(self.time_rows) <= 1:
            return
        self.time_rows.remove(row)
        row.deleteLater()
        self._update()
        self.time_rows[-1].edit.setFocus()

    def _update(self) -> None:
        on = self.reminders_on.isChecked()
        self.details.setEnabled(on)
        self.add_time.setEnabled(on and len(self.time_rows) < MAX_TIMES)
        for row in self.time_rows:
            row.remove.setEnabled(on and len(self.time_rows) > 1)

    def chosen(self) -> DesktopSettings:
        return DesktopSettings(keep_in_tray=self.keep_in_tray.isChecked())

    def chosen_reminders(self) -> ReminderSettings:
        return ReminderSettings(
            on=self.reminders_on.isChecked(),
            times=tuple(row.moment() for row in self.time_rows),
            weekdays=frozenset(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            exercise_id=str(self.exercise.currentData() or ""),
        )
