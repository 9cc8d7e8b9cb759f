"""How CalmKit lives on the desktop between sessions: whether closing the window keeps it in
the system tray. Read with validation: a stored value of the wrong type is reported and its
default used, and nothing is written back until the person changes the setting."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from calmkit.core.i18n import translate

KEEP_IN_TRAY = "keep_in_tray"
# Set once the person was told, the first time, that the closed window went to the tray.
TRAY_EXPLAINED = "tray_explained"


class SettingsStore(Protocol):
    def raw_settings(self) -> dict[str, str]: ...

    def set_setting(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class DesktopSettings:
    keep_in_tray: bool = False  # off: closing the window quits, as people expect at first


def load_desktop_settings(store: SettingsStore) -> tuple[DesktopSettings, list[str]]:
    raw = store.raw_settings().get(KEEP_IN_TRAY)
    if raw is None:
        return DesktopSettings(), []
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    if isinstance(value, bool):
        return DesktopSettings(keep_in_tray=value), []
    shown = raw if len(raw) <= 40 else raw[:39] + "…"
    return DesktopSettings(), [
        translate(
            "DesktopSettings",
            "The saved setting {key} is {value}, which is not true or false; using the "
            "default, false.",
        ).format(key=KEEP_IN_TRAY, value=shown)
    ]


def save_desktop_settings(store: SettingsStore, settings: DesktopSettings) -> None:
    store.set_setting(KEEP_IN_TRAY, settings.keep_in_tray)


QUICK_STARTS = 5


def quick_starts(
    recent_ids: Iterable[str], library_ids: Sequence[str], limit: int = QUICK_STARTS
) -> list[str]:
    """What the tray offers to start: the exercises practised most recently (newest first,
    each once, only those still offered), then the library's first ones to fill up. CalmKit
    has no favourites; what a person comes back to is the best guess of one."""
    offered = set(library_ids)
    chosen = [i for i in dict.fromkeys(recent_ids) if i in offered][:limit]
    for exercise_id in library_ids:
        if len(chosen) >= limit:
            break
        if exercise_id not in chosen:
            chosen.append(exercise_id)
    return chosen
