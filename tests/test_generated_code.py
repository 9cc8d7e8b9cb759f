"""Dataclass methods compiled once and kept: the classes behave as dataclasses makes them."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from calmkit import generated_code


@dataclasses.dataclass(frozen=True)
class _Sample:
    name: str
    count: int = 1
    tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)


def test_a_dataclass_made_through_the_cache_works_as_usual() -> None:
    sample = _Sample("box", 2)
    assert sample == _Sample("box", 2) != _Sample("box")
    assert repr(sample) == "_Sample(name='box', count=2, tags=())"
    assert hash(sample) == hash(_Sample("box", 2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.count = 3  # type: ignore[misc]
    assert dataclasses.replace(sample, count=5).count == 5


def test_the_code_is_kept_for_the_next_start_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    monkeypatch.setitem(generated_code._state, "added", False)

    @dataclasses.dataclass
    class Fresh:  # a source text not compiled before in this process
        only_in_this_test_7f3a: float

    assert generated_code._state["added"]
    file = tmp_path / "kept.pyc"
    generated_code.save(file)
    kept = generated_code.read(file)
    assert kept.keys() >= generated_code._compiled.keys()
    assert Fresh(1.5).only_in_this_test_7f3a == 1.5


def test_a_cache_of_another_python_or_a_damaged_one_is_not_read(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.pyc"
    foreign.write_bytes(b"\x00\x00\r\n" + b"calmkit-generated-1\n" + b"junk")
    damaged = tmp_path / "damaged.pyc"
    damaged.write_bytes(importlib.util.MAGIC_NUMBER + b"calmkit-generated-1\n" + b"\xff\x00")
    assert generated_code.read(foreign) == {}
    assert generated_code.read(damaged) == {}
    assert generated_code.read(tmp_path / "none yet.pyc") == {}


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    monkeypatch.setitem(generated_code._state, "added", True)
    generated_code.save(tmp_path / "kept.pyc")
    assert not (tmp_path / "kept.pyc").exists()
