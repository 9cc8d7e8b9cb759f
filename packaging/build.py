"""Build CalmKit's packaged app and write every artifact to dist/.

    python packaging/build.py                  # bundle + artifacts for this platform
    python packaging/build.py --verify         # ... then prove them (packaging/verify.py)
    python packaging/build.py --debootstrap    # ... also on a minimal Debian root (root only)

The build runs in its own venv (build/venv) holding only CalmKit's runtime dependencies and
PyInstaller, so nothing from a developer's environment ends up in the bundle. Linux gives
calmkit-VERSION-linux-x86_64.tar.gz (bundle, install.sh, uninstall.sh, desktop files) and
calmkit_VERSION_amd64.deb; Windows and macOS give a zip of the bundle (.app on macOS).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import icons
import project
import syslibs

REPO = project.REPO
PACKAGING = project.PACKAGING
BUILD = REPO / "build"
DIST = REPO / "dist"
VENV = BUILD / "venv"
LINUX_FILES = PACKAGING / "linux"
DEB_MAINTAINER = "CalmKit developers <calmkit@users.noreply.github.com>"
HOMEPAGE = "https://github.com/calmkit/CalmKit"

timings: dict[str, float] = {}


@contextmanager
def timed(step: str) -> Iterator[None]:
    print(f"==> {step}", flush=True)
    start = time.perf_counter()
    yield
    timings[step] = time.perf_counter() - start
    print(f"    {step}: {timings[step]:.1f} s", flush=True)


def run(cmd: Sequence[str | Path], **kwargs: object) -> None:
    print("    $ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def requirements() -> list[str]:
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*meta["dependencies"], *meta["optional-dependencies"]["build"]]


def default_interpreter() -> Path:
    """The Python the build venv is made from.

    On Linux the distribution's own Python when it is new enough and has a shared libpython:
    Debian ships it without debug information, which keeps ~24 MB of DWARF data (libpython
    and lib-dynload of a self-compiled Python such as pyenv's) out of the bundle. We never
    strip binaries ourselves: stripping breaks numpy's bundled OpenBLAS.
    """
    system = Path("/usr/bin/python3")
    if sys.platform.startswith("linux") and system.exists():
        probe = (
            "import sys, sysconfig, ensurepip; "
            "print(sys.version_info >= (3, 11) and sysconfig.get_config_var('Py_ENABLE_SHARED'))"
        )
        result = subprocess.run([system, "-c", probe], capture_output=True, text=True)
        if result.stdout.strip() == "1":
            return system
        print(
            "    note: /usr/bin/python3 is older than 3.11, lacks a shared libpython or venv "
            "support (apt-get install python3-venv libpython3-dev); using this Python instead"
        )
    return Path(sys.executable)


def ensure_build_venv(interpreter: Path) -> Path:
    """A venv with only the runtime dependencies and PyInstaller; reused while they match."""
    wanted = requirements()
    version = subprocess.check_output([interpreter, "-c", "import sys; print(sys.version)"])
    stamp = "\n".join([str(interpreter), version.decode().strip(), *wanted])
    stamp_file = VENV / "calmkit-build-requirements.txt"
    python = venv_python()
    if python.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        print(f"    reusing {VENV.relative_to(REPO)} (requirements unchanged)")
        return python
    if VENV.exists():
        shutil.rmtree(VENV)
    run([interpreter, "-m", "venv", VENV])
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wanted])
    stamp_file.write_text(stamp)
    return python


def pyinstaller(python: Path, *spec_args: str, name: str) -> Path:
    dist, work = BUILD / "pyinstaller" / name / "dist", BUILD / "pyinstaller" / name / "work"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    cmd: list[str | Path] = [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level"]
    cmd += ["WARN", "--distpath", dist, "--workpath", work, PACKAGING / "calmkit.spec"]
    run([*cmd, "--", "--icons", str(BUILD / "icons"), *spec_args], env=env, cwd=BUILD)
    return dist


def dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


# --- Linux artifacts ------------------------------------------------------------------------


def desktop_share_tree(meta: project.Project, share: Path) -> None:
    """The files a desktop reads (launcher, icons, AppStream), laid out as under /usr/share."""
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX_FILES / f"{meta.app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX_FILES / f"{meta.app_id}.metainfo.xml", share / "metainfo")
    for size in icons.SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons.png_path(meta.app_id, size), target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons.svg_path(meta.app_id), scalable)


def stage_tarball(meta: project.Project, bundle: Path) -> Path:
    stage = BUILD / "stage" / meta.tarball_stem
    if stage.parent.exists():
        shutil.rmtree(stage.parent)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / meta.name, symlinks=True)
    desktop_share_tree(meta, stage / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX_FILES / script, stage / script)
        (stage / script).chmod(0o755)
    readme = (LINUX_FILES / "README.txt").read_text(encoding="utf-8")
    (stage / "README.txt").write_text(
        readme.replace("@VERSION@", meta.version).replace("@PACKAGES@", syslibs.apt_line()),
        encoding="utf-8",
    )
    shutil.copy2(PACKAGING / "licenses" / "GPL-3.0.txt", stage / "LICENSE.txt")
    shutil.copy2(PACKAGING / "licenses" / "THIRD-PARTY.txt", stage / "THIRD-PARTY.txt")
    shutil.copy2(PACKAGING / "licenses" / "LGPL-3.0.txt", stage / "LGPL-3.0.txt")
    shutil.copy2(PACKAGING / "licenses" / "LGPL-2.1.txt", stage / "LGPL-2.1.txt")  # libsndfile
    return stage


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        info.mtime = min(info.mtime, int(epoch))
    return info


def write_tarball(stage: Path, out: Path) -> None:
    """A tar.gz of the stage directory; owners normalised so unpacking as a user works."""
    with (
        out.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(stage, arcname=stage.name, filter=_normalised)


def deb_version(version: str) -> str:
    """PEP 440 to Debian ordering: 1.0rc1 -> 1.0~rc1, 1.0.dev2 -> 1.0~dev2."""
    return re.sub(r"\.?(a|b|rc|dev)(\d+)", r"~\1\2", version)


def glibc_floor(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled binary asks for."""
    found = {(2, 17)}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.stat().st_size > 64:
            with path.open("rb") as handle:
                if handle.read(4) != b"\x7fELF":
                    continue
            for match in re.finditer(rb"GLIBC_2\.(\d+)", path.read_bytes()):
                found.add((2, int(match.group(1))))
    major, minor = max(found)
    return f"{major}.{minor}"


def deb_control(meta: project.Project, installed_kb: int, glibc: str) -> str:
    depends = ", ".join([f"libc6 (>= {glibc})", *syslibs.deb_depends()])
    long_description = (
        "CalmKit guides you through short exercises for moments of stress or anxiety: paced\n"
        "breathing with visual, sound and text cues, and a private log of your practice.\n"
        "It works fully offline: no account, no network, nothing leaves your computer.\n"
        "It is a self-help tool, not a medical device."
    )
    body = "\n".join(" " + (line or ".") for line in long_description.splitlines())
    return (
        f"Package: {meta.name}\n"
        f"Version: {deb_version(meta.version)}\n"
        "Architecture: amd64\n"
        f"Maintainer: {DEB_MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        "Description: guided breathing and relaxation exercises, fully offline\n"
        f"{body}\n"
    )


def write_deb(meta: project.Project, bundle: Path, out: Path) -> None:
    root = BUILD / "deb" / "root"
    if root.parent.exists():
        shutil.rmtree(root.parent)
    opt = root / "opt" / meta.name
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / meta.name).symlink_to(f"/opt/{meta.name}/{meta.name}")
    desktop_share_tree(meta, root / "usr" / "share")
    doc = root / "usr" / "share" / "doc" / meta.name
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        (PACKAGING / "licenses" / "THIRD-PARTY.txt").read_text(encoding="utf-8")
        + "\nOn Debian systems the full licence texts are in /usr/share/common-licenses/.\n",
        encoding="utf-8",
    )
    for path in root.rglob("*"):  # dpkg-deb refuses group-writable files; keep modes plain
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = root / "DEBIAN"
    control.mkdir()
    installed_kb = (dir_size(root) + 1023) // 1024
    (control / "control").write_text(deb_control(meta, installed_kb, glibc_floor(opt)))
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out])


# --- Windows and macOS artifacts ------------------------------------------------------------


def write_zip(source: Path, out: Path) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(source.rglob("*")):
            archive.write(path, Path(source.name) / path.relative_to(source))


def platform_tag() -> str:
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{machine}"


# --- Checks and main ------------------------------------------------------------------------


def check_build_machine(python: Path) -> None:
    """The bundle copies libpulse and the xcb libraries from this machine: they must exist."""
    missing = syslibs.missing_for_build(python)
    if missing:
        raise SystemExit(
            "The build machine lacks libraries the bundle must carry. Install them with:\n"
            f"  sudo apt-get install {' '.join(missing)}"
        )


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--verify", action="store_true", help="prove the artifacts afterwards")
    parser.add_argument(
        "--debootstrap",
        action="store_true",
        help="also verify on a minimal Debian root without Python (implies --verify; root)",
    )
    parser.add_argument("--onefile", action="store_true", help="also build a one-file binary")
    parser.add_argument(
        "--python",
        type=Path,
        metavar="PATH",
        help="interpreter to make the build venv from (default: see default_interpreter)",
    )
    args = parser.parse_args(argv)
    verify = args.verify or args.debootstrap
    meta = project.load()
    print(f"Building {meta.app_name} {meta.version} for {platform_tag()}")
    started = time.perf_counter()
    DIST.mkdir(exist_ok=True)
    artifacts: list[Path] = []

    with timed("build venv"):
        interpreter = args.python or default_interpreter()
        print(f"    build venv from {interpreter}")
        python = ensure_build_venv(interpreter)
    if sys.platform.startswith("linux"):
        check_build_machine(python)
    with timed("translations"):
        # Compiles every catalog with pyside6-lrelease and stops the build when a compiled
        # one in resources/translations differs, or the catalog misses a string of the code.
        run([python, REPO / "tools" / "update_translations.py", "--check"])
    with timed("icons"):
        icons.write_platform_icons(BUILD / "icons", meta.app_id)
    with timed("pyinstaller"):
        frozen = pyinstaller(python, name="app")
    if args.onefile:
        with timed("pyinstaller one-file"):
            onefile_dist = pyinstaller(python, "--onefile", name="onefile")

    if sys.platform.startswith("linux"):
        bundle = frozen / meta.name
        with timed("tar.gz"):
            stage = stage_tarball(meta, bundle)
            tarball = DIST / f"{meta.tarball_stem}.tar.gz"
            write_tarball(stage, tarball)
            artifacts.append(tarball)
        with timed("deb"):
            deb = DIST / meta.deb_name
            write_deb(meta, bundle, deb)
            artifacts.append(deb)
        if args.onefile:
            single = DIST / f"{meta.tarball_stem}.bin"
            shutil.copy2(onefile_dist / meta.name, single)
            artifacts.append(single)
        print(f"    unpacked bundle: {dir_size(bundle) / 1e6:.1f} MB")
    elif sys.platform == "darwin":
        with timed("zip"):
            out = DIST / f"{meta.name}-{meta.version}-{platform_tag()}.zip"
            app = frozen / f"{meta.app_name}.app"
            run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", app, out])
            artifacts.append(out)
    else:
        with timed("zip"):
            out = DIST / f"{meta.name}-{meta.version}-{platform_tag()}.zip"
            write_zip(frozen / meta.name, out)
            artifacts.append(out)

    if verify:
        import verify as verifier

        with timed("probe build"):
            probe_dist = pyinstaller(python, "--probe", name="probe")
        with timed("verify"):
            try:
                verifier.verify_all(
                    meta,
                    frozen=frozen,
                    probe=probe_dist / f"{meta.name}-probe",
                    artifacts=artifacts,
                    debootstrap=args.debootstrap,
                    timings=timings,
                )
            except verifier.VerificationError as error:
                print(f"VERIFICATION FAILED: {error}", file=sys.stderr)
                return 1

    lines = [f"{sha256(a)}  {a.name}" for a in artifacts]
    (DIST / "SHA256SUMS").write_text("".join(f"{line}\n" for line in lines))
    print("\nArtifacts:")
    for artifact in artifacts:
        print(f"  {artifact.relative_to(REPO)}  {artifact.stat().st_size / 1e6:.1f} MB")
    print("Timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    print(f"Total: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
