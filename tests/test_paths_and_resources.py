from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from calmkit.paths import ENV_DATA_DIR, resolve_paths
from calmkit.resources import ResourcesMissingError, resource_root


def test_the_flag_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "flag").database == tmp_path / "flag" / "calmkit.db"
    assert resolve_paths().database == tmp_path / "env" / "calmkit.db"


def test_the_default_is_the_platform_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    monkeypatch.delenv(ENV_DATA_DIR)
    paths = resolve_paths()
    assert paths.data_dir == isolated_home / ".local/share/calmkit"
    assert paths.log_dir == isolated_home / ".local/state/calmkit/log"
    assert not paths.data_dir.exists(), "resolving a path must not create it"


def test_resources_are_found_from_the_source_checkout() -> None:
    root = resource_root()
    assert (root / "exercises" / "box.toml").is_file()
    assert (root / "sounds" / "tone-inhale.wav").is_file()


def test_resources_next_to_the_package_win_as_in_a_wheel_or_bundle(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "calmkit"
    (package / "_resources" / "exercises").mkdir(parents=True)
    assert resource_root(package) == package / "_resources"


def test_missing_resources_say_where_they_were_looked_for(tmp_path: Path) -> None:
    with pytest.raises(ResourcesMissingError, match="bundled files are missing"):
        resource_root(tmp_path / "nowhere" / "calmkit")


def test_the_wheel_carries_the_resources_where_the_lookup_expects_them(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(root),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("calmkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "calmkit/resources.py" in names
    assert "calmkit/_resources/exercises/box.toml" in names
    assert "calmkit/_resources/sounds/tone-inhale.wav" in names
