"""The bundled files kept parsed between starts: the same catalog, and a changed file is read
again (an update), whatever state the kept copy is in."""

from __future__ import annotations

import os
from pathlib import Path

from calmkit.core.exercises import load_catalog
from tests.core.exercises.test_catalog import VALID, write


def test_a_second_start_reads_the_same_catalog_from_the_kept_copy(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    write(bundled, "slow.toml", VALID)
    cache = tmp_path / "cache" / "exercises.marshal"
    first = load_catalog([bundled], cache=cache)
    assert cache.exists()
    again = load_catalog([bundled], cache=cache)
    assert [e.name for e in again] == [e.name for e in first] == ["Slow"]
    assert again.get("slow").content == first.get("slow").content


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    path = write(bundled, "slow.toml", VALID)
    cache = tmp_path / "exercises.marshal"
    load_catalog([bundled], cache=cache)
    stat = path.stat()
    write(bundled, "slow.toml", VALID.replace('name = "Slow"', 'name = "Slower"'))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert [e.name for e in load_catalog([bundled], cache=cache)] == ["Slower"]


def test_a_damaged_or_unwritable_cache_only_means_parsing_again(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    write(bundled, "slow.toml", VALID)
    damaged = tmp_path / "exercises.marshal"
    damaged.write_bytes(b"\x00not a cache")
    assert [e.id for e in load_catalog([bundled], cache=damaged)] == ["slow"]
    blocked = tmp_path / "a-file" / "exercises.marshal"
    (tmp_path / "a-file").write_text("not a folder")
    assert [e.id for e in load_catalog([bundled], cache=blocked)] == ["slow"]


def test_the_persons_own_files_are_never_kept(tmp_path: Path) -> None:
    own = tmp_path / "scripts"
    own.mkdir()
    write(own, "mine.toml", VALID.replace('"slow"', '"mine"'))
    cache = tmp_path / "exercises.marshal"
    catalog = load_catalog([], own_folders=[own], cache=cache)
    assert [e.id for e in catalog] == ["mine"]
    assert not cache.exists()
