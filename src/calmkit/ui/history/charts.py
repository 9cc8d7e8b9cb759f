"""The History view's charts, drawn with pyqtgraph: a calendar of the last year, minutes per
day and per week, distress before and after, and the weekly self-check's totals.

Importing this module imports pyqtgraph and numpy (0.4-0.5 s here, more than the whole start-up
of the app), so only calmkit.ui.history.view imports it, when the History view first opens.

The charts are still pictures: no zooming or panning (nothing to get lost in), values on hover,
and each can be saved as a PNG. From the keyboard, Tab reaches each chart and the arrow keys
move a marked day, week or bar; its values show as the hover text does and become the
chart's accessible name, so a screen reader reads them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QDate, QLocale, QPoint, QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QImage,
    QImageWriter,
    QKeyEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.records import DayTotals
from calmkit.core.selfcheck import BAND_LINES, BANDS, MAX_TOTAL, band_for
from calmkit.core.stats import DistressDay, week_start
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.formatting import decimal, describe_length, describe_total

# Colours come from the theme (theme.colours(): heat, before, chart_link, accent), and every
# chart re-colours itself when the theme changes.
pg.setConfigOptions(antialias=True)

HEAT_LIMITS = (5.0, 10.0, 20.0)  # minutes: (0, 5) is level 1, [5, 10) 2, [10, 20) 3, then 4
WEEKS_SHOWN = 52  # the per-week chart: the last year of weeks


# What the lines of the self-check chart say where each band begins (the bands' keys are ids).
BAND_LABELS = {
    "minimal": QT_TRANSLATE_NOOP("SelfCheckChart", "minimal"),
    "mild": QT_TRANSLATE_NOOP("SelfCheckChart", "mild"),
    "moderate": QT_TRANSLATE_NOOP("SelfCheckChart", "moderate"),
    "severe": QT_TRANSLATE_NOOP("SelfCheckChart", "severe"),
}


def _date(day: date, pattern: str) -> str:
    """`day` in a Qt date pattern, with the month and weekday names of the app's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: date) -> str:
    return _date(day, translate("Charts", "ddd d MMM yyyy", "Qt date pattern: Mon 5 Jan 2026"))


def _day_month(day: date) -> str:
    return _date(day, translate("Charts", "d MMM", "Qt date pattern: 5 Jan"))


def heat_level(minutes: float) -> int:
    if minutes <= 0:
        return 0
    return 1 + sum(minutes >= limit for limit in HEAT_LIMITS)


def day_ticks(first: date, count: int) -> list[tuple[float, str]]:
    """Labels for a row of `count` days from `first`: Mondays for a month or so, the 1st and
    15th for a season, month names for a year (January with its year)."""
    days = [first + timedelta(days=i) for i in range(count)]
    if count <= 45:
        return [(i, _day_month(d)) for i, d in enumerate(days) if d.weekday() == 0]
    if count <= 120:
        return [(i, _day_month(d)) for i, d in enumerate(days) if d.day in (1, 15)]
    return [(i, _month_label(d)) for i, d in enumerate(days) if d.day == 1]


def week_ticks(mondays: Sequence[date]) -> list[tuple[float, str]]:
    """A label on the first week of each month."""
    ticks = []
    for i, monday in enumerate(mondays):
        if monday.day <= 7:
            ticks.append((float(i), _month_label(monday)))
    return ticks


def _month_label(day: date) -> str:
    if day.month == 1:
        return _date(day, translate("Charts", "MMM yyyy", "Qt date pattern: Jan 2026"))
    return _date(day, "MMM")


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSizeF(max(theme.TYPE.caption, font.pointSizeF() * 0.85))
    return font


class Chart(pg.GraphicsLayoutWidget):  # type: ignore[misc]  # pyqtgraph has no type information
    """A still chart: no zoom, pan or pyqtgraph menus; hover shows `tip_at` as a tooltip.

    Built from a bare view box and the axes it needs rather than pyqtgraph's PlotItem, whose
    options menus (dozens of hidden widgets per chart) were most of the History view's
    opening time.
    """

    save_requested = Signal()
    # Arrow keys -> how many points the marked one moves; a calendar moves by weeks across.
    KEY_STEPS: Mapping[Qt.Key, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
    KEYS_HELP = QT_TRANSLATE_NOOP(
        "Chart", "Left and Right arrows move between values; Home and End go to the ends."
    )

    def __init__(self, name: str, axes: tuple[str, ...] = ("left", "bottom")) -> None:
        super().__init__()
        self.base_name = name
        self.setAccessibleName(name)
        self.setAccessibleDescription(translate("Chart", self.KEYS_HELP))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(120)
        self.marked: int | None = None  # index into key_points() while the chart has focus
        self.view_box = pg.ViewBox(enableMenu=False, enableMouse=False, defaultPadding=0)
        self.view_box.setMouseEnabled(x=False, y=False)
        font = _axis_font()
        self.axes: dict[str, pg.AxisItem] = {}
        places = {"top": (0, 1), "left": (1, 0), "bottom": (2, 1)}
        for side in axes:
            axis = pg.AxisItem(side)
            axis.linkToView(self.view_box)
            axis.setTickFont(font)
            self.axes[side] = axis
            self.ci.addItem(axis, *places[side])
        self.ci.addItem(self.view_box, 1, 1)
        space = theme.SPACE
        self.ci.setContentsMargins(space.xs, space.s, space.m, space.xs)
        self.ci.setSpacing(0)
        self.scene().sigMouseMoved.connect(self._hover)
        # The keyboard's marked value: an outline in the text colour, shown only with focus.
        self.focus_mark = pg.ScatterPlotItem(
            pxMode=False,
            symbol="s",
            size=1.0,
            brush=None,
            pen=pg.mkPen(theme.colours().text, width=2),
        )
        self.focus_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(theme.colours().text, width=1.5, style=Qt.PenStyle.DotLine)
        )
        self.focus_mark.setVisible(False)
        self.focus_line.setVisible(False)
        self.view_box.addItem(self.focus_mark)
        self.view_box.addItem(self.focus_line)
        theme.signals().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        self.recolour(theme.colours())

    def recolour(self, c: theme.Colours) -> None:
        """Paint in `c`; subclasses add their own items (and call this first)."""
        self.setBackground(c.surface)
        for side, axis in self.axes.items():
            axis.setPen(pg.mkPen(c.border) if self._axis_lines(side) else pg.mkPen(None))
            axis.setTextPen(pg.mkPen(c.muted_text))
        self.focus_mark.setPen(pg.mkPen(c.text, width=2))
        self.focus_line.setPen(pg.mkPen(c.text, width=1.5, style=Qt.PenStyle.DotLine))

    def _axis_lines(self, side: str) -> bool:
        return True

    def add(self, *items: object) -> None:
        for item in items:
            self.view_box.addItem(item)

    def tip_at(self, x: float, y: float) -> str | None:
        """The words shown when the pointer is at (x, y) in chart coordinates."""
        raise NotImplementedError

    def key_points(self) -> list[tuple[float, float]]:
        """The values the keyboard steps through, in order, as chart coordinates."""
        raise NotImplementedError

    # --- the keyboard ----------------------------------------------------------------------

    @property
    def marked_text(self) -> str | None:
        """The values of the marked point, as the hover text shows them."""
        points = self.key_points()
        if self.marked is None or not 0 <= self.marked < len(points):
            return None
        return self.tip_at(*points[self.marked])

    def mark(self, index: int | None) -> None:
        """Mark the `index`th key point (clamped), show its values and name them for screen
        readers; None clears the mark."""
        points = self.key_points()
        if index is None or not points:
            self.marked = None
            self.focus_mark.setVisible(False)
            self.focus_line.setVisible(False)
            self.setAccessibleName(
                self.base_name
                if points
                else translate("Chart", "{chart}: nothing to show yet").format(chart=self.base_name)
            )
            return
        self.marked = max(0, min(index, len(points) - 1))
        x, y = points[self.marked]
        self._show_mark(x, y)
        text = self.marked_text or ""
        # The accessible name changes with the value: Qt tells screen readers at once.
        self.setAccessibleName(f"{self.base_name}. {text.replace(chr(10), ', ')}")
        if self.hasFocus():
            scene = self.view_box.mapViewToScene(QPointF(x, y))
            where = self.mapToGlobal(self.mapFromScene(scene)) + QPoint(12, 12)
            QToolTip.showText(where, text, self)

    def _show_mark(self, x: float, y: float) -> None:
        self.focus_line.setValue(x)
        self.focus_line.setVisible(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        count = len(self.key_points())
        if count and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            current = count - 1 if self.marked is None else self.marked
            if key in self.KEY_STEPS:
                self.mark(current + self.KEY_STEPS[key])
                return
            if key == Qt.Key.Key_Home:
                self.mark(0)
                return
            if key == Qt.Key.Key_End:
                self.mark(count - 1)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        count = len(self.key_points())
        self.mark(count - 1 if self.marked is None else self.marked)  # the newest first

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_mark.setVisible(False)
        self.focus_line.setVisible(False)
        QToolTip.hideText()

    def _data_changed(self) -> None:
        """New values: keep the mark on screen (the newest) when the chart has focus."""
        if self.hasFocus():
            self.mark(len(self.key_points()) - 1)
        else:
            self.mark(None)

    def _hover(self, scene_pos: QPointF) -> None:
        box = self.view_box
        text = ""
        if box.sceneBoundingRect().contains(scene_pos):
            point = box.mapSceneToView(scene_pos)
            text = self.tip_at(point.x(), point.y()) or ""
        box.setToolTip(text)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().exec(event.globalPos())

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(translate("Chart", "Save as PNG…"), self.save_requested.emit)
        return menu

    def _fix_range(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        self.view_box.disableAutoRange()
        self.view_box.setRange(xRange=x, yRange=y, padding=0)


def _bar_index(x: float, count: int) -> int | None:
    index = round(x)
    return index if 0 <= index < count and abs(x - index) <= 0.5 else None


class CalendarHeatmap(Chart):
    """The last year as weeks (columns, Monday on top), each day shaded by minutes practised."""

    KEY_STEPS: Mapping[Qt.Key, int] = {
        Qt.Key.Key_Left: -7,
        Qt.Key.Key_Right: 7,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
    }
    KEYS_HELP = QT_TRANSLATE_NOOP(
        "Chart",
        "Arrow keys move between days: Up and Down by a day, Left and Right by a week. "
        "Home and End go to the first day and today.",
    )

    def __init__(self) -> None:
        super().__init__(
            translate("CalendarHeatmap", "Calendar of the last year: minutes practised each day"),
            axes=("top", "left"),
        )
        self.view_box.invertY(True)
        self.view_box.setAspectLocked(True)
        # Weekday names in the app's language (rows run Monday to Sunday).
        weekday = QLocale().dayName
        short = QLocale.FormatType.ShortFormat
        self.axes["left"].setTicks([[(row, weekday(row + 1, short)) for row in (0, 2, 4, 6)], []])
        for axis in self.axes.values():
            axis.setStyle(tickLength=0)
        self._brushes: list[QBrush] = []
        self.cells = pg.ScatterPlotItem(pxMode=False, symbol="s", size=0.82, pen=None)
        self.today_mark = pg.ScatterPlotItem(pxMode=False, symbol="s", size=0.98, brush=None)
        self.add(self.cells, self.today_mark)
        self._fix_range((-0.6, WEEKS_SHOWN + 0.6), (-0.6, 6.6))
        self.first = date.today()
        self.today = self.first
        self._by_day: Mapping[date, DayTotals] = {}
        self.recolour(theme.colours())

    def _axis_lines(self, side: str) -> bool:
        return False

    def recolour(self, c: theme.Colours) -> None:
        super().recolour(c)
        self._brushes = [pg.mkBrush(colour) for colour in c.heat]
        self.today_mark.setPen(pg.mkPen(c.text, width=1.5))
        if self._by_day or self.cells.data.size:
            self.set_days(self._by_day, self.today)

    def set_days(self, by_day: Mapping[date, DayTotals], today: date) -> None:
        self.first = week_start(today) - timedelta(weeks=WEEKS_SHOWN)
        self.today = today
        self._by_day = by_day
        count = (today - self.first).days + 1
        brushes = []
        for offset in range(count):
            totals = by_day.get(self.first + timedelta(days=offset))
            brushes.append(self._brushes[heat_level(totals.minutes if totals else 0.0)])
        self.cells.setData(
            x=[offset // 7 for offset in range(count)],
            y=[offset % 7 for offset in range(count)],
            brush=brushes,
        )
        self.today_mark.setData(x=[(count - 1) // 7], y=[(count - 1) % 7])
        months = []
        day = self.first.replace(day=1)
        while day <= today:
            if day >= self.first:
                months.append(((day - self.first).days // 7, _month_label(day)))
            day = (day + timedelta(days=32)).replace(day=1)
        self.axes["top"].setTicks([months, []])
        self._data_changed()

    def key_points(self) -> list[tuple[float, float]]:
        count = (self.today - self.first).days + 1
        return [(offset // 7, offset % 7) for offset in range(max(count, 0))]

    def _show_mark(self, x: float, y: float) -> None:
        self.focus_mark.setData(x=[x], y=[y])
        self.focus_mark.setVisible(True)

    def day_at(self, x: float, y: float) -> date | None:
        column, row = round(x), round(y)
        if not (0 <= row <= 6 and abs(x - column) <= 0.5 and abs(y - row) <= 0.5):
            return None
        day = self.first + timedelta(days=column * 7 + row)
        return day if self.first <= day <= self.today else None

    def tip_at(self, x: float, y: float) -> str | None:
        day = self.day_at(x, y)
        if day is None:
            return None
        return _day_tip(day, self._by_day.get(day))


def _day_tip(day: date, totals: DayTotals | None) -> str:
    if totals is None or totals.sessions == 0:
        nothing = translate("Chart", "no sessions")
        return f"{day_text(day)}\n{nothing}"
    sessions = totals.sessions
    practised = translate("Chart", "{time} in %n session(s)", None, sessions).format(
        time=describe_length(totals.milliseconds / 1000)
    )
    return f"{day_text(day)}\n{practised}"


class _BarChart(Chart):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.axes["left"].setGrid(90)  # faint lines across, to read heights by
        self.axes["bottom"].setStyle(tickLength=4)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.72, pen=pg.mkPen(None))
        self.add(self.bars)
        self.goal_line = pg.InfiniteLine(
            angle=0,
            label=translate("Chart", "goal"),
            labelOpts={"position": 0.98, "anchors": [(1, 1), (1, 1)]},
        )
        self.add(self.goal_line)
        self.count = 0
        self.recolour(theme.colours())

    def recolour(self, c: theme.Colours) -> None:
        super().recolour(c)
        self.bars.setOpts(brush=pg.mkBrush(c.accent))
        self.goal_line.setPen(pg.mkPen(c.muted_text, width=1, style=Qt.PenStyle.DashLine))
        self.goal_line.label.setColor(c.muted_text)

    def _show_bars(
        self, heights: Sequence[float], ticks: list[tuple[float, str]], goal: float | None
    ) -> None:
        self.count = len(heights)
        self.bars.setOpts(x=list(range(self.count)), height=list(heights))
        self.axes["bottom"].setTicks([ticks, []])
        self.goal_line.setVisible(goal is not None)
        if goal is not None:
            self.goal_line.setValue(goal)
        top = max([*heights, goal or 0.0, 5.0])
        self._fix_range((-0.7, self.count - 0.3), (0, top * 1.12))
        self._data_changed()

    def key_points(self) -> list[tuple[float, float]]:
        return [(float(i), 0.0) for i in range(self.count)]


class DailyMinutesChart(_BarChart):
    def __init__(self) -> None:
        super().__init__(translate("DailyMinutesChart", "Minutes practised per day"))
        self.first = date.today()
        self._by_day: Mapping[date, DayTotals] = {}

    def set_days(
        self,
        minutes: Sequence[tuple[date, float]],
        by_day: Mapping[date, DayTotals],
        goal_minutes: int | None,
    ) -> None:
        self.first = minutes[0][0] if minutes else date.today()
        self._by_day = by_day
        self._show_bars(
            [m for _, m in minutes],
            day_ticks(self.first, len(minutes)),
            None if goal_minutes is None else float(goal_minutes),
        )

    def tip_at(self, x: float, y: float) -> str | None:
        index = _bar_index(x, self.count)
        if index is None:
            return None
        day = self.first + timedelta(days=index)
        return _day_tip(day, self._by_day.get(day))


class WeeklyMinutesChart(_BarChart):
    def __init__(self) -> None:
        super().__init__(translate("WeeklyMinutesChart", "Minutes practised per week"))
        self.weeks: list[tuple[date, float, int]] = []

    def set_weeks(
        self, minutes: Sequence[tuple[date, float]], by_day: Mapping[date, DayTotals]
    ) -> None:
        days_per_week: dict[date, int] = {}
        for totals in by_day.values():
            if totals.practised:
                monday = week_start(totals.day)
                days_per_week[monday] = days_per_week.get(monday, 0) + 1
        self.weeks = [(monday, m, days_per_week.get(monday, 0)) for monday, m in minutes]
        self._show_bars([m for _, m in minutes], week_ticks([w for w, _ in minutes]), None)

    def tip_at(self, x: float, y: float) -> str | None:
        index = _bar_index(x, self.count)
        if index is None:
            return None
        monday, minutes, days = self.weeks[index]
        week = translate("WeeklyMinutesChart", "Week of {day}").format(day=day_text(monday))
        practised = translate(
            "WeeklyMinutesChart", "{time} on %n practice day(s)", None, days
        ).format(time=describe_total(minutes))
        return f"{week}\n{practised}"


class DistressChart(Chart):
    """Per day, the mean distress before (open clay circle) and after (teal dot) the rated
    sessions, joined by a line so the change of each day can be seen."""

    def __init__(self) -> None:
        super().__init__(translate("DistressChart", "Distress before and after sessions, 0 to 10"))
        self.axes["left"].setGrid(90)
        self.axes["left"].setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        self.axes["bottom"].setStyle(tickLength=4)
        self.links = pg.PlotDataItem(connect="pairs")
        self.before = pg.ScatterPlotItem(symbol="o", size=9)
        self.after = pg.ScatterPlotItem(symbol="o", size=9, pen=None)
        self.add(self.links, self.before, self.after)
        self.first = date.today()
        self.count = 0
        self._days: dict[int, DistressDay] = {}
        self.recolour(theme.colours())

    def recolour(self, c: theme.Colours) -> None:
        super().recolour(c)
        # "Before" in a soft clay next to the accent's "after", without reading as alarm.
        self.links.setPen(pg.mkPen(c.chart_link, width=2))
        self.before.setPen(pg.mkPen(c.before, width=2))
        self.before.setBrush(pg.mkBrush(c.surface))
        self.after.setBrush(pg.mkBrush(c.accent))

    def set_days(self, days: Sequence[DistressDay], first: date, last: date) -> None:
        self.first = first
        self.count = (last - first).days + 1
        self._days = {(d.day - first).days: d for d in days}
        xs = list(self._days)
        self.before.setData(x=xs, y=[d.mean_before for d in self._days.values()])
        self.after.setData(x=xs, y=[d.mean_after for d in self._days.values()])
        link_x = [x for x in xs for _ in (0, 1)]
        link_y = [v for d in self._days.values() for v in (d.mean_before, d.mean_after)]
        self.links.setData(x=link_x, y=link_y)
        self.axes["bottom"].setTicks([day_ticks(first, self.count), []])
        self._fix_range((-0.7, self.count - 0.3), (-0.4, 10.4))
        self._data_changed()

    def key_points(self) -> list[tuple[float, float]]:
        """Only the days with ratings: the days between have nothing to say."""
        return [(float(x), self._days[x].mean_before) for x in sorted(self._days)]

    def tip_at(self, x: float, y: float) -> str | None:
        index = _bar_index(x, self.count)
        found = None if index is None else self._days.get(index)
        if found is None:
            return None
        ratings = translate("DistressChart", "before {before}, after {after}").format(
            before=decimal(found.mean_before, 1), after=decimal(found.mean_after, 1)
        )
        count = found.rated_sessions
        sessions = (
            translate("DistressChart", "%n rated session(s)", None, count)
            if count == 1
            else translate("DistressChart", "average of %n rated session(s)", None, count)
        )
        return f"{day_text(found.day)}\n{ratings}\n{sessions}"


class SelfCheckChart(Chart):
    """Self-check totals (0-21) on the weeks of the per-week minutes chart, so the two line
    up, with a faint line where each band begins (5, 10, 15)."""

    def __init__(self) -> None:
        super().__init__(translate("SelfCheckChart", "Self-check totals, 0 to 21, by week"))
        self.axes["left"].setTicks([[(v, str(v)) for v in (0, *BAND_LINES, MAX_TOTAL)], []])
        self.axes["bottom"].setStyle(tickLength=4)
        self.band_lines = []
        for band in BANDS[1:]:
            label = BAND_LABELS.get(band.key, band.key)
            line = pg.InfiniteLine(
                pos=band.low,
                angle=0,
                label=translate("SelfCheckChart", label),
                labelOpts={"position": 0.99, "anchors": [(1, 1), (1, 1)]},
            )
            self.band_lines.append(line)
            self.add(line)
        self.line = pg.PlotDataItem()
        self.points = pg.ScatterPlotItem(symbol="o", size=9, pen=None)
        self.add(self.line, self.points)
        self.first = date.today()
        self.count = 0
        self.shown: list[tuple[float, date, int]] = []  # x, practice day, total
        self.recolour(theme.colours())

    def recolour(self, c: theme.Colours) -> None:
        super().recolour(c)
        for line in self.band_lines:
            line.setPen(pg.mkPen(c.border, width=1, style=Qt.PenStyle.DashLine))
            line.label.setColor(c.muted_text)
        self.line.setPen(pg.mkPen(c.chart_link, width=2))
        self.points.setBrush(pg.mkBrush(c.accent))

    def set_checkins(self, totals: Sequence[tuple[date, int]], mondays: Sequence[date]) -> None:
        """`totals`: (practice day, total) oldest first; `mondays`: the weeks shown."""
        self.first = mondays[0] if mondays else week_start(date.today())
        self.count = len(mondays)
        last = self.first + timedelta(weeks=self.count)
        # A day sits within its week's slot: Monday on the left edge, Sunday on the right.
        self.shown = [
            ((day - self.first).days / 7 - 3 / 7, day, total)
            for day, total in totals
            if self.first <= day < last
        ]
        xs = [x for x, _, _ in self.shown]
        ys = [float(total) for _, _, total in self.shown]
        self.points.setData(x=xs, y=ys)
        self.line.setData(x=xs, y=ys)
        self.axes["bottom"].setTicks([week_ticks(mondays), []])
        self._fix_range((-0.7, max(self.count, 1) - 0.3), (-0.8, MAX_TOTAL + 0.8))
        self._data_changed()

    def key_points(self) -> list[tuple[float, float]]:
        return [(x, float(total)) for x, _, total in self.shown]

    def tip_at(self, x: float, y: float) -> str | None:
        near = [entry for entry in self.shown if abs(entry[0] - x) <= 0.5]
        if not near:
            return None
        _, day, total = min(near, key=lambda entry: abs(entry[0] - x))
        title = band_for(total).title
        band = title[:1].lower() + title[1:]  # after a colon, as in "mild anxiety symptoms"
        result = translate("SelfCheckChart", "total {total} of {maximum}: {band}").format(
            total=total, maximum=MAX_TOTAL, band=band
        )
        return f"{day_text(day)}\n{result}"


class ChartPanel(QWidget):
    """A chart with its title, a caption underneath, and "Save as PNG…"."""

    def __init__(
        self, title: str, file_stem: str, chart: Chart, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chart = chart
        self.file_stem = file_stem
        self.today = date.today()  # set by the view to the practice day it shows
        self.title = QLabel(title)
        self.title.setProperty("role", "chart-title")
        self.save_button = QPushButton(translate("ChartPanel", "Save as PNG…"))
        self.save_button.setProperty("role", "link")
        self.save_button.setToolTip(
            translate("ChartPanel", "Save the chart “{title}” as a picture").format(title=title)
        )
        self.save_button.setAccessibleName(
            translate("ChartPanel", "Save {title} as PNG").format(title=title)
        )
        self.save_button.clicked.connect(self.save_dialog)
        chart.save_requested.connect(self.save_dialog)
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE.xs)
        layout.addLayout(header)
        layout.addWidget(chart, stretch=1)
        layout.addWidget(self.caption)
        QWidget.setTabOrder(self.save_button, chart)  # as on screen: the button is above

    def image(self) -> QImage:
        """The chart as shown, with its title above it, on the chart's own background."""
        picture = self.chart.grab()
        ratio = picture.devicePixelRatio()
        metrics = self.title.fontMetrics()
        title_height = round((metrics.height() + 16) * ratio)
        width = picture.width()
        image = QImage(width, picture.height() + title_height, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        c = theme.colours()
        image.fill(c.surface)
        painter = QPainter(image)
        font = QFont(self.title.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(c.text)
        painter.drawText(12, 8 + metrics.ascent(), self.title.text())
        painter.drawPixmap(0, round(title_height / ratio), picture)
        painter.end()
        return image

    def save_png(self, path: Path) -> str | None:
        """Write the PNG; None when it worked, else why not."""
        writer = QImageWriter(str(path), QByteArray(b"png"))
        if writer.write(self.image()):
            return None
        return writer.errorString()

    def default_path(self) -> Path:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        )
        if not folder.is_dir():
            folder = Path.home()
        return folder / f"calmkit-{self.file_stem}-{self.today.isoformat()}.png"

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ChartPanel", "Save chart as PNG"),
            str(self.default_path()),
            translate("ChartPanel", "PNG image (*.png)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        problem = self.save_png(path)
        if problem is not None:
            QMessageBox.warning(
                self,
                translate("ChartPanel", "Chart not saved"),
                translate(
                    "ChartPanel",
                    "The chart could not be saved to {path} ({problem}). Check that the folder "
                    "exists and that you can write to it, then try again.",
                ).format(path=path, problem=problem),
            )
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                translate("ChartPanel", "Saved the chart to {path}.").format(path=path), 8000
            )
