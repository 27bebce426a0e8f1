"""A routine's times by weekday, grouped the way people read them.

``Mon–Fri 07:30, Sat–Sun 09:00`` or just ``07:30``: one group per clock time, each with its
weekdays as runs of consecutive days (the week starts on Monday, as ISO weeks do). The words
are the caller's (the command line words them in the user's language); the grouping is here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True, slots=True)
class SameTime:
    """The weekdays (0 = Monday) on which a routine happens at ``at``."""

    at: time
    runs: tuple[tuple[int, int], ...]  # (first, last) weekday of each run, inclusive

    @property
    def every_day(self) -> bool:
        return self.runs == ((0, 6),)


def same_times(
    times: Iterable[tuple[int, time]], weekdays: Iterable[int] = range(7)
) -> list[SameTime]:
    """``times`` (weekday, time) on the given ``weekdays``, grouped by time.

    Days without a time are left out (and break a run). Groups come in the order of their
    first day; a weekday listed twice in ``times`` keeps its last time.
    """
    by_day = dict(times)
    wanted = set(weekdays)
    days_at: dict[time, list[int]] = {}
    for day in range(7):
        if day in wanted and day in by_day:
            days_at.setdefault(by_day[day], []).append(day)
    return [SameTime(at, _runs(days)) for at, days in days_at.items()]


def _runs(days: list[int]) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    for day in days:
        if runs and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return tuple(runs)
