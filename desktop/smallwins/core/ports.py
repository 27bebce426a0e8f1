"""The interfaces the core needs from the outside world; adapters implement them."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, time
from pathlib import Path
from typing import Protocol

from smallwins.core.models import (
    Backup,
    BackupReason,
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


class Store(Protocol):
    """All persistent data. Writes happen inside ``transaction()``; reads may happen anywhere.

    Name look-ups are case-insensitive. Lists come in their natural order: purposes by id,
    steps by purpose then position, habits by routine then stack position, wins by instant.

    Every record gets a uid (``core/identity.py``) when it is added: the one given (an import
    keeps the file's), else a new random one. It never changes afterwards: updates keep it, and
    a review saved again for its week, or a note set again for its day, keeps the first one.
    """

    def transaction(self) -> AbstractContextManager[None]: ...
    def reading(self) -> AbstractContextManager[None]:
        """One consistent read, no writes (an export): it works while the data is read-only."""
        ...

    def data_version(self) -> int:
        """A number that changes whenever another connection or process has written."""
        ...

    # purposes
    def add_purpose(
        self, name: str, why: str | None = None, colour: str | None = None, uid: str | None = None
    ) -> Purpose: ...
    def purpose(self, purpose_id: int) -> Purpose | None: ...
    def purpose_by_name(self, name: str) -> Purpose | None: ...
    def purposes(self, include_archived: bool = False) -> list[Purpose]: ...
    def update_purpose(self, purpose: Purpose) -> None: ...

    # steps
    def add_step(
        self,
        purpose_id: int,
        text: str,
        created_at: datetime,
        parent_id: int | None = None,
        at_front: bool = False,
        uid: str | None = None,
    ) -> Step: ...
    def step(self, step_id: int) -> Step | None: ...
    def steps(
        self, purpose_id: int | None = None, state: StepState | None = None
    ) -> list[Step]: ...
    def set_step_state(self, step_id: int, state: StepState) -> None: ...
    def set_step_text(self, step_id: int, text: str) -> None: ...
    def move_step(self, step_id: int, position: int) -> None:
        """Put a step at ``position`` (0 = first) among its purpose's open steps."""
        ...

    # routines
    def add_routine(
        self, name: str, times: Sequence[tuple[int, time]], uid: str | None = None
    ) -> Routine: ...
    def routine(self, routine_id: int) -> Routine | None: ...
    def routine_by_name(self, name: str) -> Routine | None: ...
    def routines(self) -> list[Routine]: ...
    def set_routine_times(self, routine_id: int, times: Sequence[tuple[int, time]]) -> None: ...
    def rename_routine(self, routine_id: int, name: str) -> None: ...

    # habits
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
        """Add a habit at the end of its routine's stack."""
        ...

    def habit(self, habit_id: int) -> Habit | None: ...
    def habit_by_name(self, name: str) -> Habit | None: ...
    def habits(self, include_archived: bool = False) -> list[Habit]: ...
    def update_habit(self, habit: Habit) -> None: ...
    def move_habit(self, habit_id: int, position: int) -> None:
        """Put a habit at ``position`` (0 = first) in its routine's stack."""
        ...

    def remove_habit(self, habit_id: int) -> int:
        """Delete a habit with its wins, rest days, snoozes and sent reminders; the number of
        wins deleted."""
        ...

    # wins
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
    ) -> Win: ...
    def add_wins(self, wins: Sequence[Win]) -> None:
        """Add many wins in one go (an import), in their order; ids are given anew, uids kept
        (a win without one gets a new one). All or none: a bad one refuses them all."""
        ...

    def remove_win(self, win_id: int) -> None: ...
    def last_win(self) -> Win | None: ...
    def wins(
        self, habit_id: int | None = None, since: date | None = None, until: date | None = None
    ) -> list[Win]: ...
    def all_wins(self) -> list[Win]:
        """Every win, in the order they were recorded (by id)."""
        ...

    def win_ordinals(self) -> dict[int, WinOrdinals]:
        """For every habit with a win, the days of its wins as ordinals: the fast path of
        every history, which walks days as ordinals."""
        ...

    def count_wins(self, since: date, until: date) -> int: ...
    def win_dates(self, since: date, until: date) -> list[date]:
        """The local date of every win (steps and habits) between two days, inclusive."""
        ...

    # rest days
    def add_rest(
        self, day: date, habit_id: int | None = None, uid: str | None = None
    ) -> RestDay: ...
    def remove_rest(self, day: date, habit_id: int | None = None) -> bool: ...
    def rest_days(self) -> list[RestDay]: ...

    # notes: one a habit's day
    def set_note(self, habit_id: int, day: date, text: str | None, uid: str | None = None) -> None:
        """Keep ``text`` as the habit's note for ``day``; None removes it."""
        ...

    def notes(self, habit_id: int) -> dict[date, str]: ...
    def day_notes(self) -> list[DayNote]:
        """Every habit's notes, with their uids, by habit and day."""
        ...

    # reviews
    def save_review(self, review: Review) -> Review:
        """Keep ``review`` as the review of its week (its id is ignored), replacing an earlier
        save of the same week, which keeps its id."""
        ...

    def review(self, week: str) -> Review | None: ...
    def reviews(self) -> list[Review]: ...

    # settings (text values; the core interprets them)
    def setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str | None) -> None: ...
    def all_settings(self) -> dict[str, str]:
        """Every setting kept, by key."""
        ...

    # snoozes
    def set_snooze(self, target: SnoozeTarget, target_id: int, until_utc: datetime) -> None: ...
    def clear_snooze(self, target: SnoozeTarget, target_id: int) -> None: ...
    def snoozes(self) -> list[Snooze]: ...

    # the reminder ledger: what was sent, so nothing is sent twice
    def mark_reminder_sent(self, habit_id: int, day: date, kind: str, sent_at: datetime) -> bool:
        """Record reminder ``kind`` of ``habit_id`` for ``day``; False if it was already there."""
        ...

    def reminders_sent(self, since: date) -> set[tuple[int, date, str]]:
        """Every (habit id, day, kind) recorded for ``since`` or later."""
        ...


class BackupVault(Protocol):
    """Where the backups of the database are kept, and how one is made or put back.

    Failures raise a ``TranslatableError`` (``StorageError``) fit for the user."""

    @property
    def folder(self) -> Path: ...

    def backups(self) -> list[Backup]:
        """Every backup, newest first."""
        ...

    def make(self, now: datetime, reason: BackupReason) -> Backup:
        """A checked copy of the data as it is now, written atomically."""
        ...

    def remove(self, backup: Backup) -> None: ...

    def verify(self, path: Path) -> None:
        """Raise unless ``path`` is an undamaged Small Wins database this version can read."""
        ...

    def changed_since(self, moment: datetime) -> bool:
        """The data may have changed after ``moment`` (when unsure: True)."""
        ...

    def check_data(self) -> None:
        """The full check of the live data (``integrity_check``); raise if it is damaged."""
        ...

    def data_is_sound(self) -> bool:
        """The live data is there and passes the startup check (``quick_check``)."""
        ...

    def restore(self, path: Path, now: datetime) -> Path | None:
        """Put the backup at ``path`` in place of the data, whole or not at all; returns where
        the data it replaced is kept (None: there was none)."""
        ...
