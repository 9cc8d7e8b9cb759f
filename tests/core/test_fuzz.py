"""The short fuzz run: damaged import files, exercise files and stored settings never end in
a traceback, and a refused import leaves the practice log exactly as it was. The long run,
100,000 cases and more, is benchmarks/fuzz.py; both use tests/fuzzing.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calmkit.core.exchange import FIELDS, ExchangeError, ImportFileError, parse_sessions
from tests.fuzzing import SETTING_KEYS, FuzzBench, fresh_folder, run_cases

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(codec=None), max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzBench]:
    opened = FuzzBench(tmp_path_factory.mktemp("fuzz"), seed=13)
    yield opened
    opened.close()


def test_a_short_run_of_damaged_files_and_values_finds_nothing(tmp_path: Path) -> None:
    counts, failures = run_cases(fresh_folder(tmp_path, "run"), 150, seed=20260101)
    assert [f.describe() for f in failures] == []
    # The run reached every target, and imports both refused and wrote.
    assert all(counts[target] for target in ("import", "exercise", "settings"))
    assert counts["import: file refused"] and counts["import: held back (rows rejected)"]


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_with_a_reason(data: bytes) -> None:
    try:
        parse_sessions(data)
    except ImportFileError as error:
        assert str(error).strip()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(FIELDS), value=json_values)
def test_any_json_value_in_a_session_is_taken_or_rejected_and_never_half_written(
    bench: FuzzBench, field: str, value: Any
) -> None:
    document = json.loads(bench.exports[3])  # sessions this log does not have
    document["sessions"][0][field] = value
    data = json.dumps(document).encode("utf-8", "surrogatepass")
    assert bench.check_import(data) is None


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(column=st.integers(0, len(FIELDS) - 1), cell=st.text(max_size=40))
def test_any_text_in_a_csv_cell_is_taken_or_rejected(
    bench: FuzzBench, column: int, cell: str
) -> None:
    lines = bench.exports[4].decode("utf-8").split("\r\n")
    cells = lines[1].split(",")
    cells[column] = '"' + cell.replace('"', '""') + '"'
    lines[1] = ",".join(cells)
    assert bench.check_import("\r\n".join(lines).encode("utf-8", "surrogatepass")) is None


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(key=st.sampled_from(SETTING_KEYS), value=json_values | st.text(max_size=20))
def test_any_stored_setting_falls_back_to_its_default(
    bench: FuzzBench, key: str, value: Any
) -> None:
    raw = value if isinstance(value, str) else json.dumps(value)
    case = json.dumps({"key": key, "value": raw}, ensure_ascii=True)
    assert bench.check_settings(case.encode()) is None


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.sampled_from(["inhale", "hold", "exhale", "rest", "default_minutes", "order"]),
    literal=st.integers().map(str)
    | st.floats(allow_nan=False, allow_infinity=False).map(repr)
    | st.sampled_from(["inf", "-inf", "nan", "[]", "{}", "true"])
    | st.text(max_size=10).map(json.dumps),
)
def test_any_value_in_a_breathing_file_loads_or_is_skipped_with_a_reason(
    bench: FuzzBench, name: str, literal: str
) -> None:
    text = (Path(__file__).parents[2] / "resources/exercises/box.toml").read_text("utf-8")
    lines = [line for line in text.split("\n") if not line.startswith(f"{name} =")]
    table = "[length]" if name == "default_minutes" else "[pattern]"
    if name == "order":
        lines.insert(1, f"{name} = {literal}")
    elif table in lines:
        lines.insert(lines.index(table) + 1, f"{name} = {literal}")
    else:
        lines += [table, f"{name} = {literal}"]
    data = "\n".join(lines).replace('id = "box"', 'id = "mine"')
    assert bench.check_exercise(data.encode("utf-8", "surrogatepass")) is None


def test_the_checks_notice_a_crash_and_a_changed_log(
    bench: FuzzBench, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The harness itself can fail: a stray exception and a write despite a refusal."""
    import tests.fuzzing as fuzzing

    def crash(data: bytes) -> None:
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(fuzzing, "parse_sessions", crash)
    failure = bench.run("import", 1)
    assert failure is not None and "UnicodeEncodeError" in failure.problem

    def write_then_refuse(data: bytes) -> None:
        bench.store.set_setting("sneaky", 1)
        raise ExchangeError("refused")

    monkeypatch.setattr(fuzzing, "parse_sessions", write_then_refuse)
    assert bench.check_import(b"x") == "the log changed after a refusal"
