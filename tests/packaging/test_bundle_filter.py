"""What the spec leaves out of the bundle, and what it must never leave out."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
import pytest

from tests.packaging.support import PROJECT, load

bundle_filter = load("bundle_filter")
QT = Path(str(PySide6.__file__)).parent / "Qt"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux filter")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_fr.qm",  # a language CalmKit does not speak
        "PySide6/Qt/translations/qtmultimedia_de.qm",  # no text of QtMultimedia is shown
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    ],
)
def test_unused_qt_parts_are_left_out(dest: str) -> None:
    assert bundle_filter.excluded(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/QtNetwork.abi3.so",
        "calmkit/_resources/exercises/box.toml",
        "calmkit/_resources/translations/calmkit_de.qm",
        "PySide6/Qt/translations/qtbase_de.qm",  # German standard buttons and file dialogs
    ],
)
def test_what_calmkit_uses_stays(dest: str) -> None:
    assert not bundle_filter.excluded(dest)


def test_required_modules_are_never_excluded() -> None:
    excluded = set(bundle_filter.EXCLUDED_MODULES)
    for needed in ("pydoc", "PySide6.QtNetwork", "PySide6.QtMultimedia", "PySide6.QtOpenGL"):
        assert needed not in excluded
        assert not any(needed.startswith(f"{e}.") for e in excluded)
    assert {"pyqtgraph", "pydoc", "PySide6.QtOpenGLWidgets"} <= set(bundle_filter.HIDDEN_IMPORTS)


def entry(relative: str) -> tuple[str, str, str]:
    return (f"PySide6/Qt/{relative}", str(QT / relative), "BINARY")


@linux_only
def test_elf_needed_reads_what_a_library_links_to() -> None:
    needed = bundle_filter.elf_needed(QT / "plugins/platforms/libqxcb.so")
    assert "libQt6XcbQpa.so.6" in needed
    assert bundle_filter.elf_needed(Path(__file__)) == []


@linux_only
def test_libraries_only_an_excluded_plugin_needed_are_pruned() -> None:
    ffmpeg = entry("plugins/multimedia/libffmpegmediaplugin.so")
    quick, gui = entry("lib/libQt6Quick.so.6"), entry("lib/libQt6Gui.so.6")
    offscreen = entry("plugins/platforms/libqoffscreen.so")

    kept, pruned = bundle_filter.prune_orphans([quick, gui, offscreen], [ffmpeg])

    assert quick[0] in pruned
    assert gui in kept and offscreen in kept


@linux_only
def test_excluding_a_library_a_kept_plugin_needs_fails_the_build() -> None:
    gui = entry("lib/libQt6Gui.so.6")
    offscreen = entry("plugins/platforms/libqoffscreen.so")

    with pytest.raises(bundle_filter.ExclusionError, match="libQt6Gui"):
        bundle_filter.prune_orphans([offscreen], [gui])


def test_deb_metadata() -> None:
    build = load("build")
    assert build.deb_version("1.2.0") == "1.2.0"
    assert build.deb_version("1.2.0rc1") == "1.2.0~rc1"
    assert build.deb_version("1.2.0.dev3") == "1.2.0~dev3"
    control = build.deb_control(PROJECT, 190_000, "2.34")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == "calmkit"
    assert fields["Architecture"] == "amd64"
    depends = fields["Depends"].split(", ")
    assert depends[0] == "libc6 (>= 2.34)"
    assert {"libgl1", "libegl1", "libxcb1", "fontconfig-config", "xkb-data"} <= set(depends)
    assert control.endswith("\n") and "\n \n" not in control
