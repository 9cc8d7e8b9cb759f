"""Crisis lines and emergency numbers for Help now, read from a bundled file that records when
they were last checked, and arranged for the person's region (their own country first).

Help now must never be empty: when the file cannot be read, a built-in list of emergency
numbers and the international directory stand in for it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from calmkit.core import i18n
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.wording import long_date

# Said plainly, wherever the lines are shown: many people think these lines are only for a
# moment of suicidal crisis and do not call. Marked for the catalog; shown with translated().
NOT_ONLY_FOR_SUICIDE = QT_TRANSLATE_NOOP(
    "Crisis",
    "You do not need to be suicidal to call. These lines are for anyone who is struggling, "
    "frightened or overwhelmed, and the people there listen without judging.",
)
NOT_A_SERVICE = QT_TRANSLATE_NOOP(
    "Crisis",
    "CalmKit offers self-help exercises. It is not a medical or emergency service and cannot "
    "contact anyone for you.",
)
YOUR_COUNTRY = QT_TRANSLATE_NOOP("Crisis", "your country")  # the region when it is unknown
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


def translated(text: str) -> str:
    """One of this module's marked texts (NOT_A_SERVICE...) in the person's language; text
    from the crisis file that the catalog does not know comes back as it is."""
    return translate("Crisis", text)


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

    @property
    def how_to_reach(self) -> str:
        """`contact` in the person's language: "Call 116 123 (free)"."""
        return translate("Crisis", self.contact)


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    countries: tuple[str, ...]
    number: str
    note: str = ""  # e.g. "112 also works from a mobile phone"

    @property
    def text(self) -> str:
        if not self.note:
            return self.number
        return translate("Crisis", "{number} ({note})").format(
            number=self.number, note=translate("Crisis", self.note)
        )


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
        return translate("Crisis", "{name} ({address}) {what_it_offers}.").format(
            name=self.name, address=self.address, what_it_offers=translate("Crisis", self.text)
        )


@dataclass(frozen=True, slots=True)
class HelpGuide:
    """What Help now shows for one region, in the order it is shown."""

    region: str | None  # the code asked for, when it was one we know
    region_name: str  # "Germany", or "your country" when the region is unknown (in English)
    emergency: EmergencyNumber | None
    local_lines: tuple[CrisisLine, ...]  # the region's own lines
    other_lines: tuple[CrisisLine, ...]  # everyone else's, in the file's order
    directory: Directory
    last_checked: date
    built_in: bool  # the file could not be read: emergency numbers only

    @property
    def lines(self) -> tuple[CrisisLine, ...]:
        return self.local_lines + self.other_lines

    @property
    def country(self) -> str:
        """The region's name in the person's language: "Germany", or "your country"."""
        return translate("Crisis", self.region_name)

    @property
    def place(self) -> str:
        """The region's name as said in a sentence: "the United Kingdom", "Germany"."""
        if self.region in _WITH_THE:
            return translate("Crisis", "the {country}").format(country=self.country)
        return self.country

    @property
    def local_title(self) -> str:
        """The heading over the region's own lines: "In Germany"."""
        return translate("Crisis", "In {place}").format(place=self.place)

    @property
    def missing_sentence(self) -> str:
        """For a known region without a line of its own (not when the file is missing)."""
        if self.local_lines or self.region is None or self.built_in:
            return ""
        return translate("Crisis", "CalmKit has no crisis line listed for {place}.").format(
            place=self.place
        )

    @property
    def emergency_sentence(self) -> str:
        """Whom to call in danger, in the person's language."""
        return emergency_sentence(self.emergency)

    @property
    def last_checked_text(self) -> str:
        return long_date(self.last_checked)

    def to_json(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "region_name": self.region_name,
            "emergency": None
            if self.emergency is None
            else {"number": self.emergency.number, "note": self.emergency.note},
            "emergency_sentence": emergency_sentence(self.emergency, english=True),
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
            region_name=self.regions[code] if code else YOUR_COUNTRY,
            emergency=emergency,
            local_lines=local,
            other_lines=lines[len(local) :],
            directory=self.directory,
            last_checked=self.last_checked,
            built_in=self.built_in,
        )

    def country_name(self, code: str) -> str:
        """The name of the country `code` in the person's language (the code if unknown)."""
        return translate("Crisis", self.regions[code]) if code in self.regions else code

    def region_names(self) -> list[tuple[str, str]]:
        """(code, name) of every region in the person's language, by name: the region
        chooser's list."""
        names = [(code, self.country_name(code)) for code in self.regions]
        return sorted(names, key=lambda item: _sort_key(item[1]))


def _sort_key(name: str) -> str:
    """Names sorted as people expect: "Österreich" among the O's, not after "Z"."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


_CALL_LOCAL = QT_TRANSLATE_NOOP(
    "Crisis",
    "If you are in danger, or might act on thoughts of harming yourself, call your local "
    "emergency number now. In the European Union and many other countries it is 112; in the "
    "United States and Canada, 911.",
)
_CALL_NUMBER = QT_TRANSLATE_NOOP(
    "Crisis",
    "If you are in danger, or might act on thoughts of harming yourself, call {number} now.",
)
_CALL_NUMBER_NOTE = QT_TRANSLATE_NOOP(
    "Crisis",
    "If you are in danger, or might act on thoughts of harming yourself, call {number} now "
    "({note}).",
)


def emergency_sentence(emergency: EmergencyNumber | None, *, english: bool = False) -> str:
    """Whom to call in danger: translated, or as written with `english` (JSON output)."""

    def said(text: str) -> str:
        return text if english else translate("Crisis", text)

    if emergency is None:
        return said(_CALL_LOCAL)
    if not emergency.note:
        return said(_CALL_NUMBER).format(number=emergency.number)
    return said(_CALL_NUMBER_NOTE).format(number=emergency.number, note=said(emergency.note))


def english_date(day: date) -> str:
    """ "22 November 2026", always in English (strftime's %B follows the system locale); for
    the person's language, calmkit.core.wording.long_date."""
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
    EmergencyNumber(
        ("GB",), "999", QT_TRANSLATE_NOOP("Crisis", "112 also works from a mobile phone")
    ),
    EmergencyNumber(("IE",), "112", QT_TRANSLATE_NOOP("Crisis", "999 also works")),
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
# The names are the file's too: marked here, they are translated for both.
_BUILT_IN_REGIONS = {
    "AT": QT_TRANSLATE_NOOP("Crisis", "Austria"),
    "AU": QT_TRANSLATE_NOOP("Crisis", "Australia"),
    "BE": QT_TRANSLATE_NOOP("Crisis", "Belgium"),
    "BG": QT_TRANSLATE_NOOP("Crisis", "Bulgaria"),
    "CA": QT_TRANSLATE_NOOP("Crisis", "Canada"),
    "CY": QT_TRANSLATE_NOOP("Crisis", "Cyprus"),
    "CZ": QT_TRANSLATE_NOOP("Crisis", "Czechia"),
    "DE": QT_TRANSLATE_NOOP("Crisis", "Germany"),
    "DK": QT_TRANSLATE_NOOP("Crisis", "Denmark"),
    "EE": QT_TRANSLATE_NOOP("Crisis", "Estonia"),
    "ES": QT_TRANSLATE_NOOP("Crisis", "Spain"),
    "FI": QT_TRANSLATE_NOOP("Crisis", "Finland"),
    "FR": QT_TRANSLATE_NOOP("Crisis", "France"),
    "GB": QT_TRANSLATE_NOOP("Crisis", "United Kingdom"),
    "GR": QT_TRANSLATE_NOOP("Crisis", "Greece"),
    "HR": QT_TRANSLATE_NOOP("Crisis", "Croatia"),
    "HU": QT_TRANSLATE_NOOP("Crisis", "Hungary"),
    "IE": QT_TRANSLATE_NOOP("Crisis", "Ireland"),
    "IN": QT_TRANSLATE_NOOP("Crisis", "India"),
    "IT": QT_TRANSLATE_NOOP("Crisis", "Italy"),
    "LT": QT_TRANSLATE_NOOP("Crisis", "Lithuania"),
    "LU": QT_TRANSLATE_NOOP("Crisis", "Luxembourg"),
    "LV": QT_TRANSLATE_NOOP("Crisis", "Latvia"),
    "MT": QT_TRANSLATE_NOOP("Crisis", "Malta"),
    "NL": QT_TRANSLATE_NOOP("Crisis", "Netherlands"),
    "NZ": QT_TRANSLATE_NOOP("Crisis", "New Zealand"),
    "PL": QT_TRANSLATE_NOOP("Crisis", "Poland"),
    "PT": QT_TRANSLATE_NOOP("Crisis", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("Crisis", "Romania"),
    "SE": QT_TRANSLATE_NOOP("Crisis", "Sweden"),
    "SI": QT_TRANSLATE_NOOP("Crisis", "Slovenia"),
    "SK": QT_TRANSLATE_NOOP("Crisis", "Slovakia"),
    "US": QT_TRANSLATE_NOOP("Crisis", "United States"),
}
BUILT_IN = CrisisResources(
    last_checked=BUILT_IN_CHECKED,
    lines=(),
    emergency=_BUILT_IN_EMERGENCY,
    directory=Directory(
        "Find A Helpline",
        "https://findahelpline.com",
        QT_TRANSLATE_NOOP("Crisis", "lists free, confidential helplines in many countries"),
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
# The messages name the file's own keys ([directory], last_checked...) as they are written in
# it: those stay the same in every language.


# Service names, numbers and addresses stay as the services write them; what is said about
# them, and the names of the countries, is translated where it is shown (the JSON output
# keeps the file's English). tools/update_translations.py collects these from the file.
CRISIS_CONTEXT = "Crisis"
_CRISIS_TEXT_KEYS = frozenset({"text", "contact", "note"})


def is_crisis_text(path: i18n.Path) -> bool:
    return bool(path) and (path[-1] in _CRISIS_TEXT_KEYS or path[0] == "regions")


def load_crisis_resources(path: Path) -> CrisisResources:
    """Raises CrisisFileError naming the file, the entry and the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CrisisFileError(
            translate("Crisis", "{file}: cannot be read ({reason})").format(
                file=path.name, reason=error.strerror or error
            )
        ) from None
    except UnicodeDecodeError:
        raise CrisisFileError(
            translate("Crisis", "{file}: is not UTF-8 text").format(file=path.name)
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise CrisisFileError(
            translate("Crisis", "{file}: is not valid TOML ({reason})").format(
                file=path.name, reason=error
            )
        ) from None
    return _parse(data, path.name)


def _parse(data: dict[str, Any], file: str) -> CrisisResources:
    _no_unknown_keys(data, {"last_checked", "directory", "lines", "emergency", "regions"}, file)
    checked = data.get("last_checked")
    if not isinstance(checked, date) or isinstance(checked, datetime):
        raise CrisisFileError(
            translate("Crisis", "{file}: last_checked must be a date such as 2026-11-22").format(
                file=file
            )
        )
    regions = _regions(data.get("regions"), file)
    lines = tuple(
        _line(_Entry(entry, _entry_name(file, "lines", number), regions))
        for number, entry in _tables(data, "lines", file)
    )
    emergency = tuple(
        _emergency(_Entry(entry, _entry_name(file, "emergency", number), regions))
        for number, entry in _tables(data, "emergency", file)
    )
    seen: dict[str, int] = {}
    for number, entry in enumerate(emergency, start=1):
        for country in entry.countries:
            if country in seen:
                raise CrisisFileError(
                    translate(
                        "Crisis",
                        "{entry}: {country} already has an emergency number (entry {other})",
                    ).format(
                        entry=_entry_name(file, "emergency", number),
                        country=country,
                        other=seen[country],
                    )
                )
            seen[country] = number
    directory = data.get("directory")
    if not isinstance(directory, dict):
        raise CrisisFileError(
            translate("Crisis", "{file}: [directory] is missing (name, url and text)").format(
                file=file
            )
        )
    where = _Entry(directory, f"{file}: [directory]", regions)
    where.only({"name", "url", "text"})
    return CrisisResources(
        last_checked=checked,
        lines=lines,
        emergency=emergency,
        directory=Directory(where.text("name"), where.url("url"), where.text("text")),
        regions=regions,
    )


def _entry_name(file: str, table: str, number: int) -> str:
    """ "crisis.toml: lines entry 3": where a message points in the file."""
    return translate("Crisis", "{file}: {table} entry {number}").format(
        file=file, table=table, number=number
    )


def _tables(data: dict[str, Any], key: str, file: str) -> list[tuple[int, dict[str, Any]]]:
    entries = data.get(key)
    if not isinstance(entries, list) or not entries:
        raise CrisisFileError(
            translate("Crisis", "{file}: needs at least one [[{table}]] entry").format(
                file=file, table=key
            )
        )
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CrisisFileError(
                translate("Crisis", "{entry} must be a table").format(
                    entry=_entry_name(file, key, number)
                )
            )
    return list(enumerate(entries, start=1))


def _regions(raw: object, file: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise CrisisFileError(
            translate(
                "Crisis", "{file}: [regions] must name each country code, e.g. DE = ..."
            ).format(file=file)
        )
    for code, name in raw.items():
        if not _CODE.fullmatch(code):
            raise CrisisFileError(
                translate(
                    "Crisis",
                    "{file}: [regions]: {code} is not a two-letter country code in capitals",
                ).format(file=file, code=repr(code))
            )
        if not isinstance(name, str) or not name.strip():
            raise CrisisFileError(
                translate("Crisis", "{file}: [regions]: {code} needs a name in quotes").format(
                    file=file, code=code
                )
            )
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
        raise entry.error(
            translate("Crisis", "{key} must be digits, not {value}").format(
                key="number", value=repr(number)
            )
        )
    note = entry.text("note") if "note" in entry.data else ""
    return EmergencyNumber(entry.countries(), number, note)


@dataclass(frozen=True, slots=True)
class _Entry:
    data: dict[str, Any]
    where: str  # "crisis.toml: lines entry 3"
    regions: Mapping[str, str]

    def error(self, problem: str) -> CrisisFileError:
        """The problem (which names the key) at this entry, with the entry's name if it has
        one: "crisis.toml: lines entry 3 (Samaritans): source must be..."."""
        name = self.data.get("name")
        label = f" ({name})" if isinstance(name, str) and name else ""
        return CrisisFileError(f"{self.where}{label}: {problem}")

    def only(self, keys: set[str]) -> None:
        unknown = sorted(set(self.data) - keys)
        if unknown:
            raise self.error(
                translate("Crisis", "{key} is not a known key (known: {known})").format(
                    key=unknown[0], known=", ".join(sorted(keys))
                )
            )

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(
                translate("Crisis", "{key} is missing (it must be text in quotes)").format(key=key)
            )
        return " ".join(value.split())

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.error(translate("Crisis", "{key} must be true or false").format(key=key))
        return value

    def url(self, key: str) -> str:
        value = self.text(key)
        if not re.fullmatch(r"https://[^\s/]+\.[^\s]+", value):
            raise self.error(
                translate(
                    "Crisis", "{key} must be the service's https:// address, not {value}"
                ).format(key=key, value=repr(value))
            )
        return value

    def countries(self) -> tuple[str, ...]:
        value = self.data.get("countries")
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(code, str) and _CODE.fullmatch(code) for code in value)
        ):
            raise self.error(
                translate(
                    "Crisis",
                    '{key} must be a list of two-letter country codes, e.g. ["GB", "IE"]',
                ).format(key="countries")
            )
        unnamed = [code for code in value if code not in self.regions]
        if unnamed:
            raise self.error(
                translate("Crisis", "{key} has {code}, which [regions] does not name").format(
                    key="countries", code=unnamed[0]
                )
            )
        return tuple(value)


def _no_unknown_keys(data: Mapping[str, Any], keys: set[str], file: str) -> None:
    unknown = sorted(set(data) - keys)
    if unknown:
        raise CrisisFileError(
            translate("Crisis", "{file}: {key} is not a known key (known: {known})").format(
                file=file, key=unknown[0], known=", ".join(sorted(keys))
            )
        )
