from __future__ import annotations

from pathlib import Path

import pytest

from calmkit.core.settings import (
    AppearanceSettings,
    PracticeSettings,
    load_appearance_settings,
    load_practice_settings,
    save_appearance_settings,
    save_practice_settings,
)
from calmkit.core.store import Store


def test_defaults_without_stored_settings(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        settings, problems = load_practice_settings(store)
    assert settings == PracticeSettings(day_start_hour=4, grace_days=1)
    assert problems == []


def test_saved_settings_come_back(tmp_path: Path) -> None:
    chosen = PracticeSettings(
        day_start_hour=6,
        grace_days=0,
        goal_minutes_per_day=15,
        goal_days_per_week=4,
        ask_distress=False,
    )
    with Store.open(tmp_path / "calmkit.db") as store:
        save_practice_settings(store, chosen)
    with Store.open(tmp_path / "calmkit.db") as store:
        assert load_practice_settings(store) == (chosen, [])


@pytest.mark.parametrize(
    ("key", "stored", "message"),
    [
        (
            "day_start_hour",
            27,
            "day_start_hour is 27, which is not a whole hour from 0 to 23; using the default, 4.",
        ),
        ("day_start_hour", "4", 'day_start_hour is "4", which is not a whole hour'),
        ("grace_days", 5, "grace_days is 5, which is not a whole number of days from 0 to 3"),
        ("grace_days", True, "grace_days is true, which is not"),
        (
            "goal_minutes_per_day",
            0,
            "goal_minutes_per_day is 0, which is not a whole number "
            "of minutes from 1 to 600, or no goal; using the default, no goal.",
        ),
        ("goal_days_per_week", 8, "goal_days_per_week is 8"),
        ("ask_distress", "yes", 'ask_distress is "yes", which is not true or false'),
    ],
)
def test_an_impossible_stored_value_falls_back_to_its_default_and_says_so(
    tmp_path: Path, key: str, stored: object, message: str
) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.set_setting("grace_days", 2)
        store.set_setting(key, stored)
        settings, problems = load_practice_settings(store)
    assert getattr(settings, key) == getattr(PracticeSettings(), key)
    if key != "grace_days":
        assert settings.grace_days == 2  # the good values are kept
    (problem,) = problems
    assert message in problem


def test_an_unreadable_stored_value_falls_back_too(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store, store.transaction() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('day_start_hour', '{oops')")
    with Store.open(tmp_path / "calmkit.db") as store:
        settings, problems = load_practice_settings(store)
    assert settings.day_start_hour == 4
    assert problems == [
        "The saved setting day_start_hour is unreadable ({oops); using the default, 4."
    ]


def test_impossible_settings_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="grace_days must be a whole number of days from 0 to 3"):
        PracticeSettings(grace_days=4)
    with pytest.raises(ValueError, match="day_start_hour"):
        PracticeSettings(day_start_hour=24)


def test_saving_a_new_day_start_hour_keeps_the_fast_totals_for_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        save_practice_settings(store, PracticeSettings(day_start_hour=7))
        (hour,) = store._db.execute("SELECT hour FROM day_totals_hour").fetchone()
    assert hour == 7


def test_a_caution_seen_before_cautions_had_ids_stays_seen() -> None:
    from calmkit.core.preferences import load_player_preferences

    class Stored:
        def setting(self, key: str, default: object = None) -> object:
            return {"holds_caution_seen": True, "cautions_seen": ["grounding", 3]}

        def set_setting(self, key: str, value: object) -> None:
            raise AssertionError("loading writes nothing")

    assert load_player_preferences(Stored()).cautions_seen == ("holds",)


def test_narrated_kinds_speak_unless_turned_off_for_that_kind(tmp_path: Path) -> None:
    from calmkit.core.preferences import (
        PlayerPreferences,
        load_player_preferences,
        save_player_preferences,
    )

    prefs = PlayerPreferences()
    assert prefs.voice_for("pmr", narrated=True) and not prefs.voice_for(
        "breathing", narrated=False
    )
    quiet = prefs.with_voice("pmr", False, narrated=True)
    assert not quiet.voice_for("pmr", narrated=True)
    assert quiet.voice_for("imagery", narrated=True), "turned off for one kind only"
    assert not quiet.voice, "breathing's words keep their own choice"
    with Store.open(tmp_path / "calmkit.db") as store:
        save_player_preferences(store, quiet.with_voice("breathing", True, narrated=False))
        again = load_player_preferences(store)
    assert again.voice and not again.voice_for("pmr", narrated=True)
    assert again.with_voice("pmr", True, narrated=True).voice_for("pmr", narrated=True)


def test_the_reading_text_size_is_remembered_and_an_impossible_one_is_ignored(
    tmp_path: Path,
) -> None:
    from calmkit.core.preferences import (
        TEXT_SIZE_RANGE,
        PlayerPreferences,
        load_player_preferences,
        save_player_preferences,
    )

    with Store.open(tmp_path / "calmkit.db") as store:
        save_player_preferences(store, PlayerPreferences(text_size=34))
        assert load_player_preferences(store).text_size == 34
        for impossible in (TEXT_SIZE_RANGE[1] + 2, True, "big", 30.5):
            store.set_setting("player", {"text_size": impossible, "muted": True})
            again = load_player_preferences(store)
            assert again.text_size == PlayerPreferences().text_size, impossible
            assert again.muted, "the other preferences are kept"
    with pytest.raises(ValueError, match="text size"):
        PlayerPreferences(text_size=TEXT_SIZE_RANGE[0] - 1)


@pytest.mark.parametrize("text", ["9" * 5000, "[" * 100_000 + "]" * 100_000])
def test_a_stored_value_too_long_for_python_to_read_falls_back_too(
    tmp_path: Path, text: str
) -> None:
    # Found by benchmarks/fuzz.py: these raised ValueError and RecursionError on reading.
    from calmkit.core.preferences import PlayerPreferences, load_player_preferences

    with Store.open(tmp_path / "calmkit.db") as store:
        with store.transaction() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('day_start_hour', ?)", (text,))
            db.execute("INSERT INTO settings (key, value) VALUES ('player', ?)", (text,))
        settings, problems = load_practice_settings(store)
        assert load_player_preferences(store) == PlayerPreferences()
    assert settings.day_start_hour == 4
    (problem,) = problems
    assert problem.startswith("The saved setting day_start_hour is unreadable (")


def test_the_theme_is_remembered_and_defaults_to_following_the_desktop(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        assert load_appearance_settings(store) == (AppearanceSettings(theme="system"), [])
        save_appearance_settings(store, AppearanceSettings(theme="high-contrast"))
    with Store.open(tmp_path / "calmkit.db") as store:
        assert load_appearance_settings(store) == (AppearanceSettings("high-contrast"), [])


def test_a_hand_edited_theme_falls_back_once_and_is_not_rewritten(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calmkit.db") as store:
        store.set_setting("theme", "purple")
        store.set_setting("grace_days", 2)
        appearance, problems = load_appearance_settings(store)
        practice, practice_problems = load_practice_settings(store)
        assert appearance.theme == "system" and practice.grace_days == 2
        (problem,) = problems
        assert 'theme is "purple", which is not one of "system", "light"' in problem
        assert practice_problems == [], "each setting is reported by its own reader, once"
        assert store.raw_settings()["theme"] == '"purple"', "kept until the person chooses"
    with pytest.raises(ValueError, match="theme must be one of"):
        AppearanceSettings(theme="purple")
