"""One small command per user action. Each runs inside one transaction (see ``Runner``)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from smallwins.core.days import (
    iso_week,
    logical_day,
    parse_hhmm,
    utc_offset_minutes,
    week_start,
)
from smallwins.core.errors import AlreadyDoneError, Term, UserError, translate
from smallwins.core.events import NOTHING, Topic, WinOutcome, WinRecorded, WinUndone
from smallwins.core.models import (
    Habit,
    Purpose,
    RestDay,
    Review,
    SnoozeTarget,
    Step,
    StepState,
    Win,
    WinKind,
    WinSource,
)
from smallwins.core.rules import STREAK_MILESTONES, habit_history
from smallwins.core.validation import (
    MAX_LONG_TEXT,
    clean_text,
    optional_text,
    parse_date,
    parse_schedule,
    same_name,
)
from smallwins.usecases.runner import Context
from smallwins.usecases.view import (
    DAY_START_HOUR,
    FOCUSED_PURPOSE,
    FOCUSED_STEP,
    LAST_ACTIVE_PURPOSE,
    PAUSED_UNTIL,
    PREFS_PREFIX,
    QUIET_END,
    QUIET_START,
    REMINDERS_ENABLED,
    REVIEW_AT,
    REVIEW_PROMPT,
    REVIEW_WEEKDAY,
    View,
)

MAX_SHRINK_STEPS = 10
REST_HORIZON_DAYS = 366


def _touch_purpose(ctx: Context, purpose_id: int | None) -> None:
    if purpose_id is not None:
        ctx.store.set_setting(LAST_ACTIVE_PURPOSE, str(purpose_id))
        ctx.changed(Topic.PURPOSES)  # the order of the purposes' steps


@dataclass(frozen=True)
class AddPurpose:
    name: str
    why: str | None = None
    colour: str | None = None

    def execute(self, ctx: Context) -> Purpose:
        name = clean_text(self.name, translate("UserError", "purpose name"))
        why = optional_text(self.why, translate("UserError", "why"), limit=1000)
        existing = ctx.view().purpose_named(name)
        if existing is not None:
            raise AlreadyDoneError(
                translate("UserError", "a purpose named {name!r} already exists"),
                existing=existing,
                name=existing.name,
            )
        purpose = ctx.store.add_purpose(name, why, self.colour)
        ctx.changed(Topic.PURPOSES)
        return purpose


def _default_purpose(view: View) -> Purpose:
    order = view.purpose_order()
    if not order:
        raise UserError(
            translate(
                "UserError", "there is no purpose yet: add one first (smallwins purpose add NAME)"
            )
        )
    return order[0]


def _open_step(ctx: Context, step_id: int) -> Step:
    step = ctx.store.step(step_id)
    if step is None:
        raise UserError(translate("UserError", "no step with id {id}"), id=step_id)
    if step.state is StepState.DONE:
        raise UserError(translate("UserError", "step {id} is already done"), id=step_id)
    if step.state is not StepState.OPEN:
        raise UserError(translate("UserError", "step {id} is already dropped"), id=step_id)
    return step


@dataclass(frozen=True)
class AddStep:
    """A step at the end (or the front) of a purpose's queue. ``if_absent``: not when the
    purpose has an open step of the same words (a retry), refused as ``AlreadyDoneError``."""

    text: str
    purpose: str | None = None
    at_front: bool = False
    if_absent: bool = False

    def execute(self, ctx: Context) -> Step:
        text = clean_text(self.text, translate("UserError", "step text"))
        view = ctx.view()
        purpose = view.find_purpose(self.purpose) if self.purpose else _default_purpose(view)
        if self.if_absent:
            for step in ctx.store.steps(purpose_id=purpose.id, state=StepState.OPEN):
                if same_name(step.text, text):
                    raise AlreadyDoneError(
                        translate("UserError", "{purpose!r} already has the step {step!r}"),
                        existing=step,
                        purpose=purpose.name,
                        step=step.text,
                    )
        step = ctx.store.add_step(purpose.id, text, ctx.now, at_front=self.at_front)
        _touch_purpose(ctx, purpose.id)
        ctx.changed(Topic.STEPS)
        return step


@dataclass(frozen=True)
class ShrinkStep:
    """Put one or more smaller steps in front of a heavy one, linked to it as their parent."""

    step_id: int
    smaller: Sequence[str]

    def execute(self, ctx: Context) -> list[Step]:
        parent = _open_step(ctx, self.step_id)
        texts = [clean_text(t, translate("UserError", "smaller step")) for t in self.smaller]
        if not texts:
            raise UserError(translate("UserError", "give at least one smaller step"))
        if len(texts) > MAX_SHRINK_STEPS:
            raise UserError(
                translate("UserError", "at most {most} smaller steps at once"),
                most=MAX_SHRINK_STEPS,
            )
        created = [
            ctx.store.add_step(parent.purpose_id, text, ctx.now, parent_id=parent.id, at_front=True)
            for text in reversed(texts)
        ]
        _touch_purpose(ctx, parent.purpose_id)
        ctx.changed(Topic.STEPS)
        return list(reversed(created))


@dataclass(frozen=True)
class DropStep:
    step_id: int

    def execute(self, ctx: Context) -> Step:
        step = _open_step(ctx, self.step_id)
        ctx.store.set_step_state(step.id, StepState.DROPPED)
        ctx.changed(Topic.STEPS)
        return step


@dataclass(frozen=True)
class MoveStep:
    """Move a step within its purpose's queue; ``position=None`` sends it to the back (later)."""

    step_id: int
    position: int | None = None

    def execute(self, ctx: Context) -> Step:
        step = _open_step(ctx, self.step_id)
        queue = ctx.store.steps(purpose_id=step.purpose_id, state=StepState.OPEN)
        last = len(queue) - 1
        position = last if self.position is None else max(0, min(self.position, last))
        ctx.store.move_step(step.id, position)
        ctx.changed(Topic.STEPS)
        return step


@dataclass(frozen=True)
class AddHabit:
    """ "After I <routine>, I will <action>", reminded at the routine's time.

    ``at`` is the time of a new routine; for an existing one it sets the routine's time on the
    habit's days (every habit stacked there moves too), and ``None`` keeps its times."""

    action: str
    routine: str
    at: str | None
    days: str = "daily"
    tiny: str | None = None
    purpose: str | None = None

    def execute(self, ctx: Context) -> Habit:
        action = clean_text(self.action, translate("UserError", "habit action"))
        routine_name = clean_text(self.routine, translate("UserError", "routine name"))
        at = None if self.at is None else parse_hhmm(self.at)
        schedule = parse_schedule(self.days)
        tiny = optional_text(self.tiny, translate("UserError", "tiny version"))
        view = ctx.view()
        purpose = view.find_purpose(self.purpose) if self.purpose else None
        taken = view.habit_named(action)
        if taken is not None:
            raise UserError(
                translate("UserError", "a habit named {name!r} already exists"), name=taken.action
            )
        routine = view.routine_named(routine_name)
        if routine is None:
            if at is None:
                raise UserError(
                    translate("UserError", "{routine!r} is a new routine: give its time (HH:MM)"),
                    routine=routine_name,
                )
            routine = ctx.store.add_routine(routine_name, [(d, at) for d in range(7)])
        elif at is not None:
            times = routine.with_time(schedule.possible_weekdays, at)
            if times != sorted(routine.times):
                ctx.store.set_routine_times(routine.id, times)
        habit = ctx.store.add_habit(
            action,
            routine.id,
            schedule,
            created_on=view.today,
            tiny=tiny,
            purpose_id=purpose.id if purpose else None,
        )
        ctx.changed(Topic.HABITS)
        return habit


@dataclass(frozen=True)
class FirstRun:
    """The first-run welcome as one command: a purpose, its first step and, optionally, a
    habit; all of them are saved, or none."""

    purpose: AddPurpose
    step: AddStep | None = None
    habit: AddHabit | None = None

    def execute(self, ctx: Context) -> Purpose:
        purpose = self.purpose.execute(ctx)
        if self.step is not None:
            self.step.execute(ctx)
        if self.habit is not None:
            self.habit.execute(ctx)
        return purpose


@dataclass(frozen=True)
class UpdateHabit:
    """Shrink a heavy habit: change its tiny version or its schedule."""

    habit_id: int
    tiny: str | None = None
    days: str | None = None

    def execute(self, ctx: Context) -> Habit:
        habit = habit_by_id(ctx, self.habit_id)
        tiny = (
            optional_text(self.tiny, translate("UserError", "tiny version"))
            if self.tiny is not None
            else habit.tiny
        )
        schedule = parse_schedule(self.days) if self.days is not None else habit.schedule
        updated = dataclasses.replace(habit, schedule=schedule, tiny=tiny)
        ctx.store.update_habit(updated)
        ctx.changed(Topic.HABITS)
        return updated


@dataclass(frozen=True)
class RecordWin:
    """Tick something off: a named habit, a step, or (by default) the next step."""

    source: WinSource
    habit: str | None = None
    habit_id: int | None = None
    step_id: int | None = None
    day: str | None = None
    tiny: bool = False
    # When the win was made, for one saved later (the desktop retrying a win the data could not
    # take at the time): it counts for that instant's day, with that instant and UTC offset.
    at: datetime | None = None

    def execute(self, ctx: Context) -> WinOutcome:
        view = ctx.view()
        day = self._day(ctx, view)
        habit: Habit | None = None
        step: Step | None = None
        if self.habit is not None:
            habit = view.find_habit(self.habit)
        elif self.habit_id is not None:
            habit = ctx.store.habit(self.habit_id)
            if habit is None:
                raise UserError(translate("UserError", "no habit with id {id}"), id=self.habit_id)
        elif self.step_id is not None:
            done = ctx.store.step(self.step_id)
            if done is not None and done.state is StepState.DONE:
                raise AlreadyDoneError(
                    translate("UserError", "step {id} is already done"), id=self.step_id
                )
            step = _open_step(ctx, self.step_id)
        else:
            upcoming = view.next
            if upcoming.kind is None or upcoming.id is None:
                raise UserError(
                    translate(
                        "UserError",
                        "nothing to tick: add one tiny step first (smallwins step add TEXT)",
                    )
                )
            if upcoming.kind == "habit":
                habit = ctx.store.habit(upcoming.id)
            else:
                step = ctx.store.step(upcoming.id)
        if habit is not None:
            return self._habit_win(ctx, view, habit, day)
        if step is None:  # pragma: no cover - the next step vanished inside the transaction
            raise UserError(translate("UserError", "nothing to tick"))
        return self._step_win(ctx, view, step, day)

    def _day(self, ctx: Context, view: View) -> date:
        if self.day is not None:
            return parse_date(self.day, view.today)
        if self.at is not None:
            return logical_day(self.at, ctx.clock.zone(), view.settings.day_start_hour)
        return view.today

    def _record(
        self,
        ctx: Context,
        day: date,
        kind: WinKind,
        habit_id: int | None = None,
        step_id: int | None = None,
    ) -> Win:
        source = self.source if self.day is None else WinSource.HISTORY
        at = ctx.now if self.at is None else self.at
        return ctx.store.add_win(
            at_utc=at,
            local_date=day,
            utc_offset_minutes=utc_offset_minutes(at, ctx.clock.zone()),
            source=source,
            kind=kind,
            habit_id=habit_id,
            step_id=step_id,
        )

    def _habit_win(self, ctx: Context, view: View, habit: Habit, day: date) -> WinOutcome:
        win_days = view.win_days_of(habit.id)
        if day in win_days:
            raise AlreadyDoneError(
                translate("UserError", "{habit!r} is already done on {day}"),
                habit=habit.action,
                day=day,
            )
        before = view.history(habit)
        kind = WinKind.TINY if self.tiny else WinKind.FULL
        if kind is WinKind.FULL and before.at_risk and day == view.today:
            kind = WinKind.RECOVERY
        win = self._record(ctx, day, kind, habit_id=habit.id)
        after = habit_history(
            habit.schedule,
            habit.created_on,
            {**win_days, day: kind},
            view.rest_days_of(habit.id),
            view.today,
        )
        ctx.store.clear_snooze(SnoozeTarget.HABIT, habit.id)
        ctx.changed(Topic.SNOOZES)
        _touch_purpose(ctx, habit.purpose_id)
        milestone = after.current_streak if after.current_streak in STREAK_MILESTONES else None
        if milestone is not None and before.current_streak >= milestone:
            milestone = None
        outcome = self._outcome(
            ctx,
            view,
            win,
            text=habit.action,
            purpose=view.purpose_name(habit.purpose_id),
            streak=after.current_streak,
            best_streak=after.best_streak,
            new_best=before.best_streak > 0 and after.best_streak > before.best_streak,
            milestone=milestone,
            bent=after.streak_bent,
        )
        return outcome

    def _step_win(self, ctx: Context, view: View, step: Step, day: date) -> WinOutcome:
        if self.tiny:
            raise UserError(translate("UserError", "--tiny is for habits; a step is already tiny"))
        ctx.store.set_step_state(step.id, StepState.DONE)
        ctx.changed(Topic.STEPS)
        win = self._record(ctx, day, WinKind.FULL, step_id=step.id)
        ctx.store.clear_snooze(SnoozeTarget.STEP, step.id)
        ctx.changed(Topic.SNOOZES)
        _touch_purpose(ctx, step.purpose_id)
        return self._outcome(
            ctx, view, win, text=step.text, purpose=view.purpose_name(step.purpose_id)
        )

    def _outcome(
        self,
        ctx: Context,
        view: View,
        win: Win,
        text: str,
        purpose: str | None,
        streak: int = 0,
        best_streak: int = 0,
        new_best: bool = False,
        milestone: int | None = None,
        bent: bool = False,
    ) -> WinOutcome:
        wins_today = ctx.store.count_wins(view.today, view.today)
        outcome = WinOutcome(
            win=win,
            text=text,
            purpose=purpose,
            wins_today=wins_today,
            first_today=win.local_date == view.today and wins_today == 1,
            streak=streak,
            best_streak=best_streak,
            new_best=new_best,
            milestone=milestone,
            bent=bent,
        )
        ctx.emit(WinRecorded(outcome))
        return outcome


@dataclass(frozen=True)
class UndoLastWin:
    def execute(self, ctx: Context) -> tuple[Win, str]:
        win = ctx.store.last_win()
        if win is None:
            raise UserError(translate("UserError", "there is no win to undo"))
        text = ""
        if win.step_id is not None:
            step = ctx.store.step(win.step_id)
            if step is not None:
                text = step.text
                if step.state is StepState.DONE:
                    ctx.store.set_step_state(step.id, StepState.OPEN)
                    ctx.changed(Topic.STEPS)
        elif win.habit_id is not None:
            habit = ctx.store.habit(win.habit_id)
            text = habit.action if habit else ""
        ctx.store.remove_win(win.id)
        ctx.emit(WinUndone(win, text))
        return win, text


@dataclass(frozen=True)
class PlanRest:
    """A planned day off for one habit, or for all habits (``habit=None``)."""

    day: str
    habit: str | None = None
    habit_id: int | None = None  # instead of the name: an archived habit's past too

    def execute(self, ctx: Context) -> RestDay:
        view = ctx.view()
        horizon = view.today + timedelta(days=REST_HORIZON_DAYS)
        try:
            day = date.fromisoformat(self.day.strip())
        except ValueError:
            day = None
        if day is not None and day > horizon:
            raise UserError(
                translate(
                    "UserError", "rest date {day} is more than {most} days ahead (today is {today})"
                ),
                day=day,
                most=REST_HORIZON_DAYS,
                today=view.today,
            )
        day = parse_date(self.day, horizon, translate("UserError", "rest date"))
        habit = view.find_habit(self.habit) if self.habit is not None else None
        if self.habit_id is not None:
            habit = habit_by_id(ctx, self.habit_id)
        targets = [habit] if habit is not None else view.habits
        for target in targets:
            if day in view.win_days_of(target.id):
                raise UserError(
                    translate("UserError", "{habit!r} already has a win on {day}"),
                    habit=target.action,
                    day=day,
                )
        existing = {(r.habit_id, r.day) for r in ctx.store.rest_days()}
        if (habit.id if habit else None, day) in existing:
            if habit is None:
                raise AlreadyDoneError(
                    translate("UserError", "{day} is already a rest day for all habits"), day=day
                )
            raise AlreadyDoneError(
                translate("UserError", "{day} is already a rest day for {habit!r}"),
                day=day,
                habit=habit.action,
            )
        rest = ctx.store.add_rest(day, habit.id if habit else None)
        ctx.changed(Topic.REST)
        return rest


@dataclass(frozen=True)
class RemoveRest:
    day: date
    habit_id: int | None = None

    def execute(self, ctx: Context) -> None:
        if not ctx.store.remove_rest(self.day, self.habit_id):
            raise UserError(translate("UserError", "{day} is not a rest day"), day=self.day)
        ctx.changed(Topic.REST)


def habit_by_id(ctx: Context, habit_id: int) -> Habit:
    """The habit with ``habit_id`` (archived ones too), or a refusal naming the id."""
    habit = ctx.store.habit(habit_id)
    if habit is None:
        raise UserError(translate("UserError", "no habit with id {id}"), id=habit_id)
    return habit


class DayEntry(enum.StrEnum):
    """What a habit's day can be set to when its history is fixed."""

    WIN = "win"
    TINY = "tiny"
    REST = "rest"
    CLEAR = "clear"  # nothing recorded


@dataclass(frozen=True)
class ClearDay:
    """Remove what is recorded for a habit on a past day or today: its wins and its own rest
    day (a rest day for all habits stays). Returns how many wins went."""

    habit_id: int
    day: date

    def execute(self, ctx: Context) -> int:
        view = ctx.view()
        habit = habit_by_id(ctx, self.habit_id)
        parse_date(self.day.isoformat(), view.today)  # refuses a future day
        wins = ctx.store.wins(habit_id=habit.id, since=self.day, until=self.day)
        for win in wins:
            ctx.store.remove_win(win.id)
        rested = ctx.store.remove_rest(self.day, habit.id)
        if not wins and not rested:
            raise UserError(
                translate("UserError", "nothing is recorded for {habit!r} on {day}"),
                habit=habit.action,
                day=self.day,
            )
        ctx.changed((Topic.WINS if wins else NOTHING) | (Topic.REST if rested else NOTHING))
        return len(wins)


MAX_NOTE = 500


@dataclass(frozen=True)
class SetNote:
    """A habit's note for a past day or today ("slept badly, the tiny version saved it");
    an empty text removes it. Returns the note kept, or None."""

    habit_id: int
    day: date
    text: str

    def execute(self, ctx: Context) -> str | None:
        view = ctx.view()
        habit = habit_by_id(ctx, self.habit_id)
        parse_date(self.day.isoformat(), view.today)  # refuses a future day
        text = (
            clean_text(self.text, translate("UserError", "note"), MAX_NOTE, multiline=True)
            if self.text.strip()
            else None
        )
        if ctx.store.notes(habit.id).get(self.day) != text:
            ctx.store.set_note(habit.id, self.day, text)
            ctx.changed(Topic.NOTES)
        return text


@dataclass(frozen=True)
class SetDay:
    """Fix a habit's past day or today: a win, a tiny win, a rest day, or nothing recorded;
    whatever was recorded that day goes first, all in one transaction."""

    habit_id: int
    day: date
    entry: DayEntry

    def execute(self, ctx: Context) -> None:
        view = ctx.view()
        habit = habit_by_id(ctx, self.habit_id)
        text = self.day.isoformat()
        parse_date(text, view.today)  # refuses a future day
        own_rest = any(r.day == self.day and r.habit_id == habit.id for r in ctx.store.rest_days())
        if self.day in view.win_days_of(habit.id) or own_rest or self.entry is DayEntry.CLEAR:
            ClearDay(habit.id, self.day).execute(ctx)
        if self.entry in (DayEntry.WIN, DayEntry.TINY):
            RecordWin(
                source=WinSource.HISTORY,
                habit_id=habit.id,
                day=text,
                tiny=self.entry is DayEntry.TINY,
            ).execute(ctx)
        elif self.entry is DayEntry.REST:
            PlanRest(text, habit_id=habit.id).execute(ctx)


def until_tomorrow(ctx: Context) -> datetime:
    """The start of the user's next day (their day-start hour tomorrow)."""
    return ctx.view().next_day_starts


@dataclass(frozen=True)
class Snooze:
    """Hide a habit or step from the next-step rule (and its reminder) for a while."""

    target: SnoozeTarget
    target_id: int
    minutes: int | None = None  # None: until tomorrow

    def execute(self, ctx: Context) -> datetime:
        if self.target is SnoozeTarget.HABIT and ctx.store.habit(self.target_id) is None:
            raise UserError(translate("UserError", "no habit with id {id}"), id=self.target_id)
        if self.target is SnoozeTarget.STEP:
            _open_step(ctx, self.target_id)
        if self.minutes is not None and not 1 <= self.minutes <= 24 * 60:
            raise UserError(translate("UserError", "a snooze lasts between 1 minute and 24 hours"))
        until = (
            until_tomorrow(ctx)
            if self.minutes is None
            else ctx.now + timedelta(minutes=self.minutes)
        )
        ctx.store.set_snooze(self.target, self.target_id, until)
        ctx.changed(Topic.SNOOZES)
        return until


@dataclass(frozen=True)
class Unsnooze:
    """End a snooze early: the habit or step can be next again."""

    target: SnoozeTarget
    target_id: int

    def execute(self, ctx: Context) -> None:
        snoozed = {(s.target, s.target_id) for s in ctx.store.snoozes() if s.until_utc > ctx.now}
        if (self.target, self.target_id) not in snoozed:
            if self.target is SnoozeTarget.HABIT:
                raise UserError(
                    translate("UserError", "habit {id} is not snoozed"), id=self.target_id
                )
            raise UserError(translate("UserError", "step {id} is not snoozed"), id=self.target_id)
        ctx.store.clear_snooze(self.target, self.target_id)
        ctx.changed(Topic.SNOOZES)


def _answer(text: str, what: Term) -> str:
    return clean_text(text, what, MAX_LONG_TEXT, multiline=True) if text.strip() else ""


@dataclass(frozen=True)
class SaveReview:
    """Keep a week's review. Its focus, when the week is this one or the one before, becomes the
    next-step rule's focus from now on: the purpose (a step's purpose) first, the step first in it.
    """

    week: str
    helped: str = ""
    in_the_way: str = ""
    focus_purpose_id: int | None = None
    focus_step_id: int | None = None

    def execute(self, ctx: Context) -> Review:
        monday = week_start(self.week)
        view = ctx.view()
        this_monday = view.today - timedelta(days=view.today.weekday())
        if monday > this_monday:
            raise UserError(
                translate("UserError", "week {week} has not started yet"), week=iso_week(monday)
            )
        helped = _answer(self.helped, translate("UserError", "what helped"))
        in_the_way = _answer(self.in_the_way, translate("UserError", "what got in the way"))
        if self.focus_purpose_id is not None and self.focus_step_id is not None:
            raise UserError(translate("UserError", "choose one focus: a purpose or a step"))
        focus_purpose = self.focus_purpose_id
        if self.focus_step_id is not None:
            step = ctx.store.step(self.focus_step_id)
            if step is None or step.state is not StepState.OPEN:
                raise UserError(
                    translate("UserError", "step {id} is not an open step"), id=self.focus_step_id
                )
            focus_purpose = step.purpose_id
        if focus_purpose is not None:
            purpose = view.purposes.get(focus_purpose)
            if purpose is None or purpose.archived:
                raise UserError(
                    translate("UserError", "purpose {id} is not an active purpose"),
                    id=focus_purpose,
                )
        review = ctx.store.save_review(
            Review(
                id=0,
                week=iso_week(monday),
                helped=helped,
                in_the_way=in_the_way,
                focus_purpose_id=self.focus_purpose_id,
                focus_step_id=self.focus_step_id,
                saved_at=ctx.now,
            )
        )
        topics = Topic.REVIEWS
        if focus_purpose is not None and monday >= this_monday - timedelta(days=7):
            ctx.store.set_setting(FOCUSED_PURPOSE, str(focus_purpose))
            focus_step = None if self.focus_step_id is None else str(self.focus_step_id)
            ctx.store.set_setting(FOCUSED_STEP, focus_step)
            topics |= Topic.SETTINGS
        ctx.changed(topics)
        return review


@dataclass(frozen=True)
class FocusPurpose:
    """Choose the purpose whose steps come first (``None`` follows recent activity)."""

    purpose: str | None

    def execute(self, ctx: Context) -> Purpose | None:
        ctx.store.set_setting(FOCUSED_STEP, None)  # a purpose chosen replaces a step chosen
        if self.purpose is None:
            ctx.store.set_setting(FOCUSED_PURPOSE, None)
            ctx.changed(Topic.SETTINGS)
            return None
        purpose = ctx.view().find_purpose(self.purpose)
        ctx.store.set_setting(FOCUSED_PURPOSE, str(purpose.id))
        ctx.changed(Topic.SETTINGS)
        return purpose


def _is_hhmm(value: str) -> bool:
    try:
        parse_hhmm(value)
    except ValueError:
        return False
    return True


def _is_instant(value: str) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _is_day_start(value: str) -> bool:
    return value.isascii() and value.isdigit() and 0 <= int(value) <= 12


def _is_flag(value: str) -> bool:
    return value in ("0", "1")


def _is_weekday(value: str) -> bool:
    return value in ("0", "1", "2", "3", "4", "5", "6")


_SETTING_CHECKS: dict[str, Callable[[str], bool]] = {
    DAY_START_HOUR: _is_day_start,
    REMINDERS_ENABLED: _is_flag,
    QUIET_START: _is_hhmm,
    QUIET_END: _is_hhmm,
    PAUSED_UNTIL: _is_instant,
    REVIEW_PROMPT: _is_flag,
    REVIEW_WEEKDAY: _is_weekday,
    REVIEW_AT: _is_hhmm,
}


def setting_value_ok(key: str, value: str) -> bool:
    """Whether ``value`` is one the setting ``key`` can take (any text for other keys)."""
    check = _SETTING_CHECKS.get(key)
    return check is None or check(value)


@dataclass(frozen=True)
class ChangeSetting:
    """Change one core setting; ``value=None`` restores its default."""

    key: str
    value: str | None

    def execute(self, ctx: Context) -> None:
        check = _SETTING_CHECKS.get(self.key)
        if self.value is not None and check is not None and not check(self.value):
            raise UserError(
                translate("UserError", "{value!r} is not a valid value for {key}"),
                value=self.value,
                key=self.key,
            )
        ctx.store.set_setting(self.key, self.value)
        ctx.changed(Topic.PREFS if self.key.startswith(PREFS_PREFIX) else Topic.SETTINGS)


@dataclass(frozen=True)
class SetQuietHours:
    """No reminders from ``start`` to ``end`` (HH:MM, may span midnight); both None: none."""

    start: str | None
    end: str | None

    def execute(self, ctx: Context) -> None:
        if (self.start is None) != (self.end is None):
            raise UserError(translate("UserError", "quiet hours need both a start and an end"))
        for value in (self.start, self.end):
            if value is not None and not _is_hhmm(value):
                raise UserError(
                    translate("UserError", "{value!r} is not a time in HH:MM form"), value=value
                )
        ctx.store.set_setting(QUIET_START, self.start)
        ctx.store.set_setting(QUIET_END, self.end)
        ctx.changed(Topic.SETTINGS)


@dataclass(frozen=True)
class SetReviewPrompt:
    """Prompt for the weekly review (or not) on ``weekday`` (Monday 0) at ``at`` (HH:MM)."""

    on: bool
    weekday: int = 6
    at: str = "18:00"

    def execute(self, ctx: Context) -> None:
        if not 0 <= self.weekday <= 6:
            raise UserError(
                translate("UserError", "{value!r} is not a weekday (0 Monday to 6 Sunday)"),
                value=self.weekday,
            )
        if not _is_hhmm(self.at):
            raise UserError(
                translate("UserError", "{value!r} is not a time in HH:MM form"), value=self.at
            )
        ctx.store.set_setting(REVIEW_PROMPT, "1" if self.on else "0")
        ctx.store.set_setting(REVIEW_WEEKDAY, str(self.weekday))
        ctx.store.set_setting(REVIEW_AT, parse_hhmm(self.at).strftime("%H:%M"))
        ctx.changed(Topic.SETTINGS)


@dataclass(frozen=True)
class PauseReminders:
    """Pause reminders for ``minutes`` (None: until tomorrow); ``resume=True`` ends a pause."""

    minutes: int | None = None
    resume: bool = False

    def execute(self, ctx: Context) -> datetime | None:
        if self.resume:
            ctx.store.set_setting(PAUSED_UNTIL, None)
            ctx.changed(Topic.SETTINGS)
            return None
        if self.minutes is not None and not 1 <= self.minutes <= 7 * 24 * 60:
            raise UserError(translate("UserError", "a pause lasts between 1 minute and 7 days"))
        until = (
            until_tomorrow(ctx)
            if self.minutes is None
            else ctx.now + timedelta(minutes=self.minutes)
        )
        ctx.store.set_setting(PAUSED_UNTIL, until.isoformat())
        ctx.changed(Topic.SETTINGS)
        return until


MAX_VACATION_DAYS = 92


@dataclass(frozen=True)
class PlanVacation:
    """Rest days for every habit from ``first`` to ``last`` (inclusive): no reminders, no misses."""

    first: date
    last: date

    def execute(self, ctx: Context) -> list[date]:
        view = ctx.view()
        if self.last < self.first:
            raise UserError(translate("UserError", "the vacation ends before it starts"))
        if self.first < view.today:
            raise UserError(translate("UserError", "a vacation starts today or later"))
        length = (self.last - self.first).days + 1
        if length > MAX_VACATION_DAYS:
            raise UserError(
                translate("UserError", "a vacation is at most {most} days long"),
                most=MAX_VACATION_DAYS,
            )
        planned = {r.day for r in ctx.store.rest_days() if r.habit_id is None}
        added: list[date] = []
        for offset in range(length):
            day = self.first + timedelta(days=offset)
            if day not in planned:
                ctx.store.add_rest(day, None)
                added.append(day)
        ctx.changed(Topic.REST)
        return added
