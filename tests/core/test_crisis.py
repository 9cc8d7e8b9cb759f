from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from calmkit.core.crisis import (
    BUILT_IN,
    NOT_ONLY_FOR_SUICIDE,
    STALE_AFTER_DAYS,
    CrisisFileError,
    crisis_resources_or_built_in,
    english_date,
    is_stale,
    load_crisis_resources,
    region_from_environment,
    region_from_locale,
)
from calmkit.resources import resource_path

BUNDLED = resource_path("crisis.toml")

GOOD = """\
last_checked = 2026-11-22
[directory]
name = "Find A Helpline"
url = "https://findahelpline.com"
text = "lists helplines in many countries"
[[lines]]
countries = ["DE"]
name = "TelefonSeelsorge"
contact = "Call 0800 111 0 111"
open_24_7 = true
source = "https://www.telefonseelsorge.de"
[[emergency]]
countries = ["DE"]
number = "112"
[regions]
DE = "Germany"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "crisis.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_lines_were_checked_within_the_last_12_months() -> None:
    """Fails a year after the last check: re-check every line on its service's own site (its
    `source`) and update last_checked in resources/crisis.toml."""
    resources = load_crisis_resources(BUNDLED)
    age = (date.today() - resources.last_checked).days
    assert not is_stale(resources, date.today()), (
        f"crisis lines last checked {age} days ago (more than {STALE_AFTER_DAYS}): re-check them"
    )
    assert not is_stale(BUILT_IN, date.today()), "re-check the built-in emergency numbers too"


def test_staleness_counts_twelve_months_from_the_check() -> None:
    resources = load_crisis_resources(BUNDLED)
    checked = resources.last_checked
    assert not is_stale(resources, checked.replace(year=checked.year + 1))
    assert is_stale(resources, date.fromordinal(checked.toordinal() + 366))


def test_the_bundled_file_covers_the_countries_asked_for() -> None:
    resources = load_crisis_resources(BUNDLED)
    expected = {
        "US": "988",
        "CA": "988",
        "GB": "116 123",
        "IE": "50808",
        "AU": "13 11 14",
        "DE": "0800 111 0 222",
        "FR": "3114",
        "NL": "0800-0113",
        "ES": "024",
        "IN": "14416",
        "NZ": "1737",
    }
    for region, number in expected.items():
        guide = resources.guide(region)
        assert any(number in line.contact for line in guide.local_lines), region
        assert guide.emergency is not None, f"{region} has no emergency number"
    for line in resources.lines:
        assert line.source.startswith("https://")
        assert line.open_24_7, f"{line.name}: every bundled line is open day and night"


@pytest.mark.parametrize(
    ("region", "number"),
    [
        *[("US", "911"), ("CA", "911"), ("GB", "999"), ("AU", "000"), ("NZ", "111")],
        *[("DE", "112"), ("FR", "112"), ("IT", "112"), ("IE", "112"), ("IN", "112")],
    ],
)
def test_each_region_gets_its_emergency_number(region: str, number: str) -> None:
    guide = load_crisis_resources(BUNDLED).guide(region)
    assert guide.emergency is not None and guide.emergency.number == number
    assert f"call {number} now" in guide.emergency_sentence


def test_the_uk_is_told_that_112_works_from_a_mobile_too() -> None:
    guide = load_crisis_resources(BUNDLED).guide("GB")
    assert guide.emergency_sentence.endswith("call 999 now (112 also works from a mobile phone).")


def test_the_region_s_own_lines_come_first_then_everyone_else_s_in_file_order() -> None:
    resources = load_crisis_resources(BUNDLED)
    guide = resources.guide("IE")
    assert [line.name for line in guide.local_lines] == ["Samaritans", "50808"]
    assert guide.lines[:2] == guide.local_lines
    assert set(guide.lines) == set(resources.lines), "no line is left out"
    others = [line for line in resources.lines if "IE" not in line.countries]
    assert list(guide.other_lines) == others
    assert resources.lines_for("IE") == guide.lines


@pytest.mark.parametrize("asked", ["de", "DE", " Germany ", "germany"])
def test_a_region_can_be_a_code_in_any_case_or_its_english_name(asked: str) -> None:
    guide = load_crisis_resources(BUNDLED).guide(asked)
    assert guide.region == "DE" and guide.region_name == "Germany"
    assert guide.local_lines[0].name == "TelefonSeelsorge"


def test_uk_is_understood_as_gb() -> None:
    assert load_crisis_resources(BUNDLED).guide("uk").region == "GB"


@pytest.mark.parametrize("asked", [None, "", "ZZ", "Atlantis", "JP"])
def test_a_region_without_a_list_falls_back_to_the_international_guidance(
    asked: str | None,
) -> None:
    resources = load_crisis_resources(BUNDLED)
    guide = resources.guide(asked)
    assert guide.region is None and guide.emergency is None
    assert guide.local_lines == ()
    assert guide.lines == resources.lines, "every line is still shown"
    assert "call your local emergency number now" in guide.emergency_sentence
    assert "112" in guide.emergency_sentence and "911" in guide.emergency_sentence
    assert guide.directory.address == "findahelpline.com"


def test_a_region_with_an_emergency_number_but_no_line_gets_the_number_and_every_line() -> None:
    guide = load_crisis_resources(BUNDLED).guide("IT")
    assert guide.region_name == "Italy"
    assert guide.emergency is not None and guide.emergency.number == "112"
    assert guide.local_lines == () and len(guide.other_lines) >= 12


def test_the_built_in_emergency_numbers_match_the_file() -> None:
    resources = load_crisis_resources(BUNDLED)
    for code in resources.regions:
        from_file = resources.emergency_for(code)
        built_in = BUILT_IN.emergency_for(code)
        assert from_file is not None and built_in is not None, code
        assert (built_in.number, built_in.note) == (from_file.number, from_file.note), code
    assert dict(BUILT_IN.regions) == dict(resources.regions)
    assert BUILT_IN.directory.url == resources.directory.url


def test_an_unreadable_file_gives_the_built_in_emergency_numbers_and_the_reason(
    tmp_path: Path,
) -> None:
    for broken in (tmp_path / "missing.toml", write(tmp_path, "last_checked = [")):
        resources, problem = crisis_resources_or_built_in(broken)
        assert resources is BUILT_IN and problem
        assert broken.name in problem
        guide = resources.guide("DE")
        assert guide.built_in and guide.lines == ()
        assert guide.emergency_sentence.endswith("call 112 now.")
        assert guide.directory.address == "findahelpline.com"
    resources, problem = crisis_resources_or_built_in(BUNDLED)
    assert problem is None and not resources.built_in


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("last_checked = 2026-11-22", "last_checked = 2026-11-22T10:00:00"), "a date"),
        (("last_checked = 2026-11-22", 'last_checked = "soon"'), "last_checked must be a date"),
        (('countries = ["DE"]\nname', 'countries = ["Germany"]\nname'), "lines entry 1"),
        (('countries = ["DE"]\nname', 'countries = ["FR"]\nname'), "FR, which [regions]"),
        (("open_24_7 = true", 'open_24_7 = "yes"'), "(TelefonSeelsorge): open_24_7 must be"),
        (("open_24_7 = true\n", ""), "open_24_7 must be true or false"),
        (("open_24_7 = true", "open_24_7 = true\nopen_247 = true"), "open_247 is not a known"),
        (('source = "https://www.telefonseelsorge.de"', 'source = "telefonseelsorge.de"'), "https"),
        (('contact = "Call 0800 111 0 111"', 'contact = " "'), "contact is missing"),
        (('number = "112"', 'number = "one-one-two"'), "emergency entry 1: number must be"),
        (('DE = "Germany"', 'de = "Germany"'), "[regions]"),
        (("[directory]", "[elsewhere]"), "elsewhere is not a known key"),
    ],
)
def test_a_broken_entry_is_refused_with_the_file_entry_and_problem(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(CrisisFileError, match=r"crisis\.toml") as raised:
        load_crisis_resources(path)
    assert message in str(raised.value)


def test_a_file_without_lines_is_refused(tmp_path: Path) -> None:
    text = GOOD.split("[[lines]]")[0] + "[[emergency]]" + GOOD.split("[[emergency]]")[1]
    with pytest.raises(CrisisFileError, match=r"crisis.toml: needs at least one \[\[lines\]\]"):
        load_crisis_resources(write(tmp_path, text))


def test_a_country_with_two_emergency_numbers_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("[regions]", '[[emergency]]\ncountries = ["DE"]\nnumber = "110"\n[regions]')
    with pytest.raises(CrisisFileError, match="emergency entry 2: DE already has"):
        load_crisis_resources(write(tmp_path, text))


def test_the_good_sample_loads(tmp_path: Path) -> None:
    resources = load_crisis_resources(write(tmp_path, GOOD))
    assert resources.guide("DE").local_lines[0].contact == "Call 0800 111 0 111"


def test_dates_are_written_in_english_whatever_the_locale() -> None:
    assert english_date(date(2026, 11, 22)) == "22 November 2026"
    assert english_date(date(2027, 3, 1)) == "1 March 2027"


@pytest.mark.parametrize(
    ("name", "region"),
    [
        *[("de_DE.UTF-8", "DE"), ("en-GB", "GB"), ("fr_FR@euro", "FR"), ("C", None)],
        *[("POSIX", None), ("C.UTF-8", None), ("en", None), ("", None), (None, None)],
        ("ast_ES.UTF-8", "ES"),
    ],
)
def test_the_region_comes_from_the_locale_s_country(name: str | None, region: str | None) -> None:
    assert region_from_locale(name) == region


def test_the_environment_s_locale_is_read_in_posix_order() -> None:
    assert region_from_environment({"LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"}) == "DE"
    assert region_from_environment({"LANG": "en_NZ.UTF-8"}) == "NZ"
    assert region_from_environment({}) is None


def test_json_lists_lines_with_their_marks_and_sources() -> None:
    data = load_crisis_resources(BUNDLED).guide("NZ").to_json()
    first = data["lines"][0]
    assert first["name"] == "Need to talk? 1737" and first["in_your_region"] is True
    assert first["open_24_7"] is True and first["source"].startswith("https://")
    assert data["emergency"] == {"number": "111", "note": ""}
    assert data["not_only_for_suicide"] == NOT_ONLY_FOR_SUICIDE
    assert data["last_checked"] == "2026-11-22"
