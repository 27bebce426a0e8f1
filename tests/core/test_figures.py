"""A month's day counts, the weekday × month tallies and the strength trend
(``core/figures.py``) against hand-computed histories, written as in test_rules.py: one
character per day from ``D0`` (Monday 2 March 2026), the last one today."""

from __future__ import annotations

from datetime import date

import pytest

from smallwins.core.figures import (
    DayCounts,
    WeekdayTally,
    add_weekday_months,
    average_trend,
    day_counts,
    explain_together,
    month_before,
    month_end,
    strength_trend,
    total_counts,
    weekday_months,
)
from smallwins.core.models import WinKind
from smallwins.core.rules import habit_history
from tests.core.test_rules import DAILY, MWF, QUOTA_3_7, day, run

M = 0.5 ** (1 / 13)  # a daily habit's multiplier: after n wins in a row from 0, 1 - M**n
MARCH = date(2026, 3, 1)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def test_months_around_a_day() -> None:
    assert month_before(date(2026, 3, 31)) == date(2026, 2, 1)
    assert month_before(date(2026, 1, 15)) == date(2025, 12, 1)
    assert month_end(date(2024, 2, 10)) == date(2024, 2, 29)
    assert month_end(date(2026, 12, 1)) == date(2026, 12, 31)


def test_day_counts_tell_done_tiny_rest_and_missed_with_bent_days_among_the_missed() -> None:
    # done, tiny, rest, bent (missed, the next done), done, missed, missed, recovery, today open
    h = run(DAILY, "xtr.x..v.")
    assert [str(s) for s in h.states][3] == "bent"
    counts = day_counts(h, day(0), day(8))
    assert counts == DayCounts(done=3, tiny=1, rest=1, missed=3)
    assert counts.won == 4
    assert day_counts(h, day(4), day(6)) == DayCounts(done=1, missed=2)
    # Before the habit began and days to come count for nothing.
    assert day_counts(h, date(2026, 2, 1), date(2026, 3, 1)) == DayCounts()
    assert day_counts(h, day(8), date(2026, 4, 30)) == DayCounts()  # today is still open


def test_day_counts_of_a_quota_habit_miss_only_when_the_quota_is_lost() -> None:
    # 3 in 7: two wins in the first block; its last day can no longer make it -> missed, and
    # bent by today's win. The days without a win before it are neutral.
    h = run(QUOTA_3_7, "x.x....x")
    assert [str(s) for s in h.states] == [
        "done", "unscheduled", "done", "unscheduled", "unscheduled", "unscheduled", "bent",
        "done",
    ]  # fmt: skip
    assert day_counts(h, day(0), day(7)) == DayCounts(done=3, missed=1)


def test_total_counts_add_habits_up() -> None:
    a = run(DAILY, "xt.x")
    b = run(MWF, "r.x.")  # Monday rested, Wednesday done, Thursday off the schedule
    assert total_counts([a, b], day(0), day(3)) == DayCounts(done=3, tiny=1, rest=1, missed=1)


def test_weekday_months_count_the_days_a_fixed_habit_could_be_done() -> None:
    # Mon, Wed, Fri: done Mon, Wed, Fri, a win on Saturday (off the schedule), Monday rested,
    # Wednesday (today) done. Tuesdays are off the schedule and never possible.
    h = run(MWF, "x.x.xx.r.x")
    assert weekday_months(MWF, h, day(0), day(9)) == {
        (MARCH, MON): WeekdayTally(1, 1),  # the rested Monday is not a possible day
        (MARCH, WED): WeekdayTally(2, 2),
        (MARCH, FRI): WeekdayTally(1, 1),
        (MARCH, SAT): WeekdayTally(1, 1),
    }


def test_weekday_months_of_a_daily_habit_with_misses_and_today_open() -> None:
    h = run(DAILY, "x.xx...x.")  # today (Tuesday) still open: not counted
    tally = weekday_months(DAILY, h, day(0), day(8))
    assert tally == {
        (MARCH, MON): WeekdayTally(2, 2),
        (MARCH, TUE): WeekdayTally(0, 1),
        (MARCH, WED): WeekdayTally(1, 1),
        (MARCH, THU): WeekdayTally(1, 1),
        (MARCH, FRI): WeekdayTally(0, 1),
        (MARCH, SAT): WeekdayTally(0, 1),
        (MARCH, SUN): WeekdayTally(0, 1),
    }
    assert tally[(MARCH, MON)].share == 1.0
    assert WeekdayTally().share == 0.0
    # Clipped to the range asked for.
    assert weekday_months(DAILY, h, day(2), day(3)) == {
        (MARCH, WED): WeekdayTally(1, 1),
        (MARCH, THU): WeekdayTally(1, 1),
    }


def test_weekday_months_of_a_quota_habit_count_every_day_but_an_open_today() -> None:
    h = run(QUOTA_3_7, "x.x....x.")  # today: Tuesday, the second block needs wins: pending
    assert weekday_months(QUOTA_3_7, h, day(0), day(8)) == {
        (MARCH, MON): WeekdayTally(2, 2),
        (MARCH, TUE): WeekdayTally(0, 1),
        (MARCH, WED): WeekdayTally(1, 1),
        (MARCH, THU): WeekdayTally(0, 1),
        (MARCH, FRI): WeekdayTally(0, 1),
        (MARCH, SAT): WeekdayTally(0, 1),
        (MARCH, SUN): WeekdayTally(0, 1),
    }


def test_weekday_months_split_by_month_and_add_up_over_habits() -> None:
    # From Monday 23 February 2026: Feb 23-28, then 1-3 March.
    d0 = date(2026, 2, 23)
    wins = {date(2026, 2, 23): WinKind.FULL, date(2026, 3, 2): WinKind.TINY}
    h = habit_history(DAILY, d0, wins, set(), date(2026, 3, 3))
    tally = weekday_months(DAILY, h, d0, date(2026, 3, 3))
    assert tally[(date(2026, 2, 1), MON)] == WeekdayTally(1, 1)
    assert tally[(MARCH, MON)] == WeekdayTally(1, 1)
    assert tally[(MARCH, SUN)] == WeekdayTally(0, 1)
    assert (MARCH, TUE) not in tally  # today, still open
    both = add_weekday_months([tally, {(MARCH, MON): WeekdayTally(0, 1)}])
    assert both[(MARCH, MON)] == WeekdayTally(1, 2)
    assert both[(date(2026, 2, 1), MON)] == WeekdayTally(1, 1)


def test_the_trend_is_the_strength_of_each_of_the_last_90_days() -> None:
    h = run(DAILY, "xxx")
    trend = strength_trend(h)
    assert len(trend) == 90
    assert trend[:87] == [None] * 87  # before the habit began
    assert trend[87:] == pytest.approx([1 - M, 1 - M**2, 1 - M**3])
    assert trend[-1] == h.strength


def test_a_rest_day_holds_the_trend_level() -> None:
    h = run(DAILY, "xrx.")
    assert strength_trend(h, days=4) == pytest.approx([1 - M, 1 - M, 1 - M**2, (1 - M**2) * M])


def test_the_average_trend_is_over_the_habits_begun() -> None:
    assert average_trend([[None, 0.2, 0.4], [None, None, 0.6]]) == pytest.approx([None, 0.2, 0.5])
    assert average_trend([]) == []


def test_explain_together_moves_the_mean_and_adds_the_days_up() -> None:
    a = run(DAILY, "xxxxxxxx")  # done every day D0..D7 (today)
    b = run(DAILY, "...xxxxx", created=3)  # begun on D3, done since
    explained = explain_together([a, b])
    # A week ago (D0) only a had begun: its strength 1 - M; now the mean of both.
    now = ((1 - M**8) + (1 - M**5)) / 2
    assert explained.change == pytest.approx(now - (1 - M))
    assert (explained.done, explained.scheduled) == (7 + 5, 7 + 5)
    empty = explain_together([])
    assert (empty.change, empty.done, empty.scheduled) == (0.0, 0, 0)
