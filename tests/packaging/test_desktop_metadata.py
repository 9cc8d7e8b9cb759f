"""The launcher, the software-centre metadata and the icon: what a desktop shows of CalmKit."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calmkit import APP_ID, APP_NAME, __version__
from tests.packaging.support import LINUX, PROJECT, REPO, load

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources/icons/hicolor"


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_packaging_reads_name_version_and_id_from_the_package() -> None:
    assert (PROJECT.name, PROJECT.version) == ("calmkit", __version__)
    assert (PROJECT.app_name, PROJECT.app_id) == (APP_NAME, APP_ID)
    assert PROJECT.tarball_stem == f"calmkit-{__version__}-linux-x86_64"
    assert PROJECT.deb_name == f"calmkit_{__version__}_amd64.deb"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout, result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_launcher_names_the_app_and_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "calmkit"
    assert entry["Terminal"] == "false"
    # Qt sets WM_CLASS to the application name; docks match windows to launchers by it.
    assert entry["StartupWMClass"] == APP_NAME


def test_metainfo_uses_the_app_id_and_describes_the_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == APP_NAME
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert root.find("content_rating") is not None
    assert root.findall("screenshots/screenshot")


def test_metainfo_says_it_works_offline_and_is_not_medical() -> None:
    description = " ".join(
        "".join(node.itertext()) for node in ET.parse(METAINFO).getroot().iter("description")
    )
    text = " ".join(description.split())
    assert "works fully offline" in text
    assert "no account" in text
    assert "never connects to the network" in text
    assert "not a medical device" in text


def png_pixels(path: Path) -> tuple[int, list[list[tuple[int, int, int, int]]]]:
    """Decode an 8-bit RGBA, non-interlaced PNG (what icons.py writes) without Qt."""
    import zlib

    data = path.read_bytes()
    width, height = load("icons").png_size(data)
    bit_depth, colour_type, _c, _f, interlace = struct.unpack(">BBBBB", data[24:29])
    assert (bit_depth, colour_type, interlace) == (8, 6, 0)
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride, rows, previous = width * 4, [], bytearray(width * 4)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up, up_left = previous[x], previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[x] = (line[x] + best) & 0xFF
        rows.append([tuple(line[i : i + 4]) for i in range(0, stride, 4)])
        previous = line
    return width, rows  # type: ignore[return-value]


def luminance(pixel: tuple[int, int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b, _a = pixel
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("size", load("icons").SIZES)
def test_icon_exists_at_every_hicolor_size(size: int) -> None:
    png = ICONS / f"{size}x{size}/apps/{APP_ID}.png"
    assert load("icons").png_size(png.read_bytes()) == (size, size)


def test_scalable_icon_is_an_svg() -> None:
    svg = ET.parse(ICONS / f"scalable/apps/{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"


def test_icon_reads_at_16_px() -> None:
    """The ring stands out from its tile: WCAG's 3:1 contrast for graphics, in the middle row."""
    width, rows = png_pixels(ICONS / f"16x16/apps/{APP_ID}.png")
    middle = [p for p in rows[width // 2 - 1] if p[3] == 255]
    brightest = max(luminance(p) for p in middle)
    darkest = min(luminance(p) for p in middle)
    assert (brightest + 0.05) / (darkest + 0.05) >= 3.0
    # Transparent corners keep the tile's rounded shape at the smallest size.
    assert rows[0][0][3] < 128


def test_windows_and_macos_icons_hold_every_size(tmp_path: Path) -> None:
    icons = load("icons")
    ico, icns = icons.write_platform_icons(tmp_path, APP_ID)

    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == size % 256
        assert icons.png_size(data[offset : offset + length]) == (size, size)

    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind_code, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        kinds.append(kind_code)
        pos += length
    assert kinds == [kind_code for kind_code, _size in icons.ICNS_TYPES]
