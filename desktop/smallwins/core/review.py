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
BEFORE = "before"  # a day before the habit began
HEAVY_MISSES = 2
_WON = (DayState.DONE, DayState.TINY)
_MISSES = (DayState.MISSED, DayState.BENT)


@dataclass(frozen=True, slots=True)
class ReviewHabit:
    """What the review needs of a habit: who it is, its routine, and its history up to today."""

    id: int
    name: str
    routine: str
    history: HabitHistory


@dataclass(frozen=True, slots=True)
class HabitWeek:
    id: int
    name: str
    routine: str
    marks: tuple[str, ...]
    strength: float
    strength_change: float
    current_streak: int
    streak_change: int
    misses: int

    @property
    def done(self) -> int:
        return sum(1 for m in self.marks if m in _WON)

    @property
    def due(self) -> int:
        """The days the habit was asked for and are over (won or missed)."""
        return sum(1 for m in self.marks if m in _WON or m in _MISSES)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The routine whose habits held best in the week: done of due, over all its habits."""

    routine: str
    done: int
    due: int


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
    anchor: Anchor | None = None

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
                    "streak_change": h.streak_change,
                    "routine": h.routine,
                    "misses": h.misses,
                }
                for h in self.habits
            ],
            "heavy": list(self.heavy),
            "steps_finished": list(self.steps_finished),
            "anchor": None
            if self.anchor is None
            else {"routine": self.anchor.routine, "done": self.anchor.done, "due": self.anchor.due},
        }


def strongest_anchor(habits: Sequence[HabitWeek]) -> Anchor | None:
    """The routine whose habits were done most often, as a share of their due days (more done
    days first on a tie, then the name); None when no habit was due."""
    totals: dict[str, list[int]] = {}
    for h in habits:
        done, due = totals.setdefault(h.routine, [0, 0])
        totals[h.routine] = [done + h.done, due + h.due]
    ranked = sorted(
        ((done / due, done, name) for name, (done, due) in totals.items() if due),
        key=lambda item: (-item[0], -item[1], item[2]),
    )
    if not ranked:
        return None
    _share, done, name = ranked[0]
    return Anchor(routine=name, done=done, due=totals[name][1])


def week_review(
    monday: date,
    today: date,
    win_days: Iterable[date],
    habits: Sequence[ReviewHabit],
    steps_finished: Sequence[tuple[date, str]] = (),
) -> WeekReview:
    """Review the week starting ``monday``: wins against the week before, per day and per habit.

    ``win_days`` holds the local day of every win (steps and habits); ``habits`` each habit
    with its history computed up to ``today``.
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
    before = monday - timedelta(days=1)
    for habit in habits:
        history = habit.history
        marks = tuple(
            UPCOMING
            if day > today
            else BEFORE
            if day < history.start
            else str(history.state_on(day))
            for day in days
        )
        misses = sum(1 for m in marks if m in _MISSES)
        strength = history.strength_on(end)
        change = strength - history.strength_on(before)
        streak_before = history.streak_on(before)
        streak = history.streak_on(max(end, before))
        habit_weeks.append(
            HabitWeek(
                id=habit.id,
                name=habit.name,
                routine=habit.routine,
                marks=marks,
                strength=strength,
                strength_change=change,
                current_streak=streak,
                streak_change=streak - streak_before,
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
        anchor=strongest_anchor(habit_weeks),
    )
