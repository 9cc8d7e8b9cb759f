"""Size of the packaged Linux app, and its start-up against the bare-Qt floor in the same run.

Reads the artifacts `python packaging/build.py` wrote to dist/ (the tar.gz is unpacked to a
temporary folder, so this measures what people download). Start-up: the frozen
`calmkit --smoke-test` (offscreen, exits once the main window has painted) against the least
any PySide6 app does from source (import QtWidgets, show a QMainWindow, quit), interleaved so
both see the same machine load; the figure is the ratio of the medians.
Targets (issue 3): unpacked <= 200 MB, tar.gz <= 80 MB, start-up ratio <= 1.5.

    python benchmarks/bundle.py [--runs 15] [--dist DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from startup import BARE_QT, compare  # the same floor and interleaved timing as startup.py

from calmkit import __version__

REPO = Path(__file__).resolve().parent.parent
MB = 1_000_000
TARGET_UNPACKED_MB = 200
TARGET_TARBALL_MB = 80
TARGET_RATIO = 1.5

# Bundle paths (relative to _internal) grouped into what a reader would call one component.
GROUPS = [
    ("ICU data and libraries (Qt's Unicode support)", ("PySide6/Qt/lib/libicu",)),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("PySide6/Shiboken bindings", ("PySide6/", "shiboken6/")),
    ("NumPy's OpenBLAS and Fortran runtime", ("numpy.libs/",)),
    ("NumPy", ("numpy/",)),
    ("Python (libpython, extension modules, stdlib)", ("libpython", "python3", "base_library")),
    ("pyqtgraph", ("pyqtgraph/",)),
    ("CalmKit's own files", ("calmkit/",)),
    ("the launcher, with all compiled Python modules (PYZ)", ("../",)),
]


def group_of(relative: str) -> str:
    for name, prefixes in GROUPS:
        if relative.startswith(prefixes):
            return name
    return "system libraries copied from the build machine" if ".so" in relative else "other"


def sizes(bundle: Path) -> tuple[int, dict[str, int], list[tuple[int, str]]]:
    internal = bundle / "_internal"
    total, files = 0, []
    groups: defaultdict[str, int] = defaultdict(int)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        inside = internal in path.parents
        relative = str(path.relative_to(internal)) if inside else f"../{path.name}"
        groups[group_of(relative)] += size
        files.append((size, relative))
    return total, dict(groups), sorted(files, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    args = parser.parse_args()
    ver = __version__
    tarball = args.dist / f"calmkit-{ver}-linux-x86_64.tar.gz"
    deb = args.dist / f"calmkit_{ver}_amd64.deb"
    if not tarball.exists():
        raise SystemExit(f"no {tarball}: run `python packaging/build.py` first")

    with tempfile.TemporaryDirectory(prefix="calmkit-bench-") as scratch:
        with tarfile.open(tarball) as archive:
            archive.extractall(scratch, filter="tar")
        bundle = Path(scratch) / tarball.name.removesuffix(".tar.gz") / "calmkit"
        total, groups, files = sizes(bundle)
        floor = Path(scratch) / "bare_qt.py"
        floor.write_text(BARE_QT)
        home = Path(scratch) / "home"
        runtime = Path(scratch) / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        samples = compare(
            {
                "bare Qt (source)": [sys.executable, str(floor)],
                "calmkit --smoke-test (frozen)": [str(bundle / "calmkit"), "--smoke-test"],
            },
            args.runs,
            env,
        )
        medians = {name: statistics.median(values) for name, values in samples.items()}

    tar_size = tarball.stat().st_size
    deb_size = deb.stat().st_size if deb.exists() else 0
    print(f"Bundle of CalmKit {ver} (unpacked from {tarball.name})")
    print(f"  unpacked: {total / MB:7.1f} MB  (target <= {TARGET_UNPACKED_MB})")
    print(f"  tar.gz:   {tar_size / MB:7.1f} MB  (target <= {TARGET_TARBALL_MB})")
    if deb_size:
        print(f"  .deb:     {deb_size / MB:7.1f} MB")
    print("Largest contributors:")
    for name, size in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"  {size / MB:6.1f} MB  {100 * size / total:4.1f} %  {name}")
    print("Largest files:")
    for size, relative in files[:8]:
        print(f"  {size / MB:6.1f} MB  {relative}")
    floor_s = medians["bare Qt (source)"]
    frozen_s = medians["calmkit --smoke-test (frozen)"]
    ratio = frozen_s / floor_s
    print(f"Start-up, median of {args.runs} interleaved runs, offscreen:")
    print(f"  bare Qt from source:          {floor_s * 1000:6.0f} ms")
    print(f"  frozen calmkit --smoke-test:  {frozen_s * 1000:6.0f} ms")
    print(f"  ratio: {ratio:.2f}x  (target <= {TARGET_RATIO})")

    results = REPO / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    record = {
        "version": ver,
        "unpacked_bytes": total,
        "tarball_bytes": tar_size,
        "deb_bytes": deb_size,
        "groups": groups,
        "bare_qt_ms": floor_s * 1000,
        "frozen_smoke_ms": frozen_s * 1000,
        "ratio": ratio,
    }
    out = results / f"bundle-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(record, indent=2))
    met = (
        total <= TARGET_UNPACKED_MB * MB
        and tar_size <= TARGET_TARBALL_MB * MB
        and ratio <= TARGET_RATIO
    )
    print("All targets met." if met else "A target was missed.")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
