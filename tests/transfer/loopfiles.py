"""Loop Habit Tracker's files as the tests make them, from Loop's documented formats (its public
source: uhabits-core's migrations 09-25.sql, HabitRecord, EntryRecord, Entry, WeekdayList,
HabitsCSVExporter), written here without any code of the app; and an independent model of
Loop's score (ScoreList.recompute) to check strengths against."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

DAY_MS = 86_400_000
YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN = 2, 1, 0, 3, -1


def ms(day: date) -> int:
    return (day - date(1970, 1, 1)).days * DAY_MS


# Loop's tables at version 21 (after migrations 09-21): what 22 to 25 start from.
_HABITS_V21 = """create table Habits (
    id integer primary key autoincrement, archived integer, color integer, description text,
    freq_den integer, freq_num integer, highlight integer, name text, position integer,
    reminder_hour integer, reminder_min integer, reminder_days integer not null default 127,
    type integer not null default 0, target_type integer not null default 0,
    target_value real not null default 0, unit text not null default ""
)"""
_REPETITIONS_V22 = """create table Repetitions (
    id integer primary key autoincrement, habit integer not null references habits(id),
    timestamp integer not null, value integer not null)"""
_EVENTS = """create table Events (
    id integer primary key autoincrement, timestamp integer, message text, server_id integer)"""


@dataclass
class Habit:
    name: str
    num: int = 1
    den: int = 1
    question: str = ""
    description: str = ""
    archived: bool = False
    reminder: tuple[int, int] | None = None
    days: int = 127  # Loop's bits: Saturday 1, Sunday 2, Monday 4, ... Friday 64
    numeric: bool = False
    target_type: int = 0
    target: float = 0.0
    unit: str = ""
    uuid: str | None = None
    entries: dict[date, tuple[int, str]] = field(default_factory=dict)


def write_db(path: Path, habits: Sequence[Habit], version: int = 25) -> Path:
    """A Loop backup of ``version`` (22 to 25) holding ``habits``."""
    db = sqlite3.connect(path)
    try:
        db.execute(_HABITS_V21)
        db.execute(_REPETITIONS_V22)
        db.execute(
            "create unique index idx_repetitions_habit_timestamp on Repetitions(habit, timestamp)"
        )
        db.execute(_EVENTS)
        if version >= 23:
            db.execute("alter table Habits add column question text")
        if version >= 24:
            db.execute("alter table habits add column uuid text")
        if version >= 25:
            db.execute("alter table Repetitions add column notes text")
        for position, h in enumerate(habits):
            columns = {
                "archived": int(h.archived),
                "color": 3,
                "description": h.description,
                "freq_den": h.den,
                "freq_num": h.num,
                "highlight": 0,
                "name": h.name,
                "position": position,
                "reminder_hour": None if h.reminder is None else h.reminder[0],
                "reminder_min": None if h.reminder is None else h.reminder[1],
                "reminder_days": h.days,
                "type": int(h.numeric),
                "target_type": h.target_type,
                "target_value": h.target,
                "unit": h.unit,
            }
            if version >= 23:
                columns["question"] = h.question
            if version >= 24:
                columns["uuid"] = h.uuid
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            habit_id = db.execute(
                f"insert into Habits ({names}) values ({marks})", list(columns.values())
            ).lastrowid
            for day, (value, notes) in sorted(h.entries.items()):
                if version >= 25:
                    db.execute(
                        "insert into Repetitions (habit, timestamp, value, notes)"
                        " values (?, ?, ?, ?)",
                        (habit_id, ms(day), value, notes),
                    )
                else:
                    db.execute(
                        "insert into Repetitions (habit, timestamp, value) values (?, ?, ?)",
                        (habit_id, ms(day), value),
                    )
        db.execute(f"pragma user_version = {version}")
        db.commit()
    finally:
        db.close()
    return path


_VALUE_NAMES = {
    YES_MANUAL: "YES_MANUAL",
    YES_AUTO: "YES_AUTO",
    NO: "NO",
    SKIP: "SKIP",
    UNKNOWN: "UNKNOWN",
}


def csv_files(habits: Sequence[Habit], today: date) -> dict[str, str]:
    """Loop's CSV export of ``habits``: Habits.csv and each habit's folder (newest day first,
    every day from the first entry to today, as Loop's computed entries)."""
    lines = [
        "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,"
        "Color,Unit,Target Type,Target Value,Archived?"
    ]
    files: dict[str, str] = {}
    for index, h in enumerate(habits, 1):
        kind = "NUMERICAL" if h.numeric else "YES_NO"
        target_type = ("AT_MOST" if h.target_type else "AT_LEAST") if h.numeric else ""
        lines.append(
            f"{index:03d},{h.name},{kind},{h.question},{h.description},{h.num},{h.den},#FF8F00,"
            f"{h.unit if h.numeric else ''},{target_type},{h.target if h.numeric else ''},"
            f"{'true' if h.archived else 'false'}"
        )
        rows = ["Date,Value,Notes"]
        if h.entries:
            day = today
            first = min(h.entries)
            while day >= first:
                value, notes = h.entries.get(day, (YES_AUTO if h.num < h.den else NO, ""))
                shown = (
                    str(value)
                    if h.numeric and value not in (SKIP, UNKNOWN)
                    else _VALUE_NAMES[value]
                )
                rows.append(f"{day.isoformat()},{shown},{notes}")
                day -= timedelta(days=1)
        files[f"{index:03d} {h.name}/Checkmarks.csv"] = "\n".join(rows) + "\n"
    files["Habits.csv"] = "\n".join(lines) + "\n"
    return files


def loop_scores(values: Iterable[int], num: int, den: int) -> list[float]:
    """Loop's score of a yes/no habit for each day, oldest first (``values``: Loop's entry of
    each day from the first to today)."""
    values = list(values)
    if num == den:
        num = den = 1
    frequency = num / den
    if frequency < 1.0:
        num, den = 2 * num, 2 * den
    multiplier = 0.5 ** (math.sqrt(frequency) / 13.0)
    rolling, previous, scores = 0.0, 0.0, []
    for index, value in enumerate(values):
        if value == YES_MANUAL:
            rolling += 1.0
        if index - den >= 0 and values[index - den] == YES_MANUAL:
            rolling -= 1.0
        if value != SKIP:
            previous = previous * multiplier + min(1.0, rolling / num) * (1 - multiplier)
        scores.append(previous)
    return scores


def read_db(path: Path) -> dict[str, object]:
    """An independent reader of a Loop backup, from Loop's schema: what Loop's importer reads."""
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        version = db.execute("pragma user_version").fetchone()[0]
        habits = [dict(r) for r in db.execute("select * from Habits order by position")]
        entries = [
            dict(r) for r in db.execute("select * from Repetitions order by habit, timestamp")
        ]
        tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    finally:
        db.close()
    return {"version": version, "habits": habits, "entries": entries, "tables": tables}
