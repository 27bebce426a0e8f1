"""The streaks window's numbers beyond the streaks: a month's day counts, which weekdays a habit
gets done, and the strength's trend, for one habit or several together.

Pure functions of :class:`~smallwins.core.rules.HabitHistory` (and a habit's schedule), so each
number can be checked against a hand-computed history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smallwins.core.models import DayState, Schedule
from smallwins.core.rules import HabitHistory, StrengthExplanation, explain_strength

_WON = frozenset({DayState.DONE, DayState.TINY})
_MISSES = frozenset({DayState.MISSED, DayState.BENT})
TREND_DAYS = 90


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_before(day: date) -> date:
    """The first day of the month before ``day``'s month."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DayCounts:
    """How a stretch of days went: days done in full (a recovery win included), in the tiny
    version, rested and missed (a bent day is a missed one whose streak was kept)."""

    done: int = 0
    tiny: int = 0
    rest: int = 0
    missed: int = 0

    @property
    def won(self) -> int:
        return self.done + self.tiny

    def __add__(self, other: DayCounts) -> DayCounts:
        return DayCounts(
            self.done + other.done,
            self.tiny + other.tiny,
            self.rest + other.rest,
            self.missed + other.missed,
        )


def day_counts(history: HabitHistory, first: date, last: date) -> DayCounts:
    """The days of ``history`` from ``first`` to ``last`` (both included) by what they were;
    days before the habit began, today while still open and days to come count for nothing."""
    begin = max(first, history.start).toordinal() - history.start.toordinal()
    end = min(last, history.today).toordinal() - history.start.toordinal()
    done = tiny = rest = missed = 0
    for state in history.states[max(begin, 0) : end + 1] if end >= begin else ():
        if state is DayState.DONE:
            done += 1
        elif state is DayState.TINY:
            tiny += 1
        elif state is DayState.REST:
            rest += 1
        elif state in _MISSES:
            missed += 1
    return DayCounts(done, tiny, rest, missed)


def total_counts(histories: Iterable[HabitHistory], first: date, last: date) -> DayCounts:
    """:func:`day_counts` of several habits added up."""
    total = DayCounts()
    for history in histories:
        total += day_counts(history, first, last)
    return total


@dataclass(frozen=True, slots=True)
class WeekdayTally:
    """Of the days of one weekday in one month on which a habit could be done (scheduled and
    over, not rested; any day for a quota habit), on how many it was done."""

    done: int = 0
    possible: int = 0

    @property
    def share(self) -> float:
        return self.done / self.possible if self.possible else 0.0

    def __add__(self, other: WeekdayTally) -> WeekdayTally:
        return WeekdayTally(self.done + other.done, self.possible + other.possible)


# (first day of the month, weekday with 0 = Monday) -> its tally
WeekdayMonths = dict[tuple[date, int], WeekdayTally]


def weekday_months(
    schedule: Schedule, history: HabitHistory, first: date, last: date
) -> WeekdayMonths:
    """Per month and weekday from ``first`` to ``last``: on how many of the days the habit could
    be done it was done. A win on a day off the schedule counts as done and possible; today
    counts only once it is done."""
    # Walked month by month over the states, without a date per day: all habits together
    # ask this for every habit's year on each switch of habit or year.
    weekdays = schedule.possible_weekdays
    start = history.start.toordinal()
    states = history.states
    begin, end = max(first, history.start), min(last, history.today)
    found: WeekdayMonths = {}
    month = begin.replace(day=1)
    while month <= end:
        following = month_end(month) + timedelta(days=1)
        low = max(begin, month).toordinal()
        high = min(end, following - timedelta(days=1)).toordinal()
        done = [0] * 7
        possible = [0] * 7
        weekday = (low - 1) % 7  # date.weekday() of the ordinal ``low``
        for state in states[low - start : high - start + 1]:
            if state is DayState.DONE or state is DayState.TINY:
                done[weekday] += 1
                possible[weekday] += 1
            elif state in _MISSES or (state is DayState.UNSCHEDULED and weekday in weekdays):
                possible[weekday] += 1
            weekday = 0 if weekday == 6 else weekday + 1
        for day in range(7):
            if possible[day]:
                found[(month, day)] = WeekdayTally(done[day], possible[day])
        month = following
    return found


def add_weekday_months(tallies: Iterable[WeekdayMonths]) -> WeekdayMonths:
    """Several habits' :func:`weekday_months` added up, cell by cell."""
    total: WeekdayMonths = {}
    for tally in tallies:
        for key, value in tally.items():
            total[key] = total.get(key, WeekdayTally()) + value
    return total


def strength_trend(history: HabitHistory, days: int = TREND_DAYS) -> list[float | None]:
    """The strength at the end of each of the last ``days`` days, oldest first, today last;
    None before the habit began."""
    today = history.today
    return [
        None if day < history.start else history.strength_on(day)
        for day in (today - timedelta(days=back) for back in range(days - 1, -1, -1))
    ]


def average_trend(trends: Sequence[Sequence[float | None]]) -> list[float | None]:
    """Day by day, the mean strength of the habits begun by then (None while none had)."""
    if not trends:
        return []
    averaged: list[float | None] = []
    for values in zip(*trends, strict=True):
        begun = [value for value in values if value is not None]
        averaged.append(sum(begun) / len(begun) if begun else None)
    return averaged


def explain_together(histories: Sequence[HabitHistory], days: int = 7) -> StrengthExplanation:
    """Why the habits' mean strength moved over the last ``days`` days, and how many of their
    scheduled days were done: :func:`~smallwins.core.rules.explain_strength` of them all. The
    mean is over the habits begun by each end of the week."""
    if not histories:
        return StrengthExplanation(change=0.0, done=0, scheduled=0)
    today = max(h.today for h in histories)
    week_ago = today - timedelta(days=days)
    now = [h.strength for h in histories]
    before = [h.strength_on(week_ago) for h in histories if h.start <= week_ago]
    explained = [explain_strength(h, days) for h in histories]
    change = sum(now) / len(now) - (sum(before) / len(before) if before else 0.0)
    return StrengthExplanation(
        change=change,
        done=sum(e.done for e in explained),
        scheduled=sum(e.scheduled for e in explained),
    )
