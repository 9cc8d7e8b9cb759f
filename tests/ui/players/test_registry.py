"""Players are found by kind and loaded only when a session of that kind opens."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from calmkit.core.exercises import Catalog, timeline_for
from calmkit.ui.players import NoPlayerError, make_content_view, make_library_options


def test_a_kind_without_a_player_is_refused_in_plain_words(catalog: Catalog) -> None:
    timeline = timeline_for(catalog.get("box"))
    with pytest.raises(NoPlayerError, match="cannot play levitation sessions"):
        make_content_view("levitation", timeline)
    assert make_library_options("levitation") is None


def test_the_pacer_loads_when_the_first_breathing_session_opens(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from calmkit.core.clock import FakeClock
        from calmkit.core.exercises import load_catalog
        from calmkit.core.store import Store
        from calmkit.resources import exercise_dirs, resource_path
        from PySide6.QtWidgets import QApplication
        from calmkit.ui.main_window import MainWindow

        app = QApplication([])
        store = Store.open(__import__("pathlib").Path(sys.argv[1]))
        window = MainWindow(load_catalog(exercise_dirs()), store, FakeClock(),
                            resource_path("sounds"))
        window.show()
        app.processEvents()
        player = ("calmkit.ui.players.breathing.pacer", "calmkit.ui.session.shell")
        print("before:", sorted(set(player) & set(sys.modules)))
        window.start_exercise("relaxed")
        print("after:", sorted(set(player) & set(sys.modules)))
        window.close()
        store.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "calmkit.db")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "before: []" in result.stdout
    assert "'calmkit.ui.players.breathing.pacer'" in result.stdout.split("after:")[1]
