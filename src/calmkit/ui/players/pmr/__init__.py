"""The muscle relaxation player: the instruction, the state and the body map in the session
shell, and the protocol's options in the library (each loaded when first needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmkit.core.timeline import Timeline
    from calmkit.ui.players.pmr.view import PmrView


def make_view(timeline: Timeline) -> PmrView:
    from calmkit.ui.players.pmr.view import PmrView

    return PmrView(timeline)
