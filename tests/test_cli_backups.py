"""Backups, restore and damaged data on the command line, run as a user runs it (subprocesses);
and the crash loop: ``tick`` killed at random moments loses no reported win."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_list_and_restore(cli: Cli) -> None:
    cli.ok("purpose", "add", "Write")
    assert "No backups yet" in cli.ok("backup", "list").out
    assert cli.ok("backup", "list", "--json").json()["backups"] == []
    made = cli.ok("backup").out
    assert made.startswith("Backup written: ")
    listed = cli.ok("backup", "list", "--json").json()
    assert listed["folder"] == str(cli.data_dir / "backups")
    (entry,) = listed["backups"]  # type: ignore[misc]
    assert entry["reason"] == "manual" and entry["size"] > 0
    assert entry["path"] in made
    assert "made by hand" in cli.ok("backup", "list").out

    cli.ok("purpose", "add", "Run")
    # Without --yes it asks; no answer, or no, is no: nothing changes.
    before = cli.dump()
    refused = cli("restore", "latest")
    assert refused.code == 1 and "add --yes" in refused.err
    assert cli.dump() == before
    restored = cli.ok("restore", "latest", "--yes").out
    assert "Restored the backup of" in restored and "-before-restore.db" in restored
    assert [p["name"] for p in cli.ok("purpose", "list", "--json").json()["purposes"]] == [  # type: ignore[index]
        "Write"
    ]
    (aside,) = (cli.data_dir / "backups").glob("smallwins-*-before-restore.db")
    assert "before a restore" in cli.ok("backup", "list").out
    with sqlite3.connect(aside) as connection:
        assert connection.execute("SELECT count(*) FROM purpose").fetchone()[0] == 2


def test_restore_asks_and_takes_yes_from_stdin(cli: Cli) -> None:
    cli.ok("purpose", "add", "Write")
    backup = cli.ok("backup").out.removeprefix("Backup written: ").strip()
    cli.ok("purpose", "add", "Run")
    proc = subprocess.run(
        [sys.executable, "-m", "smallwins", "restore", backup],
        env=cli.env,
        input="y\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Restore the backup of" in proc.stderr and "[y/N]" in proc.stderr
    assert len(cli.ok("purpose", "list", "--json").json()["purposes"]) == 1  # type: ignore[arg-type]


def test_a_bad_backup_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    cli.ok("purpose", "add", "Write")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"no" * 5000)
    cli.fails("restore", str(bad), "--yes", says="cannot be used")
    cli.fails("restore", "latest", "--yes", says="there is no good backup")


@pytest.mark.parametrize("damage", ["half", "zero bytes"])
def test_damaged_data_is_refused_and_restored(cli: Cli, damage: str) -> None:
    cli.ok("purpose", "add", "Write")
    cli.ok("step", "add", "One line")
    cli.ok("backup")
    db = cli.data_dir / "smallwins.db"
    os.truncate(db, db.stat().st_size // 2 if damage == "half" else 0)
    damaged = _digest(db)
    for command in (("status",), ("tick",), ("purpose", "add", "Run")):
        result = cli(*command)
        assert result.code == 1
        assert result.err.count("\n") == 1, result.err
        assert "is damaged" in result.err and "nothing was written to it" in result.err
        assert "smallwins restore latest" in result.err
        assert _digest(db) == damaged
    failed = cli("backup")
    assert failed.code == 1 and _digest(db) == damaged
    restored = cli.ok("restore", "latest", "--yes").out
    assert "smallwins-damaged-" in restored
    (aside,) = cli.data_dir.glob("smallwins-damaged-*.db")
    assert _digest(aside) == damaged
    assert "One line" in cli.ok("next").out


def test_an_empty_file_without_backups_is_a_fresh_start(cli: Cli) -> None:
    cli.data_dir.mkdir()
    (cli.data_dir / "smallwins.db").touch()
    assert "Nothing next" in cli.ok("next").out


CRASHES = 200
FIRST_DAY = date(2024, 1, 1)


@pytest.mark.slow
def test_a_crash_loop_loses_no_reported_win(cli: Cli) -> None:
    """200 times, ``tick`` is killed (SIGKILL) at a random moment of a burst of ticks: the data
    stays sound, and every win whose command said it was saved is there."""
    cli.ok("habit", "add", "Read", "--after", "Coffee", "--at", "07:00")
    command = [sys.executable, "-m", "smallwins", "tick", "--habit", "Read", "--date"]
    # How long one tick takes here: the kills fall around the moment it commits. The machine's
    # load changes as the loop runs, so the guess follows what the ticks take.
    started = time.monotonic()
    for n in range(3):
        cli.ok("tick", "--habit", "Read", "--date", str(FIRST_DAY - timedelta(days=n + 1)))
    typical = (time.monotonic() - started) / 3
    rng = random.Random(2026)
    reported: list[date] = []
    killed = 0
    for n in range(CRASHES):
        day = FIRST_DAY + timedelta(days=n)
        began = time.monotonic()
        proc = subprocess.Popen(
            [*command, day.isoformat()],
            env=cli.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            proc.wait(timeout=rng.uniform(0.6, 1.3) * typical)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            typical *= 1.03
        else:
            typical = 0.7 * typical + 0.3 * (time.monotonic() - began)
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.stdout.close()
        if proc.returncode == 0 and out.startswith("✓"):
            reported.append(day)
        else:
            killed += 1
    assert killed >= CRASHES // 4 and len(reported) >= CRASHES // 10, (killed, len(reported))
    db = cli.data_dir / "smallwins.db"
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        days = {row[0] for row in connection.execute("SELECT local_date FROM win")}
    assert {d.isoformat() for d in reported} <= days
    # And the data still works as ever (a tick after all that).
    cli.ok("tick", "--habit", "Read", "--date", str(FIRST_DAY + timedelta(days=CRASHES)))
