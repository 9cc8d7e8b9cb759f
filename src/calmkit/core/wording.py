"""How CalmKit words numbers for people: durations, dates, counts, goals, streaks and changes
in ratings. One module for the app and the command line, so both say the same thing, in the
person's language (every text goes through calmkit.core.i18n)."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import TYPE_CHECKING

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the statistics load only where they are shown
    from calmkit.core.stats import GoalProgress

# A change in ratings is shown only over this many rated sessions of an exercise: a single
# session's change mostly reflects the day.
RATINGS_BEFORE_CHANGE = 3


def translated(text: str) -> str:
    """One of this module's marked texts (CHANGES_TITLE...) in the person's language."""
    return translate("Wording", text)


# --- numbers and durations ----------------------------------------------------------------


def clock_time(seconds: float) -> str:
    """`3:07` style, for countdowns."""
    minutes, secs = divmod(max(0, round(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def decimal_number(value: float, places: int = 1) -> str:
    """`1.5` in English, `1,5` in German: a number with a fixed count of decimal places."""
    text = f"{value:.{places}f}"
    return text.replace(".", translate("Wording", ".", "decimal mark"))


def short_number(value: float) -> str:
    """`5.45`, `4` in English, `5,45` in German: as short as the value allows (like :g)."""
    return f"{value:g}".replace(".", translate("Wording", ".", "decimal mark"))


def describe_length(seconds: float) -> str:
    """`4 min 30 s` style, for summaries and lists."""
    minutes, secs = divmod(round(seconds), 60)
    if minutes and secs:
        return translate("Wording", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=secs
        )
    if minutes:
        return translate("Wording", "{minutes} min").format(minutes=minutes)
    return translate("Wording", "{seconds} s").format(seconds=secs)


def describe_total(minutes: float) -> str:
    """`3 h 25 min` style, in whole minutes, for totals over days and weeks."""
    hours, rest = divmod(round(minutes), 60)
    if hours:
        return translate("Wording", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    return translate("Wording", "{minutes} min").format(minutes=rest)


def plural(count: int, word: str) -> str:
    """`1 session`, `2 sessions`, `1,250 sessions`: English only.

    For text not translated yet; new text says `translate(context, "%n session(s)", None, n)`,
    which gives every language its own plural forms."""
    return f"{count:,} {word if count == 1 else word + 's'}"


# --- dates ---------------------------------------------------------------------------------
# strftime's %a/%b/%B follow the C library's locale, not the language CalmKit speaks: the
# names are translated here instead, and so is the order of each date's parts.

_WEEKDAYS_SHORT = (  # Monday first, as date.weekday()
    QT_TRANSLATE_NOOP("ShortWeekday", "Mon"),
    QT_TRANSLATE_NOOP("ShortWeekday", "Tue"),
    QT_TRANSLATE_NOOP("ShortWeekday", "Wed"),
    QT_TRANSLATE_NOOP("ShortWeekday", "Thu"),
    QT_TRANSLATE_NOOP("ShortWeekday", "Fri"),
    QT_TRANSLATE_NOOP("ShortWeekday", "Sat"),
    QT_TRANSLATE_NOOP("ShortWeekday", "Sun"),
)
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)
_MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("ShortMonth", "Jan"),
    QT_TRANSLATE_NOOP("ShortMonth", "Feb"),
    QT_TRANSLATE_NOOP("ShortMonth", "Mar"),
    QT_TRANSLATE_NOOP("ShortMonth", "Apr"),
    QT_TRANSLATE_NOOP("ShortMonth", "May"),
    QT_TRANSLATE_NOOP("ShortMonth", "Jun"),
    QT_TRANSLATE_NOOP("ShortMonth", "Jul"),
    QT_TRANSLATE_NOOP("ShortMonth", "Aug"),
    QT_TRANSLATE_NOOP("ShortMonth", "Sep"),
    QT_TRANSLATE_NOOP("ShortMonth", "Oct"),
    QT_TRANSLATE_NOOP("ShortMonth", "Nov"),
    QT_TRANSLATE_NOOP("ShortMonth", "Dec"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Month", "January"),
    QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"),
    QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "December"),
)


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """The name of a weekday, 0 being Monday (as date.weekday()): `Wednesday`, or `Wed`."""
    if short:
        return translate("ShortWeekday", _WEEKDAYS_SHORT[weekday])
    return translate("Weekday", _WEEKDAYS[weekday])


def month_name(month: int, *, short: bool = False) -> str:
    """The name of a month, 1 being January: `December`, or `Dec`."""
    if short:
        return translate("ShortMonth", _MONTHS_SHORT[month - 1])
    return translate("Month", _MONTHS[month - 1])


def time_of_day(moment: datetime) -> str:
    """`14:05` style: the hour and minute on the clock."""
    return translate("Wording", "{hour}:{minute}").format(
        hour=f"{moment.hour:02d}", minute=f"{moment.minute:02d}"
    )


def local_datetime(moment: datetime) -> str:
    """`Wed 02 Dec 2026, 14:05` style: as it was on the person's clock when it happened (the
    stored offset is kept)."""
    return translate("Wording", "{weekday} {day} {month} {year}, {time}").format(
        weekday=weekday_name(moment.weekday(), short=True),
        day=f"{moment.day:02d}",
        month=month_name(moment.month, short=True),
        year=moment.year,
        time=time_of_day(moment),
    )


def weekday_date(day: date) -> str:
    """`Wed 2 Dec 2026` style, for one day in charts and lists."""
    return translate("Wording", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day.weekday(), short=True),
        day=day.day,
        month=month_name(day.month, short=True),
        year=day.year,
    )


def long_date(day: date) -> str:
    """`2 December 2026` style, for a date said in a sentence."""
    return translate("Wording", "{day} {month} {year}").format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def long_datetime(moment: datetime) -> str:
    """`2 December 2026, 14:05` style."""
    return translate("Wording", "{date}, {time}").format(
        date=long_date(moment), time=time_of_day(moment)
    )


def day_month(day: date) -> str:
    """`2 Dec` style, for a chart's axis."""
    return translate("Wording", "{day} {month}").format(
        day=day.day, month=month_name(day.month, short=True)
    )


def month_year(day: date) -> str:
    """`Dec 2026` style, for a chart's axis."""
    return translate("Wording", "{month} {year}").format(
        month=month_name(day.month, short=True), year=day.year
    )


# --- streaks, changes and goals --------------------------------------------------------------


def streak_words(current: int) -> tuple[str, str]:
    """(big text, caption) for the current streak: 0 is a fresh start, never a loss."""
    if current == 0:
        return (
            translate("Wording", "Fresh start"),
            translate("Wording", "a session today begins a new streak"),
        )
    return translate("Wording", "%n day(s)", None, current), translate("Wording", "current streak")


def change_words(drop: float | None, rated: int) -> str:
    """How ratings changed over an exercise's sessions (before minus after), in plain,
    neutral words; nothing is read into fewer than RATINGS_BEFORE_CHANGE rated sessions."""
    if drop is None or rated == 0:
        return translate("Wording", "not rated yet")
    if rated < RATINGS_BEFORE_CHANGE:
        more = RATINGS_BEFORE_CHANGE - rated
        return translate("Wording", "shown after %n more rated session(s)", None, more)
    if round(drop, 1) == 0:
        return translate("Wording", "about the same after")
    amount = decimal_number(abs(drop))
    if drop > 0:
        return translate("Wording", "{amount} lower after").format(amount=amount)
    return translate("Wording", "{amount} higher after").format(amount=amount)


# Said wherever the changes are shown: why one session's change is not a finding.
_CHANGE_NOTE = QT_TRANSLATE_NOOP(
    "Wording",
    "One session says little: how you feel varies from day to day, so a change shows once "
    "an exercise has {count} sessions rated before and after. A change of about one point "
    "or more is one you are likely to notice.",
)
CHANGES_TITLE = QT_TRANSLATE_NOOP("Wording", "How your ratings changed")
# In English, for text that is not translated yet: show change_note() and changes_title().


def change_note() -> str:
    return translate("Wording", _CHANGE_NOTE).format(count=RATINGS_BEFORE_CHANGE)


def changes_title() -> str:
    return translate("Wording", CHANGES_TITLE)


def _done(progress: GoalProgress) -> int:
    # Whole units, rounded down: 9.6 of 10 minutes must not read as "10 of 10" before the
    # goal is reached.
    return math.floor(progress.done)


def minutes_goal_words(progress: GoalProgress) -> str:
    """`Today: 4 of 10 minutes`, and `· goal reached` once it is."""
    target = math.ceil(progress.target)
    if progress.reached:
        text = translate("Wording", "Today: {done} of %n minute(s) · goal reached", None, target)
    else:
        text = translate("Wording", "Today: {done} of %n minute(s)", None, target)
    return text.format(done=_done(progress))


def days_goal_words(progress: GoalProgress) -> str:
    """`This week: 2 of 5 practice days`, and `· goal reached` once it is."""
    target = math.ceil(progress.target)
    if progress.reached:
        text = translate(
            "Wording", "This week: {done} of %n practice day(s) · goal reached", None, target
        )
    else:
        text = translate("Wording", "This week: {done} of %n practice day(s)", None, target)
    return text.format(done=_done(progress))


def goal_words(label: str, progress: GoalProgress, unit: str) -> str:
    """`{label}: 4 of 10 {unit}`, for callers that word the label and unit themselves
    (prefer minutes_goal_words and days_goal_words: they count the unit in every language)."""
    text = translate("Wording", "{label}: {done} of {target} {unit}").format(
        label=label, done=_done(progress), target=short_number(progress.target), unit=unit
    )
    if progress.reached:
        return translate("Wording", "{goal} · goal reached").format(goal=text)
    return text


# --- how a session ended ---------------------------------------------------------------------

# A session saved from its last checkpoint after a crash, a kill or a power loss. One word in
# the History's narrow Outcome column; its tooltip (the detail) says what happened. Marked
# here, translated where shown (session_outcome, recovered_detail).
RECOVERED_OUTCOME = QT_TRANSLATE_NOOP("Wording", "Interrupted")
RECOVERED_DETAIL = QT_TRANSLATE_NOOP(
    "Wording",
    "CalmKit closed unexpectedly during this session (it crashed, or the computer lost "
    "power). It was saved from the last moment CalmKit noted, so you may have practised a "
    "little longer.",
)


def recovered_detail() -> str:
    return translate("Wording", RECOVERED_DETAIL)


def session_outcome(completed: bool, recovered: bool) -> str:
    """How a session ended, in the history's words."""
    if recovered:
        return translate("Wording", RECOVERED_OUTCOME)
    if completed:
        return translate("Wording", "Completed")
    return translate("Wording", "Ended early")
