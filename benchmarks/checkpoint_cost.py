"""What a checkpoint of the session in progress costs (target: no more than saving a session).

    PYTHONPATH=src python benchmarks/checkpoint_cost.py [--sessions N] [--rounds N]

A running session rewrites its checkpoint row every 5 s (Store.save_checkpoint: one small
upsert, committed with WAL + synchronous=FULL). The baseline, measured on the same file in the
same run and interleaved with it, is what the app already did once per session: saving the
finished session (Store.add_session, which also updates the running totals). Both are
committed the same way, so the ratio says what the checkpoint adds, on any disk. Also shown:
the recovery at start-up with nothing to recover, which every start now pays.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from calmkit.core.store import Store
from fixtures import make_sessions, make_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20_000, help="history size")
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "calmkit.db"
        make_store(path, n_sessions=args.sessions, years=3, seed=1)
        template = next(make_sessions(1, years=1, seed=99))
        checkpoint_ms: list[float] = []
        save_ms: list[float] = []
        with Store.open(path) as store:
            record = replace(template, completed=False)
            now = record.started_at
            for n in range(args.rounds):  # interleaved, so both meet the same disk
                progress = replace(record, actual_seconds=5.0 * (n + 1))
                now += timedelta(seconds=5)
                began = time.perf_counter()
                store.save_checkpoint(progress, now=now)
                checkpoint_ms.append((time.perf_counter() - began) * 1000)
                finished = replace(template, id=f"bench-{n}", started_at=now, ended_at=now)
                began = time.perf_counter()
                store.add_session(finished)
                save_ms.append((time.perf_counter() - began) * 1000)
            store.discard_checkpoint(record.id)
            recover = []
            for _ in range(50):
                began = time.perf_counter()
                store.recover_sessions(now=now)
                recover.append((time.perf_counter() - began) * 1000)
    checkpoint, save = statistics.median(checkpoint_ms), statistics.median(save_ms)
    worst = sorted(checkpoint_ms)[int(len(checkpoint_ms) * 0.99) - 1]
    print(f"history: {args.sessions:,} sessions; {args.rounds} rounds, medians")
    print(f"  save a finished session (baseline): {save:.3f} ms")
    print(f"  checkpoint a session in progress:   {checkpoint:.3f} ms (p99 {worst:.3f} ms)")
    print(f"  ratio checkpoint / save: {checkpoint / save:.2f}")
    print(f"  recovery at start, nothing to recover: {statistics.median(recover):.3f} ms")
    return 0 if checkpoint <= save * 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
