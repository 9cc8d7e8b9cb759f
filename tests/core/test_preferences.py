"""The ambient sound choices in the player preferences: saved, loaded, and never impossible."""

from __future__ import annotations

from typing import Any

import pytest

from calmkit.core.preferences import (
    AMBIENT_SOUNDS,
    PlayerPreferences,
    load_player_preferences,
    save_player_preferences,
)


class MemorySettings:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def setting(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.values[key] = value


def test_ambient_sound_is_off_by_default() -> None:
    prefs = load_player_preferences(MemorySettings())
    assert prefs.ambient_on is False
    assert prefs.ambient_sound in AMBIENT_SOUNDS and prefs.ambient_volume == 0.5


def test_the_last_ambient_choice_and_volume_come_back() -> None:
    store = MemorySettings()
    chosen = PlayerPreferences(ambient_on=True, ambient_sound="rain", ambient_volume=0.3)
    save_player_preferences(store, chosen)
    assert load_player_preferences(store) == chosen


@pytest.mark.parametrize(
    "stored",
    [
        {"ambient_on": "yes"},
        {"ambient_sound": "thunder"},
        {"ambient_sound": 3},
        {"ambient_sound": ["rain"]},
        {"ambient_volume": 1.5},
        {"ambient_volume": -0.1},
        {"ambient_volume": "loud"},
        {"ambient_volume": True},
        {"ambient_volume": float("nan")},
    ],
)
def test_an_impossible_stored_ambient_value_falls_back_and_keeps_the_rest(
    stored: dict[str, Any],
) -> None:
    store = MemorySettings()
    store.set_setting("player", {"volume": 0.4, "ambient_on": True, **stored})
    loaded = load_player_preferences(store)
    defaults = PlayerPreferences()
    assert loaded.volume == 0.4
    for key in stored:
        assert getattr(loaded, key) == getattr(defaults, key)
    if "ambient_on" not in stored:
        assert loaded.ambient_on is True


def test_preferences_cannot_be_made_impossible_in_code() -> None:
    with pytest.raises(ValueError, match="ambient sound must be one of waves, rain, brown"):
        PlayerPreferences(ambient_sound="thunder")
    with pytest.raises(ValueError, match="ambient volume must be between 0 and 1"):
        PlayerPreferences(ambient_volume=2.0)
