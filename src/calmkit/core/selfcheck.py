"""The weekly anxiety self-check: seven questions adapted from the GAD-7, their scoring, the
bands in plain words, and when to offer the next one. Pure: no store, no Qt."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.records import aware_datetime

# The seven topics of the GAD-7 in CalmKit's own words, in the original order (the order is
# part of the measure: scores stay comparable with the published bands). The texts here are
# marked for the catalog and translated where they are shown: question_texts(),
# answer_texts(), translated(INTRO) and the bands' properties.
QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SelfCheck", "Feeling nervous, anxious or tense"),
    QT_TRANSLATE_NOOP("SelfCheck", "Not being able to stop worrying, or to keep it in check"),
    QT_TRANSLATE_NOOP("SelfCheck", "Worrying a lot about many different things"),
    QT_TRANSLATE_NOOP("SelfCheck", "Finding it hard to relax"),
    QT_TRANSLATE_NOOP("SelfCheck", "Feeling so restless that it was hard to sit still"),
    QT_TRANSLATE_NOOP("SelfCheck", "Getting annoyed or irritated easily"),
    QT_TRANSLATE_NOOP("SelfCheck", "Feeling afraid that something awful might happen"),
)
QUESTION_COUNT = len(QUESTIONS)
INTRO = QT_TRANSLATE_NOOP(
    "SelfCheck", "Over the last 2 weeks, how often has each of these bothered you?"
)
# Index = the points an answer gives.
ANSWERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SelfCheck", "Not at all"),
    QT_TRANSLATE_NOOP("SelfCheck", "Several days"),
    QT_TRANSLATE_NOOP("SelfCheck", "More than half the days"),
    QT_TRANSLATE_NOOP("SelfCheck", "Nearly every day"),
)
MAX_ANSWER = len(ANSWERS) - 1
MAX_TOTAL = MAX_ANSWER * QUESTION_COUNT
# The point from which the authors advise a closer look by a professional (sensitivity 89%,
# specificity 82% in their study).
TALK_TO_SOMEONE_FROM = 10

SOURCE = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "Adapted from the GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for "
    "assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166:1092-1097. "
    "The GAD-7 is free to reproduce; these are CalmKit's own words for its seven questions.",
)
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "This is a self-check, not a diagnosis. It shows how the last two weeks have felt; only "
    "a doctor or therapist who talks with you can say what is going on and what would help.",
)
TALK_TO_SOMEONE = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "A total of 10 or more is where doctors usually suggest a closer look. Please think about "
    "talking to your doctor or a therapist about how you have been feeling. Anxiety like this "
    "is common, and it often eases with the right support.",
)
HELP_NOW = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "If you need support right now, Help now (F1) lists people you can call or text.",
)
HELP_NOW_TERMINAL = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "If you need support right now, press F1 in CalmKit or run `calmkit help-now` for "
    "people you can call or text.",
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "Please answer all seven questions; a self-check is only scored when it is complete.",
)

# The weekly offer: a week after the last check, and "Not now" waits a day.
PROMPT_AFTER = timedelta(days=7)
SNOOZE = timedelta(days=1)
SNOOZE_SETTING = "self_check_snoozed_until"


def translated(text: str) -> str:
    """One of this module's marked texts (INTRO, SOURCE, HELP_NOW...) in the person's
    language."""
    return translate("SelfCheck", text)


def question_texts() -> tuple[str, ...]:
    """The seven questions in the person's language, in their order."""
    return tuple(translate("SelfCheck", question) for question in QUESTIONS)


def answer_texts() -> tuple[str, ...]:
    """The four answers in the person's language; index = the points an answer gives."""
    return tuple(translate("SelfCheck", answer) for answer in ANSWERS)


@dataclass(frozen=True, slots=True)
class Band:
    """A range of totals and what it means. Its words are kept in English (the JSON output
    says those) and translated when read through `title`, `explanation` and `in_sentence`."""

    key: str
    low: int
    high: int
    english_title: str
    english_explanation: str
    english_in_sentence: str  # the title as it reads inside a sentence: "mild anxiety..."

    @property
    def title(self) -> str:
        return translate("SelfCheck", self.english_title)

    @property
    def explanation(self) -> str:
        return translate("SelfCheck", self.english_explanation)

    @property
    def in_sentence(self) -> str:
        return translate("SelfCheck", self.english_in_sentence)

    def describe_range(self) -> str:
        return f"{self.low}-{self.high}"


BANDS: tuple[Band, ...] = (
    Band(
        "minimal",
        0,
        4,
        QT_TRANSLATE_NOOP("SelfCheck", "Minimal anxiety symptoms"),
        QT_TRANSLATE_NOOP(
            "SelfCheck", "Your answers show few signs of anxiety over the last two weeks."
        ),
        QT_TRANSLATE_NOOP("SelfCheck", "minimal anxiety symptoms"),
    ),
    Band(
        "mild",
        5,
        9,
        QT_TRANSLATE_NOOP("SelfCheck", "Mild anxiety symptoms"),
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "Your answers show some anxiety over the last two weeks. Many people have weeks "
            "like this. Keep an eye on how you feel, and keep doing what helps you.",
        ),
        QT_TRANSLATE_NOOP("SelfCheck", "mild anxiety symptoms"),
    ),
    Band(
        "moderate",
        10,
        14,
        QT_TRANSLATE_NOOP("SelfCheck", "Moderate anxiety symptoms"),
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "Your answers show that anxiety has been bothering you often over the last two "
            "weeks. You do not have to manage that on your own.",
        ),
        QT_TRANSLATE_NOOP("SelfCheck", "moderate anxiety symptoms"),
    ),
    Band(
        "severe",
        15,
        21,
        QT_TRANSLATE_NOOP("SelfCheck", "Severe anxiety symptoms"),
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "Your answers show that anxiety has been with you on most days of the last two "
            "weeks. That is a lot to carry, and support can make a real difference.",
        ),
        QT_TRANSLATE_NOOP("SelfCheck", "severe anxiety symptoms"),
    ),
)
BAND_LINES = tuple(band.low for band in BANDS[1:])  # 5, 10, 15: where a band begins


class IncompleteCheckError(ValueError):
    """Not every question was answered: such a check is never scored or stored."""

    def __init__(self, unanswered: Sequence[int]) -> None:
        self.unanswered = tuple(unanswered)
        numbers = ", ".join(str(i + 1) for i in self.unanswered)
        count = len(self.unanswered)
        missing = translate(
            "SelfCheck", "Not answered yet: question(s) {numbers}.", None, count
        ).format(numbers=numbers)
        super().__init__(f"{translate('SelfCheck', INCOMPLETE)} {missing}")


def band_for(total: int) -> Band:
    if not 0 <= total <= MAX_TOTAL:
        raise ValueError(f"a self-check total is from 0 to {MAX_TOTAL}, not {total}")
    return next(band for band in BANDS if band.low <= total <= band.high)


def check_answers(answers: Sequence[Any]) -> tuple[int, ...]:
    """The seven answers as points, or why not: a missing answer (None) raises
    IncompleteCheckError, anything else that is not 0-3 raises ValueError."""
    values = list(answers)
    if len(values) > QUESTION_COUNT:
        raise ValueError(
            translate("SelfCheck", "a self-check has {expected} answers, not {found}").format(
                expected=QUESTION_COUNT, found=len(values)
            )
        )
    values += [None] * (QUESTION_COUNT - len(values))
    unanswered = [i for i, value in enumerate(values) if value is None]
    if unanswered:
        raise IncompleteCheckError(unanswered)
    for number, value in enumerate(values, start=1):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ANSWER:
            raise ValueError(
                translate(
                    "SelfCheck",
                    "the answer to question {number} is {value}; answers are 0 to {maximum}",
                ).format(number=number, value=repr(value), maximum=MAX_ANSWER)
            )
    return tuple(values)


def parse_answers(text: str) -> tuple[int, ...]:
    """Seven comma-separated numbers from 0 to 3 ("0,1,2,3,0,1,2"), or ValueError saying what
    is wrong with them."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != QUESTION_COUNT:
        raise ValueError(
            translate(
                "SelfCheck",
                "expected {expected} answers separated by commas, like 0,1,2,3,0,1,2; "
                "found {found}",
            ).format(expected=QUESTION_COUNT, found=len(parts))
        )
    values = []
    for number, part in enumerate(parts, start=1):
        if part not in ("0", "1", "2", "3"):
            shown = repr(part) if part else translate("SelfCheck", "nothing")
            raise ValueError(
                translate(
                    "SelfCheck", "answer {number} is {shown}; each answer is 0, 1, 2 or 3"
                ).format(number=number, shown=shown)
            )
        values.append(int(part))
    return tuple(values)


def parse_answer(text: str) -> int | None:
    """One typed answer: the digit 0-3, else None (the question is asked again)."""
    text = text.strip()
    return int(text) if text in ("0", "1", "2", "3") else None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One completed self-check, as stored, exported and imported."""

    id: str
    taken_at: datetime  # timezone-aware, whole seconds
    answers: tuple[int, ...]

    def __post_init__(self) -> None:
        check_answers(self.answers)
        if self.taken_at.utcoffset() is None:
            raise ValueError(
                translate("SelfCheck", "a self-check's time must carry its UTC offset")
            )

    @classmethod
    def new(cls, answers: Sequence[Any], now: datetime) -> CheckIn:
        """A check-in taken `now`; raises IncompleteCheckError unless all seven are answered."""
        return cls(str(uuid.uuid4()), now.replace(microsecond=0), check_answers(answers))

    @property
    def total(self) -> int:
        return sum(self.answers)

    @property
    def band(self) -> Band:
        return band_for(self.total)

    @property
    def suggests_talking_to_someone(self) -> bool:
        return self.total >= TALK_TO_SOMEONE_FROM


def result_lines(checkin: CheckIn, *, help_now: str = HELP_NOW, english: bool = False) -> list[str]:
    """What a finished check says, in order: the total and band, what it means, that it is
    not a diagnosis, from 10 the suggestion to talk to someone, and where Help now is.
    `help_now` is HELP_NOW or HELP_NOW_TERMINAL; `english` keeps the words as written (for
    JSON output), else they are translated."""

    def said(text: str) -> str:
        return text if english else translate("SelfCheck", text)

    band = checkin.band
    total = QT_TRANSLATE_NOOP(
        "SelfCheck", "Your total: {total} of {maximum}. {band} (the range {range})."
    )
    lines = [
        said(total).format(
            total=checkin.total,
            maximum=MAX_TOTAL,
            band=band.english_title if english else band.title,
            range=band.describe_range(),
        ),
        band.english_explanation if english else band.explanation,
        said(NOT_A_DIAGNOSIS),
    ]
    if checkin.suggests_talking_to_someone:
        lines.append(said(TALK_TO_SOMEONE))
    lines.append(said(help_now))
    return lines


def bands_explained() -> str:
    """The four bands in one line, for the result page and --help."""
    return "; ".join(f"{b.describe_range()} {b.in_sentence}" for b in BANDS) + "."


def prompt_due(last_taken: datetime | None, snoozed_until: datetime | None, now: datetime) -> bool:
    """Whether to offer the weekly check now: a week after the last one (or straight away if
    there is none), unless "Not now" was chosen less than a day ago."""
    if snoozed_until is not None and now < snoozed_until:
        return False
    return last_taken is None or now - last_taken >= PROMPT_AFTER


def snoozed_until(value: Any) -> datetime | None:
    """The stored "Not now" moment; anything unreadable counts as no snooze."""
    return aware_datetime(value)
