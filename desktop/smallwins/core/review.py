"""The numbers of a weekly review."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smallwins.core.days import iso_week
from smallwins.core.models import DayState
from smallwins.core.rules import HabitHistory

UPCOMING = "upcoming"
HEAVY_MISSES = 2


@dataclass(frozen=True, slots=True)
class HabitWeek:
    name: str
    marks: tuple[str, ...]
    strength: float
    strength_change: float
    current_streak: int
    misses: int


@dataclass(frozen=True, slots=True)
class WeekReview:
    week: str
    monday: date
    wins: int
    wins_last_week: int
    per_day: tuple[int, ...]
    habits: tuple[HabitWeek, ...]
    heavy: tuple[str, ...]
    steps_finished: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "week": self.week,
            "wins": self.wins,
            "wins_last_week": self.wins_last_week,
            "per_day": list(self.per_day),
            "habits": [
                {
                    "name": h.name,
                    "marks": list(h.marks),
                    "strength_change": round(h.strength_change, 6),
                    "strength": round(h.strength, 6),
                    "current_streak": h.current_streak,
                }
                for h in self.habits
            ],
            "heavy": list(self.heavy),
            "steps_finished": list(self.steps_finished),
        }


def week_review(
    monday: date,
    today: date,
    win_days: Iterable[date],
    habits: Sequence[tuple[str, HabitHistory]],
    steps_finished: Sequence[tuple[date, str]] = (),
) -> WeekReview:
    """Review the week starting ``monday``: wins against the week before, per day and per habit.

    ``win_days`` holds the local day of every win (steps and habits); ``habits`` each habit's
    name with its history computed up to ``today``.
    """
    if monday.weekday() != 0:
        raise ValueError("a review week starts on a Monday")
    days = [monday + timedelta(days=i) for i in range(7)]
    previous_monday = monday - timedelta(days=7)
    counts = Counter(win_days)
    per_day = tuple(counts.get(day, 0) for day in days)
    last_week = sum(counts.get(previous_monday + timedelta(days=i), 0) for i in range(7))
    end = min(days[-1], today)
    habit_weeks: list[HabitWeek] = []
    for name, history in habits:
        marks = tuple(UPCOMING if day > today else str(history.state_on(day)) for day in days)
        misses = sum(1 for m in marks if m in (DayState.MISSED, DayState.BENT))
        strength = history.strength_on(end)
        change = strength - history.strength_on(monday - timedelta(days=1))
        habit_weeks.append(
            HabitWeek(
                name=name,
                marks=marks,
                strength=strength,
                strength_change=change,
                current_streak=history.current_streak,
                misses=misses,
            )
        )
    finished = tuple(text for day, text in steps_finished if monday <= day <= days[-1])
    return WeekReview(
        week=iso_week(monday),
        monday=monday,
        wins=sum(per_day),
        wins_last_week=last_week,
        per_day=per_day,
        habits=tuple(habit_weeks),
        heavy=tuple(h.name for h in habit_weeks if h.misses >= HEAVY_MISSES),
        steps_finished=finished,
    )
