from __future__ import annotations

from pathlib import Path

from calmkit.core.autostart import (
    autostart_enabled,
    autostart_file,
    desktop_entry,
    launch_command,
    set_autostart,
)


def test_the_entry_lives_in_the_autostart_folder_of_the_config_home(tmp_path: Path) -> None:
    path = autostart_file({"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert path == tmp_path / "cfg" / "autostart" / "io.github.calmkit.CalmKit.desktop"
    assert autostart_file({"HOME": str(tmp_path)}).parent == tmp_path / ".config" / "autostart"


def test_calmkit_starts_hidden_on_the_same_practice_log() -> None:
    assert launch_command("/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "calmkit",
        "--hidden",
    ]
    assert launch_command("/opt/CalmKit/calmkit", frozen=True, data_dir=Path("/d")) == [
        "/opt/CalmKit/calmkit",
        "--data-dir",
        "/d",
        "--hidden",
    ]


def test_arguments_with_spaces_and_specials_are_quoted_as_the_spec_asks() -> None:
    entry = desktop_entry(["/opt/my apps/python", "--data-dir", '/home/a/"x"$y', "100%"])
    (exec_line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert exec_line == (
        'Exec="/opt/my apps/python" --data-dir "/home/a/\\\\"x\\\\"\\\\$y" "100%%"'
    )


def test_switching_on_and_off_and_a_hand_written_entry_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "autostart" / "calmkit.desktop"
    assert not autostart_enabled(path)
    set_autostart(path, ["calmkit", "--hidden"])
    assert autostart_enabled(path)
    assert "Exec=calmkit --hidden" in path.read_text()
    set_autostart(path, None)
    assert not path.exists()
    path.write_text("[Desktop Entry]\nExec=my-own-calmkit\n")
    set_autostart(path, None)
    assert path.exists(), "not CalmKit's own: kept"
    path.write_text("[Desktop Entry]\nExec=calmkit\nHidden=true\n")
    assert not autostart_enabled(path), "switched off in the desktop's own settings"
