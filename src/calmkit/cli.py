"""Command line: `calmkit` opens the app; subcommands answer without opening a window.

Qt is imported only on the paths that open a window, so `calmkit exercises` and friends stay
fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from calmkit import APP_NAME, __version__
from calmkit.core.exercises import Catalog, SessionLength, UnknownExerciseError, load_catalog
from calmkit.core.exercises.catalog import timeline_for
from calmkit.paths import Paths, resolve_paths
from calmkit.resources import exercise_dirs

EXIT_USAGE = 2


@dataclass(frozen=True)
class GuiOptions:
    paths: Paths
    catalog: Catalog
    start_exercise: str | None = None
    length: SessionLength | None = None
    smoke_test: bool = False


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < value <= 180:
        raise argparse.ArgumentTypeError("minutes must be more than 0 and at most 180")
    return value


def _cycles(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of cycles") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("cycles must be between 1 and 1000")
    return value


def build_parser() -> argparse.ArgumentParser:
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the practice log in DIR (default: $CALMKIT_DATA_DIR, else the user data folder)",
    )
    length = argparse.ArgumentParser(add_help=False)
    group = length.add_mutually_exclusive_group()
    group.add_argument(
        "--minutes", type=_minutes, metavar="N", help="about N minutes, rounded to whole breaths"
    )
    group.add_argument("--cycles", type=_cycles, metavar="N", help="exactly N breaths")

    parser = argparse.ArgumentParser(
        prog="calmkit",
        parents=[data_dir],
        description=f"{APP_NAME}: guided breathing and relaxation exercises, fully offline. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the app, exit 0 once the main window has been painted",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    start = commands.add_parser(
        "start",
        parents=[data_dir, length],
        help="open the app straight into an exercise and start it",
    )
    start.add_argument("exercise_id", metavar="ID")
    listing = commands.add_parser("exercises", parents=[data_dir], help="list the exercises")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    timeline = commands.add_parser(
        "timeline", parents=[data_dir, length], help="print the steps of an exercise session"
    )
    timeline.add_argument("exercise_id", metavar="ID")
    timeline.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(getattr(args, "data_dir", None))
    catalog = load_catalog(exercise_dirs())
    for problem in catalog.problems:
        print(f"calmkit: skipped an exercise file: {problem}", file=sys.stderr)

    length = _length(args)
    if args.command == "exercises":
        return _print_exercises(catalog, as_json=args.json)
    if args.command == "timeline":
        return _print_timeline(catalog, args.exercise_id, length, as_json=args.json)
    start_id = None
    if args.command == "start":
        try:
            start_id = catalog.get(args.exercise_id).id
        except UnknownExerciseError as error:
            print(f"calmkit: {error}", file=sys.stderr)
            return EXIT_USAGE

    from calmkit.app import run_gui  # imported here: Qt loads only when a window opens

    return run_gui(GuiOptions(paths, catalog, start_id, length, smoke_test=args.smoke_test))


def _length(args: argparse.Namespace) -> SessionLength | None:
    if getattr(args, "minutes", None) is not None:
        return SessionLength(minutes=args.minutes)
    if getattr(args, "cycles", None) is not None:
        return SessionLength(cycles=args.cycles)
    return None


def _print_exercises(catalog: Catalog, *, as_json: bool) -> int:
    if as_json:
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind,
                "summary": e.summary,
                "default_seconds": timeline_for(e).total,
            }
            for e in catalog
        ]
        print(json.dumps(rows, indent=2))
        return 0
    width = max((len(e.id) for e in catalog), default=2)
    for exercise in catalog:
        minutes = timeline_for(exercise).total / 60
        print(
            f"{exercise.id:<{width}}  {exercise.kind:<10}  {exercise.name} "
            f"(about {minutes:.0f} min)"
        )
    return 0


def _print_timeline(
    catalog: Catalog, exercise_id: str, length: SessionLength | None, *, as_json: bool
) -> int:
    try:
        exercise = catalog.get(exercise_id)
    except UnknownExerciseError as error:
        print(f"calmkit: {error}", file=sys.stderr)
        return EXIT_USAGE
    timeline = timeline_for(exercise, length)
    if as_json:
        print(json.dumps(timeline.to_json(), indent=2))
        return 0
    print(
        f"{exercise.name}: {len(timeline)} steps, {timeline.cycles} breaths, {timeline.total:g} s"
    )
    for row in timeline.to_json():
        print(f"{row['start']:9.2f} s  {row['duration']:6.2f} s  {row['kind']:<14} {row['label']}")
    return 0
