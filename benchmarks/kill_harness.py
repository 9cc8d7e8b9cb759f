"""Kill the real app with SIGKILL at random moments and check that the practice log keeps
its promises: no saved session lost, nothing twice, an intact file, and every session that
was killed mid-way saved from its checkpoint at the next start, or counted.

    PYTHONPATH=src python benchmarks/kill_harness.py --runs 200 [--seed N] [--keep DIR]

Each run starts `python -m calmkit` (offscreen) and kills it during one of:
- start-up (opening the log, recovery), at a random moment after launch;
- a session (`start equal --cycles 1-3`), at a random moment of its practice;
- the save at a session's end, within a few tenths of a second of it;
- an import of a JSON file of 50-400 new sessions (`calmkit import`);
- a migration of a practice log written by an earlier release (tests/fixtures/store).
Runs alternate in a fixed order; the seed picks the moments. What happened is read from the
app's own log ("the first step began", "saved"), compared after a last start with the rows
in the file. Exit status 1 if any promise was broken.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "store"
SCENARIOS = ("session", "save", "import", "migration", "start-up", "backup")
# --quick (the test suite's short run): no waiting for a session's end, and each session is
# killed past its first checkpoint, so every one of them must come back.
QUICK_SCENARIOS = ("session", "import", "migration", "start-up")
CYCLE_SECONDS = 8.0  # equal breathing: 4 s in, 4 s out
FIRST_CHECKPOINT = 1.0  # the shell's first checkpoint after the first step (FIRST_CHECKPOINT_MS)
CHECKPOINT_EVERY = 5.0  # and then every CHECKPOINT_INTERVAL_MS
# Log timestamps and our kill time come from the same wall clock, a few ms apart at worst.
SLACK = 0.35

_BEGAN = re.compile(r"^(\S+ \S+) INFO .*session (\S+) \((\S+)\): the first step began")
_SAVED = re.compile(r"session (\S+) saved \(")


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def _launch(data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "calmkit", "--data-dir", str(data_dir), *args]
    return subprocess.Popen(
        command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _kill(process: subprocess.Popen[bytes]) -> bool:
    """SIGKILL unless it has already ended; True if it was killed."""
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode == -signal.SIGKILL


def _wait(process: subprocess.Popen[bytes], until: float) -> None:
    """Until the wall time `until` or the process's end, whichever comes first."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=max(0.0, until - time.time()))


class LogReader:
    """Reads what the app wrote to its log since the last look."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0

    def new_lines(self) -> list[str]:
        if not self.path.exists():
            return []
        with self.path.open("rb") as f:
            size = f.seek(0, os.SEEK_END)
            if size < self._offset:  # rotated
                self._offset = 0
            f.seek(self._offset)
            data = f.read()
        complete = data.rfind(b"\n") + 1
        self._offset += complete
        return data[:complete].decode("utf-8", "replace").splitlines()


def _log_time(stamp: str) -> float:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()


@dataclass
class KilledSession:
    session_id: str
    began: float  # wall time of the first step, from the log
    killed: float  # wall time of the SIGKILL
    saved: bool  # the log says it was saved before the kill

    @property
    def practised(self) -> float:
        return self.killed - self.began


@dataclass
class Figures:
    runs: int = 0
    kills: int = 0
    by_scenario: Counter[str] = field(default_factory=Counter)
    not_begun: int = 0  # killed before a session's first step: nothing to keep
    ended_first: int = 0  # the process ended before its moment came (not a kill)
    sessions: list[KilledSession] = field(default_factory=list)
    imports_all: int = 0
    imports_none: int = 0
    backups_whole: int = 0  # backup files found after a kill, each one complete and valid
    migrations: Counter[int] = field(default_factory=Counter)
    integrity_ok: int = 0
    integrity_checks: int = 0
    failures: list[str] = field(default_factory=list)
    recovered: int = 0
    saved_before_kill: int = 0
    before_first_checkpoint: int = 0
    practice_lost: list[float] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"  FAILED: {message}", flush=True)


def _integrity(path: Path, figures: Figures, what: str) -> None:
    figures.integrity_checks += 1
    try:
        with contextlib.closing(sqlite3.connect(path)) as db:
            result = db.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as error:
        figures.fail(f"{what}: the file cannot be checked ({error})")
        return
    if result == [("ok",)]:
        figures.integrity_ok += 1
    else:
        figures.fail(f"{what}: integrity_check says {result[:3]}")


def _ids(path: Path, ids: list[str]) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = db.execute(f"SELECT id FROM sessions WHERE id IN ({marks})", chunk)
            found.update(r[0] for r in rows)
    return found


def _import_file(folder: Path, rng: random.Random, run: int) -> tuple[Path, list[str]]:
    """A JSON export of 50-400 sessions no one has seen, at distinct moments."""
    from calmkit.core.exchange import write_sessions
    from calmkit.core.records import SessionRecord

    zone = timezone(timedelta(hours=rng.choice((-5, 0, 1, 2, 5.5))))
    first = datetime(2020, 1, 1, 8, 0, tzinfo=zone) + timedelta(days=run * 500)
    records = []
    for n in range(rng.randint(50, 400)):
        start = first + timedelta(hours=n, seconds=rng.randint(0, 3000))
        records.append(
            SessionRecord(
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "box",
                "breathing",
                start,
                start + timedelta(seconds=240),
                240.0,
                240.0,
                True,
                distress_before=rng.randint(0, 10),
                note=rng.choice(("", "after work", "before sleep — calmer")),
            )
        )
    path = folder / f"import-{run}.json"
    with path.open("w", encoding="utf-8") as stream:
        write_sessions(records, stream, "json")
    return path, [r.id for r in records]


class Harness:
    def __init__(
        self, workdir: Path, seed: int, *, quick: bool = False, only: str | None = None
    ) -> None:
        self.rng = random.Random(seed)
        self.quick = quick
        self.scenarios = (only,) if only else QUICK_SCENARIOS if quick else SCENARIOS
        self.workdir = workdir
        self.data = workdir / "data"
        self.data.mkdir(parents=True, exist_ok=True)
        self.log = LogReader(self.data / "logs" / "calmkit.log")
        self.figures = Figures()
        self.imported: list[str] = []
        self._prepare()

    def _prepare(self) -> None:
        """No countdown (the session begins at once) and no first-run welcome."""
        from calmkit.core.preferences import PlayerPreferences, save_player_preferences
        from calmkit.core.store import Store

        with Store.open(self.data / "calmkit.db") as store:
            save_player_preferences(store, PlayerPreferences(countdown=False))
            store.set_setting("welcome_seen", True)

    # --- scenarios -------------------------------------------------------------------------

    def run(self, index: int) -> None:
        scenario = self.scenarios[index % len(self.scenarios)]
        self.figures.runs += 1
        self.figures.by_scenario[scenario] += 1
        getattr(self, "_" + scenario.replace("-", "_"))(index)

    def _session(self, index: int, *, at_save: bool = False) -> None:
        cycles = 1 if self.quick else self.rng.randint(1, 3)
        length = cycles * CYCLE_SECONDS
        process = _launch(self.data, "start", "equal", "--cycles", str(cycles))
        began = self._wait_for_first_step(process, deadline=time.time() + 30)
        if began is None:
            self.figures.fail(f"run {index}: the session did not begin")
            _kill(process)
            return
        session_id, began_at = began
        if self.quick:
            moment = began_at + self.rng.uniform(FIRST_CHECKPOINT + SLACK + 0.2, 3.0)
        elif at_save:
            moment = began_at + length + self.rng.uniform(-0.15, 0.4)
        else:
            moment = began_at + self.rng.uniform(0.0, length + 0.5)
        _wait(process, moment)
        killed_at = time.time()
        if not _kill(process):
            self.figures.ended_first += 1
            self.figures.fail(f"run {index}: the app ended by itself (code {process.returncode})")
        self.figures.kills += 1
        saved = any(
            (m := _SAVED.search(line)) and m.group(1) == session_id for line in self.log.new_lines()
        )
        self.figures.sessions.append(KilledSession(session_id, began_at, killed_at, saved))
        _integrity(self.data / "calmkit.db", self.figures, f"run {index}")

    def _save(self, index: int) -> None:
        self._session(index, at_save=True)

    def _wait_for_first_step(
        self, process: subprocess.Popen[bytes], deadline: float
    ) -> tuple[str, float] | None:
        while time.time() < deadline and process.poll() is None:
            for line in self.log.new_lines():
                match = _BEGAN.match(line)
                if match:
                    return match.group(2), _log_time(match.group(1))
            _wait(process, time.time() + 0.01)
        return None

    def _start_up(self, index: int) -> None:
        """Killed while opening (the recovery of earlier kills included)."""
        process = _launch(self.data, "start", "equal", "--cycles", "1")
        _wait(process, time.time() + self.rng.uniform(0.05, 1.0 if self.quick else 2.0))
        if _kill(process):
            self.figures.kills += 1
        else:
            self.figures.ended_first += 1
        began = [m for line in self.log.new_lines() if (m := _BEGAN.match(line))]
        if began:  # it got as far as a session: judge it like the others
            m = began[-1]
            self.figures.sessions.append(
                KilledSession(m.group(2), _log_time(m.group(1)), time.time(), False)
            )
        else:
            self.figures.not_begun += 1
        _integrity(self.data / "calmkit.db", self.figures, f"run {index}")

    def _import(self, index: int) -> None:
        path, ids = _import_file(self.workdir, self.rng, index)
        process = _launch(self.data, "import", str(path))
        latest = 0.35 if self.quick else 0.6  # an import takes ~0.5 s
        _wait(process, time.time() + self.rng.uniform(0.05, latest))
        killed = _kill(process)
        self.figures.kills += killed
        if not killed:
            self.figures.ended_first += 1
        self.log.new_lines()
        database = self.data / "calmkit.db"
        _integrity(database, self.figures, f"run {index}")
        present = _ids(database, ids)
        if not killed and process.returncode != 0:
            self.figures.fail(f"run {index}: the import failed (code {process.returncode})")
        if present and len(present) != len(ids):
            self.figures.fail(f"run {index}: import half done, {len(present)} of {len(ids)}")
        elif not killed and len(present) != len(ids):
            self.figures.fail(f"run {index}: an import that ended well lost sessions")
        elif present:
            self.figures.imports_all += 1
            self.imported.extend(ids)
        else:
            self.figures.imports_none += 1
        path.unlink()

    def _backup(self, index: int) -> None:
        """`calmkit backup create`, or every third run a restore of the newest backup (which
        first backs up the current state); killed part-way."""
        from calmkit.core.store.backups import list_backups

        database = self.data / "calmkit.db"
        before = _all_ids(database)
        kept = list_backups(database, count_sessions=False)
        restore = bool(kept) and index % 3 == 2
        args = ("backup", "restore", kept[0].id) if restore else ("backup", "create")
        process = _launch(self.data, *args)
        # A backup of a small log takes ~0.2 s after Python's start: aim inside that.
        _wait(process, time.time() + self.rng.uniform(0.02, 0.3))
        killed = _kill(process)
        self.figures.kills += killed
        if not killed:
            self.figures.ended_first += 1
            if process.returncode != 0:
                self.figures.fail(f"run {index}: {' '.join(args)} failed ({process.returncode})")
        self.log.new_lines()
        _integrity(database, self.figures, f"run {index}")
        after = _all_ids(database)
        if not restore and sorted(after) != sorted(before):
            self.figures.fail(f"run {index}: a backup changed the practice log")
        # Every file with a backup's final name must be a whole, valid database.
        for backup in (self.data / "backups").glob("*.db"):
            failures = len(self.figures.failures)
            _integrity(backup, self.figures, f"run {index}: backup {backup.name}")
            if len(self.figures.failures) == failures:
                self.figures.backups_whole += 1

    def _migration(self, index: int) -> None:
        from calmkit.core.store import SCHEMA_VERSION, Store

        version = 1 + (index // len(self.scenarios)) % 4
        folder = self.workdir / f"migration-{index}"
        folder.mkdir()
        shutil.copyfile(FIXTURES / f"calmkit-v{version}.sqlite", folder / "calmkit.db")
        expected = set(_all_ids(folder / "calmkit.db"))
        process = _launch(folder, "stats")
        latest = 0.25 if self.quick else 0.4  # opening takes ~0.3 s
        _wait(process, time.time() + self.rng.uniform(0.02, latest))
        killed = _kill(process)
        self.figures.kills += killed
        if not killed:
            self.figures.ended_first += 1
        self.figures.migrations[version] += 1
        _integrity(folder / "calmkit.db", self.figures, f"run {index} (from v{version})")
        try:  # the next start
            with Store.open(folder / "calmkit.db") as store:
                kept = {s.id for s in store.sessions()}
                if store.schema_version != SCHEMA_VERSION:
                    self.figures.fail(f"run {index}: still at version {store.schema_version}")
        except Exception as error:  # any failure to open is the finding
            self.figures.fail(f"run {index}: after a kill in migration from v{version}: {error}")
            return
        if kept != expected:
            self.figures.fail(f"run {index}: migration from v{version} lost sessions")
        shutil.rmtree(folder)

    # --- the verdict -----------------------------------------------------------------------

    def finish(self) -> Figures:
        """One last start (as the person would) recovers what the kills left, then judge."""
        subprocess.run(
            [sys.executable, "-m", "calmkit", "--data-dir", str(self.data), "history"],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        database = self.data / "calmkit.db"
        _integrity(database, self.figures, "the end")
        figures = self.figures
        with contextlib.closing(sqlite3.connect(database)) as db:
            rows = {
                r[0]: (bool(r[1]), float(r[2]))
                for r in db.execute("SELECT id, recovered, actual_seconds FROM sessions")
            }
            twice = db.execute(
                "SELECT COUNT(*) FROM (SELECT 1 FROM sessions GROUP BY exercise_id, started_at "
                "HAVING COUNT(*) > 1)"
            ).fetchone()[0]
            left = db.execute("SELECT COUNT(*) FROM session_checkpoints").fetchone()[0]
        if twice:
            figures.fail(f"{twice} sessions are in the log twice")
        if left:
            figures.fail(f"{left} checkpoints were left behind after the last start")
        missing_imports = len(set(self.imported) - rows.keys())
        if missing_imports:
            figures.fail(f"{missing_imports} imported sessions are gone")
        for killed in figures.sessions:
            row = rows.get(killed.session_id)
            if killed.saved and (row is None or row[0]):
                figures.fail(f"session {killed.session_id} was saved, then lost")
            elif row is not None and not row[0]:
                figures.saved_before_kill += 1
            elif row is not None:
                figures.recovered += 1
                figures.practice_lost.append(max(0.0, killed.practised - row[1]))
            elif killed.practised < FIRST_CHECKPOINT + SLACK:
                figures.before_first_checkpoint += 1
            else:
                figures.fail(
                    f"session {killed.session_id}, killed after {killed.practised:.1f} s of "
                    "practice, was not recovered"
                )
        for lost in figures.practice_lost:
            if lost > CHECKPOINT_EVERY + SLACK:
                figures.fail(f"a recovered session lost {lost:.1f} s of practice")
        return figures


def _all_ids(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return [r[0] for r in db.execute("SELECT id FROM sessions")]


def report(figures: Figures, seconds: float) -> str:
    lost = figures.practice_lost
    loss = f"median {statistics.median(lost):.1f} s, most {max(lost):.1f} s" if lost else "none"
    scenarios = ", ".join(f"{name} {count}" for name, count in figures.by_scenario.items())
    migrations = ", ".join(f"v{v}: {n}" for v, n in sorted(figures.migrations.items()))
    lines = [
        f"kill harness: {figures.runs} runs, {figures.kills} SIGKILLs in {seconds:.0f} s "
        f"({scenarios})",
        f"  sessions killed: {len(figures.sessions)}: {figures.recovered} recovered, "
        f"{figures.saved_before_kill} saved before the kill, {figures.before_first_checkpoint} "
        f"killed in the second before the first checkpoint (nothing kept, <{FIRST_CHECKPOINT:g} s)",
        f"  practice lost by a recovered session (since its last checkpoint): {loss}",
        f"  killed before a session began: {figures.not_begun}; ended before the kill: "
        f"{figures.ended_first}",
        f"  imports killed: all sessions in {figures.imports_all}, none in "
        f"{figures.imports_none}, part in 0",
        f"  backup files found after backup/restore kills: {figures.backups_whole}, every one "
        "whole and valid (a half-written one never has a final name)",
        f"  migrations killed ({migrations}): every file opened afterwards at this version "
        "with all its sessions"
        if not figures.failures
        else f"  migrations ({migrations})",
        f"  integrity_check ok: {figures.integrity_ok} of {figures.integrity_checks}",
        f"  RESULT: {'pass' if not figures.failures else f'{len(figures.failures)} FAILED'}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="how many runs (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument(
        "--quick", action="store_true", help="the short run of the test suite (see the top)"
    )
    parser.add_argument("--only", choices=SCENARIOS, help="run this one scenario every time")
    args = parser.parse_args(argv)
    began = time.monotonic()
    with contextlib.ExitStack() as stack:
        if args.keep:
            workdir = args.keep
            workdir.mkdir(parents=True, exist_ok=True)
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="calmkit-kill-")))
        harness = Harness(workdir, args.seed, quick=args.quick, only=args.only)
        for index in range(args.runs):
            harness.run(index)
            if (index + 1) % 25 == 0:
                print(f"  {index + 1} runs", flush=True)
        figures = harness.finish()
    print(report(figures, time.monotonic() - began))
    if args.json:
        print(
            json.dumps(
                {
                    "runs": figures.runs,
                    "kills": figures.kills,
                    "ended_first": figures.ended_first,
                    "recovered": figures.recovered,
                    "saved_before_kill": figures.saved_before_kill,
                    "before_first_checkpoint": figures.before_first_checkpoint,
                    "imports_all": figures.imports_all,
                    "imports_none": figures.imports_none,
                    "backups_whole": figures.backups_whole,
                    "integrity_ok": figures.integrity_ok,
                    "integrity_checks": figures.integrity_checks,
                    "failures": figures.failures,
                }
            )
        )
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
