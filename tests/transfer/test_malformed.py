"""A corpus of malformed and hostile files, made here: every one is refused with a message that
names the file, the place and the problem, and the data stay exactly as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.transfer import loopfiles as lf
from tests.transfer.helpers import TODAY, Cli

U1 = "11111111-1111-4111-8111-111111111111"
U2 = "22222222-2222-4222-8222-222222222222"
U3 = "33333333-3333-4333-8333-333333333333"


def _document(**changes: Any) -> dict[str, Any]:
    """A small, valid export; ``changes`` replace its top-level keys."""
    document: dict[str, Any] = {
        "format": "smallwins",
        "version": 1,
        "purposes": [{"uid": U1, "name": "Imported purpose", "archived": False}],
        "routines": [{"uid": U2, "name": "Imported routine", "times": {"mon": "08:00"}}],
        "habits": [
            {
                "uid": U3,
                "action": "Imported habit",
                "routine": U2,
                "position": 0,
                "days": "daily",
                "created_on": "2026-01-01",
                "purpose": U1,
            }
        ],
        "wins": [
            {
                "uid": "44444444-4444-4444-8444-444444444444",
                "at": "2026-03-01T08:00:00+00:00",
                "date": "2026-03-01",
                "utc_offset_minutes": 60,
                "source": "cli",
                "kind": "full",
                "habit": U3,
            }
        ],
    }
    document.update(changes)
    return document


def _with(path: str, value: Any) -> dict[str, Any]:
    """The valid document with one value changed (``habits.0.days``); ``...``: removed."""
    document = _document()
    keys = path.split(".")
    target: Any = document
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last: Any = int(keys[-1]) if isinstance(target, list) else keys[-1]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return document


def _json(document: object) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "bad.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    return make


def _text(text: str | bytes, name: str = "bad.json") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return path

    return make


def _sparse(folder: Path) -> Path:
    path = folder / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # 2 GB, sparse: nothing is written
    return path


def _loop_db(
    habits: list[lf.Habit] | None = None, version: int = 25, then: str = ""
) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = lf.write_db(
            folder / "bad.db", habits if habits is not None else [_meditate()], version
        )
        if then:
            db = sqlite3.connect(path)
            try:
                db.executescript(then)
            finally:
                db.close()
        return path

    return make


def _meditate(**changes: Any) -> lf.Habit:
    habit = lf.Habit("Meditate", uuid="0123456789abcdef0123456789abcdef")
    habit.entries[TODAY.replace(day=1)] = (lf.YES_MANUAL, "")
    for key, value in changes.items():
        setattr(habit, key, value)
    return habit


def _damaged(folder: Path) -> Path:
    path = _loop_db([_meditate()] * 1)(folder)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree is garbage
    path.write_bytes(bytes(data))
    return path


def _zip(entries: dict[str, bytes], name: str = "bad.zip") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry, data in entries.items():
                archive.writestr(entry, data)
        return path

    return make


def _loop_csv(habits: str, checkmarks: str | bytes) -> Callable[[Path], Path]:
    data = checkmarks if isinstance(checkmarks, bytes) else checkmarks.encode("utf-8")
    return _zip({"Habits.csv": habits.encode("utf-8"), "001 Meditate/Checkmarks.csv": data})


HABITS_CSV = (
    "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,"
    "Unit,Target Type,Target Value,Archived?\n001,Meditate,YES_NO,,,1,1,#FF8F00,,,,false\n"
)


def _bomb(folder: Path) -> Path:
    path = folder / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Habits.csv", HABITS_CSV)
        with archive.open("001 Meditate/Checkmarks.csv", "w") as entry:
            block = b"\0" * (1024 * 1024)
            for _ in range(80):  # 80 MB of zeros, some 80 KB packed
                entry.write(block)
    return path


def _encrypted(folder: Path) -> Path:
    path = _zip({"Habits.csv": HABITS_CSV.encode()})(folder)
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag in the local header and in the central directory.
    data[6] |= 1
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    path.write_bytes(bytes(data))
    return path


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], Path]
    says: str  # in the message: the problem
    where: str = ""  # in the message: the place
    format: str | None = None


DEEP = "[" * 100_000 + "]" * 100_000
CASES: dict[str, Case] = {
    # --- JSON: syntax and numbers
    "empty file": Case(_text(""), "not valid JSON", "line 1"),
    "bad JSON": Case(
        _text('{"format": "smallwins",\n "version": 1,,}'), "not valid JSON", "line 2"
    ),
    "truncated JSON": Case(_text(json.dumps(_document())[:-20]), "not valid JSON", "line 1"),
    "NaN": Case(
        _text('{"format": "smallwins", "version": NaN}'), "NaN is not a number JSON allows"
    ),
    "Infinity": Case(_text('{"format": "smallwins", "version": -Infinity}'), "Infinity"),
    "huge integer": Case(
        _text('{"format": "smallwins", "version": 1' + "0" * 5000 + "}"), "too large"
    ),
    "huge float": Case(_text('{"format": "smallwins", "version": 1e999}'), "too large"),
    "deep nesting": Case(
        _text('{"format": "smallwins", "version": 1, "x": ' + DEEP + "}"), "nested too deeply"
    ),
    "duplicate key": Case(
        _text('{"format": "smallwins", "format": "other", "version": 1}'),
        "there twice in one object",
    ),
    "not UTF-8": Case(_text(b'{"format": "smallwins",\n"x": "\xff\xfe"}'), "not UTF-8", "line 2"),
    "not an object": Case(_json([1, 2, 3]), "must be an object", "$"),
    "another format": Case(_json(_document(format="loop")), "not a Small Wins export"),
    "newer version": Case(_json(_document(version=2)), "newer Small Wins", "$"),
    "version as text": Case(_json(_document(version="1")), "version must be a whole number"),
    # --- JSON: wrong types and values
    "wins not a list": Case(_json(_document(wins={"a": 1})), "wins must be a list", "wins"),
    "record not an object": Case(_json(_document(wins=["win"])), "must be an object", "wins[0]"),
    "name a number": Case(
        _json(_with("habits.0.action", 42)), "action must be a text", "habits[0]"
    ),
    "empty name": Case(_json(_with("purposes.0.name", "   ")), "name is empty", "purposes[0]"),
    "bidi in name": Case(
        _json(_with("habits.0.action", "Read\u202eevil")), "direction-changing", "habits[0]"
    ),
    "control char": Case(
        _json(_with("purposes.0.name", "Bell\x07")), "control character", "purposes[0]"
    ),
    "archived as text": Case(
        _json(_with("purposes.0.archived", "yes")), "archived must be true or false"
    ),
    "bad schedule": Case(
        _json(_with("habits.0.days", "fortnightly")), "unknown weekday", "habits[0].days"
    ),
    "bad quota": Case(_json(_with("habits.0.days", "9/7")), "between 1 and P", "habits[0].days"),
    "bad time": Case(
        _json(_with("routines.0.times", {"mon": "25:00"})), "25:00", "routines[0].times.mon"
    ),
    "bad weekday": Case(_json(_with("routines.0.times", {"funday": "08:00"})), "not a weekday"),
    "bad kind": Case(_json(_with("wins.0.kind", "huge")), "kind 'huge' is not one of", "wins[0]"),
    "offset too large": Case(
        _json(_with("wins.0.utc_offset_minutes", 100_000)), "utc_offset_minutes is 100000"
    ),
    "position negative": Case(_json(_with("habits.0.position", -1)), "position is -1"),
    "win of nothing": Case(_json(_with("wins.0.habit", None)), "one habit or one step", "wins[0]"),
    "missing created_on": Case(
        _json(_with("habits.0.created_on", ...)), "created_on must be a date", "habits[0]"
    ),
    "bad uid": Case(_json(_with("habits.0.uid", "not-a-uid")), "is not a uid", "habits[0].uid"),
    # --- JSON: references, duplicates, dates
    "unknown habit": Case(
        _json(_with("wins.0.habit", "55555555-5555-4555-8555-555555555555")),
        "not among the habits",
        "wins[0].habit",
    ),
    "unknown routine": Case(
        _json(_with("habits.0.routine", U1)), "not among the routines", "habits[0].routine"
    ),
    "duplicate uid": Case(
        _json(_document(purposes=[{"uid": U1, "name": "A"}, {"uid": U1, "name": "B"}])),
        "there twice",
        "purposes[1].uid",
    ),
    "duplicate name": Case(
        _json(_document(purposes=[{"uid": U1, "name": "Same"}, {"uid": U2, "name": "SAME"}])),
        "'SAME' is there twice",
        "purposes[1]",
    ),
    "duplicate rest day": Case(
        _json(
            _document(
                rest_days=[{"uid": U1, "date": "2026-03-01"}, {"uid": U2, "date": "2026-03-01"}]
            )
        ),
        "same day is there twice",
        "rest_days[1]",
    ),
    "step circle": Case(
        _json(
            _document(
                steps=[
                    {"uid": U1, "purpose": U1, "text": "a", "parent": U2},
                    {"uid": U2, "purpose": U1, "text": "b", "parent": U1},
                ]
            )
        ),
        "go round in a circle",
    ),
    "future win": Case(_json(_with("wins.0.date", "2099-01-01")), "in the future", "wins[0]"),
    "win before 2000": Case(
        _json(_with("wins.0.date", "1999-12-31")), "days start in 2000", "wins[0]"
    ),
    "not a real date": Case(
        _json(_with("wins.0.date", "2026-02-30")), "not a real date", "wins[0]"
    ),
    "instant without offset": Case(
        _json(_with("wins.0.at", "2026-03-01T08:00:00")), "has no UTC offset", "wins[0]"
    ),
    "future review week": Case(
        _json(_document(reviews=[{"uid": U1, "week": "2090-W01"}])), "in the future", "reviews[0]"
    ),
    "bad setting": Case(
        _json(_document(settings={"day_start_hour": "99"})),
        "'99' is not a valid value for day_start_hour",
    ),
    # --- size
    "2 GB file": Case(_sparse, "is too large (2048 MB"),
    # --- Loop .db
    "not SQLite": Case(
        _text(b"SQLite format 2\x00" + b"\x00" * 4000, "bad.db"),
        "neither a Loop Habit Tracker backup",
        format="loop",
    ),
    "damaged .db": Case(_damaged, "damaged or not a Loop backup", format="loop"),
    "truncated .db": Case(
        lambda f: _text(_loop_db()(f).read_bytes()[:1500], "cut.db")(f),
        "damaged or not a Loop backup",
        format="loop",
    ),
    "Loop version 21": Case(
        _loop_db(version=25, then="pragma user_version = 21;"), "schema version 21", format="loop"
    ),
    "Loop version 26": Case(
        _loop_db(then="pragma user_version = 26;"), "schema version 26", format="loop"
    ),
    "Habits is a view": Case(
        _loop_db(then="alter table Habits rename to H; create view Habits as select * from H;"),
        "has no table Habits",
        format="loop",
    ),
    "no Repetitions": Case(
        _loop_db(then="drop table Repetitions;"), "has no table Repetitions", format="loop"
    ),
    "missing column": Case(
        _loop_db(then="alter table Habits drop column freq_num;"),
        "has no column freq_num",
        format="loop",
    ),
    "unknown habit row": Case(
        _loop_db(
            then="insert into Repetitions (habit, timestamp, value) values (99, 1767225600000, 2);"
        ),
        "habit 99 is not in table Habits",
        "table Repetitions, row 2",
        format="loop",
    ),
    "timestamp not midnight": Case(
        _loop_db(
            [_meditate(entries={})],
            then="insert into Repetitions (habit, timestamp, value) values (1, 1767225600123, 2);",
        ),
        "not the start of a day",
        "table Repetitions, row 1",
        format="loop",
    ),
    "duplicate day": Case(
        _loop_db(
            [_meditate(entries={})],
            then="drop index idx_repetitions_habit_timestamp;"
            " insert into Repetitions (habit, timestamp, value)"
            " values (1, 1767225600000, 2), (1, 1767225600000, 3);",
        ),
        "same day is there twice",
        "row 2",
        format="loop",
    ),
    "strange value": Case(
        _loop_db(
            [_meditate(entries={})],
            then="insert into Repetitions (habit, timestamp, value) values (1, 1767225600000, 7);",
        ),
        "value 7 is not one Loop writes",
        format="loop",
    ),
    "future entry": Case(
        _loop_db(
            [_meditate(entries={})],
            then="insert into Repetitions (habit, timestamp, value) values (1, 4102444800000, 2);",
        ),
        "in the future",
        "table Repetitions, row 1",
        format="loop",
    ),
    "entry before 2000": Case(
        _loop_db(
            [_meditate(entries={})],
            then="insert into Repetitions (habit, timestamp, value) values (1, 0, 2);",
        ),
        "days start in 2000",
        format="loop",
    ),
    "zero frequency": Case(
        _loop_db([_meditate(num=0)]), "freq_num is 0", "table Habits, row 1", format="loop"
    ),
    "reminder hour 25": Case(
        _loop_db([_meditate(reminder=(25, 0))]), "reminder_hour is 25", format="loop"
    ),
    "name as a number": Case(
        _loop_db(then="update Habits set name = x'4142';"),
        "name must be a text",
        "table Habits, row 1",
        format="loop",
    ),
    "duplicate uuid": Case(
        _loop_db([_meditate(), _meditate(name="Other", entries={})]),
        "is there twice",
        "table Habits, row 2",
        format="loop",
    ),
    "huge text": Case(
        _loop_db(then="update Habits set description = hex(zeroblob(600000));"),
        "damaged or not a Loop backup",
        format="loop",
    ),
    # --- zips and Loop's CSV
    "not a zip": Case(
        _text(b"PK\x03\x04 this is no zip", "bad.zip"), "not a readable zip", format="loop"
    ),
    "zip bomb": Case(
        _bomb, "unpacks to more than 64 MB", "001 Meditate/Checkmarks.csv", format="loop"
    ),
    "path traversal": Case(
        _zip({"Habits.csv": HABITS_CSV.encode(), "../../evil.csv": b"x"}),
        "points outside",
        "'../../evil.csv'",
        format="loop",
    ),
    "absolute path": Case(_zip({"/etc/Habits.csv": b"x"}), "points outside", format="loop"),
    "backslash path": Case(_zip({"..\\evil\\Habits.csv": b"x"}), "points outside", format="loop"),
    "encrypted zip": Case(_encrypted, "is encrypted", format="loop"),
    "zip without Habits.csv": Case(
        _zip({"notes.txt": b"hello"}), "has no Habits.csv", format="loop"
    ),
    "CSV bad value": Case(
        _loop_csv(HABITS_CSV, "Date,Value,Notes\n2026-03-01,MAYBE,\n"),
        "Value 'MAYBE' is not one of",
        "line 2",
        format="loop",
    ),
    "CSV bad date": Case(
        _loop_csv(HABITS_CSV, "Date,Value\n2026-13-01,YES_MANUAL\n"),
        "not a real date",
        "line 2",
        format="loop",
    ),
    "CSV future date": Case(
        _loop_csv(HABITS_CSV, "Date,Value\n2099-01-01,YES_MANUAL\n"),
        "in the future",
        "line 2",
        format="loop",
    ),
    "CSV no value": Case(
        _loop_csv(HABITS_CSV, "Date,Value\n2026-03-01\n"),
        "Value is missing",
        "line 2",
        format="loop",
    ),
    "CSV duplicate day": Case(
        _loop_csv(HABITS_CSV, "Date,Value\n2026-03-01,YES_MANUAL\n2026-03-01,SKIP\n"),
        "same day is there twice",
        "line 3",
        format="loop",
    ),
    "CSV NUL byte": Case(
        _loop_csv(HABITS_CSV, b"Date,Value\n2026-03-01,YES\x00\n"),
        "Value 'YES\\x00' is not one of",
        "line 2",
        format="loop",
    ),
    "CSV bad quote": Case(
        _loop_csv(HABITS_CSV, 'Date,Value\n2026-03-01,"YES_MANUAL\n'),
        "not valid CSV",
        format="loop",
    ),
    "CSV zero frequency": Case(
        _loop_csv(HABITS_CSV.replace(",1,1,#", ",0,1,#"), "Date,Value\n"),
        "FrequencyNumerator is 0",
        "line 2",
        format="loop",
    ),
    "CSV bidi name": Case(
        _loop_csv(HABITS_CSV.replace("Meditate,", "Medi\u202etate,"), "Date,Value\n"),
        "direction-changing",
        "line 2",
        format="loop",
    ),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cli = Cli(tmp_path_factory.mktemp("template") / "data")
    cli.ok("purpose", "add", "Write a novel")
    cli.ok("habit", "add", "Read one page", "--after", "Morning coffee", "--at", "07:30")
    cli.ok("tick", "--habit", "Read one page", "--date", "2026-03-02")
    cli.ok("note", "--habit", "Read one page", "--date", "2026-03-02", "a good day")
    return cli.folder


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", list(CASES))
def test_a_malformed_file_is_refused_and_changes_nothing(
    name: str, template: Path, tmp_path: Path
) -> None:
    case = CASES[name]
    cli = Cli(tmp_path / "data")
    shutil.copytree(template, cli.folder)
    path = case.make(tmp_path)
    before = cli.dump()
    args = ["import", str(path)]
    if case.format:
        args += ["--format", case.format]
    result = cli(*args)
    assert result.code == 1, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    message = lines[0]
    assert message.startswith(f"smallwins: {path.name}"), message
    assert case.says in message, message
    assert case.where in message, message
    assert "Traceback" not in result.err
    assert cli.dump() == before


def test_a_hostile_backups_triggers_and_views_never_run(tmp_path: Path) -> None:
    """A trigger that would write, and a view in place of nothing we read: ignored."""
    path = _loop_db(
        then=(
            "create table Log (x text);"
            "create trigger spy after insert on Repetitions"
            " begin insert into Log values ('x'); end;"
            "create view Sneaky as select load_extension('evil');"
        )
    )(tmp_path)
    before = path.read_bytes()
    cli = Cli(tmp_path / "data")
    assert "habits: 1 added" in cli.ok("import", str(path)).out
    assert path.read_bytes() == before  # opened read-only


def test_the_transfer_package_needs_neither_qt_nor_peewee() -> None:
    code = (
        "import sys\n"
        "import smallwins.transfer.jsonformat, smallwins.transfer.loopdb, "
        "smallwins.transfer.loopcsv, smallwins.transfer.csvformat\n"
        "bad = [m for m in ('PySide6', 'peewee', 'playhouse', 'smallwins.storage', "
        "'smallwins.usecases') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
