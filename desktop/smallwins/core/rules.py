"""Per-day habit states, streaks with the never-miss-twice rule, and strength.

Everything here is a pure function of a habit's schedule, its wins and rest days, and the
current day. Days are handled as proleptic ordinals internally because a ten-year history
is walked on every status query.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate, compress, repeat
from operator import is_

from smallwins.core.models import DayState, FixedDays, Quota, Schedule, WinKind, WinOrdinals

_DONE = DayState.DONE
_TINY = DayState.TINY
_REST = DayState.REST
_MISSED = DayState.MISSED
_BENT = DayState.BENT
_PENDING = DayState.PENDING
_UNSCHEDULED = DayState.UNSCHEDULED
_TINY_WIN = WinKind.TINY

STREAK_MILESTONES: tuple[int, ...] = (3, 7, 21, 30, 66, 100)


def is_scheduled_weekday(schedule: Schedule, day: date) -> bool:
    """Whether a fixed schedule has ``day``; a quota habit may be done on any day."""
    if isinstance(schedule, FixedDays):
        return day.weekday() in schedule.weekdays
    return True


@dataclass(frozen=True, slots=True)
class HabitHistory:
    """A habit's days from its first day up to and including today."""

    start: date
    today: date
    states: tuple[DayState, ...]
    strengths: tuple[float, ...]
    streaks: tuple[int, ...]  # the streak at the end of each day (see ``streak_on``)
    current_streak: int
    best_streak: int
    streak_bent: bool
    at_risk: bool

    def _index(self, day: date) -> int | None:
        index = day.toordinal() - self.start.toordinal()
        return index if 0 <= index < len(self.states) else None

    def state_on(self, day: date) -> DayState:
        index = self._index(day)
        return _UNSCHEDULED if index is None else self.states[index]

    def strength_on(self, day: date) -> float:
        index = self._index(day)
        if index is not None:
            return self.strengths[index]
        if day > self.today and self.strengths:
            return self.strengths[-1]
        return 0.0

    def streak_on(self, day: date) -> int:
        """The streak as it stood at the end of ``day``: one miss is forgiven while it may still
        be bent, a second in a row ends the streak; 0 before the habit began."""
        index = self._index(day)
        if index is not None:
            return self.streaks[index]
        if day > self.today and self.streaks:
            return self.streaks[-1]
        return 0

    @property
    def strength(self) -> float:
        return self.strengths[-1] if self.strengths else 0.0

    @property
    def today_state(self) -> DayState:
        return self.state_on(self.today)

    def days(self) -> Iterable[tuple[date, DayState, float]]:
        first = self.start.toordinal()
        for offset, (state, strength) in enumerate(zip(self.states, self.strengths, strict=True)):
            yield date.fromordinal(first + offset), state, strength


def _raw_states(
    schedule: Schedule,
    start: int,
    today: int,
    wins: WinOrdinals,
    rests: Set[int],
) -> tuple[list[DayState], list[int]]:
    """Each day's state before streaks bend any miss, and whether it was won (1 or 0)."""
    if isinstance(schedule, Quota) and schedule.times < schedule.days:
        states = _quota_states(schedule, start, today, wins.best_kinds(), rests)
        return states, [1 if s is _DONE or s is _TINY else 0 for s in states]
    # Every day as its schedule has it, then rest days over that, then wins over all: a few
    # C-level list operations and one step per win, against a step per day (twice as fast,
    # and this runs for every habit's every day on each status or review).
    count = today - start + 1
    weekdays = schedule.possible_weekdays
    if len(weekdays) == 7:
        states = [_MISSED] * count
    else:
        states = [_UNSCHEDULED] * count
        for weekday in weekdays:
            first = (weekday - (start - 1)) % 7  # ordinal 1 (0001-01-01) was a Monday
            states[first::7] = [_MISSED] * len(range(first, count, 7))
    for day in rests:
        if start <= day <= today:
            states[day - start] = _REST
    won = [0] * count
    for days, state in ((wins.tiny, _TINY), (wins.full, _DONE)):  # full beats tiny: last
        if days and max(days) > today:  # a clock set back: wins on days not yet come
            days = [day for day in days if day <= today]  # noqa: PLW2901
        for day in days:
            index = day - start
            states[index] = state
            won[index] = 1
    if states and states[-1] is _MISSED:
        states[-1] = _PENDING  # today is not over
    return states, won


def _quota_states(
    schedule: Quota, start: int, today: int, wins: Mapping[int, WinKind], rests: Set[int]
) -> list[DayState]:
    """A quota habit's days: a day without a win is missed only once the quota of its block
    (consecutive runs of P days from the habit's first day) can no longer be met."""
    need, period = schedule.times, schedule.days
    states: list[DayState] = []
    for block_start in range(start, today + 1, period):
        block_end = min(block_start + period - 1, today)
        # free_after[i]: days after block day i that could still take a win
        free_after = [0] * period
        for i in range(period - 2, -1, -1):
            free_after[i] = free_after[i + 1] + (block_start + i + 1 not in rests)
        won = 0
        for day in range(block_start, block_end + 1):
            kind = wins.get(day)
            if kind is not None:
                won += 1
                states.append(_TINY if kind is WinKind.TINY else _DONE)
            elif day in rests:
                states.append(_REST)
            elif day == today:
                states.append(_PENDING if won < need else _UNSCHEDULED)
            else:
                # Missed only when the quota of this block can no longer be met.
                left = free_after[day - block_start]
                states.append(_MISSED if won + left < need else _UNSCHEDULED)
    return states


def _streaks(states: list[DayState], won: list[int]) -> tuple[int, int, bool, bool, list[int]]:
    """Apply never-miss-twice in place (marking bent days); return the current streak, the
    best, whether the current one is bent, whether it is at risk (a miss not yet made good),
    and the streak as it stood at the end of each day.

    Only missed days can end or bend a streak, so the walk goes from miss to miss over a
    running count of won days (``won_by[i]``: days won up to and including day ``i``, from
    ``won``, 1 for each day won and 0 for the others); a
    streak on a day is that count less the count when the streak began. Three times faster
    than a step per day, and this runs for every habit's every day on each status or review.
    """
    won_by = list(accumulate(won))
    by_day: list[int] = []
    began = 0  # where the current streak began (a day of its own streak 0)
    base = 0  # days won before it began
    best = 0
    bent_in_run = False
    pending_miss: int | None = None  # a miss that the next won day would bend
    for day in list(compress(range(len(states)), map(is_, states, repeat(_MISSED)))):
        if pending_miss is not None:
            if won_by[day] == won_by[pending_miss]:  # missed twice in a row: the streak ends
                best = max(best, won_by[day] - base)
                by_day += [n - base for n in won_by[began:day]] if base else won_by[began:day]
                began, base = day, won_by[day]
                pending_miss = None
                bent_in_run = False
                continue
            states[pending_miss] = _BENT  # a day was won since: that miss is bent
            bent_in_run = True
            pending_miss = None
        if won_by[day] > base:
            pending_miss = day
    if pending_miss is not None and won_by[-1] > won_by[pending_miss]:
        states[pending_miss] = _BENT
        bent_in_run = True
        pending_miss = None
    streak = won_by[-1] - base if won_by else 0
    by_day += [n - base for n in won_by[began:]] if base else won_by[began:]
    return streak, max(best, streak), bent_in_run and streak > 0, pending_miss is not None, by_day


def strength_series(schedule: Schedule, states: list[DayState]) -> list[float]:
    """Loop Habit Tracker's score for each day, oldest first, starting from 0.

    ``f = N / P``; each day ``score = previous * m + value * (1 - m)`` with
    ``m = 0.5 ** (sqrt(f) / 13)`` and ``value = min(1, wins in the window / N)`` over the last P
    days (2P days and 2N wins for non-daily habits). Rest days freeze the score.
    """
    need, period = schedule.per_period
    frequency = need / period
    multiplier = 0.5 ** (math.sqrt(frequency) / 13.0)
    keep = 1.0 - multiplier
    if need != period:
        need, period = 2 * need, 2 * period
    score = 0.0
    scores: list[float] = []
    append = scores.append
    won_states = (_DONE, _TINY)
    if need == period == 1:  # daily: the value of a day is simply whether it was won
        for state in states:
            if state is _DONE or state is _TINY:
                score = score * multiplier + keep
            elif state is not _REST:
                score *= multiplier
            append(score)
        return scores
    hits = [1 if state in won_states else 0 for state in states]
    won = 0
    for index, state in enumerate(states):
        won += hits[index]
        if index >= period:
            won -= hits[index - period]
        if state is not _REST:
            value = won / need
            score = score * multiplier + (1.0 if value > 1.0 else value) * keep
        append(score)
    return scores


def habit_history(
    schedule: Schedule,
    created_on: date,
    wins: Mapping[date, WinKind],
    rests: Set[date],
    today: date,
) -> HabitHistory:
    """Compute a habit's days, streaks and strength from its schedule, wins and rest days."""
    ordinals = WinOrdinals([], [])
    for day, kind in wins.items():
        (ordinals.tiny if kind is _TINY_WIN else ordinals.full).append(day.toordinal())
    return history_of_ordinals(
        schedule, created_on, ordinals, {day.toordinal() for day in rests}, today
    )


def history_of_ordinals(
    schedule: Schedule,
    created_on: date,
    wins: WinOrdinals,
    rests: Set[int],
    today: date,
) -> HabitHistory:
    """``habit_history`` with the days of wins and rests as ordinals (``date.toordinal()``),
    the way the store reads them: no conversion of years of days on every status."""
    end = today.toordinal()
    start = min([created_on.toordinal(), *(min(days) for days in wins if days)])
    states, won = _raw_states(schedule, start, end, wins, rests) if end >= start else ([], [])
    current, best, bent, at_risk, by_day = _streaks(states, won)
    strengths = strength_series(schedule, states)
    return HabitHistory(
        start=date.fromordinal(start),
        today=today,
        states=tuple(states),
        strengths=tuple(strengths),
        streaks=tuple(by_day),
        current_streak=current,
        best_streak=best,
        streak_bent=bent,
        at_risk=at_risk,
    )


@dataclass(frozen=True, slots=True)
class StrengthExplanation:
    change: float
    done: int
    scheduled: int

    def text(self) -> str:
        points = round(self.change * 100)
        trend = "up" if points > 0 else "down" if points < 0 else "steady"
        amount = f" {abs(points)} %" if points else ""
        return f"{trend}{amount} this week: {self.done} of {self.scheduled} done"


def explain_strength(history: HabitHistory, days: int = 7) -> StrengthExplanation:
    """Why the strength moved over the last ``days`` days, in plain numbers."""
    today = history.today
    before = history.strength_on(today - timedelta(days=days))
    done = scheduled = 0
    for offset in range(days):
        state = history.state_on(today - timedelta(days=offset))
        if state in (_DONE, _TINY):
            done += 1
            scheduled += 1
        elif state in (_MISSED, _BENT):
            scheduled += 1
    return StrengthExplanation(change=history.strength - before, done=done, scheduled=scheduled)


@dataclass(frozen=True, slots=True)
class StreakRun:
    """One streak of a habit's history: its first and last won day and its length (the days
    won; rest, unscheduled and bent days inside it are passed over, not counted)."""

    first: date
    last: date
    length: int


def streak_runs(history: HabitHistory) -> list[StreakRun]:
    """Every streak of the history, oldest first, by the rule of ``best_streak``: a missed day
    ends a streak unless it was bent (the next scheduled day was done)."""
    runs: list[StreakRun] = []
    first = last = length = 0
    start = history.start.toordinal()
    for offset, state in enumerate(history.states):
        if state is _DONE or state is _TINY:
            if length == 0:
                first = offset
            last = offset
            length += 1
        elif state is _MISSED and length:
            runs.append(
                StreakRun(date.fromordinal(start + first), date.fromordinal(start + last), length)
            )
            length = 0
    if length:
        runs.append(
            StreakRun(date.fromordinal(start + first), date.fromordinal(start + last), length)
        )
    return runs


def best_streaks(history: HabitHistory, count: int = 5) -> list[StreakRun]:
    """The ``count`` longest streaks, longest first (of equal ones, the latest first)."""
    runs = streak_runs(history)
    runs.sort(key=lambda run: (run.length, run.last), reverse=True)
    return runs[:count]
