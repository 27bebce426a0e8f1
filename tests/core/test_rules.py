"""Per-day states and streaks (never miss twice) of ``habit_history``.

Histories are written as patterns, one character per day from ``D0`` (a Monday), the last one
being today: ``x`` a full win, ``t`` a tiny win, ``v`` a recovery win, ``r`` a rest day and ``.``
nothing recorded.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smallwins.core.models import DayState, FixedDays, Quota, Schedule, WinKind, WinOrdinals
from smallwins.core.rules import (
    HabitHistory,
    habit_history,
    history_of_ordinals,
    is_scheduled_weekday,
)

D0 = date(2026, 3, 2)  # a Monday
DAILY = FixedDays(frozenset(range(7)))
MWF = FixedDays(frozenset({0, 2, 4}))
QUOTA_3_7 = Quota(3, 7)

_KINDS = {"x": WinKind.FULL, "t": WinKind.TINY, "v": WinKind.RECOVERY}


def day(index: int) -> date:
    return D0 + timedelta(days=index)


def run(schedule: Schedule, pattern: str, created: int = 0) -> HabitHistory:
    wins = {day(i): _KINDS[c] for i, c in enumerate(pattern) if c in _KINDS}
    rests = {day(i) for i, c in enumerate(pattern) if c == "r"}
    assert set(pattern) <= {*_KINDS, "r", "."}
    return habit_history(schedule, day(created), wins, rests, day(len(pattern) - 1))


def states(history: HabitHistory) -> list[str]:
    return [str(s) for s in history.states]


def figures(history: HabitHistory) -> tuple[int, int, bool, bool]:
    return (history.current_streak, history.best_streak, history.streak_bent, history.at_risk)


# --- never miss twice (daily) -----------------------------------------------------------------


def test_all_done_counts_every_day() -> None:
    h = run(DAILY, "xxxx")
    assert states(h) == ["done"] * 4
    assert figures(h) == (4, 4, False, False)


def test_one_miss_then_a_win_bends_the_streak_and_is_not_counted() -> None:
    h = run(DAILY, "xx.xx")
    assert states(h) == ["done", "done", "bent", "done", "done"]
    assert figures(h) == (4, 4, True, False)


def test_two_misses_in_a_row_break_the_streak() -> None:
    h = run(DAILY, "xx..x")
    assert states(h) == ["done", "done", "missed", "missed", "done"]
    assert figures(h) == (1, 2, False, False)


def test_a_miss_at_the_very_start_is_not_bent() -> None:
    # Nothing to keep yet: a miss before the first win stays a plain miss.
    h = run(DAILY, ".xx")
    assert states(h) == ["missed", "done", "done"]
    assert figures(h) == (2, 2, False, False)


def test_two_bends_in_one_run_keep_it() -> None:
    h = run(DAILY, "x.x.x")
    assert states(h) == ["done", "bent", "done", "bent", "done"]
    assert figures(h) == (3, 3, True, False)


def test_miss_rest_miss_counts_as_two_misses_in_a_row() -> None:
    # Rest days are passed over, so the two misses are consecutive scheduled days.
    h = run(DAILY, "xx.r.x")
    assert states(h) == ["done", "done", "missed", "rest", "missed", "done"]
    assert figures(h) == (1, 2, False, False)


def test_miss_then_rest_then_win_bends() -> None:
    h = run(DAILY, "xx.rx")
    assert states(h) == ["done", "done", "bent", "rest", "done"]
    assert figures(h) == (3, 3, True, False)


def test_rest_days_are_passed_over_and_not_counted() -> None:
    h = run(DAILY, "xxrrx")
    assert states(h) == ["done", "done", "rest", "rest", "done"]
    assert figures(h) == (3, 3, False, False)


def test_rest_on_today_is_rest() -> None:
    h = run(DAILY, "xxr")
    assert states(h) == ["done", "done", "rest"]
    assert h.today_state == DayState.REST
    assert figures(h) == (2, 2, False, False)


def test_tiny_and_recovery_wins_count() -> None:
    h = run(DAILY, "xt.vt")
    assert states(h) == ["done", "tiny", "bent", "done", "tiny"]
    assert figures(h) == (4, 4, True, False)


def test_best_kinds_prefer_a_full_win() -> None:
    assert WinOrdinals([], []).best_kinds() == {}
    assert WinOrdinals([], [5, 5]).best_kinds() == {5: WinKind.TINY}
    assert WinOrdinals([5, 7], [6, 5, 6]).best_kinds() == {
        5: WinKind.FULL,
        6: WinKind.TINY,
        7: WinKind.FULL,
    }


def test_a_tiny_win_on_a_day_with_a_full_one_counts_as_full() -> None:
    start = date(2024, 3, 4)
    days = [start.toordinal(), start.toordinal() + 1]
    for wins in (WinOrdinals(days, days), WinOrdinals(days[::-1], days + days)):
        h = history_of_ordinals(DAILY, start, wins, set(), start + timedelta(days=1))
        assert [str(s) for s in h.states] == ["done", "done"]


# --- today ------------------------------------------------------------------------------------


def test_today_pending_never_breaks() -> None:
    h = run(DAILY, "xxx.")
    assert states(h) == ["done", "done", "done", "pending"]
    assert figures(h) == (3, 3, False, False)


def test_yesterday_missed_today_pending_is_at_risk_but_kept() -> None:
    h = run(DAILY, "xxx..")
    assert states(h) == ["done", "done", "done", "missed", "pending"]
    assert figures(h) == (3, 3, False, True)


def test_winning_today_after_a_miss_saves_the_streak() -> None:
    h = run(DAILY, "xxx.x")
    assert states(h) == ["done", "done", "done", "bent", "done"]
    assert figures(h) == (4, 4, True, False)


def test_not_at_risk_once_broken_or_with_nothing_to_lose() -> None:
    broken = run(DAILY, "xx...")
    assert states(broken) == ["done", "done", "missed", "missed", "pending"]
    assert figures(broken) == (0, 2, False, False)
    fresh = run(DAILY, "..")
    assert states(fresh) == ["missed", "pending"]
    assert figures(fresh) == (0, 0, False, False)


def test_best_streak_survives_a_break() -> None:
    h = run(DAILY, "xxxx..xx.xx")
    assert states(h) == [
        *["done"] * 4,
        "missed",
        "missed",
        "done",
        "done",
        "bent",
        "done",
        "done",
    ]
    assert figures(h) == (4, 4, True, False)
    h2 = run(DAILY, "xxxx..xx")
    assert figures(h2) == (2, 4, False, False)


def test_best_streak_counts_bent_runs() -> None:
    h = run(DAILY, "xx.xx..x")
    assert figures(h) == (1, 4, False, False)


# --- fixed weekdays (mon, wed, fri); D0 is a Monday -------------------------------------------


def test_fixed_days_other_days_are_unscheduled() -> None:
    #            M T W T F S S M
    h = run(MWF, "x.x.x..x")
    assert states(h) == [
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "unscheduled",
        "done",
    ]
    assert figures(h) == (4, 4, False, False)


def test_fixed_days_one_missed_day_bends() -> None:
    #            M T W T F S S M T W T F
    h = run(MWF, "x.x.x..x....")
    assert states(h)[7:] == ["done", "unscheduled", "missed", "unscheduled", "pending"]
    h = run(MWF, "x.x.x..x...x")
    assert states(h)[7:] == ["done", "unscheduled", "bent", "unscheduled", "done"]
    assert figures(h) == (5, 5, True, False)


def test_fixed_days_two_missed_scheduled_days_break() -> None:
    #            M T W T F S S M T W T F S S M
    h = run(MWF, "x.x.x..x......")
    assert states(h)[7:] == [
        "done",
        "unscheduled",
        "missed",
        "unscheduled",
        "missed",
        "unscheduled",
        "unscheduled",
    ]
    h = run(MWF, "x.x.x..x......x")
    assert states(h)[-1] == "done"
    assert figures(h) == (1, 4, False, False)


def test_fixed_days_today_unscheduled_and_previous_scheduled_day_missed() -> None:
    # Friday missed, today is Sunday (not scheduled): the streak is kept and at risk.
    #            M T W T F S S
    h = run(MWF, "x.x....")
    assert states(h) == [
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "missed",
        "unscheduled",
        "unscheduled",
    ]
    assert h.today_state == DayState.UNSCHEDULED
    assert figures(h) == (2, 2, False, True)
    # Monday pending after the missed Friday: still at risk, still kept.
    h = run(MWF, "x.x.....")
    assert states(h)[-1] == "pending"
    assert figures(h) == (2, 2, False, True)


def test_fixed_days_a_win_on_an_unscheduled_day_is_done_and_counts() -> None:
    # The code's reading: any win is a done day and extends the streak, even on a day the
    # schedule does not have (so Saturday's win also bends Friday's miss).
    #            M T W T F S
    h = run(MWF, "x.x..x")
    assert states(h) == ["done", "unscheduled", "done", "unscheduled", "bent", "done"]
    assert figures(h) == (3, 3, True, False)


def test_is_scheduled_weekday() -> None:
    assert [is_scheduled_weekday(MWF, day(i)) for i in range(7)] == [
        True,
        False,
        True,
        False,
        True,
        False,
        False,
    ]
    assert all(is_scheduled_weekday(QUOTA_3_7, day(i)) for i in range(7))


# --- quota habits (3 in 7); blocks of 7 days from the first day ------------------------------


def test_quota_met_early_leaves_the_rest_of_the_block_neutral() -> None:
    h = run(QUOTA_3_7, "x.x.x..")
    assert states(h) == [
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "unscheduled",
    ]
    assert figures(h) == (3, 3, False, False)


def test_quota_day_is_missed_only_when_the_quota_can_no_longer_be_met() -> None:
    # No wins at all in a block: days 0-3 could still lead to 3 wins, days 4-6 cannot.
    h = run(QUOTA_3_7, "........")
    assert states(h) == [*["unscheduled"] * 4, *["missed"] * 3, "pending"]
    # Two wins early: only the last day, when the third win became impossible, is missed.
    h = run(QUOTA_3_7, "xx.....x")
    assert states(h) == ["done", "done", *["unscheduled"] * 4, "bent", "done"]
    assert figures(h) == (3, 3, True, False)


def test_quota_wins_late_in_the_block_leave_no_misses() -> None:
    h = run(QUOTA_3_7, "....xxx")
    assert states(h) == [*["unscheduled"] * 4, "done", "done", "done"]
    assert figures(h) == (3, 3, False, False)


def test_quota_bend_across_blocks() -> None:
    h = run(QUOTA_3_7, "x.x.x..xx.....x")
    assert states(h) == [
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "done",
        "unscheduled",
        "unscheduled",
        "done",
        "done",
        *["unscheduled"] * 4,
        "bent",
        "done",
    ]
    assert figures(h) == (6, 6, True, False)


def test_quota_consecutive_misses_break() -> None:
    h = run(QUOTA_3_7, "x.x.x..x.......")
    # Block 2: one win; from day 12 on, 3 can no longer be reached.
    assert states(h)[7:] == ["done", *["unscheduled"] * 4, "missed", "missed", "pending"]
    assert figures(h) == (0, 4, False, False)


def test_quota_today_pending_until_met_then_unscheduled() -> None:
    assert run(QUOTA_3_7, "x.").today_state == DayState.PENDING
    assert run(QUOTA_3_7, "xx.x.").today_state == DayState.UNSCHEDULED
    assert run(QUOTA_3_7, "xxx.").states[-1] == DayState.UNSCHEDULED
    # Even when the quota can no longer be met, today is pending (never missed).
    h = run(QUOTA_3_7, "......")
    assert states(h)[-2:] == ["missed", "pending"]


def test_quota_rest_days_leave_fewer_days_to_meet_it() -> None:
    # Reading implemented: rest days do not lower the quota, they only cannot take a win.
    h = run(QUOTA_3_7, "rr......")
    assert states(h) == ["rest", "rest", "unscheduled", "unscheduled", *["missed"] * 3, "pending"]


def test_quota_of_whole_period_behaves_daily() -> None:
    h = run(Quota(7, 7), "xx.x")
    assert states(h) == ["done", "done", "bent", "done"]


# --- shape of the history -----------------------------------------------------------------


def test_history_starts_at_the_earlier_of_creation_and_first_win() -> None:
    h = run(DAILY, "x...x", created=3)
    assert h.start == day(0)
    assert len(h.states) == len(h.strengths) == 5
    assert states(h) == ["done", "missed", "missed", "missed", "done"]
    h = run(DAILY, "...x", created=2)
    assert h.start == day(2)
    assert states(h) == ["missed", "done"]


def test_today_before_creation_is_empty() -> None:
    h = habit_history(DAILY, day(5), {}, set(), day(2))
    assert h.states == () and h.strengths == ()
    assert h.strength == 0.0
    assert h.today_state == DayState.UNSCHEDULED
    assert figures(h) == (0, 0, False, False)


def test_state_and_strength_outside_the_history() -> None:
    h = run(DAILY, "xx")
    assert h.state_on(day(-1)) == DayState.UNSCHEDULED
    assert h.state_on(day(5)) == DayState.UNSCHEDULED
    assert h.strength_on(day(-1)) == 0.0
    assert h.strength_on(day(9)) == h.strength == h.strengths[-1]
    assert [d for d, _, _ in h.days()] == [day(0), day(1)]


@pytest.mark.parametrize(
    ("pattern", "current", "best"),
    [
        (".", 0, 0),
        ("x", 1, 1),
        ("x.", 1, 1),
        ("x..", 1, 1),
        ("x...", 0, 1),
        ("xx.x..x", 1, 3),
    ],
)
def test_streak_table(pattern: str, current: int, best: int) -> None:
    h = run(DAILY, pattern)
    assert (h.current_streak, h.best_streak) == (current, best)
