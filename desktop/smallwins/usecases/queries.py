"""Read-only questions the command line and the UI ask, answered as plain data."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from smallwins.core.days import instant_of, iso_week, week_start
from smallwins.core.errors import UserError, translate
from smallwins.core.models import StepState
from smallwins.core.review import WeekReview, week_review
from smallwins.core.validation import parse_date
from smallwins.usecases.reminders import planned_reminders
from smallwins.usecases.view import View

MAX_SCHEDULE_DAYS = 366


def history_json(
    view: View, habit_name: str, since: str | None = None, until: str | None = None
) -> dict[str, object]:
    """A habit's days, oldest first, with each day's state and strength."""
    habit = view.find_habit(habit_name)
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
    days = [
        {"date": day.isoformat(), "state": str(state), "strength": round(strength, 6)}
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
        [(s.habit.action, s.history) for s in view.habit_statuses],
        finished,
    )
