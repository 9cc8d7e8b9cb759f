"""Saved breathing patterns travel in the JSON export, with their names, so the sessions
practised with them show those names on another computer; importing brings them in by id, with
the same all-or-nothing rule as sessions."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmkit.core.exchange import export_sessions, import_sessions
from calmkit.core.exercises import Catalog
from calmkit.core.exercises.breathing.custom import (
    add_custom_pattern,
    catalog_with_custom,
    delete_custom_pattern,
    saved_patterns,
)
from calmkit.core.exercises.breathing.pattern import BreathingPattern
from calmkit.core.exercises.model import SessionLength
from calmkit.core.selfcheck import CheckIn
from calmkit.core.store import Store
from tests.core.factories import make_record

EVENING = BreathingPattern(inhale=4, exhale=6.5)


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "here.db") as opened:
        yield opened


@pytest.fixture
def there(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "there.db") as opened:
        yield opened


def exported(store: Store) -> str:
    stream = io.StringIO(newline="")
    export_sessions(store, stream, "json")
    return stream.getvalue()


def names_shown(store: Store, *exercise_ids: str) -> list[str]:
    saved = saved_patterns(store)
    catalog = catalog_with_custom(Catalog(()), saved.active, saved.deleted_names)
    return [catalog.name_of(exercise_id) for exercise_id in exercise_ids]


def fill(store: Store) -> tuple[str, str]:
    evening = add_custom_pattern(store, "Calm evening", EVENING, SessionLength(minutes=5))
    old = add_custom_pattern(
        store, "Old one", BreathingPattern(inhale=4, hold=2, exhale=4), SessionLength(cycles=10)
    )
    delete_custom_pattern(store, old.id)
    start = datetime(2026, 3, 2, 21, 15, 3, 250_000, tzinfo=timezone(timedelta(hours=1)))
    store.add_sessions(
        [
            make_record(1, exercise_id=evening.id, started_at=start),
            make_record(2, exercise_id=old.id, note="before it was deleted"),
        ]
    )
    store.add_checkin(CheckIn("00000000-0000-4000-8000-00000000000a", start, (1, 2, 0, 1, 3, 0, 2)))
    return evening.id, old.id


def test_export_import_export_is_the_same_file_and_the_names_come_along(
    here: Store, there: Store
) -> None:
    evening, old = fill(here)
    first = exported(here)
    document = json.loads(first)
    assert [p["name"] for p in document["patterns"]] == ["Calm evening", "Old one"]
    assert document["patterns"][0] == {
        "id": evening, "name": "Calm evening", "inhale": 4, "inhale_top_up": 0, "hold": 0,
        "exhale": 6.5, "rest": 0, "default_minutes": 5, "default_cycles": None,
        "deleted": False,
    }  # fmt: skip
    assert document["sessions"][0]["started_at"] == "2026-03-02T21:15:03.250000+01:00"

    report = import_sessions(there, first.encode())
    assert (report.added, report.checkins_added, report.patterns_added) == (2, 1, 2)
    assert report.normalised == () and report.rejected == ()
    assert exported(there) == first  # byte for byte, fractions of seconds included
    assert names_shown(there, evening, old) == ["Calm evening", "Old one"]
    assert [p.name for p in saved_patterns(there).active] == ["Calm evening"]  # Old one: deleted

    again = import_sessions(there, first.encode())
    assert (again.added, again.patterns_added, again.patterns_already_present) == (0, 0, 2)
    assert again.summary().endswith("2 saved patterns: 0 added, 2 already present, 0 rejected.")


def test_a_pattern_whose_name_is_taken_holds_the_whole_file_back(here: Store, there: Store) -> None:
    fill(here)
    add_custom_pattern(
        there, "calm EVENING", BreathingPattern(inhale=3, exhale=3), SessionLength(5)
    )
    data = exported(here).encode()
    report = import_sessions(there, data)
    assert report.held_back and there.count_sessions() == 0
    assert [r.describe() for r in report.rejected] == [
        "pattern 1: a different pattern with this id (“calm EVENING”) is already saved; it "
        "was left as it is"
    ]
    assert [p.name for p in saved_patterns(there).active] == ["calm EVENING"]

    skipped = import_sessions(there, data, skip_invalid=True)
    assert (skipped.added, skipped.patterns_added) == (2, 1)
    assert [p.name for p in saved_patterns(there).active] == ["calm EVENING"]  # not changed


def test_a_new_pattern_with_a_name_in_use_is_refused_by_name(here: Store, there: Store) -> None:
    add_custom_pattern(
        there, "Calm evening", BreathingPattern(inhale=3, exhale=3), SessionLength(5)
    )
    document = json.loads(exported(here))
    document["patterns"] = [
        {"id": "custom-mine", "name": "Calm Evening", "inhale": 4, "exhale": 4},
        {"id": "custom-fast", "name": "Fast", "inhale": 0.3, "exhale": 4},
        {"id": "custom-big", "name": "Big", "inhale": 4, "exhale": 4, "default_cycles": 10**400},
    ]
    text = json.dumps(document).replace("1" + "0" * 400, "1" + "0" * 5000)
    report = import_sessions(there, text.encode())
    assert [r.describe() for r in report.rejected] == [
        "pattern 1: you already have a pattern called “Calm evening”; rename one of them and "
        "import again",
        "pattern 2: Breathe in must be at least 1 s",
        "pattern 3: its default length (a number with 5,001 digits breaths) is not a whole number",
    ]
    assert report.held_back and len(saved_patterns(there).active) == 1


def test_a_file_from_before_patterns_travelled_still_imports(there: Store) -> None:
    old = {"format": "calmkit.sessions", "version": 1, "sessions": [], "checkins": []}
    report = import_sessions(there, json.dumps(old).encode())
    assert (report.pattern_rows, report.written, report.rejected) == (0, False, ())


def test_two_patterns_of_one_name_in_a_file_are_both_refused(there: Store) -> None:
    document = {
        "format": "calmkit.sessions",
        "version": 1,
        "sessions": [],
        "patterns": [
            {"id": "custom-a", "name": "Calm", "inhale": 4, "exhale": 4},
            {"id": "custom-b", "name": "CALM", "inhale": 4, "exhale": 6},
            {"id": "custom-c", "name": "Calm", "inhale": 4, "exhale": 6, "deleted": True},
        ],
    }
    data = json.dumps(document).encode()
    for report in (import_sessions(there, data, dry_run=True), import_sessions(there, data)):
        assert [r.describe() for r in report.rejected] == [
            "pattern 1: patterns 1 and 2 have the same name; none of them was imported",
            "pattern 2: patterns 1 and 2 have the same name; none of them was imported",
        ]
    assert saved_patterns(there).active == ()
    assert import_sessions(there, data, skip_invalid=True).patterns_added == 1  # the deleted one


def test_two_patterns_of_one_id_and_other_content_are_both_refused(there: Store) -> None:
    # Found by benchmarks/fuzz.py: this raised AttributeError.
    document = {
        "format": "calmkit.sessions",
        "version": 1,
        "sessions": [],
        "patterns": [
            {"id": "custom-a", "name": "Calm", "inhale": 4, "exhale": 4},
            {"id": "custom-a", "name": "Calm", "inhale": 4, "exhale": 6},
        ],
    }
    report = import_sessions(there, json.dumps(document).encode(), skip_invalid=True)
    assert [r.describe() for r in report.rejected] == [
        "pattern 1: patterns 1 and 2 have the same id but different content; none of them "
        "was imported",
        "pattern 2: patterns 1 and 2 have the same id but different content; none of them "
        "was imported",
    ]
    assert saved_patterns(there).active == ()
