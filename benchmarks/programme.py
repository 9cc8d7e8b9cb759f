"""Where a person is in a programme, read from a long history (target: <= 5 ms at 10,000).

    .venv/bin/python benchmarks/programme.py [--sessions N] [--runs N]

Times position_from_store() for a three-stage programme whose first two stages are among the
generated sessions' exercises (a third of all sessions), the median of --runs calls on a warm
connection, plus one cold call right after opening the store. The baseline, measured on the
same file in the same run, is `SELECT SUM(actual_seconds) FROM sessions`: one scan of every
session, the least any reading of the history costs; the ratio shows what the query adds.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from calmkit.core.exercises.model import Exercise, Stage
from calmkit.core.programme import position_from_store
from calmkit.core.store import Store
from fixtures import make_store, median_ms

TARGET_MS = 5.0
TODAY = date(2025, 12, 31)
STAGES = [
    Exercise(
        id=exercise_id,
        kind="pmr",
        name=name,
        summary="",
        description="",
        default_length=None,
        stage=Stage("pmr", "Progressive muscle relaxation", number),
    )
    for number, (exercise_id, name) in enumerate(
        [("pmr-full", "Sixteen"), ("pmr-short", "Seven"), ("pmr-recall", "Recall")], start=1
    )
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="calmkit-bench-") as tmp:
        database = Path(tmp) / "calmkit.db"
        make_store(database, args.sessions, args.years, seed=1, end=TODAY)
        with Store.open(database) as store:
            start = time.perf_counter()
            position = position_from_store(store, STAGES, TODAY, 4)
            cold = (time.perf_counter() - start) * 1000
            with contextlib.closing(sqlite3.connect(database)) as db:
                baseline = median_ms(
                    lambda: db.execute("SELECT SUM(actual_seconds) FROM sessions").fetchone(),
                    args.runs,
                )
            warm = median_ms(lambda: position_from_store(store, STAGES, TODAY, 4), args.runs)

    counts = ", ".join(f"{s.exercise.id} {s.sessions:,}" for s in position.stages)
    print(f"programme: {args.sessions:,} sessions in all; practice per stage: {counts}")
    print(f"baseline: one scan of every session          {baseline:8.2f} ms")
    print(
        f"position_from_store, warm (median of {args.runs})   {warm:8.2f} ms  "
        f"ratio {warm / baseline:.2f}x baseline"
    )
    print(f"position_from_store, first call after open   {cold:8.2f} ms")
    ok = warm <= TARGET_MS
    print(f"target: position <= {TARGET_MS:g} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
