"""The ring on the current row of a table or tree: the theme's colour and width, around the
whole row where whole rows are selected, only while the view has the keyboard, and repainted
where it was when the arrow keys move on."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent, QRegion, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from calmkit.ui.widgets import theme
from calmkit.ui.widgets.item_focus import outline_current_row


def table_model(rows: int = 4, columns: int = 3) -> QStandardItemModel:
    model = QStandardItemModel(rows, columns)
    for row in range(rows):
        for column in range(columns):
            model.setItem(row, column, QStandardItem(f"{row}.{column}"))
    return model


@pytest.fixture
def table(qtbot: QtBot) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(table_model())
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().hide()
    outline_current_row(view)
    view.resize(420, 220)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def inside(view: QAbstractItemView, *, focused: bool) -> QImage:
    if focused:
        view.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        view.clearFocus()
    assert view.hasFocus() == focused
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def top_edge(image: QImage, cell: QRect, depth: int) -> list[QColor]:
    """The colours `depth` pixels down from the top of `cell`, away from the corners."""
    x = cell.center().x()
    return [image.pixelColor(x, cell.top() + y) for y in range(depth)]


@pytest.mark.parametrize("name", list(theme.THEMES))
def test_the_whole_current_row_is_ringed_in_the_theme_s_colour_and_width(
    qtbot: QtBot, table: QTableView, app_theme: Callable[[str], None], name: str
) -> None:
    app_theme(name)
    colours = theme.THEMES[name]
    width = theme.focus_width(colours)
    table.setCurrentIndex(table.model().index(1, 1))
    focused = inside(table, focused=True)
    for column in range(3):  # every cell of the row carries its part of one ring
        cell = table.visualRect(table.model().index(1, column))
        assert top_edge(focused, cell, width) == [colours.focus] * width, column
        assert focused.pixelColor(cell.center().x(), cell.top() + width) != colours.focus
    first = table.visualRect(table.model().index(1, 0))
    last = table.visualRect(table.model().index(1, 2))
    assert focused.pixelColor(first.left(), first.center().y()) == colours.focus
    assert focused.pixelColor(last.right(), last.center().y()) == colours.focus
    other = table.visualRect(table.model().index(2, 1))
    assert colours.focus not in top_edge(focused, other, width), "only the current row"

    unfocused = inside(table, focused=False)
    cell = table.visualRect(table.model().index(1, 1))
    assert colours.focus not in top_edge(unfocused, cell, width), "no ring without the keys"


def test_high_contrast_draws_a_thicker_ring() -> None:
    widths = {name: theme.focus_width(c) for name, c in theme.THEMES.items()}
    assert widths["high-contrast"] > widths["light"] == widths["dark"] >= 2


def test_a_view_that_selects_cells_rings_the_current_cell_only(
    qtbot: QtBot, table: QTableView, app_theme: Callable[[str], None]
) -> None:
    app_theme("light")
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setCurrentIndex(table.model().index(1, 1))
    focused = inside(table, focused=True)
    ring = theme.LIGHT_COLOURS.focus
    assert top_edge(focused, table.visualRect(table.model().index(1, 1)), 2) == [ring] * 2
    assert ring not in top_edge(focused, table.visualRect(table.model().index(1, 0)), 2)


def test_a_tree_rings_the_whole_row_its_indent_included(
    qtbot: QtBot, app_theme: Callable[[str], None]
) -> None:
    app_theme("dark")
    model = QStandardItemModel()
    model.setColumnCount(2)
    group = QStandardItem("Group")
    line = [QStandardItem("Ctrl+1"), QStandardItem("The exercises")]
    line[0].setSizeHint(QSize(60, 32))  # tall enough for straight sides between the corners
    group.appendRow(line)
    model.appendRow(group)
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(model)
    tree.expandAll()
    outline_current_row(tree)
    tree.show()
    qtbot.waitExposed(tree)
    tree.activateWindow()
    qtbot.waitUntil(tree.isActiveWindow)
    child = model.index(0, 0, model.index(0, 0))
    tree.setCurrentIndex(child)
    focused = inside(tree, focused=True)
    ring = theme.DARK_COLOURS.focus
    first = tree.visualRect(child)
    assert first.left() > 0, "the child is indented"
    # From the row's start, as its selection: the indent is inside the ring.
    assert [focused.pixelColor(x, first.center().y()) for x in (0, 1)] == [ring] * 2
    assert focused.pixelColor(2, first.center().y()) != ring
    assert top_edge(focused, QRect(0, first.top(), first.left(), 4), 2) == [ring] * 2
    second = tree.visualRect(child.siblingAtColumn(1))
    assert top_edge(focused, second, 2) == [ring] * 2


class PaintedRegions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.region += event.region()
        return False


def test_moving_on_repaints_all_of_the_row_the_ring_leaves(
    qtbot: QtBot, table: QTableView, app_theme: Callable[[str], None]
) -> None:
    """Ctrl+Down moves the keys without selecting: the view itself would repaint only the two
    cells, and the screen would keep the old row's ring in its other cells."""
    app_theme("light")
    table.setCurrentIndex(table.model().index(1, 0))
    inside(table, focused=True)
    painted = PaintedRegions()
    table.viewport().installEventFilter(painted)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 2
    qtbot.waitUntil(lambda: not painted.region.isEmpty())
    QApplication.processEvents()
    table.viewport().removeEventFilter(painted)
    left_behind = table.visualRect(table.model().index(1, 2))
    assert painted.region.contains(left_behind), "the old row's last cell is repainted"
