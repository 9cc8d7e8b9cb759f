"""tools/check_scripts.py: the bundled scripts keep the rules narration and the literature set
(short sentences, sense pauses of 10-30 s, the structure in order, lengths)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_bundled_imagery_and_grounding_scripts_pass_their_checker() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_scripts.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 of 7 files pass" in result.stdout


def test_a_script_that_breaks_a_rule_fails_the_checker(tmp_path: Path) -> None:
    source = (ROOT / "resources" / "exercises" / "imagery-lake.toml").read_text(encoding="utf-8")
    broken = tmp_path / "imagery-lake.toml"
    broken.write_text(source.replace("pause = 20", "pause = 90", 1), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_scripts.py"), str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
