"""How the person likes sessions to look and sound, remembered in the store as plain data."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Protocol

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SETTING_KEY = "player"
# Points of a session's reading text (the reader of scripts): from comfortably small to what
# still fits a short sentence a line on a laptop screen.
TEXT_SIZE_RANGE = (16, 44)
TEXT_SIZE_STEP = 2

# The ambient sounds a narrated session can have under its voice, by id, with the name the
# person sees (shown with ambient_sound_name); they are made in code by calmkit.ui.audio.ambient.
AMBIENT_SOUNDS = {
    "waves": QT_TRANSLATE_NOOP("Preferences", "Waves"),
    "rain": QT_TRANSLATE_NOOP("Preferences", "Soft rain"),
    "brown": QT_TRANSLATE_NOOP("Preferences", "Brown noise"),
}


def ambient_sound_name(sound_id: str) -> str:
    """The name of an ambient sound in the person's language."""
    return translate("Preferences", AMBIENT_SOUNDS[sound_id])


class SettingsStore(Protocol):
    def setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class PlayerPreferences:
    volume: float = 0.8  # 0..1
    muted: bool = False
    voice: bool = False  # spoken phase words, when a speech engine works
    # Reduced motion, one choice for everything that moves: the pacer fills a bar in place,
    # the body map's marks and the reader's text change without fading (R in a session,
    # Settings > Appearance).
    reduce_motion: bool = False
    countdown: bool = True  # 3-2-1 before the first breath
    # The cautions the person asked not to see again ("don't show this again"), by id.
    cautions_seen: tuple[str, ...] = ()
    # Kinds whose sessions are guided by narration (PMR) speak unless the person turned the
    # voice off for that kind; `voice` is the choice for the others (breathing's words).
    unvoiced_kinds: tuple[str, ...] = ()
    text_size: int = 26  # points; what the person last chose with A-/A+ (or Ctrl+-/Ctrl++)
    # Ambient sound under a narrated session: off unless the person turned it on; the sound
    # last chosen is kept while it is off, so turning it on again brings that one back.
    ambient_on: bool = False
    ambient_sound: str = "waves"
    ambient_volume: float = 0.5  # 0..1 of the ambient's own range (1: half the voice's level)

    def __post_init__(self) -> None:
        if not 0.0 <= self.volume <= 1.0:
            raise ValueError("volume must be between 0 and 1")
        if not 0.0 <= self.ambient_volume <= 1.0:
            raise ValueError("ambient volume must be between 0 and 1")
        if self.ambient_sound not in AMBIENT_SOUNDS:
            raise ValueError(f"ambient sound must be one of {', '.join(AMBIENT_SOUNDS)}")
        low, high = TEXT_SIZE_RANGE
        if not low <= self.text_size <= high:
            raise ValueError(f"text size must be {low} to {high} points")

    def with_changes(self, **changes: Any) -> PlayerPreferences:
        return replace(self, **changes)

    def voice_for(self, kind: str, *, narrated: bool) -> bool:
        """Whether a session of `kind` starts with the voice on."""
        return kind not in self.unvoiced_kinds if narrated else self.voice

    def with_voice(self, kind: str, on: bool, *, narrated: bool) -> PlayerPreferences:
        if not narrated:
            return replace(self, voice=on)
        others = tuple(k for k in self.unvoiced_kinds if k != kind)
        return replace(self, unvoiced_kinds=others if on else (*others, kind))

    def with_caution_seen(self, caution_id: str) -> PlayerPreferences:
        if caution_id in self.cautions_seen:
            return self
        return replace(self, cautions_seen=(*self.cautions_seen, caution_id))


def load_player_preferences(store: SettingsStore) -> PlayerPreferences:
    """Stored values that are impossible (edited by hand, older versions) fall back one by one
    to their defaults; the rest are kept."""
    raw = store.setting(SETTING_KEY, {})
    if not isinstance(raw, dict):
        log.warning("ignored unreadable player preferences: %r", raw)
        return PlayerPreferences()
    result = PlayerPreferences()
    if raw.get("holds_caution_seen") is True:  # written before cautions came from the kinds
        result = result.with_caution_seen("holds")
    if raw.get("pacer_style") == "bar" and "reduce_motion" not in raw:  # the earlier name
        result = result.with_changes(reduce_motion=True)
    for field in fields(PlayerPreferences):
        if field.name not in raw:
            continue
        value = raw[field.name]
        default = getattr(result, field.name)
        if isinstance(default, bool) and not isinstance(value, bool):
            log.warning("ignored player preference %s=%r", field.name, value)
            continue
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                log.warning("ignored player preference %s=%r", field.name, value)
                continue
            value = tuple(dict.fromkeys((*getattr(result, field.name), *value)))
        if type(default) is int and (isinstance(value, bool) or not isinstance(value, int)):
            log.warning("ignored player preference %s=%r", field.name, value)
            continue
        if isinstance(default, float) and (
            isinstance(value, bool) or not isinstance(value, int | float)
        ):
            log.warning("ignored player preference %s=%r", field.name, value)
            continue
        try:
            result = result.with_changes(**{field.name: value})
        except (ValueError, TypeError):
            log.warning("ignored player preference %s=%r", field.name, value)
    return result


def save_player_preferences(store: SettingsStore, preferences: PlayerPreferences) -> None:
    store.set_setting(SETTING_KEY, asdict(preferences))
