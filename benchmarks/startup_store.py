"""Start-up with a long history: `calmkit --smoke-test` on 100,000 sessions over 10 years
against the same command on an empty practice log, in the same run (target: ratio <= 1.1).

    .venv/bin/python benchmarks/startup_store.py [--runs 15] [--sessions N]

Runs are interleaved (empty, long, empty, long, ...) by startup.py's runner so both see the
same machine load; the figure is the ratio of the medians. Start-up must not read the
sessions: the library opens first, and the History view reads its totals when it opens.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from startup import compare

from fixtures import make_store

TARGET_RATIO = 1.1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="calmkit-bench-") as scratch:
        empty, full = Path(scratch) / "empty", Path(scratch) / "full"
        start = time.perf_counter()
        make_store(full / "calmkit.db", args.sessions, args.years, seed=1, end=date(2026, 1, 1))
        print(
            f"generated {args.sessions:,} sessions over {args.years} years in "
            f"{time.perf_counter() - start:.1f} s "
            f"({(full / 'calmkit.db').stat().st_size / 1e6:.0f} MB)"
        )

        def smoke_test(data_dir: Path) -> list[str]:
            return [sys.executable, "-m", "calmkit", "--data-dir", str(data_dir), "--smoke-test"]

        names = {"empty practice log": empty, f"{args.sessions:,} sessions": full}
        samples = compare(
            {name: smoke_test(folder) for name, folder in names.items()}, args.runs, env
        )
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, values in samples.items():
        print(
            f"{name:20s} median {medians[name] * 1000:7.1f} ms  "
            f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f}, n={len(values)})"
        )
    baseline, long_history = (medians[name] for name in names)
    ratio = long_history / baseline
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"ratio {ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
