"""The log file: a large one is set aside at start-up, and only one previous log is kept."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmkit import app
from calmkit.paths import Paths, resolve_paths


@pytest.fixture
def paths(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    logger = logging.getLogger("calmkit")
    before = list(logger.handlers)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield resolve_paths(data_dir)
    for handler in logger.handlers:
        handler.close()
    logger.handlers = before


def start(paths: Paths) -> None:
    """What each GUI start does to the log, with this process's handlers taken down after."""
    logger = logging.getLogger("calmkit")
    logger.handlers = []
    app._configure_logging(paths)
    logging.getLogger("calmkit.test").info("started")
    for handler in logger.handlers:
        handler.close()
    logger.handlers = []


def test_a_large_log_is_set_aside_and_only_one_previous_log_is_kept(paths: Paths) -> None:
    paths.log_dir.mkdir(parents=True)
    paths.log_file.write_text("first run\n" + "x" * app.LOG_MAX_BYTES)
    start(paths)
    previous = paths.log_dir / "calmkit.log.1"
    assert previous.read_text().startswith("first run")
    assert paths.log_file.stat().st_size < 1000 and "started" in paths.log_file.read_text()

    start(paths)  # small: it goes on in the same file
    assert paths.log_file.read_text().count("started") == 2
    assert previous.read_text().startswith("first run")

    paths.log_file.write_text("second run\n" + "y" * app.LOG_MAX_BYTES)
    start(paths)
    assert sorted(p.name for p in paths.log_dir.iterdir()) == ["calmkit.log", "calmkit.log.1"]
    assert previous.read_text().startswith("second run"), "only the newest previous log stays"
    assert previous.stat().st_mode & 0o777 == 0o600
