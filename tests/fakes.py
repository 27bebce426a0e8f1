"""Test doubles for the ports in ``smallwins.core.ports``.

``MemoryStore`` keeps everything in plain Python containers and follows the same contract as
``SqliteStore`` (``tests/storage/test_store_contract.py`` runs one suite against both).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from smallwins.core.identity import new_uid
from smallwins.core.models import (
    DayNote,
    Habit,
    Purpose,
    RestDay,
    Review,
    Routine,
    Schedule,
    Snooze,
    SnoozeTarget,
    Step,
    StepState,
    Win,
    WinKind,
    WinOrdinals,
    WinSource,
)
from smallwins.storage.errors import StorageError

if TYPE_CHECKING:
    from smallwins.core.ports import Store

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(text: str) -> str:
    """Fold case the way SQLite's NOCASE collation does: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


def _utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError(f"instant without time zone: {instant!r}")
    return instant.astimezone(UTC)


def _minutes(times: Sequence[tuple[int, time]]) -> tuple[tuple[int, time], ...]:
    days = [day for day, _ in times]
    if len(set(days)) != len(days):
        raise StorageError("a routine has at most one time per weekday")
    return tuple(sorted((day, time(at.hour, at.minute)) for day, at in times))


@dataclass
class _State:
    purposes: dict[int, Purpose] = field(default_factory=dict)
    steps: dict[int, Step] = field(default_factory=dict)
    routines: dict[int, Routine] = field(default_factory=dict)
    habits: dict[int, Habit] = field(default_factory=dict)
    wins: dict[int, Win] = field(default_factory=dict)
    rests: dict[int, RestDay] = field(default_factory=dict)
    reviews: dict[str, Review] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    snoozes: dict[tuple[SnoozeTarget, int], Snooze] = field(default_factory=dict)
    reminders: dict[tuple[int, date, str], datetime] = field(default_factory=dict)
    notes: dict[tuple[int, date], str] = field(default_factory=dict)
    note_uids: dict[tuple[int, date], str] = field(default_factory=dict)
    last_id: dict[str, int] = field(default_factory=dict)
    version: int = 0

    def copy(self) -> _State:
        # The values are frozen dataclasses, so copying the containers is a full snapshot.
        return _State(
            purposes=dict(self.purposes),
            steps=dict(self.steps),
            routines=dict(self.routines),
            habits=dict(self.habits),
            wins=dict(self.wins),
            rests=dict(self.rests),
            reviews=dict(self.reviews),
            settings=dict(self.settings),
            snoozes=dict(self.snoozes),
            reminders=dict(self.reminders),
            notes=dict(self.notes),
            note_uids=dict(self.note_uids),
            last_id=dict(self.last_id),
            version=self.version,
        )

    def next_id(self, table: str) -> int:
        self.last_id[table] = self.last_id.get(table, 0) + 1
        return self.last_id[table]


class MemoryStore:
    """An in-memory ``Store``: transactions snapshot the state and restore it on an exception."""

    def __init__(self) -> None:
        self._state = _State()

    # --- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        snapshot = self._state.copy()
        try:
            yield
        except BaseException:
            self._state = snapshot
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        yield

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """Count a write once its body succeeded (bodies check everything before changing)."""
        yield
        self._state.version += 1

    def data_version(self) -> int:
        return self._state.version

    # --- purposes -------------------------------------------------------------------------

    def _check_unique_name(
        self,
        items: dict[int, Purpose] | dict[int, Routine],
        name: str,
        own_id: int | None,
        what: str,
    ) -> None:
        key = nocase(name)
        for item in items.values():
            if item.id != own_id and nocase(item.name) == key:
                raise StorageError(f"a {what} with this name already exists")

    def _check_uid(self, items: Iterable[Any], uid: str | None) -> str:
        """``uid``, else a new one; like SQLite's unique index, refuses one already held."""
        uid = uid or new_uid()
        if any(item.uid == uid for item in items):
            raise StorageError("the change breaks a rule of the data (uid)")
        return uid

    def add_purpose(
        self, name: str, why: str | None = None, colour: str | None = None, uid: str | None = None
    ) -> Purpose:
        with self._write():
            self._check_unique_name(self._state.purposes, name, None, "purpose")
            uid = self._check_uid(self._state.purposes.values(), uid)
            purpose = Purpose(self._state.next_id("purpose"), name, why, colour, uid=uid)
            self._state.purposes[purpose.id] = purpose
        return purpose

    def purpose(self, purpose_id: int) -> Purpose | None:
        return self._state.purposes.get(purpose_id)

    def purpose_by_name(self, name: str) -> Purpose | None:
        key = nocase(name)
        return next((p for p in self._state.purposes.values() if nocase(p.name) == key), None)

    def purposes(self, include_archived: bool = False) -> list[Purpose]:
        return [
            p for _, p in sorted(self._state.purposes.items()) if include_archived or not p.archived
        ]

    def update_purpose(self, purpose: Purpose) -> None:
        with self._write():
            if purpose.id not in self._state.purposes:
                raise StorageError(f"there is no purpose {purpose.id}")
            self._check_unique_name(self._state.purposes, purpose.name, purpose.id, "purpose")
            self._state.purposes[purpose.id] = dataclasses.replace(
                purpose, uid=self._state.purposes[purpose.id].uid
            )

    # --- steps ----------------------------------------------------------------------------

    def _open_steps(self, purpose_id: int, except_id: int | None = None) -> list[Step]:
        return sorted(
            (
                s
                for s in self._state.steps.values()
                if s.purpose_id == purpose_id and s.state is StepState.OPEN and s.id != except_id
            ),
            key=lambda s: (s.position, s.id),
        )

    def add_step(
        self,
        purpose_id: int,
        text: str,
        created_at: datetime,
        parent_id: int | None = None,
        at_front: bool = False,
        uid: str | None = None,
    ) -> Step:
        with self._write():
            uid = self._check_uid(self._state.steps.values(), uid)
            if purpose_id not in self._state.purposes:
                raise StorageError("it refers to a purpose that does not exist")
            if parent_id is not None and parent_id not in self._state.steps:
                raise StorageError("it refers to a step that does not exist")
            open_steps = self._open_steps(purpose_id)
            if at_front:
                position = 0
                for s in open_steps:
                    self._state.steps[s.id] = dataclasses.replace(s, position=s.position + 1)
            else:
                position = max((s.position for s in open_steps), default=-1) + 1
            step = Step(
                id=self._state.next_id("step"),
                purpose_id=purpose_id,
                text=text,
                position=position,
                parent_id=parent_id,
                created_at=_utc(created_at),
                uid=uid,
            )
            self._state.steps[step.id] = step
        return step

    def step(self, step_id: int) -> Step | None:
        return self._state.steps.get(step_id)

    def steps(self, purpose_id: int | None = None, state: StepState | None = None) -> list[Step]:
        return sorted(
            (
                s
                for s in self._state.steps.values()
                if (purpose_id is None or s.purpose_id == purpose_id)
                and (state is None or s.state is StepState(state))
            ),
            key=lambda s: (s.purpose_id, s.position, s.id),
        )

    def set_step_state(self, step_id: int, state: StepState) -> None:
        with self._write():
            step = self._state.steps.get(step_id)
            if step is None:
                raise StorageError(f"there is no step {step_id}")
            self._state.steps[step_id] = dataclasses.replace(step, state=StepState(state))

    def set_step_text(self, step_id: int, text: str) -> None:
        with self._write():
            step = self._state.steps.get(step_id)
            if step is None:
                raise StorageError(f"there is no step {step_id}")
            self._state.steps[step_id] = dataclasses.replace(step, text=text)

    def move_step(self, step_id: int, position: int) -> None:
        with self._write():
            step = self._state.steps.get(step_id)
            if step is None:
                raise StorageError(f"there is no step {step_id}")
            queue = self._open_steps(step.purpose_id, except_id=step_id)
            queue.insert(max(0, min(position, len(queue))), step)
            for index, s in enumerate(queue):
                self._state.steps[s.id] = dataclasses.replace(s, position=index)

    # --- routines -------------------------------------------------------------------------

    def add_routine(
        self, name: str, times: Sequence[tuple[int, time]], uid: str | None = None
    ) -> Routine:
        with self._write():
            self._check_unique_name(self._state.routines, name, None, "routine")
            uid = self._check_uid(self._state.routines.values(), uid)
            routine = Routine(self._state.next_id("routine"), name, _minutes(times), uid=uid)
            self._state.routines[routine.id] = routine
        return routine

    def routine(self, routine_id: int) -> Routine | None:
        return self._state.routines.get(routine_id)

    def routine_by_name(self, name: str) -> Routine | None:
        key = nocase(name)
        return next((r for r in self._state.routines.values() if nocase(r.name) == key), None)

    def routines(self) -> list[Routine]:
        return [r for _, r in sorted(self._state.routines.items())]

    def set_routine_times(self, routine_id: int, times: Sequence[tuple[int, time]]) -> None:
        with self._write():
            routine = self._state.routines.get(routine_id)
            if routine is None:
                raise StorageError(f"there is no routine {routine_id}")
            self._state.routines[routine_id] = dataclasses.replace(routine, times=_minutes(times))

    def rename_routine(self, routine_id: int, name: str) -> None:
        with self._write():
            routine = self._state.routines.get(routine_id)
            if routine is None:
                raise StorageError(f"there is no routine {routine_id}")
            self._check_unique_name(self._state.routines, name, routine_id, "routine")
            self._state.routines[routine_id] = dataclasses.replace(routine, name=name)

    # --- habits ---------------------------------------------------------------------------

    def _check_habit(self, habit: Habit) -> None:
        key = nocase(habit.action)
        for other in self._state.habits.values():
            if other.id != habit.id and nocase(other.action) == key:
                raise StorageError("a habit with this action already exists")
        if habit.routine_id not in self._state.routines:
            raise StorageError("it refers to a routine that does not exist")
        if habit.purpose_id is not None and habit.purpose_id not in self._state.purposes:
            raise StorageError("it refers to a purpose that does not exist")

    def add_habit(
        self,
        action: str,
        routine_id: int,
        schedule: Schedule,
        created_on: date,
        tiny: str | None = None,
        purpose_id: int | None = None,
        reminder: bool = True,
        uid: str | None = None,
        about: str | None = None,
    ) -> Habit:
        with self._write():
            uid = self._check_uid(self._state.habits.values(), uid)
            position = 1 + max(
                (h.position for h in self._state.habits.values() if h.routine_id == routine_id),
                default=-1,
            )
            habit = Habit(
                id=self._state.next_id("habit"),
                action=action,
                routine_id=routine_id,
                position=position,
                schedule=schedule,
                created_on=created_on,
                tiny=tiny,
                purpose_id=purpose_id,
                reminder=reminder,
                uid=uid,
                about=about,
            )
            self._check_habit(habit)
            self._state.habits[habit.id] = habit
        return habit

    def habit(self, habit_id: int) -> Habit | None:
        return self._state.habits.get(habit_id)

    def habit_by_name(self, name: str) -> Habit | None:
        key = nocase(name)
        return next((h for h in self._state.habits.values() if nocase(h.action) == key), None)

    def habits(self, include_archived: bool = False) -> list[Habit]:
        return sorted(
            (h for h in self._state.habits.values() if include_archived or not h.archived),
            key=lambda h: (h.routine_id, h.position, h.id),
        )

    def update_habit(self, habit: Habit) -> None:
        with self._write():
            if habit.id not in self._state.habits:
                raise StorageError(f"there is no habit {habit.id}")
            self._check_habit(habit)
            # The uid never changes, whatever the value says (as SQLite's UPDATE leaves it).
            self._state.habits[habit.id] = dataclasses.replace(
                habit, uid=self._state.habits[habit.id].uid
            )

    def move_habit(self, habit_id: int, position: int) -> None:
        with self._write():
            habit = self._state.habits.get(habit_id)
            if habit is None:
                raise StorageError(f"there is no habit {habit_id}")
            stack = sorted(
                (
                    h
                    for h in self._state.habits.values()
                    if h.routine_id == habit.routine_id and h.id != habit_id
                ),
                key=lambda h: (h.position, h.id),
            )
            stack.insert(max(0, min(position, len(stack))), habit)
            for index, h in enumerate(stack):
                self._state.habits[h.id] = dataclasses.replace(h, position=index)

    def remove_habit(self, habit_id: int) -> int:
        with self._write():
            if habit_id not in self._state.habits:
                raise StorageError(f"there is no habit {habit_id}")
            state = self._state
            gone = [w for w in state.wins.values() if w.habit_id == habit_id]
            for win in gone:
                del state.wins[win.id]
            for rest in [r for r in state.rests.values() if r.habit_id == habit_id]:
                del state.rests[rest.id]
            state.reminders = {k: v for k, v in state.reminders.items() if k[0] != habit_id}
            state.notes = {k: v for k, v in state.notes.items() if k[0] != habit_id}
            state.note_uids = {k: v for k, v in state.note_uids.items() if k[0] != habit_id}
            state.snoozes.pop((SnoozeTarget.HABIT, habit_id), None)
            del state.habits[habit_id]
        return len(gone)

    # --- wins -----------------------------------------------------------------------------

    def add_win(
        self,
        at_utc: datetime,
        local_date: date,
        utc_offset_minutes: int,
        source: WinSource,
        kind: WinKind,
        habit_id: int | None = None,
        step_id: int | None = None,
        uid: str | None = None,
    ) -> Win:
        with self._write():
            uid = self._check_uid(self._state.wins.values(), uid)
            if habit_id is not None and habit_id not in self._state.habits:
                raise StorageError("it refers to a habit that does not exist")
            if step_id is not None and step_id not in self._state.steps:
                raise StorageError("it refers to a step that does not exist")
            win = Win(
                id=self._state.next_id("win"),
                at_utc=_utc(at_utc),
                local_date=local_date,
                utc_offset_minutes=utc_offset_minutes,
                source=WinSource(source),
                kind=WinKind(kind),
                habit_id=habit_id,
                step_id=step_id,
                uid=uid,
            )
            self._state.wins[win.id] = win
        return win

    def add_wins(self, wins: Sequence[Win]) -> None:
        with self.transaction():
            for w in wins:
                self.add_win(
                    w.at_utc,
                    w.local_date,
                    w.utc_offset_minutes,
                    w.source,
                    w.kind,
                    w.habit_id,
                    w.step_id,
                    uid=w.uid or None,
                )

    def remove_win(self, win_id: int) -> None:
        if win_id in self._state.wins:
            with self._write():
                del self._state.wins[win_id]

    def last_win(self) -> Win | None:
        return self._state.wins[max(self._state.wins)] if self._state.wins else None

    def wins(
        self, habit_id: int | None = None, since: date | None = None, until: date | None = None
    ) -> list[Win]:
        return sorted(
            (
                w
                for w in self._state.wins.values()
                if (habit_id is None or w.habit_id == habit_id)
                and (since is None or w.local_date >= since)
                and (until is None or w.local_date <= until)
            ),
            key=lambda w: (w.at_utc, w.id),
        )

    def all_wins(self) -> list[Win]:
        return [self._state.wins[win_id] for win_id in sorted(self._state.wins)]

    def win_ordinals(self) -> dict[int, WinOrdinals]:
        result: dict[int, WinOrdinals] = {}
        for win in self._state.wins.values():
            if win.habit_id is not None:
                days = result.setdefault(win.habit_id, WinOrdinals([], []))
                tiny = win.kind is WinKind.TINY
                (days.tiny if tiny else days.full).append(win.local_date.toordinal())
        return result

    def count_wins(self, since: date, until: date) -> int:
        return sum(1 for w in self._state.wins.values() if since <= w.local_date <= until)

    def win_dates(self, since: date, until: date) -> list[date]:
        return [
            w.local_date
            for w in sorted(self._state.wins.values(), key=lambda w: (w.local_date, w.id))
            if since <= w.local_date <= until
        ]

    # --- rest days ------------------------------------------------------------------------

    def add_rest(self, day: date, habit_id: int | None = None, uid: str | None = None) -> RestDay:
        with self._write():
            if habit_id is not None and habit_id not in self._state.habits:
                raise StorageError("it refers to a habit that does not exist")
            if any(r.day == day and r.habit_id == habit_id for r in self._state.rests.values()):
                raise StorageError("this rest day is already planned")
            uid = self._check_uid(self._state.rests.values(), uid)
            rest = RestDay(self._state.next_id("rest_day"), day, habit_id, uid=uid)
            self._state.rests[rest.id] = rest
        return rest

    def remove_rest(self, day: date, habit_id: int | None = None) -> bool:
        for rest in list(self._state.rests.values()):
            if rest.day == day and rest.habit_id == habit_id:
                with self._write():
                    del self._state.rests[rest.id]
                return True
        return False

    def rest_days(self) -> list[RestDay]:
        return sorted(self._state.rests.values(), key=lambda r: (r.day, r.id))

    # --- reviews --------------------------------------------------------------------------

    def save_review(self, review: Review) -> Review:
        with self._write():
            for key in ("purpose", "step"):
                ref = getattr(review, f"focus_{key}_id")
                if ref is not None and ref not in getattr(self._state, f"{key}s"):
                    raise StorageError(f"it refers to a {key} that does not exist")
            earlier = self._state.reviews.get(review.week)
            if earlier:
                review_id, uid = earlier.id, earlier.uid
            else:
                review_id = self._state.next_id("review")
                uid = self._check_uid(self._state.reviews.values(), review.uid)
            saved_at = None if review.saved_at is None else _utc(review.saved_at)
            saved = dataclasses.replace(review, id=review_id, saved_at=saved_at, uid=uid)
            self._state.reviews[review.week] = saved
        return saved

    def review(self, week: str) -> Review | None:
        return self._state.reviews.get(week)

    def reviews(self) -> list[Review]:
        return [r for _, r in sorted(self._state.reviews.items())]

    # --- settings -------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        return self._state.settings.get(key)

    def set_setting(self, key: str, value: str | None) -> None:
        if value is None and key not in self._state.settings:
            return
        with self._write():
            if value is None:
                del self._state.settings[key]
            else:
                self._state.settings[key] = value

    def all_settings(self) -> dict[str, str]:
        return dict(sorted(self._state.settings.items()))

    # --- snoozes --------------------------------------------------------------------------

    def set_snooze(self, target: SnoozeTarget, target_id: int, until_utc: datetime) -> None:
        with self._write():
            target = SnoozeTarget(target)
            self._state.snoozes[(target, target_id)] = Snooze(target, target_id, _utc(until_utc))

    def clear_snooze(self, target: SnoozeTarget, target_id: int) -> None:
        if (SnoozeTarget(target), target_id) in self._state.snoozes:
            with self._write():
                del self._state.snoozes[(SnoozeTarget(target), target_id)]

    def snoozes(self) -> list[Snooze]:
        return [s for _, s in sorted(self._state.snoozes.items())]

    # --- reminder ledger ------------------------------------------------------------------

    def mark_reminder_sent(self, habit_id: int, day: date, kind: str, sent_at: datetime) -> bool:
        if (habit_id, day, kind) in self._state.reminders:
            return False
        with self._write():
            if habit_id not in self._state.habits:
                raise StorageError("it refers to a habit that does not exist")
            self._state.reminders[(habit_id, day, kind)] = _utc(sent_at)
        return True

    def set_note(self, habit_id: int, day: date, text: str | None, uid: str | None = None) -> None:
        with self._write():
            if habit_id not in self._state.habits:
                raise StorageError("it refers to a habit that does not exist")
            if text is None:
                self._state.notes.pop((habit_id, day), None)
                self._state.note_uids.pop((habit_id, day), None)
            else:
                if (habit_id, day) not in self._state.note_uids:
                    uid = uid or new_uid()
                    if uid in self._state.note_uids.values():
                        raise StorageError("the change breaks a rule of the data (uid)")
                    self._state.note_uids[habit_id, day] = uid
                self._state.notes[habit_id, day] = text

    def day_notes(self) -> list[DayNote]:
        return [
            DayNote(h, d, text, self._state.note_uids[h, d])
            for (h, d), text in sorted(self._state.notes.items())
        ]

    def notes(self, habit_id: int) -> dict[date, str]:
        return {d: t for (h, d), t in sorted(self._state.notes.items()) if h == habit_id}

    def reminders_sent(self, since: date) -> set[tuple[int, date, str]]:
        return {key for key in self._state.reminders if key[1] >= since}


if TYPE_CHECKING:

    def _implements_store(store: MemoryStore) -> Store:
        return store
