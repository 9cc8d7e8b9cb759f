"""Crisis lines and emergency numbers for Help now, read from a bundled file that records when
they were last checked, and arranged for the person's region (their own country first).

Help now must never be empty: when the file cannot be read, a built-in list of emergency
numbers and the international directory stand in for it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from calmkit.core import i18n

# Said plainly, wherever the lines are shown: many people think these lines are only for a
# moment of suicidal crisis and do not call.
NOT_ONLY_FOR_SUICIDE = (
    "You do not need to be suicidal to call. These lines are for anyone who is struggling, "
    "frightened or overwhelmed, and the people there listen without judging."
)
NOT_A_SERVICE = (
    "CalmKit offers self-help exercises. It is not a medical or emergency service and cannot "
    "contact anyone for you."
)
STALE_AFTER_DAYS = 365  # a release re-checks the lines at least once a year

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_CODE = re.compile(r"[A-Z]{2}")
_NUMBER = re.compile(r"[0-9][0-9 -]*")
# Names people type for a country that are not its ISO code.
# Country names said with "the": "in the Netherlands".
_WITH_THE = frozenset({"GB", "US", "NL"})
_ALIASES = {"UK": "GB", "EL": "GR", "UNITED STATES OF AMERICA": "US", "USA": "US"}


class CrisisFileError(ValueError):
    """The crisis file cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class CrisisLine:
    countries: tuple[str, ...]  # ISO 3166 alpha-2 codes of the countries it serves
    name: str
    contact: str
    open_24_7: bool
    source: str  # the service's own site: where the number was (and is to be) checked

    def serves(self, region: str | None) -> bool:
        return region in self.countries


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    countries: tuple[str, ...]
    number: str
    note: str = ""  # e.g. "112 also works from a mobile phone"

    @property
    def text(self) -> str:
        return f"{self.number} ({self.note})" if self.note else self.number


@dataclass(frozen=True, slots=True)
class Directory:
    """An international directory of helplines, for countries without a line of their own."""

    name: str
    url: str
    text: str  # what it offers, after its name: "lists free ... helplines in many countries"

    @property
    def address(self) -> str:
        """The URL as people type it: no scheme, no trailing slash."""
        return re.sub(r"^https?://(www\.)?", "", self.url).rstrip("/")

    @property
    def sentence(self) -> str:
        return f"{self.name} ({self.address}) {self.text}."


@dataclass(frozen=True, slots=True)
class HelpGuide:
    """What Help now shows for one region, in the order it is shown."""

    region: str | None  # the code asked for, when it was one we know
    region_name: str  # "Germany", or "your country" when the region is unknown
    emergency: EmergencyNumber | None
    emergency_sentence: str
    local_lines: tuple[CrisisLine, ...]  # the region's own lines
    other_lines: tuple[CrisisLine, ...]  # everyone else's, in the file's order
    directory: Directory
    last_checked: date
    built_in: bool  # the file could not be read: emergency numbers only

    @property
    def lines(self) -> tuple[CrisisLine, ...]:
        return self.local_lines + self.other_lines

    @property
    def place(self) -> str:
        """The region's name as said in a sentence: "the United Kingdom", "Germany"."""
        return f"the {self.region_name}" if self.region in _WITH_THE else self.region_name

    @property
    def missing_sentence(self) -> str:
        """For a known region without a line of its own (not when the file is missing)."""
        if self.local_lines or self.region is None or self.built_in:
            return ""
        return f"CalmKit has no crisis line listed for {self.place}."

    @property
    def last_checked_text(self) -> str:
        return english_date(self.last_checked)

    def to_json(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "region_name": self.region_name,
            "emergency": None
            if self.emergency is None
            else {"number": self.emergency.number, "note": self.emergency.note},
            "emergency_sentence": self.emergency_sentence,
            "lines": [
                {
                    "name": line.name,
                    "contact": line.contact,
                    "countries": list(line.countries),
                    "open_24_7": line.open_24_7,
                    "in_your_region": line in self.local_lines,
                    "source": line.source,
                }
                for line in self.lines
            ],
            "directory": {"name": self.directory.name, "url": self.directory.url},
            "not_only_for_suicide": NOT_ONLY_FOR_SUICIDE,
            "last_checked": self.last_checked.isoformat(),
            "built_in": self.built_in,
        }


@dataclass(frozen=True, slots=True)
class CrisisResources:
    last_checked: date
    lines: tuple[CrisisLine, ...]
    emergency: tuple[EmergencyNumber, ...]
    directory: Directory
    regions: Mapping[str, str] = field(default_factory=dict)  # code -> English name
    built_in: bool = False

    def region_code(self, text: str | None) -> str | None:
        """The known region `text` names (a code such as "de", "UK", or an English name such
        as "Germany"), else None."""
        if not text:
            return None
        wanted = " ".join(text.split()).upper()
        wanted = _ALIASES.get(wanted, wanted)
        if wanted in self.regions:
            return wanted
        for code, name in self.regions.items():
            if name.upper() == wanted:
                return code
        return None

    def lines_for(self, region: str | None) -> tuple[CrisisLine, ...]:
        """Every line, the region's own first (each group keeps the file's order)."""
        own = tuple(line for line in self.lines if line.serves(region))
        return own + tuple(line for line in self.lines if not line.serves(region))

    def emergency_for(self, region: str | None) -> EmergencyNumber | None:
        return next((e for e in self.emergency if region in e.countries), None)

    def guide(self, region: str | None) -> HelpGuide:
        """Help now for `region` (a code, an alias or a name; None or unknown: elsewhere)."""
        code = self.region_code(region)
        emergency = self.emergency_for(code)
        lines = self.lines_for(code)
        local = tuple(line for line in lines if line.serves(code))
        return HelpGuide(
            region=code,
            region_name=self.regions[code] if code else "your country",
            emergency=emergency,
            emergency_sentence=emergency_sentence(emergency),
            local_lines=local,
            other_lines=lines[len(local) :],
            directory=self.directory,
            last_checked=self.last_checked,
            built_in=self.built_in,
        )

    def region_names(self) -> list[tuple[str, str]]:
        """(code, name) of every region, by name: the region chooser's list."""
        return sorted(self.regions.items(), key=lambda item: item[1])


def emergency_sentence(emergency: EmergencyNumber | None) -> str:
    danger = "If you are in danger, or might act on thoughts of harming yourself,"
    if emergency is None:
        return (
            f"{danger} call your local emergency number now. In the European Union and many "
            "other countries it is 112; in the United States and Canada, 911."
        )
    note = f" ({emergency.note})" if emergency.note else ""
    return f"{danger} call {emergency.number} now{note}."


def english_date(day: date) -> str:
    """ "22 November 2026": always English, like the text around it (strftime's %B follows the
    system locale and would print "November" in German on a German desktop)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def region_from_locale(name: str | None) -> str | None:
    """The country of a locale name such as "de_DE.UTF-8", "en-GB" or "C" (none)."""
    if not name:
        return None
    match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", name)
    return match.group(1).upper() if match else None


def region_from_environment(environ: Mapping[str, str]) -> str | None:
    """The country of the locale the environment asks for (the command line's default)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return region_from_locale(value)
    return None


def is_stale(resources: CrisisResources, today: date) -> bool:
    return (today - resources.last_checked).days > STALE_AFTER_DAYS


# --- built in ---------------------------------------------------------------------------------

BUILT_IN_CHECKED = date(2026, 11, 22)
# The emergency numbers without the file (a test keeps them equal to the file's), so that Help
# now still says whom to call.
_BUILT_IN_EMERGENCY = (
    EmergencyNumber(("US", "CA"), "911"),
    EmergencyNumber(("GB",), "999", "112 also works from a mobile phone"),
    EmergencyNumber(("IE",), "112", "999 also works"),
    EmergencyNumber(("AU",), "000"),
    EmergencyNumber(("NZ",), "111"),
    EmergencyNumber(("IN",), "112"),
    EmergencyNumber(
        (
            *("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU"),
            *("IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
        ),
        "112",
    ),
)
_BUILT_IN_REGIONS = {
    **{"AU": "Australia", "CA": "Canada", "DE": "Germany", "ES": "Spain", "FR": "France"},
    **{"GB": "United Kingdom", "IE": "Ireland", "IN": "India", "IT": "Italy"},
    **{"NL": "Netherlands", "NZ": "New Zealand", "US": "United States", "AT": "Austria"},
    **{"BE": "Belgium", "BG": "Bulgaria", "HR": "Croatia", "CY": "Cyprus", "CZ": "Czechia"},
    **{"DK": "Denmark", "EE": "Estonia", "FI": "Finland", "GR": "Greece", "HU": "Hungary"},
    **{"LV": "Latvia", "LT": "Lithuania", "LU": "Luxembourg", "MT": "Malta", "PL": "Poland"},
    **{"PT": "Portugal", "RO": "Romania", "SK": "Slovakia", "SI": "Slovenia", "SE": "Sweden"},
}
BUILT_IN = CrisisResources(
    last_checked=BUILT_IN_CHECKED,
    lines=(),
    emergency=_BUILT_IN_EMERGENCY,
    directory=Directory(
        "Find A Helpline",
        "https://findahelpline.com",
        "lists free, confidential helplines in many countries",
    ),
    regions=_BUILT_IN_REGIONS,
    built_in=True,
)


def crisis_resources_or_built_in(path: Path) -> tuple[CrisisResources, str | None]:
    """The file's lines, or the built-in emergency numbers and the reason the file could not
    be used."""
    try:
        return load_crisis_resources(path), None
    except CrisisFileError as error:
        return BUILT_IN, str(error)


# --- reading the file -------------------------------------------------------------------------


# Service names, numbers and addresses stay as the services write them; what is said about
# them, and the names of the countries, is translated.
CRISIS_CONTEXT = "Crisis lines"
_CRISIS_TEXT_KEYS = frozenset({"text", "contact", "note"})


def is_crisis_text(path: i18n.Path) -> bool:
    return bool(path) and (path[-1] in _CRISIS_TEXT_KEYS or path[0] == "regions")


def load_crisis_resources(path: Path) -> CrisisResources:
    """Raises CrisisFileError naming the file, the entry and the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CrisisFileError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise CrisisFileError(f"{path.name}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise CrisisFileError(f"{path.name}: is not valid TOML ({error})") from None
    if i18n.active():
        data = i18n.localised_tree(data, CRISIS_CONTEXT, is_crisis_text)
    return _parse(data, path.name)


def _parse(data: dict[str, Any], file: str) -> CrisisResources:
    _no_unknown_keys(data, {"last_checked", "directory", "lines", "emergency", "regions"}, file)
    checked = data.get("last_checked")
    if not isinstance(checked, date) or isinstance(checked, datetime):
        raise CrisisFileError(f"{file}: last_checked must be a date such as 2026-11-22")
    regions = _regions(data.get("regions"), file)
    lines = tuple(
        _line(_Entry(entry, f"{file}: lines entry {number}", regions))
        for number, entry in _tables(data, "lines", file)
    )
    emergency = tuple(
        _emergency(_Entry(entry, f"{file}: emergency entry {number}", regions))
        for number, entry in _tables(data, "emergency", file)
    )
    seen: dict[str, int] = {}
    for number, entry in enumerate(emergency, start=1):
        for country in entry.countries:
            if country in seen:
                raise CrisisFileError(
                    f"{file}: emergency entry {number}: {country} already has an emergency "
                    f"number (entry {seen[country]})"
                )
            seen[country] = number
    directory = data.get("directory")
    if not isinstance(directory, dict):
        raise CrisisFileError(f"{file}: [directory] is missing (name, url and text)")
    where = _Entry(directory, f"{file}: [directory]", regions)
    where.only({"name", "url", "text"})
    return CrisisResources(
        last_checked=checked,
        lines=lines,
        emergency=emergency,
        directory=Directory(where.text("name"), where.url("url"), where.text("text")),
        regions=regions,
    )


def _tables(data: dict[str, Any], key: str, file: str) -> list[tuple[int, dict[str, Any]]]:
    entries = data.get(key)
    if not isinstance(entries, list) or not entries:
        raise CrisisFileError(f"{file}: needs at least one [[{key}]] entry")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CrisisFileError(f"{file}: {key} entry {number} must be a table")
    return list(enumerate(entries, start=1))


def _regions(raw: object, file: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise CrisisFileError(f"{file}: [regions] must name each country code, e.g. DE = ...")
    for code, name in raw.items():
        if not _CODE.fullmatch(code):
            raise CrisisFileError(
                f"{file}: [regions]: {code!r} is not a two-letter country code in capitals"
            )
        if not isinstance(name, str) or not name.strip():
            raise CrisisFileError(f"{file}: [regions]: {code} needs a name in quotes")
    return {code: name.strip() for code, name in raw.items()}


def _line(entry: _Entry) -> CrisisLine:
    entry.only({"countries", "name", "contact", "open_24_7", "source"})
    return CrisisLine(
        countries=entry.countries(),
        name=entry.text("name"),
        contact=entry.text("contact"),
        open_24_7=entry.flag("open_24_7"),
        source=entry.url("source"),
    )


def _emergency(entry: _Entry) -> EmergencyNumber:
    entry.only({"countries", "number", "note"})
    number = entry.text("number")
    if not _NUMBER.fullmatch(number):
        raise entry.error("number", f"must be digits, not {number!r}")
    note = entry.text("note") if "note" in entry.data else ""
    return EmergencyNumber(entry.countries(), number, note)


@dataclass(frozen=True, slots=True)
class _Entry:
    data: dict[str, Any]
    where: str  # "crisis.toml: lines entry 3"
    regions: Mapping[str, str]

    def error(self, key: str, problem: str) -> CrisisFileError:
        name = self.data.get("name")
        label = f" ({name})" if isinstance(name, str) and name else ""
        return CrisisFileError(f"{self.where}{label}: {key} {problem}")

    def only(self, keys: set[str]) -> None:
        unknown = sorted(set(self.data) - keys)
        if unknown:
            raise self.error(unknown[0], f"is not a known key (known: {', '.join(sorted(keys))})")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "is missing (it must be text in quotes)")
        return " ".join(value.split())

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def url(self, key: str) -> str:
        value = self.text(key)
        if not re.fullmatch(r"https://[^\s/]+\.[^\s]+", value):
            raise self.error(key, f"must be the service's https:// address, not {value!r}")
        return value

    def countries(self) -> tuple[str, ...]:
        value = self.data.get("countries")
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(code, str) and _CODE.fullmatch(code) for code in value)
        ):
            raise self.error(
                "countries", 'must be a list of two-letter country codes, e.g. ["GB", "IE"]'
            )
        unnamed = [code for code in value if code not in self.regions]
        if unnamed:
            raise self.error("countries", f"has {unnamed[0]}, which [regions] does not name")
        return tuple(value)


def _no_unknown_keys(data: Mapping[str, Any], keys: set[str], file: str) -> None:
    unknown = sorted(set(data) - keys)
    if unknown:
        raise CrisisFileError(
            f"{file}: {unknown[0]} is not a known key (known: {', '.join(sorted(keys))})"
        )
