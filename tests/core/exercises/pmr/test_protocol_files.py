"""A PMR protocol file that cannot be used is named with its step and the reason, and the
rest of the library still loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from calmkit.core.exercises import load_catalog
from calmkit.resources import exercise_dirs

SMALL = """
id = "pmr-small"
kind = "pmr"
name = "Small"
summary = "Two groups."
description = "A short protocol."

[cues]
tense = "Tense now."
again = "Once more."
rest = "Leave out your {group}. Just let it rest."

[[intro]]
text = "Settle in."
seconds = 4

[[groups]]
group = "dominant-hand"
tense = "Make a fist with your {dominant} hand."
release = "Let go."

[[groups]]
group = "forehead"
tense = "Raise your eyebrows."
release = "Let go."

[[outro]]
text = "Open your eyes."
seconds = 4
"""


def load_with(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    """The ids loaded and the problems reported, with the bundled files beside `text`."""
    folder = tmp_path / "exercises"
    shutil.copytree(exercise_dirs()[0], folder)
    (folder / "pmr-small.toml").write_text(text, encoding="utf-8")
    catalog = load_catalog([folder])
    return catalog.ids, [str(p) for p in catalog.problems]


def test_a_small_protocol_loads_and_its_sides_follow_the_hand(tmp_path: Path) -> None:
    ids, problems = load_with(tmp_path, SMALL)
    assert problems == [] and "pmr-small" in ids


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('group = "forehead"', 'group = "elbows"'),
            "groups[2].group: 'elbows' is not a muscle group",
        ),
        (
            ('group = "forehead"', 'group = "dominant-hand"'),
            "groups[2].group: 'dominant-hand' comes twice",
        ),
        (
            ("seconds = 4\n\n[[groups]]", "seconds = -2\n\n[[groups]]"),
            "intro[1].seconds: must be between 1 and 120 seconds, not -2",
        ),
        (("seconds = 4\n\n[[groups]]", "\n[[groups]]"), "intro[1].seconds: is missing"),
        (('release = "Let go."\n\n[[outro]]', "\n[[outro]]"), "groups[2].release: is missing"),
        (
            ('tense = "Raise your eyebrows."', 'tense = ""'),
            "groups[2].tense: must be non-empty text",
        ),
        (
            (
                'tense = "Raise your eyebrows."',
                'tense = "Raise your eyebrows as high as they go and hold them there until told."',
            ),
            "groups[2].tense: a sentence of 14 words is too long to narrate",
        ),
        (
            (
                '"Make a fist with your {dominant} hand."',
                '"Make a fist with your {dominnat} hand."',
            ),
            "has {dominnat}",
        ),
        (
            ('rest = "Leave out your {group}. Just let it rest."', 'rest = "Just rest."'),
            "cues.rest: must name the group",
        ),
        (
            ("[[intro]]", "[timing]\ntense = 12\n\n[[intro]]"),
            "timing.tense: must be between 5 and 7 seconds",
        ),
        (('name = "Small"', 'name = "Small"\nmethod = "yoga"'), "method: must be one of"),
        (
            ("[[intro]]", "[length]\ndefault_minutes = 5\n\n[[intro]]"),
            "pmr sessions take the length they are",
        ),
    ],
)
def test_a_broken_protocol_is_named_with_its_step_and_reason_and_the_rest_load(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in SMALL
    ids, problems = load_with(tmp_path, SMALL.replace(old, new, 1))
    assert "pmr-small" not in ids
    assert len(problems) == 1 and problems[0].startswith("pmr-small.toml: ")
    assert message in problems[0]
    assert {"box", "pmr-16", "pmr-cue"} <= set(ids)


def test_a_stage_that_clashes_with_another_is_skipped_with_the_reason(tmp_path: Path) -> None:
    clash = SMALL + '[programme]\nid = "pmr"\nname = "Progressive muscle relaxation"\nstage = 2\n'
    ids, problems = load_with(tmp_path, clash)
    assert "pmr-small" not in ids or "pmr-7" not in ids
    assert any("stage 2 of 'pmr' is already" in p for p in problems)
