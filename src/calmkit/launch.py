"""What the command line asks of the GUI: shared by calmkit.cli and calmkit.app, so neither
imports the other's module for it (and the command line stays free of Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from calmkit.core.exercises import Catalog, SessionPlan
from calmkit.paths import Paths


@dataclass(frozen=True)
class GuiOptions:
    paths: Paths
    catalog: Catalog
    start_exercise: str | None = None
    plan: SessionPlan | None = None
    smoke_test: bool = False
