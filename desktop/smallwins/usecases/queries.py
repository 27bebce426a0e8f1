"""Read-only questions the command line and the UI ask, answered as plain data."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from smallwins.core.days import instant_of, iso_week, week_start
from smallwins.core.errors import UserError, translate
from smallwins.core.figures import (
    TREND_DAYS,
    DayCounts,
    WeekdayMonths,
    add_weekday_months,
    average_trend,
    explain_together,
    month_end,
    month_start,
    strength_trend,
    total_counts,
    weekday_months,
)
from smallwins.core.models import DayState, Habit, Purpose, Routine, Step, StepState, WinKind
from smallwins.core.review import ReviewHabit, WeekReview, week_review
from smallwins.core.rules import (
    HabitHistory,
    StreakRun,
    StrengthExplanation,
    best_streaks,
    explain_strength,
)
from smallwins.core.validation import parse_date
from smallwins.usecases.reminders import planned_reminders
from smallwins.usecases.view import View

MAX_SCHEDULE_DAYS = 366


def history_json(
    view: View, habit_name: str, since: str | None = None, until: str | None = None
) -> dict[str, object]:
    """A habit's days, oldest first, with each day's state and strength."""
    habit = view.find_habit(habit_name, include_archived=True)  # an archived one keeps its past
    history = view.history(habit)
    first = (
        parse_date(since, view.today, translate("UserError", "--from date"))
        if since
        else history.start
    )
    last = (
        parse_date(until, view.today, translate("UserError", "--to date")) if until else view.today
    )
    if first > last:
        raise UserError(
            translate("UserError", "--from {first} is after --to {last}"), first=first, last=last
        )
    notes = view.store.notes(habit.id)
    days = [
        {
            "date": day.isoformat(),
            "state": str(state),
            "strength": round(strength, 6),
            "note": notes.get(day),
        }
        for day, state, strength in history.days()
        if first <= day <= last
    ]
    return {"habit": habit.action, "days": days}


def schedule_json(view: View, days: int) -> dict[str, object]:
    """Exactly the reminders that will fire over the next ``days`` days: the scheduler's own
    plan (pauses, quiet hours, snoozes, rest days, wins and the ledger of sent ones)."""
    if not 1 <= days <= MAX_SCHEDULE_DAYS:
        raise UserError(
            translate("UserError", "--days must be between 1 and {most}"), most=MAX_SCHEDULE_DAYS
        )
    return {
        "reminders": [
            {
                "habit": r.habit,
                "routine": r.routine,
                "at": r.local(view.zone).isoformat(timespec="minutes"),
            }
            for r in planned_reminders(
                view, view.now, _start_of(view, view.today + timedelta(days))
            )
        ]
    }


def _start_of(view: View, day: date) -> datetime:
    start = time(hour=view.settings.day_start_hour)
    return instant_of(day, start, view.zone, view.settings.day_start_hour)


def review_of(view: View, week: str | None) -> WeekReview:
    if week is None:
        monday = view.today - timedelta(days=view.today.weekday())
    else:
        monday = week_start(week)
        if monday > view.today:
            raise UserError(
                translate("UserError", "week {week} has not started yet"), week=iso_week(monday)
            )
    previous = monday - timedelta(days=7)
    win_dates = view.store.win_dates(previous, monday + timedelta(days=6))
    finished: list[tuple[date, str]] = []
    done_steps = {s.id: s for s in view.store.steps(state=StepState.DONE)}
    if done_steps:
        for win in view.store.wins(since=monday, until=monday + timedelta(days=6)):
            if win.step_id is not None and win.step_id in done_steps:
                finished.append((win.local_date, done_steps[win.step_id].text))
    return week_review(
        monday,
        view.today,
        win_dates,
        [
            ReviewHabit(s.habit.id, s.habit.action, s.routine.name, s.history)
            for s in view.habit_statuses
        ],
        finished,
    )


def review_json(view: View, week: WeekReview) -> dict[str, object]:
    """The review's numbers and, once saved, what the user wrote and chose as the focus."""
    data = week.as_json()
    saved = view.store.review(week.week)
    data["saved"] = None
    if saved is not None:
        step = view.store.step(saved.focus_step_id) if saved.focus_step_id is not None else None
        data["saved"] = {
            "helped": saved.helped,
            "in_the_way": saved.in_the_way,
            "focus": {"kind": "step", "id": step.id, "text": step.text}
            if step is not None
            else {
                "kind": "purpose",
                "id": saved.focus_purpose_id,
                "text": view.purpose_name(saved.focus_purpose_id),
            }
            if saved.focus_purpose_id is not None
            else None,
            "saved_at": None if saved.saved_at is None else saved.saved_at.isoformat(),
        }
    return data


@dataclass(frozen=True)
class LadderRow:
    """A step as the plan shows it: ``depth`` 0 for a step of the purpose, 1 and more for the
    smaller steps it was shrunk into."""

    step: Step
    depth: int


def step_ladder(view: View, purpose_id: int, show_done: bool = False) -> list[LadderRow]:
    """A purpose's steps as a ladder: each step in queue order, followed by the smaller steps
    it was shrunk into (done ones among them always, dropped ones with ``show_done``).
    Finished and dropped steps of the purpose itself only with ``show_done``, unless smaller
    steps under them are still open."""
    steps = view.store.steps(purpose_id=purpose_id)
    ids = {s.id for s in steps}
    children: dict[int | None, list[Step]] = {}
    for step in steps:
        parent = step.parent_id if step.parent_id in ids else None
        children.setdefault(parent, []).append(step)
    for siblings in children.values():
        # Open steps in queue order, then what is finished, oldest first.
        siblings.sort(key=lambda s: (s.state is not StepState.OPEN, s.position, s.id))

    def has_open(step: Step) -> bool:
        return any(c.state is StepState.OPEN or has_open(c) for c in children.get(step.id, []))

    def visible(step: Step, depth: int) -> bool:
        if step.state is StepState.OPEN or show_done or has_open(step):
            return True
        return depth > 0 and step.state is StepState.DONE

    rows: list[LadderRow] = []

    def walk(parent: int | None, depth: int) -> None:
        for step in children.get(parent, []):
            if visible(step, depth):
                rows.append(LadderRow(step, depth))
                walk(step.id, depth + 1)

    walk(None, 0)
    return rows


@dataclass(frozen=True)
class StackedHabit:
    """A habit in its routine's stack; ``number`` counts the habits in play (None: archived)."""

    habit: Habit
    number: int | None


@dataclass(frozen=True)
class Stack:
    """A routine and, in stack order, the habits on it that the caller asked for."""

    routine: Routine
    habits: tuple[StackedHabit, ...]


def habit_stacks(view: View, purpose_id: int | None, show_archived: bool = False) -> list[Stack]:
    """The habits of a purpose (``None``: those without one) by routine, in stack order;
    routines in the order of their first time in the week."""
    by_routine: dict[int, list[StackedHabit]] = {}
    numbers: dict[int, int] = {}
    for habit in view.store.habits(include_archived=True):  # by routine, then position
        number = None
        if not habit.archived:
            number = numbers[habit.routine_id] = numbers.get(habit.routine_id, 0) + 1
        if habit.purpose_id == purpose_id and (show_archived or not habit.archived):
            by_routine.setdefault(habit.routine_id, []).append(StackedHabit(habit, number))
    routines = [view.routines[rid] for rid in by_routine]
    routines.sort(key=lambda r: (min(r.times, default=(7, time.max)), r.name.casefold()))
    return [Stack(r, tuple(by_routine[r.id])) for r in routines]


def habits_without_purpose(view: View) -> bool:
    return any(h.purpose_id is None for h in view.store.habits(include_archived=True))


class Mark(enum.StrEnum):
    """How the streaks window marks one day of one habit: its state, told apart further."""

    DONE = "done"
    TINY = "tiny"
    RECOVERY = "recovery"  # a full win that saved a streak after a missed day
    REST = "rest"
    MISSED = "missed"
    BENT = "bent"
    PENDING = "pending"  # today, not done yet
    UNSCHEDULED = "unscheduled"
    BEFORE = "before"  # before the habit existed
    FUTURE = "future"


_MARK_OF_STATE = {state: Mark(state.value) for state in DayState}


@dataclass(frozen=True)
class HabitDays:
    """A habit's days between two dates, as the streaks window shows them."""

    habit: Habit
    marks: dict[date, Mark]
    current_streak: int
    best_streak: int
    streak_bent: bool
    best_runs: list[StreakRun]


def habit_days(view: View, habit: Habit, first: date, last: date, runs: int = 5) -> HabitDays:
    """Each day of ``habit`` from ``first`` to ``last`` (the future included) with its mark,
    its streak figures and its ``runs`` best streaks."""
    history = view.history(habit)
    recovered = {
        w.local_date
        for w in view.store.wins(habit_id=habit.id, since=first, until=min(last, view.today))
        if w.kind is WinKind.RECOVERY
    }
    marks: dict[date, Mark] = {}
    day = first
    while day <= last:
        if day > view.today:
            mark = Mark.FUTURE
        elif day < history.start:
            mark = Mark.BEFORE
        else:
            mark = _MARK_OF_STATE[history.state_on(day)]
            if mark is Mark.DONE and day in recovered:
                mark = Mark.RECOVERY
        marks[day] = mark
        day += timedelta(days=1)
    return HabitDays(
        habit=habit,
        marks=marks,
        current_streak=history.current_streak,
        best_streak=history.best_streak,
        streak_bent=history.streak_bent,
        best_runs=best_streaks(history, runs),
    )


@dataclass(frozen=True)
class DayShare:
    """Of the habits scheduled on a day (rest and unscheduled ones left out), how many were
    done; ``scheduled`` 0 is a day with nothing scheduled."""

    done: int
    scheduled: int

    @property
    def share(self) -> float:
        return self.done / self.scheduled if self.scheduled else 0.0


_SCHEDULED = frozenset(
    {DayState.DONE, DayState.TINY, DayState.MISSED, DayState.BENT, DayState.PENDING}
)
_WON = frozenset({DayState.DONE, DayState.TINY})


def all_habits_days(view: View, first: date, last: date) -> dict[date, DayShare | None]:
    """Each day from ``first`` to ``last`` over the habits in play: the share done, or None for
    a day in the future."""
    histories = [view.history(h) for h in view.habits]
    shares: dict[date, DayShare | None] = {}
    day = first
    while day <= last:
        if day > view.today:
            shares[day] = None
        else:
            done = scheduled = 0
            for history in histories:
                if day < history.start:
                    continue
                state = history.state_on(day)
                if state in _SCHEDULED:
                    scheduled += 1
                    done += state in _WON
            shares[day] = DayShare(done, scheduled)
        day += timedelta(days=1)
    return shares


# --- the streaks window's figures beyond the streaks -----------------------------------------

EARLIEST = date(2000, 1, 1)  # no day before it is accepted (core/validation.py)


def _histories(view: View, habit: Habit | None) -> list[HabitHistory]:
    """The history of ``habit``, or of every habit in play for None (all habits)."""
    return [view.history(h) for h in ([habit] if habit is not None else view.habits)]


@dataclass(frozen=True)
class StrengthFigures:
    """Strength now (for all habits: their mean), its 90-day trend (oldest first, today last;
    None before the habit began) and why it moved this week."""

    strength: float
    trend: list[float | None]
    explanation: StrengthExplanation


def strength_figures(view: View, habit: Habit | None, days: int = TREND_DAYS) -> StrengthFigures:
    histories = _histories(view, habit)
    if habit is not None:
        [history] = histories
        return StrengthFigures(
            history.strength, strength_trend(history, days), explain_strength(history)
        )
    trend = average_trend([strength_trend(h, days) for h in histories]) or [None] * days
    strengths = [h.strength for h in histories]
    return StrengthFigures(
        sum(strengths) / len(strengths) if strengths else 0.0,
        trend,
        explain_together(histories),
    )


@dataclass(frozen=True)
class MonthTotals:
    """A month's wins (for all habits: every win, the steps' too) and how its days went, up to
    today for the current month."""

    month: date  # its first day
    wins: int
    days: DayCounts


def month_totals(view: View, habit: Habit | None, month: date) -> MonthTotals:
    first, last = month_start(month), min(month_end(month), view.today)
    histories = _histories(view, habit)
    if first > last:
        return MonthTotals(first, 0, DayCounts())
    if habit is None:
        wins = view.store.count_wins(first, last)
    else:  # a habit has at most one win a day
        wins = sum(1 for day in view.win_days_of(habit.id) if first <= day <= last)
    return MonthTotals(first, wins, total_counts(histories, first, last))


def total_wins(view: View, habit: Habit | None) -> int:
    """Every win ever: the habit's, or all (the steps' too)."""
    if habit is not None:
        return len(view.win_days_of(habit.id))
    return view.store.count_wins(EARLIEST, view.today)


def weekday_frequency(view: View, habit: Habit | None, year: int) -> WeekdayMonths:
    """Per month of ``year`` and weekday: how often the habit (for None: the habits in play,
    added up) was done of the days it could be."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    habits = [habit] if habit is not None else view.habits
    return add_weekday_months(
        weekday_months(h.schedule, view.history(h), first, last) for h in habits
    )


@dataclass(frozen=True)
class PurposeProgress:
    """How far a purpose's step ladder has come: its steps done of all not dropped."""

    purpose: Purpose
    done: int
    steps: int


def purpose_progress(view: View) -> list[PurposeProgress]:
    """Each purpose in play with steps (focused first, as the plan orders them)."""
    counts: dict[int, list[int]] = {}
    for step in view.store.steps():
        if step.state is StepState.DROPPED:
            continue
        cell = counts.setdefault(step.purpose_id, [0, 0])
        cell[0] += step.state is StepState.DONE
        cell[1] += 1
    return [PurposeProgress(p, *counts[p.id]) for p in view.purpose_order() if p.id in counts]
