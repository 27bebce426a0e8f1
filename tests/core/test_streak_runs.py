"""The list of best streaks (``streak_runs``, ``best_streaks``) against hand-computed histories,
written as in test_rules.py: one character per day from ``D0`` (a Monday), the last one today."""

from __future__ import annotations

from smallwins.core.rules import StreakRun, best_streaks, streak_runs
from tests.core.test_rules import DAILY, MWF, day, run


def test_a_break_splits_the_history_into_streaks() -> None:
    # Two missed days in a row break; the streak before them ends on its last won day.
    h = run(DAILY, "xxx..xx")
    assert streak_runs(h) == [StreakRun(day(0), day(2), 3), StreakRun(day(5), day(6), 2)]
    assert max(r.length for r in streak_runs(h)) == h.best_streak


def test_a_rest_day_is_passed_over_and_not_counted() -> None:
    h = run(DAILY, "xxrxx")
    assert streak_runs(h) == [StreakRun(day(0), day(4), 4)]


def test_a_bent_streak_stays_one_streak_without_the_missed_day() -> None:
    h = run(DAILY, "xx.xx..x")
    assert streak_runs(h) == [StreakRun(day(0), day(4), 4), StreakRun(day(7), day(7), 1)]
    assert h.best_streak == 4


def test_unscheduled_days_are_passed_over() -> None:
    # Mon, Wed, Fri: the days between are neutral; a missed Monday then a won Wednesday bends.
    h = run(MWF, "x.x.x.." + "..x")
    assert streak_runs(h) == [StreakRun(day(0), day(9), 4)]


def test_a_single_trailing_miss_keeps_the_streak_it_puts_at_risk() -> None:
    h = run(DAILY, "xxx.")  # today is pending, yesterday missed: at risk, not broken
    assert streak_runs(h) == [StreakRun(day(0), day(2), 3)]
    assert h.current_streak == 3


def test_best_streaks_longest_first_latest_first_among_equal_ones() -> None:
    h = run(DAILY, "xx..xxxx..xx..x")
    assert best_streaks(h, count=3) == [
        StreakRun(day(4), day(7), 4),
        StreakRun(day(10), day(11), 2),
        StreakRun(day(0), day(1), 2),
    ]


def test_no_wins_no_streaks() -> None:
    assert best_streaks(run(DAILY, "....")) == []
