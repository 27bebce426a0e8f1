"""Small Wins' own JSON: everything, versioned, re-importable.

One object: ``{"format": "smallwins", "version": 1, "exported_at": …, "purposes": […],
"steps": […], "routines": […], "habits": […], "wins": […], "rest_days": […], "notes": […],
"reviews": […], "settings": {…}, "focus": {…}}``. Records name each other by uid
("purpose": "<uid>"), never by the numbers this database gave them; dates are ``YYYY-MM-DD``,
instants ISO 8601 in UTC, clock times ``HH:MM``. A reader of version 1 ignores keys it does not
know (so later versions may add some) and refuses a file of a later version.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from smallwins.core.days import week_start
from smallwins.core.errors import UserError, translate
from smallwins.core.models import (
    WEEKDAY_NAMES,
    DayNote,
    FixedDays,
    Habit,
    Purpose,
    RestDay,
    Review,
    Routine,
    Step,
    StepState,
    Win,
    WinKind,
    WinSource,
)
from smallwins.core.validation import parse_colour, parse_schedule, schedule_spec
from smallwins.transfer.bundle import (
    ID_SETTINGS,
    Bundle,
    FileRefusedError,
    Origin,
    Written,
    at_line,
    at_path,
    refuse,
)
from smallwins.transfer.checks import MAX_REST_AHEAD, Place
from smallwins.transfer.safety import MAX_RECORDS, decode_text, display_name, read_bytes

FORMAT = "smallwins"
VERSION = 1
MAX_DIGITS = 18
MAX_SETTINGS = 1000

_KINDS = (
    "purposes",
    "steps",
    "routines",
    "habits",
    "wins",
    "rest_days",
    "notes",
    "reviews",
)


def _utc(instant: datetime) -> str:
    # Written for every win of an export: most are in UTC already, as the store keeps them.
    return (instant if instant.tzinfo is UTC else instant.astimezone(UTC)).isoformat()


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write the file through ``write`` into a temporary file beside ``path`` (private: mode
    0600), then put it in place at once: a failed export never leaves half a file (nor
    replaces a good one). A folder that is not there is refused, not made (a typing mistake
    would go unnoticed); a file that cannot be written is refused with the system's reason."""
    check_folder(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise not_written(path, error) from error
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        Path(temporary).unlink(missing_ok=True)
        raise not_written(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_folder(path: Path) -> None:
    """Refuse ``path`` when the folder it goes in is not there (nothing is made for it)."""
    if not path.parent.is_dir():
        missing = translate("UserError", "there is no folder {folder}")
        raise refuse(str(path), None, missing, folder=str(path.parent))


def not_written(path: Path, error: OSError | sqlite3.Error) -> FileRefusedError:
    """The refusal of an export that could not be written, with the system's reason."""
    reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return refuse(
        str(path), None, translate("UserError", "cannot be written ({reason})"), reason=reason
    )


class JsonWriter:
    name = "json"

    def __init__(self, exported_at: datetime) -> None:
        self.exported_at = exported_at

    def document(self, bundle: Bundle) -> dict[str, object]:
        uid_of = _UidMap(bundle)
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": _utc(self.exported_at),
            "purposes": [
                {
                    "uid": p.uid,
                    "name": p.name,
                    "why": p.why,
                    "colour": p.colour,
                    "archived": p.archived,
                }
                for p in bundle.purposes
            ],
            "steps": [
                {
                    "uid": s.uid,
                    "purpose": uid_of.purpose[s.purpose_id],
                    "text": s.text,
                    "position": s.position,
                    "state": s.state.value,
                    "parent": None if s.parent_id is None else uid_of.step[s.parent_id],
                    "created_at": None if s.created_at is None else _utc(s.created_at),
                }
                for s in bundle.steps
            ],
            "routines": [
                {
                    "uid": r.uid,
                    "name": r.name,
                    "times": {
                        WEEKDAY_NAMES[d]: f"{at.hour:02d}:{at.minute:02d}" for d, at in r.times
                    },
                }
                for r in bundle.routines
            ],
            "habits": [
                {
                    "uid": h.uid,
                    "action": h.action,
                    "routine": uid_of.routine[h.routine_id],
                    "position": h.position,
                    "days": schedule_spec(h.schedule),
                    "created_on": h.created_on.isoformat(),
                    "tiny": h.tiny,
                    "about": h.about,
                    "purpose": None if h.purpose_id is None else uid_of.purpose[h.purpose_id],
                    "reminder": h.reminder,
                    "archived": h.archived,
                }
                for h in bundle.habits
            ],
            "wins": [
                {
                    "uid": w.uid,
                    "at": _utc(w.at_utc),
                    "date": w.local_date.isoformat(),
                    "utc_offset_minutes": w.utc_offset_minutes,
                    # StrEnum members are strings: written as their values.
                    "source": w.source,
                    "kind": w.kind,
                    "habit": None if w.habit_id is None else uid_of.habit[w.habit_id],
                    "step": None if w.step_id is None else uid_of.step[w.step_id],
                }
                for w in bundle.wins
            ],
            "rest_days": [
                {
                    "uid": r.uid,
                    "date": r.day.isoformat(),
                    "habit": None if r.habit_id is None else uid_of.habit[r.habit_id],
                }
                for r in bundle.rest_days
            ],
            "notes": [
                {
                    "uid": n.uid,
                    "habit": uid_of.habit[n.habit_id],
                    "date": n.day.isoformat(),
                    "text": n.text,
                }
                for n in bundle.notes
            ],
            "reviews": [
                {
                    "uid": r.uid,
                    "week": r.week,
                    "helped": r.helped,
                    "in_the_way": r.in_the_way,
                    "focus_purpose": None
                    if r.focus_purpose_id is None
                    else uid_of.purpose[r.focus_purpose_id],
                    "focus_step": None if r.focus_step_id is None else uid_of.step[r.focus_step_id],
                    "saved_at": None if r.saved_at is None else _utc(r.saved_at),
                }
                for r in bundle.reviews
            ],
            "settings": dict(sorted(bundle.settings.items())),
            "focus": dict(sorted(bundle.focus.items())),
        }

    def write(self, bundle: Bundle, path: Path, zone: tzinfo) -> Written:
        text = dump_lines(self.document(bundle))

        def write(temporary: Path) -> None:
            temporary.write_text(text + "\n", encoding="utf-8")

        write_atomically(path, write)
        return Written(
            path=path,
            habits=len(bundle.habits),
            wins=len(bundle.wins),
            rest_days=len(bundle.rest_days),
            records=bundle.size,
        )


def dump_lines(document: dict[str, object]) -> str:
    """The document as JSON with a line for each top-level key and each record: readable and
    diffable, and written by the fast C encoder (``indent`` would take the slow one)."""

    dumps = _encoder()
    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n  ".join(map(dumps, value))
            lines.append(f"{dumps(key)}: [\n  {items}\n ]")
        else:
            lines.append(f"{dumps(key)}: {dumps(value)}")
    return "{\n " + ",\n ".join(lines) + "\n}"


def _encoder() -> Callable[[object], str]:
    """``json.dumps`` with ``ensure_ascii=False``, made once for every record of an export:
    ``JSONEncoder.encode`` builds a new C encoder on each call, which for 90 000 small records
    costs more than the encoding (a quarter of an export of years, measured)."""
    encoder = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)  # not in the typing stubs
    if make is None:  # an interpreter without the C accelerator
        return encoder.encode
    chunks = make(
        None,  # no check for cycles: a document is a tree
        encoder.default,
        json.encoder.encode_basestring,
        None,
        encoder.key_separator,
        encoder.item_separator,
        encoder.sort_keys,
        encoder.skipkeys,
        encoder.allow_nan,
    )
    return lambda value: "".join(chunks(value, 0))


class _UidMap:
    def __init__(self, bundle: Bundle) -> None:
        self.purpose = {p.id: p.uid for p in bundle.purposes}
        self.step = {s.id: s.uid for s in bundle.steps}
        self.routine = {r.id: r.uid for r in bundle.routines}
        self.habit = {h.id: h.uid for h in bundle.habits}


# --- reading ------------------------------------------------------------------------------------


class _RejectedError(ValueError):
    """A value the JSON parser must not take (NaN, a huge number, a key twice)."""

    def __init__(self, problem: str, text: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.text = text


def _no_constant(text: str) -> float:
    raise _RejectedError("constant", text)


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _RejectedError("number", text)
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or len(text) > 40:
        raise _RejectedError("number", text)
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RejectedError("key", key)
        result[key] = value
    return result


def parse_document(data: bytes, name: str) -> object:
    text = decode_text(data, name)
    try:
        return json.loads(
            text,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        raise refuse(
            name,
            at_line(error.lineno),
            translate("UserError", "not valid JSON: {reason} (column {column})"),
            reason=error.msg,
            column=error.colno,
        ) from None
    except RecursionError:
        raise refuse(name, None, translate("UserError", "the JSON is nested too deeply")) from None
    except _RejectedError as error:
        shown = error.text if len(error.text) <= 30 else error.text[:30] + "…"
        if error.problem == "constant":
            raise refuse(
                name,
                None,
                translate("UserError", "{value} is not a number JSON allows"),
                value=shown,
            ) from None
        if error.problem == "key":
            raise refuse(
                name,
                None,
                translate("UserError", "the key {key!r} is there twice in one object"),
                key=shown,
            ) from None
        raise refuse(
            name, None, translate("UserError", "the number {value} is too large"), value=shown
        ) from None


class JsonReader:
    name = "json"

    def can_read(self, path: Path) -> bool:
        try:
            with path.open("rb") as stream:
                head = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        except OSError:
            return False
        return head.startswith(b"{")

    def read(self, path: Path, today: date, zone: tzinfo) -> Bundle:
        name = display_name(path)
        document = parse_document(read_bytes(path), name)
        return _Document(name, today).bundle(document)


class _Document:
    """Turns a parsed document into a bundle, checking every value on the way."""

    def __init__(self, name: str, today: date) -> None:
        self.name = name
        self.today = today
        self.uids: dict[str, dict[str, int]] = {kind: {} for kind in _KINDS}

    def place(self, path: str) -> Place:
        return Place(self.name, at_path(path))

    def bundle(self, document: object) -> Bundle:
        top = self.place("$")
        if not isinstance(document, dict):
            raise top.refuse(translate("UserError", "{field} must be an object"), field="$")
        if document.get("format") != FORMAT:
            raise top.refuse(
                translate("UserError", 'this is not a Small Wins export (no "format": {format!r})'),
                format=FORMAT,
            )
        version = top.integer(document.get("version"), "version", 1)
        if version > VERSION:
            raise top.refuse(
                translate(
                    "UserError",
                    "it was written by a newer Small Wins (format version {version}; this one "
                    "reads up to {latest}); please update Small Wins",
                ),
                version=version,
                latest=VERSION,
            )
        lists = {kind: self.records(document, kind) for kind in _KINDS}
        # Uids first, so that a record may name one that comes later in the file.
        for kind in _KINDS:
            self.collect_uids(kind, lists[kind])
        purposes = tuple(self.purpose(i, r) for i, r in enumerate(lists["purposes"]))
        steps = tuple(self.step(i, r) for i, r in enumerate(lists["steps"]))
        self.check_step_tree(steps)
        routines = tuple(self.routine(i, r) for i, r in enumerate(lists["routines"]))
        habits = tuple(self.habit(i, r) for i, r in enumerate(lists["habits"]))
        wins = tuple(self.win(i, r) for i, r in enumerate(lists["wins"]))
        rests = tuple(self.rest(i, r) for i, r in enumerate(lists["rest_days"]))
        notes = tuple(self.note(i, r) for i, r in enumerate(lists["notes"]))
        reviews = tuple(self.review(i, r) for i, r in enumerate(lists["reviews"]))
        self.check_unique_names("purposes", [p.name for p in purposes])
        self.check_unique_names("routines", [r.name for r in routines])
        self.check_unique_names("habits", [h.action for h in habits])
        self.check_unique_keys("rest_days", [(r.day, r.habit_id) for r in rests])
        self.check_unique_keys("notes", [(n.habit_id, n.day) for n in notes])
        self.check_unique_keys("reviews", [r.week for r in reviews])
        settings, focus = self.settings(document)
        return Bundle(
            origin=Origin.SMALLWINS,
            source=self.name,
            purposes=purposes,
            steps=steps,
            routines=routines,
            habits=habits,
            wins=wins,
            rest_days=rests,
            notes=notes,
            reviews=reviews,
            settings=settings,
            focus=focus,
        )

    def records(self, document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
        value = document.get(kind, [])
        place = self.place(kind)
        if not isinstance(value, list):
            raise place.refuse(translate("UserError", "{field} must be a list"), field=kind)
        if len(value) > MAX_RECORDS:
            raise place.refuse(
                translate("UserError", "too many records ({count}; at most {limit})"),
                count=len(value),
                limit=MAX_RECORDS,
            )
        for index, record in enumerate(value):
            if not isinstance(record, dict):
                raise self.place(f"{kind}[{index}]").refuse(
                    translate("UserError", "{field} must be an object"), field=f"{kind}[{index}]"
                )
        return value

    def collect_uids(self, kind: str, records: list[dict[str, Any]]) -> None:
        seen = self.uids[kind]
        for index, record in enumerate(records):
            place = self.place(f"{kind}[{index}].uid")
            uid = place.uid(record.get("uid"))
            if uid in seen:
                raise place.refuse(
                    translate("UserError", "the uid {uid} is there twice (also {kind}[{other}])"),
                    uid=uid,
                    kind=kind,
                    other=seen[uid] - 1,
                )
            seen[uid] = index + 1  # the bundle's id of the record

    def ref(self, record: dict[str, Any], key: str, kind: str, path: str) -> int | None:
        value = record.get(key)
        if value is None:
            return None
        place = self.place(f"{path}.{key}")
        uid = place.uid(value, key)
        found = self.uids[kind].get(uid)
        if found is None:
            raise place.refuse(
                translate("UserError", "{field} refers to {uid}, which is not among the {kind}"),
                field=key,
                uid=uid,
                kind=kind,
            )
        return found

    def required_ref(self, record: dict[str, Any], key: str, kind: str, path: str) -> int:
        found = self.ref(record, key, kind, path)
        if found is None:
            raise self.place(f"{path}.{key}").refuse(
                translate("UserError", "{field} is missing"), field=key
            )
        return found

    def purpose(self, index: int, r: dict[str, Any]) -> Purpose:
        path = f"purposes[{index}]"
        p = self.place(path)
        colour = p.optional_text(r.get("colour"), "colour")
        if colour is not None:
            try:
                colour = parse_colour(colour)
            except UserError as error:
                raise p.wrap(error) from None
        return Purpose(
            id=index + 1,
            name=p.text(r.get("name"), "name"),
            why=p.optional_text(r.get("why"), "why", limit=1000),
            colour=colour,
            archived=p.boolean(r.get("archived", False), "archived"),
            uid=r["uid"],
        )

    def step(self, index: int, r: dict[str, Any]) -> Step:
        path = f"steps[{index}]"
        p = self.place(path)
        created = r.get("created_at")
        return Step(
            id=index + 1,
            purpose_id=self.required_ref(r, "purpose", "purposes", path),
            text=p.text(r.get("text"), "text"),
            position=p.integer(r.get("position", 0), "position", 0, 10**9),
            state=p.choice(r.get("state", "open"), "state", StepState),
            parent_id=self.ref(r, "parent", "steps", path),
            created_at=None if created is None else p.instant(created, "created_at", self.today),
            uid=r["uid"],
        )

    def check_step_tree(self, steps: tuple[Step, ...]) -> None:
        parents = {s.id: s.parent_id for s in steps}
        for step in steps:
            seen = {step.id}
            current = step.parent_id
            while current is not None:
                if current in seen:
                    raise self.place(f"steps[{step.id - 1}].parent").refuse(
                        translate("UserError", "the steps' parents go round in a circle")
                    )
                seen.add(current)
                current = parents.get(current)

    def routine(self, index: int, r: dict[str, Any]) -> Routine:
        path = f"routines[{index}]"
        p = self.place(path)
        times = r.get("times", {})
        if not isinstance(times, dict):
            raise p.refuse(translate("UserError", "{field} must be an object"), field="times")
        parsed = []
        for day, at in times.items():
            if day not in WEEKDAY_NAMES:
                raise self.place(f"{path}.times").refuse(
                    translate("UserError", "{value!r} is not a weekday (mon … sun)"), value=day
                )
            parsed.append(
                (WEEKDAY_NAMES.index(day), self.place(f"{path}.times.{day}").clock(at, day))
            )
        return Routine(
            id=index + 1,
            name=p.text(r.get("name"), "name"),
            times=tuple(sorted(parsed)),
            uid=r["uid"],
        )

    def habit(self, index: int, r: dict[str, Any]) -> Habit:
        path = f"habits[{index}]"
        p = self.place(path)
        days = p.text(r.get("days"), "days", limit=100)
        try:
            schedule = parse_schedule(days)
        except UserError as error:
            raise self.place(f"{path}.days").wrap(error) from None
        if isinstance(schedule, FixedDays) and not schedule.weekdays:
            raise self.place(f"{path}.days").refuse(
                translate("UserError", "{field} names no weekday"), field="days"
            )
        return Habit(
            id=index + 1,
            action=p.text(r.get("action"), "action"),
            routine_id=self.required_ref(r, "routine", "routines", path),
            position=p.integer(r.get("position", 0), "position", 0, 10**9),
            schedule=schedule,
            created_on=p.day(r.get("created_on"), "created_on", self.today),
            tiny=p.optional_text(r.get("tiny"), "tiny"),
            purpose_id=self.ref(r, "purpose", "purposes", path),
            reminder=p.boolean(r.get("reminder", True), "reminder"),
            archived=p.boolean(r.get("archived", False), "archived"),
            uid=r["uid"],
            about=p.optional_text(r.get("about"), "about", limit=5000, multiline=True),
        )

    def win(self, index: int, r: dict[str, Any]) -> Win:
        path = f"wins[{index}]"
        p = self.place(path)
        habit_id = self.ref(r, "habit", "habits", path)
        step_id = self.ref(r, "step", "steps", path)
        if (habit_id is None) == (step_id is None):
            raise p.refuse(translate("UserError", "a win is of one habit or one step"))
        return Win(
            id=index + 1,
            at_utc=p.instant(r.get("at"), "at", self.today),
            local_date=p.day(r.get("date"), "date", self.today),
            utc_offset_minutes=p.integer(
                r.get("utc_offset_minutes"), "utc_offset_minutes", -18 * 60, 18 * 60
            ),
            source=p.choice(r.get("source", "history"), "source", WinSource),
            kind=p.choice(r.get("kind", "full"), "kind", WinKind),
            habit_id=habit_id,
            step_id=step_id,
            uid=r["uid"],
        )

    def rest(self, index: int, r: dict[str, Any]) -> RestDay:
        path = f"rest_days[{index}]"
        p = self.place(path)
        return RestDay(
            id=index + 1,
            day=p.day(r.get("date"), "date", self.today, MAX_REST_AHEAD),
            habit_id=self.ref(r, "habit", "habits", path),
            uid=r["uid"],
        )

    def note(self, index: int, r: dict[str, Any]) -> DayNote:
        path = f"notes[{index}]"
        p = self.place(path)
        return DayNote(
            habit_id=self.required_ref(r, "habit", "habits", path),
            day=p.day(r.get("date"), "date", self.today),
            text=p.text(r.get("text"), "text", limit=1000, multiline=True),
            uid=r["uid"],
        )

    def review(self, index: int, r: dict[str, Any]) -> Review:
        path = f"reviews[{index}]"
        p = self.place(path)
        week = p.text(r.get("week"), "week", limit=10)
        try:
            monday = week_start(week)
        except UserError as error:
            raise self.place(f"{path}.week").wrap(error) from None
        p.check_day(monday, "week", self.today)
        saved = r.get("saved_at")
        return Review(
            id=index + 1,
            week=week,
            helped=p.long_text(r.get("helped", ""), "helped"),
            in_the_way=p.long_text(r.get("in_the_way", ""), "in_the_way"),
            focus_purpose_id=self.ref(r, "focus_purpose", "purposes", path),
            focus_step_id=self.ref(r, "focus_step", "steps", path),
            saved_at=None if saved is None else p.instant(saved, "saved_at", self.today),
            uid=r["uid"],
        )

    def check_unique_names(self, kind: str, names: Iterable[str]) -> None:
        from smallwins.core.validation import name_key  # noqa: PLC0415 - beside its use

        seen: dict[str, int] = {}
        for index, name in enumerate(names):
            key = name_key(name)
            if key in seen:
                raise self.place(f"{kind}[{index}]").refuse(
                    translate(
                        "UserError", "the name {name!r} is there twice (also {kind}[{other}])"
                    ),
                    name=name,
                    kind=kind,
                    other=seen[key],
                )
            seen[key] = index

    def check_unique_keys(self, kind: str, keys: Iterable[object]) -> None:
        seen: dict[object, int] = {}
        for index, key in enumerate(keys):
            if key in seen:
                raise self.place(f"{kind}[{index}]").refuse(
                    translate("UserError", "the same day is there twice (also {kind}[{other}])"),
                    kind=kind,
                    other=seen[key],
                )
            seen[key] = index

    def settings(self, document: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
        settings = document.get("settings", {})
        place = self.place("settings")
        if not isinstance(settings, dict):
            raise place.refuse(
                translate("UserError", "{field} must be an object"), field="settings"
            )
        if len(settings) > MAX_SETTINGS:
            raise place.refuse(
                translate("UserError", "too many records ({count}; at most {limit})"),
                count=len(settings),
                limit=MAX_SETTINGS,
            )
        plain: dict[str, str] = {}
        for key, value in settings.items():
            where = self.place(f"settings.{key}"[:80])
            where.text(key, "key", limit=200)
            if key in ID_SETTINGS:
                continue
            plain[key] = where.long_text(value, key)
        focus_value = document.get("focus", {})
        if not isinstance(focus_value, dict):
            raise self.place("focus").refuse(
                translate("UserError", "{field} must be an object"), field="focus"
            )
        focus: dict[str, str] = {}
        for key, value in focus_value.items():
            if key not in ID_SETTINGS or value is None:
                continue
            kind = "steps" if key == "focused_step_id" else "purposes"
            found = self.ref(focus_value, key, kind, "focus")
            if found is not None:
                focus[key] = value
        return plain, focus


__all__ = [
    "FileRefusedError",
    "JsonReader",
    "JsonWriter",
    "check_folder",
    "not_written",
    "write_atomically",
]
