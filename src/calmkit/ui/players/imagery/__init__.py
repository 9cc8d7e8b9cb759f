"""The guided imagery player: the reader in the session shell, and the choice of the short
or the long version in the library (each loaded when first needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmkit.core.timeline import Timeline
    from calmkit.ui.players.imagery.view import ReaderView


def make_view(timeline: Timeline) -> ReaderView:
    from calmkit.ui.players.imagery.view import ReaderView

    return ReaderView(timeline)
