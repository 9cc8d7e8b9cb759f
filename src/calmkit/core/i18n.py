"""Translation for every layer, without Qt in the core.

Every string a person reads goes through `translate(context, text)`. pyside6-lupdate finds
these calls by name (the context and text must be plain string literals, never f-strings), and
the app installs Qt's translator behind them at start-up (`calmkit.ui.i18n`). Until then, and
whenever the language is English, the text comes back as written.

Counted text uses Qt's `%n` with an English "(s)" in the source, for example
`translate("History", "%n session(s)", None, count)`: Qt's translator picks the right plural
form for the language; in English the "(s)" or "(es)" is kept or dropped here.

Text defined at import time (tables of labels, defaults) is marked with `QT_TRANSLATE_NOOP` so
lupdate still finds it, and translated where it is shown with `translate(context, value)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def install(translator: Translator | None) -> None:
    """Route `translate` through `translator` (None: English, as written)."""
    global _translator
    _translator = translator


def active() -> bool:
    """Whether a translation is installed: callers can skip work that English does not need."""
    return _translator is not None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is not None:
        translated = _translator(context, text, disambiguation, n)
        if translated != (text.replace("%n", str(n)) if n >= 0 else text):
            return translated
    return english(text, n)


def english(text: str, n: int = -1) -> str:
    """The source text with `%n` filled in and "(s)" resolved for `n`."""
    if n < 0:
        return text
    ending = "" if n == 1 else r"\1"
    return _ENGLISH_PLURAL.sub(ending, text.replace("%n", f"{n:,}"))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate knows)
    """Marks `text` for the catalog without translating it yet."""
    del context
    return text


# Data files (exercises, crisis lines) are translated as trees: every wanted string is looked
# up under one context per file. tools/update_translations.py collects the same strings with
# the same rule, so the catalog and the app always agree on what is text.
Path = tuple[str, ...]  # the keys leading to a value (list positions left out)


def tree_texts(tree: object, wanted: Callable[[Path], bool], path: Path = ()) -> Iterator[str]:
    """Every string in `tree` (parsed TOML) whose key path is wanted, in file order."""
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from tree_texts(value, wanted, (*path, str(key)))
    elif isinstance(tree, list):
        for value in tree:
            yield from tree_texts(value, wanted, path)
    elif isinstance(tree, str) and wanted(path):
        yield tree


def localised_tree(tree: Any, context: str, wanted: Callable[[Path], bool], path: Path = ()) -> Any:
    """A copy of `tree` with its wanted strings translated (the original is left as it was:
    parsed files are kept between starts)."""
    if isinstance(tree, dict):
        return {
            key: localised_tree(value, context, wanted, (*path, str(key)))
            for key, value in tree.items()
        }
    if isinstance(tree, list):
        return [localised_tree(value, context, wanted, path) for value in tree]
    if isinstance(tree, str) and wanted(path):
        return translate(context, tree)
    return tree
