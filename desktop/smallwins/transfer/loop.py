"""Loop Habit Tracker's model, as its files hold it, and how it maps to ours (both ways).

Facts taken from Loop's public source (iSoron/uhabits, ``uhabits-core``): a day is a timestamp
in milliseconds at 00:00 UTC of the local day; an entry's value is ``YES_MANUAL`` (2, done),
``YES_AUTO`` (1, not due that day: computed, not a win), ``NO`` (0), ``SKIP`` (3), ``UNKNOWN``
(-1), or for a numeric habit the amount times 1000; a frequency is numerator/denominator
(3/7: three times a week; equal numbers mean daily); reminder weekdays are 7 bits, bit 0 for
Saturday, bit 1 for Sunday, … bit 6 for Friday; a numeric habit is done when its value reaches
the target (``AT_LEAST``, 0) or stays within it (``AT_MOST``, 1).

How it maps: a YES_MANUAL day is a win, whose kind (full, tiny, recovery) goes into Loop's note
as ``tiny`` or ``tiny — the day's note`` and comes back from it; SKIP is a rest day; a habit's
question and description are its "about" (question on the first line); a reminder is a
routine named for its time ("Loop Habit Tracker 07:30") on the reminder's weekdays, a habit
without one goes to the routine "Loop Habit Tracker" (09:00) with its reminder off; a quota
over more than 31 days (Loop allows more) becomes the same share of 31 days.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from smallwins.core.days import instant_of, utc_offset_minutes
from smallwins.core.identity import derived_uid, uid_maker
from smallwins.core.models import (
    DayNote,
    FixedDays,
    Habit,
    Quota,
    RestDay,
    Routine,
    Schedule,
    Win,
    WinKind,
    WinSource,
)
from smallwins.core.validation import MAX_QUOTA_DAYS
from smallwins.transfer.bundle import Bundle, Origin

DAY_MS = 86_400_000
EPOCH = date(1970, 1, 1)
YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN = 2, 1, 0, 3, -1
AT_LEAST, AT_MOST = 0, 1
BOOLEAN, NUMERIC = 0, 1
VERSION = 25  # the schema version Loop writes today (DATABASE_VERSION)
OLDEST_VERSION = 22  # the oldest backup this app reads
DEFAULT_COLOUR = 8  # an index into Loop's palette
NO_REMINDER_ROUTINE = "Loop Habit Tracker"
NO_REMINDER_TIME = time(9, 0)
WIN_AT = time(12, 0)  # a Loop day has no time: its win is placed at noon
_KIND_NOTE = re.compile(r"(full|tiny|recovery)(?: — (.*))?\Z", re.DOTALL)


def day_ms(day: date) -> int:
    return (day - EPOCH).days * DAY_MS


def day_of(ms: int) -> date:
    return EPOCH + timedelta(days=ms // DAY_MS)


def loop_weekday_bit(weekday: int) -> int:
    """Loop's bit for our weekday (0 = Monday): Saturday is bit 0."""
    return 1 << ((weekday + 2) % 7)


def weekdays_of_bits(bits: int) -> frozenset[int]:
    return frozenset(day for day in range(7) if bits & loop_weekday_bit(day))


def frequency_of(schedule: Schedule) -> tuple[int, int]:
    if isinstance(schedule, Quota):
        return (schedule.times, schedule.days)
    count = len(schedule.weekdays)
    return (1, 1) if count == 7 else (count, 7)


def schedule_of(numerator: int, denominator: int) -> Schedule:
    if numerator >= denominator:
        return FixedDays(frozenset(range(7)))
    if denominator > MAX_QUOTA_DAYS:
        share = max(1, round(numerator * MAX_QUOTA_DAYS / denominator))
        if share >= MAX_QUOTA_DAYS:
            return FixedDays(frozenset(range(7)))
        return Quota(share, MAX_QUOTA_DAYS)
    return Quota(numerator, denominator)


def win_note(kind: WinKind, note: str | None) -> str:
    return kind.value if not note else f"{kind.value} — {note}"


def kind_from_note(notes: str) -> tuple[WinKind, str]:
    """The kind a note of ours names, and the rest of the note (a full win otherwise)."""
    found = _KIND_NOTE.match(notes)
    if found is None:
        return WinKind.FULL, notes
    return WinKind(found.group(1)), found.group(2) or ""


def split_about(about: str | None) -> tuple[str, str]:
    """Loop's question and description from a habit's about."""
    if not about:
        return "", ""
    question, _, description = about.partition("\n")
    return question, description


def join_about(question: str, description: str) -> str | None:
    question, description = question.strip(), description.strip()
    if question and description:
        return f"{question}\n{description}"
    return question or description or None


def habit_uid(loop_uuid: str | None, name: str) -> str:
    """Our uid for a Loop habit: its uuid as a UUID when it is one (so an export back to Loop
    gives the same uuid), else one derived from it, or from the name in old files without."""
    if loop_uuid and re.fullmatch(r"[0-9a-f]{32}", loop_uuid):
        hexes = loop_uuid
        return f"{hexes[:8]}-{hexes[8:12]}-{hexes[12:16]}-{hexes[16:20]}-{hexes[20:]}"
    if loop_uuid:
        return derived_uid("loop-habit", loop_uuid)
    from smallwins.core.validation import name_key  # noqa: PLC0415 - beside its one use

    return derived_uid("loop-habit-name", name_key(name))


def loop_uuid(uid: str) -> str:
    """Loop's 32-hex uuid of one of our habits: the same whenever exported."""
    return uid.replace("-", "")


def day_uid(habit: str, what: str, day: date) -> str:
    """The uid of a habit day's win, rest day or note that came from Loop."""
    return _day_uids(habit, what)(day.isoformat())


@functools.lru_cache(maxsize=256)
def _day_uids(habit: str, what: str) -> Callable[[str], str]:
    return uid_maker(habit, what)


def routine_name(reminder: time | None) -> str:
    if reminder is None:
        return NO_REMINDER_ROUTINE
    return f"{NO_REMINDER_ROUTINE} {reminder.hour:02d}:{reminder.minute:02d}"


def routine_for(reminder: time | None, weekdays: Iterable[int], routine_id: int) -> Routine:
    name = routine_name(reminder)
    at = NO_REMINDER_TIME if reminder is None else reminder
    days = sorted(set(weekdays)) or list(range(7))
    return Routine(
        id=routine_id,
        name=name,
        times=tuple((d, at) for d in days),
        uid=derived_uid("loop-routine", name),
    )


def win_instant(day: date, zone: tzinfo) -> tuple[datetime, int]:
    """When a Loop day's win happened, as far as we can tell: noon there, and its offset."""
    at = instant_of(day, WIN_AT, zone)
    return at, utc_offset_minutes(at, zone)


def make_win(
    habit: Habit, day: date, kind: WinKind, zone: tzinfo, at: tuple[datetime, int] | None = None
) -> Win:
    instant, offset = at or win_instant(day, zone)
    return Win(
        id=0,
        at_utc=instant,
        local_date=day,
        utc_offset_minutes=offset,
        source=WinSource.IMPORT,
        kind=kind,
        habit_id=habit.id,
        uid=day_uid(habit.uid, "win", day),
    )


def make_rest(habit: Habit, day: date) -> RestDay:
    return RestDay(id=0, day=day, habit_id=habit.id, uid=day_uid(habit.uid, "rest", day))


def make_note(habit: Habit, day: date, text: str) -> DayNote:
    return DayNote(habit_id=habit.id, day=day, text=text, uid=day_uid(habit.uid, "note", day))


def numeric_note(value: int, unit: str) -> str:
    amount = f"{value / 1000:.3f}".rstrip("0").rstrip(".")
    return f"{amount} {unit}".strip()


# --- from Loop's rows to a bundle (shared by the .db and the CSV readers) ------------------------


@dataclass(frozen=True)
class LoopHabit:
    """One habit as a Loop file holds it, its values checked."""

    name: str
    question: str = ""
    description: str = ""
    numerator: int = 1
    denominator: int = 1
    archived: bool = False
    reminder: time | None = None
    reminder_days: int = 127
    numeric: bool = False
    target_type: int = AT_LEAST
    target: float = 0.0
    unit: str = ""
    uuid: str | None = None


@dataclass(frozen=True)
class LoopEntry:
    """One day of a habit: Loop's value and note."""

    day: date
    value: int
    notes: str = ""


def assemble(
    habits: list[tuple[LoopHabit, list[LoopEntry]]], zone: tzinfo, first_day: date, source: str
) -> Bundle:
    """The bundle for Loop's habits (in Loop's order) with their entries.

    A habit begins on its first entry's day (Loop's scores start there too), or
    ``first_day`` (today) when it has none.
    """
    routines: dict[str, Routine] = {}
    routine_days: dict[str, set[int]] = {}
    made: list[Habit] = []
    instants: dict[date, tuple[datetime, int]] = {}  # the same days come for every habit
    wins: list[Win] = []
    rests: list[RestDay] = []
    notes: list[DayNote] = []
    for index, (loop_habit, entries) in enumerate(habits):
        reminder = loop_habit.reminder
        name = routine_name(reminder)
        days = weekdays_of_bits(loop_habit.reminder_days) if reminder else frozenset(range(7))
        routine_days.setdefault(name, set()).update(days or range(7))
        if name not in routines:
            routines[name] = routine_for(reminder, (), len(routines) + 1)
        habit = Habit(
            id=index + 1,
            action=loop_habit.name,
            routine_id=routines[name].id,
            position=index,
            schedule=schedule_of(loop_habit.numerator, loop_habit.denominator),
            created_on=min((e.day for e in entries), default=first_day),
            reminder=reminder is not None,
            archived=loop_habit.archived,
            uid=habit_uid(loop_habit.uuid, loop_habit.name),
            about=join_about(loop_habit.question, loop_habit.description),
        )
        made.append(habit)
        for entry in entries:
            note = entry.notes.strip()
            if loop_habit.numeric:
                if entry.value == SKIP:
                    rests.append(make_rest(habit, entry.day))
                elif entry.value >= 0:
                    amount = entry.value / 1000
                    met = (
                        amount >= loop_habit.target
                        if loop_habit.target_type == AT_LEAST
                        else amount <= loop_habit.target
                    )
                    if met:
                        wins.append(make_win(habit, entry.day, WinKind.FULL, zone))
                    value = numeric_note(entry.value, loop_habit.unit)
                    note = f"{value} — {note}" if note else value
            elif entry.value == YES_MANUAL:
                kind, note = kind_from_note(note) if note else (WinKind.FULL, "")
                at = instants.get(entry.day)
                if at is None:
                    at = instants[entry.day] = win_instant(entry.day, zone)
                wins.append(make_win(habit, entry.day, kind, zone, at))
            elif entry.value == SKIP:
                rests.append(make_rest(habit, entry.day))
            if note:
                notes.append(make_note(habit, entry.day, note))
    finished = tuple(
        Routine(
            id=r.id,
            name=r.name,
            times=tuple((d, r.times[0][1]) for d in sorted(routine_days[r.name])),
            uid=r.uid,
        )
        for r in routines.values()
    )
    return Bundle(
        origin=Origin.LOOP,
        source=source,
        routines=finished,
        habits=tuple(made),
        wins=tuple(wins),
        rest_days=tuple(rests),
        notes=tuple(notes),
    )


# --- from a bundle to Loop's rows (the .db writer) -----------------------------------------------


@dataclass(frozen=True)
class LoopRow:
    """One habit as Loop's Habits table holds it, and its Repetitions."""

    habit: Habit
    uuid: str
    question: str
    description: str
    numerator: int
    denominator: int
    reminder: time | None
    reminder_days: int
    entries: list[LoopEntry]


def _reminder(habit: Habit, routine: Routine | None) -> tuple[time | None, int]:
    """Loop's reminder of a habit: the routine's time on the habit's first day that has one,
    on every weekday the routine has a time and the habit may be due (Loop's bits)."""
    if not habit.reminder or routine is None:
        return None, 0
    due = [(d, at) for d, at in routine.times if d in habit.schedule.possible_weekdays]
    if not due:
        return None, 0
    bits = 0
    for weekday, _ in due:
        bits |= loop_weekday_bit(weekday)
    return due[0][1], bits


def loop_rows(bundle: Bundle) -> list[LoopRow]:
    routines = {r.id: r for r in bundle.routines}
    best: dict[int, dict[date, WinKind]] = {}
    for win in bundle.wins:
        if win.habit_id is None:
            continue
        days = best.setdefault(win.habit_id, {})
        earlier = days.get(win.local_date)
        if earlier is None or (earlier is WinKind.TINY and win.kind is not WinKind.TINY):
            days[win.local_date] = win.kind
    rest: dict[int | None, set[date]] = {}
    for r in bundle.rest_days:
        rest.setdefault(r.habit_id, set()).add(r.day)
    notes: dict[int, dict[date, str]] = {}
    for n in bundle.notes:
        notes.setdefault(n.habit_id, {})[n.day] = n.text
    rows: list[LoopRow] = []
    for habit in bundle.habits:
        reminder, bits = _reminder(habit, routines.get(habit.routine_id))
        question, description = split_about(habit.about)
        numerator, denominator = frequency_of(habit.schedule)
        won = best.get(habit.id, {})
        rested = rest.get(habit.id, set()) | rest.get(None, set())
        said = notes.get(habit.id, {})
        entries = []
        for day in sorted(set(won) | rested | set(said)):
            if day in won:
                entries.append(LoopEntry(day, YES_MANUAL, win_note(won[day], said.get(day))))
            elif day in rested:
                entries.append(LoopEntry(day, SKIP, said.get(day, "")))
            else:
                entries.append(LoopEntry(day, UNKNOWN, said[day]))
        rows.append(
            LoopRow(
                habit=habit,
                uuid=loop_uuid(habit.uid),
                question=question,
                description=description,
                numerator=numerator,
                denominator=denominator,
                reminder=reminder,
                reminder_days=bits,
                entries=entries,
            )
        )
    return rows
