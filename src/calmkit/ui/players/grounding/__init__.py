"""The grounding player: a narrated script like guided imagery's, so the same reader shows
it. Grounding has one length, so there are no options in the library."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmkit.core.timeline import Timeline
    from calmkit.ui.players.imagery.view import ReaderView


def make_view(timeline: Timeline) -> ReaderView:
    from calmkit.ui.players.imagery import make_view as reader

    return reader(timeline)
