"""Import and export speed on a big history, each beside a bare sqlite3 insert of the same rows.

Run: .venv/bin/python tests/bench/bench_transfer.py [--runs N]

Makes a Loop Habit Tracker backup of 50 habits x 5 years (every day a YES_MANUAL or a SKIP,
about 91 000 entries) with plain sqlite3, then times, in this process and the same run:

- importing it into an empty data folder (read and check the file, one transaction);
- a bare ``executemany`` of the same win rows into an empty Small Wins database: the floor;
- exporting the data so imported as Small Wins JSON and as a Loop ``.db``.

Figures, not assertions. Targets: import under 3 s and within 5x the bare insert; each
export under 1 s.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from smallwins.core.days import FixedClock
from smallwins.storage.database import open_store
from smallwins.system.clock import SystemClock
from smallwins.usecases import transfer
from smallwins.usecases.runner import Runner
from tests.transfer import loopfiles as lf

HABITS = 50
YEARS = 5


def make_backup(path: Path, today: datetime) -> int:
    first = today.date() - timedelta(days=365 * YEARS)
    habits = []
    for n in range(HABITS):
        habit = lf.Habit(f"Habit {n:02d}", uuid=uuid.uuid4().hex, reminder=(7, n % 60))
        for offset in range(365 * YEARS):
            day = first + timedelta(days=offset)
            habit.entries[day] = (lf.SKIP if (offset + n) % 29 == 0 else lf.YES_MANUAL, "")
        habits.append(habit)
    lf.write_db(path, habits)
    return sum(len(h.entries) for h in habits)


def bare_insert(folder: Path, rows: list[tuple[object, ...]]) -> float:
    """The same win rows into an empty Small Wins database, with nothing but sqlite3."""
    store = open_store(folder / "smallwins.db")  # the schema, indexes included
    store.close()
    connection = sqlite3.connect(folder / "smallwins.db")
    try:
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("INSERT INTO routine (name, uid) VALUES ('r', ?)", (str(uuid.uuid4()),))
        connection.executemany(
            "INSERT INTO habit (id, action, routine_id, position, schedule, created_on, uid)"
            " VALUES (?, ?, 1, ?, 'mon,tue,wed,thu,fri,sat,sun', '2020-01-01', ?)",
            [(n + 1, f"Habit {n}", n, str(uuid.uuid4())) for n in range(HABITS)],
        )
        connection.commit()
        start = time.perf_counter()
        with connection:
            connection.executemany(
                "INSERT INTO win (at_utc, local_date, utc_offset_minutes, source, kind, habit_id,"
                " uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return time.perf_counter() - start
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    clock = SystemClock()
    fixed = FixedClock(clock.now(), clock.zone())
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        backup = root / "loop.db"
        entries = make_backup(backup, fixed.now())
        print(
            f"Loop backup: {HABITS} habits, {entries} entries, {backup.stat().st_size // 1024} KiB"
        )
        imports, bares, jsons, loops = [], [], [], []
        for run in range(runs):
            folder = root / f"import{run}"
            store = open_store(folder / "smallwins.db")
            runner = Runner(store, fixed)
            start = time.perf_counter()
            view = runner.view()
            bundle = transfer.read_file(backup, "loop", view.today, view.zone)
            read = time.perf_counter() - start
            report = runner.run(transfer.ImportBundle(bundle))
            imports.append(time.perf_counter() - start)
            wins = report.counts["wins"].added
            rows = [
                (
                    w.at_utc.astimezone(UTC).isoformat(),
                    w.local_date.isoformat(),
                    w.utc_offset_minutes,
                    w.source.value,
                    w.kind.value,
                    w.habit_id,
                    w.uid,
                )
                for w in bundle.wins
            ]
            bare_folder = root / f"bare{run}"
            bares.append(bare_insert(bare_folder, rows))
            start = time.perf_counter()
            runner.run(transfer.ExportData(root / f"out{run}.json", "json"))
            jsons.append(time.perf_counter() - start)
            start = time.perf_counter()
            runner.run(transfer.ExportData(root / f"out{run}.db", "loop"))
            loops.append(time.perf_counter() - start)
            store.close()
            print(f"run {run + 1}: read {read:.3f} s, {wins} wins imported")
            shutil.rmtree(folder)
            shutil.rmtree(bare_folder)
        imp, bare = statistics.median(imports), statistics.median(bares)
        print(f"import of the Loop backup     {imp:7.3f} s   (target < 3 s)")
        ratio = imp / bare
        print(f"bare sqlite3 insert, same wins {bare:7.3f} s   import: {ratio:.1f}x (target <= 5x)")
        print(f"export as Small Wins JSON     {statistics.median(jsons):7.3f} s   (target < 1 s)")
        print(f"export as a Loop .db          {statistics.median(loops):7.3f} s   (target < 1 s)")


if __name__ == "__main__":
    main()
