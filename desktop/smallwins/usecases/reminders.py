"""Which reminders are due, what each is about, and the ledger that sends each one exactly once.

The words a notification says are the UI's (``ui/reminders.py``), translated there.

Pure: the scheduler (``smallwins.scheduling``) decides *when* to ask; this module answers *what*
is due in a window of time ``(since, until]``. The answer depends only on the data and the
ledger, so asking twice, from two processes, or after a restart never sends a reminder twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from smallwins.core.days import instant_of, iso_week, logical_day
from smallwins.core.models import Habit, SnoozeTarget
from smallwins.core.planning import HabitCalendar, PlannedReminder, upcoming_reminders
from smallwins.core.ports import Store
from smallwins.core.rules import habit_history
from smallwins.usecases.view import View

ROUTINE_KIND = "routine"
SNOOZE_KIND = "snooze"
# The last instant up to which the reminder scheduler has looked (ISO 8601, UTC): on start,
# everything after it was missed while the app was closed.
SEEN_UNTIL = "reminders.seen_until"
# The ISO week whose weekly-review prompt was sent last: one prompt a week, ever.
REVIEW_PROMPTED = "review.prompted_week"


def ledger_kind(reminder: PlannedReminder, zone: tzinfo) -> str:
    """The ledger's name for a reminder: one routine reminder per habit and day, and once more
    for each snooze (by its local end time), so a snooze can fire after the routine reminder."""
    if not reminder.snoozed:
        return ROUTINE_KIND
    return f"{SNOOZE_KIND}@{reminder.local(zone).strftime('%H:%M')}"


def job_key(reminder: PlannedReminder, zone: tzinfo) -> tuple[int, date, str]:
    """What the ledger records for a reminder: (habit id, day, ledger kind)."""
    return (reminder.habit_id, reminder.day, ledger_kind(reminder, zone))


@dataclass(frozen=True)
class Prompt:
    """One habit reminder, ready to be shown."""

    habit_id: int
    habit: str
    routine: str
    purpose: str | None
    tiny: str | None
    day: date
    at_utc: datetime
    missed_last_time: bool
    kind: str  # "routine" or "snooze"
    ledger_kind: str = ROUTINE_KIND


@dataclass(frozen=True)
class CatchUp:
    """Everything that came due while the computer slept or the app was closed, as one prompt."""

    count: int
    prompts: tuple[Prompt, ...]
    next: Prompt | None


def _calendars(view: View) -> list[HabitCalendar]:
    # Not view.habit_statuses: planning needs no streaks or strength, which cost a history walk.
    return [
        HabitCalendar(
            habit=h,
            routine=view.routines[h.routine_id],
            win_days=view.win_days_of(h.id),
            rest_days=view.rest_days_of(h.id),
        )
        for h in view.habits
    ]


def planned_reminders(view: View, since: datetime, until: datetime) -> list[PlannedReminder]:
    """The reminders in ``(since, until]`` not yet in the ledger, in time order.

    The rules are core's ``upcoming_reminders``: the first habit of each routine's stack not
    done or resting that day, pauses, quiet hours, reminders off, snoozes, and the DST policy.
    Every snooze in the store counts (not only those still running at ``view.now``), so a
    window in the past sees the snoozes that were running then.
    """
    if until <= since:
        return []
    zone = view.zone
    day_start = view.settings.day_start_hour
    first_day = logical_day(since, zone, day_start)
    # Every day the window touches. A day's reminders lie within that day (a time in a DST gap
    # moves to the gap's end, at the latest the next day's start), so no day before or after.
    days = (logical_day(until, zone, day_start) - first_day).days + 1
    snoozes = {
        s.target_id: s.until_utc for s in view.store.snoozes() if s.target is SnoozeTarget.HABIT
    }
    candidates = upcoming_reminders(
        since,
        zone,
        day_start,
        days,
        _calendars(view),
        view.reminder_policy(),
        snoozes=snoozes,
    )
    in_window = [r for r in candidates if since < r.at_utc <= until]
    if not in_window:
        return []
    sent = view.store.reminders_sent(min(r.day for r in in_window))
    return [r for r in in_window if job_key(r, zone) not in sent]


def _missed_last_time(view: View, habit: Habit, day: date) -> bool:
    """Whether the habit's previous scheduled day was missed after a streak (``at_risk``)."""
    win_days = view.win_days_of(habit.id)
    if not any(won < day for won in win_days):
        return False  # no streak before ``day`` that a miss could put at risk
    if day == view.today:
        return view.history(habit).at_risk
    return habit_history(
        habit.schedule, habit.created_on, win_days, view.rest_days_of(habit.id), day
    ).at_risk


def prompt_of(view: View, reminder: PlannedReminder) -> Prompt:
    habit = next(h for h in view.habits if h.id == reminder.habit_id)
    return Prompt(
        habit_id=reminder.habit_id,
        habit=reminder.habit,
        routine=reminder.routine,
        purpose=view.purpose_name(habit.purpose_id),
        tiny=habit.tiny,
        day=reminder.day,
        at_utc=reminder.at_utc,
        missed_last_time=_missed_last_time(view, habit, reminder.day),
        kind=SNOOZE_KIND if reminder.snoozed else ROUTINE_KIND,
        ledger_kind=ledger_kind(reminder, view.zone),
    )


def due_prompts(view: View, since: datetime, until: datetime) -> list[Prompt]:
    """The prompts due in ``(since, until]`` that were not sent yet, in time order."""
    return [prompt_of(view, r) for r in planned_reminders(view, since, until)]


def collapse(view: View, prompts: Iterable[Prompt]) -> CatchUp | None:
    """Many missed prompts as one; ``next`` is the first still open today (None if none is)."""
    ordered = tuple(sorted(prompts, key=lambda p: (p.at_utc, p.routine, p.habit_id)))
    if not ordered:
        return None
    today = [p for p in ordered if p.day == view.today]
    return CatchUp(count=len(ordered), prompts=ordered, next=today[0] if today else None)


def catch_up(view: View, since: datetime, until: datetime) -> CatchUp | None:
    """Everything due in ``(since, until]`` as one catch-up prompt; None when nothing is due."""
    return collapse(view, due_prompts(view, since, until))


def record_sent(store: Store, prompts: Iterable[Prompt], sent_at: datetime) -> list[Prompt]:
    """Mark prompts as sent in the ledger; return those this call recorded first.

    Only those may be shown: another process (or an earlier run) has sent the rest.
    """
    recorded: list[Prompt] = []
    with store.transaction():
        for prompt in prompts:
            if store.mark_reminder_sent(prompt.habit_id, prompt.day, prompt.ledger_kind, sent_at):
                recorded.append(prompt)
    return recorded


def load_seen_until(store: Store) -> datetime | None:
    """The last instant the reminder scheduler was known to be running, if recorded."""
    text = store.setting(SEEN_UNTIL)
    if not text:
        return None
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def save_seen_until(store: Store, instant: datetime) -> None:
    with store.transaction():
        store.set_setting(SEEN_UNTIL, instant.astimezone(UTC).isoformat())


@dataclass(frozen=True)
class ReviewPrompt:
    """The weekly review's prompt for one ISO week, at its time."""

    week: str
    at_utc: datetime


def review_prompts(view: View, since: datetime, until: datetime) -> list[ReviewPrompt]:
    """The review prompt's times in ``(since, until]`` (the chosen weekday and local time of
    each week), whether sent or not; none while the prompt is off."""
    s = view.settings
    if not s.review_prompt or until <= since:
        return []
    first = logical_day(since, view.zone, s.day_start_hour)
    last = logical_day(until, view.zone, s.day_start_hour)
    monday = first - timedelta(days=first.weekday())
    found: list[ReviewPrompt] = []
    while monday <= last:
        day = monday + timedelta(days=s.review_weekday)
        at = instant_of(day, s.review_at, view.zone, s.day_start_hour)
        if since < at <= until:
            found.append(ReviewPrompt(iso_week(day), at))
        monday += timedelta(days=7)
    return found


def due_review_prompt(view: View, since: datetime, until: datetime) -> ReviewPrompt | None:
    """The review prompt to send now for ``(since, until]``: the latest week's, unless sent
    already or reminders were paused at its time."""
    prompts = review_prompts(view, since, until)
    if not prompts:
        return None
    latest = prompts[-1]
    paused = view.settings.paused_until_utc
    if paused is not None and latest.at_utc < paused:
        return None
    if view.store.setting(REVIEW_PROMPTED) == latest.week:
        return None
    return latest


def record_review_prompted(store: Store, prompt: ReviewPrompt) -> bool:
    """Mark the week's review prompt as sent; True when this call did (only then show it)."""
    with store.transaction():
        if store.setting(REVIEW_PROMPTED) == prompt.week:
            return False
        store.set_setting(REVIEW_PROMPTED, prompt.week)
    return True
