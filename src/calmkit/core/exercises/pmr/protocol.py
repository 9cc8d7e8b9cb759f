"""What a PMR protocol file holds: its method, its lines, its groups and its timing, read
and checked so that every line can be narrated and every step has a length."""

from __future__ import annotations

from dataclasses import dataclass

from calmkit.core.exercises.fields import Fields
from calmkit.core.exercises.pmr.body import (
    GROUPS,
    MuscleGroup,
    Sides,
    rest_line,
    unfilled_placeholders,
)
from calmkit.core.i18n import translate
from calmkit.core.narration import spoken_problem
from calmkit.core.wording import short_number

# How a protocol works: tense then release each group; recall the release without tensing;
# recall then count down; or cue-controlled breathing with a calm word.
METHODS = ("tense-release", "recall", "counting", "cue")
TENSING = "tense-release"

# Seconds a person may choose (Bernstein & Borkovec: tense 5-7 s, release 30-40 s).
TENSE_RANGE = (5.0, 7.0)
RELEASE_RANGE = (30.0, 40.0)
# Seconds any one step of a file may last: long enough for a clip, short enough to be a step.
LINE_SECONDS = (1.0, 120.0)


@dataclass(frozen=True, slots=True)
class Line:
    """One spoken and shown sentence and how long it stands before the next."""

    text: str
    seconds: float


@dataclass(frozen=True, slots=True)
class GroupScript:
    """One muscle group in a protocol: how to tense it and how to let go (tense-release), or
    how to recall the letting go (recall, counting)."""

    group: MuscleGroup
    tense: str = ""
    release: str = ""
    recall: str = ""


@dataclass(frozen=True, slots=True)
class Timing:
    tense: float = 7.0
    release: float = 30.0
    prepare: float = 7.0  # the instruction for the next group, before tensing
    again: float = 4.0  # before the second round of a group (twice)
    rest: float = 8.0  # a group left out: "just let this area rest"


@dataclass(frozen=True, slots=True)
class Cues:
    """The lines every group shares."""

    tense: str = ""  # at the start of each tensing
    again: str = ""  # before a group's second round
    rest: str = ""  # a group left out; "{group}" is its name


@dataclass(frozen=True, slots=True)
class Counting:
    words: tuple[str, ...]  # spoken from the highest number down, e.g. "Ten." ... "One."
    seconds: float


@dataclass(frozen=True, slots=True)
class CueBreathing:
    breaths: int
    inhale: float
    exhale: float
    in_word: str
    out_word: str


@dataclass(frozen=True, slots=True)
class PmrContent:
    """A PMR exercise's own part (Exercise.content)."""

    method: str
    intro: tuple[Line, ...]
    groups: tuple[GroupScript, ...]
    outro: tuple[Line, ...]
    timing: Timing = Timing()
    cues: Cues = Cues()
    counting: Counting | None = None
    breathing: CueBreathing | None = None

    @property
    def tenses(self) -> bool:
        return self.method == TENSING

    @property
    def sided(self) -> bool:
        return any(script.group.sided for script in self.groups)


def parse_protocol(fields: Fields) -> PmrContent:
    method = fields.text("method") if fields.has("method") else _used(fields, "method", TENSING)
    if method not in METHODS:
        raise fields.error(
            "method",
            translate("ExerciseFile", "must be one of {names}").format(names=", ".join(METHODS)),
        )
    intro = _lines(fields, "intro")
    outro = _lines(fields, "outro")
    if not intro:
        raise fields.error(
            "intro", translate("PmrProtocol", "needs at least one line to settle in")
        )
    if not outro:
        raise fields.error(
            "outro", translate("PmrProtocol", "needs at least one line to come back gently")
        )
    groups = _groups(fields, method)
    timing = _timing(fields)
    cues = _cues(fields, method)
    counting = breathing = None
    if method == "counting":
        counting = _counting(fields)
    else:
        _absent(fields, "counting")
    if method == "cue":
        breathing = _cue_breathing(fields)
    else:
        _absent(fields, "cue")
    if method == "cue" and groups:
        raise fields.error(
            "groups", translate("PmrProtocol", "a cue-controlled protocol has no muscle groups")
        )
    if method != "cue" and not groups:
        raise fields.error(
            "groups", translate("PmrProtocol", "needs at least one muscle group ([[groups]])")
        )
    _check_rest_lines(fields, cues, groups)
    return PmrContent(method, intro, groups, outro, timing, cues, counting, breathing)


def _check_rest_lines(fields: Fields, cues: Cues, groups: tuple[GroupScript, ...]) -> None:
    """The rest line names each group: it must still fit one clip with the longest name."""
    for script in groups:
        for sides in (Sides(False), Sides(True)):
            line = rest_line(cues.rest, sides.name(script.group))
            problem = spoken_problem(line) if cues.rest else ""
            if problem:
                raise fields.error(
                    "cues.rest",
                    translate("PmrProtocol", "with {group}: {problem}").format(
                        group=repr(script.group.id), problem=problem
                    ),
                )


def _used(fields: Fields, key: str, value: str) -> str:
    fields.mark_used(key)
    return value


def _absent(fields: Fields, key: str) -> None:
    if fields.has(key):
        raise fields.error(key, translate("PmrProtocol", "is not used by this protocol's method"))
    fields.mark_used(key)


def spoken_line(fields: Fields, key: str) -> str:
    """A line that is shown and narrated: short enough for one clip, no unknown braces."""
    text = fields.text(key, max_length=200)
    problem = spoken_problem(text)
    if problem:
        raise fields.error(key, problem)
    unknown = unfilled_placeholders(text.replace("{group}", ""))
    if unknown:
        raise fields.error(
            key,
            translate("PmrProtocol", "has {found}, which is not {dominant} or {other}").format(
                found=unknown[0], dominant="{dominant}", other="{other}"
            ),
        )
    return text


def _seconds(fields: Fields, key: str, default: float | None, low: float, high: float) -> float:
    value = fields.number(key, default=default)
    if value is None:
        raise fields.error(key, translate("PmrProtocol", "is missing (a number of seconds)"))
    if not low <= value <= high:
        raise fields.error(
            key,
            translate(
                "PmrProtocol", "must be between {low} and {high} seconds, not {value}"
            ).format(low=short_number(low), high=short_number(high), value=short_number(value)),
        )
    return float(value)


def _lines(fields: Fields, key: str) -> tuple[Line, ...]:
    lines: list[Line] = []
    for entry in fields.table_list(key):
        text = spoken_line(entry, "text")
        lines.append(Line(text, _seconds(entry, "seconds", None, *LINE_SECONDS)))
        entry.reject_unknown()
    return tuple(lines)


def _groups(fields: Fields, method: str) -> tuple[GroupScript, ...]:
    scripts: list[GroupScript] = []
    for entry in fields.table_list("groups"):
        group_id = entry.text("group", max_length=40)
        group = GROUPS.get(group_id)
        if group is None:
            raise entry.error(
                "group",
                translate("PmrProtocol", "{group} is not a muscle group CalmKit knows").format(
                    group=repr(group_id)
                ),
            )
        if group_id in {s.group.id for s in scripts}:
            raise entry.error(
                "group",
                translate("PmrProtocol", "{group} comes twice").format(group=repr(group_id)),
            )
        if method == TENSING:
            script = GroupScript(group, spoken_line(entry, "tense"), spoken_line(entry, "release"))
        else:
            script = GroupScript(group, recall=spoken_line(entry, "recall"))
        entry.reject_unknown()
        scripts.append(script)
    return tuple(scripts)


def _timing(fields: Fields) -> Timing:
    if not fields.has("timing"):
        fields.mark_used("timing")
        return Timing()
    table = fields.table("timing")
    defaults = Timing()
    timing = Timing(
        tense=_seconds(table, "tense", defaults.tense, *TENSE_RANGE),
        release=_seconds(table, "release", defaults.release, *RELEASE_RANGE),
        prepare=_seconds(table, "prepare", defaults.prepare, *LINE_SECONDS),
        again=_seconds(table, "again", defaults.again, *LINE_SECONDS),
        rest=_seconds(table, "rest", defaults.rest, *LINE_SECONDS),
    )
    table.reject_unknown()
    return timing


def _cues(fields: Fields, method: str) -> Cues:
    if method != TENSING:
        _absent(fields, "cues")
        return Cues()
    table = fields.table("cues")
    cues = Cues(
        tense=spoken_line(table, "tense"),
        again=spoken_line(table, "again"),
        rest=spoken_line(table, "rest"),
    )
    if "{group}" not in cues.rest:
        raise table.error(
            "rest",
            translate("PmrProtocol", "must name the group with {field}").format(field="{group}"),
        )
    table.reject_unknown()
    return cues


def _counting(fields: Fields) -> Counting:
    table = fields.table("counting")
    words = table.text_list("words")
    if not 2 <= len(words) <= 20:
        raise table.error("words", translate("PmrProtocol", "needs 2 to 20 numbers to count down"))
    for number, word in enumerate(words):
        problem = spoken_problem(word)
        if problem:
            raise table.error(f"words[{number}]", problem)
    counting = Counting(words, _seconds(table, "seconds", None, 2.0, 30.0))
    table.reject_unknown()
    return counting


def _cue_breathing(fields: Fields) -> CueBreathing:
    table = fields.table("cue")
    breaths = table.integer("breaths", default=None)
    if breaths is None or not 1 <= breaths <= 100:
        raise table.error(
            "breaths", translate("PmrProtocol", "needs a whole number of breaths from 1 to 100")
        )
    breathing = CueBreathing(
        breaths=breaths,
        inhale=_seconds(table, "inhale", None, 2.0, 7.0),
        exhale=_seconds(table, "exhale", None, 2.0, 10.0),
        in_word=spoken_line(table, "in_word"),
        out_word=spoken_line(table, "out_word"),
    )
    table.reject_unknown()
    return breathing
