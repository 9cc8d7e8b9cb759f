"""With a translation installed, the command line speaks it, and its JSON output stays in
English (scripts read it; its words must not change with the language)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmkit.cli import main
from calmkit.core import i18n


def marking_translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Every text "translated" into a visibly different form, fields and %n kept."""
    marked = f"«{text}»"
    return marked.replace("%n", str(n)) if n >= 0 else marked


@pytest.fixture
def translated() -> Iterator[None]:
    i18n.install(marking_translator)
    yield
    i18n.install(None)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_now_speaks_the_language_but_its_json_stays_english(
    translated: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "help-now", "--region", "GB")
    assert code == 0
    assert "«Help now ({country})»".replace("{country}", "«United Kingdom»") in out
    assert "«If you are in danger" in out and "«Numbers last checked" in out

    code, out, _ = run(capsys, "help-now", "--region", "GB", "--json")
    assert code == 0 and "«" not in out
    data = json.loads(out)
    assert data["emergency_sentence"] == (
        "If you are in danger, or might act on thoughts of harming yourself, call 999 now "
        "(112 also works from a mobile phone)."
    )
    assert data["not_only_for_suicide"].startswith("You do not need to be suicidal")


def test_self_check_json_keeps_english_words(
    translated: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(tmp_path / "data")
    code, out, _ = run(capsys, "self-check", "--answers", "3,3,2,1,0,1,2", "--data-dir", data_dir)
    assert code == 0
    assert "«Your total: 12 of 21. «Moderate anxiety symptoms» (the range 10-14).»" in out

    code, out, _ = run(
        capsys, "self-check", "--answers", "0,0,0,0,0,0,1", "--json", "--data-dir", data_dir
    )
    assert code == 0 and "«" not in out
    result = json.loads(out)
    assert result["band_title"] == "Minimal anxiety symptoms"
    assert result["lines"][0] == "Your total: 1 of 21. Minimal anxiety symptoms (the range 0-4)."


def test_programme_json_gives_the_reason_in_english(
    translated: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(tmp_path / "data")
    code, out, _ = run(capsys, "programme", "--data-dir", data_dir)
    assert code == 0 and "«Start with the first stage" in out

    code, out, _ = run(capsys, "programme", "--json", "--data-dir", data_dir)
    assert code == 0
    reason = json.loads(out)["reason"]
    assert reason.startswith("Start with the first stage, ")
    # Names are the exercises' own, in the language they are read in (like `exercises --json`)
