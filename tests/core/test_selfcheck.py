"""The self-check's rules: seven questions, 0-3 each, the bands, the wording, the weekly offer,
and that a half-answered check is never scored."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from calmkit.core import selfcheck
from calmkit.core.selfcheck import (
    ANSWERS,
    QUESTIONS,
    CheckIn,
    IncompleteCheckError,
    band_for,
    check_answers,
    parse_answer,
    parse_answers,
    prompt_due,
    result_lines,
    snoozed_until,
)

NOW = datetime(2026, 3, 10, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def test_seven_questions_about_the_last_two_weeks_each_answered_0_to_3() -> None:
    assert len(QUESTIONS) == 7
    assert "2 weeks" in selfcheck.INTRO
    assert ANSWERS == ("Not at all", "Several days", "More than half the days", "Nearly every day")
    assert selfcheck.MAX_TOTAL == 21


def test_it_is_labelled_an_adaptation_with_its_citation() -> None:
    assert selfcheck.SOURCE.startswith("Adapted from the GAD-7")
    for part in ("Spitzer", "Arch Intern Med", "2006", "166:1092", "free to reproduce"):
        assert part in selfcheck.SOURCE


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_the_bands_begin_at_5_10_and_15(total: int, band: str) -> None:
    assert band_for(total).key == band
    assert band_for(total).title.endswith("anxiety symptoms")


def test_a_total_outside_0_to_21_has_no_band() -> None:
    with pytest.raises(ValueError, match="0 to 21"):
        band_for(22)


@pytest.mark.parametrize("answers", [[0, 1, 2, 3, 0, 1, None], [None] * 7, [1, 1, 1], []])
def test_a_half_answered_check_is_never_scored(answers: list[int | None]) -> None:
    with pytest.raises(IncompleteCheckError) as caught:
        CheckIn.new(answers, NOW)
    assert "answer all seven" in str(caught.value)
    assert 7 in [i + 1 for i in caught.value.unanswered]


@pytest.mark.parametrize("answers", [[0, 1, 2, 3, 0, 1, 4], [0, 1, 2, 3, 0, 1, True], [0] * 8])
def test_answers_outside_the_scale_are_refused(answers: list[object]) -> None:
    with pytest.raises(ValueError):
        check_answers(answers)


def test_the_total_is_the_sum_and_only_10_or_more_suggests_a_professional() -> None:
    nine = CheckIn.new([3, 3, 3, 0, 0, 0, 0], NOW)
    ten = CheckIn.new([3, 3, 3, 1, 0, 0, 0], NOW)
    assert (nine.total, nine.band.key, nine.suggests_talking_to_someone) == (9, "mild", False)
    assert (ten.total, ten.band.key, ten.suggests_talking_to_someone) == (10, "moderate", True)
    assert selfcheck.TALK_TO_SOMEONE not in result_lines(nine)
    lines = result_lines(ten)
    assert lines[0] == "Your total: 10 of 21. Moderate anxiety symptoms (the range 10-14)."
    assert lines[2] == selfcheck.NOT_A_DIAGNOSIS
    assert lines[3] == selfcheck.TALK_TO_SOMEONE
    assert "doctor or a therapist" in lines[3]
    assert lines[-1] == selfcheck.HELP_NOW and "F1" in lines[-1]


def test_it_never_calls_itself_a_diagnosis_except_to_say_it_is_not_one() -> None:
    texts = [
        selfcheck.INTRO,
        selfcheck.SOURCE,
        selfcheck.NOT_A_DIAGNOSIS,
        selfcheck.TALK_TO_SOMEONE,
        selfcheck.HELP_NOW,
        selfcheck.INCOMPLETE,
        *QUESTIONS,
        *(b.title + " " + b.explanation for b in selfcheck.BANDS),
    ]
    for text in texts:
        for sentence in re.split(r"(?<=\.)\s", text):
            if re.search(r"diagnos", sentence, re.IGNORECASE):
                assert "not a diagnosis" in sentence, sentence


def test_a_checkin_keeps_whole_seconds_and_needs_an_offset() -> None:
    checkin = CheckIn.new([1] * 7, NOW.replace(microsecond=123))
    assert checkin.taken_at.microsecond == 0
    with pytest.raises(ValueError, match="UTC offset"):
        CheckIn.new([1] * 7, datetime(2026, 3, 10, 20, 0))


def test_answers_for_scripts_are_seven_numbers_0_to_3() -> None:
    assert parse_answers("0,1,2,3,0,1,2") == (0, 1, 2, 3, 0, 1, 2)
    assert parse_answers(" 0, 1,2 ,3,0,1,2 ") == (0, 1, 2, 3, 0, 1, 2)
    with pytest.raises(ValueError, match="found 6"):
        parse_answers("0,1,2,3,0,1")
    with pytest.raises(ValueError, match="answer 4 is '7'"):
        parse_answers("0,1,2,7,0,1,2")
    with pytest.raises(ValueError, match="answer 7 is nothing"):
        parse_answers("0,1,2,3,0,1,")
    assert [parse_answer(t) for t in ("2\n", " 3 ", "", "x", "4", "1.0")] == [
        2,
        3,
        None,
        None,
        None,
        None,
    ]


def test_the_weekly_offer_comes_a_week_after_the_last_and_not_now_waits_a_day() -> None:
    assert prompt_due(None, None, NOW), "switched on and never taken: offered at once"
    assert not prompt_due(NOW - timedelta(days=6, hours=23), None, NOW)
    assert prompt_due(NOW - timedelta(days=7), None, NOW)
    snooze = NOW + selfcheck.SNOOZE
    assert not prompt_due(None, snooze, NOW + timedelta(hours=23))
    assert prompt_due(None, snooze, NOW + timedelta(days=1))


def test_an_unreadable_snooze_counts_as_none() -> None:
    assert snoozed_until(NOW.isoformat()) == NOW
    assert [snoozed_until(v) for v in (None, 5, "soon", "2026-03-10T20:00:00")] == [None] * 4
