"""Bring the translation catalogs up to date with the code and the bundled data, and compile them.

    python tools/update_translations.py           # rewrite translations/*.ts, compile the .qm
    python tools/update_translations.py --check   # change nothing; exit 1 if anything is stale

The strings come from two places:
- the code, through pyside6-lupdate (every `translate("Context", "text")` call);
- the bundled data files (exercises and crisis lines), with the same rule the app uses to
  translate them at load (`calmkit.core.i18n.tree_texts`), since lupdate cannot read TOML.

Every translation already made is kept; new strings are added as unfinished, and strings no
longer in the sources are dropped. Locations are left out on purpose, so moving code never
makes the catalog stale: only a changed string does. The compiled catalogs in
resources/translations/ are what the app loads; tests/test_translations.py fails when they are
not current, or when a translation is missing.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "calmkit"
CATALOGS = ROOT / "translations"
COMPILED = ROOT / "resources" / "translations"
EXERCISES = ROOT / "resources" / "exercises"
CRISIS_FILE = ROOT / "resources" / "crisis.toml"
LANGUAGES = {"de": "de_DE"}  # language code -> the .ts language attribute
PLURAL_FORMS = {"de": 2}
ENGLISH_PLURAL = re.compile(r"\w\((e?s)\)")  # the same ending calmkit.core.i18n resolves
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"  # a pseudo-translation shows untranslated text in tests

sys.path.insert(0, str(ROOT / "src"))

from calmkit.core import i18n  # noqa: E402
from calmkit.core.crisis import CRISIS_CONTEXT, is_crisis_text  # noqa: E402
from calmkit.core.exercises.catalog import exercise_context, is_exercise_text  # noqa: E402

Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str = ""
    where: str = ""  # a note for translators: the data file a string comes from
    translation: list[str] = field(default_factory=list)  # one entry, or one per plural form
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)

    @property
    def numerus(self) -> bool:
        # Counted: lupdate cannot tell (it never marks translate() calls), so the text does:
        # a %n, or an English plural ending "(s)" for a word beside a number shown apart.
        return "%n" in self.source or bool(ENGLISH_PLURAL.search(self.source))


def qt_tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def code_messages() -> list[Message]:
    files = sorted(str(path) for path in SOURCES.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "code.ts"
        subprocess.run(
            [qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             *files, "-ts", str(template)],
            check=True,
        )  # fmt: skip
        root = ET.parse(template).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            messages.append(
                Message(name, message.findtext("source", ""), message.findtext("comment", ""))
            )
    return messages


def data_messages() -> list[Message]:
    messages = []
    for path in sorted(EXERCISES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        context = exercise_context(str(data.get("id")))
        where = path.relative_to(ROOT).as_posix()
        for text in i18n.tree_texts(data, is_exercise_text):
            messages.append(Message(context, text, where=where))
    data = tomllib.loads(CRISIS_FILE.read_text(encoding="utf-8"))
    where = CRISIS_FILE.relative_to(ROOT).as_posix()
    for text in i18n.tree_texts(data, is_crisis_text):
        messages.append(Message(CRISIS_CONTEXT, text, where=where))
    return messages


def source_messages() -> list[Message]:
    """Every string to translate, once each."""
    unique: dict[Key, Message] = {}
    for message in (*code_messages(), *data_messages()):
        unique.setdefault(message.key, message)
    return list(unique.values())


def read_catalog(path: Path) -> dict[Key, Message]:
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                name,
                element.findtext("source", ""),
                element.findtext("comment", ""),
                element.findtext("extracomment", ""),
            )
            if translation is not None:
                forms = translation.findall("numerusform")
                message.translation = (
                    [form.text or "" for form in forms] if forms else [translation.text or ""]
                )
                message.finished = translation.get("type") is None
            known[message.key] = message
    return known


def merged(sources: list[Message], known: dict[Key, Message]) -> list[Message]:
    result = []
    for message in sources:
        before = known.get(message.key)
        if before is not None:
            message.translation, message.finished = before.translation, before.finished
        result.append(message)
    return sorted(result, key=lambda m: (m.context, m.source, m.disambiguation))


def catalog_text(messages: list[Message], language: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en">',
    ]
    context = None
    for message in messages:
        if message.context != context:
            if context is not None:
                lines.append("</context>")
            context = message.context
            lines += ["<context>", f"    <name>{escape(context)}</name>"]
        lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
        lines.append(f"        <source>{escape(message.source)}</source>")
        if message.disambiguation:
            lines.append(f"        <comment>{escape(message.disambiguation)}</comment>")
        if message.where:
            lines.append(f"        <extracomment>{escape(message.where)}</extracomment>")
        state = "" if message.finished else ' type="unfinished"'
        if message.numerus:
            forms = message.translation or [""] * PLURAL_FORMS[language]
            inner = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in forms)
        else:
            inner = escape(message.translation[0] if message.translation else "")
        lines.append(f"        <translation{state}>{inner}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def compile_catalog(catalog: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(catalog), "-qm", str(target)], check=True
    )


# Left as they are in a pseudo-translation: markup, placeholders and the count.
_KEPT = re.compile(r"(<[^>]*>|&\w+;|&#\d+;|\{[^}]*\}|%n)")


def pseudo_text(source: str) -> str:
    """`Start {name}` -> `⟦START {name}⟧`: in capitals, so an English value put into a
    translated text still shows (in lower case) inside the marks."""
    parts = _KEPT.split(source)
    shouted = "".join(part if _KEPT.fullmatch(part) else part.upper() for part in parts)
    return f"{PSEUDO_OPEN}{shouted}{PSEUDO_CLOSE}"


def pseudo_catalog(target: Path) -> None:
    """Compile a catalog that turns every string into `pseudo_text` (for the test that walks
    every view: any lower-case word did not go through translation)."""
    messages = source_messages()
    for message in messages:
        wrapped = pseudo_text(message.source)
        message.translation = [wrapped] * (PLURAL_FORMS["de"] if message.numerus else 1)
        message.finished = True
    with tempfile.TemporaryDirectory() as folder:
        catalog = Path(folder) / "pseudo.ts"
        catalog.write_text(catalog_text(merged(messages, {}), "de"), encoding="utf-8")
        compile_catalog(catalog, target)


def stale_files() -> list[str]:
    """What `update` would change, without changing it."""
    stale = []
    sources = source_messages()
    for language in LANGUAGES:
        catalog = CATALOGS / f"calmkit_{language}.ts"
        fresh = catalog_text(merged(list(sources), read_catalog(catalog)), language)
        if not catalog.exists() or catalog.read_text(encoding="utf-8") != fresh:
            stale.append(str(catalog.relative_to(ROOT)))
            continue
        compiled = COMPILED / f"calmkit_{language}.qm"
        with tempfile.TemporaryDirectory() as folder:
            check = Path(folder) / compiled.name
            compile_catalog(catalog, check)
            if not compiled.exists() or compiled.read_bytes() != check.read_bytes():
                stale.append(str(compiled.relative_to(ROOT)))
    return stale


def update() -> None:
    sources = source_messages()
    for language in LANGUAGES:
        catalog = CATALOGS / f"calmkit_{language}.ts"
        messages = merged([Message(**vars(m)) for m in sources], read_catalog(catalog))
        catalog.parent.mkdir(parents=True, exist_ok=True)
        catalog.write_text(catalog_text(messages, language), encoding="utf-8")
        compile_catalog(catalog, COMPILED / f"calmkit_{language}.qm")
        missing = sum(1 for m in messages if not m.finished)
        print(f"{catalog.relative_to(ROOT)}: {len(messages)} strings, {missing} to translate")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report stale files")
    options = parser.parse_args()
    if options.check:
        stale = stale_files()
        for name in stale:
            print(f"{name} is out of date: run python tools/update_translations.py")
        return 1 if stale else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
