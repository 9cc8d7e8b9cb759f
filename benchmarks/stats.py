"""Statistics with a long history: 100,000 sessions over 10 years (target: <= 10 ms).

    .venv/bin/python benchmarks/stats.py [--sessions N] [--runs N]

Times compute_stats() (streaks, totals, per-exercise, goals), the median of --runs calls on a
warm connection, plus one cold call right after opening the store. The baseline, measured on
the same file in the same run, is `SELECT SUM(actual_seconds) FROM sessions`: the cheapest
query that reads every session once. Any way of computing statistics that visits each session
pays at least that, so the ratio says how much the running totals (schema version 2) save;
it stays meaningful on slower or faster machines, where the absolute times move together.
Also shown, for the History view: the day totals of the last year and of the whole history,
and the fallback used for a day-start hour the running totals were not kept for.
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

from calmkit.core.settings import PracticeSettings
from calmkit.core.stats import compute_stats
from calmkit.core.store import Store
from fixtures import make_store, median_ms

TARGET_MS = 10.0
TODAY = date(2025, 12, 31)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    settings = PracticeSettings()

    with tempfile.TemporaryDirectory(prefix="calmkit-bench-") as tmp:
        database = Path(tmp) / "calmkit.db"
        start = time.perf_counter()
        make_store(database, args.sessions, args.years, seed=1, end=TODAY)
        print(
            f"generated {args.sessions:,} sessions over {args.years} years in "
            f"{time.perf_counter() - start:.1f} s"
        )

        with Store.open(database) as store:
            start = time.perf_counter()
            result = compute_stats(store, TODAY, settings)
            cold = (time.perf_counter() - start) * 1000

            with contextlib.closing(sqlite3.connect(database)) as db:
                baseline = median_ms(
                    lambda: db.execute("SELECT SUM(actual_seconds) FROM sessions").fetchone(),
                    args.runs,
                )
            warm = median_ms(lambda: compute_stats(store, TODAY, settings), args.runs)
            year = median_ms(lambda: store.day_totals(4, date(2025, 1, 1), TODAY), args.runs)
            everything = median_ms(lambda: store.day_totals(4), args.runs)
            fallback = median_ms(lambda: store.day_totals(5), max(3, args.runs // 10))

        with Store.open(Path(tmp) / "empty.db") as empty:
            empty_ms = median_ms(lambda: compute_stats(empty, TODAY, settings), args.runs)

    print(
        f"stats: {result.total_sessions:,} sessions, {result.practice_days:,} practice days, "
        f"streak {result.current_streak} (longest {result.longest_streak})"
    )
    print(f"baseline: one scan of every session      {baseline:8.2f} ms")
    print(
        f"compute_stats, warm (median of {args.runs})     {warm:8.2f} ms  "
        f"ratio {warm / baseline:.2f}x baseline"
    )
    print(f"compute_stats, first call after open     {cold:8.2f} ms")
    print(f"compute_stats, empty store               {empty_ms:8.2f} ms")
    print(f"day totals, last year (charts)           {year:8.2f} ms")
    print(f"day totals, whole history                {everything:8.2f} ms")
    print(f"day totals, other day-start hour (live)  {fallback:8.2f} ms")
    ok = warm <= TARGET_MS
    print(f"target: stats <= {TARGET_MS:g} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
