"""The translation pipeline and the German translation: the catalog is current with the code
and the data files, complete, and loaded for a German desktop (window, command line and the
exercises alike)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from calmkit import translations
from calmkit.core import i18n
from calmkit.core.exercises import load_catalog
from calmkit.resources import exercise_dirs

ROOT = Path(__file__).resolve().parents[1]
GERMAN = ROOT / "translations" / "calmkit_de.ts"
FIELD = re.compile(r"\{(\w*)\}")
PERCENT = re.compile(r"%\(\w+\)[sr]|%[sr]")  # argparse's own texts are %-formatted
ACCESS_KEY = re.compile(r"&[^\s&]")  # "&Start": Alt+S; "&&" and "Smith & Jones" are not keys


def update_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def german() -> Iterator[None]:
    assert translations.load_language("de") == "de"
    yield
    translations.unload()


def test_the_catalog_and_its_compiled_file_are_current() -> None:
    stale = update_tool().stale_files()
    assert not stale, f"{stale}: run python tools/update_translations.py, then translate"


def german_messages() -> list[tuple[str, str, list[str], bool, bool]]:
    """(context, source, translations, finished, counted) for every string."""
    found = []
    for context in ET.parse(GERMAN).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found.append(
                (
                    name,
                    message.findtext("source", ""),
                    forms if forms else [translation.text or ""],
                    translation.get("type") is None,
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_every_string_has_its_german() -> None:
    messages = german_messages()
    assert len(messages) > 1500, "the code's and the exercises' strings are all in the catalog"
    missing = [(c, s) for c, s, forms, done, _ in messages if not done or not all(forms)]
    assert not missing, f"{len(missing)} strings still need German, e.g. {missing[:5]}"


def test_german_keeps_every_placeholder_and_plural_form() -> None:
    problems = []
    for context, source, forms, _, counted in german_messages():
        if counted and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs two forms (one, other)")
        for form in forms:
            if sorted(FIELD.findall(form)) != sorted(FIELD.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: the {{fields}} differ")
            if sorted(PERCENT.findall(form)) != sorted(PERCENT.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: the %-fields differ")
            if "%n" in source and "%n" not in form:
                problems.append(f"{context}: {source!r} -> {form!r} leaves out the count")
            if len(ACCESS_KEY.findall(source)) != len(ACCESS_KEY.findall(form)):
                problems.append(f"{context}: {source!r} -> {form!r} loses its access key")
    assert not problems, "\n".join(problems)


def translate_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        named = func.id if isinstance(func, ast.Name) else ""
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in ("i18n", "QCoreApplication")  # not painter.translate()
        ):
            named = func.attr
        if named in ("translate", "QT_TRANSLATE_NOOP"):
            yield node


def test_translated_text_is_written_out_where_lupdate_can_read_it() -> None:
    """An f-string or a text built by + or % would be looked up as something no catalog
    holds, and its German would never show."""
    problems = []
    for path in sorted((ROOT / "src" / "calmkit").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in translate_calls(tree):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if len(call.args) < 2:
                continue  # a definition's own use, e.g. functools.partial
            context, text = call.args[0], call.args[1]
            written = isinstance(context, ast.Constant) and isinstance(context.value, str)
            if not written and path.name != "i18n.py":  # i18n.py: the data trees' own
                problems.append(f"{where}: the context is not written out")
            if isinstance(text, ast.JoinedStr | ast.BinOp | ast.Call):
                problems.append(f"{where}: the text is built ({type(text).__name__})")
            # pyside6-lupdate 6.11 silently leaves out a call with a keyword or a call among
            # its arguments (translate(c, "%n x(s)", None, len(xs))): name the count first.
            if call.keywords or any(isinstance(a, ast.Call) for a in call.args[2:]):
                problems.append(f"{where}: lupdate cannot read this call; pass plain values")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:en"}, "de"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, "de"),  # no French: the next one
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "en"),  # as gettext: C ignores LANGUAGE
        ({}, "en"),
    ],
)
def test_the_language_follows_the_desktop(environ: dict[str, str], language: str) -> None:
    assert translations.chosen_language(environ) == language


def test_english_loads_nothing() -> None:
    assert translations.load({"LANG": "en_US.UTF-8"}) == "en"
    assert not i18n.active()
    assert i18n.translate("History", "%n session(s)", None, 1) == "1 session"


@pytest.mark.usefixtures("german")
def test_german_reaches_the_exercises_and_counted_text() -> None:
    catalog = load_catalog(exercise_dirs())
    assert not catalog.problems, "every exercise still reads in German (e.g. 12 words a clip)"
    pmr = catalog.get("pmr-16")
    assert pmr.name != "Sixteen muscle groups" and pmr.name.strip()
    assert "Muskel" in pmr.summary
    messages = german_messages()
    counted = next((c, s, f) for c, s, f, _, n in messages if n)
    context, source, forms = counted
    one, many = forms
    assert i18n.translate(context, source, None, 1) == one.replace("%n", "1")
    assert i18n.translate(context, source, None, 7) == many.replace("%n", "7")


def test_a_missing_catalog_falls_back_to_english(tmp_path: Path) -> None:
    assert translations.load_language("de", tmp_path / "calmkit_de.qm") == "en"
    assert not i18n.active()


def test_the_command_line_speaks_german_on_a_german_desktop(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from calmkit.cli import main

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    try:
        assert main(["exercises"]) == 0
    finally:
        translations.unload()
    listed = capsys.readouterr().out
    assert "Box-Atmung" in listed and "Box breathing" not in listed
    assert "about" not in listed, "the command's own words are German too"


def test_a_window_also_gets_qts_own_german_and_german_dates(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QDate, QLocale
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    translations.load_language("de")
    translations.install_into(qapp)
    try:
        assert QLocale().toString(QDate(2026, 12, 2), "MMMM") == "Dezember"
        # Qt's standard buttons, from qtbase_de.qm
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        translations.unload()
    assert QLocale().toString(QDate(2026, 12, 2), "MMMM") == "December"


def test_the_command_lines_own_help_and_errors_are_german_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from calmkit.cli import main

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    try:
        with pytest.raises(SystemExit):
            main(["exercises", "--no-such-option"])
    finally:
        translations.unload()
    said = capsys.readouterr().err
    assert "Aufruf:" in said and "Fehler: unbekannte Argumente: --no-such-option" in said
    monkeypatch.setenv("LANG", "C.UTF-8")
    with pytest.raises(SystemExit):
        main(["exercises", "--no-such-option"])
    assert "usage:" in capsys.readouterr().err, "English again once the translation is gone"
