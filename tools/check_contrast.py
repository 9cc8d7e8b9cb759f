"""Measure text contrast in screenshots: the lowest WCAG contrast ratio of any text region.

    python tools/check_contrast.py SHOT.png [SHOT.png ...] [--min 4.5]

For each text region the background is the region's most common colour, and the text is the
colour (seen in at least MIN_PIXELS pixels, so stray anti-aliasing does not count) that
contrasts most with it: the darkest cluster on a light ground, the lightest on a dark one.
The regions come from SHOT.json beside the PNG (written by tools/theme_screenshots.py: one
rectangle per visible, enabled label, button, field, tab and chart axis). Without it the
picture is cut into tiles and every tile with enough ink counts, which also measures lines
and shapes that are not text: a rougher, lower number.

Prints the minimum per screenshot and the region it came from; exits 1 when one is below
--min (a screenshot named *-high-contrast* must reach 7 unless --min says otherwise).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

MIN_PIXELS = 4  # a text colour must cover at least this many pixels of its region
TILE = 48  # px, for screenshots without regions
MIN_INK = 12  # pixels unlike the background a tile needs to count as holding text


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class Region:
    what: str
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Measure:
    region: Region
    ratio: float
    text: tuple[int, int, int]
    background: tuple[int, int, int]


def pixels(image: QImage, region: Region) -> Counter[tuple[int, int, int]]:
    """How often each colour occurs in `region` (an RGB32 image: bytes B, G, R, A)."""
    counts: Counter[tuple[int, int, int]] = Counter()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    left, right = max(0, region.x), min(image.width(), region.x + region.width)
    for y in range(max(0, region.y), min(image.height(), region.y + region.height)):
        row = data[y * stride + 4 * left : y * stride + 4 * right]
        counts.update(zip(row[2::4], row[1::4], row[0::4], strict=True))
    return counts


def measure(image: QImage, region: Region) -> Measure | None:
    """The region's text contrast, or None when it holds one colour only (no text drawn)."""
    counts = pixels(image, region)
    if len(counts) < 2:
        return None
    background = counts.most_common(1)[0][0]
    candidates = [c for c, n in counts.items() if n >= MIN_PIXELS and c != background]
    if not candidates:
        return None
    text = max(candidates, key=lambda c: contrast(c, background))
    return Measure(region, contrast(text, background), text, background)


def regions_of(png: Path, image: QImage) -> tuple[list[Region], bool]:
    sidecar = png.with_suffix(".json")
    if sidecar.is_file():
        listed = json.loads(sidecar.read_text(encoding="utf-8"))
        return [Region(**entry) for entry in listed], True
    tiles = [
        Region(f"tile {x},{y}", x, y, TILE, TILE)
        for y in range(0, image.height(), TILE)
        for x in range(0, image.width(), TILE)
    ]
    return tiles, False


def check(png: Path) -> tuple[Measure | None, int, bool]:
    """The lowest-contrast region of `png`, how many regions held text, and whether the
    regions came from the sidecar."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        raise SystemExit(f"check_contrast: cannot read {png}")
    regions, exact = regions_of(png, image)
    measured = []
    for region in regions:
        found = measure(image, region)
        if found is None:
            continue
        if not exact:  # a tile: only those with a real amount of ink
            ink = sum(
                n for c, n in pixels(image, region).items() if contrast(c, found.background) > 1.5
            )
            if ink < MIN_INK:
                continue
        measured.append(found)
    lowest = min(measured, key=lambda m: m.ratio, default=None)
    return lowest, len(measured), exact


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shots", nargs="+", type=Path)
    parser.add_argument("--min", type=float, default=None, help="the floor (4.5; 7 for HC)")
    args = parser.parse_args(argv)
    failed = False
    for png in args.shots:
        floor = args.min or (7.0 if "high-contrast" in png.name else 4.5)
        lowest, count, exact = check(png)
        if lowest is None:
            print(f"{png.name}: no text found")
            continue
        verdict = "ok" if lowest.ratio >= floor else f"BELOW {floor}"
        failed |= lowest.ratio < floor
        source = "regions" if exact else "tiles (approximate)"
        print(
            f"{png.name}: min {lowest.ratio:.2f}:1 over {count} {source} [{verdict}] at "
            f"{lowest.region.what} ({_hex(lowest.text)} on {_hex(lowest.background)})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
