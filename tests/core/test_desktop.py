from __future__ import annotations

from typing import Any

from calmkit.core.desktop import (
    KEEP_IN_TRAY,
    DesktopSettings,
    load_desktop_settings,
    quick_starts,
    save_desktop_settings,
)


class Settings:
    def __init__(self, raw: dict[str, str] | None = None) -> None:
        self.raw = dict(raw or {})
        self.writes = 0

    def raw_settings(self) -> dict[str, str]:
        return dict(self.raw)

    def set_setting(self, key: str, value: Any) -> None:
        import json

        self.writes += 1
        self.raw[key] = json.dumps(value)


def test_recent_exercises_come_first_each_once_then_the_library_fills_up() -> None:
    library = ["a", "b", "c", "d", "e", "f"]
    assert quick_starts(["d", "gone", "d", "b"], library) == ["d", "b", "a", "c", "e"]
    assert quick_starts([], library, limit=2) == ["a", "b"]
    assert quick_starts(list("fedcba"), library, limit=3) == ["f", "e", "d"]


def test_keeping_in_the_tray_is_off_until_chosen_and_a_bad_value_is_reported() -> None:
    assert load_desktop_settings(Settings()) == (DesktopSettings(), [])
    store = Settings({KEEP_IN_TRAY: '"yes"'})
    settings, problems = load_desktop_settings(store)
    assert settings == DesktopSettings()
    assert problems == [
        'The saved setting keep_in_tray is "yes", which is not true or false; using the '
        "default, false."
    ]
    assert store.writes == 0, "nothing is rewritten until the person changes it"
    save_desktop_settings(store, DesktopSettings(keep_in_tray=True))
    assert load_desktop_settings(store) == (DesktopSettings(keep_in_tray=True), [])
