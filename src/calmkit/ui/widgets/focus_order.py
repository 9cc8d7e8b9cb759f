"""Tab order that follows the page: the widgets of a layout in the order it lays them out.

Qt's default order is the order widgets were made in, so a widget added later (a section's
tools, a kind's options) lands at the end and Tab jumps back up the screen. Views whose
content changes call follow_layout() again after each change.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets of `layout` and its nested layouts, in layout order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(widgets_in(inner))
    return found


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def send_to_end(widget: QWidget) -> None:
    """Make `widget` the last to take Tab in its window: for a view built after it (History,
    on first use) whose widgets Qt appended behind it."""
    window = widget.window()
    last: QWidget | None = window.previousInFocusChain()
    while last is not None and last is not window and (last is widget or not takes_tab(last)):
        last = last.previousInFocusChain()
    if last is not None and last is not window:
        QWidget.setTabOrder(last, widget)


def follow_layout(*layouts: QLayout) -> list[QWidget]:
    """Chain the Tab-focusable widgets of `layouts` (one after the other) in layout order;
    inside each widget its own order is kept. Returns the chain, for tests and callers."""
    tops = [w for layout in layouts for w in widgets_in(layout)]
    if not tops:
        return []
    window = tops[0].window()
    # A dialog or menu parented here is a window of its own, with its own order.
    groups = [
        [w for w in [top, *top.findChildren(QWidget)] if takes_tab(w) and w.window() is window]
        for top in tops
    ]
    position = _chain_positions(window, {id(w) for group in groups for w in group})
    chain: list[QWidget] = []
    for inside in groups:
        inside.sort(key=lambda w: position.get(id(w), len(position)))
        chain.extend(inside)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain


def _chain_positions(window: QWidget, wanted: set[int]) -> dict[int, int]:
    """Each widget's place in the window's focus chain, from the window on, up to the last
    of `wanted` (ids of widgets the caller keeps alive): walking the whole chain would hand
    every widget of every tab to Python, and build their types, at start-up."""
    positions: dict[int, int] = {}
    # Alive while ids are compared, so no id is reused meanwhile. Found first with
    # findChildren, which wraps each widget by its class name: a widget that Python meets
    # first through nextInFocusChain() (a viewport, a spin box's line edit) makes PySide
    # try every widget class it knows instead (43 enum classes, 2% of start-up).
    kept: list[QWidget] = window.findChildren(QWidget)
    missing = set(wanted)
    widget: QWidget | None = window
    for index in itertools.count():
        if widget is None or id(widget) in positions or not missing:
            break
        positions[id(widget)] = index
        missing.discard(id(widget))
        kept.append(widget)
        widget = widget.nextInFocusChain()
    return positions
