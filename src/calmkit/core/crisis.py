"""Crisis-support contacts, read from a bundled file that records when they were last checked."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CrisisLine:
    region: str
    name: str
    contact: str


@dataclass(frozen=True, slots=True)
class CrisisResources:
    last_checked: date
    lines: tuple[CrisisLine, ...]
    emergency: tuple[tuple[str, str], ...]  # (region, number)


def load_crisis_resources(path: Path) -> CrisisResources:
    """Raises ValueError naming the problem when the file is unusable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path.name}: cannot be read ({error})") from error
    checked = data.get("last_checked")
    if not isinstance(checked, date):
        raise ValueError(f"{path.name}: last_checked must be a date")
    try:
        lines = tuple(
            CrisisLine(str(e["region"]), str(e["name"]), str(e["contact"])) for e in data["lines"]
        )
        emergency = tuple((str(e["region"]), str(e["number"])) for e in data["emergency"])
    except (KeyError, TypeError) as error:
        raise ValueError(f"{path.name}: a crisis line is missing {error}") from error
    return CrisisResources(checked, lines, emergency)
