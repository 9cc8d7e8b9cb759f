"""What goes into the frozen bundle beyond PyInstaller's own analysis, and what is left out.

PyInstaller's Qt hooks collect every plugin of every Qt module they see, plus the libraries
those plugins link to. CalmKit draws widgets on X11 (or offscreen for tests) and plays short
WAV cues, so most of that is dead weight. Each exclusion below was checked by building the
bundle and running its smoke test and the probe (packaging/probe_entry.py), which exercises
pyqtgraph, QtMultimedia, QtSvg and numpy frozen.

On Linux, after the explicit exclusions, `prune_orphans` drops every shared library that only
the excluded files needed (for example QtQuick, which only the FFmpeg media plugin and the
virtual keyboard link to). Windows and macOS builds get the platform-neutral exclusions only:
they cannot be verified here.
"""

from __future__ import annotations

import re
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

# Imported at run time by name, which PyInstaller cannot see: the charts load pyqtgraph only
# when the history view opens, and pyqtgraph then imports these Qt modules and pydoc itself.
HIDDEN_IMPORTS = [
    "pyqtgraph",
    "pyqtgraph.graphicsItems.PlotItem",
    "pyqtgraph.graphicsItems.ViewBox",
    "PySide6.QtMultimedia",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTextToSpeech",  # spoken cues: the speech-dispatcher engine plugin comes with it
    "pydoc",
    # Narration clips are decoded at session open, importing soundfile lazily.
    "soundfile",
]


def kind_modules(src: Path) -> list[str]:
    """Every module of the kinds' packages: the registry and the shell import them by name
    (importlib), which PyInstaller's analysis cannot follow."""
    names = []
    for package in ("calmkit/ui/players", "calmkit/core/exercises"):
        for path in sorted((src / package).rglob("*.py")):
            parts = path.relative_to(src).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


EXCLUDED_MODULES = [
    # CalmKit never goes online: without TLS the bundle drops OpenSSL (~5 MB). The standard
    # library's users of these (urllib, http.client, hashlib, hmac) fall back cleanly.
    "ssl",
    "_ssl",
    "_hashlib",
    # Other Qt bindings pyqtgraph would try, and test/GUI toolkits we never load.
    "PyQt5",
    "PyQt6",
    "PySide2",
    "tkinter",
    "_tkinter",
    "IPython",
    "matplotlib",
    "scipy",
    "pyqtgraph.examples",
    "pyqtgraph.opengl",  # 3-D plots: needs PyOpenGL, which we do not ship
    "pyqtgraph.jupyter",
    # Qt modules CalmKit does not use (none of them is imported by our code or pyqtgraph).
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQml",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtSpatialAudio",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtAxContainer",
]

_PLUGINS = r"(^|/)(PySide6/Qt/)?plugins/"

# The languages CalmKit is translated into: of Qt's own translations only their qtbase
# catalogs are kept (standard buttons and dialogs); the rest are left out.
SHIPPED_LANGUAGES = sorted(
    path.stem.removeprefix("calmkit_")
    for path in (Path(__file__).resolve().parents[1] / "resources" / "translations").glob("*.qm")
)
_QT_TRANSLATIONS = r"(^|/)PySide6/(Qt/)?translations/"  # Qt/ on Linux and macOS, else top level
_KEPT_QT_TRANSLATIONS = "|".join(re.escape(f"qtbase_{code}.qm") for code in SHIPPED_LANGUAGES)

# Everywhere: Qt plugins for hardware, input and network features the app does not touch, and
# Qt's translations for languages CalmKit does not speak.
_EVERYWHERE = [
    _PLUGINS + r"(egldeviceintegrations|generic|networkinformation|tls|qmltooling|sqldrivers)/",
    _PLUGINS + r"(wayland-[^/]+|virtualkeyboard|designer|webview|position|sensors|canbus)/",
    _PLUGINS + r"(geoservices|geometryloaders|sceneparsers|renderers|renderplugins)/",
    _PLUGINS + r"(assetimporters|scxmldatamodel|printsupport)/",
    _PLUGINS + r"platforminputcontexts/[^/]*virtualkeyboard",
    _PLUGINS + r"imageformats/[^/]*q(pdf|tiff|webp|wbmp|tga)\b",
    _QT_TRANSLATIONS + (f"(?!({_KEPT_QT_TRANSLATIONS})$)" if SHIPPED_LANGUAGES else ""),
    r"(^|/)PySide6/(Qt/)?(lib/)?[^/]*Qt6?(Pdf|VirtualKeyboard|WebEngine|Quick3D|Charts|Designer)",
]

# Linux only: checked here with the smoke test, the probe and a debootstrap root.
_LINUX = [
    # Platforms: keep xcb (X11 and XWayland) and offscreen (tests, CI); drop framebuffer, EGL
    # full-screen, VNC, Wayland-native and Vulkan display variants.
    _PLUGINS + r"platforms/libq(eglfs|linuxfb|minimal|minimalegl|vnc|vkkhrdisplay|wayland)[^/]*$",
    # The GTK theme plugin would load the system's GTK 3 next to the bundled GLib; the desktop
    # portal theme stays.
    _PLUGINS + r"platformthemes/libqgtk3",
    # The FFmpeg media backend serves QMediaPlayer and capture; QSoundEffect plays WAV through
    # PulseAudio from libQt6Multimedia itself. This plugin alone pulls QtQuick/QML and FFmpeg
    # (~40 MB).
    _PLUGINS + r"multimedia/libffmpegmediaplugin",
    r"(^|/)PySide6/Qt/lib/libQt6FFmpegStub",
    r"(^|/)PySide6/Qt/lib/libQt6(WaylandClient|WlShellIntegration|EglFs)",
]


def _patterns() -> list[re.Pattern[str]]:
    chosen = _EVERYWHERE + (_LINUX if sys.platform.startswith("linux") else [])
    return [re.compile(p) for p in chosen]


def excluded(dest: str, patterns: list[re.Pattern[str]] | None = None) -> bool:
    """Whether a bundle path (posix, relative to the bundle's _internal) is left out."""
    dest = dest.replace("\\", "/")
    return any(p.search(dest) for p in (patterns or _patterns()))


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED entries (sonames a library links to) of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6 or not entsize:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value : end].decode())
    return needed


class ExclusionError(RuntimeError):
    """An exclusion would leave a kept library without one it links to."""


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, type code)


def prune_orphans(kept: list[Entry], removed: Iterable[Entry]) -> tuple[list[Entry], list[str]]:
    """Drop libraries that only removed entries linked to.

    A library stays when a kept file links to it (directly or through other kept libraries),
    or when nothing in the original set linked to it at all: that is how libpython and
    libraries Qt opens by name at run time look, and those must stay. A soname reaches every
    entry of that file name (PyInstaller adds top-level symlinks next to the real files).
    """
    everything = list(kept) + list(removed)
    by_name: dict[str, list[str]] = {}
    for dest, _source, _kind in everything:
        by_name.setdefault(Path(dest).name, []).append(dest)

    def needs(entry: Entry) -> list[str]:
        _dest, source, kind = entry
        if kind == "SYMLINK":  # source is the bundle path the link points to
            return [source]
        if not Path(source).is_file():
            return []
        return [d for name in elf_needed(Path(source)) for d in by_name.get(name, [])]

    graph = {entry[0]: needs(entry) for entry in everything}
    linked_to = {dest for deps in graph.values() for dest in deps}
    kept_dests = [entry[0] for entry in kept]
    reachable: set[str] = set()
    stack = [dest for dest in kept_dests if dest not in linked_to]
    while stack:
        dest = stack.pop()
        if dest in reachable:
            continue
        reachable.add(dest)
        stack.extend(graph.get(dest, []))
    broken = sorted(reachable - set(kept_dests))
    if broken:
        raise ExclusionError(f"kept files link to excluded ones: {', '.join(broken)}")
    pruned = sorted(dest for dest in kept_dests if dest not in reachable)
    return [entry for entry in kept if entry[0] in reachable], pruned


def keep(
    binaries: list[Entry], datas: list[Entry], report: list[str] | None = None
) -> tuple[list[Entry], list[Entry]]:
    """Both TOCs without the excluded entries (and, on Linux, the libraries only they needed).

    Binaries and data are filtered together: PyInstaller lists the top-level symlinks to Qt's
    libraries among the data.
    """
    patterns = _patterns()
    toc = binaries + datas
    kept = [e for e in toc if not excluded(e[0], patterns)]
    removed = [e for e in toc if excluded(e[0], patterns)]
    if report is not None:
        report.extend(e[0] for e in removed)
    if sys.platform.startswith("linux"):
        linkable = ("BINARY", "EXTENSION", "SYMLINK")
        others = [e for e in kept if e[2] not in linkable]
        survivors, pruned = prune_orphans(
            [e for e in kept if e[2] in linkable], [e for e in removed if e[2] in linkable]
        )
        if report is not None:
            report.extend(f"{dest} (only excluded files linked to it)" for dest in pruned)
        kept = survivors + others
    kept_set = set(kept)
    return [e for e in binaries if e in kept_set], [e for e in datas if e in kept_set]
