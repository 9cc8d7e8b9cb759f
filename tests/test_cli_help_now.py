from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import calmkit.resources
from calmkit.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_region_de_as_json_lists_telefonseelsorge_and_112(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "help-now", "--region", "DE", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["region"] == "DE" and data["region_name"] == "Germany"
    first = data["lines"][0]
    assert first["name"] == "TelefonSeelsorge" and first["in_your_region"] is True
    assert "0800 111 0 111" in first["contact"] and first["open_24_7"] is True
    assert first["source"] == "https://www.telefonseelsorge.de"
    assert data["emergency"]["number"] == "112"
    assert "call 112 now" in data["emergency_sentence"]
    assert data["directory"]["url"] == "https://findahelpline.com"
    assert data["last_checked"] == "2026-11-22"
    assert len(data["lines"]) == 12, "every other country's lines follow"


def test_the_text_puts_the_region_first_then_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "help-now", "--region", "gb")
    assert code == 0
    assert out.startswith("Help now (United Kingdom)\n")
    assert "call 999 now (112\nalso works from a mobile phone)" in out
    assert out.index("In the United Kingdom:") < out.index("Samaritans (open 24/7)")
    assert out.index("Shout (open 24/7)") < out.index("Other countries:")
    assert out.index("Other countries:") < out.index("United States: 988 Suicide")
    assert "You do not need to be suicidal to call." in out
    assert "Find A Helpline (findahelpline.com)" in out
    assert out.rstrip().endswith("Numbers last checked 22 November 2026.")
    assert max(len(row) for row in out.splitlines()) <= 88


def test_the_region_defaults_to_the_locale_s_country(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_NZ.UTF-8")
    _, out, _ = run(capsys, "help-now")
    assert out.startswith("Help now (New Zealand)")
    assert "call 111 now." in out
    assert out.index("Need to talk? 1737") < out.index("988")


@pytest.mark.parametrize("region", ["ZZ", "Atlantis"])
def test_an_unknown_region_falls_back_to_the_directory_and_the_emergency_sentence(
    capsys: pytest.CaptureFixture[str], region: str
) -> None:
    code, out, err = run(capsys, "help-now", "--region", region)
    assert code == 0
    assert f"no crisis lines are listed for {region!r}" in err
    assert "call your local emergency number now" in " ".join(out.split())
    assert "Somewhere else? Find A Helpline (findahelpline.com)" in out
    assert "Crisis lines by country:" in out and "Germany: TelefonSeelsorge" in out
    _, out, _ = run(capsys, "help-now", "--region", region, "--json")
    data = json.loads(out)
    assert data["region"] is None and data["emergency"] is None
    assert not any(line["in_your_region"] for line in data["lines"])


def test_a_country_without_a_line_gets_its_emergency_number_and_the_directory(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, err = run(capsys, "help-now", "--region", "Italy")
    assert err == ""
    assert "call 112 now." in out
    assert "CalmKit has no crisis line listed for Italy. Find A Helpline" in " ".join(out.split())


def test_an_unreadable_crisis_file_still_gives_the_emergency_numbers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "crisis.toml"
    broken.write_text("last_checked = [", encoding="utf-8")
    monkeypatch.setattr(calmkit.resources, "resource_path", lambda *_: broken)
    code, out, err = run(capsys, "help-now", "--region", "AU")
    assert code == 0
    assert "crisis lines could not be read (crisis.toml: is not valid TOML" in err
    assert "call 000 now." in out
    assert "findahelpline.com" in out
    _, out, _ = run(capsys, "help-now", "--region", "AU", "--json")
    data = json.loads(out)
    assert data["built_in"] is True and data["lines"] == []
    assert data["emergency"]["number"] == "000"


def test_help_now_imports_no_qt() -> None:
    probe = (
        "import sys; from calmkit.cli import main; main(['help-now', '--region', 'DE']); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'numpy')]; "
        "sys.exit(f'Qt imported: {bad}' if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "TelefonSeelsorge" in result.stdout
