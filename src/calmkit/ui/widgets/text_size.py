"""The size of a view's reading text, which the person can change; the session shell
remembers it in the player preferences."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from calmkit.core.preferences import TEXT_SIZE_RANGE, TEXT_SIZE_STEP, PlayerPreferences


class TextSize(QObject):
    changed = Signal(int)  # the new size in points

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._points = PlayerPreferences().text_size

    @property
    def points(self) -> int:
        return self._points

    @property
    def can_grow(self) -> bool:
        return self._points < TEXT_SIZE_RANGE[1]

    @property
    def can_shrink(self) -> bool:
        return self._points > TEXT_SIZE_RANGE[0]

    def set_points(self, points: int) -> None:
        low, high = TEXT_SIZE_RANGE
        points = max(low, min(high, points))
        if points != self._points:
            self._points = points
            self.changed.emit(points)

    def bigger(self) -> None:
        self.set_points(self._points + TEXT_SIZE_STEP)

    def smaller(self) -> None:
        self.set_points(self._points - TEXT_SIZE_STEP)
