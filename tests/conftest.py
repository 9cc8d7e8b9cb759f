"""Test-wide set-up: offscreen Qt, and every path CalmKit could write to kept in tmp_path.

QT_QPA_PLATFORM and HOME are set here, at import time, before anything imports Qt or reads
the home folder; a guard then fails any test that touches CalmKit's folders in the real home.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("CALMKIT_DATA_DIR", None)
# English, whatever the machine speaks: tests read what CalmKit says (the German translation
# has its own tests, which switch to it and back).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
REAL_HOME = Path("~").expanduser()
_SANDBOX = Path(tempfile.mkdtemp(prefix="calmkit-tests-"))
_RUNTIME = _SANDBOX / "runtime"
_RUNTIME.mkdir(mode=0o700)
os.environ.update(
    {
        "HOME": str(_SANDBOX / "home"),
        "XDG_DATA_HOME": str(_SANDBOX / "home/.local/share"),
        "XDG_CONFIG_HOME": str(_SANDBOX / "home/.config"),
        "XDG_CACHE_HOME": str(_SANDBOX / "home/.cache"),
        "XDG_STATE_HOME": str(_SANDBOX / "home/.local/state"),
        # Qt warns (and our strict config would fail) when this is unset or not private.
        "XDG_RUNTIME_DIR": str(_RUNTIME),
    }
)

_GUARDED = [
    REAL_HOME / ".local/share/calmkit",
    REAL_HOME / ".local/state/calmkit",
    REAL_HOME / ".config/calmkit",
    REAL_HOME / ".cache/calmkit",
    REAL_HOME / ".config/QtProject.conf",
]


def _snapshot() -> dict[str, int]:
    seen: dict[str, int] = {}
    for root in _GUARDED:
        if root.exists():
            seen[str(root)] = root.stat().st_mtime_ns
            for path in root.rglob("*") if root.is_dir() else ():
                seen[str(path)] = path.stat().st_mtime_ns
    return seen


_BEFORE = _snapshot()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point data, config, cache and state folders of this test at its own tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("CALMKIT_DATA_DIR", str(tmp_path / "data"))
    yield home
    after = _snapshot()
    changed = sorted(k for k in after.keys() | _BEFORE.keys() if after.get(k) != _BEFORE.get(k))
    assert not changed, f"a test wrote under the real home: {changed}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
