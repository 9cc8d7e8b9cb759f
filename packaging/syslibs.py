"""System libraries around the bundle: what the build machine must have, what a user's needs.

PyInstaller copies most shared libraries into the bundle, but leaves out the ones that must
match the user's system (libc, libxcb, and the OpenGL/EGL driver front-ends), and cannot copy
what the build machine lacks. NEEDED_AT_RUN_TIME and NEEDED_FILES are what a minimal Debian 12
root (debootstrap --variant=minbase, no Python) still had to install before the bundle's smoke
test passed offscreen and on an X server, without warnings; `python packaging/build.py
--debootstrap` re-proves it. install.sh carries the same lists (a test keeps them equal), and
the .deb depends on these packages.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

# soname -> Debian/Ubuntu package, for messages that name what to install.
PACKAGE_OF = {
    "libpulse.so.0": "libpulse0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libspeechd.so.2": "libspeechd2",
}

# soname -> package. Without these the app does not start: PyInstaller leaves libxcb and the
# GL/EGL dispatch libraries to the system because they must match its X server and drivers.
NEEDED_AT_RUN_TIME = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxcb.so.1": "libxcb1",
}

# path -> package. Data the bundled libraries read from the system: without fontconfig's
# configuration and a font, text draws as boxes; without the XKB data, typing fails on X11.
# A path ending in "/" must be a folder holding at least one file (a font, for fonts).
NEEDED_FILES = {
    "/etc/fonts/fonts.conf": "fontconfig-config",
    "/usr/share/fonts/": "fonts-dejavu-core",
    "/usr/share/X11/xkb/": "xkb-data",
}

# Libraries the build machine must have so that PyInstaller can copy them into the bundle:
# PySide6's X11 platform plugin, QtMultimedia (PulseAudio) and the speech plugin link to them.
NEEDED_TO_BUILD = [
    "libpulse0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-randr0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libegl1",
    "libgl1",
    "libspeechd2",
]

# Bundle files whose libraries must all resolve for the app to start, play cues and speak.
CRITICAL_FILES = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/QtWidgets.abi3.so",
    "PySide6/QtOpenGLWidgets.abi3.so",
]


def packages() -> list[str]:
    return sorted({*NEEDED_AT_RUN_TIME.values(), *NEEDED_FILES.values()})


def deb_depends() -> list[str]:
    """The .deb's dependencies; a font comes with fontconfig-config, which depends on one."""
    return sorted({*NEEDED_AT_RUN_TIME.values(), *NEEDED_FILES.values()} - {"fonts-dejavu-core"})


def apt_line() -> str:
    return " ".join(packages())


def unresolved(binary: Path, library_path: Sequence[Path] = ()) -> list[str]:
    """Sonames `ldd` cannot find for a binary."""
    env = {"LD_LIBRARY_PATH": ":".join(str(p) for p in library_path), "LANG": "C"}
    result = subprocess.run(
        ["ldd", str(binary)], capture_output=True, text=True, env=env, check=False
    )
    return re.findall(r"^\s*(\S+) => not found", result.stdout, flags=re.MULTILINE)


def missing_for_build(python: Path) -> list[str]:
    """Debian packages to install on the build machine before PyInstaller can bundle Qt."""
    script = "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"
    pyside = Path(subprocess.check_output([str(python), "-c", script], text=True).strip())
    qt = pyside / "Qt"
    probes = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "xcbglintegrations" / "libqxcb-egl-integration.so",
        qt / "plugins" / "xcbglintegrations" / "libqxcb-glx-integration.so",
        qt / "lib" / "libQt6Multimedia.so.6",
        *sorted((qt / "plugins" / "texttospeech").glob("*speechd*")),
    ]
    missing = {name for probe in probes if probe.exists() for name in unresolved(probe)}
    return sorted({PACKAGE_OF.get(name, name) for name in missing})
