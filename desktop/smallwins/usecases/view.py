"""The read side: today's picture of all data, computed from the store and the clock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from functools import cached_property

from smallwins.core.days import logical_day, next_day_start, parse_hhmm
from smallwins.core.errors import UserError, translate
from smallwins.core.models import (
    DayState,
    Habit,
    NextStep,
    Purpose,
    Routine,
    Settings,
    SnoozedStep,
    SnoozeTarget,
    Step,
    StepState,
    WinKind,
    WinOrdinals,
)
from smallwins.core.planning import (
    HabitCalendar,
    HabitToday,
    PlannedReminder,
    ReminderPolicy,
    StepQueue,
    in_stack_order,
    next_step,
    upcoming_reminders,
)
from smallwins.core.ports import Store
from smallwins.core.rules import HabitHistory, history_of_ordinals
from smallwins.core.validation import name_key

DAY_START_HOUR = "day_start_hour"
FOCUSED_PURPOSE = "focused_purpose_id"
# A step chosen as the week's focus (in the weekly review): first in its purpose's queue.
FOCUSED_STEP = "focused_step_id"
LAST_ACTIVE_PURPOSE = "last_active_purpose_id"
REMINDERS_ENABLED = "reminders_enabled"
QUIET_START = "quiet_start"
QUIET_END = "quiet_end"
PAUSED_UNTIL = "paused_until"
REVIEW_PROMPT = "review.prompt"  # "0": no prompt for the weekly review
REVIEW_WEEKDAY = "review.weekday"  # 0 (Monday) to 6
REVIEW_AT = "review.at"  # HH:MM, local time
# The desktop's own preferences (ui/prefs.py) are kept beside these, under this prefix.
PREFS_PREFIX = "ui."


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return default if value is None else int(value)
    except ValueError:
        return default


def _time(value: str | None) -> time | None:
    if not value:
        return None
    try:
        return parse_hhmm(value)
    except ValueError:
        return None


def _instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def load_settings(store: Store) -> Settings:
    day_start = _int(store.setting(DAY_START_HOUR), 0) or 0
    defaults = Settings()
    weekday = _int(store.setting(REVIEW_WEEKDAY), None)
    return Settings(
        day_start_hour=day_start if 0 <= day_start <= 12 else 0,
        focused_purpose_id=_int(store.setting(FOCUSED_PURPOSE), None),
        reminders_enabled=store.setting(REMINDERS_ENABLED) != "0",
        quiet_start=_time(store.setting(QUIET_START)),
        quiet_end=_time(store.setting(QUIET_END)),
        paused_until_utc=_instant(store.setting(PAUSED_UNTIL)),
        review_prompt=store.setting(REVIEW_PROMPT) != "0",
        review_weekday=weekday
        if weekday is not None and 0 <= weekday <= 6
        else defaults.review_weekday,
        review_at=_time(store.setting(REVIEW_AT)) or defaults.review_at,
    )


@dataclass(frozen=True, slots=True)
class HabitStatus:
    habit: Habit
    routine: Routine
    purpose: str | None
    history: HabitHistory

    @property
    def at(self) -> str:
        """The routine's time today, or its most common time when it has none today."""
        today = self.history.today.weekday()
        at = self.routine.time_on(today)
        if at is None and self.routine.times:
            at = self.routine.times[0][1]
        return "" if at is None else at.strftime("%H:%M")


# The day states of a habit that the Today list shows: in play today, done or not.
TODAY_STATES = frozenset({DayState.DONE, DayState.TINY, DayState.PENDING})


@dataclass(frozen=True, slots=True)
class TodayHabit:
    """A habit of today's list: its state today and, while snoozed, until when (local time)."""

    habit: Habit
    state: DayState
    snoozed_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class TodayStep:
    """An open step of the focused purpose and, while snoozed, until when (local time)."""

    step: Step
    snoozed_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class TodayList:
    """What today holds: the habits in the next-step rule's order, then the focused purpose's
    open steps in queue order."""

    habits: Sequence[TodayHabit] = ()
    purpose: Purpose | None = None
    steps: Sequence[TodayStep] = ()

    @property
    def empty(self) -> bool:
        return not self.habits and not self.steps


class View:
    """A consistent picture of the data at one instant. Cheap to make; computes lazily."""

    def __init__(self, store: Store, now: datetime, zone: tzinfo) -> None:
        self.store = store
        self.now = now
        self.zone = zone
        self.settings = load_settings(store)
        self.today: date = logical_day(now, zone, self.settings.day_start_hour)

    @property
    def next_day_starts(self) -> datetime:
        """When the user's next day begins (UTC)."""
        return next_day_start(self.today, self.zone, self.settings.day_start_hour)

    def is_paused(self) -> bool:
        """Reminders are paused right now."""
        until = self.settings.paused_until_utc
        return until is not None and until > self.now

    @cached_property
    def purposes(self) -> dict[int, Purpose]:
        return {p.id: p for p in self.store.purposes(include_archived=True)}

    @cached_property
    def routines(self) -> dict[int, Routine]:
        return {r.id: r for r in self.store.routines()}

    @cached_property
    def habits(self) -> list[Habit]:
        """The habits in play: not archived, nor of an archived purpose."""
        purposes = self.purposes
        return [
            h
            for h in self.store.habits()
            if h.purpose_id is None or not purposes[h.purpose_id].archived
        ]

    @cached_property
    def _win_ordinals(self) -> dict[int, WinOrdinals]:
        return self.store.win_ordinals()

    @cached_property
    def _rests(self) -> tuple[set[int], dict[int, set[int]]]:
        everyone: set[int] = set()
        per_habit: dict[int, set[int]] = {}
        for rest in self.store.rest_days():
            if rest.habit_id is None:
                everyone.add(rest.day.toordinal())
            else:
                per_habit.setdefault(rest.habit_id, set()).add(rest.day.toordinal())
        return everyone, per_habit

    def _rest_ordinals_of(self, habit_id: int) -> set[int]:
        everyone, per_habit = self._rests
        own = per_habit.get(habit_id)
        return everyone | own if own else everyone

    def rest_days_of(self, habit_id: int) -> set[date]:
        return {date.fromordinal(day) for day in self._rest_ordinals_of(habit_id)}

    def win_days_of(self, habit_id: int) -> dict[date, WinKind]:
        """The habit's days with a win and the best kind that day."""
        cache = self.__dict__.setdefault("_win_days", {})
        found: dict[date, WinKind] | None = cache.get(habit_id)
        if found is None:
            ordinals = self._win_ordinals.get(habit_id)
            kinds = ordinals.best_kinds() if ordinals is not None else {}
            found = dict(zip(map(date.fromordinal, kinds), kinds.values(), strict=True))
            cache[habit_id] = found
        return found

    def purpose_name(self, purpose_id: int | None) -> str | None:
        purpose = self.purposes.get(purpose_id) if purpose_id is not None else None
        return purpose.name if purpose else None

    def history(self, habit: Habit) -> HabitHistory:
        cache = self.__dict__.setdefault("_histories", {})
        found: HabitHistory | None = cache.get(habit.id)
        if found is None:
            found = history_of_ordinals(
                habit.schedule,
                habit.created_on,
                self._win_ordinals.get(habit.id) or WinOrdinals([], []),
                self._rest_ordinals_of(habit.id),
                self.today,
            )
            cache[habit.id] = found
        return found

    @cached_property
    def habit_statuses(self) -> list[HabitStatus]:
        return [
            HabitStatus(
                habit=h,
                routine=self.routines[h.routine_id],
                purpose=self.purpose_name(h.purpose_id),
                history=self.history(h),
            )
            for h in self.habits
        ]

    # Names are found by their key (core/validation.py: NFC, case-folded), archived ones too:
    # "Café" typed either way, or "CAFÉ", is the one habit, purpose or routine of that name.

    def habit_named(self, name: str) -> Habit | None:
        key = name_key(name)
        return next(
            (h for h in self.store.habits(include_archived=True) if name_key(h.action) == key),
            None,
        )

    def purpose_named(self, name: str) -> Purpose | None:
        key = name_key(name)
        return next((p for p in self.purposes.values() if name_key(p.name) == key), None)

    def routine_named(self, name: str) -> Routine | None:
        key = name_key(name)
        return next((r for r in self.store.routines() if name_key(r.name) == key), None)

    def find_habit(self, name: str, include_archived: bool = False) -> Habit:
        """The habit named ``name``; an archived one too when asked (to restore it)."""
        habit = self.habit_named(name)
        if habit is None or (habit.archived and not include_archived):
            known = ", ".join(h.action for h in self.habits)
            if not known:
                raise UserError(
                    translate("UserError", "no habit named {name!r} (habits: none yet)"),
                    name=name.strip(),
                )
            raise UserError(
                translate("UserError", "no habit named {name!r} (habits: {known})"),
                name=name.strip(),
                known=known,
            )
        return habit

    def find_purpose(self, name: str) -> Purpose:
        purpose = self.purpose_named(name)
        if purpose is None:
            known = ", ".join(p.name for p in self.purposes.values())
            if not known:
                raise UserError(
                    translate("UserError", "no purpose named {name!r} (purposes: none yet)"),
                    name=name.strip(),
                )
            raise UserError(
                translate("UserError", "no purpose named {name!r} (purposes: {known})"),
                name=name.strip(),
                known=known,
            )
        return purpose

    def find_routine(self, name: str) -> Routine:
        routine = self.routine_named(name)
        if routine is None:
            known = ", ".join(r.name for r in self.routines.values())
            if not known:
                raise UserError(
                    translate("UserError", "no routine named {name!r} (routines: none yet)"),
                    name=name.strip(),
                )
            raise UserError(
                translate("UserError", "no routine named {name!r} (routines: {known})"),
                name=name.strip(),
                known=known,
            )
        return routine

    def _active_snoozes(self, target: SnoozeTarget) -> dict[int, datetime]:
        return {
            s.target_id: s.until_utc
            for s in self.store.snoozes()
            if s.target is target and s.until_utc > self.now
        }

    def purpose_order(self) -> list[Purpose]:
        """Focused purpose first (chosen, else most recently active), then the rest by age."""
        first: list[int] = []
        for key in (FOCUSED_PURPOSE, LAST_ACTIVE_PURPOSE):
            chosen = _int(self.store.setting(key), None)
            if chosen is not None and chosen in self.purposes and chosen not in first:
                first.append(chosen)
        rest = [pid for pid in self.purposes if pid not in first]
        return [self.purposes[pid] for pid in first + rest if not self.purposes[pid].archived]

    def step_queues(self) -> list[StepQueue]:
        by_purpose: dict[int, list[Step]] = {}
        focused = _int(self.store.setting(FOCUSED_STEP), None)
        for step in self.store.steps(state=StepState.OPEN):
            queue = by_purpose.setdefault(step.purpose_id, [])
            if step.id == focused:
                queue.insert(0, step)
            else:
                queue.append(step)
        return [
            StepQueue(purpose=p, steps=by_purpose[p.id])
            for p in self.purpose_order()
            if p.id in by_purpose
        ]

    @cached_property
    def next(self) -> NextStep:
        return self._next_step(honour_snoozes=True)

    @cached_property
    def snoozed(self) -> SnoozedStep | None:
        """While nothing else is next: what would be, but for a snooze (else None)."""
        if self.next.kind is not None:
            return None
        hidden = self._next_step(honour_snoozes=False)
        if hidden.kind is None or hidden.id is None:
            return None
        target = SnoozeTarget.HABIT if hidden.kind == "habit" else SnoozeTarget.STEP
        until = self._active_snoozes(target).get(hidden.id)
        if until is None:
            return None
        return SnoozedStep(hidden, target, until, until.astimezone(self.zone))

    def _next_step(self, honour_snoozes: bool) -> NextStep:
        snoozes = self._active_snoozes if honour_snoozes else lambda _target: {}
        habits = [
            HabitToday(
                habit=s.habit, routine=s.routine, state=s.history.today_state, purpose=s.purpose
            )
            for s in self.habit_statuses
        ]
        return next_step(
            self.now,
            self.zone,
            self.settings.day_start_hour,
            habits,
            self.step_queues(),
            snoozed_habits=set(snoozes(SnoozeTarget.HABIT)),
            snoozed_steps=set(snoozes(SnoozeTarget.STEP)),
        )

    def today_list(self) -> TodayList:
        """Today's habits (done, tiny or pending; rest and unscheduled days left out) in the order
        the next-step rule takes them, and the open steps of the purpose the next step comes from
        (the focused one, unless it has none) in queue order;
        each with the local time its snooze ends, while it is snoozed."""
        snoozed_habits = self._active_snoozes(SnoozeTarget.HABIT)
        snoozed_steps = self._active_snoozes(SnoozeTarget.STEP)
        in_play = [
            HabitToday(habit=s.habit, routine=s.routine, state=s.history.today_state)
            for s in self.habit_statuses
            if s.history.today_state in TODAY_STATES
        ]
        habits = tuple(
            TodayHabit(item.habit, item.state, self._local(snoozed_habits.get(item.habit.id)))
            for item in in_stack_order(in_play, self.today, self.zone, self.settings.day_start_hour)
        )
        # The purpose the next step comes from: the first in order that has open steps.
        queues = self.step_queues()
        if not queues:
            return TodayList(habits=habits)
        first = queues[0]
        steps = tuple(
            TodayStep(step, self._local(snoozed_steps.get(step.id))) for step in first.steps
        )
        return TodayList(habits=habits, purpose=first.purpose, steps=steps)

    def _local(self, instant: datetime | None) -> datetime | None:
        return instant.astimezone(self.zone) if instant is not None else None

    def wins_today(self) -> int:
        return self.store.count_wins(self.today, self.today)

    def reminder_policy(self) -> ReminderPolicy:
        s = self.settings
        return ReminderPolicy(
            enabled=s.reminders_enabled,
            quiet_start=s.quiet_start,
            quiet_end=s.quiet_end,
            paused_until=s.paused_until_utc,
        )

    def reminders(
        self, days: int, already_sent: Sequence[tuple[int, date]] = ()
    ) -> list[PlannedReminder]:
        calendars = [
            HabitCalendar(
                habit=s.habit,
                routine=s.routine,
                win_days=self.win_days_of(s.habit.id),
                rest_days=self.rest_days_of(s.habit.id),
            )
            for s in self.habit_statuses
        ]
        return upcoming_reminders(
            self.now,
            self.zone,
            self.settings.day_start_hour,
            days,
            calendars,
            self.reminder_policy(),
            snoozes=self._active_snoozes(SnoozeTarget.HABIT),
            already_sent=frozenset(already_sent),
        )

    def status_json(self) -> dict[str, object]:
        open_counts: dict[int, int] = {}
        for step in self.store.steps(state=StepState.OPEN):
            open_counts[step.purpose_id] = open_counts.get(step.purpose_id, 0) + 1
        habits: list[dict[str, object]] = []
        for s in self.habit_statuses:
            h = s.history
            habits.append(
                {
                    "id": s.habit.id,
                    "name": s.habit.action,
                    "routine": s.routine.name,
                    "at": s.at,
                    "days": s.habit.schedule.describe(),
                    "tiny": s.habit.tiny,
                    "purpose": s.purpose,
                    "today": str(h.today_state),
                    "current_streak": h.current_streak,
                    "best_streak": h.best_streak,
                    "strength": round(h.strength, 6),
                    "streak_bent": h.streak_bent,
                    "at_risk": h.at_risk,
                }
            )
        return {
            "date": self.today.isoformat(),
            "wins_today": self.wins_today(),
            "next": self.next.as_json(),
            "habits": habits,
            "purposes": [
                {"id": p.id, "name": p.name, "open_steps": open_counts.get(p.id, 0)}
                for p in self.purposes.values()
                if not p.archived
            ],
        }


def is_done(state: DayState) -> bool:
    return state in (DayState.DONE, DayState.TINY)
