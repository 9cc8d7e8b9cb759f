"""CalmKit's icon in every size and format the platforms ask for.

`python packaging/icons.py render` redraws the hicolor PNGs under resources/icons/ from the
SVGs (run it after editing an SVG and commit the PNGs). Sizes up to 32 px come from
packaging/icon/small.svg, a simplified drawing aligned to the 16 px grid: the full drawing's
faint outer ring only blurs there.

`python packaging/icons.py platform DIR` writes the Windows .ico and macOS .icns into DIR from
the committed PNGs. Both formats are containers of PNG images, so this needs neither Qt nor
Pillow and gives the same bytes on every build machine.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

import project

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32
SMALL_SVG = project.PACKAGING / "icon" / "small.svg"
HICOLOR = project.REPO / "resources" / "icons" / "hicolor"

# .ico: Windows picks the entry nearest the size it draws; PNG entries need Vista or later.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns: the PNG-capable types (macOS 10.7+); the @2x types reuse the double-size PNG.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
)


def svg_path(app_id: str) -> Path:
    return HICOLOR / "scalable" / "apps" / f"{app_id}.svg"


def png_path(app_id: str, size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{app_id}.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        byte_size = size if size < 256 else 0  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack(
            "<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32, len(data), offset + len(blobs)
        )
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_platform_icons(out_dir: Path, app_id: str) -> tuple[Path, Path]:
    """Write APP_ID.ico and APP_ID.icns into out_dir from the committed PNGs."""
    pngs = {size: png_path(app_id, size).read_bytes() for size in SIZES}
    out_dir.mkdir(parents=True, exist_ok=True)
    ico = out_dir / f"{app_id}.ico"
    icns = out_dir / f"{app_id}.icns"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes(pngs))
    return ico, icns


def render_pngs(app_id: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    written = []
    for size in SIZES:
        source = SMALL_SVG if size <= SMALL_UP_TO else svg_path(app_id)
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"cannot read {source}")
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, b"PNG")
        data: QByteArray = buffer.data()
        target = png_path(app_id, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.data())
        written.append(target)
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("render", help="redraw resources/icons/hicolor/*/apps/*.png")
    platform = commands.add_parser("platform", help="write the .ico and .icns into DIR")
    platform.add_argument("out_dir", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    app_id = project.load().app_id
    if args.command == "render":
        for path in render_pngs(app_id):
            print(path.relative_to(project.REPO))
    else:
        for path in write_platform_icons(args.out_dir, app_id):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
