"""Loop Habit Tracker's CSV export: a folder, or the zip Loop writes, holding ``Habits.csv`` and
one folder per habit (``001 Meditate/``) with its ``Checkmarks.csv``.

``Habits.csv`` has a header row (Position, Name, Type, Question, Description,
FrequencyNumerator, FrequencyDenominator, Color, Unit, Target Type, Target Value, Archived?;
older versions: NumRepetitions and Interval for the frequency); a habit's folder starts with
its position. ``Checkmarks.csv`` is ``Date,Value[,Notes]``, newest first, the value a name
(YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN) or, for a numeric habit, the amount times 1000.
The CSV export has no uuid and no reminders: a habit is known again by its name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from smallwins.core.errors import translate
from smallwins.transfer import loop
from smallwins.transfer.bundle import Bundle, FileRefusedError, at_line, refuse
from smallwins.transfer.checks import Place
from smallwins.transfer.safety import (
    MAX_ENTRY_BYTES,
    MAX_HABITS,
    MAX_RECORDS,
    decode_text,
    display_name,
    is_zip,
    open_zip,
    read_bytes,
)

HABITS = "Habits.csv"
CHECKMARKS = "Checkmarks.csv"
_VALUES = {
    "YES_MANUAL": loop.YES_MANUAL,
    "YES_AUTO": loop.YES_AUTO,
    "NO": loop.NO,
    "SKIP": loop.SKIP,
    "UNKNOWN": loop.UNKNOWN,
}
_MAX_FIELD = 100_000


class LoopCsvReader:
    name = "loop"

    def can_read(self, path: Path) -> bool:
        if path.is_dir():
            return (path / HABITS).is_file()
        return is_zip(path)

    def read(self, path: Path, today: date, zone: tzinfo) -> Bundle:
        name = display_name(path)
        if path.is_dir():
            return _read(name, _folder_files(path), today, zone)
        with open_zip(path) as archive:
            files = {entry: entry for entry in archive.names}
            return _read(name, (files, archive.read), today, zone)


Files = tuple[dict[str, str], Callable[[str], bytes]]


def _folder_files(folder: Path) -> Files:
    files: dict[str, str] = {}
    root = folder.resolve()
    for path in sorted(folder.rglob("*.csv"))[: MAX_HABITS * 3]:
        if path.is_file() and root in path.resolve().parents:
            files[path.relative_to(folder).as_posix()] = str(path)

    def read(entry: str) -> bytes:
        return read_bytes(Path(files[entry]), MAX_ENTRY_BYTES)

    return {key: key for key in files}, read


def _read(name: str, files: Files, today: date, zone: tzinfo) -> Bundle:
    names, read = files
    habits_entry = _find_habits(name, names)
    base = habits_entry[: -len(HABITS)]
    rows = _rows(f"{name}/{habits_entry}", read(habits_entry), MAX_HABITS)
    if not rows:
        raise refuse(name, None, translate("UserError", "{entry} is empty"), entry=HABITS)
    header = rows[0][1]
    habits: list[tuple[loop.LoopHabit, list[loop.LoopEntry]]] = []
    seen: dict[str, int] = {}
    from smallwins.core.validation import name_key  # noqa: PLC0415

    for line, row in rows[1:]:
        place = Place(f"{name}/{habits_entry}", at_line(line))
        record = dict(zip(header, row, strict=False))
        habit, position = _habit(place, record, len(habits) + 1)
        key = name_key(habit.name)
        if key in seen:
            raise place.refuse(
                translate("UserError", "{value!r} is there twice (also row {other})"),
                value=habit.name,
                other=seen[key],
            )
        seen[key] = line
        entry = _checkmarks_of(names, base, position)
        entries = (
            [] if entry is None else _entries(f"{name}/{entry}", read(entry), habit.numeric, today)
        )
        habits.append((habit, entries))
    return loop.assemble(habits, zone, today, name)


def _find_habits(name: str, names: dict[str, str]) -> str:
    candidates = sorted(
        (n for n in names if n == HABITS or (n.endswith("/" + HABITS) and n.count("/") == 1)),
        key=len,
    )
    if not candidates:
        raise refuse(
            name,
            None,
            translate("UserError", "has no {entry} (is it Loop's CSV export?)"),
            entry=HABITS,
        )
    return candidates[0]


def _checkmarks_of(names: dict[str, str], base: str, position: str) -> str | None:
    prefix = f"{base}{position} "
    for entry in names:
        if (
            entry.startswith(prefix)
            and entry.endswith("/" + CHECKMARKS)
            and entry.count("/") == (base.count("/") + 1)
        ):
            return entry
    return None


def _rows(file: str, data: bytes, limit: int) -> list[tuple[int, list[str]]]:
    text = decode_text(data, file)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(len(cell) > _MAX_FIELD for cell in row):
                raise refuse(
                    file, at_line(reader.line_num), translate("UserError", "a cell is too long")
                )
            if not row:
                continue
            rows.append((reader.line_num, row))
            if len(rows) > limit + 1:
                raise refuse(
                    file,
                    None,
                    translate("UserError", "too many records ({count}; at most {limit})"),
                    count=len(rows),
                    limit=limit,
                )
    except csv.Error as error:
        raise refuse(
            file,
            at_line(reader.line_num),
            translate("UserError", "not valid CSV ({reason})"),
            reason=str(error),
        ) from None
    return rows


def _number(place: Place, text: str, field: str) -> int:
    if not text.strip().lstrip("-").isdecimal() or len(text) > 12:
        raise place.refuse(translate("UserError", "{field} must be a whole number"), field=field)
    return int(text)


def _habit(place: Place, record: dict[str, str], index: int) -> tuple[loop.LoopHabit, str]:
    if "Name" not in record:
        raise place.refuse(translate("UserError", "{field} is missing"), field="Name")
    position = record.get("Position", f"{index:03d}").strip()
    if "FrequencyNumerator" in record:
        numerator = _number(place, record["FrequencyNumerator"], "FrequencyNumerator")
        denominator = _number(place, record.get("FrequencyDenominator", ""), "FrequencyDenominator")
    else:
        numerator = _number(place, record.get("NumRepetitions", "1"), "NumRepetitions")
        denominator = _number(place, record.get("Interval", "1"), "Interval")
    place.integer(numerator, "FrequencyNumerator", 1, 10_000)
    place.integer(denominator, "FrequencyDenominator", 1, 10_000)
    kind = record.get("Type", "YES_NO").strip() or "YES_NO"
    if kind not in ("YES_NO", "NUMERICAL"):
        raise place.refuse(
            translate("UserError", "{field} {value!r} is not one of: {choices}"),
            field="Type",
            value=kind,
            choices="YES_NO, NUMERICAL",
        )
    target_type = record.get("Target Type", "").strip() or "AT_LEAST"
    if target_type not in ("AT_LEAST", "AT_MOST"):
        raise place.refuse(
            translate("UserError", "{field} {value!r} is not one of: {choices}"),
            field="Target Type",
            value=target_type,
            choices="AT_LEAST, AT_MOST",
        )
    target_text = record.get("Target Value", "").strip() or "0"
    try:
        target = float(target_text)
    except ValueError:
        raise place.refuse(
            translate("UserError", "{field} must be a number"), field="Target Value"
        ) from None
    place.number(target, "Target Value")
    archived = record.get("Archived?", "false").strip().lower()
    if archived not in ("true", "false", ""):
        raise place.refuse(
            translate("UserError", "{field} must be true or false"), field="Archived?"
        )
    habit = loop.LoopHabit(
        name=place.text(record["Name"], "Name"),
        question=place.text(record.get("Question", ""), "Question", limit=2000, empty_ok=True),
        description=place.text(
            record.get("Description", ""), "Description", limit=2000, multiline=True, empty_ok=True
        ),
        numerator=numerator,
        denominator=denominator,
        archived=archived == "true",
        numeric=kind == "NUMERICAL",
        target_type=loop.AT_MOST if target_type == "AT_MOST" else loop.AT_LEAST,
        target=target,
        unit=place.text(record.get("Unit", ""), "Unit", limit=100, empty_ok=True),
    )
    return habit, position


def _entries(file: str, data: bytes, numeric: bool, today: date) -> list[loop.LoopEntry]:
    rows = _rows(file, data, MAX_RECORDS)
    entries: list[loop.LoopEntry] = []
    seen: dict[date, int] = {}
    for line, row in rows[1:]:
        place = Place(file, at_line(line))
        if len(row) < 2:
            raise place.refuse(translate("UserError", "{field} is missing"), field="Value")
        day = place.day(row[0].strip(), "Date", today)
        if day in seen:
            raise place.refuse(
                translate("UserError", "the same day is there twice (also {kind}[{other}])"),
                kind="line",
                other=seen[day],
            )
        seen[day] = line
        text = row[1].strip()
        if text in _VALUES:
            value = _VALUES[text]
        elif numeric or (text.lstrip("-").isdecimal() and int(text) in _VALUES.values()):
            value = place.integer(_number(place, text, "Value"), "Value", -1, 2**31 - 1)
        else:
            raise place.refuse(
                translate("UserError", "{field} {value!r} is not one of: {choices}"),
                field="Value",
                value=text,
                choices=", ".join(_VALUES),
            )
        notes = (
            place.text(row[2], "Notes", limit=1000, multiline=True, empty_ok=True)
            if len(row) > 2
            else ""
        )
        entries.append(loop.LoopEntry(day, value, notes))
    return entries


__all__ = ["FileRefusedError", "LoopCsvReader"]
