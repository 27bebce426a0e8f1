"""Loop Habit Tracker's SQLite backup (``.db``): written at schema version 25, read from 22 to 25.

The schema is the one Loop's own migrations (its ``migrations/09.sql`` … ``25.sql``) leave;
every column Loop reads is written non-null, except the reminder's hour and minute, which are
NULL exactly when a habit has no reminder, as Loop writes them (see ``loop.py`` for the model).

A file to import is opened read-only and immutable, with ``trusted_schema=OFF``, extension
loading off, length limits, and an authorizer that allows nothing but reading the two tables
it needs: a view or a trigger in a hostile file never runs, and a table that is a view is
refused.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from datetime import date, time, tzinfo
from pathlib import Path
from typing import Any

from smallwins.core.days import EARLIEST_DAY
from smallwins.core.errors import translate
from smallwins.transfer import loop
from smallwins.transfer.bundle import Bundle, Written, at_row, refuse
from smallwins.transfer.checks import Place
from smallwins.transfer.jsonformat import write_atomically
from smallwins.transfer.safety import MAX_HABITS, MAX_RECORDS, check_size, display_name

SQLITE_HEADER = b"SQLite format 3\x00"

LOOP_SCHEMA: tuple[str, ...] = (
    """create table Habits (
    id integer primary key autoincrement,
    archived integer,
    color integer,
    description text,
    freq_den integer,
    freq_num integer,
    highlight integer,
    name text,
    position integer,
    reminder_hour integer,
    reminder_min integer,
    reminder_days integer not null default 127,
    type integer not null default 0,
    target_type integer not null default 0,
    target_value real not null default 0,
    unit text not null default "",
    question text,
    uuid text
)""",
    """create table Repetitions (
    id integer primary key autoincrement,
    habit integer not null references habits(id),
    timestamp integer not null,
    value integer not null,
    notes text
)""",
    "create unique index idx_repetitions_habit_timestamp on Repetitions(habit, timestamp)",
    """create table Events (
    id integer primary key autoincrement,
    timestamp integer,
    message text,
    server_id integer
)""",
    # Android's SQLite wrapper keeps the database's locale here (Loop's own backups have it).
    "create table android_metadata (locale text)",
    "insert into android_metadata (locale) values ('en_US')",
)


class LoopDbWriter:
    name = "loop"

    def write(self, bundle: Bundle, path: Path, zone: tzinfo) -> Written:
        rows = loop.loop_rows(bundle)
        # Loop lists habits by position: ours by routine and stack, the archived ones last.
        rows.sort(key=lambda r: (r.habit.archived, r.habit.routine_id, r.habit.position))
        count = 0

        def write(temporary: Path) -> None:
            nonlocal count
            # An empty file is an empty database to SQLite: it keeps the temporary file's mode.
            connection = sqlite3.connect(temporary)
            try:
                for statement in LOOP_SCHEMA:
                    connection.execute(statement)
                for position, row in enumerate(rows):
                    habit = row.habit
                    cursor = connection.execute(
                        "insert into Habits (archived, color, description, freq_den, freq_num,"
                        " highlight, name, position, reminder_hour, reminder_min, reminder_days,"
                        " type, target_type, target_value, unit, question, uuid)"
                        " values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0.0, '', ?, ?)",
                        (
                            int(habit.archived),
                            loop.DEFAULT_COLOUR,
                            row.description,
                            row.denominator,
                            row.numerator,
                            habit.action,
                            position,
                            None if row.reminder is None else row.reminder.hour,
                            None if row.reminder is None else row.reminder.minute,
                            row.reminder_days,
                            loop.BOOLEAN,
                            loop.AT_LEAST,
                            row.question,
                            row.uuid,
                        ),
                    )
                    habit_id = cursor.lastrowid
                    connection.executemany(
                        "insert into Repetitions (habit, timestamp, value, notes)"
                        " values (?, ?, ?, ?)",
                        [(habit_id, loop.day_ms(e.day), e.value, e.notes) for e in row.entries],
                    )
                    count += len(row.entries)
                connection.execute(f"pragma user_version = {loop.VERSION}")
                connection.commit()
            finally:
                connection.close()

        write_atomically(path, write)
        return Written(
            path=path,
            habits=len(rows),
            wins=sum(1 for r in rows for e in r.entries if e.value == loop.YES_MANUAL),
            rest_days=sum(1 for r in rows for e in r.entries if e.value == loop.SKIP),
            records=len(rows) + count,
        )


# --- reading ------------------------------------------------------------------------------------

# Columns by the version that brought them (older ones are in every version read).
_HABIT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("id", 22),
    ("name", 22),
    ("description", 22),
    ("freq_num", 22),
    ("freq_den", 22),
    ("archived", 22),
    ("position", 22),
    ("reminder_hour", 22),
    ("reminder_min", 22),
    ("reminder_days", 22),
    ("type", 22),
    ("target_type", 22),
    ("target_value", 22),
    ("unit", 22),
    ("question", 23),
    ("uuid", 24),
)
_ENTRY_COLUMNS: tuple[tuple[str, int], ...] = (
    ("habit", 22),
    ("timestamp", 22),
    ("value", 22),
    ("notes", 25),
)
_READABLE = {"Habits", "Repetitions", "sqlite_master"}
_LIMITS = (
    (sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000),
    (sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000),
    (sqlite3.SQLITE_LIMIT_ATTACHED, 0),
)


def _authorize(action: int, first: str | None, second: str | None, *_: object) -> int:
    """Reading our tables and the schema; nothing else (no view, trigger, function of the file,
    attach or write ever runs)."""
    if action == sqlite3.SQLITE_SELECT:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ and first is not None:
        return sqlite3.SQLITE_OK if _name(first) in _READABLE else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and first in ("user_version", "table_info"):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and second in ("count", "lower"):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _name(table: str) -> str:
    lowered = table.lower()
    return next((n for n in _READABLE if n.lower() == lowered), table)


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == SQLITE_HEADER
    except OSError:
        return False


class LoopDbReader:
    name = "loop"

    def can_read(self, path: Path) -> bool:
        return path.is_file() and is_sqlite(path)

    def read(self, path: Path, today: date, zone: tzinfo) -> Bundle:
        name = display_name(path)
        check_size(path)
        if not is_sqlite(path):
            raise refuse(name, None, translate("UserError", "is not a Loop Habit Tracker backup"))
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=True
            )
        except sqlite3.Error as error:
            raise refuse(
                name, None, translate("UserError", "cannot be opened ({reason})"), reason=str(error)
            ) from error
        try:
            _harden(connection)
            return _Backup(connection, name, today, zone).bundle()
        except sqlite3.Error as error:
            raise refuse(
                name,
                None,
                translate("UserError", "is damaged or not a Loop backup ({reason})"),
                reason=str(error),
            ) from error
        finally:
            connection.close()


def _harden(connection: sqlite3.Connection) -> None:
    connection.execute("pragma trusted_schema = off")
    connection.execute("pragma query_only = on")
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    for limit, value in _LIMITS:
        connection.setlimit(limit, value)
    connection.set_authorizer(_authorize)


class _Backup:
    def __init__(self, connection: sqlite3.Connection, name: str, today: date, zone: tzinfo):
        self.db = connection
        self.name = name
        self.today = today
        self.zone = zone

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, params).fetchall()

    def bundle(self) -> Bundle:
        version: int = self.rows("pragma user_version")[0][0]
        if not loop.OLDEST_VERSION <= version <= loop.VERSION:
            raise refuse(
                self.name,
                None,
                translate(
                    "UserError",
                    "is a Loop backup of schema version {version}; this app reads versions "
                    "{oldest} to {newest}",
                ),
                version=version,
                oldest=loop.OLDEST_VERSION,
                newest=loop.VERSION,
            )
        kinds = dict(
            self.rows(
                "select lower(name), type from sqlite_master where lower(name) in"
                " ('habits', 'repetitions')"
            )
        )
        for table in ("Habits", "Repetitions"):
            kind = kinds.get(table.lower())
            if kind != "table":
                raise refuse(
                    self.name,
                    None,
                    translate("UserError", "has no table {table} (a Loop backup has one)"),
                    table=table,
                )
        habit_columns = self.columns("Habits", _HABIT_COLUMNS, version)
        entry_columns = self.columns("Repetitions", _ENTRY_COLUMNS, version)
        habits = self.habits(habit_columns)
        entries = self.entries(entry_columns, habits)
        return loop.assemble(
            [(h, entries.get(row_id, [])) for row_id, h in habits.items()],
            self.zone,
            self.today,
            self.name,
        )

    def columns(self, table: str, wanted: tuple[tuple[str, int], ...], version: int) -> list[str]:
        present = {row[1].lower() for row in self.rows(f"pragma table_info({table})")}
        columns = []
        for column, since in wanted:
            if since > version:
                continue
            if column not in present:
                raise refuse(
                    self.name,
                    None,
                    translate("UserError", "table {table} has no column {column}"),
                    table=table,
                    column=column,
                )
            columns.append(column)
        return columns

    def habits(self, columns: list[str]) -> dict[int, loop.LoopHabit]:
        found = self.rows(
            f"select {', '.join(columns)} from Habits order by position, id limit ?",
            (MAX_HABITS + 1,),
        )
        if len(found) > MAX_HABITS:
            raise refuse(
                self.name,
                None,
                translate("UserError", "too many habits (at most {limit})"),
                limit=MAX_HABITS,
            )
        habits: dict[int, loop.LoopHabit] = {}
        uuids: dict[str, int] = {}
        names: dict[str, int] = {}
        for values in found:
            record = dict(zip(columns, values, strict=True))
            row_id = record["id"]
            place = Place(self.name, at_row("Habits", row_id if isinstance(row_id, int) else 0))
            habit = _habit(place, record)
            row = place.integer(row_id, "id", 1)
            from smallwins.core.validation import name_key  # noqa: PLC0415

            for key, seen in ((habit.uuid, uuids), (name_key(habit.name), names)):
                if key is None:
                    continue
                if key in seen:
                    raise place.refuse(
                        translate("UserError", "{value!r} is there twice (also row {other})"),
                        value=key,
                        other=seen[key],
                    )
                seen[key] = row
            habits[row] = habit
        return habits

    def entries(
        self, columns: list[str], habits: dict[int, loop.LoopHabit]
    ) -> dict[int, list[loop.LoopEntry]]:
        # The hot loop of an import (a row for every habit day): a row that is plainly right
        # passes a few cheap tests; any other is checked again, slowly, by _check_entry, which
        # names what is wrong with it.
        cursor = self.db.execute(
            f"select rowid, {', '.join(columns)} from Repetitions order by habit, timestamp"
        )
        with_notes = "notes" in columns
        entries: dict[int, list[loop.LoopEntry]] = {}
        seen: set[tuple[int, int]] = set()
        days: dict[int, date] = {}
        lowest = loop.day_ms(EARLIEST_DAY)
        highest = loop.day_ms(self.today)
        plain = frozenset((loop.YES_MANUAL, loop.YES_AUTO, loop.NO, loop.SKIP, loop.UNKNOWN))
        numeric = {row for row, h in habits.items() if h.numeric}
        for count, values in enumerate(cursor, 1):
            if count > MAX_RECORDS:
                raise refuse(
                    self.name,
                    None,
                    translate("UserError", "too many records ({count}; at most {limit})"),
                    count=count,
                    limit=MAX_RECORDS,
                )
            row_id, habit, stamp, value = values[:4]
            notes = values[4] if with_notes else None
            if not (
                type(habit) is int
                and habit in habits
                and type(stamp) is int
                and lowest <= stamp <= highest
                and not stamp % loop.DAY_MS
                and (habit, stamp) not in seen
                and type(value) is int
                and (value in plain or (habit in numeric and 0 <= value < 2**31))
                and not notes  # a note is checked as text, below
            ):
                notes = self.check_entry(row_id, habit, stamp, value, notes, habits, seen)
            seen.add((habit, stamp))
            day = days.get(stamp)
            if day is None:
                day = days[stamp] = loop.day_of(stamp)
            entries.setdefault(habit, []).append(loop.LoopEntry(day, value, notes or ""))
        return entries

    def check_entry(
        self,
        row_id: int,
        habit: object,
        stamp: object,
        value: object,
        notes: object,
        habits: dict[int, loop.LoopHabit],
        seen: set[tuple[int, int]],
    ) -> str | None:
        """Check one row of Repetitions through and through; its note, if it has one."""
        place = Place(self.name, at_row("Repetitions", row_id))
        habit_id = place.integer(habit, "habit", 1)
        if habit_id not in habits:
            raise place.refuse(
                translate("UserError", "habit {habit} is not in table Habits"), habit=habit_id
            )
        moment = place.integer(stamp, "timestamp", 0, 2**52)
        if moment % loop.DAY_MS:
            raise place.refuse(
                translate("UserError", "timestamp {value} is not the start of a day (UTC)"),
                value=moment,
            )
        if (habit_id, moment) in seen:
            raise place.refuse(
                translate("UserError", "the same day is there twice (also {kind}[{other}])"),
                kind="Repetitions",
                other=loop.day_of(moment).isoformat(),
            )
        place.check_day(loop.day_of(moment), "timestamp", self.today)
        number = place.integer(value, "value", -1, 2**31 - 1)
        if not habits[habit_id].numeric and number not in (
            loop.YES_MANUAL,
            loop.YES_AUTO,
            loop.NO,
            loop.SKIP,
            loop.UNKNOWN,
        ):
            raise place.refuse(
                translate("UserError", "value {value} is not one Loop writes for a yes/no habit"),
                value=number,
            )
        return place.optional_text(notes, "notes", limit=1000, multiline=True)


def _habit(place: Place, record: dict[str, Any]) -> loop.LoopHabit:
    name = place.text(record["name"], "name")
    numerator = place.integer(record["freq_num"], "freq_num", 1, 10_000)
    denominator = place.integer(record["freq_den"], "freq_den", 1, 10_000)
    hour, minute = record["reminder_hour"], record["reminder_min"]
    reminder = None
    if hour is not None and minute is not None:
        reminder = time(
            place.integer(hour, "reminder_hour", 0, 23),
            place.integer(minute, "reminder_min", 0, 59),
        )
    days = record["reminder_days"]
    kind = place.integer(record["type"], "type", 0, 1)
    target_type = place.integer(record["target_type"], "target_type", 0, 1)
    target = place.number(record["target_value"], "target_value")
    if target < 0 or math.isnan(target):
        raise place.refuse(
            translate("UserError", "{field} is not a usable number ({value})"),
            field="target_value",
            value=target,
        )
    uuid = record.get("uuid")
    if uuid is not None:
        uuid = place.text(uuid, "uuid", limit=64).lower()
        if any(c not in "0123456789abcdef" for c in uuid):
            raise place.refuse(
                translate("UserError", "{field} {value!r} is not made of hex digits"),
                field="uuid",
                value=uuid,
            )
    return loop.LoopHabit(
        name=name,
        question=_optional(place, record.get("question"), "question"),
        description=_optional(place, record.get("description"), "description"),
        numerator=numerator,
        denominator=denominator,
        archived=place.integer(record["archived"] or 0, "archived", 0, 1) == 1,
        reminder=reminder,
        reminder_days=127 if days is None else place.integer(days, "reminder_days", 0, 127),
        numeric=kind == loop.NUMERIC,
        target_type=target_type,
        target=target,
        unit=_optional(place, record.get("unit"), "unit"),
        uuid=uuid or None,
    )


def _optional(place: Place, value: object, field: str) -> str:
    if value is None:
        return ""
    text = place.text(value, field, limit=2000, multiline=True, empty_ok=True)
    return text
