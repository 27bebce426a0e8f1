"""``SqliteStore``: the ``Store`` port on SQLite, returning core dataclasses.

Queries are short SQL statements run through peewee's connection handling (thread-local
connections, IMMEDIATE transactions, savepoints for nesting). There are no peewee model classes:
the schema is spelled out by the migrations, and rows become core dataclasses right here, so a
second description of the tables would only have to be kept in step with the first. Values are
stored as text that sorts and reads well in any SQLite tool: dates as ``YYYY-MM-DD``, instants as
ISO-8601 in UTC with ``+00:00``, clock times as ``HH:MM``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import peewee

from smallwins.core.errors import Problem, Term, translate
from smallwins.core.identity import new_uid
from smallwins.core.models import (
    WEEKDAY_NAMES,
    DayNote,
    FixedDays,
    Habit,
    Purpose,
    Quota,
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
from smallwins.core.validation import schedule_spec
from smallwins.storage.errors import StorageError
from smallwins.storage.failures import problem_error

if TYPE_CHECKING:
    from smallwins.core.ports import Store

Row = tuple[Any, ...]

# After these the connection is opened afresh for the next transaction (see _reopen_later).
_REOPEN_AFTER = frozenset({Problem.READ_ONLY, Problem.UNAVAILABLE, Problem.DAMAGED})

_CONSTRAINT_MESSAGES = {
    "purpose.name": translate("UserError", "a purpose with this name already exists"),
    "routine.name": translate("UserError", "a routine with this name already exists"),
    "habit.action": translate("UserError", "a habit with this action already exists"),
    "routine_time.routine_id, routine_time.weekday": translate(
        "UserError", "a routine has at most one time per weekday"
    ),
    "rest_day_unique": translate("UserError", "this rest day is already planned"),
    "review.week": translate("UserError", "a review for this week already exists"),
    "FOREIGN KEY": translate(
        "UserError", "it refers to something that does not exist, or is still referred to"
    ),
}


def _constraint_error(error: Exception) -> StorageError:
    text = str(error)
    for key, message in _CONSTRAINT_MESSAGES.items():
        if key in text:
            return StorageError(message)
    return StorageError(
        translate("UserError", "the change breaks a rule of the data ({reason})"), reason=text
    )


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Turn database errors into ``StorageError`` with a message fit for the user: a broken
    rule of the data as a refusal, anything else with the problem it is (storage/failures.py)."""
    try:
        yield
    except StorageError:
        raise
    except (peewee.IntegrityError, sqlite3.IntegrityError) as error:
        raise _constraint_error(error) from error
    except (peewee.OperationalError, sqlite3.OperationalError) as error:
        raise problem_error(error, Problem.UNAVAILABLE) from error
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        raise problem_error(error, Problem.DAMAGED) from error
    except OSError as error:  # a file of the database's that cannot be made or written
        raise problem_error(error, Problem.UNAVAILABLE) from error


# --- conversions between core values and stored text ------------------------------------------


def utc_text(instant: datetime) -> str:
    if instant.tzinfo is None:
        # A programming error, never user input: every instant comes from the injected clock.
        raise ValueError(f"instant without time zone: {instant!r}")
    return instant.astimezone(UTC).isoformat()


def utc_from(text: str) -> datetime:
    instant = datetime.fromisoformat(text)
    if instant.tzinfo is UTC:  # as every instant is stored: nothing to convert
        return instant
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


def schedule_text(schedule: Schedule) -> str:
    return schedule_spec(schedule)


def schedule_from(text: str) -> Schedule:
    if "/" in text:
        times, days = text.split("/", 1)
        return Quota(int(times), int(days))
    return FixedDays(frozenset(WEEKDAY_NAMES.index(name) for name in text.split(",") if name))


def clock_text(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def _purpose(row: Row) -> Purpose:
    return Purpose(
        id=row[0], name=row[1], why=row[2], colour=row[3], archived=bool(row[4]), uid=row[5]
    )


def _step(row: Row) -> Step:
    return Step(
        id=row[0],
        purpose_id=row[1],
        text=row[2],
        position=row[3],
        state=StepState(row[4]),
        parent_id=row[5],
        created_at=None if row[6] is None else utc_from(row[6]),
        uid=row[7],
    )


def _habit(row: Row) -> Habit:
    return Habit(
        id=row[0],
        action=row[1],
        routine_id=row[2],
        position=row[3],
        schedule=schedule_from(row[4]),
        created_on=date.fromisoformat(row[5]),
        tiny=row[6],
        purpose_id=row[7],
        reminder=bool(row[8]),
        archived=bool(row[9]),
        uid=row[10],
        about=row[11],
    )


_SOURCES = {source.value: source for source in WinSource}
_KINDS = {kind.value: kind for kind in WinKind}


def _win(row: Row) -> Win:
    # Read for every win by an export (and by history edits): the enums by a dict look-up.
    return Win(
        row[0],
        utc_from(row[1]),
        date.fromisoformat(row[2]),
        row[3],
        _SOURCES.get(row[4]) or WinSource(row[4]),
        _KINDS.get(row[5]) or WinKind(row[5]),
        row[6],
        row[7],
        row[8],
    )


def _review(row: Row) -> Review:
    return Review(
        id=row[0],
        week=row[1],
        helped=row[2],
        in_the_way=row[3],
        focus_purpose_id=row[4],
        focus_step_id=row[5],
        saved_at=None if row[6] is None else utc_from(row[6]),
        uid=row[7],
    )


_PURPOSE = "SELECT id, name, why, colour, archived, uid FROM purpose"
_STEP = "SELECT id, purpose_id, text, position, state, parent_id, created_at, uid FROM step"
_HABIT = (
    "SELECT id, action, routine_id, position, schedule, created_on, tiny, purpose_id, reminder,"
    " archived, uid, about FROM habit"
)
_WIN = (
    "SELECT id, at_utc, local_date, utc_offset_minutes, source, kind, habit_id, step_id, uid"
    " FROM win"
)
_REVIEW = (
    "SELECT id, week, helped, in_the_way, focus_purpose_id, focus_step_id, saved_at, uid"
    " FROM review"
)


class SqliteStore:
    """All persistent data in one SQLite database (see ``smallwins.core.ports.Store``).

    Every write runs in a transaction: the caller's (``transaction()``), or its own. Transactions
    begin IMMEDIATE, so a read-then-write in one process cannot be invalidated by another.
    Beyond the port, it keeps the reminder ledger (``mark_reminder_sent``/``reminders_sent``).
    """

    def __init__(self, db: peewee.SqliteDatabase, read_only: bool = False) -> None:
        self._db = db
        self.read_only = read_only  # opened for reading only (database.open_store_read_only)
        self._own_commits = 0
        self._other_commits = 0
        self._last_data_version = self._pragma_data_version()

    # --- connection -----------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return Path(self._db.database)

    def close(self) -> None:
        """Close this thread's connection (the store reconnects if used again)."""
        self._db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection = self._db.connection()  # type: ignore[no-untyped-call]
        return connection

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        if not _storable(params):
            return []
        with translated_errors():
            rows: list[Row] = self._connection().execute(sql, params).fetchall()
        return rows

    def _row(self, sql: str, params: Sequence[object] = ()) -> Row | None:
        if not _storable(params):
            return None
        with translated_errors():
            row: Row | None = self._connection().execute(sql, params).fetchone()
        return row

    def _write(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """Run one write statement in the caller's transaction, or in its own.

        Inside a transaction no savepoint is needed: a failing statement undoes itself.
        """
        if self._db.in_transaction():
            with translated_errors():
                return self._connection().execute(sql, params)
        with self.transaction(), translated_errors():
            return self._connection().execute(sql, params)

    def _write_many(self, sql: str, params: Iterable[Sequence[object]]) -> None:
        with self.transaction(), translated_errors():
            self._connection().executemany(sql, params)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on an exception; nested use is a savepoint."""
        outermost = not self._db.in_transaction()
        try:
            with translated_errors():
                connection = self._connection()
                changes_before = connection.total_changes
                with self._db.atomic(lock_type="IMMEDIATE"):
                    yield
        except StorageError as error:
            if outermost and error.problem in _REOPEN_AFTER:
                self._reopen_later()
            raise
        if outermost and connection.total_changes != changes_before:
            self._own_commits += 1

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """BEGIN DEFERRED … COMMIT: every read inside sees one state of the data, and no write
        lock is taken (a read-only file can be read this way); a write inside is refused by
        SQLite (``query_only``), so a command that says it only reads cannot write unseen."""
        with translated_errors(), self._db.atomic(lock_type="DEFERRED"):
            connection = self._connection()
            before = connection.execute("PRAGMA query_only").fetchone()[0]
            connection.execute("PRAGMA query_only = 1")
            try:
                yield
            finally:
                connection.execute(f"PRAGMA query_only = {int(before)}")

    def _reopen_later(self) -> None:
        """Close the connection; the next use opens a fresh one. A connection SQLite opened
        while the file could not be written stays read-only after it can be again."""
        with contextlib.suppress(peewee.DatabaseError, sqlite3.Error):
            self._db.close()

    def _pragma_data_version(self) -> int:
        row = self._row("PRAGMA data_version")
        assert row is not None
        version: int = row[0]
        return version

    def data_version(self) -> int:
        """Changes after every commit that changed data, from this store or from anywhere else.

        ``PRAGMA data_version`` sees other connections' commits only; this store counts its own.
        """
        current = self._pragma_data_version()
        if current != self._last_data_version:
            self._last_data_version = current
            self._other_commits += 1
        return self._own_commits + self._other_commits

    # --- purposes -------------------------------------------------------------------------

    def add_purpose(
        self, name: str, why: str | None = None, colour: str | None = None, uid: str | None = None
    ) -> Purpose:
        uid = uid or new_uid()
        cursor = self._write(
            "INSERT INTO purpose (name, why, colour, uid) VALUES (?, ?, ?, ?)",
            (name, why, colour, uid),
        )
        return Purpose(id=_rowid(cursor), name=name, why=why, colour=colour, uid=uid)

    def purpose(self, purpose_id: int) -> Purpose | None:
        row = self._row(f"{_PURPOSE} WHERE id = ?", (purpose_id,))
        return None if row is None else _purpose(row)

    def purpose_by_name(self, name: str) -> Purpose | None:
        row = self._row(f"{_PURPOSE} WHERE name = ?", (name,))  # the column is COLLATE NOCASE
        return None if row is None else _purpose(row)

    def purposes(self, include_archived: bool = False) -> list[Purpose]:
        where = "" if include_archived else " WHERE archived = 0"
        return [_purpose(row) for row in self._rows(f"{_PURPOSE}{where} ORDER BY id")]

    def update_purpose(self, purpose: Purpose) -> None:
        cursor = self._write(
            "UPDATE purpose SET name = ?, why = ?, colour = ?, archived = ? WHERE id = ?",
            (purpose.name, purpose.why, purpose.colour, int(purpose.archived), purpose.id),
        )
        _require_one(cursor, translate("UserError", "there is no purpose {id}"), purpose.id)

    # --- steps ----------------------------------------------------------------------------

    def add_step(
        self,
        purpose_id: int,
        text: str,
        created_at: datetime,
        parent_id: int | None = None,
        at_front: bool = False,
        uid: str | None = None,
    ) -> Step:
        created = utc_text(created_at)
        uid = uid or new_uid()
        with self.transaction():
            if at_front:
                position = 0
                self._write(
                    "UPDATE step SET position = position + 1 WHERE purpose_id = ? AND state = ?",
                    (purpose_id, StepState.OPEN.value),
                )
            else:
                row = self._row(
                    "SELECT coalesce(max(position) + 1, 0) FROM step"
                    " WHERE purpose_id = ? AND state = ?",
                    (purpose_id, StepState.OPEN.value),
                )
                position = 0 if row is None else row[0]
            cursor = self._write(
                "INSERT INTO step (purpose_id, text, position, state, parent_id, created_at, uid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (purpose_id, text, position, StepState.OPEN.value, parent_id, created, uid),
            )
        return Step(
            id=_rowid(cursor),
            purpose_id=purpose_id,
            text=text,
            position=position,
            parent_id=parent_id,
            created_at=utc_from(created),
            uid=uid,
        )

    def step(self, step_id: int) -> Step | None:
        row = self._row(f"{_STEP} WHERE id = ?", (step_id,))
        return None if row is None else _step(row)

    def steps(self, purpose_id: int | None = None, state: StepState | None = None) -> list[Step]:
        conditions: list[str] = []
        params: list[object] = []
        if purpose_id is not None:
            conditions.append("purpose_id = ?")
            params.append(purpose_id)
        if state is not None:
            conditions.append("state = ?")
            params.append(StepState(state).value)
        sql = f"{_STEP}{_where(conditions)} ORDER BY purpose_id, position, id"
        return [_step(row) for row in self._rows(sql, params)]

    def set_step_state(self, step_id: int, state: StepState) -> None:
        # The position is kept: a step reopened by an undo returns to where it was.
        cursor = self._write(
            "UPDATE step SET state = ? WHERE id = ?", (StepState(state).value, step_id)
        )
        _require_one(cursor, translate("UserError", "there is no step {id}"), step_id)

    def set_step_text(self, step_id: int, text: str) -> None:
        cursor = self._write("UPDATE step SET text = ? WHERE id = ?", (text, step_id))
        _require_one(cursor, translate("UserError", "there is no step {id}"), step_id)

    def move_step(self, step_id: int, position: int) -> None:
        with self.transaction():
            step = self.step(step_id)
            if step is None:
                raise StorageError(translate("UserError", "there is no step {id}"), id=step_id)
            others = [
                row[0]
                for row in self._rows(
                    "SELECT id FROM step WHERE purpose_id = ? AND state = ? AND id != ?"
                    " ORDER BY position, id",
                    (step.purpose_id, StepState.OPEN.value, step_id),
                )
            ]
            others.insert(max(0, min(position, len(others))), step_id)
            self._write_many(
                "UPDATE step SET position = ? WHERE id = ?",
                [(index, sid) for index, sid in enumerate(others)],
            )

    # --- routines -------------------------------------------------------------------------

    def add_routine(
        self, name: str, times: Sequence[tuple[int, time]], uid: str | None = None
    ) -> Routine:
        uid = uid or new_uid()
        with self.transaction():
            cursor = self._write("INSERT INTO routine (name, uid) VALUES (?, ?)", (name, uid))
            routine_id = _rowid(cursor)
            self._insert_times(routine_id, times)
        return Routine(id=routine_id, name=name, times=_normalized_times(times), uid=uid)

    def _insert_times(self, routine_id: int, times: Sequence[tuple[int, time]]) -> None:
        self._write_many(
            "INSERT INTO routine_time (routine_id, weekday, at) VALUES (?, ?, ?)",
            [(routine_id, weekday, clock_text(at)) for weekday, at in times],
        )

    def routine(self, routine_id: int) -> Routine | None:
        return self._routine_where("id = ?", (routine_id,))

    def routine_by_name(self, name: str) -> Routine | None:
        return self._routine_where("name = ?", (name,))

    def _routine_where(self, condition: str, params: Sequence[object]) -> Routine | None:
        row = self._row(f"SELECT id, name, uid FROM routine WHERE {condition}", params)
        if row is None:
            return None
        times = self._rows(
            "SELECT weekday, at FROM routine_time WHERE routine_id = ? ORDER BY weekday", (row[0],)
        )
        return Routine(
            id=row[0],
            name=row[1],
            times=tuple((day, time.fromisoformat(at)) for day, at in times),
            uid=row[2],
        )

    def routines(self) -> list[Routine]:
        times: dict[int, list[tuple[int, time]]] = {}
        for routine_id, weekday, at in self._rows(
            "SELECT routine_id, weekday, at FROM routine_time ORDER BY routine_id, weekday"
        ):
            times.setdefault(routine_id, []).append((weekday, time.fromisoformat(at)))
        return [
            Routine(id=routine_id, name=name, times=tuple(times.get(routine_id, ())), uid=uid)
            for routine_id, name, uid in self._rows("SELECT id, name, uid FROM routine ORDER BY id")
        ]

    def set_routine_times(self, routine_id: int, times: Sequence[tuple[int, time]]) -> None:
        with self.transaction():
            if self._row("SELECT 1 FROM routine WHERE id = ?", (routine_id,)) is None:
                raise StorageError(
                    translate("UserError", "there is no routine {id}"), id=routine_id
                )
            self._write("DELETE FROM routine_time WHERE routine_id = ?", (routine_id,))
            self._insert_times(routine_id, times)

    def rename_routine(self, routine_id: int, name: str) -> None:
        cursor = self._write("UPDATE routine SET name = ? WHERE id = ?", (name, routine_id))
        _require_one(cursor, translate("UserError", "there is no routine {id}"), routine_id)

    # --- habits ---------------------------------------------------------------------------

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
        uid = uid or new_uid()
        with self.transaction():
            row = self._row(
                "SELECT coalesce(max(position) + 1, 0) FROM habit WHERE routine_id = ?",
                (routine_id,),
            )
            position: int = 0 if row is None else row[0]
            cursor = self._write(
                "INSERT INTO habit (action, routine_id, position, schedule, created_on, tiny,"
                " purpose_id, reminder, uid, about) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    action,
                    routine_id,
                    position,
                    schedule_text(schedule),
                    created_on.isoformat(),
                    tiny,
                    purpose_id,
                    int(reminder),
                    uid,
                    about,
                ),
            )
        return Habit(
            id=_rowid(cursor),
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

    def habit(self, habit_id: int) -> Habit | None:
        row = self._row(f"{_HABIT} WHERE id = ?", (habit_id,))
        return None if row is None else _habit(row)

    def habit_by_name(self, name: str) -> Habit | None:
        row = self._row(f"{_HABIT} WHERE action = ?", (name,))  # the column is COLLATE NOCASE
        return None if row is None else _habit(row)

    def habits(self, include_archived: bool = False) -> list[Habit]:
        where = "" if include_archived else " WHERE archived = 0"
        sql = f"{_HABIT}{where} ORDER BY routine_id, position, id"
        return [_habit(row) for row in self._rows(sql)]

    def update_habit(self, habit: Habit) -> None:
        cursor = self._write(
            "UPDATE habit SET action = ?, routine_id = ?, position = ?, schedule = ?,"
            " created_on = ?, tiny = ?, purpose_id = ?, reminder = ?, archived = ?, about = ?"
            " WHERE id = ?",
            (
                habit.action,
                habit.routine_id,
                habit.position,
                schedule_text(habit.schedule),
                habit.created_on.isoformat(),
                habit.tiny,
                habit.purpose_id,
                int(habit.reminder),
                int(habit.archived),
                habit.about,
                habit.id,
            ),
        )
        _require_one(cursor, translate("UserError", "there is no habit {id}"), habit.id)

    def move_habit(self, habit_id: int, position: int) -> None:
        with self.transaction():
            habit = self.habit(habit_id)
            if habit is None:
                raise StorageError(translate("UserError", "there is no habit {id}"), id=habit_id)
            stack = [
                row[0]
                for row in self._rows(
                    "SELECT id FROM habit WHERE routine_id = ? AND id != ? ORDER BY position, id",
                    (habit.routine_id, habit_id),
                )
            ]
            stack.insert(max(0, min(position, len(stack))), habit_id)
            self._write_many(
                "UPDATE habit SET position = ? WHERE id = ?",
                [(index, hid) for index, hid in enumerate(stack)],
            )

    def remove_habit(self, habit_id: int) -> int:
        with self.transaction():
            if self._row("SELECT 1 FROM habit WHERE id = ?", (habit_id,)) is None:
                raise StorageError(translate("UserError", "there is no habit {id}"), id=habit_id)
            wins = self._write("DELETE FROM win WHERE habit_id = ?", (habit_id,)).rowcount
            self._write("DELETE FROM rest_day WHERE habit_id = ?", (habit_id,))
            self._write("DELETE FROM reminder_sent WHERE habit_id = ?", (habit_id,))
            self._write("DELETE FROM day_note WHERE habit_id = ?", (habit_id,))
            self._write(
                "DELETE FROM snooze WHERE target = ? AND target_id = ?",
                (SnoozeTarget.HABIT.value, habit_id),
            )
            self._write("DELETE FROM habit WHERE id = ?", (habit_id,))
        return wins

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
        at = utc_text(at_utc)
        uid = uid or new_uid()
        cursor = self._write(
            "INSERT INTO win (at_utc, local_date, utc_offset_minutes, source, kind, habit_id,"
            " step_id, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                at,
                local_date.isoformat(),
                utc_offset_minutes,
                WinSource(source).value,
                WinKind(kind).value,
                habit_id,
                step_id,
                uid,
            ),
        )
        return Win(
            id=_rowid(cursor),
            at_utc=utc_from(at),
            local_date=local_date,
            utc_offset_minutes=utc_offset_minutes,
            source=WinSource(source),
            kind=WinKind(kind),
            habit_id=habit_id,
            step_id=step_id,
            uid=uid,
        )

    def add_wins(self, wins: Sequence[Win]) -> None:
        """Add many wins at once (an import); their ids are ignored, their uids kept."""
        self._write_many(
            "INSERT INTO win (at_utc, local_date, utc_offset_minutes, source, kind, habit_id,"
            " step_id, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    w.at_utc.isoformat() if w.at_utc.tzinfo is UTC else utc_text(w.at_utc),
                    w.local_date.isoformat(),
                    w.utc_offset_minutes,
                    # A member is a string already (StrEnum): checked only when it is not one,
                    # which costs an import of years a tenth of its time otherwise.
                    w.source if type(w.source) is WinSource else WinSource(w.source).value,
                    w.kind if type(w.kind) is WinKind else WinKind(w.kind).value,
                    w.habit_id,
                    w.step_id,
                    w.uid or new_uid(),
                )
                for w in wins
            ],
        )

    def remove_win(self, win_id: int) -> None:
        """Remove one win; removing a win that is already gone does nothing."""
        self._write("DELETE FROM win WHERE id = ?", (win_id,))

    def last_win(self) -> Win | None:
        row = self._row(f"{_WIN} ORDER BY id DESC LIMIT 1")
        return None if row is None else _win(row)

    def wins(
        self, habit_id: int | None = None, since: date | None = None, until: date | None = None
    ) -> list[Win]:
        conditions: list[str] = []
        params: list[object] = []
        if habit_id is not None:
            conditions.append("habit_id = ?")
            params.append(habit_id)
        if since is not None:
            conditions.append("local_date >= ?")
            params.append(since.isoformat())
        if until is not None:
            conditions.append("local_date <= ?")
            params.append(until.isoformat())
        sql = f"{_WIN}{_where(conditions)} ORDER BY at_utc, id"
        return [_win(row) for row in self._rows(sql, params)]

    def all_wins(self) -> list[Win]:
        # An export's read: in the table's own order, no sort (a fifth of an export by time).
        return [_win(row) for row in self._rows(f"{_WIN} ORDER BY id")]

    def win_ordinals(self) -> dict[int, WinOrdinals]:
        # The hot path of `status` and the review (years of daily wins for every habit). Per
        # habit and kind, one row with all its dates, read from a covering index; the rest
        # happens in C loops: split, a cache parsing each distinct date once, list.extend.
        rows = self._rows(
            "SELECT habit_id, kind, group_concat(local_date) FROM win"
            " WHERE habit_id IS NOT NULL GROUP BY habit_id, kind"
        )
        groups = [(habit_id, kind, days.split(",")) for habit_id, kind, days in rows]
        distinct: set[str] = set()
        for _, _, days in groups:
            distinct.update(days)
        parse = {text: date.fromisoformat(text).toordinal() for text in distinct}.__getitem__
        result: dict[int, WinOrdinals] = {}
        for habit_id, kind, days in groups:
            found = result.get(habit_id)
            if found is None:
                found = result[habit_id] = WinOrdinals([], [])
            (found.tiny if kind == WinKind.TINY else found.full).extend(map(parse, days))
        return result

    def count_wins(self, since: date, until: date) -> int:
        row = self._row(
            "SELECT count(*) FROM win WHERE local_date BETWEEN ? AND ?",
            (since.isoformat(), until.isoformat()),
        )
        return 0 if row is None else int(row[0])

    def win_dates(self, since: date, until: date) -> list[date]:
        rows = self._rows(
            "SELECT local_date FROM win WHERE local_date BETWEEN ? AND ? ORDER BY local_date, id",
            (since.isoformat(), until.isoformat()),
        )
        return [date.fromisoformat(row[0]) for row in rows]

    # --- rest days ------------------------------------------------------------------------

    def add_rest(self, day: date, habit_id: int | None = None, uid: str | None = None) -> RestDay:
        uid = uid or new_uid()
        cursor = self._write(
            "INSERT INTO rest_day (day, habit_id, uid) VALUES (?, ?, ?)",
            (day.isoformat(), habit_id, uid),
        )
        return RestDay(id=_rowid(cursor), day=day, habit_id=habit_id, uid=uid)

    def remove_rest(self, day: date, habit_id: int | None = None) -> bool:
        cursor = self._write(
            "DELETE FROM rest_day WHERE day = ? AND habit_id IS ?", (day.isoformat(), habit_id)
        )
        return cursor.rowcount > 0

    def rest_days(self) -> list[RestDay]:
        return [
            RestDay(id=row[0], day=date.fromisoformat(row[1]), habit_id=row[2], uid=row[3])
            for row in self._rows("SELECT id, day, habit_id, uid FROM rest_day ORDER BY day, id")
        ]

    # --- reviews --------------------------------------------------------------------------

    def save_review(self, review: Review) -> Review:
        with self.transaction():
            self._write(
                "INSERT INTO review (week, helped, in_the_way, focus_purpose_id, focus_step_id,"
                " saved_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (week) DO UPDATE SET"
                " helped = excluded.helped, in_the_way = excluded.in_the_way,"
                " focus_purpose_id = excluded.focus_purpose_id,"
                " focus_step_id = excluded.focus_step_id, saved_at = excluded.saved_at",
                (
                    review.week,
                    review.helped,
                    review.in_the_way,
                    review.focus_purpose_id,
                    review.focus_step_id,
                    None if review.saved_at is None else utc_text(review.saved_at),
                    review.uid or new_uid(),
                ),
            )
            saved = self.review(review.week)
        assert saved is not None
        return saved

    def review(self, week: str) -> Review | None:
        row = self._row(f"{_REVIEW} WHERE week = ?", (week,))
        return None if row is None else _review(row)

    def reviews(self) -> list[Review]:
        return [_review(row) for row in self._rows(f"{_REVIEW} ORDER BY week")]

    # --- settings -------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        row = self._row("SELECT value FROM setting WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str | None) -> None:
        if value is None:
            self._write("DELETE FROM setting WHERE key = ?", (key,))
        else:
            self._write(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def all_settings(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM setting ORDER BY key"))

    # --- snoozes --------------------------------------------------------------------------

    def set_snooze(self, target: SnoozeTarget, target_id: int, until_utc: datetime) -> None:
        self._write(
            "INSERT INTO snooze (target, target_id, until_utc) VALUES (?, ?, ?)"
            " ON CONFLICT (target, target_id) DO UPDATE SET until_utc = excluded.until_utc",
            (SnoozeTarget(target).value, target_id, utc_text(until_utc)),
        )

    def clear_snooze(self, target: SnoozeTarget, target_id: int) -> None:
        self._write(
            "DELETE FROM snooze WHERE target = ? AND target_id = ?",
            (SnoozeTarget(target).value, target_id),
        )

    def snoozes(self) -> list[Snooze]:
        return [
            Snooze(target=SnoozeTarget(row[0]), target_id=row[1], until_utc=utc_from(row[2]))
            for row in self._rows(
                "SELECT target, target_id, until_utc FROM snooze ORDER BY target, target_id"
            )
        ]

    # --- reminder ledger (beyond the port) ------------------------------------------------

    def mark_reminder_sent(self, habit_id: int, day: date, kind: str, sent_at: datetime) -> bool:
        """Record that reminder ``kind`` for ``habit_id`` on ``day`` was sent.

        Returns False (and changes nothing) if it was recorded already, so two processes cannot
        both send it.
        """
        cursor = self._write(
            "INSERT INTO reminder_sent (habit_id, day, kind, sent_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (habit_id, day, kind) DO NOTHING",
            (habit_id, day.isoformat(), kind, utc_text(sent_at)),
        )
        return cursor.rowcount > 0

    def set_note(self, habit_id: int, day: date, text: str | None, uid: str | None = None) -> None:
        with self.transaction():
            if text is None:
                self._write(
                    "DELETE FROM day_note WHERE habit_id = ? AND day = ?",
                    (habit_id, day.isoformat()),
                )
                return
            self._write(
                "INSERT INTO day_note (habit_id, day, text, uid) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (habit_id, day) DO UPDATE SET text = excluded.text",
                (habit_id, day.isoformat(), text, uid or new_uid()),
            )

    def notes(self, habit_id: int) -> dict[date, str]:
        return {
            date.fromisoformat(day): text
            for day, text in self._rows(
                "SELECT day, text FROM day_note WHERE habit_id = ? ORDER BY day", (habit_id,)
            )
        }

    def day_notes(self) -> list[DayNote]:
        return [
            DayNote(habit_id=row[0], day=date.fromisoformat(row[1]), text=row[2], uid=row[3])
            for row in self._rows(
                "SELECT habit_id, day, text, uid FROM day_note ORDER BY habit_id, day"
            )
        ]

    def reminders_sent(self, since: date) -> set[tuple[int, date, str]]:
        """Every (habit id, day, kind) recorded for ``since`` or later."""
        return {
            (row[0], date.fromisoformat(row[1]), row[2])
            for row in self._rows(
                "SELECT habit_id, day, kind FROM reminder_sent WHERE day >= ?",
                (since.isoformat(),),
            )
        }


def _where(conditions: list[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""


_SQLITE_INTEGERS = range(-(2**63), 2**63)


def _storable(params: Sequence[object]) -> bool:
    """Whether SQLite can take every number in ``params``: a larger one (an id typed as
    99999999999999999999) is held by no row, so a lookup with it finds nothing."""
    return all(p in _SQLITE_INTEGERS for p in params if isinstance(p, int))


def _rowid(cursor: sqlite3.Cursor) -> int:
    rowid = cursor.lastrowid
    assert rowid is not None
    return rowid


def _require_one(cursor: sqlite3.Cursor, missing: Term, row_id: int) -> None:
    if cursor.rowcount == 0:
        raise StorageError(missing, id=row_id)


def _normalized_times(times: Sequence[tuple[int, time]]) -> tuple[tuple[int, time], ...]:
    """Times as they come back from the database: sorted by weekday, to the minute."""
    return tuple(sorted((day, time(at.hour, at.minute)) for day, at in times))


if TYPE_CHECKING:

    def _implements_store(store: SqliteStore) -> Store:
        return store
