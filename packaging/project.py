"""Project facts the packaging needs, read from their one source of truth.

The distribution name comes from pyproject.toml; the version, display name and app id from
src/calmkit/__init__.py (hatch reads the version from there too). Nothing here imports
calmkit, so the spec and the build script work before the package is installed anywhere.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"


@dataclass(frozen=True)
class Project:
    name: str  # distribution and command name: "calmkit"
    version: str
    app_name: str  # shown to people: "CalmKit"
    app_id: str  # reverse-DNS id shared by the desktop file, metainfo, icon and macOS bundle
    description: str

    @property
    def tarball_stem(self) -> str:
        return f"{self.name}-{self.version}-linux-x86_64"

    @property
    def deb_name(self) -> str:
        return f"{self.name}_{self.version}_amd64.deb"


def _string_constants(init_py: Path) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in ast.parse(init_py.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.targets[0].id] = node.value.value
    return constants


def load(repo: Path = REPO) -> Project:
    meta = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    constants = _string_constants(repo / "src" / meta["name"] / "__init__.py")
    return Project(
        name=meta["name"],
        version=constants["__version__"],
        app_name=constants["APP_NAME"],
        app_id=constants["APP_ID"],
        description=meta["description"],
    )
