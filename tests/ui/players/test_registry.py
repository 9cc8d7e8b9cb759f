"""Players are found by kind and loaded only when a session of that kind opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmkit.core.exercises import Catalog, timeline_for
from calmkit.ui.players import NoPlayerError, make_content_view, make_library_options
from tests.ui.helpers import in_fresh_window


def test_a_kind_without_a_player_is_refused_in_plain_words(catalog: Catalog) -> None:
    timeline = timeline_for(catalog.get("box"))
    with pytest.raises(NoPlayerError, match="cannot play levitation sessions"):
        make_content_view("levitation", timeline)
    assert make_library_options("levitation") is None


def test_the_pacer_loads_when_the_first_breathing_session_opens(tmp_path: Path) -> None:
    printed = in_fresh_window(
        tmp_path / "calmkit.db",
        """
        player = ("calmkit.ui.players.breathing.pacer", "calmkit.ui.session.shell")
        print("before:", sorted(set(player) & set(sys.modules)))
        window.start_exercise("relaxed")
        print("after:", sorted(set(player) & set(sys.modules)))
        """,
    )
    assert "before: []" in printed
    assert "'calmkit.ui.players.breathing.pacer'" in printed.split("after:")[1]
