"""Where the arrow keys are in a table, tree or list: the theme's focus ring around the
current row (or cell, in a view that selects cells) while the view has the keyboard.

The style's own mark for it is a faint dotted rectangle, drawn only after a Tab and in a
colour the theme does not choose; this ring replaces it. Use `outline_current_row(view)` on
every item view, after its model is set; a delegate made for one column derives from
`FocusRingDelegate` so that its cells carry their part of the ring.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from calmkit.ui.widgets import theme

AnyIndex = QModelIndex | QPersistentModelIndex


class FocusRingDelegate(QStyledItemDelegate):
    """Paints each cell as usual, then its part of the ring when it is on the current row
    (each cell draws the whole row's ring clipped to itself, so the parts meet)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus  # the style's faint mark: ours instead

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        view = option.widget  # set by every item view
        if isinstance(view, QAbstractItemView):
            ring = current_ring_rect(view, index, option.rect)
            if ring is not None:
                part = QRect(option.rect)
                if part.left() > ring.left() and index.column() == _first_shown(view):
                    part.setLeft(ring.left())  # a tree's indent, painted before its first cell
                painter.save()
                painter.setClipRect(part, Qt.ClipOperation.IntersectClip)
                theme.draw_focus_ring(painter, ring)
                painter.restore()


def current_ring_rect(view: QAbstractItemView, index: AnyIndex, cell: QRect) -> QRect | None:
    """Where the ring goes when `index` is part of what the keys are on (in viewport
    coordinates), or None: the view does not have the keyboard, or `index` is elsewhere."""
    current = view.currentIndex()
    if not current.isValid() or not view.hasFocus():
        return None
    if index.row() != current.row() or index.parent() != current.parent():
        return None
    whole_rows = view.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    if not whole_rows:
        return QRect(cell) if index.column() == current.column() else None
    header = _columns(view)
    model = view.model()
    if header is None or model is None:  # a list: one cell is the row
        return QRect(cell)
    shown = _shown_columns(header)
    if not shown:
        return QRect(cell)
    # From the row's start (a tree's indent included, as its selection is) to the end of
    # its last cell.
    left = header.sectionViewportPosition(shown[0])
    last = view.visualRect(model.index(index.row(), shown[-1], index.parent()))
    return QRect(left, cell.top(), last.right() - left + 1, cell.height())


def _shown_columns(header: QHeaderView) -> list[int]:
    """The columns shown, from left to right."""
    return [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]


def _first_shown(view: QAbstractItemView) -> int:
    header = _columns(view)
    shown = _shown_columns(header) if header is not None else []
    return shown[0] if shown else 0


def _columns(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


class _RowRepainter(QObject):
    """Repaints the rows the ring leaves and reaches: the view itself repaints only the two
    current cells when the current row changes without the selection."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        selection = view.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(self._moved)

    def _moved(self, now: QModelIndex, before: QModelIndex) -> None:
        viewport = self._view.viewport()
        for index in (now, before):
            if index.isValid():
                rect = self._view.visualRect(index)
                viewport.update(0, rect.top(), viewport.width(), rect.height())


def outline_current_row(view: QAbstractItemView) -> None:
    """Give `view` the focus ring on its current row (call it once its model is set)."""
    if not isinstance(view.itemDelegate(), FocusRingDelegate):
        view.setItemDelegate(FocusRingDelegate(view))
    _RowRepainter(view)
