"""The practice log's dialogs in another language: what depends on translated text still works
(an export's file types, counted words around a number, the word typed to delete)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from calmkit.core import i18n
from calmkit.core.store import Store
from calmkit.ui.data.exchange_dialogs import export_filters
from calmkit.ui.data.settings_dialog import DeleteDataDialog, SettingsDialog

# A few strings as a translation would give them; the rest stays English.
# (singular, plural) of each; one form for text that is not counted.
GERMAN: dict[str, tuple[str, str]] = {
    "CSV, for spreadsheets (*.csv)": ("CSV, für Tabellenkalkulationen (*.csv)",) * 2,
    "%n day(s)": ("%n Tag", "%n Tage"),
    # A language that puts words before the number, as some do.
    "%n practice day(s) a week": ("pro Woche %n Übungstag", "pro Woche %n Übungstage"),
    "delete": ("löschen",) * 2,
}


def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
    forms = GERMAN.get(text, (text, text))
    return forms[0 if n == 1 else 1].replace("%n", str(n))


@pytest.fixture
def translated() -> Iterator[None]:
    i18n.install(german)
    yield
    i18n.install(None)


@pytest.mark.usefixtures("translated")
def test_the_save_dialog_offers_the_file_types_in_the_language() -> None:
    assert export_filters() == {
        "CSV, für Tabellenkalkulationen (*.csv)": "csv",
        "JSON (*.json)": "json",
    }


@pytest.mark.usefixtures("translated")
def test_counted_words_go_around_the_number(qtbot: QtBot, store: Store) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.grace_days.setValue(1)
    assert dialog.grace_days.text() == "1 Tag"
    dialog.grace_days.setValue(2)
    assert dialog.grace_days.text() == "2 Tage"
    dialog.goal_days.setValue(3)
    assert dialog.goal_days.text() == "pro Woche 3 Übungstage"
    assert dialog.goal_days.valueFromText(dialog.goal_days.text()) == 3


@pytest.mark.usefixtures("translated")
def test_the_word_to_type_is_the_translated_one(qtbot: QtBot) -> None:
    dialog = DeleteDataDialog(["calmkit.db"])
    qtbot.addWidget(dialog)
    dialog.confirm.setText("delete")
    assert not dialog.delete_button.isEnabled()
    dialog.confirm.setText("löschen")
    assert dialog.delete_button.isEnabled()
