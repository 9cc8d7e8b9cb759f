"""The layout the import contracts describe stays true as kinds are added."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from calmkit.core.exercises.kinds import kinds

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def contract(name_start: str) -> dict[str, Any]:
    contracts = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    (found,) = [c for c in contracts if c["name"].startswith(name_start)]
    return dict(found)


def test_every_exercise_kind_is_in_the_independence_contract() -> None:
    listed = set(contract("Exercise kinds are independent")["modules"])
    packages = {f"calmkit.core.exercises.{name}" for name in kinds()}
    assert packages == listed


def test_every_exercise_kind_has_a_player() -> None:
    players = Path(__file__).resolve().parent.parent / "src" / "calmkit" / "ui" / "players"
    for name in kinds():
        assert (players / name / "__init__.py").is_file(), f"no player for {name} sessions"
