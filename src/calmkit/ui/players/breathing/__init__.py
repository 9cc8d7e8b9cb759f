"""The breathing player: the pacer in the session shell, and the version and pace choices in
the library (each in its own module, loaded when first needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmkit.core.timeline import Timeline
    from calmkit.ui.players.breathing.view import BreathingView


def make_view(timeline: Timeline) -> BreathingView:
    from calmkit.ui.players.breathing.view import BreathingView

    return BreathingView(timeline)
