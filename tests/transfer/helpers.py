"""An in-process command line on a fixed clock, and a plan with some history, for the
transfer tests (the subprocess suite in tests/test_cli.py covers the process itself)."""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from smallwins.cli import main
from smallwins.core.days import FixedClock

BERLIN = ZoneInfo("Europe/Berlin")
# Wednesday 2026-03-11, 10:00 in Berlin.
NOW = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 11)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """``smallwins ... --data-dir FOLDER`` run in this process."""

    def __init__(self, folder: Path, clock: FixedClock | None = None) -> None:
        self.folder = folder
        self.clock = clock or FixedClock(NOW, BERLIN)

    def __call__(self, *args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["--data-dir", str(self.folder), *args]
            if "--" in args
            else [*args, "--data-dir", str(self.folder)],
            environ={},
            clock=self.clock,
            out=out,
            err=err,
        )
        return Result(code, out.getvalue(), err.getvalue())

    def ok(self, *args: str) -> Result:
        result = self(*args)
        assert result.code == 0, (args, result.err)
        return result

    def dump(self) -> list[str]:
        """Every row of the database (to show that nothing changed)."""
        db = self.folder / "smallwins.db"
        if not db.exists():
            return []
        connection = sqlite3.connect(db)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()

    def outputs(self, habits: list[str]) -> dict[str, Any]:
        """What a user sees: status, every habit's history and this week's and last week's
        review, as JSON."""
        seen: dict[str, Any] = {"status": self.ok("status", "--json").json()}
        for habit in habits:
            seen[habit] = self.ok("history", f"--habit={habit}", "--json").json()
        seen["review"] = self.ok("review", "--json").json()
        seen["review last week"] = self.ok("review", "--week", "2026-W10", "--json").json()
        return seen


def fill(cli: Cli) -> list[str]:
    """A plan with a few weeks of history; the names of its habits."""
    cli.ok("purpose", "add", "Write a novel", "--why", "stories matter to me")
    cli.ok("purpose", "add", "Feel stronger")
    cli.ok("step", "add", "Open the draft and write one sentence")
    cli.ok("step", "add", "Outline chapter two")
    cli.ok("step", "shrink", "2", "Write the chapter's first line")
    cli.ok("step", "add", '=HYPERLINK("http://evil")', "--purpose", "Feel stronger")
    cli.ok(
        "habit",
        "add",
        "Read one page",
        "--after",
        "Morning coffee",
        "--at",
        "07:30",
        "--days",
        "weekdays",
        "--tiny",
        "Read one sentence",
        "--purpose",
        "Write a novel",
    )
    cli.ok("habit", "add", "Do ten squats", "--after", "Lunch", "--at", "12:00", "--days", "3/7")
    cli.ok("habit", "add", "--after", "Lunch", "--days", "daily", "--", "-Stretch")
    first = TODAY - timedelta(days=40)
    for offset in range(41):
        day = first + timedelta(days=offset)
        if offset % 6 != 5:
            cli.ok(
                "tick",
                "--habit",
                "Read one page",
                "--date",
                day.isoformat(),
                *(["--tiny"] if offset % 4 == 0 else []),
            )
        if offset % 3 == 0:
            cli.ok("tick", "--habit", "Do ten squats", "--date", day.isoformat())
    cli.ok("rest", "--habit", "Read one page", "--date", (TODAY - timedelta(days=5)).isoformat())
    cli.ok(
        "note",
        "--habit",
        "Read one page",
        "--date",
        (TODAY - timedelta(days=2)).isoformat(),
        "slept badly",
    )
    cli.ok("step", "done", "1")
    cli.ok("habit", "archive", "--", "-Stretch")
    return ["Read one page", "Do ten squats", "-Stretch"]
