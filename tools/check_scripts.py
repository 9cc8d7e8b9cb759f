"""Check the guided imagery and grounding scripts against the rules the narration needs.

    python tools/check_scripts.py                 # every imagery and grounding file
    python tools/check_scripts.py FILE.toml ...   # only these files

Prints, per file and version, the segments, words and estimated length, then every broken
rule; exits 1 if any rule is broken. Standard library only, so it runs without the app.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "exercises"
KINDS = ("imagery", "grounding")
IMAGERY_ORDER = {
    "imagery-safe-place": 200,
    "imagery-beach": 201,
    "imagery-forest": 202,
    "imagery-lake": 203,
    "imagery-meadow": 204,
    "imagery-floating": 205,
}
GROUNDING_ORDER = {"grounding-54321": 250}

# An estimate of a session's length close to the rendered narration's: the joe voice at
# length_scale 1.35 speaks about 2.9 words a second, and sentences are 0.6 s apart.
WORDS_PER_SECOND = 2.9
SECONDS_PER_SENTENCE = 0.6
# Minutes each version must last by that estimate.
LENGTHS = {
    "imagery": {"short": (4.5, 6.0), "long": (11.0, 13.0)},
    "grounding": {"both": (4.0, 5.5)},
}

MAX_SENTENCE_WORDS = 12  # narration is rendered one sentence per clip
MAX_SENTENCES = 3
PROMPT_PAUSE = (10, 30)  # silence after an invitation to notice or imagine
OTHER_PAUSE = (2, 8)
SEGMENT_KINDS = ("intro", "narration", "outro")

SENTENCE_END = re.compile(r"(?<=[.!?])(?:\s+|$)")
URL = re.compile(r"https?://|www\.", re.IGNORECASE)
# Characters the renderer or the voice handles badly. Only ' and ’ are allowed as quotes.
FORBIDDEN_CHARS = set('{}()[]"“”‘`«»')
SPOKEN_FORBIDDEN_CHARS = FORBIDDEN_CHARS | set("0123456789&%/@#*+=<>_|~—–;")
ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|approx)\.|\b(?:vs|mins?|secs?|hrs?)\b"
    r"|\b[A-Za-z]\.[A-Za-z]\.",
)
ALL_CAPS = re.compile(r"\b[A-Z]{2,}\b")
# Words a frightened listener should not meet, promises, and commands about feelings.
UNSAFE = re.compile(
    r"\b(?:fall\w*|fell|drown\w*|dark\w*|alone|lonely|danger\w*|trapped|stuck|sink\w*|"
    r"cures?|cured|heals?|healing|guarantee\w*|diagnos\w*|"
    r"deep water|deep breath\w*|hold your breath|"
    r"you will feel|you feel calm|you are calm|you are relaxed|relax now|don't worry|"
    r"must|should)\b",
    re.IGNORECASE,
)
# Promises have no place in the written texts either.
PROMISE = re.compile(
    r"\b(?:cures?|cured|heals?|healing|guarantee\w*|will make you|will stop)\b", re.IGNORECASE
)

# The steps every imagery script takes, in order, each found by what its words say.
# (name, pattern, needs a prompt pause, segment kinds it may be in)
Step = tuple[str, str, bool, tuple[str, ...]]
IMAGERY_STEPS: tuple[Step, ...] = (
    ("settle with slow breaths", r"\bbreath", False, ("intro",)),
    ("a path in", r"\bpath\b", False, ("narration",)),
    ("underfoot", r"underfoot|beneath you|under your feet|under you\b", True, ("narration",)),
    ("near sounds", r"\b(?:hear|sounds?)\b.*\b(?:close|near)", True, ("narration",)),
    ("far sounds", r"\b(?:hear|sounds?)\b.*\b(?:far|distance)|\bfurther off", True, ("narration",)),
    ("scents", r"\b(?:smell|scents?)\b", True, ("narration",)),
    ("temperature", r"\b(?:warm\w*|cool\w*|temperature)\b", True, ("narration",)),
    (
        "light and colour",
        r"\blight\b.*\bcolou?rs?\b|\bcolou?rs?\b.*\blight\b",
        True,
        ("narration",),
    ),
    ("touch and textures", r"\btextures?\b", True, ("narration",)),
    ("a deepening", r"\b(?:deeper|deepen\w*|a little further|more fully)\b", False, ("narration",)),
    ("anchor the calm", r"\b(?:a word|an anchor)\b", True, ("narration",)),
    ("move gently", r"\b(?:move|stretch)\b", False, ("outro",)),
    ("notice the room", r"\broom\b", False, ("outro",)),
    ("open the eyes", r"\bopen\b.*\beyes\b|\beyes\b.*\bopen\b", False, ("outro",)),
)
GROUNDING_STEPS: tuple[Step, ...] = (
    ("eyes open", r"\beyes open\b|\bkeep your eyes\b", False, ("intro",)),
    ("five things you can see", r"\bfive things you can see\b", False, ("narration",)),
    ("four things you can touch", r"\bfour things you can touch\b", False, ("narration",)),
    ("three things you can hear", r"\bthree things you can hear\b", False, ("narration",)),
    ("two things you can smell", r"\btwo things you can smell\b", False, ("narration",)),
    ("one thing you can taste", r"\bone thing you can taste\b", False, ("narration",)),
    ("a return", r"\broom\b|\baround you\b", False, ("outro",)),
)
# Things each version says somewhere, in any segment.
IMAGERY_SAYS = (
    ("no right way to imagine", r"\bno right way\b"),
    ("the eyes may stay open", r"\beyes\b.*\bopen\b|\bopen\b.*\beyes\b"),
    ("the person can change the scene", r"\bchange\b"),
    ("the person can stop", r"\bstop\b"),
)
SAFE_PLACE_SAYS = (
    ("the person chooses the place", r"\bchoose\b|\bchoosing\b"),
    ("real or imagined", r"\breal\b.*\bimagined\b|\bimagined\b.*\breal\b"),
    ("change anything they like", r"\bchange anything\b"),
)
GROUNDING_SAYS = (
    ("no right way", r"\bno right way\b"),
    ("the person can stop", r"\bstop\b"),
)
DESCRIPTION_SAYS = {
    "imagery": (
        ("no right way", r"\bno right way\b"),
        ("eyes may stay open", r"\beyes\b.*\bopen\b|\bopen\b.*\beyes\b"),
    ),
    "grounding": (
        ("eyes open", r"\beyes open\b"),
        ("widely taught", r"\bwidely taught\b"),
        ("DBT distress tolerance", r"\bdistress.tolerance\b"),
        ("little trial evidence", r"\blittle\b.*\bevidence\b"),
    ),
}


@dataclass(frozen=True)
class Segment:
    index: int  # 1-based, as a person counts [[segments]] in the file
    kind: str
    text: str
    pause: int
    only: str | None


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text.strip()) if s]


def estimate_seconds(segments: list[Segment]) -> float:
    total = 0.0
    for segment in segments:
        total += len(segment.text.split()) / WORDS_PER_SECOND
        total += SECONDS_PER_SENTENCE * len(sentences(segment.text))
        total += segment.pause
    return total


def versions_of(kind: str) -> tuple[str, ...]:
    return tuple(LENGTHS[kind])


def in_version(segment: Segment, version: str) -> bool:
    return version == "both" or segment.only in (None, version)


class FileCheck:
    """The rules for one file; `problems` collects every broken one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self.rows: list[tuple[str, int, int, float]] = []

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def run(self) -> None:
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            self.fail(f"cannot read: {error}")
            return
        kind = data.get("kind")
        if kind not in KINDS:
            self.fail(f"kind is {kind!r}, not one of {', '.join(KINDS)}")
            return
        self.check_header(data, kind)
        segments = self.check_segments(data.get("segments"), kind)
        if not segments:
            return
        for version in versions_of(kind):
            chosen = [s for s in segments if in_version(s, version)]
            self.check_version(chosen, kind, version, data.get("id", ""))

    def check_text(self, where: str, text: str, spoken: bool) -> None:
        bad = SPOKEN_FORBIDDEN_CHARS if spoken else FORBIDDEN_CHARS
        found = sorted({c for c in text if c in bad})
        if found:
            self.fail(f"{where}: characters not allowed: {' '.join(found)}")
        if URL.search(text):
            self.fail(f"{where}: no URLs")
        if spoken:
            if match := ABBREVIATION.search(text):
                self.fail(f"{where}: abbreviation the voice may misread: {match.group(0)!r}")
            if match := ALL_CAPS.search(text):
                self.fail(f"{where}: capitals the voice may spell out: {match.group(0)!r}")
        if match := (UNSAFE if spoken else PROMISE).search(text):
            self.fail(f"{where}: unsafe or promising wording: {match.group(0)!r}")

    def check_header(self, data: dict[str, Any], kind: str) -> None:
        ident = data.get("id")
        if ident != self.path.stem:
            self.fail(f"id {ident!r} does not match the file name {self.path.name}")
        expected = {**IMAGERY_ORDER, **GROUNDING_ORDER}.get(str(ident))
        if expected is not None and data.get("order") != expected:
            self.fail(f"order is {data.get('order')!r}, expected {expected}")
        for key, limit in (("name", 60), ("summary", 160), ("description", 4000)):
            value = data.get(key)
            if not isinstance(value, str) or not value.strip():
                self.fail(f"{key} is missing or empty")
                continue
            if len(value) > limit:
                self.fail(f"{key} has {len(value)} characters, at most {limit}")
            self.check_text(key, value, spoken=False)
        summary = data.get("summary")
        if isinstance(summary, str) and len(sentences(summary)) != 1:
            self.fail("summary must be one sentence")
        description = data.get("description")
        if isinstance(description, str):
            paragraphs = [p for p in re.split(r"\n\s*\n", description.strip()) if p.strip()]
            if len(paragraphs) != 2:
                self.fail(f"description has {len(paragraphs)} paragraphs, expected 2")
            for name, pattern in DESCRIPTION_SAYS[kind]:
                if not re.search(pattern, description, re.IGNORECASE | re.DOTALL):
                    self.fail(f"description does not say: {name}")
        for key in ("cautions", "sources"):
            value = data.get(key)
            if (
                not isinstance(value, list)
                or not value
                or not all(isinstance(v, str) and v.strip() for v in value)
            ):
                self.fail(f"{key} must be a non-empty list of lines")
                continue
            for number, line in enumerate(value, 1):
                self.check_text(f"{key}[{number}]", line, spoken=False)
        cautions = " ".join(data.get("cautions") or [])
        if kind == "imagery" and not re.search(r"psychosis", cautions, re.IGNORECASE):
            self.fail("cautions do not mention psychosis or dissociation")
        if not re.search(r"\bstop\b", cautions, re.IGNORECASE):
            self.fail("cautions do not say it is fine to stop")

    def check_segments(self, raw: Any, kind: str) -> list[Segment]:
        if not isinstance(raw, list) or not raw:
            self.fail("no [[segments]]")
            return []
        segments: list[Segment] = []
        for index, table in enumerate(raw, 1):
            where = f"segment {index}"
            unknown = set(table) - {"kind", "text", "pause", "only"}
            if unknown:
                self.fail(f"{where}: unknown keys {sorted(unknown)}")
            seg_kind, text, pause, only = (
                table.get("kind"),
                table.get("text"),
                table.get("pause"),
                table.get("only"),
            )
            if seg_kind not in SEGMENT_KINDS:
                self.fail(f"{where}: kind {seg_kind!r} is not one of {SEGMENT_KINDS}")
                continue
            if not isinstance(text, str) or not text.strip() or text != text.strip():
                self.fail(f"{where}: text is empty or has spaces at its ends")
                continue
            if not isinstance(pause, int) or isinstance(pause, bool) or not 0 <= pause <= 60:
                self.fail(f"{where}: pause must be a whole number of seconds, 0-60")
                continue
            if only is not None and only not in ("long", "short"):
                self.fail(f"{where}: only must be 'long' or 'short'")
                continue
            if kind == "grounding" and only is not None:
                self.fail(f"{where}: grounding has one version; leave out only")
            self.check_text(where, text, spoken=True)
            said = sentences(text)
            if not 1 <= len(said) <= MAX_SENTENCES:
                self.fail(f"{where}: {len(said)} sentences, expected 1-{MAX_SENTENCES}")
            if not text.endswith((".", "!", "?")):
                self.fail(f"{where}: text must end a sentence with . ! or ?")
            for sentence in said:
                words = len(sentence.split())
                if words > MAX_SENTENCE_WORDS:
                    self.fail(f"{where}: {words} words in {sentence!r}, at most 12")
            low, high = PROMPT_PAUSE if pause >= PROMPT_PAUSE[0] else OTHER_PAUSE
            if not low <= pause <= high:
                self.fail(f"{where}: pause {pause} s is outside 2-8 s and 10-30 s")
            if pause >= PROMPT_PAUSE[0] and seg_kind != "narration":
                self.fail(f"{where}: a {pause} s prompt pause belongs in the narration")
            segments.append(Segment(index, seg_kind, text, pause, only))
        return segments

    def check_version(self, chosen: list[Segment], kind: str, version: str, ident: str) -> None:
        label = version if version != "both" else "-"
        words = sum(len(s.text.split()) for s in chosen)
        seconds = estimate_seconds(chosen)
        self.rows.append((label, len(chosen), words, seconds / 60))
        low, high = LENGTHS[kind][version]
        if not low <= seconds / 60 <= high:
            self.fail(f"{label}: {seconds / 60:.2f} min by the estimate, expected {low}-{high}")
        order = [SEGMENT_KINDS.index(s.kind) for s in chosen]
        if order != sorted(order):
            self.fail(f"{label}: segments must go intro, narration, outro")
        for needed in ("intro", "outro"):
            if not any(s.kind == needed for s in chosen):
                self.fail(f"{label}: no {needed} segment")
        steps = IMAGERY_STEPS if kind == "imagery" else GROUNDING_STEPS
        self.check_steps(chosen, steps, label)
        says = {"imagery": IMAGERY_SAYS, "grounding": GROUNDING_SAYS}[kind]
        if ident == "imagery-safe-place":
            says = says + SAFE_PLACE_SAYS
        whole = " ".join(s.text for s in chosen)
        for name, pattern in says:
            if not re.search(pattern, whole, re.IGNORECASE):
                self.fail(f"{label}: never says: {name}")
        if kind == "grounding":
            self.check_grounding_counts(chosen, label)

    def check_steps(self, chosen: list[Segment], steps: tuple[Step, ...], label: str) -> None:
        """Each step in order, each found in a later segment than the one before it."""
        position = 0
        for name, pattern, prompt, kinds in steps:
            found = next(
                (
                    i
                    for i in range(position, len(chosen))
                    if chosen[i].kind in kinds
                    and re.search(pattern, chosen[i].text, re.IGNORECASE)
                    and (not prompt or chosen[i].pause >= PROMPT_PAUSE[0])
                ),
                None,
            )
            if found is None:
                pause_note = " with a 10-30 s pause" if prompt else ""
                self.fail(
                    f"{label}: step {name!r}{pause_note} not found after segment "
                    f"{chosen[position].index if position < len(chosen) else 'end'}"
                )
                continue
            position = found + 1

    def check_grounding_counts(self, chosen: list[Segment], label: str) -> None:
        """After naming a sense, one prompt pause of 6-30 s per thing to find."""
        senses = [("see", 5), ("touch", 4), ("hear", 3), ("smell", 2), ("taste", 1)]
        counts = {"see": 0, "touch": 0, "hear": 0, "smell": 0, "taste": 0}
        current: str | None = None
        for segment in chosen:
            for sense, _ in senses:
                if re.search(rf"\bthings? you can {sense}\b", segment.text, re.IGNORECASE):
                    current = sense
            if current and segment.kind == "narration" and segment.pause >= 6:
                counts[current] += 1
        for sense, wanted in senses:
            if counts[sense] != wanted:
                self.fail(
                    f"{label}: {counts[sense]} pauses of 6 s or more for {sense}, "
                    f"expected {wanted}, one per thing"
                )


def files_to_check(arguments: list[str]) -> list[Path]:
    if arguments:
        return [Path(a) for a in arguments]
    found = []
    for path in sorted(FOLDER.glob("*.toml")):
        try:
            kind = tomllib.loads(path.read_text(encoding="utf-8")).get("kind")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            kind = None
        if kind in KINDS or path.stem.startswith(("imagery-", "grounding-")):
            found.append(path)
    return found


def main(arguments: list[str], out: Callable[[str], None] = print) -> int:
    paths = files_to_check(arguments)
    if not paths:
        out("no imagery or grounding files found")
        return 1
    failed = 0
    out(f"{'file':<26} {'version':<7} {'segments':>8} {'words':>6} {'minutes':>7}")
    for path in paths:
        check = FileCheck(path)
        check.run()
        for label, count, words, minutes in check.rows:
            out(f"{path.name:<26} {label:<7} {count:>8} {words:>6} {minutes:>7.2f}")
        for problem in check.problems:
            out(f"  FAIL {path.name}: {problem}")
        failed += bool(check.problems)
    out(f"{len(paths) - failed} of {len(paths)} files pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
