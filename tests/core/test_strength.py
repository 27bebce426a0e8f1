"""Strength: ``habit_history(...).strengths`` against a reference written from product.md.

The reference below shares no code with ``smallwins.core.rules``: it walks calendar dates with
``datetime``, works out N and P from the schedule itself and counts the wins of each window by
scanning the win dictionary.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Set
from datetime import date, timedelta

import pytest

from smallwins.core.models import FixedDays, Quota, Schedule, WinKind
from smallwins.core.rules import HabitHistory, explain_strength, habit_history

TOLERANCE = 1e-6
DAILY = FixedDays(frozenset(range(7)))
MWF = FixedDays(frozenset({0, 2, 4}))
WEEKDAYS = FixedDays(frozenset(range(5)))
M_DAILY = 0.5 ** (1 / 13)


def reference_strengths(
    schedule: Schedule,
    created_on: date,
    wins: Mapping[date, WinKind],
    rests: Set[date],
    today: date,
) -> list[float]:
    """product.md's "Strength" paragraph, spelled out as plainly as possible."""
    if isinstance(schedule, FixedDays):
        n, p = len(schedule.weekdays), 7
    else:
        n, p = schedule.times, schedule.days
    if n >= p:  # every day: daily is 1 per 1
        n, p = 1, 1
    f = n / p
    m = 0.5 ** (math.sqrt(f) / 13)
    if n != p:  # non-daily: Loop doubles the window and the wins needed
        n, p = 2 * n, 2 * p
    start = min([created_on, *wins])
    score = 0.0
    scores: list[float] = []
    current = start
    while current <= today:
        if current in rests and current not in wins:
            scores.append(score)  # a rest day freezes the score
        else:
            window_start = current - timedelta(days=p - 1)
            count = 0
            for won_day in wins:
                if window_start <= won_day <= current:
                    count += 1
            value = min(1.0, count / n)
            score = score * m + value * (1 - m)
            scores.append(score)
        current += timedelta(days=1)
    return scores


def check_agrees(
    schedule: Schedule,
    created_on: date,
    wins: Mapping[date, WinKind],
    rests: Set[date],
    today: date,
) -> HabitHistory:
    history = habit_history(schedule, created_on, wins, rests, today)
    expected = reference_strengths(schedule, created_on, wins, rests, today)
    assert len(history.strengths) == len(expected)
    for index, (got, want) in enumerate(zip(history.strengths, expected, strict=True)):
        assert got == pytest.approx(want, abs=TOLERANCE), f"day {index}"
    return history


# --- anchoring the reference by hand ----------------------------------------------------------


def test_first_two_days_of_a_daily_habit_by_hand() -> None:
    start = date(2026, 1, 5)
    m = 0.5 ** (1 / 13)
    wins = {start: WinKind.FULL, start + timedelta(days=1): WinKind.FULL}
    ref = reference_strengths(DAILY, start, wins, set(), start + timedelta(days=1))
    assert ref[0] == pytest.approx(1 - m, abs=1e-12)
    assert ref[1] == pytest.approx((1 - m) * m + (1 - m), abs=1e-12)
    assert ref[1] == pytest.approx(1 - m**2, abs=1e-12)
    assert 1 - m == pytest.approx(0.0519, abs=1e-4)  # about 5 % for the first win

    history = habit_history(DAILY, start, wins, set(), start + timedelta(days=1))
    assert history.strengths[0] == pytest.approx(1 - m, abs=1e-12)
    assert history.strengths[1] == pytest.approx(1 - m**2, abs=1e-12)


def test_a_miss_after_a_win_decays_by_m() -> None:
    start = date(2026, 1, 5)
    history = check_agrees(DAILY, start, {start: WinKind.TINY}, set(), start + timedelta(days=1))
    assert history.strengths == pytest.approx([1 - M_DAILY, (1 - M_DAILY) * M_DAILY], abs=1e-12)


def test_nothing_done_stays_at_zero() -> None:
    start = date(2026, 1, 5)
    history = check_agrees(MWF, start, {}, set(), start + timedelta(days=30))
    assert set(history.strengths) == {0.0}


# --- agreement with the reference -------------------------------------------------------------


def test_daily_won_on_each_of_the_last_20_days() -> None:
    today = date(2026, 6, 30)
    created = today - timedelta(days=39)
    wins = {today - timedelta(days=i): WinKind.FULL for i in range(20)}
    history = check_agrees(DAILY, created, wins, set(), today)
    assert set(history.strengths[:20]) == {0.0}
    assert history.strength == pytest.approx(1 - M_DAILY**20, abs=1e-9)
    assert all(a < b for a, b in zip(history.strengths[19:], history.strengths[20:], strict=False))


def test_daily_with_three_rest_days_in_between() -> None:
    today = date(2026, 6, 30)
    created = today - timedelta(days=39)
    rests = {today - timedelta(days=d) for d in (15, 10, 5)}
    wins = {
        today - timedelta(days=i): WinKind.TINY if i % 4 == 0 else WinKind.FULL
        for i in range(20)
        if today - timedelta(days=i) not in rests
    }
    history = check_agrees(DAILY, created, wins, rests, today)
    # Rest days freeze the score: 17 wins, as if the rest days were not there.
    assert history.strength == pytest.approx(1 - M_DAILY**17, abs=1e-9)
    for rest in rests:
        index = (rest - history.start).days
        assert history.strengths[index] == history.strengths[index - 1]


def test_three_a_week_done_twice_a_week_converges_to_two_thirds() -> None:
    start = date(2024, 1, 1)  # a Monday
    today = start + timedelta(days=2 * 365 + 6)
    wins = {
        start + timedelta(days=i): WinKind.FULL
        for i in range((today - start).days + 1)
        if (start + timedelta(days=i)).weekday() in (0, 2)
    }
    history = check_agrees(MWF, start, wins, set(), today)
    # Every 14-day window holds 4 wins against the 2 x 3 needed: value 2/3 every day.
    assert history.strength == pytest.approx(2 / 3, abs=1e-4)
    assert history.strengths[-1] - history.strengths[-8] == pytest.approx(0.0, abs=1e-6)
    # Still well below the limit after the first month: the score moves slowly.
    assert history.strengths[30] < 0.55


def test_quota_three_in_seven() -> None:
    start = date(2026, 1, 7)
    today = start + timedelta(days=120)
    wins: dict[date, WinKind] = {}
    rests: set[date] = set()
    for i in range(121):
        current = start + timedelta(days=i)
        if 40 <= i < 55:
            continue  # a bad fortnight
        if i % 7 in (0, 3):
            wins[current] = WinKind.FULL
        elif i % 7 == 5 and i % 3 == 0:
            wins[current] = WinKind.TINY
        elif i % 11 == 6:
            rests.add(current)
    check_agrees(Quota(3, 7), start, wins, rests, today)


def test_quota_over_whole_period_is_daily() -> None:
    start = date(2026, 1, 7)
    wins = {start + timedelta(days=i): WinKind.FULL for i in (0, 1, 2, 4, 5)}
    history = check_agrees(Quota(5, 5), start, wins, set(), start + timedelta(days=6))
    daily = habit_history(DAILY, start, wins, set(), start + timedelta(days=6))
    assert history.strengths == pytest.approx(daily.strengths, abs=1e-12)


def test_wins_before_creation_and_a_win_on_a_rest_day() -> None:
    created = date(2026, 2, 10)
    wins = {date(2026, 2, 1): WinKind.FULL, date(2026, 2, 12): WinKind.FULL}
    # A day that is both a rest day and a win counts as the win (it is not frozen).
    rests = {date(2026, 2, 12), date(2026, 2, 13)}
    history = check_agrees(WEEKDAYS, created, wins, rests, date(2026, 2, 20))
    assert history.start == date(2026, 2, 1)
    index = (date(2026, 2, 12) - history.start).days
    assert history.strengths[index] > history.strengths[index - 1]
    assert history.strengths[index + 1] == history.strengths[index]


# --- explanation ------------------------------------------------------------------------------


def test_explain_up_this_week_five_of_five() -> None:
    # Weekdays habit, done Monday to Friday; today is Sunday.
    today = date(2026, 3, 15)
    created = date(2026, 2, 16)
    wins = {date(2026, 3, 9) + timedelta(days=i): WinKind.FULL for i in range(5)}
    wins[date(2026, 2, 17)] = WinKind.FULL
    history = check_agrees(WEEKDAYS, created, wins, set(), today)
    ref = reference_strengths(WEEKDAYS, created, wins, set(), today)
    points = round((ref[-1] - ref[-8]) * 100)
    assert points == 9
    explanation = explain_strength(history)
    assert (explanation.done, explanation.scheduled) == (5, 5)
    assert explanation.change == pytest.approx(ref[-1] - ref[-8], abs=TOLERANCE)
    assert explanation.text() == "up 9 % this week: 5 of 5 done"


def test_explain_down_and_steady() -> None:
    created = date(2026, 3, 1)
    wins = {created + timedelta(days=i): WinKind.FULL for i in range(10)}
    today = created + timedelta(days=16)  # six days missed, today still pending
    history = check_agrees(DAILY, created, wins, set(), today)
    ref = reference_strengths(DAILY, created, wins, set(), today)
    points = round((ref[-8] - ref[-1]) * 100)
    assert points == 13
    assert explain_strength(history).text() == f"down {points} % this week: 0 of 6 done"

    rests = {created + timedelta(days=i) for i in range(10, 17)}
    resting = habit_history(DAILY, created, wins, rests, today)
    assert explain_strength(resting).text() == "steady this week: 0 of 0 done"


def test_explain_counts_bent_days_as_scheduled() -> None:
    created = date(2026, 3, 2)
    wins = {created + timedelta(days=i): WinKind.FULL for i in range(7) if i != 3}
    history = habit_history(DAILY, created, wins, set(), created + timedelta(days=6))
    explanation = explain_strength(history)
    assert (explanation.done, explanation.scheduled) == (6, 7)
    assert explanation.text() == f"up {round(history.strength * 100)} % this week: 6 of 7 done"
