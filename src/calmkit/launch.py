"""What the command line asks of the GUI: shared by calmkit.cli and calmkit.app, so neither
imports the other's module for it (and the command line stays free of Qt).

A launch request is also what a second `calmkit` hands to the one already running, as one
line of JSON over a local socket (see calmkit.ui.desktop.instance).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmkit.core.exercises import Catalog, SessionLength, SessionPlan
from calmkit.paths import Paths


@dataclass(frozen=True)
class LaunchRequest:
    """What one launch asks for: an exercise to start (with its plan), and whether the window
    should come forward (not when started hidden, e.g. at log-in)."""

    start_exercise: str | None = None
    plan: SessionPlan | None = None
    hidden: bool = False

    def to_line(self) -> bytes:
        plan = self.plan
        data: dict[str, Any] = {"start": self.start_exercise, "hidden": self.hidden}
        if plan is not None:
            length = plan.length
            data["plan"] = {
                "minutes": length.minutes if length else None,
                "cycles": length.cycles if length else None,
                "options": dict(plan.options),
            }
        return json.dumps(data).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> LaunchRequest:
        """The request in `line`; ValueError when it is not one (it came over a socket)."""
        try:
            data = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"not a launch request: {error}") from None
        if not isinstance(data, dict):
            raise ValueError("not a launch request: not an object")
        start = data.get("start")
        hidden = data.get("hidden", False)
        if not (start is None or isinstance(start, str)) or not isinstance(hidden, bool):
            raise ValueError("not a launch request: wrong types")
        raw_plan = data.get("plan")
        plan = None
        if raw_plan is not None:
            if not isinstance(raw_plan, dict) or not isinstance(raw_plan.get("options"), dict):
                raise ValueError("not a launch request: the plan is not an object")
            minutes, cycles = raw_plan.get("minutes"), raw_plan.get("cycles")
            try:
                length = (
                    None
                    if minutes is None and cycles is None
                    else SessionLength(minutes=minutes, cycles=cycles)
                )
            except (TypeError, ValueError) as error:
                raise ValueError(f"not a launch request: {error}") from None
            plan = SessionPlan(length, raw_plan["options"])
        return cls(start, plan, hidden)


@dataclass(frozen=True)
class GuiOptions:
    paths: Paths
    catalog: Catalog
    start_exercise: str | None = None
    plan: SessionPlan | None = None
    smoke_test: bool = False
    hidden: bool = False  # start in the tray without a window (at log-in)

    @property
    def request(self) -> LaunchRequest:
        return LaunchRequest(self.start_exercise, self.plan, self.hidden)


def instance_name(data_dir: Path, environ: dict[str, str] | None = None) -> str:
    """The local socket of the CalmKit that owns `data_dir`, private to this user: in the
    user's runtime folder when there is one, and named by user id and folder either way, so
    two people, or two practice logs, never meet."""
    environ = dict(os.environ) if environ is None else environ
    digest = hashlib.sha256(str(data_dir.expanduser().absolute()).encode()).hexdigest()[:16]
    user = str(os.getuid()) if hasattr(os, "getuid") else environ.get("USERNAME", "user")
    name = f"calmkit-{user}-{digest}"
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return str(Path(runtime) / name)
    return name  # Qt puts it in the temporary folder (a named pipe on Windows)
