"""Keeping the plan: rename, edit, reorder, archive and remove purposes, steps, routines and
habits. Each command runs in one transaction (see ``Runner``), like those in ``commands``.

Archiving keeps the history (wins, rest days) and can be undone with ``archived=False``; an
archived purpose takes its steps and habits out of the next-step rule, the reminders and the
status until it is restored. Removing a habit deletes its history too, so callers ask first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from smallwins.core.days import parse_hhmm
from smallwins.core.errors import Term, UserError, translate
from smallwins.core.events import Topic
from smallwins.core.models import Habit, Purpose, Routine, Step, StepState
from smallwins.core.validation import clean_text, optional_text, parse_colour, parse_schedule
from smallwins.usecases.commands import habit_by_id
from smallwins.usecases.runner import Context

WHY_LIMIT = 1000


def _purpose(ctx: Context, purpose_id: int) -> Purpose:
    purpose = ctx.store.purpose(purpose_id)
    if purpose is None:
        raise UserError(translate("UserError", "no purpose with id {id}"), id=purpose_id)
    return purpose


def _step(ctx: Context, step_id: int) -> Step:
    step = ctx.store.step(step_id)
    if step is None:
        raise UserError(translate("UserError", "no step with id {id}"), id=step_id)
    return step


def _routine(ctx: Context, routine_id: int) -> Routine:
    routine = ctx.store.routine(routine_id)
    if routine is None:
        raise UserError(translate("UserError", "no routine with id {id}"), id=routine_id)
    return routine


def _blank_clears(value: str | None, current: str | None, what: Term) -> str | None:
    """``None`` keeps ``current``; an empty text clears it; anything else is checked."""
    if value is None:
        return current
    return optional_text(value, what, limit=WHY_LIMIT) if value.strip() else None


@dataclass(frozen=True)
class EditPurpose:
    """Rename a purpose, or change its why or colour (``None`` keeps, ``""`` clears)."""

    purpose_id: int
    name: str | None = None
    why: str | None = None
    colour: str | None = None

    def execute(self, ctx: Context) -> Purpose:
        purpose = _purpose(ctx, self.purpose_id)
        name = (
            purpose.name
            if self.name is None
            else clean_text(self.name, translate("UserError", "purpose name"))
        )
        other = ctx.view().purpose_named(name)
        if other is not None and other.id != purpose.id:
            raise UserError(
                translate("UserError", "a purpose named {name!r} already exists"), name=other.name
            )
        why = _blank_clears(self.why, purpose.why, translate("UserError", "why"))
        if self.colour is None:
            colour = purpose.colour
        else:
            colour = parse_colour(self.colour) if self.colour.strip() else None
        updated = dataclasses.replace(purpose, name=name, why=why, colour=colour)
        if updated != purpose:
            ctx.store.update_purpose(updated)
            ctx.changed(Topic.PURPOSES)
        return updated


@dataclass(frozen=True)
class ArchivePurpose:
    """Archive a finished purpose (``archived=False`` restores it, history intact)."""

    purpose_id: int
    archived: bool = True

    def execute(self, ctx: Context) -> Purpose:
        purpose = _purpose(ctx, self.purpose_id)
        if purpose.archived == self.archived:
            if purpose.archived:
                raise UserError(
                    translate("UserError", "purpose {name!r} is already archived"),
                    name=purpose.name,
                )
            raise UserError(
                translate("UserError", "purpose {name!r} is not archived"), name=purpose.name
            )
        updated = dataclasses.replace(purpose, archived=self.archived)
        ctx.store.update_purpose(updated)
        # Its steps and habits leave (or rejoin) the next step and the reminders.
        ctx.changed(Topic.PURPOSES | Topic.STEPS | Topic.HABITS)
        return updated


@dataclass(frozen=True)
class EditStep:
    """Change a step's words (open or finished: a typo is fixed wherever it is)."""

    step_id: int
    text: str

    def execute(self, ctx: Context) -> Step:
        step = _step(ctx, self.step_id)
        text = clean_text(self.text, translate("UserError", "step text"))
        updated = dataclasses.replace(step, text=text)
        if text != step.text:
            ctx.store.set_step_text(step.id, text)
            ctx.changed(Topic.STEPS)
        return updated


@dataclass(frozen=True)
class ReopenStep:
    """Put a dropped step back at the end of its purpose's queue."""

    step_id: int

    def execute(self, ctx: Context) -> Step:
        step = _step(ctx, self.step_id)
        if step.state is not StepState.DROPPED:
            raise UserError(translate("UserError", "step {id} is not dropped"), id=step.id)
        ctx.store.set_step_state(step.id, StepState.OPEN)
        queue = ctx.store.steps(purpose_id=step.purpose_id, state=StepState.OPEN)
        ctx.store.move_step(step.id, len(queue) - 1)
        ctx.changed(Topic.STEPS)
        return dataclasses.replace(step, state=StepState.OPEN)


@dataclass(frozen=True)
class EditHabit:
    """Change any part of a habit; ``None`` keeps a part, ``""`` clears the tiny version or
    the purpose. ``routine`` moves the habit to the end of that routine's stack (a new routine
    takes ``at``, else the old routine's times); ``at`` sets the routine's time on the
    habit's days, which moves every habit stacked on it."""

    habit_id: int
    action: str | None = None
    tiny: str | None = None
    routine: str | None = None
    at: str | None = None
    days: str | None = None
    purpose: str | None = None
    reminder: bool | None = None

    def execute(self, ctx: Context) -> Habit:
        habit = habit_by_id(ctx, self.habit_id)
        action = (
            habit.action
            if self.action is None
            else clean_text(self.action, translate("UserError", "habit action"))
        )
        other = ctx.view().habit_named(action)
        if other is not None and other.id != habit.id:
            raise UserError(
                translate("UserError", "a habit named {name!r} already exists"), name=other.action
            )
        tiny = _blank_clears(self.tiny, habit.tiny, translate("UserError", "tiny version"))
        schedule = habit.schedule if self.days is None else parse_schedule(self.days)
        purpose_id = habit.purpose_id
        if self.purpose is not None:
            purpose_id = ctx.view().find_purpose(self.purpose).id if self.purpose.strip() else None
        reminder = habit.reminder if self.reminder is None else self.reminder
        if self.at is not None:
            parse_hhmm(self.at)  # refused before anything is written
        routine = _routine(ctx, habit.routine_id)
        position = habit.position
        if self.routine is not None:
            name = clean_text(self.routine, translate("UserError", "routine name"))
            target = ctx.view().routine_named(name)
            if target is None:
                times = (
                    [(d, parse_hhmm(self.at)) for d in range(7)]
                    if self.at is not None
                    else list(routine.times)
                )
                target = ctx.store.add_routine(name, times)
            if target.id != routine.id:
                stack = ctx.store.habits(include_archived=True)
                position = 1 + max(
                    (h.position for h in stack if h.routine_id == target.id), default=-1
                )
                routine = target
        updated = dataclasses.replace(
            habit,
            action=action,
            tiny=tiny,
            schedule=schedule,
            purpose_id=purpose_id,
            reminder=reminder,
            routine_id=routine.id,
            position=position,
        )
        changed = updated != habit
        if changed:
            ctx.store.update_habit(updated)
        if self.at is not None:
            times = routine.with_time(schedule.possible_weekdays, parse_hhmm(self.at))
            if times != sorted(routine.times):
                ctx.store.set_routine_times(routine.id, times)
                changed = True
        if changed:
            ctx.changed(Topic.HABITS)
        return updated


@dataclass(frozen=True)
class MoveHabit:
    """Put a habit at ``position`` (0 = first) in its routine's stack."""

    habit_id: int
    position: int

    def execute(self, ctx: Context) -> Habit:
        habit = habit_by_id(ctx, self.habit_id)
        stack = [
            h for h in ctx.store.habits(include_archived=True) if h.routine_id == habit.routine_id
        ]
        position = max(0, min(self.position, len(stack) - 1))
        ctx.store.move_habit(habit.id, position)
        ctx.changed(Topic.HABITS)
        moved = ctx.store.habit(habit.id)
        assert moved is not None
        return moved


@dataclass(frozen=True)
class ArchiveHabit:
    """Archive a habit: no reminders, not in the next step or the status; its history stays
    (``archived=False`` restores it, streaks intact)."""

    habit_id: int
    archived: bool = True

    def execute(self, ctx: Context) -> Habit:
        habit = habit_by_id(ctx, self.habit_id)
        if habit.archived == self.archived:
            if habit.archived:
                raise UserError(
                    translate("UserError", "habit {name!r} is already archived"), name=habit.action
                )
            raise UserError(
                translate("UserError", "habit {name!r} is not archived"), name=habit.action
            )
        updated = dataclasses.replace(habit, archived=self.archived)
        ctx.store.update_habit(updated)
        ctx.changed(Topic.HABITS)
        return updated


@dataclass(frozen=True)
class RemoveHabit:
    """Delete a habit and its history for good; the number of wins that went with it."""

    habit_id: int

    def execute(self, ctx: Context) -> int:
        habit = habit_by_id(ctx, self.habit_id)
        wins = ctx.store.remove_habit(habit.id)
        ctx.changed(Topic.HABITS | Topic.WINS if wins else Topic.HABITS)
        return wins


@dataclass(frozen=True)
class EditRoutine:
    """Set a routine's time per weekday (0 = Monday; a day left out has no time); every habit
    stacked on it follows."""

    routine_id: int
    times: Sequence[tuple[int, str]]

    def execute(self, ctx: Context) -> Routine:
        routine = _routine(ctx, self.routine_id)
        parsed: dict[int, time] = {}
        for weekday, at in self.times:
            if not 0 <= weekday <= 6:
                raise UserError(
                    translate(
                        "UserError", "weekday {day} does not exist (0 = Monday … 6 = Sunday)"
                    ),
                    day=weekday,
                )
            if weekday in parsed:
                raise UserError(translate("UserError", "each weekday can have one time only"))
            parsed[weekday] = parse_hhmm(at)
        if not parsed:
            raise UserError(
                translate("UserError", "give routine {name!r} a time on at least one day"),
                name=routine.name,
            )
        times = sorted(parsed.items())
        if times != sorted(routine.times):
            ctx.store.set_routine_times(routine.id, times)
            ctx.changed(Topic.HABITS)
        return dataclasses.replace(routine, times=tuple(times))


@dataclass(frozen=True)
class RenameRoutine:
    routine_id: int
    name: str

    def execute(self, ctx: Context) -> Routine:
        routine = _routine(ctx, self.routine_id)
        name = clean_text(self.name, translate("UserError", "routine name"))
        other = ctx.view().routine_named(name)
        if other is not None and other.id != routine.id:
            raise UserError(
                translate("UserError", "a routine named {name!r} already exists"), name=other.name
            )
        if name != routine.name:
            ctx.store.rename_routine(routine.id, name)
            ctx.changed(Topic.HABITS)
        return dataclasses.replace(routine, name=name)
