"""Fuzzing: hostile import files (JSON, CSV), exercise files (breathing, PMR, script TOML) and
stored settings, made by damaging good ones (tests/fuzzing.py says how and what is checked).

    PYTHONPATH=src python benchmarks/fuzz.py --cases 100000 [--seed 0]

Every case must end without a traceback (only CalmKit's own errors, with a printable plain
message), and an import that is refused, held back or only checked must leave the practice log
byte for byte as it was (compared by a checksum of its dump). Prints the cases by target and
outcome, the failures (each with how to reproduce it), and the time taken. Exits 1 on any
failure. The short version runs in the tests (tests/core/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fuzzing

from tests.fuzzing import TARGETS, as_text, run_cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="default: 100,000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20, help="failures to print in full")
    args = parser.parse_args()
    started = time.perf_counter()
    last = [started]

    def progress(case: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 30:
            last[0] = now
            print(f"  {case + 1:,} cases, {now - started:.0f} s", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="calmkit-fuzz-") as folder:
        counts, failures = run_cases(Path(folder), args.cases, args.seed, progress)
    elapsed = time.perf_counter() - started
    print(f"cases: {args.cases:,} (seed {args.seed})")
    for target in TARGETS:
        print(f"  {target}: {counts[target]:,}")
        for outcome, count in sorted(counts.items()):
            if outcome.startswith(f"{target}: "):
                print(f"    {outcome.split(': ', 1)[1]}: {count:,}")
    print(f"failures: {len(failures):,}")
    for failure in failures[: args.show]:
        print(f"  {failure.describe()}")
        print(f"    input: {as_text(failure.data)[:300]!r}")
    print(f"time: {elapsed:.1f} s ({elapsed / max(args.cases, 1) * 1000:.2f} ms a case)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
