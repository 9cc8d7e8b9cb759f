"""Words for screen readers, said at a calm pace: what changed, once, never every second.

Qt 6.8+ sends an announcement event, which the desktop's accessibility bridge (AT-SPI on
Linux) passes to the screen reader without moving the keyboard focus. The session clock
decides the pace, so tests drive it with a fake clock.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

# Two announcements at least this far apart: a breath's phases (4 s and longer) are all
# said; a short top-up breath right after an in-breath is left to the picture.
MIN_GAP_S = 2.0


class Announcer:
    """Announces on behalf of `source` (the widget the words are about)."""

    def __init__(
        self, source: QWidget, clock: Callable[[], float], *, min_gap: float = MIN_GAP_S
    ) -> None:
        self._source = source
        self._clock = clock
        self._min_gap = min_gap
        self._last: float | None = None
        self.history: deque[tuple[float, str]] = deque(maxlen=100)  # (moment, words): tests

    @property
    def said(self) -> list[str]:
        return [words for _, words in self.history]

    def announce(self, text: str, *, now: bool = False) -> bool:
        """Say `text` unless something was said less than the gap ago; `now` for what must
        not wait or be dropped (pausing, the end). True when it was said."""
        text = " ".join(text.split())
        moment = self._clock()
        if not text:
            return False
        if not now and self._last is not None and moment - self._last < self._min_gap:
            return False
        self._last = moment
        self.history.append((moment, text))
        event = QAccessibleAnnouncementEvent(self._source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if now
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        return True
