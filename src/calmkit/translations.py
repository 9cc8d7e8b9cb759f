"""Which language CalmKit speaks, and loading its translation before anything is worded.

The language follows the desktop's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads
them). When CalmKit has a translation for it, Qt's translator is loaded from
resources/translations/ and put behind `calmkit.core.i18n.translate`, before the catalog of
exercises is read, so their texts come in that language too. A QTranslator needs no
QApplication, so the command line uses the same catalog; a window also installs it, with Qt's
own translation for its standard dialogs and buttons. English needs nothing loaded, and nothing
of Qt is imported for it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmkit.core import i18n
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"

_loaded: dict[str, Any] = {}  # "language" and "translator" once a translation is in use


def wanted_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The person's languages, most wanted first, each as "de_DE" then "de"."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if locale.split(".")[0] in ("", "C", "POSIX"):
        return []  # gettext also ignores LANGUAGE under the C locale
    names = [*env.get("LANGUAGE", "").split(":"), locale]
    wanted: list[str] = []
    for name in names:
        code = name.split(".")[0].split("@")[0]
        for candidate in (code, code.split("_")[0]):
            if candidate and candidate not in wanted:
                wanted.append(candidate)
    return wanted


def catalog_file(language: str) -> Path:
    return resource_path("translations", f"calmkit_{language}.qm")


def chosen_language(environ: Mapping[str, str] | None = None) -> str:
    """The first wanted language CalmKit speaks (English when it has none of them)."""
    for language in wanted_languages(environ):
        if language == SOURCE_LANGUAGE or catalog_file(language).is_file():
            return language
    return SOURCE_LANGUAGE


def load(environ: Mapping[str, str] | None = None) -> str:
    """Put the translation for the person's language behind `translate`; returns the language."""
    language = chosen_language(environ)
    if language == SOURCE_LANGUAGE:
        return language
    return load_language(language)


def load_language(language: str, file: Path | None = None) -> str:
    """`file`: a compiled catalog other than the bundled one (tests use a pseudo-translation)."""
    if _loaded.get("language") == language and file is None:
        return language
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(file or catalog_file(language))):
        log.warning("could not read the %s translation; CalmKit speaks English", language)
        return SOURCE_LANGUAGE

    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            found = text
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(translated)
    _word_argparse()
    _loaded.update(language=language, translator=translator)
    return language


# argparse words its own parts of the command line's help and errors through gettext, for
# which CalmKit ships no catalogs: they go through the same translation as the rest.
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(text: str) -> str:
    return translate("Argparse", text) if text in _ARGPARSE_WORDS else text


def _argparse_count(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


def _word_argparse() -> None:
    import argparse

    # argparse looks these two up in its own module each time it words something.
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_count  # type: ignore[attr-defined]


def unload() -> None:
    """Back to English (tests switch languages)."""
    i18n.install(None)
    import argparse
    import gettext

    argparse._ = gettext.gettext  # type: ignore[attr-defined]
    argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
    app = _loaded.pop("app", None)
    if app is not None:
        from PySide6.QtCore import QLocale

        for translator in _loaded.pop("qt_translators", []):
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
    _loaded.clear()


def current_language() -> str:
    return str(_loaded.get("language", SOURCE_LANGUAGE))


def install_into(app: QApplication) -> None:
    """Also translate Qt's own texts (standard buttons, file dialogs, text-field menus), and
    word dates and numbers in the same language."""
    language = _loaded.get("language")
    if language is None or "app" in _loaded:
        return
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = [_loaded["translator"]]
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        installed.append(qt_own)
    else:
        log.info("Qt's own %s translation is not installed; its dialogs stay English", language)
    for translator in installed:
        app.installTranslator(translator)
    system = QLocale.system()  # keeps the region's formats when it speaks the language
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    _loaded.update(app=app, qt_translators=installed)
