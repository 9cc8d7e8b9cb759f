from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calmkit import __version__
from calmkit.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"CalmKit {__version__}"


def test_exercises_lists_ids_names_and_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "exercises")
    assert code == 0
    assert "box" in out and "Box breathing" in out and "breathing" in out
    code, out, _ = run(capsys, "exercises", "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["box"]["kind"] == "breathing"
    assert rows["relaxed"]["name"] == "Relaxed breathing"


def test_timeline_json_has_the_steps_with_start_duration_kind_label(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "timeline", "box", "--cycles", "2", "--json")
    assert code == 0
    steps = json.loads(out)
    assert [s["kind"] for s in steps[:4]] == ["inhale", "hold", "exhale", "rest"]
    assert len(steps) == 8
    assert all(isinstance(s["start"], float) and isinstance(s["duration"], float) for s in steps)
    assert steps[-1]["start"] + steps[-1]["duration"] == 32.0


def test_timeline_by_minutes_ends_on_a_whole_breath(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "timeline", "relaxed", "--minutes", "1", "--json")
    steps = json.loads(out)
    assert steps[-1]["kind"] == "exhale"
    assert len(steps) % 2 == 0


@pytest.mark.parametrize("command", ["timeline", "start"])
def test_an_unknown_id_lists_the_valid_ids_and_exits_2(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, _, err = run(capsys, command, "boks")
    assert code == 2
    assert "no exercise with id 'boks'" in err
    assert "valid ids: 478, box, cyclic-sigh, equal, extended-exhale, grounding-54321" in err
    assert "imagery-beach" in err and "pmr-16" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--minutes", "0"), "more than 0"),
        (("--minutes", "soon"), "not a number"),
        (("--cycles", "2.5"), "whole number"),
        (("--minutes", "2", "--cycles", "3"), "not allowed"),
    ],
)
def test_impossible_lengths_are_refused_clearly(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(capsys, "timeline", "box", *args)
    assert code == 2
    assert message in err


def test_subcommands_without_a_window_do_not_import_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from calmkit.cli import main; main(['exercises', '--json']); "
        "main(['timeline', 'box', '--json']); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'numpy')]; "
        "sys.exit(f'Qt imported: {bad}' if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_shipped_tones_are_what_the_generator_makes() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    try:
        import make_tones
    finally:
        sys.path.pop(0)
    from calmkit.resources import resource_path

    for name, data in make_tones.expected_files().items():
        assert resource_path("sounds", name).read_bytes() == data, f"regenerate {name}"


def test_variants_and_pace_shape_the_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "timeline", "extended-exhale", "--variant", "long", "--cycles", "1", "--json"
    )
    assert [s["duration"] for s in json.loads(out)] == [4.0, 8.0]
    _, out, _ = run(capsys, "timeline", "resonance", "--pace", "6", "--cycles", "1", "--json")
    assert [s["duration"] for s in json.loads(out)] == pytest.approx([5.0, 5.0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("box", "--variant", "long"), "box has no variant 'long'"),
        (("resonance", "--pace", "9"), "from 4.5 to 6.5 breaths a minute"),
        (("box", "--pace", "fast"), "not a number of breaths a minute"),
    ],
)
def test_an_impossible_variant_or_pace_is_refused(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    for command in ("timeline", "start"):
        code, _, err = run(capsys, command, *args)
        assert code == 2
        assert message in err


def test_478_never_goes_past_eight_breaths(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, err = run(capsys, "timeline", "478", "--json")
    steps = json.loads(out)
    assert len(steps) == 1 + 4 * 3, "a full breath out first, then 4 breaths by default"
    assert steps[0]["label"] == "Breathe out fully" and "mouth" in steps[0]["spoken"]
    assert err == ""
    _, out, err = run(capsys, "timeline", "478", "--minutes", "20", "--json")
    assert max(s["cycle"] for s in json.loads(out)) == 7
    assert "4-7-8 breathing: 63 breaths asked, 8 given. At most 8 breaths a session" in err


PMR_STEP_KINDS = {
    "intro",
    "pause",
    "tense",
    "release",
    "recall",
    "count",
    "breathe-in",
    "calm-word",
    "outro",
}


def test_every_preset_has_a_timeline_of_known_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "exercises", "--json")
    for row in json.loads(out):
        _, steps_json, _ = run(capsys, "timeline", row["id"], "--json")
        kinds = {s["kind"] for s in json.loads(steps_json)}
        if row["kind"] == "breathing":
            assert kinds <= {"inhale", "inhale-top-up", "hold", "exhale", "rest"}
            assert "inhale" in kinds and "exhale" in kinds
        elif row["kind"] == "pmr":
            assert {"intro", "outro"} <= kinds <= PMR_STEP_KINDS
        else:
            assert row["kind"] in ("imagery", "grounding")
            assert {"intro", "narration", "pause", "outro"} == kinds


def test_pmr_timeline_json_lists_the_sixteen_groups_with_times_in_range(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "timeline", "pmr-16", "--json")
    assert code == 0
    steps = json.loads(out)
    tensed = [s for s in steps if s["kind"] == "tense"]
    released = [s for s in steps if s["kind"] == "release"]
    assert len(tensed) == len(released) == 16
    assert [s["group"] for s in tensed] == [s["group"] for s in released]
    assert tensed[0]["group"] == "Right hand and forearm" and tensed[-1]["group"] == "Left foot"
    assert all(5 <= s["duration"] <= 7 for s in tensed)
    assert all(30 <= s["duration"] <= 40 for s in released)
    assert all(s["text"] and s["label"] for s in steps)


def test_pmr_options_are_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "timeline",
        "pmr-16",
        "--json",
        "--twice",
        "--left-handed",
        "--skip",
        "neck",
        "--skip",
        "right-leg",
        "--tense",
        "5",
        "--release",
        "40",
    )
    assert code == 0
    steps = json.loads(out)
    tensed = [s["group"] for s in steps if s["kind"] == "tense"]
    assert tensed[:2] == ["Left hand and forearm"] * 2
    assert "Neck and throat" not in tensed and "Right calf" not in tensed
    assert len(tensed) == 2 * 12
    assert {s["duration"] for s in steps if s["kind"] == "tense"} == {5}
    assert {s["duration"] for s in steps if s["kind"] == "release"} == {40}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("pmr-16", "--tense", "10"), "Tensing lasts 5 to 7 seconds, not 10"),
        (("pmr-16", "--release", "soon"), "'soon' is not a number of seconds"),
        (("pmr-16", "--skip", "tail"), "there is no area 'tail' to leave out"),
        (("pmr-16", "--minutes", "5"), "takes as long as its steps"),
        (("pmr-recall", "--twice"), "tenses no muscles"),
        (("box", "--twice"), "no option 'twice'"),
    ],
)
def test_impossible_pmr_options_exit_2_with_the_reason(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(capsys, "timeline", *args)
    assert code == 2
    assert message in err


def test_imagery_timeline_lists_segments_and_pauses_in_both_lengths(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lengths = {}
    for length in ("short", "long"):
        code, out, _ = run(capsys, "timeline", "imagery-forest", "--length", length, "--json")
        assert code == 0
        steps = json.loads(out)
        assert {s["kind"] for s in steps} == {"intro", "narration", "pause", "outro"}
        assert all(s["text"] and s["duration"] > 0 for s in steps)
        assert all(
            a["start"] + a["duration"] == pytest.approx(b["start"])
            for a, b in itertools.pairwise(steps)
        )
        lengths[length] = steps[-1]["start"] + steps[-1]["duration"]
    assert lengths["short"] < 7 * 60 < 10 * 60 < lengths["long"]
    code, _, err = run(capsys, "timeline", "grounding-54321", "--length", "long")
    assert code == 2 and "one length only" in err
    code, _, err = run(capsys, "timeline", "imagery-forest", "--length", "medium")
    assert code == 2 and "invalid choice: 'medium'" in err


def test_own_scripts_are_listed_and_a_broken_one_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "mine.toml").write_text(
        'id = "my-walk"\nkind = "imagery"\nname = "My walk"\nsummary = "Mine."\n'
        'description = "Mine."\n[[segments]]\nkind = "intro"\ntext = "Sit down."\npause = 3\n',
        encoding="utf-8",
    )
    (scripts / "broken.toml").write_text('id = "my-broken"\nkind = "imagery"\n', encoding="utf-8")
    code, out, err = run(capsys, "exercises", "--data-dir", str(tmp_path))
    assert code == 0 and "my-walk" in out and "My walk" in out
    assert "scripts/broken.toml: name: is missing" in err


@pytest.mark.parametrize(
    "argv",
    [[], ["--smoke-test"], ["--hidden"], ["--data-dir", "/tmp/x", "--hidden"], ["--data-dir=/d"]],
)
def test_the_quick_reading_of_the_window_s_arguments_agrees_with_the_parser(
    argv: list[str],
) -> None:
    from calmkit.cli import _gui_arguments, build_parser

    quick = _gui_arguments(argv)
    assert quick is not None
    full = build_parser().parse_args(argv)
    for name in ("command", "smoke_test", "hidden", "data_dir"):
        assert getattr(quick, name, None) == getattr(full, name, None), name
