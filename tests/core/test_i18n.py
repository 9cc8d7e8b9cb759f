"""core.i18n: English as written (with its plurals) until a translator is installed, and
translated data trees that leave ids and the parsed original alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from calmkit.core import i18n
from calmkit.core.crisis import is_crisis_text
from calmkit.core.exercises.catalog import is_exercise_text


@pytest.fixture
def shouting() -> Iterator[None]:
    """A stand-in language: everything it knows in capitals, counted text in two forms."""

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        if text == "unknown":
            return text
        if n >= 0:
            return (f"{n} THING" if n == 1 else f"{n} THINGS") if "%n" in text else text
        return text.upper()

    i18n.install(translator)
    yield
    i18n.install(None)


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("%n session(s)", 1, "1 session"),
        ("%n session(s)", 0, "0 sessions"),
        ("%n session(s)", 1250, "1,250 sessions"),
        ("%n box(es) left", 2, "2 boxes left"),
        ("Done", -1, "Done"),
    ],
)
def test_english_plurals_come_from_the_source_text(text: str, n: int, expected: str) -> None:
    assert not i18n.active()
    assert i18n.translate("Ctx", text, None, n) == expected


@pytest.mark.usefixtures("shouting")
def test_an_installed_translator_is_used_and_english_covers_what_it_lacks() -> None:
    assert i18n.active()
    assert i18n.translate("Ctx", "Start") == "START"
    assert i18n.translate("Ctx", "%n session(s)", None, 3) == "3 THINGS"
    assert i18n.translate("Ctx", "unknown") == "unknown"


@pytest.mark.usefixtures("shouting")
def test_an_exercise_tree_is_translated_except_its_ids() -> None:
    parsed = {
        "id": "box",
        "kind": "breathing",
        "name": "Box breathing",
        "cautions": ["Stop if dizzy."],
        "groups": [{"group": "arms", "tense": "Make a fist."}],
        "order": 3,
    }
    localised = i18n.localised_tree(parsed, "Exercise box", is_exercise_text)
    assert localised == {
        "id": "box",
        "kind": "breathing",
        "name": "BOX BREATHING",
        "cautions": ["STOP IF DIZZY."],
        "groups": [{"group": "arms", "tense": "MAKE A FIST."}],
        "order": 3,
    }
    assert parsed["name"] == "Box breathing", "the parsed file (kept between starts) is untouched"
    assert list(i18n.tree_texts(parsed, is_exercise_text)) == [
        "Box breathing",
        "Stop if dizzy.",
        "Make a fist.",
    ]


def test_crisis_lines_translate_what_is_said_not_names_or_numbers() -> None:
    data = {
        "directory": {"name": "Find A Helpline", "url": "https://x", "text": "lists lines"},
        "lines": [{"name": "Samaritans", "contact": "Call 116 123", "source": "https://y"}],
        "emergency": [{"number": "112", "note": "also from a mobile"}],
        "regions": {"DE": "Germany"},
    }
    assert list(i18n.tree_texts(data, is_crisis_text)) == [
        "lists lines",
        "Call 116 123",
        "also from a mobile",
        "Germany",
    ]
