"""Command line: `calmkit` opens the app; subcommands answer without opening a window.

Qt is imported only on the paths that open a window, so `calmkit exercises` and friends stay
fast and work on machines without a display.
"""

from __future__ import annotations

import dataclasses
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO, cast

from calmkit import APP_NAME, __version__, translations
from calmkit.core.exercises import (
    Catalog,
    Exercise,
    PlanError,
    SessionLength,
    SessionPlan,
    UnknownExerciseError,
    kind_of,
    load_catalog,
    timeline_for,
)
from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.wording import decimal_number, describe_total, short_number
from calmkit.launch import GuiOptions
from calmkit.paths import Paths, resolve_paths
from calmkit.resources import exercise_dirs

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from calmkit.core.crisis import CrisisLine
    from calmkit.core.exchange import ExportFormat
    from calmkit.core.settings import PracticeSettings
    from calmkit.core.store import Store, StoreError

EXIT_USAGE = 2


def _warn(message: str) -> None:
    """A message on stderr, after the program's name (as command-line tools say them)."""
    print(f"calmkit: {message}", file=sys.stderr)


def _minutes(text: str) -> float:
    import argparse  # here: the window's own arguments are read without it

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a number of minutes").format(text=repr(text))
        ) from None
    if not 0 < value <= 180:
        raise argparse.ArgumentTypeError(
            translate("Cli", "minutes must be more than 0 and at most 180")
        )
    return value


def _cycles(text: str) -> int:
    import argparse  # here: the window's own arguments are read without it

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a whole number of cycles").format(text=repr(text))
        ) from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(translate("Cli", "cycles must be between 1 and 1000"))
    return value


def _pace(text: str) -> float:
    import argparse  # here: the window's own arguments are read without it

    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a number of breaths a minute").format(text=repr(text))
        ) from None


def _seconds(text: str) -> float:
    import argparse  # here: the window's own arguments are read without it

    problem = translate("Cli", "{text} is not a number of seconds").format(text=repr(text))
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(problem)
    return value


def _chosen_exercise(catalog: Catalog, args: argparse.Namespace) -> Exercise | None:
    """The exercise asked for, if it exists and can be practised as asked (its kind takes the
    options given); otherwise None, after saying why on stderr."""
    try:
        exercise = catalog.get(args.exercise_id)
        timeline_for(exercise, _plan(args))
    except (UnknownExerciseError, PlanError) as error:
        print(f"calmkit: {error}", file=sys.stderr)
        return None
    return exercise


def _plan(args: argparse.Namespace) -> SessionPlan:
    """The session asked for: a length, and the options given (a kind refuses ones it does
    not have, with its reason)."""
    options = {
        name: getattr(args, name)
        for name in (
            "variant",
            "pace",
            "length",
            "twice",
            "left_handed",
            "skip",
            "tense",
            "release",
        )
        if getattr(args, name, None) is not None
    }
    return SessionPlan(_length(args), options)


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here: the window's own arguments are read without it

    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "keep the practice log in DIR (default: $CALMKIT_DATA_DIR, else the user data folder)",
        ),
    )
    length = argparse.ArgumentParser(add_help=False)
    group = length.add_mutually_exclusive_group()
    group.add_argument(
        "--minutes",
        type=_minutes,
        metavar="N",
        help=translate("Cli", "about N minutes, rounded to whole breaths"),
    )
    group.add_argument(
        "--cycles",
        type=_cycles,
        metavar="N",
        help=translate("Cli", "exactly N cycles (breaths, rounds)"),
    )
    length.add_argument(
        "--variant", metavar="V", help=translate("Cli", "a variant of the exercise, e.g. long")
    )
    length.add_argument(
        "--pace",
        type=_pace,
        metavar="N",
        help=translate("Cli", "breathing: breaths a minute (the pattern is scaled)"),
    )
    length.add_argument(
        "--length",
        choices=("short", "long"),
        help=translate(
            "Cli", "guided imagery: the short (about 5 min) or long (about 12 min) version"
        ),
    )
    pmr = length.add_argument_group(translate("Cli", "muscle relaxation (pmr-*)"))
    pmr.add_argument(
        "--twice", action="store_true", default=None, help=translate("Cli", "each group twice")
    )
    pmr.add_argument(
        "--left-handed",
        action="store_true",
        default=None,
        help=translate("Cli", "the left side goes first"),
    )
    pmr.add_argument(
        "--skip",
        action="append",
        metavar="AREA",
        help=translate(
            "Cli", "leave AREA out and let it rest, e.g. right-hand, neck, left-leg (repeatable)"
        ),
    )
    pmr.add_argument(
        "--tense", type=_seconds, metavar="S", help=translate("Cli", "seconds of tensing (5-7)")
    )
    pmr.add_argument(
        "--release",
        type=_seconds,
        metavar="S",
        help=translate("Cli", "seconds of letting go (30-40)"),
    )

    machine_readable = translate("Cli", "machine-readable output")
    parser = argparse.ArgumentParser(
        prog="calmkit",
        parents=[data_dir],
        description=translate(
            "Cli",
            "{app}: guided breathing and relaxation exercises, fully offline. With no "
            "command, opens the app.",
        ).format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate("Cli", "start the app, exit 0 once the main window has been painted"),
    )
    parser.add_argument(
        "--hidden",
        action="store_true",
        help=translate(
            "Cli",
            "start in the system tray without opening the window (as when CalmKit starts "
            "at log-in); where there is no tray, the window opens as usual",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    start = commands.add_parser(
        "start",
        parents=[data_dir, length],
        help=translate("Cli", "open the app straight into an exercise and start it"),
    )
    start.add_argument("exercise_id", metavar="ID")
    listing = commands.add_parser(
        "exercises", parents=[data_dir], help=translate("Cli", "list the exercises")
    )
    listing.add_argument("--json", action="store_true", help=machine_readable)
    timeline = commands.add_parser(
        "timeline",
        parents=[data_dir, length],
        help=translate("Cli", "print the steps of an exercise session"),
    )
    timeline.add_argument("exercise_id", metavar="ID")
    timeline.add_argument("--json", action="store_true", help=machine_readable)
    programme = commands.add_parser(
        "programme",
        parents=[data_dir],
        help=translate(
            "Cli", "the stages of a programme, your sessions of each, and the suggested next stage"
        ),
    )
    programme.add_argument(
        "programme_id",
        metavar="ID",
        nargs="?",
        help=translate("Cli", "a programme (default: the first one)"),
    )
    programme.add_argument("--json", action="store_true", help=machine_readable)
    programme.add_argument(
        "--today",
        type=_day,
        metavar="DATE",
        help=translate("Cli", "count as if DATE were the current practice day (default: now)"),
    )
    help_now = commands.add_parser(
        "help-now",
        help=translate(
            "Cli", "crisis lines and the emergency number, your region's first (as F1 in the app)"
        ),
    )
    help_now.add_argument(
        "--region",
        metavar="CC",
        help=translate(
            "Cli",
            "a two-letter country code such as DE or GB, or a country's English name "
            "(default: the country of your locale)",
        ),
    )
    help_now.add_argument("--json", action="store_true", help=machine_readable)
    _add_data_commands(commands, data_dir)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        # Output piped into e.g. `head`, which stopped reading: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (none, --data-dir, --smoke-test,
    --hidden), read without building the whole parser (a tenth of a bare window's start-up);
    else None."""
    found = cast(
        "argparse.Namespace", SimpleNamespace(command=None, smoke_test=False, hidden=False)
    )
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--smoke-test":
            found.smoke_test = True
        elif word == "--hidden":
            found.hidden = True
        elif word == "--data-dir" and rest and not rest[0].startswith("-"):
            found.data_dir = rest.pop(0)
        elif word.startswith("--data-dir=") and len(word) > len("--data-dir="):
            found.data_dir = word.removeprefix("--data-dir=")
        else:
            return None  # anything else: the parser reads it (and explains what is wrong)
    return found


def _run(argv: Sequence[str] | None) -> int:
    translations.load()  # before anything is worded, and before the exercises are read
    args = _gui_arguments(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    if args.command == "help-now":  # first: it needs no data folder, catalog or window
        return _help_now(args.region, as_json=args.json)
    paths = resolve_paths(getattr(args, "data_dir", None))
    if args.command in _DATA_COMMANDS:
        return _run_data_command(args, paths)
    # Only a window keeps the parsed files (it writes into the data folder anyway; the
    # commands leave no trace of their own).
    opens_window = args.command in (None, "start")
    catalog = load_catalog(
        exercise_dirs(),
        own_folders=[paths.scripts_dir],
        cache=paths.catalog_cache if opens_window else None,
    )
    for problem in catalog.problems:
        _warn(translate("Cli", "skipped an exercise file: {problem}").format(problem=problem))
    if args.command in ("exercises", "timeline", "start"):
        catalog = _with_custom_patterns(catalog, paths)

    if args.command == "exercises":
        return _print_exercises(catalog, as_json=args.json)
    if args.command == "timeline":
        return _print_timeline(catalog, args)
    if args.command == "programme":
        return _print_programme(catalog, paths, args)
    start_id = None
    if args.command == "start":
        exercise = _chosen_exercise(catalog, args)
        if exercise is None:
            return EXIT_USAGE
        start_id = exercise.id

    from calmkit.app import run_gui  # imported here: Qt loads only when a window opens

    code = run_gui(
        GuiOptions(
            paths,
            catalog,
            start_id,
            _plan(args) if start_id else None,
            smoke_test=args.smoke_test,
            hidden=args.hidden,
        )
    )
    if args.smoke_test and argv is None:
        # Everything is saved and closed by now: end without tearing down every Qt and
        # Python object one by one (a sixth of the smoke test's instructions). Only for a
        # real command line: a caller in the same process (a test) goes on afterwards.
        import logging

        from calmkit import generated_code

        generated_code.save()  # what atexit would have done
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _help_now(region: str | None, *, as_json: bool) -> int:
    """Help now in the terminal: the same lines, order and words as the app's F1."""
    import textwrap

    from calmkit.core.crisis import (
        NOT_A_SERVICE,
        NOT_ONLY_FOR_SUICIDE,
        crisis_resources_or_built_in,
        region_from_environment,
        translated,
    )
    from calmkit.resources import resource_path

    resources, problem = crisis_resources_or_built_in(resource_path("crisis.toml"))
    if problem:
        _warn(
            translate(
                "Cli",
                "the crisis lines could not be read ({problem}); showing the emergency "
                "numbers only.",
            ).format(problem=problem)
        )
    asked = region if region is not None else region_from_environment(os.environ)
    guide = resources.guide(asked)
    if region is not None and guide.region is None:
        _warn(
            translate(
                "Cli",
                "no crisis lines are listed for {region}; showing the international directory "
                "and every line.",
            ).format(region=repr(region))
        )
    if as_json:
        import json

        print(json.dumps(guide.to_json(), indent=2, ensure_ascii=False))
        return 0
    if guide.region:
        title = translate("Cli", "Help now ({country})").format(country=guide.country)
    else:
        title = translate("Cli", "Help now")
    out = [title, "", guide.emergency_sentence, ""]

    def lines(title: str, chosen: Sequence[CrisisLine], *, where: bool) -> None:
        out.append(title)
        for line in chosen:
            if line.open_24_7:
                name = translate("Cli", "{line} (open 24/7)").format(line=line.name)
            else:
                name = line.name
            if where:
                countries = ", ".join(resources.country_name(c) for c in line.countries)
                name = translate("Cli", "{countries}: {line}").format(
                    countries=countries, line=name
                )
            out.append(f"  {name}")
            out.append(f"    {line.how_to_reach}")
            out.append(f"    {line.source}")
        out.append("")

    if guide.local_lines:
        lines(f"{guide.local_title}:", guide.local_lines, where=False)
    elif guide.missing_sentence:
        out += [f"{guide.missing_sentence} {guide.directory.sentence}", ""]
    out += [translated(NOT_ONLY_FOR_SUICIDE), ""]
    if not guide.missing_sentence:
        somewhere_else = translate("Cli", "Somewhere else? {directory}")
        out += [somewhere_else.format(directory=guide.directory.sentence), ""]
    if guide.other_lines:
        if guide.local_lines:
            title = translate("Cli", "Other countries:")
        else:
            title = translate("Cli", "Crisis lines by country:")
        lines(title, guide.other_lines, where=True)
    out += [
        translated(NOT_A_SERVICE),
        translate("Cli", "Numbers last checked {date}.").format(date=guide.last_checked_text),
    ]
    print("\n".join(textwrap.fill(row, 88, subsequent_indent=_indent(row)) for row in out))
    return 0


def _indent(row: str) -> str:
    return " " * (len(row) - len(row.lstrip()))


def _length(args: argparse.Namespace) -> SessionLength | None:
    if getattr(args, "minutes", None) is not None:
        return SessionLength(minutes=args.minutes)
    if getattr(args, "cycles", None) is not None:
        return SessionLength(cycles=args.cycles)
    return None


def _print_exercises(catalog: Catalog, *, as_json: bool) -> int:
    import json

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
        about = translate("Cli", "{name} (about {minutes} min)").format(
            name=exercise.name, minutes=f"{minutes:.0f}"
        )
        print(f"{exercise.id:<{width}}  {exercise.kind:<10}  {about}")
    return 0


def _print_timeline(catalog: Catalog, args: argparse.Namespace) -> int:
    exercise = _chosen_exercise(catalog, args)
    if exercise is None:
        return EXIT_USAGE
    timeline = timeline_for(exercise, _plan(args))
    capped = kind_of(exercise.kind).capped(exercise, _plan(args))
    if capped:
        _warn(capped)
    if args.json:
        import json

        print(json.dumps(timeline.to_json(), indent=2))
        return 0
    cycles = kind_of(exercise.kind).unit.count(timeline.cycles)
    steps = len(timeline)
    print(
        translate("Cli", "{name}: %n step(s), {cycles}, {seconds} s", None, steps).format(
            name=exercise.name, cycles=cycles, seconds=short_number(timeline.total)
        )
    )
    for row in timeline.to_json():
        print(f"{row['start']:9.2f} s  {row['duration']:6.2f} s  {row['kind']:<14} {row['label']}")
    return 0


def _print_programme(catalog: Catalog, paths: Paths, args: argparse.Namespace) -> int:
    """The stages of a programme with the person's practice sessions of each, read from the
    practice log without changing it, and the suggested next stage with its reason."""
    from calmkit.core.programme import ProgrammePosition, position_from_store, programme_position
    from calmkit.core.store import StoreError

    try:
        stages = _programme_stages(catalog, args.programme_id)
        store = _open_existing_store(paths)
        settings = _practice_settings(store)
        today = args.today or _today(settings.day_start_hour)
        position: ProgrammePosition
        if store is None:
            position = programme_position(stages, [], today, settings.day_start_hour)
        else:
            with store:
                position = position_from_store(store, stages, today, settings.day_start_hour)
    except StoreError as error:
        print(f"calmkit: {error}", file=sys.stderr)
        return 1
    except _CommandFailedError as error:
        print(f"calmkit: {error}", file=sys.stderr)
        return error.status
    if args.json:
        import json

        print(json.dumps(position.to_json(), indent=2, ensure_ascii=False))
        return 0
    count = len(position.stages)
    print(
        translate("Cli", "{name} ({programme}): %n stage(s)", None, count).format(
            name=position.name, programme=position.programme
        )
    )
    id_width = max(len(s.exercise.id) for s in position.stages)
    name_width = max(len(s.exercise.name) for s in position.stages)
    for stage in position.stages:
        marks = [
            mark
            for mark, shown in (
                (
                    translate("Cli", "current", "the stage practised last"),
                    stage is position.current,
                ),
                (translate("Cli", "suggested"), stage is position.suggested),
            )
            if shown
        ]
        days = ""
        if stage.first_day and stage.last_day:
            days = "  " + translate("Cli", "{first} to {last}").format(
                first=stage.first_day.isoformat(), last=stage.last_day.isoformat()
            )
        tag = f"  [{', '.join(marks)}]" if marks else ""
        print(
            f"  {stage.number:>2}  {stage.exercise.id:<{id_width}}  "
            f"{stage.exercise.name:<{name_width}}  {stage.sessions_text}{days}{tag}"
        )
    suggested = position.suggested.exercise
    print(
        translate("Cli", "Suggested next: {name} ({exercise})").format(
            name=suggested.name, exercise=suggested.id
        )
    )
    print(position.reason)
    return 0


def _programme_stages(catalog: Catalog, wanted: str | None) -> list[Exercise]:
    """The stages of the programme asked for (its id, or the id of one of its stages), or of
    the first programme."""
    from calmkit.core.programme import programme_ids

    known = programme_ids(catalog)
    if not known:
        raise _CommandFailedError(translate("Cli", "no programme of stages is installed"))
    if wanted is None:
        return catalog.stages(known[0])
    if wanted in known:
        return catalog.stages(wanted)
    stage = next((e.stage for e in catalog if e.id == wanted and e.stage), None)
    if stage is not None:
        return catalog.stages(stage.programme)
    raise _CommandFailedError(
        translate("Cli", "no programme with id {wanted}; valid ids: {known}").format(
            wanted=repr(wanted), known=", ".join(known)
        ),
        EXIT_USAGE,
    )


def _today(day_start_hour: int) -> date:
    from datetime import datetime

    from calmkit.core.stats import practice_day

    return practice_day(datetime.now().astimezone(), day_start_hour)


def _with_custom_patterns(catalog: Catalog, paths: Paths) -> Catalog:
    """The bundled exercises plus the person's own patterns from the practice log, read
    without changing it (no database is created where there is none). A pattern that cannot
    be used is named on stderr and left as it is."""
    from calmkit.core.exercises.breathing.custom import catalog_with_custom, read_saved_patterns
    from calmkit.core.store import StoreError

    try:
        saved = read_saved_patterns(paths.database)
    except StoreError as error:
        _warn(translate("Cli", "your own patterns could not be read: {error}").format(error=error))
        return catalog
    for skipped in saved.skipped:
        print(f"calmkit: {skipped}", file=sys.stderr)
    return catalog_with_custom(catalog, saved.active, saved.deleted_names)


# --- practice-log commands -------------------------------------------------------------------
# Core modules are imported inside these functions: `calmkit` with no command starts the GUI,
# and its start-up should not pay for the store, statistics or CSV machinery.

_DATA_COMMANDS = frozenset(
    {"export", "import", "stats", "history", "delete-all-data", "self-check", "backup"}
)
CONFIRM_WORD = "delete"  # in English; people type the word in their language: _confirm_word()
_MAX_REJECTED_SHOWN = 50


_RESTORE_HINT = QT_TRANSLATE_NOOP(
    "Cli",
    "Your backups: calmkit backup list. To set this file aside and restore the newest: "
    "calmkit backup restore ID.",
)


def _recovery_hint(error: StoreError, paths: Paths) -> str:
    """What to do next when the practice log itself cannot be used."""
    if error.problem not in ("corrupt", "not-ours", "unreadable") or error.path != paths.database:
        return ""
    from calmkit.core.store import newest_good_backup

    newest = newest_good_backup(paths.database)
    if newest is None:
        return translate(
            "Cli",
            "There is no backup to restore. To start a new, empty log, move the file "
            "somewhere else; CalmKit never deletes it for you.",
        )
    sessions = newest.sessions or 0
    return translate(
        "Cli",
        "To set this file aside and restore the newest backup (%n session(s), {taken_at}): "
        "calmkit backup restore {backup}",
        None,
        sessions,
    ).format(taken_at=f"{newest.taken_at:%Y-%m-%d %H:%M}", backup=newest.id)


def _confirm_word() -> str:
    """The word delete-all-data asks for, in the person's language."""
    return translate("Cli", "delete", "the word typed to confirm that all data is removed")


class _CommandFailedError(Exception):
    """Ends a command with a message on stderr and a non-zero exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _count(text: str) -> int:
    import argparse  # here: the window's own arguments are read without it

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a whole number").format(text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "the number must be at least 1"))
    return value


def _day(text: str) -> date:
    import argparse  # here: the window's own arguments are read without it
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date like 2026-01-05").format(text=repr(text))
        ) from None


def _answers(text: str) -> tuple[int, ...]:
    import argparse  # here: the window's own arguments are read without it

    from calmkit.core.selfcheck import parse_answers

    try:
        return parse_answers(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_data_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    data_dir: argparse.ArgumentParser,
) -> None:
    machine_readable = translate("Cli", "machine-readable output")
    export = commands.add_parser(
        "export", parents=[data_dir], help=translate("Cli", "write the practice log as CSV or JSON")
    )
    export.add_argument(
        "--format",
        choices=("csv", "json"),
        help=translate("Cli", "default: from the FILE's extension (.csv or .json), else csv"),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("Cli", "write to FILE (default: stdout)"),
    )
    export.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace FILE if it exists")
    )
    export.add_argument(
        "--checkins",
        action="store_true",
        help=translate(
            "Cli",
            "CSV only: write your self-check results instead of sessions "
            "(the JSON export always includes them)",
        ),
    )
    imports = commands.add_parser(
        "import",
        parents=[data_dir],
        help=translate(
            "Cli",
            "merge sessions, self-checks and saved patterns from a CSV or JSON export "
            "(importing twice changes nothing; with a bad row nothing is imported)",
        ),
    )
    imports.add_argument(
        "file", metavar="FILE", help=translate("Cli", "the export to read ('-' for stdin)")
    )
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "Cli", "check the file and report what would happen; nothing is written or created"
        ),
    )
    imports.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate(
            "Cli",
            "when some rows cannot be used, import the valid ones anyway (without it, "
            "nothing is imported unless every row is fine)",
        ),
    )
    stats = commands.add_parser(
        "stats", parents=[data_dir], help=translate("Cli", "streaks and totals")
    )
    stats.add_argument("--json", action="store_true", help=machine_readable)
    stats.add_argument(
        "--today",
        type=_day,
        metavar="DATE",
        help=translate("Cli", "count as if DATE were the current practice day (default: now)"),
    )
    history = commands.add_parser(
        "history", parents=[data_dir], help=translate("Cli", "list sessions, newest first")
    )
    history.add_argument("--json", action="store_true", help=machine_readable)
    history.add_argument(
        "--limit", type=_count, metavar="N", help=translate("Cli", "only the newest N sessions")
    )
    check = commands.add_parser(
        "self-check",
        parents=[data_dir],
        help=translate(
            "Cli", "the weekly anxiety self-check (adapted from the GAD-7; not a diagnosis)"
        ),
        description=translate(
            "Cli",
            "Seven questions about the last 2 weeks, each answered 0-3; the total "
            "(0-21) and what it means are printed and kept in your practice log. "
            "This is a self-check, not a diagnosis.",
        ),
    )
    check.add_argument("--json", action="store_true", help=machine_readable)
    check.add_argument(
        "--answers",
        type=_answers,
        metavar="A,B,...",
        help=translate("Cli", "all seven answers at once, for scripts, e.g. 0,1,2,3,0,1,2"),
    )
    backup = commands.add_parser(
        "backup",
        parents=[data_dir],
        help=translate("Cli", "list, make or restore backups of the practice log"),
        description=translate(
            "Cli",
            "CalmKit backs up your practice log once a day (keeping 7 daily and 4 "
            "weekly backups), before each update and before each restore.",
        ),
    )
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    actions.add_parser(
        "list", parents=[data_dir], help=translate("Cli", "the backups, newest first")
    )
    actions.add_parser("create", parents=[data_dir], help=translate("Cli", "make a backup now"))
    restore = actions.add_parser(
        "restore",
        parents=[data_dir],
        help=translate(
            "Cli",
            "replace the practice log with a backup (what it replaces is backed up first; "
            "a damaged log is set aside, never deleted)",
        ),
    )
    restore.add_argument(
        "backup_id",
        metavar="ID",
        help=translate("Cli", "a backup's id from 'backup list', or a backup file"),
    )
    delete = commands.add_parser(
        "delete-all-data",
        parents=[data_dir],
        help=translate("Cli", "remove the practice log, its backups and the log files"),
    )
    delete.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "do not ask to type {word} first").format(word=repr(_confirm_word())),
    )
    delete.add_argument(
        "--backup-to",
        metavar="FILE",
        help=translate(
            "Cli",
            "first keep one backup of the practice log in FILE, outside CalmKit's folder "
            "('calmkit backup restore FILE' brings it back)",
        ),
    )


def _run_data_command(args: argparse.Namespace, paths: Paths) -> int:
    import sqlite3

    from calmkit.core.exchange import ExchangeError
    from calmkit.core.store import StoreError

    try:
        if args.command == "export":
            fmt = args.format or _format_of(args.output)
            if args.checkins and fmt != "csv":
                raise _CommandFailedError(
                    translate(
                        "Cli",
                        "--checkins is for the CSV export; the JSON export always includes "
                        "your self-check results. Nothing was written.",
                    ),
                    EXIT_USAGE,
                )
            return _export(paths, fmt, args.output, force=args.force, checkins=args.checkins)
        if args.command == "self-check":
            return _self_check(paths, args.answers, as_json=args.json)
        if args.command == "import":
            return _import(paths, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
        if args.command == "stats":
            return _stats(paths, args.today, as_json=args.json)
        if args.command == "history":
            return _history(paths, args.limit, as_json=args.json)
        if args.command == "backup":
            from calmkit.cli_backup import run_backup_command

            return run_backup_command(args.backup_action, getattr(args, "backup_id", ""), paths)
        return _delete_all_data(paths, yes=args.yes, backup_to=args.backup_to)
    except StoreError as error:
        print(f"calmkit: {error}", file=sys.stderr)
        hint = _recovery_hint(error, paths)
        if hint:
            print(f"calmkit: {hint}", file=sys.stderr)
        return 1
    except ExchangeError as error:
        print(f"calmkit: {error}", file=sys.stderr)
        return 1
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # Damage the checks at opening could not see (inside one row's text): say so
        # plainly instead of a traceback; nothing was written.
        _warn(
            translate(
                "Cli",
                "the practice log at {path} is damaged and could not be read ({error}). "
                "Nothing was written to it.",
            ).format(path=paths.database, error=error)
        )
        _warn(translate("Cli", _RESTORE_HINT))
        return 1
    except _CommandFailedError as error:
        print(f"calmkit: {error}", file=sys.stderr)
        return error.status


def _format_of(output: str | None) -> ExportFormat:
    """The format an export FILE's name asks for: .json or .csv; stdout gets CSV."""
    if output is None:
        return "csv"
    suffix = Path(output).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ""):
        return "csv"
    raise _CommandFailedError(
        translate(
            "Cli",
            "Not sure which format to write to {file}: name the file .csv (for spreadsheets) "
            "or .json, or choose one with --format csv or --format json. Nothing was written.",
        ).format(file=output),
        EXIT_USAGE,
    )


def _open_existing_store(paths: Paths) -> Store | None:
    """The practice log, or None when there is none yet: commands that only read should not
    leave an empty database behind."""
    from calmkit.core.store import Store

    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return None
    _recover_sessions(paths)
    # Read-only: works in a read-only folder and while the app is open (no writer's lock).
    return Store.open(paths.database, read_only=True)


def _recover_sessions(paths: Paths) -> None:
    """Save the sessions a crash or a kill interrupted (from their last checkpoint), so what
    a command shows is complete. Only when no other CalmKit is writing the log (a running app
    saves its own session), and a log that cannot be written just shows what it holds."""
    from datetime import datetime

    from calmkit.core.store import Store, StoreError

    try:
        with Store.open(paths.database, lock_wait=0) as store:
            recovered = store.recover_sessions(now=datetime.now().astimezone())
    except StoreError:
        return
    if recovered:
        count = len(recovered)
        _warn(
            translate(
                "Cli",
                "saved %n session(s) that CalmKit was running when it closed unexpectedly; "
                "the history marks it recovered.",
                None,
                count,
            )
        )


def _export(
    paths: Paths, fmt: ExportFormat, output: str | None, *, force: bool, checkins: bool = False
) -> int:
    from calmkit.core.exchange import (
        ExportWriteError,
        export_checkins,
        export_sessions,
        write_checkins,
        write_file_atomically,
        write_sessions,
    )

    store = _open_existing_store(paths)
    try:

        def write(stream: TextIO) -> int:
            if checkins:
                return (
                    write_checkins([], stream) if store is None else export_checkins(store, stream)
                )
            if store is None:
                return write_sessions([], stream, fmt)
            return export_sessions(store, stream, fmt)

        if output is None:
            return _write_stdout(write)
        target = Path(output).expanduser()
        if target.exists() and not force:
            raise _CommandFailedError(
                translate(
                    "Cli",
                    "{file} already exists; choose another file or add --force to replace it.",
                ).format(file=target)
            )
        try:
            count = write_file_atomically(target, write)
        except ExportWriteError as error:
            raise _CommandFailedError(str(error)) from None
    finally:
        if store is not None:
            store.close()
    if checkins:
        exported = translate("Cli", "Exported %n self-check(s) to {file}.", None, count)
    else:
        exported = translate("Cli", "Exported %n session(s) to {file}.", None, count)
    print(exported.format(file=target), file=sys.stderr)
    return 0


def _self_check(paths: Paths, answers: tuple[int, ...] | None, *, as_json: bool) -> int:
    """Ask the seven questions (or take --answers), then print and keep the result. Stopped
    before the end (Ctrl+D, Ctrl+C), nothing is scored or stored."""
    import json
    from datetime import datetime

    from calmkit.core.exchange import checkin_to_dict
    from calmkit.core.selfcheck import (
        HELP_NOW_TERMINAL,
        CheckIn,
        bands_explained,
        result_lines,
    )

    if answers is None:
        # With --json the questions go to stderr, so stdout carries only the JSON.
        asked = _ask_self_check(sys.stderr if as_json else sys.stdout)
        if asked is None:
            raise _CommandFailedError(
                translate(
                    "Cli",
                    "The self-check was stopped before the end, so nothing was scored or stored.",
                )
            )
        answers = asked
    checkin = CheckIn.new(answers, datetime.now().astimezone())
    from calmkit.core.store import Store

    with Store.open(paths.database) as store:
        store.add_checkin(checkin)
    if as_json:  # in English, whatever the language: scripts read it
        band = checkin.band
        result = {
            **checkin_to_dict(checkin),
            "band": band.key,
            "band_title": band.english_title,
            "suggests_talking_to_a_professional": checkin.suggests_talking_to_someone,
            "lines": result_lines(checkin, help_now=HELP_NOW_TERMINAL, english=True),
        }
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print()
    for line in result_lines(checkin, help_now=HELP_NOW_TERMINAL):
        print(line)
    print(translate("Cli", "The ranges: {ranges}").format(ranges=bands_explained()))
    print(
        translate(
            "Cli", "Kept in your practice log; History in the app charts your results over time."
        )
    )
    return 0


def _ask_self_check(out: TextIO) -> tuple[int, ...] | None:
    """The seven answers typed in a terminal, or None if input ended first. A blank or wrong
    answer asks the same question again."""
    from calmkit.core.selfcheck import (
        INTRO,
        SOURCE,
        answer_texts,
        parse_answer,
        question_texts,
        translated,
    )

    # Not lower-cased: in German, nouns keep their capital.
    scale = ", ".join(f"{points} = {text}" for points, text in enumerate(answer_texts()))
    questions = question_texts()
    print(translate("Cli", "Anxiety self-check: a self-check, not a diagnosis."), file=out)
    print(translated(SOURCE), file=out)
    print(file=out)
    print(translated(INTRO), file=out)
    print(translate("Cli", "Answer each with a number: {scale}.").format(scale=scale), file=out)
    answers: list[int] = []
    try:
        for number, question in enumerate(questions, start=1):
            print(file=out)
            print(
                translate("Cli", "{number} of {count}. {question}").format(
                    number=number, count=len(questions), question=question
                ),
                file=out,
            )
            while True:
                print("   " + translate("Cli", "Your answer (0-3): "), end="", file=out, flush=True)
                line = sys.stdin.readline()
                if not line:
                    print(file=out)
                    return None
                value = parse_answer(line)
                if value is not None:
                    answers.append(value)
                    break
                print(
                    "   "
                    + translate("Cli", "Please type 0, 1, 2 or 3 ({scale}).").format(scale=scale),
                    file=out,
                )
    except KeyboardInterrupt:
        print(file=out)
        return None
    return tuple(answers)


def _write_stdout(write: Callable[[TextIO], int]) -> int:
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`calmkit export | head`). Point stdout at devnull so the
        # interpreter's final flush does not print a second error.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 0


def _import(paths: Paths, file: str, *, dry_run: bool, skip_invalid: bool) -> int:
    from calmkit.core.exchange import (
        ImportFileError,
        merge_parsed,
        parse_sessions,
        read_import_file,
        read_import_stream,
    )

    name = _printable("stdin" if file == "-" else file)
    try:
        data = read_import_stream(sys.stdin.buffer, "stdin") if file == "-" else None
        data = data if data is not None else read_import_file(Path(file).expanduser())
        # Parsed before the store is opened, so a file rejected wholesale creates nothing.
        parsed = parse_sessions(data)
    except ImportFileError as error:
        raise _CommandFailedError(
            translate("Cli", "{file} was not imported: {error}").format(file=name, error=error)
        ) from None
    from calmkit.core.store import Store

    adds_nothing = not (parsed.valid or parsed.checkins or parsed.patterns)
    if dry_run or (adds_nothing and not paths.database.exists()):
        # A check, or nothing to add to a log not made yet: nothing is created.
        store = _open_existing_store(paths)
        try:
            report = merge_parsed(store, parsed, dry_run=True)
        finally:
            if store is not None:
                store.close()
        if not dry_run:
            report = dataclasses.replace(report, dry_run=False, held_back=bool(report.rejected))
    else:
        with Store.open(paths.database) as store:
            report = merge_parsed(store, parsed, skip_invalid=skip_invalid)
    print(f"{name} ({report.file_format.upper()}): {report.summary()}")
    for warning in report.warnings:
        print(translate("Cli", "Note: {warning}").format(warning=warning))
    if report.normalised:
        print(translate("Cli", "Kept in CalmKit's own form (a new export writes them this way):"))
        for line in report.normalised:
            print(f"  {line}")
    if report.rejected:
        print(translate("Cli", "Rejected rows:"))
        for row in report.rejected[:_MAX_REJECTED_SHOWN]:
            print(f"  {row.describe()}")
        hidden = len(report.rejected) - _MAX_REJECTED_SHOWN
        if hidden > 0:
            print("  " + translate("Cli", "... and %n more.", None, hidden))
    refused = bool(report.rejected) and not skip_invalid
    if dry_run:
        print(translate("Cli", "This was a dry run: nothing was written."))
        if refused:
            print(
                translate(
                    "Cli",
                    "Importing it as it is would add nothing, because of the rejected rows; "
                    "fix them, or add --skip-invalid to import the valid rows.",
                )
            )
        return 1 if refused else 0
    if report.held_back:
        print(
            translate(
                "Cli",
                "Nothing was imported, because of the rejected rows. Fix them, or add "
                "--skip-invalid to import only the valid rows.",
            )
        )
        return 1
    return 0


def _printable(text: str) -> str:
    """A file name as it can be printed (a name that is not valid UTF-8 arrives with lone
    surrogates from the command line)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _practice_settings(store: Store | None) -> PracticeSettings:
    from calmkit.core.settings import PracticeSettings, load_practice_settings

    if store is None:
        return PracticeSettings()
    settings, problems = load_practice_settings(store)
    for problem in problems:
        _warn(problem)
    return settings


def _stats(paths: Paths, today: date | None, *, as_json: bool) -> int:
    import json
    from datetime import datetime

    from calmkit.core.stats import compute_stats, practice_day, summarize
    from calmkit.core.wording import (
        change_note,
        change_words,
        changes_title,
        days_goal_words,
        minutes_goal_words,
    )

    store = _open_existing_store(paths)
    settings = _practice_settings(store)
    if today is None:
        today = practice_day(datetime.now().astimezone(), settings.day_start_hour)
    if store is None:
        stats = summarize([], [], [], today, settings)
    else:
        with store:
            stats = compute_stats(store, today, settings)
    if as_json:
        print(json.dumps(stats.to_json(), indent=2))
        return 0
    current, longest = stats.current_streak, stats.longest_streak
    if current:
        print(translate("Cli", "Current streak: %n day(s)", None, current))
    else:
        print(translate("Cli", "Current streak: 0 days. Today is a fresh start."))
    print(translate("Cli", "Longest streak: %n day(s)", None, longest))
    print(translate("Cli", "Practice days: {days}").format(days=stats.practice_days))
    print(
        translate("Cli", "Sessions: {sessions} ({completed} completed), {time} in total").format(
            sessions=stats.total_sessions,
            completed=stats.completed_sessions,
            time=describe_total(stats.total_minutes),
        )
    )
    goals = stats.goals
    if goals.minutes_today is not None:
        print(minutes_goal_words(goals.minutes_today))
    if goals.days_this_week is not None:
        print(days_goal_words(goals.days_this_week))
    if stats.by_exercise:
        name_of = _exercise_names(paths)
        print()
        print(
            translate("Cli", "{title} (distress 0-10, before minus after):").format(
                title=changes_title()
            )
        )
        rows = [
            (
                name_of(e.exercise_id),
                _sessions(e.sessions),
                describe_total(e.minutes),
                change_words(e.mean_distress_drop, e.rated_sessions),
            )
            for e in stats.by_exercise
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for name, count, duration, helps in rows:
            print(f"  {name:<{widths[0]}}  {count:>{widths[1]}}  {duration:>{widths[2]}}  {helps}")
        print(f"  {change_note()}")
    return 0


def _sessions(count: int) -> str:
    return translate("Cli", "%n session(s)", None, count)


def _history(paths: Paths, limit: int | None, *, as_json: bool) -> int:
    import json

    from calmkit.core.exchange import session_to_dict

    store = _open_existing_store(paths)
    if store is None:
        sessions = []
    else:
        with store:
            sessions = store.sessions(limit=limit)
    if as_json:
        print(json.dumps([session_to_dict(s) for s in sessions], indent=2, ensure_ascii=False))
        return 0
    if not sessions:
        print(translate("Cli", "No sessions yet."))
        return 0
    name_of = _exercise_names(paths)
    for s in sessions:
        if s.recovered:
            status = translate("Cli", "stopped early: recovered after CalmKit closed unexpectedly")
        elif s.completed:
            status = translate("Cli", "completed")
        else:
            status = translate("Cli", "stopped early")
        ratings = ""
        if s.distress_before is not None or s.distress_after is not None:
            before = "-" if s.distress_before is None else s.distress_before
            after = "-" if s.distress_after is None else s.distress_after
            ratings = "  " + translate("Cli", "distress {before} -> {after}").format(
                before=before, after=after
            )
        note = f"  {s.note!r}" if s.note else ""
        minutes = translate("Cli", "{minutes} min").format(
            minutes=decimal_number(s.actual_seconds / 60)
        )
        print(
            f"{s.started_at:%Y-%m-%d %H:%M} {s.started_at:%z}  {name_of(s.exercise_id)}  "
            f"{minutes}  {status}{ratings}{note}"
        )
    return 0


def _exercise_names(paths: Paths) -> Callable[[str], str]:
    """Exercise id -> the name people know it by: bundled exercises and own scripts from their
    files, own patterns (deleted ones too) from the practice log. Problems with the files are
    for `calmkit exercises` to report; here they only cost a name its words."""
    catalog = load_catalog(exercise_dirs(), own_folders=[paths.scripts_dir])
    return _with_custom_patterns(catalog, paths).name_of


def _delete_all_data(paths: Paths, *, yes: bool, backup_to: str | None = None) -> int:
    from calmkit.core.erasure import data_files, delete_all_data
    from calmkit.core.store.backups import backup_to_file
    from calmkit.core.store.lock import WriterLock

    files = data_files(paths)
    if not files:
        print(
            translate("Cli", "There is no CalmKit data in {folder}; nothing was removed.").format(
                folder=paths.data_dir
            )
        )
        return 0
    if not yes:
        word = _confirm_word()
        if not sys.stdin.isatty():
            raise _CommandFailedError(
                translate(
                    "Cli",
                    "delete-all-data asks you to type {word} in a terminal; to run it from a "
                    "script, add --yes. Nothing was removed.",
                ).format(word=repr(word))
            )
        print(
            translate("Cli", "This removes your practice log, its backups and CalmKit's log files:")
        )
        for file in files:
            print(f"  {file}")
        try:
            answer = input(
                translate("Cli", "Type {word} to remove them for good: ").format(word=repr(word))
            )
        except (EOFError, KeyboardInterrupt):
            print()
            answer = ""
        # The English word works in every language, as people may know it from elsewhere.
        if answer.strip() not in (word, CONFIRM_WORD):
            raise _CommandFailedError(translate("Cli", "Nothing was removed."))
    lock = WriterLock.acquire(paths.database)  # never while the app is open
    try:
        if backup_to is not None and paths.database.exists():
            target = Path(backup_to).expanduser().absolute()
            backup_to_file(paths.database, target)
            print(
                translate("Cli", "Kept a backup of your practice log in {file}.").format(
                    file=target
                )
            )
            print(
                translate("Cli", "To bring it back later: calmkit backup restore {file}").format(
                    file=target
                )
            )
        removed = delete_all_data(paths)
    finally:
        lock.release()
    count = len(removed)
    print(translate("Cli", "Removed %n file(s):", None, count))
    for file in removed:
        print(f"  {file}")
    return 0
