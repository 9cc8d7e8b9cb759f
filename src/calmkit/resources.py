"""The one way to find bundled files (exercises, sounds, icons).

Installed wheels and the PyInstaller bundle both carry them next to this module as
`calmkit/_resources` (the spec mirrors the package path); a source checkout keeps them in the
repository's top-level `resources/`.
"""

from __future__ import annotations

from pathlib import Path

PACKAGED_NAME = "_resources"


class ResourcesMissingError(RuntimeError):
    pass


def resource_root(package_dir: Path | None = None) -> Path:
    package_dir = package_dir or Path(__file__).resolve().parent
    candidates = (package_dir / PACKAGED_NAME, package_dir.parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "exercises").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise ResourcesMissingError(f"CalmKit's bundled files are missing (looked in {searched})")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def exercise_dirs() -> list[Path]:
    return [resource_path("exercises")]
