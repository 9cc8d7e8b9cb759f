"""install.sh and uninstall.sh against a fake release archive, in a throwaway HOME.

The archive's app is a shell script and `ldconfig`/`ldd` are stand-ins on PATH, so these run
in milliseconds; the real bundle goes through the same scripts in packaging/verify.py.
"""

from __future__ import annotations

import platform
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.support import (
    ALL_LIBS,
    LINUX,
    PROJECT,
    fake_sysroot,
    fake_tools,
    fake_unpacked_tarball,
    load,
)

pytestmark = pytest.mark.skipif(
    platform.system() != "Linux" or platform.machine() != "x86_64",
    reason="the Linux x86-64 installer refuses other machines",
)
APP_ID = PROJECT.app_id


@dataclass
class Machine:
    home: Path
    archive: Path
    env: dict[str, str]

    @property
    def data_home(self) -> Path:
        return Path(self.env.get("XDG_DATA_HOME", self.home / ".local/share"))

    @property
    def app_root(self) -> Path:
        return self.home / ".local/lib/calmkit"

    @property
    def manifest(self) -> Path:
        return self.app_root / "installed-files.txt"

    @property
    def launcher(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    def run(
        self, script: str | Path, *args: str, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        path = script if isinstance(script, Path) else self.archive / script
        return subprocess.run(
            [str(path), *args],
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            cwd=self.home,
            timeout=30,
        )

    def files(self) -> dict[str, str]:
        """Every path under HOME, with its link target or size: what a person could see."""
        seen = {}
        for path in sorted(self.home.rglob("*")):
            if path.is_symlink():
                seen[str(path)] = f"-> {path.readlink()}"
            elif path.is_file():
                seen[str(path)] = f"{path.stat().st_size} bytes"
            else:
                seen[str(path)] = "dir"
        return seen


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    home = tmp_path / "home dir"  # a space, as in many real home folders' children
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": f"{fake_tools(tmp_path)}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "CALMKIT_SYSROOT": str(fake_sysroot(tmp_path)),
        "FAKE_LIBS": ALL_LIBS,
    }
    return Machine(home, fake_unpacked_tarball(tmp_path), env)


def exec_target(desktop: Path) -> str:
    """The program the desktop runs, read as the Desktop Entry Specification says."""
    command: list[str] = load("verify").desktop_exec(desktop)
    return command[0]


def test_install_puts_the_app_on_path_and_in_the_menu(machine: Machine) -> None:
    result = machine.run("install.sh")

    assert result.returncode == 0, result.stderr
    assert "Installed CalmKit 9.9.9" in result.stdout
    link = machine.home / ".local/bin/calmkit"
    ran = subprocess.run([str(link), "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "CalmKit 9.9.9"
    target = exec_target(machine.launcher)
    assert target == str(machine.app_root / "app/calmkit")
    assert "Icon=" + APP_ID in machine.launcher.read_text()
    for size in (16, 32, 48, 256, 512):
        icon = machine.data_home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert icon.is_file(), icon
    assert (machine.data_home / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (machine.data_home / f"metainfo/{APP_ID}.metainfo.xml").is_file()
    assert (machine.app_root / "uninstall.sh").is_file()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_installed_launcher_is_valid_with_an_awkward_home(machine: Machine) -> None:
    odd = machine.home / 'it\'s "50%" $calm'
    odd.mkdir()
    machine.env["HOME"] = str(odd)
    machine.home = odd

    assert machine.run("install.sh").returncode == 0
    checked = subprocess.run(
        ["desktop-file-validate", str(machine.launcher)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and not checked.stdout, checked.stdout
    assert exec_target(machine.launcher) == str(odd / ".local/lib/calmkit/app/calmkit")


def test_running_install_twice_is_harmless(machine: Machine) -> None:
    assert machine.run("install.sh").returncode == 0
    first = machine.files()
    manifest = machine.manifest.read_text()

    again = machine.run("install.sh")

    assert again.returncode == 0, again.stderr
    assert machine.files().keys() == first.keys()
    assert machine.manifest.read_text() == manifest


def test_missing_libraries_are_named_with_the_apt_command_and_nothing_changes(
    machine: Machine,
) -> None:
    before = machine.files()

    result = machine.run("install.sh", env={"FAKE_LIBS": "libxcb.so.1"})

    assert result.returncode != 0
    assert "sudo apt-get install libegl1 libgl1" in result.stderr
    assert "Nothing was changed." in result.stderr
    assert machine.files() == before


def test_missing_fonts_and_libraries_found_by_ldd_are_named_too(
    machine: Machine, tmp_path: Path
) -> None:
    bare = fake_sysroot(tmp_path / "bare", skip=("usr/share/fonts",))

    result = machine.run(
        "install.sh",
        env={"CALMKIT_SYSROOT": str(bare), "FAKE_LDD_MISSING": "libxcb.so.1 libodd.so.7"},
    )

    assert result.returncode != 0
    assert "sudo apt-get install fonts-dejavu-core libodd.so.7 libxcb1" in result.stderr
    assert not (machine.home / ".local").exists()


def test_check_only_reports(machine: Machine) -> None:
    ok = machine.run("install.sh", "--check")
    missing = machine.run("install.sh", "--check", env={"FAKE_LIBS": ""})

    assert ok.returncode == 0 and "All the system libraries" in ok.stdout
    assert missing.returncode != 0
    assert "libegl1 libgl1 libxcb1" in missing.stderr
    assert not (machine.home / ".local").exists()


def test_a_foreign_calmkit_command_is_not_overwritten(machine: Machine) -> None:
    other = machine.home / ".local/bin/calmkit"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho pip-installed calmkit\n")
    before = machine.files()

    result = machine.run("install.sh")

    assert result.returncode != 0
    assert str(other) in result.stderr
    assert machine.files() == before


def test_xdg_data_home_is_respected(machine: Machine, tmp_path: Path) -> None:
    machine.env["XDG_DATA_HOME"] = str(tmp_path / "elsewhere")

    assert machine.run("install.sh").returncode == 0

    assert (tmp_path / "elsewhere/applications" / f"{APP_ID}.desktop").is_file()
    assert not (machine.home / ".local/share/applications").exists()


def test_uninstall_removes_exactly_what_was_installed_and_keeps_the_log(
    machine: Machine,
) -> None:
    # Another app's launcher and the practice log live in the same folders.
    other_launcher = machine.data_home / "applications/org.example.Other.desktop"
    other_launcher.parent.mkdir(parents=True)
    other_launcher.write_text("[Desktop Entry]\n")
    log = machine.data_home / "calmkit/calmkit.db"
    log.parent.mkdir(parents=True)
    log.write_bytes(b"SQLite format 3\0 my sessions")
    before = machine.files()
    assert machine.run("install.sh").returncode == 0

    result = machine.run(machine.app_root / "uninstall.sh")

    assert result.returncode == 0, result.stderr
    assert f"practice log in {machine.data_home / 'calmkit'}" in result.stdout
    assert "left in place" in result.stdout
    assert machine.files() == before


def test_uninstall_when_not_installed_says_so(machine: Machine) -> None:
    result = machine.run("uninstall.sh")

    assert result.returncode == 0
    assert "CalmKit is not installed for this user" in result.stdout
    assert machine.files() == {}


def test_update_removes_files_the_new_version_no_longer_ships(
    machine: Machine, tmp_path: Path
) -> None:
    assert machine.run("install.sh").returncode == 0
    newer = fake_unpacked_tarball(tmp_path / "newer", version="10.0.0")
    dropped = newer / f"share/icons/hicolor/22x22/apps/{APP_ID}.png"
    dropped.unlink()

    result = machine.run(newer / "install.sh")

    assert result.returncode == 0, result.stderr
    assert not (machine.data_home / f"icons/hicolor/22x22/apps/{APP_ID}.png").exists()
    ran = subprocess.run(
        [str(machine.home / ".local/bin/calmkit"), "--version"], capture_output=True, text=True
    )
    assert ran.stdout.strip() == "CalmKit 10.0.0"


def test_uninstall_refuses_a_manifest_that_points_at_the_practice_log(
    machine: Machine,
) -> None:
    assert machine.run("install.sh").returncode == 0
    log = machine.data_home / "calmkit/calmkit.db"
    log.parent.mkdir(parents=True)
    log.write_bytes(b"my sessions")
    with machine.manifest.open("a") as manifest:
        manifest.write(f"file {log}\n")

    result = machine.run(machine.app_root / "uninstall.sh")

    assert result.returncode != 0
    assert "refusing" in result.stderr
    assert log.read_bytes() == b"my sessions"


def _bash_array(script: str, name: str) -> dict[str, str]:
    block = re.search(rf"^{name}=\((.*?)^\)", script, flags=re.MULTILINE | re.DOTALL)
    assert block, name
    pairs = re.findall(r'"(\S+) (\S+)"', block.group(1))
    return dict(pairs)


def test_install_sh_checks_what_the_build_declares() -> None:
    syslibs = load("syslibs")
    script = (LINUX / "install.sh").read_text()

    assert _bash_array(script, "REQUIRED_LIBS") == syslibs.NEEDED_AT_RUN_TIME
    assert _bash_array(script, "REQUIRED_FILES") == syslibs.NEEDED_FILES
    critical = re.search(r"^CRITICAL_FILES=\((.*?)^\)", script, re.MULTILINE | re.DOTALL)
    assert critical
    listed = re.findall(r'"_internal/(\S+)"', critical.group(1))
    assert listed == syslibs.CRITICAL_FILES


def test_build_dependencies_script_installs_what_the_bundle_copies() -> None:
    syslibs = load("syslibs")
    script = (LINUX.parent / "install-build-deps.sh").read_text()
    block = re.search(r"^PACKAGES=\((.*?)^\)", script, flags=re.MULTILINE | re.DOTALL)
    assert block
    listed = {word for line in block.group(1).splitlines() for word in line.split("#")[0].split()}
    assert set(syslibs.NEEDED_TO_BUILD) <= listed


def test_a_too_old_system_is_told_which_c_library_it_needs(machine: Machine) -> None:
    app = machine.archive / "calmkit/calmkit"
    app.write_text(
        "#!/bin/sh\n"
        'echo "calmkit: /lib/libc.so.6: version \\`GLIBC_2.36\' not found (required by x)" >&2\n'
        "exit 1\n"
    )

    result = machine.run("install.sh")

    assert result.returncode != 0
    assert "GNU C library 2.36 or later" in result.stderr
    assert machine.files() == {}
