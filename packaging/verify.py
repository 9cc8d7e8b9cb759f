"""Prove the built artifacts work where a person runs them, away from the source tree.

    python packaging/verify.py                 # the artifacts already in dist/
    python packaging/verify.py --debootstrap   # ... also on a minimal Debian root (root only)

(`python packaging/build.py --verify` builds first and then runs exactly this.)

1. The desktop entry and AppStream metainfo pass desktop-file-validate and appstreamcli.
2. Here, with the source tree, the dev venvs and the build interpreter's standard library
   hidden behind empty mounts (unshare) and a clean environment: the tar.gz unpacks;
   install.sh installs for a fresh HOME (twice); the installed `calmkit` answers --version,
   lists the same exercises as the source tree, passes --smoke-test offscreen, records a
   session; the probe (packaging/probe_entry.py, built with the same filter) imports and uses
   pyqtgraph, QtMultimedia, QtSvg and numpy; uninstall.sh removes every installed file, keeps
   the practice log, and says so when run again.
3. --debootstrap: in a fresh Debian 12 minbase root (no Python), as an ordinary user: install.sh
   refuses, names the missing packages and changes nothing; after installing exactly the
   packages it named, everything in 2 passes, also on a real X server (Xvfb) when one is
   available. In a second fresh root the .deb installs with apt (which pulls its Depends),
   runs, and removes cleanly. The minbase root is cached outside the repository
   ($CALMKIT_DEBOOTSTRAP_CACHE, default /var/tmp/calmkit-debootstrap/bookworm-minbase).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import project

REPO = project.REPO
DIST = REPO / "dist"
PROBE = REPO / "build" / "pyinstaller" / "probe" / "dist"
DEBIAN_SUITE = "bookworm"
DEBIAN_MIRROR = os.environ.get("CALMKIT_DEBIAN_MIRROR", "http://deb.debian.org/debian")
DEBOOTSTRAP_CACHE = Path(
    os.environ.get(
        "CALMKIT_DEBOOTSTRAP_CACHE", f"/var/tmp/calmkit-debootstrap/{DEBIAN_SUITE}-minbase"
    )
)
USER = "calm"
# The offscreen plugin says this on every show(); it is not about our code.
HARMLESS_STDERR = re.compile(r"This plugin does not support propagateSizeHints\(\)\n?")


class VerificationError(AssertionError):
    pass


def expect(condition: object, message: str) -> None:
    if not condition:
        raise VerificationError(message)


@dataclass
class Report:
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        print(f"--> {name}", flush=True)
        start = time.perf_counter()
        yield
        self.timings[name] = time.perf_counter() - start
        print(f"    ok ({self.timings[name]:.1f} s)", flush=True)


# --- Where commands run ----------------------------------------------------------------------


class Box:
    """A place to run the artifacts: this machine with the build hidden, or a chroot."""

    home: str  # the test user's home, as the box sees it

    def host_path(self, inside: str) -> Path:
        raise NotImplementedError

    def command(self, argv: Sequence[str], *, as_root: bool) -> list[str]:
        raise NotImplementedError

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {
            "HOME": self.home,
            "USER": USER,
            "LOGNAME": USER,
            "PATH": f"{self.home}/.local/bin:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": f"{self.home}/.runtime",
        }
        env.update(extra or {})
        return env

    def run(
        self,
        argv: Sequence[str],
        *,
        extra_env: Mapping[str, str] | None = None,
        as_root: bool = False,
        ok: bool | None = True,
        cwd: str | None = None,
        timeout: float = 300,
    ) -> subprocess.CompletedProcess[str]:
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
        if as_root:
            env.update({"HOME": "/root", "DEBIAN_FRONTEND": "noninteractive"})
            env.update(extra_env or {})
        else:
            env = self.env(extra_env)
        inner = ["env", "-i", *(f"{k}={v}" for k, v in env.items())]
        if cwd:
            inner = ["sh", "-c", 'cd "$1" && shift && exec "$@"', "sh", cwd, *inner]
        full = self.command([*inner, *argv], as_root=as_root)
        result = subprocess.run(
            full, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
        shown = " ".join(shlex.quote(a) for a in argv)
        if ok is not None and (result.returncode == 0) != ok:
            raise VerificationError(
                f"`{shown}` exited {result.returncode} (expected {'0' if ok else 'non-zero'})\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result


class HostBox(Box):
    """This machine, the repository and the build's Python hidden behind empty tmpfs mounts."""

    def __init__(self, scratch: Path, hidden: Sequence[Path]) -> None:
        self.scratch = scratch
        self.home = str(scratch / "home")
        self.hidden = [p for p in hidden if p.is_dir()]
        Path(self.home, ".runtime").mkdir(parents=True, mode=0o700)
        self.isolated = os.geteuid() == 0 and shutil.which("unshare") is not None
        if self.isolated:
            test = subprocess.run(self._hide(["true"]), capture_output=True, text=True, check=False)
            self.isolated = test.returncode == 0

    def _hide(self, argv: Sequence[str]) -> list[str]:
        script = (
            'while [ "$1" != -- ]; do mount -t tmpfs -o ro,size=4k calmkit-hidden "$1" '
            '|| exit 97; shift; done; shift; exec "$@"'
        )
        hidden = [str(p) for p in self.hidden]
        return ["unshare", "--mount", "sh", "-c", script, "sh", *hidden, "--", *argv]

    def host_path(self, inside: str) -> Path:
        return Path(inside)

    def command(self, argv: Sequence[str], *, as_root: bool) -> list[str]:
        return self._hide(argv) if self.isolated else list(argv)


class ChrootBox(Box):
    """A throwaway copy of the cached Debian minbase root, entered with chroot."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = f"/home/{USER}"

    def host_path(self, inside: str) -> Path:
        return self.root / inside.lstrip("/")

    def command(self, argv: Sequence[str], *, as_root: bool) -> list[str]:
        user = [] if as_root else [f"--userspec={USER}:{USER}"]
        return ["chroot", *user, str(self.root), *argv]


# --- Checks shared by both places -----------------------------------------------------------


def source_exercise_ids() -> list[str]:
    """What the source tree lists, run by the build venv's Python (it has the dependencies)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    venv_python = REPO / "build" / "venv" / "bin" / "python"
    python = str(venv_python if venv_python.exists() else sys.executable)
    out = subprocess.run(
        [python, "-m", "calmkit", "exercises", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return [row["id"] for row in json.loads(out)]


def clean_stderr(text: str) -> str:
    return HARMLESS_STDERR.sub("", text).strip()


def check_app(
    box: Box, calmkit: str, meta: project.Project, report: Report, *, display: str | None
) -> None:
    """The installed app answers, lists the exercises, starts, and records a session."""
    version = box.run([calmkit, "--version"]).stdout.strip()
    expect(version == f"{meta.app_name} {meta.version}", f"--version said {version!r}")
    listed = [row["id"] for row in json.loads(box.run([calmkit, "exercises", "--json"]).stdout)]
    expected = source_exercise_ids()
    expect(listed == expected, f"frozen app lists {listed}, the source tree {expected}")
    box.run([calmkit, "timeline", expected[0], "--json"])

    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    smoke = box.run([calmkit, "--smoke-test"], extra_env=offscreen, timeout=60)
    report.notes.append(f"smoke test offscreen: {time.perf_counter() - start:.2f} s")
    expect(not clean_stderr(smoke.stderr), f"--smoke-test complained:\n{smoke.stderr}")
    if display:
        start = time.perf_counter()
        shown = box.run([calmkit, "--smoke-test"], extra_env={"DISPLAY": display}, timeout=60)
        report.notes.append(f"smoke test on X ({display}): {time.perf_counter() - start:.2f} s")
        expect(not clean_stderr(shown.stderr), f"--smoke-test on X complained:\n{shown.stderr}")

    # A session started and cut short by the smoke test's exit is still recorded.
    box.run([calmkit, "--smoke-test", "start", expected[0], "--cycles", "1"], extra_env=offscreen)
    history = json.loads(box.run([calmkit, "history", "--json"]).stdout)
    expect(
        any(row["exercise_id"] == expected[0] for row in history),
        f"no {expected[0]} session in the history: {history}",
    )


def check_probe(box: Box, probe_dir: str) -> str:
    result = box.run([f"{probe_dir}/{Path(probe_dir).name}"], timeout=120)
    failed = [line for line in result.stdout.splitlines() if not line.startswith("ok ")]
    expect(not failed, f"the probe failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def desktop_exec(desktop_file: Path) -> list[str]:
    """The command line of a desktop entry's Exec key, unquoted as the specification says.

    First the string-level escapes (\\s, \\\\ ...), then arguments: inside double quotes a
    backslash escapes ", `, $ and itself; %% is a literal %.
    """
    line = next(
        (x for x in desktop_file.read_text(encoding="utf-8").splitlines() if x.startswith("Exec=")),
        None,
    )
    if line is None:
        raise VerificationError(f"{desktop_file} has no Exec line")
    value = re.sub(
        r"\\(.)", lambda m: STRING_ESCAPES.get(m.group(1), m.group(0)), line.removeprefix("Exec=")
    )
    args: list[str] = []
    current: str | None = None  # None between arguments; "" inside an empty ""
    quoted = False
    chars = iter(value)
    for char in chars:
        if quoted and char == "\\":
            escaped = next(chars, "")
            current = (current or "") + (escaped if escaped in '"`$\\' else char + escaped)
        elif char == '"':
            quoted = not quoted
            current = current or ""
        elif char == " " and not quoted:
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + char
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def validate_desktop(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    expect(result.returncode == 0 and not result.stdout.strip(), f"{path}: {result.stdout}")


def check_install_cycle(
    box: Box,
    unpacked: str,
    meta: project.Project,
    report: Report,
    *,
    display: str | None,
    probe_dir: str | None,
) -> None:
    """install.sh (twice), the installed app, its launcher, then uninstall.sh (twice)."""
    home = box.host_path(box.home)
    first = box.run([f"{unpacked}/install.sh"], cwd=unpacked)
    box.run([f"{unpacked}/install.sh"], cwd=unpacked)  # a second run is harmless
    expect("Installed" in first.stdout, f"install.sh said:\n{first.stdout}")
    manifest = home / ".local/lib" / meta.name / "installed-files.txt"
    entries = [
        line.split(" ", 1)
        for line in manifest.read_text().splitlines()
        if line and not line.startswith("#")
    ]
    installed = [box.host_path(path) for kind, path in entries if kind in ("file", "link")]
    absent = [str(p) for p in installed if not (p.exists() or p.is_symlink())]
    expect(not absent, f"missing after install: {absent}")

    desktop = home / ".local/share/applications" / f"{meta.app_id}.desktop"
    validate_desktop(desktop)
    target = desktop_exec(desktop)[0]
    expect(box.host_path(target).is_file(), f"the launcher runs {target}, which is missing")
    expect(
        (home / ".local/share/icons/hicolor/16x16/apps" / f"{meta.app_id}.png").is_file(),
        "the 16 px icon was not installed",
    )
    check_app(box, meta.name, meta, report, display=display)
    if probe_dir:
        report.notes.append("probe: " + check_probe(box, probe_dir).strip().replace("\n", "; "))

    data = home / ".local/share" / meta.name
    expect((data / "calmkit.db").is_file(), f"no practice log in {data}")
    gone = box.run([f"{box.home}/.local/lib/{meta.name}/uninstall.sh"])
    expect("left in place" in gone.stdout, f"uninstall.sh said:\n{gone.stdout}")
    left = [str(p) for p in installed if p.exists() or p.is_symlink()]
    expect(not left, f"uninstall.sh left {left}")
    expect(not manifest.parent.exists(), f"uninstall.sh left {manifest.parent}")
    expect((data / "calmkit.db").is_file(), "uninstall.sh removed the practice log")
    again = box.run([f"{unpacked}/uninstall.sh"])
    expect("not installed" in again.stdout, f"a second uninstall said:\n{again.stdout}")


# --- The three verifications ----------------------------------------------------------------


def verify_metadata(meta: project.Project, report: Report) -> None:
    with report.step("desktop-file-validate and appstreamcli validate"):
        missing = [t for t in ("desktop-file-validate", "appstreamcli") if not shutil.which(t)]
        expect(
            not missing,
            f"install the validators: apt-get install desktop-file-utils appstream ({missing})",
        )
        validate_desktop(REPO / "packaging/linux" / f"{meta.app_id}.desktop")
        metainfo = REPO / "packaging/linux" / f"{meta.app_id}.metainfo.xml"
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
        )
        expect(result.returncode == 0, f"appstreamcli validate:\n{result.stdout}{result.stderr}")


def hidden_paths() -> list[Path]:
    """What a frozen app must not need: the source tree, and the Pythons that built it."""
    paths = {REPO}
    interpreters = [sys.executable, str(REPO / "build/venv/bin/python")]
    for python in interpreters:
        if not Path(python).exists():
            continue
        code = (
            "import sys, sysconfig; "
            "print(sysconfig.get_paths()['stdlib']); print(sysconfig.get_paths()['platstdlib']);"
            "print(sys.base_prefix)"
        )
        out = subprocess.run([python, "-c", code], capture_output=True, text=True).stdout
        for line in out.splitlines():
            path = Path(line)
            # A base prefix like /usr cannot be hidden; its stdlib folder can.
            if path.is_dir() and path not in (Path("/usr"), Path("/usr/local"), Path("/")):
                paths.add(path)
    paths.add(Path(sysconfig.get_paths()["stdlib"]))
    # Only the outermost folders: mounting over a parent hides its children already.
    return sorted(p for p in paths if not any(o != p and o in p.parents for o in paths))


def verify_here(meta: project.Project, tarball: Path, probe: Path | None, report: Report) -> None:
    with (
        report.step("tar.gz on this machine, build hidden"),
        tempfile.TemporaryDirectory(prefix="calmkit-verify-") as tmp,
    ):
        scratch = Path(tmp)
        with tarfile.open(tarball) as archive:
            archive.extractall(scratch, filter="tar")
        probe_copy = None
        if probe:
            probe_copy = scratch / probe.name
            shutil.copytree(probe, probe_copy, symlinks=True)
        box = HostBox(scratch, hidden_paths())
        if box.isolated:
            hidden = ", ".join(str(p) for p in box.hidden)
            report.notes.append(f"hidden during the check: {hidden}")
        else:
            report.notes.append("could not hide the source tree (needs root and unshare)")
        unpacked = str(scratch / meta.tarball_stem)
        check_install_cycle(
            box,
            unpacked,
            meta,
            report,
            display=None,
            probe_dir=str(probe_copy) if probe_copy else None,
        )


def verify_onefile(meta: project.Project, binary: Path, report: Report) -> None:
    with (
        report.step("one-file binary on this machine, build hidden"),
        tempfile.TemporaryDirectory(prefix="calmkit-verify-") as tmp,
    ):
        copy = Path(tmp) / binary.name
        shutil.copy2(binary, copy)
        box = HostBox(Path(tmp), hidden_paths())
        version = box.run([str(copy), "--version"]).stdout.strip()
        expect(version == f"{meta.app_name} {meta.version}", f"--version said {version!r}")
        smoke = box.run([str(copy), "--smoke-test"], extra_env={"QT_QPA_PLATFORM": "offscreen"})
        expect(not clean_stderr(smoke.stderr), f"--smoke-test complained:\n{smoke.stderr}")


@contextmanager
def xvfb() -> Iterator[str | None]:
    """A throwaway X server; a chroot reaches it through Linux's abstract socket namespace."""
    if not shutil.which("Xvfb"):
        yield None
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.05)  # waiting for a server to come up, not for a test condition
        yield f":{number}" if socket.exists() else None
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def ensure_debootstrap_root(report: Report) -> Path:
    marker = DEBOOTSTRAP_CACHE / ".calmkit-complete"
    if marker.exists():
        report.notes.append(f"reused the cached minbase root {DEBOOTSTRAP_CACHE}")
        return DEBOOTSTRAP_CACHE
    expect(shutil.which("debootstrap"), "install debootstrap: apt-get install debootstrap")
    partial = DEBOOTSTRAP_CACHE.with_name(DEBOOTSTRAP_CACHE.name + ".partial")
    if partial.exists():
        remove_root(partial)
    partial.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["debootstrap", "--variant=minbase", DEBIAN_SUITE, str(partial), DEBIAN_MIRROR],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    (partial / ".calmkit-complete").touch()
    if DEBOOTSTRAP_CACHE.exists():
        remove_root(DEBOOTSTRAP_CACHE)
    partial.rename(DEBOOTSTRAP_CACHE)
    return DEBOOTSTRAP_CACHE


def mounts_under(root: Path) -> list[str]:
    prefix = str(root.resolve()) + "/"
    with Path("/proc/mounts").open(encoding="utf-8") as mounts:
        points = [line.split()[1] for line in mounts]
    return [p for p in points if p.startswith(prefix) or p == prefix.rstrip("/")]


def remove_root(root: Path) -> None:
    # Never delete through a mount point: a bind mount would take the host's files with it.
    busy = mounts_under(root)
    expect(not busy, f"refusing to delete {root}: still mounted: {busy}")
    shutil.rmtree(root)


@contextmanager
def fresh_root(scratch: Path, name: str, cached: Path) -> Iterator[ChrootBox]:
    root = scratch / name
    subprocess.run(["cp", "-a", str(cached), str(root)], check=True)
    shutil.copy2("/etc/resolv.conf", root / "etc/resolv.conf")
    # The mirror's Release files are checked against the clock; this build machine's clock
    # may be ahead of the snapshot it was made from.
    (root / "etc/apt/apt.conf.d/99calmkit-verify").write_text(
        'Acquire::Check-Valid-Until "false";\nAcquire::Check-Date "false";\n'
    )
    subprocess.run(["mount", "-t", "proc", "proc", str(root / "proc")], check=True)
    try:
        box = ChrootBox(root)
        box.run(["useradd", "--create-home", "--shell", "/bin/bash", USER], as_root=True)
        Path(box.host_path(box.home), ".runtime").mkdir(mode=0o700)
        box.run(["chown", "-R", f"{USER}:{USER}", box.home], as_root=True)
        python = box.run(["sh", "-c", "command -v python3 python || true"], as_root=True)
        expect(not python.stdout.strip(), f"the minimal root has Python: {python.stdout}")
        yield box
    finally:
        subprocess.run(["umount", str(root / "proc")], check=False)
        if mounts_under(root):
            subprocess.run(["umount", "--lazy", str(root / "proc")], check=False)
        remove_root(root)


def snapshot(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*"))


def apt_install(box: ChrootBox, packages: Sequence[str] | str) -> None:
    box.run(["apt-get", "-q", "update"], as_root=True)
    args = [packages] if isinstance(packages, str) else list(packages)
    box.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *args], as_root=True)


def verify_debootstrap(
    meta: project.Project, tarball: Path, deb: Path, probe: Path | None, report: Report
) -> None:
    expect(os.geteuid() == 0, "the debootstrap check needs root (debootstrap, chroot, mount)")
    with report.step("debootstrap minbase root (cached)"):
        cached = ensure_debootstrap_root(report)
    scratch_parent = DEBOOTSTRAP_CACHE.parent
    with tempfile.TemporaryDirectory(prefix="calmkit-verify-", dir=scratch_parent) as tmp:
        scratch = Path(tmp)
        with (
            report.step("tar.gz on minimal Debian: refuse, then install, run, uninstall"),
            fresh_root(scratch, "tar-root", cached) as box,
            xvfb() as display,
        ):
            home = box.host_path(box.home)
            shutil.copy2(tarball, home / tarball.name)
            if probe:
                shutil.copytree(probe, home / probe.name, symlinks=True)
            box.run(["chown", "-R", f"{USER}:{USER}", box.home], as_root=True)
            box.run(["tar", "-xzf", tarball.name], cwd=box.home)
            unpacked = f"{box.home}/{meta.tarball_stem}"

            before = snapshot(home)
            refused = box.run([f"{unpacked}/install.sh"], cwd=unpacked, ok=False)
            expect(snapshot(home) == before, "install.sh changed files although it refused")
            match = re.search(r"sudo apt-get install ([^\n]+)", refused.stderr)
            expect(match, f"install.sh did not name the apt command:\n{refused.stderr}")
            assert match is not None
            named = match.group(1).split()
            report.notes.append(f"minimal Debian needed: {' '.join(named)}")
            apt_install(box, named)
            box.run([f"{unpacked}/install.sh", "--check"], cwd=unpacked)
            check_install_cycle(
                box,
                unpacked,
                meta,
                report,
                display=display,
                probe_dir=f"{box.home}/{probe.name}" if probe else None,
            )
            if not display:
                report.notes.append("Xvfb not installed: skipped the check on a real X server")

        with (
            report.step(".deb on minimal Debian: apt install, run, remove"),
            fresh_root(scratch, "deb-root", cached) as box,
            xvfb() as display,
        ):
            shutil.copy2(deb, box.host_path(f"/tmp/{deb.name}"))
            apt_install(box, f"/tmp/{deb.name}")
            listed = box.run(["dpkg", "-L", meta.name], as_root=True).stdout.split()
            for wanted in (
                f"/usr/share/applications/{meta.app_id}.desktop",
                f"/usr/share/metainfo/{meta.app_id}.metainfo.xml",
                f"/usr/share/icons/hicolor/16x16/apps/{meta.app_id}.png",
                f"/usr/share/icons/hicolor/scalable/apps/{meta.app_id}.svg",
                f"/opt/{meta.name}/{meta.name}",
                f"/usr/bin/{meta.name}",
            ):
                expect(wanted in listed, f"the .deb does not install {wanted}")
            validate_desktop(box.host_path(f"/usr/share/applications/{meta.app_id}.desktop"))
            check_app(box, meta.name, meta, report, display=display)
            box.run(["apt-get", "remove", "-y", "-q", meta.name], as_root=True)
            expect(not box.host_path(f"/opt/{meta.name}").exists(), "apt remove left /opt")


def verify_all(
    meta: project.Project,
    *,
    frozen: Path | None,
    probe: Path | None,
    artifacts: Sequence[Path],
    debootstrap: bool,
    timings: dict[str, float] | None = None,
) -> Report:
    report = Report()
    if not sys.platform.startswith("linux"):
        raise SystemExit("verify.py checks the Linux artifacts; the CI workflow covers others")
    tarball = next(a for a in artifacts if a.name.endswith(".tar.gz"))
    deb = next(a for a in artifacts if a.suffix == ".deb")
    if probe is not None and not probe.is_dir():
        raise SystemExit(f"no probe at {probe}: run `python packaging/build.py --verify`")
    verify_metadata(meta, report)
    verify_here(meta, tarball, probe, report)
    onefile = next((a for a in artifacts if a.suffix == ".bin"), None)
    if onefile:
        verify_onefile(meta, onefile, report)
    if debootstrap:
        verify_debootstrap(meta, tarball, deb, probe, report)
    for note in report.notes:
        print(f"    note: {note}")
    print("Verified: " + ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items()))
    if timings is not None:
        timings.update({f"verify: {k}": v for k, v in report.timings.items()})
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--debootstrap", action="store_true", help="also on minimal Debian")
    args = parser.parse_args(argv)
    meta = project.load()
    artifacts = [DIST / f"{meta.tarball_stem}.tar.gz", DIST / meta.deb_name]
    missing = [a for a in artifacts if not a.exists()]
    if missing:
        raise SystemExit(f"missing {missing}: run `python packaging/build.py` first")
    onefile = DIST / f"{meta.tarball_stem}.bin"
    if onefile.exists():
        artifacts.append(onefile)
    probe = PROBE / f"{meta.name}-probe"
    try:
        verify_all(
            meta,
            frozen=None,
            probe=probe if probe.is_dir() else None,
            artifacts=artifacts,
            debootstrap=args.debootstrap,
        )
    except VerificationError as error:
        print(f"VERIFICATION FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    with suppress(KeyboardInterrupt):
        sys.exit(main())
