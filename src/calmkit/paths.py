"""Where CalmKit keeps data: platformdirs, unless --data-dir or CALMKIT_DATA_DIR says otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "CALMKIT_DATA_DIR"
APP_DIR_NAME = "calmkit"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    # Things kept only to start faster, nothing of the person's (see catalog_cache).
    cache_dir: Path | None = None

    @property
    def catalog_cache(self) -> Path | None:
        """The bundled exercise files as parsed at the last start."""
        return None if self.cache_dir is None else self.cache_dir / "exercises.marshal"

    @property
    def database(self) -> Path:
        return self.data_dir / "calmkit.db"

    @property
    def scripts_dir(self) -> Path:
        """Where a person's own script files go (each appears under My scripts)."""
        return self.data_dir / "scripts"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "calmkit.log"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The flag wins over the environment, which wins over the platform default.

    Nothing is created here; directories appear when something is first written.
    """
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or None
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return Paths(data_dir=root, log_dir=root / "logs", cache_dir=root / "cache")
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
    )
