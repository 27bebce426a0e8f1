"""What only the SQLite store does: files, pragmas, several connections and processes."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import smallwins
from smallwins.core.models import FixedDays, WinKind, WinSource
from smallwins.storage import SqliteStore, StorageError, open_store
from smallwins.storage.migrations import LATEST_VERSION

NOW = datetime(2024, 3, 4, 7, 30, tzinfo=UTC)
DAY = date(2024, 3, 4)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which SQLite would create files 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _pragma(store: SqliteStore, name: str) -> object:
    return store._connection().execute(f"PRAGMA {name}").fetchone()[0]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.usefixtures("umask_022")
def test_new_folder_and_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "home" / "share" / "smallwins" / "smallwins.db"
    with open_store(path) as store:
        store.add_purpose("Write a novel")  # a write makes sure the -wal file exists
        wal = path.with_name("smallwins.db-wal")
        shm = path.with_name("smallwins.db-shm")
        assert wal.exists()
        assert shm.exists()
        assert _mode(path.parent) == 0o700
        assert _mode(path) == 0o600
        assert _mode(wal) == 0o600
        assert _mode(shm) == 0o600
        assert _mode(path.parent.parent) == 0o755  # parents we create get the usual mode


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.usefixtures("umask_022")
def test_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o750)
    with open_store(folder / "smallwins.db") as store:
        store.add_purpose("Write a novel")
    assert _mode(folder) == 0o750
    assert _mode(folder / "smallwins.db") == 0o600


def test_pragmas_in_effect(tmp_path: Path) -> None:
    with open_store(tmp_path / "smallwins.db") as store:
        assert _pragma(store, "journal_mode") == "wal"
        assert _pragma(store, "synchronous") == 2  # FULL
        assert _pragma(store, "foreign_keys") == 1
        assert _pragma(store, "busy_timeout") == 5000
        assert _pragma(store, "user_version") == LATEST_VERSION


def test_transactions_begin_immediate(tmp_path: Path) -> None:
    path = tmp_path / "smallwins.db"
    with open_store(path) as store, store.transaction():
        # Another connection cannot even start writing while the transaction is open, although
        # it has not written anything yet.
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "smallwins.db"
    with open_store(path) as store:
        purpose = store.add_purpose("Write a novel")
    with open_store(path) as store:
        assert store.purposes() == [purpose]


def test_a_write_in_one_store_changes_the_others_data_version(tmp_path: Path) -> None:
    path = tmp_path / "smallwins.db"
    with open_store(path) as app, open_store(path) as cli:
        before_app, before_cli = app.data_version(), cli.data_version()
        cli.add_purpose("Write a novel")
        after_app = app.data_version()
        assert after_app != before_app
        assert cli.data_version() != before_cli
        assert app.data_version() == after_app  # stable while nobody writes
        with app.transaction():
            app.set_setting("theme", "dark")
        assert app.data_version() != after_app
        assert [p.name for p in app.purposes()] == ["Write a novel"]


WORKER = """
import sys, time
from datetime import UTC, date, datetime
from pathlib import Path
from smallwins.core.models import WinKind, WinSource
from smallwins.storage import open_store

path, go, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
while not go.exists():
    time.sleep(0.001)
store = open_store(path)  # both open (and so migrate) a fresh file at the same moment
for _ in range(rounds):
    with store.transaction():
        count = int(store.setting("counter") or "0")
        store.add_win(datetime.now(UTC), date(2024, 3, 4), 0, WinSource.CLI, WinKind.FULL)
        store.set_setting("counter", str(count + 1))
store.close()
"""


@pytest.mark.slow
def test_two_processes_read_then_write_without_locking_errors(tmp_path: Path) -> None:
    path = tmp_path / "data" / "smallwins.db"
    go = tmp_path / "go"
    rounds = 200
    env = dict(os.environ)
    desktop = str(Path(smallwins.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [desktop, env.get("PYTHONPATH")]))
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), str(go), str(rounds)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    time.sleep(0.2)  # let both start and wait for the signal
    go.touch()
    for worker in workers:
        _, errors = worker.communicate(timeout=120)
        assert worker.returncode == 0, errors
        assert "locked" not in errors
    with open_store(path) as store:
        assert store.count_wins(DAY, DAY) == 2 * rounds
        assert store.setting("counter") == str(2 * rounds)  # no lost update either


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "smallwins.db"
    open_store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    with pytest.raises(StorageError, match=r"newer Small Wins \(schema 7"):
        open_store(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "smallwins.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StorageError, match=r"is damaged \(it is not an SQLite database"):
        open_store(path)
    assert path.read_bytes() == b"these are my notes, not a database" * 100


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StorageError, match="cannot create"):
        open_store(blocker / "data" / "smallwins.db")


def test_deleting_a_habit_with_wins_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "smallwins.db"
    with open_store(path) as store:
        routine = store.add_routine("Morning coffee", [])
        habit = store.add_habit("Read", routine.id, FixedDays(frozenset({0})), DAY)
        store.add_win(NOW, DAY, 0, WinSource.CLI, WinKind.FULL, habit_id=habit.id)
        connection = store._connection()
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute("DELETE FROM habit WHERE id = ?", (habit.id,))
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute("DELETE FROM routine WHERE id = ?", (routine.id,))
        assert len(store.wins()) == 1
        assert store.habit(habit.id) == habit


def _fill_five_years(store: SqliteStore, habits: int = 50, days: int = 1826) -> int:
    routine = store.add_routine("Morning coffee", [])
    first = date(2020, 1, 1)
    ids = [
        store.add_habit(f"Habit {n}", routine.id, FixedDays(frozenset(range(7))), first).id
        for n in range(habits)
    ]
    rows = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        at = datetime(day.year, day.month, day.day, 7, 0, tzinfo=UTC).isoformat()
        for habit_id in ids:
            kind = "tiny" if (offset + habit_id) % 5 == 0 else "full"
            rows.append((at, day.isoformat(), 60, "tray", kind, habit_id, str(uuid.uuid4())))
    with store.transaction():
        store._connection().executemany(
            "INSERT INTO win (at_utc, local_date, utc_offset_minutes, source, kind, habit_id,"
            " uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


@pytest.mark.slow
def test_win_ordinals_are_fast_on_five_years_of_fifty_habits(tmp_path: Path) -> None:
    with open_store(tmp_path / "smallwins.db") as store:
        count = _fill_five_years(store)
        assert count == 91_300
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            days = store.win_ordinals()
            timings.append(time.perf_counter() - start)
        assert sum(len(d.full) + len(d.tiny) for d in days.values()) == count
        kinds = days[1].best_kinds()
        assert kinds[date(2020, 1, 5).toordinal()] is WinKind.TINY
        assert kinds[date(2020, 1, 6).toordinal()] is WinKind.FULL
        # The target is 60 ms on the development machine; the bound leaves room for slow CI.
        assert min(timings) < 0.25, f"win_ordinals took {min(timings) * 1000:.0f} ms"
