"""The command line, run as a user runs it: a subprocess against a temporary data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from smallwins.system.instance import InstanceServer

ZONE = "Europe/Berlin"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, object]:
        data = json.loads(self.out)
        assert isinstance(data, dict)
        return data


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {
            k: v for k, v in os.environ.items() if not k.startswith(("SMALLWINS_", "FAKETIME"))
        }
        self.env["TZ"] = ZONE
        # English, whatever the machine's language (see test_the_command_line_speaks_german).
        for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            self.env.pop(name, None)
        self.env["LANG"] = "C.UTF-8"
        self.env["SMALLWINS_DATA_DIR"] = str(data_dir)

    def __call__(self, *args: str) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "smallwins", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def into_closed_pipe(self, *args: str) -> Result:
        """Run with stdout a pipe whose reader has gone (``smallwins ... | head -0``)."""
        reader, writer = os.pipe()
        os.close(reader)
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "smallwins", *args],
                env=self.env,
                stdout=writer,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
                check=False,
            )
        finally:
            os.close(writer)
        return Result(proc.returncode, "", proc.stderr)

    def with_output(self, output: str, *args: str) -> Result:
        """Run with stdout going where a script's may go: ``closed-pipe`` (``| head -c0``: a
        pipe whose reader has gone), or a shell redirection such as ``>&-`` (closed),
        ``>/dev/full`` (a full disk) or ``1</dev/null`` (open for reading only: EBADF)."""
        if output == "closed-pipe":
            return self.into_closed_pipe(*args)
        proc = subprocess.run(
            ["sh", "-c", f'exec "$0" -m smallwins "$@" {output}', sys.executable, *args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return Result(proc.returncode, "", proc.stderr)

    def ok(self, *args: str) -> Result:
        result = self(*args)
        assert result.code == 0, result.err
        return result

    def already(self, *args: str, says: str) -> Result:
        """A request already so (a retry): it says so on stdout, changes nothing, exits 0."""
        before = self.dump()
        result = self.ok(*args)
        assert says.lower() in result.out.lower(), result.out
        assert result.err == ""
        assert self.dump() == before
        return result

    def dump(self) -> list[str]:
        """Every row of the database, to prove a failed command changed nothing."""
        db = self.data_dir / "smallwins.db"
        if not db.exists():
            return []
        with sqlite3.connect(db) as conn:
            return list(conn.iterdump())

    def fails(self, *args: str, code: int = 1, says: str = "") -> Result:
        before = self.dump()
        result = self(*args)
        assert result.code == code, (result.code, result.out, result.err)
        if code == 1:
            lines = result.err.strip().splitlines()
            assert len(lines) == 1, result.err
            assert lines[0].startswith("smallwins: ")
        assert says.lower() in result.err.lower(), result.err
        assert self.dump() == before
        return result


def today() -> date:
    return datetime.now(ZoneInfo(ZONE)).date()


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


@pytest.fixture
def novel(cli: Cli) -> Cli:
    cli.ok("purpose", "add", "Write a novel", "--why", "stories matter to me")
    return cli


def test_empty_state_then_first_step_is_next(novel: Cli) -> None:
    assert novel.ok("next", "--json").json() == {
        "kind": None,
        "id": None,
        "text": None,
        "purpose": None,
    }
    novel.ok("step", "add", "Open the draft and write one sentence")
    novel.ok("step", "add", "Outline chapter two", "--purpose", "WRITE A NOVEL")
    nxt = novel.ok("next", "--json").json()
    assert nxt["kind"] == "step"
    assert nxt["text"] == "Open the draft and write one sentence"
    assert nxt["purpose"] == "Write a novel"
    assert "Open the draft" in novel.ok("next").out


def test_tick_records_win_and_moves_to_next_step(novel: Cli) -> None:
    novel.ok("step", "add", "one sentence")
    novel.ok("step", "add", "second sentence")
    out = novel.ok("tick").out
    assert "one sentence" in out
    status = novel.ok("status", "--json").json()
    assert status["wins_today"] == 1
    assert status["date"] == today().isoformat()
    assert status["next"] == {
        "kind": "step",
        "id": 2,
        "text": "second sentence",
        "purpose": "Write a novel",
    }
    assert status["purposes"] == [{"id": 1, "name": "Write a novel", "open_steps": 1}]
    novel.ok("undo")
    status = novel.ok("status", "--json").json()
    assert status["wins_today"] == 0
    assert status["next"]["text"] == "one sentence"  # type: ignore[index]


def test_shrink_puts_smaller_steps_first(novel: Cli) -> None:
    novel.ok("step", "add", "Write chapter one")
    novel.ok("step", "shrink", "1", "Open the file", "Write the first line")
    assert novel.ok("next", "--json").json()["text"] == "Open the file"
    novel.ok("tick")
    assert novel.ok("next", "--json").json()["text"] == "Write the first line"
    novel.ok("tick")
    assert novel.ok("next", "--json").json()["text"] == "Write chapter one"


def test_habit_status_history_and_streak(cli: Cli) -> None:
    cli.ok("purpose", "add", "Feel stronger")
    cli.ok(
        "habit",
        "add",
        "Do one push-up",
        "--after",
        "Morning coffee",
        "--at",
        "07:30",
        "--tiny",
        "Get into position",
        "--purpose",
        "feel stronger",
    )
    d = today()
    for back in (3, 2, 1):
        cli.ok(
            "tick", "--habit", "do one push-up", "--date", (d - timedelta(days=back)).isoformat()
        )
    cli.ok("tick", "--habit", "Do one push-up", "--tiny")
    status = cli.ok("status", "--json").json()
    habits = status["habits"]
    assert isinstance(habits, list)
    (habit,) = habits
    assert habit["name"] == "Do one push-up"
    assert habit["routine"] == "Morning coffee"
    assert habit["at"] == "07:30"
    assert habit["days"] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert habit["tiny"] == "Get into position"
    assert habit["purpose"] == "Feel stronger"
    assert habit["today"] == "tiny"
    assert habit["current_streak"] == 4
    assert habit["best_streak"] == 4
    assert 0 < habit["strength"] < 1
    history = cli.ok("history", "--habit", "Do one push-up", "--json").json()
    assert history["habit"] == "Do one push-up"
    days = history["days"]
    assert isinstance(days, list)
    assert [day["state"] for day in days] == ["done", "done", "done", "tiny"]
    assert [day["date"] for day in days] == sorted(day["date"] for day in days)
    strengths = [day["strength"] for day in days]
    assert strengths == sorted(strengths)
    assert strengths[-1] == habit["strength"]


def test_missed_day_bends_streak(cli: Cli) -> None:
    cli.ok("habit", "add", "Read one page", "--after", "Lunch", "--at", "12:30")
    d = today()
    for back in (5, 4, 2):
        cli.ok("tick", "--habit", "Read one page", "--date", (d - timedelta(days=back)).isoformat())
    history = cli.ok("history", "--habit", "Read one page", "--json").json()
    states = [day["state"] for day in history["days"]]  # type: ignore[union-attr]
    assert states == ["done", "done", "bent", "done", "missed", "pending"]
    (habit,) = cli.ok("status", "--json").json()["habits"]  # type: ignore[misc]
    assert habit["current_streak"] == 3


def test_rest_day_and_schedule(cli: Cli) -> None:
    cli.ok("habit", "add", "Stretch", "--after", "Brushing teeth", "--at", "22:00", "--days", "3/7")
    tomorrow = today() + timedelta(days=1)
    cli.ok("rest", "--habit", "Stretch", "--date", tomorrow.isoformat())
    schedule = cli.ok("schedule", "--days", "3", "--json").json()
    reminders = schedule["reminders"]
    assert isinstance(reminders, list)
    days = {datetime.fromisoformat(r["at"]).date() for r in reminders}
    assert tomorrow not in days
    for r in reminders:
        at = datetime.fromisoformat(r["at"])
        assert at.utcoffset() == at.astimezone(ZoneInfo(ZONE)).utcoffset()
        assert (at.hour, at.minute) == (22, 0)
        assert r["habit"] == "Stretch"
        assert r["routine"] == "Brushing teeth"


def test_review_json_shape(novel: Cli) -> None:
    novel.ok("step", "add", "one sentence")
    novel.ok("tick")
    week = today().isocalendar()
    review = novel.ok("review", "--json").json()
    assert review["week"] == f"{week[0]}-W{week[1]:02d}"
    assert review["wins"] == 1
    assert review["wins_last_week"] == 0
    per_day = review["per_day"]
    assert isinstance(per_day, list)
    assert len(per_day) == 7
    assert per_day[today().weekday()] == 1
    assert review["habits"] == []
    assert review["heavy"] == []
    assert review["steps_finished"] == ["one sentence"]


def test_data_dir_option_and_environment(tmp_path: Path, cli: Cli) -> None:
    other = tmp_path / "other"
    cli.ok("purpose", "add", "Env purpose")
    cli.ok("purpose", "add", "Flag purpose", "--data-dir", str(other))
    cli.ok("--data-dir", str(other), "step", "add", "flag step")
    assert "Env purpose" in cli.ok("purpose", "list").out
    flagged = cli.ok("purpose", "list", "--data-dir", str(other)).out
    assert "Flag purpose" in flagged
    assert "Env purpose" not in flagged
    assert (other / "smallwins.db").exists()
    assert other.stat().st_mode & 0o777 == 0o700
    assert (other / "smallwins.db").stat().st_mode & 0o777 == 0o600


LONG = "x" * 201
AFTER_COFFEE = ("--after", "Coffee", "--at", "07:30")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("purpose", "add", "write a NOVEL"), "already exists"),
        (("purpose", "add", "   "), "empty"),
        (("purpose", "add", LONG), "too long"),
        (("purpose", "add", "bad\x1bname"), "control character"),
        (("step", "add", "x", "--purpose", "Nope"), "no purpose named 'Nope'"),
        (("step", "add", ""), "empty"),
        (("step", "add", "tab\there"), "control character"),
        (("habit", "add", "Read", *AFTER_COFFEE[:2], "--at", "25:99"), "25:99"),
        (("habit", "add", "Read", *AFTER_COFFEE[:2], "--at", "7h30"), "HH:MM"),
        (("habit", "add", "Read", *AFTER_COFFEE, "--days", "funday"), "funday"),
        (("habit", "add", "Read", *AFTER_COFFEE, "--days", "0/7"), "N must"),
        (("habit", "add", "Read", *AFTER_COFFEE, "--days", "3/99"), "P must"),
        (("habit", "add", "Read", *AFTER_COFFEE, "--purpose", "X"), "no purpose"),
        (("habit", "add", "Read", "--after", LONG, "--at", "07:30"), "too long"),
        (("tick", "--habit", "Nobody"), "no habit named 'Nobody'"),
        (("tick", "--habit", "Stretch", "--date", "2026-13-01"), "not a real date"),
        (("tick", "--habit", "Stretch", "--date", "26-1-1"), "YYYY-MM-DD"),
        (("tick", "--habit", "Stretch", "--date", "2999-01-01"), "in the future"),
        (("tick", "--step", "99"), "no step with id 99"),
        (("rest", "--habit", "Stretch", "--date", "yesterday"), "YYYY-MM-DD"),
        (("history", "--habit", "Nobody"), "no habit named"),
        (("history", "--habit", "Stretch", "--from", "2999-01-01"), "in the future"),
        (("review", "--week", "2026-W99"), "ISO week"),
        (("review", "--week", "last"), "ISO week"),
        (("review", "--week", "10000-W01"), "ISO week"),
        # No day before 2000-01-01: a tick in year 1 made history slow and huge.
        (("tick", "--habit", "Stretch", "--date", "0001-01-01"), "'0001-01-01' is before 2000"),
        (("tick", "--habit", "Stretch", "--date", "1999-12-31"), "is before 2000-01-01"),
        (("rest", "--habit", "Stretch", "--date", "1999-12-31"), "is before 2000-01-01"),
        (("history", "--habit", "Stretch", "--from", "0001-01-01"), "is before 2000-01-01"),
        (("note", "--habit", "Stretch", "--date", "1999-12-31", "x"), "is before 2000-01-01"),
        (("review", "--week", "0001-W01"), "'0001-W01' is before 2000-01-01"),
        (("review", "--week", "1999-W52"), "is before 2000-01-01"),
        # Ids beyond 64 bits: the usual refusal, no OverflowError.
        (("tick", "--step", "99999999999999999999999"), "no step with id 99999999999999999999999"),
        (("step", "done", "9223372036854775808"), "no step with id 9223372036854775808"),
        (("step", "edit", "18446744073709551616", "x"), "no step with id"),
        (("habit", "edit", "99999999999999999999999", "--tiny", "x"), "no habit with id"),
        (("habit", "archive", "99999999999999999999999"), "no habit with id"),
        (("step", "add", "zero\u200bwidth"), "invisible or direction-changing"),
        (("purpose", "add", "\u202eesrever"), "invisible or direction-changing"),
    ],
)
def test_bad_input_exits_1_and_changes_nothing(
    novel: Cli, args: tuple[str, ...], says: str
) -> None:
    novel.ok("habit", "add", "Stretch", "--after", "Coffee", "--at", "07:00")
    novel.fails(*args, says=says)


def test_duplicate_habit_win_rest_and_undo(cli: Cli) -> None:
    cli.ok("habit", "add", "Stretch", "--after", "Coffee", "--at", "07:00")
    cli.fails("habit", "add", "STRETCH", "--after", "Tea", "--at", "08:00", says="already exists")
    yesterday = (today() - timedelta(days=1)).isoformat()
    cli.ok("tick", "--habit", "Stretch", "--date", yesterday)
    cli.already("tick", "--habit", "stretch", "--date", yesterday, says="already done")
    cli.fails("rest", "--habit", "Stretch", "--date", yesterday, says="already has a win")
    tomorrow = (today() + timedelta(days=1)).isoformat()
    cli.ok("rest", "--habit", "Stretch", "--date", tomorrow)
    cli.already("rest", "--habit", "Stretch", "--date", tomorrow, says="already a rest day")
    cli.ok("undo")
    cli.fails("undo", says="no win to undo")


def test_tick_and_rest_are_idempotent_for_the_same_target_and_day(novel: Cli) -> None:
    """A retry of a tick or a rest day that went through says so, changes nothing, exits 0."""
    novel.ok("habit", "add", "Stretch", "--after", "Coffee", "--at", "07:00")
    novel.ok("step", "add", "Open the draft")
    novel.ok("tick", "--habit", "Stretch")
    novel.already("tick", "--habit", "Stretch", says=f"'Stretch' is already done on {today()}")
    novel.already("tick", "--habit", "STRETCH", "--tiny", says="already done")
    novel.ok("tick", "--step", "1")
    novel.already("tick", "--step", "1", says="step 1 is already done")
    novel.already("step", "done", "1", says="step 1 is already done")
    day = (today() + timedelta(days=2)).isoformat()
    novel.ok("rest", "--habit", "Stretch", "--date", day)
    novel.already("rest", "--habit", "stretch", "--date", day, says="already a rest day")
    assert novel.ok("status", "--json").json()["wins_today"] == 2


def test_a_name_is_one_however_it_is_typed(cli: Cli) -> None:
    """NFC and case folding: "Café" typed as one character or as e + accent, and "CAFÉ", name
    one purpose, habit and routine; the name is kept as NFC."""
    nfc, nfd = "Caf\u00e9", "Cafe\u0301"
    cli.ok("purpose", "add", nfd)
    cli.fails("purpose", "add", nfc, says=f"a purpose named '{nfc}' already exists")
    cli.fails("purpose", "add", "CAF\u00c9", says="already exists")
    assert cli.ok("purpose", "list", "--json").json()["purposes"][0]["name"] == nfc  # type: ignore[index]
    cli.ok("step", "add", "Grind the beans", "--purpose", "caf\u00e9")
    cli.ok("habit", "add", f"Drink a {nfd}", "--after", f"Morning {nfd}", "--at", "07:30")
    cli.ok("habit", "add", "Stretch", "--after", "MORNING CAF\u00c9")  # joins that routine
    assert len(cli.ok("routine", "list", "--json").json()["routines"]) == 1  # type: ignore[arg-type]
    cli.fails("habit", "add", f"drink a {nfc}", "--after", "Tea", "--at", "08:00", says="exists")
    assert cli.ok("tick", "--habit", f"DRINK A {nfd}").out.startswith(f"✓ Drink a {nfc}")
    cli.already("tick", "--habit", f"drink a {nfc}", says="already done")
    history = cli.ok("history", "--habit", "drink a caf\u00c9", "--json").json()
    assert history["habit"] == f"Drink a {nfc}"


def test_history_costs_what_the_data_holds_not_the_range_asked(cli: Cli) -> None:
    cli.ok("habit", "add", "Stretch", "--after", "Coffee", "--at", "07:00")
    days = cli.ok("history", "--habit", "Stretch", "--from", "2000-01-01", "--json").json()["days"]
    assert [d["date"] for d in days] == [today().isoformat()]  # type: ignore[union-attr]


def test_nothing_to_tick(novel: Cli) -> None:
    novel.fails("tick", says="nothing to tick")


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("tick", "--habit", "A", "--step", "1"),
        ("tick", "--step", "abc"),
        ("habit", "add", "Read", "--at", "07:00"),
        ("rest", "--habit", "A"),
        ("schedule", "--days", "0"),
        ("status", "--bogus"),
        ("purpose",),
        ("show",),
        ("show", "calendar"),
        ("show", "widget", "settings"),
    ],
)
def test_usage_errors_exit_2(cli: Cli, args: tuple[str, ...]) -> None:
    result = cli.fails(*args, code=2)
    assert "usage:" in result.err
    assert not (cli.data_dir / "smallwins.db").exists()


def test_help_exits_0(cli: Cli) -> None:
    result = cli.ok("--help")
    for command in ("purpose", "step", "habit", "next", "tick", "rest", "undo", "status"):
        assert command in result.out


def test_newer_database_is_refused_clearly(cli: Cli) -> None:
    cli.ok("purpose", "add", "P")
    with sqlite3.connect(cli.data_dir / "smallwins.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    result = cli.fails("status", says="newer")
    assert "999" in result.err


def test_show_without_a_running_app_exits_1(cli: Cli) -> None:
    cli.fails("show", "widget", says="Small Wins is not running (start it with: smallwins)")
    assert not cli.data_dir.exists()  # nothing created, nothing started


@pytest.mark.gui
@pytest.mark.parametrize("window", ["widget", "settings"])
def test_show_asks_the_running_app_of_that_data_folder(
    tmp_path: Path, cli: Cli, qtbot: QtBot, window: str
) -> None:
    # The app runs for a folder given relative to the command's working folder.
    folder = tmp_path / "relative"
    server = InstanceServer(folder)
    assert server.listen()
    other = InstanceServer(cli.data_dir)  # another data folder: its app must hear nothing
    assert other.listen()
    try:
        with qtbot.waitSignal(server.message_received, timeout=20_000) as blocker:
            show = subprocess.Popen(
                [sys.executable, "-m", "smallwins", "show", window, "--data-dir", "relative"],
                cwd=tmp_path,
                env=cli.env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            with qtbot.assertNotEmitted(other.message_received):
                qtbot.waitUntil(lambda: show.poll() is not None, timeout=20_000)
        out, err = show.communicate()
    finally:
        server.close()
        other.close()

    assert (show.returncode, out, err) == (0, "", "")
    assert blocker.args == [f"show {window}"]
    assert not (folder / "smallwins.db").exists()


def test_commands_other_than_show_do_not_load_qt(cli: Cli) -> None:
    """Qt takes a noticeable part of a second to load; only `show` needs it."""
    cli.ok("purpose", "add", "P")
    check = (
        "import sys\n"
        "from smallwins.cli import main\n"
        "assert main(['status', '--json']) == 0\n"
        "assert main(['step', 'add', 'one tiny step']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
        "assert main(['show', 'widget']) == 1\n"
        "assert ('PySide6.QtNetwork' in sys.modules) == (sys.platform == 'win32')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", check],
        env=cli.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_schedule_leaves_out_what_will_not_fire(cli: Cli) -> None:
    cli.ok("habit", "add", "Journal one line", "--after", "Brushing teeth", "--at", "23:59")
    tomorrow = today() + timedelta(days=1)

    def days() -> list[date]:
        reminders = cli.ok("schedule", "--days", "2", "--json").json()["reminders"]
        assert isinstance(reminders, list)
        return [datetime.fromisoformat(r["at"]).date() for r in reminders]

    assert days() in ([today(), tomorrow], [tomorrow])  # today's is gone after 23:59
    cli.ok("tick", "--habit", "Journal one line")
    assert days() == [tomorrow]
    cli.ok("rest", "--habit", "Journal one line", "--date", tomorrow.isoformat())
    assert days() == []


def test_a_closed_pipe_ends_a_question_quietly(novel: Cli) -> None:
    """``smallwins step list | head -0``: nothing changed, no message, exit status 141."""
    for n in range(3):
        novel.ok("step", "add", f"Write sentence {n}")
    for args in [("step", "list"), ("status", "--json"), ("--help",)]:
        assert novel.into_closed_pipe(*args) == Result(141, "", ""), args


# Where a script's output may go wrong: `| head -c0` (EPIPE), `>&-` and `1</dev/null` (EBADF),
# `>/dev/full` (ENOSPC).
OUTPUT_FAILURES = ["closed-pipe", ">&-", ">/dev/full", "1</dev/null"]
SAVED_NOT_SHOWN = 3


@pytest.mark.parametrize("output", OUTPUT_FAILURES)
def test_a_saved_change_whose_answer_cannot_be_printed_exits_3_never_1(
    novel: Cli, output: str
) -> None:
    novel.ok("habit", "add", "Stretch", "--after", "Coffee", "--at", "07:00")
    for args in [
        ("tick", "--habit", "Stretch"),
        ("step", "add", "Open the draft"),
        ("rest", "--habit", "Stretch", "--date", (today() + timedelta(days=1)).isoformat()),
    ]:
        result = novel.with_output(output, *args)
        assert result.code == SAVED_NOT_SHOWN, (args, result)
        assert result.err.startswith("smallwins: the change was saved, but its answer could not")
        assert len(result.err.splitlines()) == 1, result.err
    status = novel.ok("status", "--json").json()
    assert status["wins_today"] == 1
    assert status["next"]["text"] == "Open the draft"  # type: ignore[index]
    tomorrow = (today() + timedelta(days=1)).isoformat()
    novel.already("rest", "--habit", "Stretch", "--date", tomorrow, says="already a rest day")


@pytest.mark.parametrize("output", OUTPUT_FAILURES[1:])
def test_a_question_whose_answer_cannot_be_printed_exits_1(novel: Cli, output: str) -> None:
    before = novel.dump()
    result = novel.with_output(output, "status", "--json")
    assert result.code == 1
    assert result.err.startswith("smallwins: the answer could not be printed (")
    assert len(result.err.splitlines()) == 1
    assert novel.dump() == before
    # A refusal before anything was saved stays 1, however the output is.
    refused = novel.with_output(output, "tick", "--habit", "Nobody")
    assert refused.code == 1
    assert "no habit named 'Nobody'" in refused.err
    assert novel.dump() == before


@pytest.mark.parametrize("output", ["closed-pipe", ">/dev/full"])
def test_a_retry_with_if_absent_does_not_duplicate(cli: Cli, output: str) -> None:
    assert cli.with_output(output, "purpose", "add", "Write a novel").code == SAVED_NOT_SHOWN
    assert cli.ok("purpose", "add", "write a NOVEL", "--if-absent").out == (
        "Purpose #1 is there: Write a novel\n"
    )
    assert cli.with_output(output, "step", "add", "Open the draft").code == SAVED_NOT_SHOWN
    retried = cli.ok("step", "add", "Open the draft", "--if-absent")
    assert retried.out == "Step #1 is there: Open the draft\n"
    assert len(cli.ok("purpose", "list", "--json").json()["purposes"]) == 1  # type: ignore[arg-type]
    assert len(cli.ok("step", "list", "--json").json()["steps"]) == 1  # type: ignore[arg-type]
    # Without --if-absent a step of the same words is a second step; a purpose's name is taken.
    cli.ok("step", "add", "Open the draft")
    assert len(cli.ok("step", "list", "--json").json()["steps"]) == 2  # type: ignore[arg-type]
    cli.fails("purpose", "add", "Write a novel", says="already exists")
    # A step of the same words that is done, or in another purpose, is not the one.
    cli.ok("purpose", "add", "Get stronger")
    cli.ok("step", "done", "1")
    cli.ok("step", "done", "2")
    assert cli.ok("step", "add", "Open the draft", "--if-absent").out.startswith("Added step #3")
    added = cli.ok("step", "add", "Open the draft", "--purpose", "Get stronger", "--if-absent")
    assert added.out.startswith("Added step #4")


def test_habit_list_shows_the_routine_time_of_each_weekday(cli: Cli) -> None:
    cli.ok("habit", "add", "Read one page", "--after", "Morning coffee", "--at", "07:30")
    # Stacking a weekend habit at 09:00 moves the routine's weekend time.
    cli.ok(
        "habit", "add", "Stretch", "--after", "Morning coffee", "--at", "09:00",
        "--days", "weekends",
    )  # fmt: skip
    cli.ok("habit", "add", "Journal", "--after", "Bedtime", "--at", "22:00")
    cli.ok("habit", "add", "Walk", "--after", "Lunch", "--at", "12:15", "--days", "mon,wed,fri")
    cli.ok("habit", "add", "Call a friend", "--after", "Dinner", "--at", "19:00", "--days", "3/7")
    assert cli.ok("habit", "list").out.splitlines() == [
        "#1 After Morning coffee (Mon–Fri 07:30, Sat–Sun 09:00): Read one page",
        "#2 After Morning coffee (Sat–Sun 09:00): Stretch",
        "#3 After Bedtime (22:00): Journal",
        "#4 After Lunch (Mon, Wed, Fri 12:15): Walk",
        "#5 After Dinner (3/7; 19:00): Call a friend",
    ]


def test_the_command_line_speaks_german(novel: Cli) -> None:
    """LANG=de_DE: texts, refusals, usage and dates in German; --json stays ISO and English."""
    novel.env["LANG"] = "de_DE.UTF-8"
    assert novel.ok("step", "add", "Einen Satz schreiben").out == (
        "Schritt #1 hinzugefügt: Einen Satz schreiben\n"
    )
    novel.ok("habit", "add", "Lesen", "--after", "Kaffee", "--at", "07:30", "--days", "weekdays")
    assert novel.ok("habit", "list").out == "#1 Nach Kaffee (Mo–Fr 07:30): Lesen\n"
    assert novel.ok("tick", "--step", "1").out.startswith("✓ Einen Satz schreiben · erster Erfolg")
    yesterday = today() - timedelta(days=1)
    while yesterday.weekday() >= 5:  # the last weekday before today
        yesterday -= timedelta(days=1)
    novel.ok("tick", "--habit", "Lesen", "--date", yesterday.isoformat())
    status = novel.ok("status").out.splitlines()
    assert status[0] == f"{today():%d.%m.%Y}: Erfolge heute: 1"
    assert novel.ok("status", "--json").json()["date"] == today().isoformat()
    history = novel.ok("history", "--habit", "Lesen", "--from", yesterday.isoformat()).out
    assert history.splitlines()[0].startswith(f"{yesterday:%d.%m.%Y}  ")
    assert "erledigt" in history.splitlines()[0]
    assert "," in history.splitlines()[0]  # 7,1 %: the German decimal comma
    days = novel.ok("history", "--habit", "Lesen", "--json").json()["days"]
    assert isinstance(days, list)
    assert {d["state"] for d in days} <= {"done", "pending", "missed", "unscheduled"}
    assert novel.ok("undo").out == f"Letzten Erfolg entfernt: Lesen ({yesterday:%d.%m.%Y})\n"
    result = novel.fails("step", "drop", "1", says="Schritt 1 ist schon erledigt")
    assert result.err == "smallwins: Schritt 1 ist schon erledigt\n"
    assert novel.ok("tick", "--step", "1").out == "Schritt 1 ist schon erledigt\n"  # a retry
    tomorrow = today() + timedelta(days=1)
    novel.fails(
        "rest", "--date", (today() + timedelta(days=400)).isoformat(), "--habit", "Lesen",
        says=f"(heute ist der {today():%d.%m.%Y})",
    )  # fmt: skip
    assert novel.ok("rest", "--habit", "Lesen", "--date", tomorrow.isoformat()).out == (
        f"Ruhetag geplant: {tomorrow:%d.%m.%Y} für Lesen\n"
    )
    usage = novel.fails("schedule", "--days", "0", code=2)
    assert usage.err.startswith("Aufruf: smallwins ")
    assert "'0' muss 1 oder mehr sein" in usage.err
    helped = novel.ok("--help").out
    assert "Optionen:" in helped
    assert "heute auf einen Blick" in helped


@pytest.mark.parametrize(
    ("environment", "german"),
    [
        ({"LANG": "de_DE.UTF-8"}, True),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, False),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_AT.UTF-8"}, True),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, False),
        ({"LANG": "POSIX", "LANGUAGE": "de"}, False),  # gettext: C/POSIX ignore LANGUAGE
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de:en"}, True),  # the first one shipped
        ({"LANG": "fr_FR.UTF-8"}, False),
        ({"LANG": ""}, False),
    ],
)
def test_the_language_comes_from_the_environment_as_gettext_takes_it(
    cli: Cli, environment: dict[str, str], german: bool
) -> None:
    cli.env.update(environment)
    expected = "Nichts als Nächstes." if german else "Nothing next."
    assert cli.ok("next").out.startswith(expected)


def test_german_output_does_not_load_qt(cli: Cli) -> None:
    cli.env["LANG"] = "de_DE.UTF-8"
    check = (
        "import sys\n"
        "from smallwins.cli import main\n"
        "assert main(['step', 'add', 'x']) == 1\n"  # a refusal, translated: no purpose yet
        "assert main(['status']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", check],
        env=cli.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Es gibt noch kein Vorhaben" in proc.stderr
