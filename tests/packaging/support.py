"""Helpers for the packaging tests: load packaging/*.py, which are scripts, not a package.

They import each other by bare name (`import project`), as they do when run as scripts, so
their folder goes on sys.path; each is loaded under a calmkit_packaging_ name to avoid
clashing with installed distributions such as `packaging` or `build`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"

if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))


def load(name: str) -> ModuleType:
    """packaging/NAME.py as a module."""
    key = f"calmkit_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


PROJECT = load("project").load()
REQUIRED_FILES = {
    "etc/fonts/fonts.conf": "<fontconfig/>\n",
    "usr/share/fonts/truetype/test/Test.ttf": "not really a font\n",
    "usr/share/X11/xkb/rules/evdev": "! layout\n",
}
ALL_LIBS = "libEGL.so.1 libGL.so.1 libxcb.so.1"


def fake_unpacked_tarball(where: Path, version: str = "9.9.9") -> Path:
    """An unpacked release archive whose app is a shell script: install.sh cannot tell."""
    root = where / f"calmkit-{version}-linux-x86_64"
    bundle = root / "calmkit"
    (bundle / "_internal").mkdir(parents=True)
    app = bundle / "calmkit"
    app.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = --version ]; then echo "CalmKit {version}"; exit 0; fi\n'
        'echo "calmkit ran with: $*"\n'
    )
    app.chmod(0o755)
    for critical in load("syslibs").CRITICAL_FILES:
        path = bundle / "_internal" / critical
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    load("build").desktop_share_tree(PROJECT, root / "share")
    for script in ("install.sh", "uninstall.sh"):
        (root / script).write_bytes((LINUX / script).read_bytes())
        (root / script).chmod(0o755)
    return root


def fake_tools(where: Path) -> Path:
    """`ldconfig -p` and `ldd` stand-ins driven by FAKE_LIBS and FAKE_LDD_MISSING."""
    tools = where / "fake-bin"
    tools.mkdir()
    (tools / "ldconfig").write_text(
        "#!/bin/sh\n"
        'echo "libs found in cache"\n'
        "for lib in $FAKE_LIBS; do\n"
        '  printf "\\t%s (libc6,x86-64) => /lib/%s\\n" "$lib" "$lib"\n'
        "done\n"
    )
    (tools / "ldd").write_text(
        '#!/bin/sh\nfor lib in $FAKE_LDD_MISSING; do printf "\\t%s => not found\\n" "$lib"; done\n'
    )
    for tool in tools.iterdir():
        tool.chmod(0o755)
    return tools


def fake_sysroot(where: Path, skip: tuple[str, ...] = ()) -> Path:
    root = where / "sysroot"
    for relative, text in REQUIRED_FILES.items():
        if any(relative.startswith(s) for s in skip):
            continue
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    root.mkdir(exist_ok=True)
    return root
