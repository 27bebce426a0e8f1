"""What comes next: the next-step rule and the upcoming habit reminders."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from smallwins.core.days import instant_of, logical_day
from smallwins.core.models import (
    DayState,
    FixedDays,
    Habit,
    NextStep,
    Purpose,
    Quota,
    Routine,
    Step,
    WinKind,
)

WAITING_STATES = frozenset({DayState.PENDING})
# How long "later" on a habit and a reminder's "Snooze" put it off.
SNOOZE_MINUTES = 10


@dataclass(frozen=True, slots=True)
class HabitToday:
    """A habit as the planner sees it today."""

    habit: Habit
    routine: Routine
    state: DayState
    purpose: str | None = None


@dataclass(frozen=True, slots=True)
class StepQueue:
    """A purpose and its open steps, in queue order."""

    purpose: Purpose
    steps: Sequence[Step]


def in_stack_order(
    items: Sequence[HabitToday], today: date, zone: tzinfo, day_start: int
) -> list[HabitToday]:
    """``items`` in the order the next-step rule takes them: earliest routine time today first,
    then stack order; habits whose routine has no time today come last."""

    def key(item: HabitToday) -> tuple[object, ...]:
        at = item.routine.time_on(today.weekday())
        instant = instant_of(today, at, zone, day_start) if at is not None else None
        return (instant is None, instant, item.routine.id, item.habit.position, item.habit.id)

    return sorted(items, key=key)


def next_step(
    now: datetime,
    zone: tzinfo,
    day_start_hour: int,
    habits: Sequence[HabitToday],
    queues: Sequence[StepQueue],
    snoozed_habits: Set[int] = frozenset(),
    snoozed_steps: Set[int] = frozenset(),
) -> NextStep:
    """The one next micro-step.

    1. a habit whose routine time has come today, not done and not snoozed — earliest routine
       first, then stack order;
    2. otherwise the first open, not snoozed step of the queues, given focused purpose first;
    3. otherwise nothing (the app shows its friendly empty state).
    """
    today = logical_day(now, zone, day_start_hour)
    due: list[HabitToday] = []
    for item in habits:
        if item.habit.archived or item.state not in WAITING_STATES:
            continue
        if item.habit.id in snoozed_habits:
            continue
        at = item.routine.time_on(today.weekday())
        if at is None or instant_of(today, at, zone, day_start_hour) > now:
            continue
        due.append(item)
    if due:
        first = in_stack_order(due, today, zone, day_start_hour)[0]
        return NextStep(
            kind="habit",
            id=first.habit.id,
            text=first.habit.action,
            purpose=first.purpose,
            tiny=first.habit.tiny,
            routine=first.routine.name,
        )
    for queue in queues:
        if queue.purpose.archived:
            continue
        for step in queue.steps:
            if step.id not in snoozed_steps:
                return NextStep(kind="step", id=step.id, text=step.text, purpose=queue.purpose.name)
    return NextStep()


@dataclass(frozen=True, slots=True)
class PlannedReminder:
    habit_id: int
    habit: str
    routine: str
    day: date
    at_utc: datetime
    snoozed: bool = False

    def local(self, zone: tzinfo) -> datetime:
        return self.at_utc.astimezone(zone)


@dataclass(frozen=True, slots=True)
class ReminderPolicy:
    """When reminders may be sent at all."""

    enabled: bool = True
    quiet_start: time | None = None
    quiet_end: time | None = None
    paused_until: datetime | None = None

    def in_quiet_hours(self, local_time: time) -> bool:
        start, end = self.quiet_start, self.quiet_end
        if start is None or end is None or start == end:
            return False
        if start < end:
            return start <= local_time < end
        return local_time >= start or local_time < end

    def allows(self, instant: datetime, zone: tzinfo) -> bool:
        if not self.enabled:
            return False
        if self.paused_until is not None and instant < self.paused_until:
            return False
        local = instant.astimezone(zone).time().replace(tzinfo=None)
        return not self.in_quiet_hours(local)


@dataclass(frozen=True, slots=True)
class HabitCalendar:
    """What the reminder planner needs to know about one habit's days."""

    habit: Habit
    routine: Routine
    win_days: Mapping[date, WinKind]
    rest_days: Set[date]


def _quota_met(habit: Habit, day: date, win_days: Mapping[date, WinKind]) -> bool:
    schedule = habit.schedule
    if not isinstance(schedule, Quota) or schedule.times >= schedule.days:
        return False
    first = min([habit.created_on, *win_days]) if win_days else habit.created_on
    block = (day.toordinal() - first.toordinal()) // schedule.days
    block_start = first + timedelta(days=block * schedule.days)
    won = sum(1 for d in win_days if block_start <= d < block_start + timedelta(schedule.days))
    return won >= schedule.times


def _wants_reminder(entry: HabitCalendar, day: date) -> bool:
    habit = entry.habit
    if habit.archived or day < habit.created_on:
        return False
    if day in entry.win_days or day in entry.rest_days:
        return False
    schedule = habit.schedule
    if isinstance(schedule, FixedDays):
        return day.weekday() in schedule.weekdays
    return not _quota_met(habit, day, entry.win_days)


def upcoming_reminders(
    now: datetime,
    zone: tzinfo,
    day_start_hour: int,
    days: int,
    calendars: Sequence[HabitCalendar],
    policy: ReminderPolicy,
    snoozes: Mapping[int, datetime] | None = None,
    already_sent: Set[tuple[int, date]] = frozenset(),
) -> list[PlannedReminder]:
    """The reminders that will fire from ``now`` over the next ``days`` days, in time order.

    For each routine time on a day, one reminder for the first habit of that routine's stack
    that wants one (scheduled, not done, not resting, reminder on). A snooze moves today's
    reminder of that habit to the snooze's end. Quiet hours, pauses and reminders already
    sent (the ledger) remove reminders.
    """
    snoozes = snoozes or {}
    today = logical_day(now, zone, day_start_hour)
    stacks: dict[int, list[HabitCalendar]] = {}
    routines: dict[int, Routine] = {}
    for entry in calendars:
        if entry.habit.reminder and not entry.habit.archived:
            stacks.setdefault(entry.routine.id, []).append(entry)
            routines[entry.routine.id] = entry.routine
    for stack in stacks.values():
        stack.sort(key=lambda e: (e.habit.position, e.habit.id))
    planned: list[PlannedReminder] = []
    for offset in range(days):
        day = today + timedelta(days=offset)
        for routine_id, stack in stacks.items():
            at = routines[routine_id].time_on(day.weekday())
            if at is None:
                continue
            head = next((e for e in stack if _wants_reminder(e, day)), None)
            if head is None or (head.habit.id, day) in already_sent:
                continue
            instant = instant_of(day, at, zone, day_start_hour)
            snoozed_until = snoozes.get(head.habit.id)
            snoozed = False
            # A snooze ending before the routine time (e.g. "until tomorrow") leaves it alone.
            if snoozed_until is not None and snoozed_until > now and snoozed_until > instant:
                if logical_day(snoozed_until, zone, day_start_hour) == day:
                    instant, snoozed = snoozed_until, True
                else:
                    continue  # snoozed past this day's routine time: skip it
            if instant < now or not policy.allows(instant, zone):
                continue
            planned.append(
                PlannedReminder(
                    habit_id=head.habit.id,
                    habit=head.habit.action,
                    routine=routines[routine_id].name,
                    day=day,
                    at_utc=instant,
                    snoozed=snoozed,
                )
            )
    planned.sort(key=lambda r: (r.at_utc, r.routine, r.habit_id))
    return planned
