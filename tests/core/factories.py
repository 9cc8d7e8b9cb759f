"""Sessions for tests: a plain factory and hypothesis strategies, shared by the data tests."""

from __future__ import annotations

import re
import shutil
import uuid
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from calmkit.core.records import SessionRecord
from calmkit.core.store import Store
from calmkit.resources import resource_path

PLUS_TWO = timezone(timedelta(hours=2))


def make_record(n: int = 0, **changes: Any) -> SessionRecord:
    """Session n: box breathing at 07:30 (+02:00) on 1 March 2026 + n days, completed."""
    start = datetime(2026, 3, 1, 7, 30, tzinfo=PLUS_TWO) + timedelta(days=n)
    fields: dict[str, Any] = {
        "id": str(uuid.UUID(int=n + 1, version=4)),
        "exercise_id": "box",
        "exercise_kind": "breathing",
        "started_at": start,
        "ended_at": start + timedelta(minutes=4),
        "planned_seconds": 240.0,
        "actual_seconds": 240.0,
        "completed": True,
    }
    fields.update(changes)
    if "started_at" in changes and "ended_at" not in changes:
        fields["ended_at"] = fields["started_at"] + timedelta(seconds=fields["actual_seconds"])
    return SessionRecord(**fields)


def at(day: date, hh: int, mm: int = 0, offset_hours: float = 2) -> datetime:
    zone = timezone(timedelta(hours=offset_hours))
    return datetime.combine(day, time(hh, mm), tzinfo=zone)


def clear(store: Store) -> None:
    """Remove every session (the triggers empty the running totals with them)."""
    with store.transaction() as db:
        db.execute("DELETE FROM sessions")


offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(
    lambda quarters: timezone(timedelta(minutes=15 * quarters))
)
seconds = st.one_of(
    st.integers(min_value=0, max_value=7200).map(float),
    st.floats(min_value=0, max_value=86_400, allow_nan=False, allow_infinity=False),
)
ratings = st.one_of(st.none(), st.integers(min_value=0, max_value=10))
notes = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)


@st.composite
def records(
    draw: st.DrawFn,
    first: datetime = datetime(2026, 1, 1),
    last: datetime = datetime(2026, 1, 12),
) -> SessionRecord:
    """Any valid session starting between `first` and `last` (wall time), in any time zone,
    to the microsecond (half of them on a whole second)."""
    wall = draw(st.datetimes(min_value=first, max_value=last))
    if draw(st.booleans()):
        wall = wall.replace(microsecond=0)
    started = wall.replace(tzinfo=draw(offsets))
    actual = draw(seconds)
    return SessionRecord(
        id=str(uuid.UUID(int=draw(st.integers(min_value=0, max_value=2**128 - 1)), version=4)),
        exercise_id=draw(st.sampled_from(["box", "relaxed", "pmr-short", "safe-place"])),
        exercise_kind=draw(st.sampled_from(["breathing", "pmr", "imagery"])),
        started_at=started,
        ended_at=started + timedelta(seconds=int(actual) + draw(st.integers(0, 600))),
        planned_seconds=draw(seconds),
        actual_seconds=actual,
        completed=draw(st.booleans()),
        distress_before=draw(ratings),
        distress_after=draw(ratings),
        note=draw(notes),
    )


def unique_records(**kwargs: Any) -> st.SearchStrategy[list[SessionRecord]]:
    return st.lists(records(**kwargs), max_size=25, unique_by=lambda r: r.id)


PROGRAMME_STAGES = ("Sixteen muscle groups", "Seven muscle groups", "Four muscle groups")


def write_programme(
    folder: Path, names: tuple[str, ...] = PROGRAMME_STAGES, *, with_breathing: bool = True
) -> Path:
    """A folder of exercise files: one programme of stages `stage-1`, `stage-2`... named
    `names` (each the bundled 16-group protocol under another id), and the bundled box
    breathing before them, so tests need not wait for or follow the bundled stages."""
    bundled = resource_path("exercises")
    folder.mkdir(parents=True, exist_ok=True)
    protocol = (bundled / "pmr-16.toml").read_text(encoding="utf-8")
    for number, name in enumerate(names, start=1):
        text = re.sub(r'(?m)^id = "pmr-16"$', f'id = "stage-{number}"', protocol)
        text = re.sub(r'(?m)^name = "Sixteen muscle groups"$', f'name = "{name}"', text)
        text = re.sub(r"(?m)^order = 100$", f"order = {100 + number}", text)
        text = re.sub(r"(?m)^stage = 1$", f"stage = {number}", text)
        (folder / f"stage-{number}.toml").write_text(text, encoding="utf-8")
    if with_breathing:
        shutil.copy(bundled / "box.toml", folder / "box.toml")
    return folder
