"""Command-line speed on a big history, printed side by side with a bare Python start.

Run: .venv/bin/python tests/bench/bench_cli.py [--runs N]

Generates a data folder with 50 habits x 5 years of daily wins (about 91 000 wins) through the
real storage layer, then times whole processes as a user starts them. Figures, not assertions:
targets are `status --json` within 0.3 s and strength + streaks for one habit over 10 years
under 5 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from smallwins.core.models import FixedDays, WinKind, WinSource
from smallwins.core.rules import habit_history
from smallwins.storage.database import open_store

HABITS = 50
YEARS = 5


def build(folder: Path) -> None:
    store = open_store(folder / "smallwins.db")
    today = datetime.now(UTC).date()
    first = today - timedelta(days=365 * YEARS)
    with store.transaction():
        purpose = store.add_purpose("Benchmark purpose")
        routine = store.add_routine("Morning", [(d, datetime.min.time()) for d in range(7)])
        for n in range(HABITS):
            habit = store.add_habit(
                f"Habit {n:02d}",
                routine.id,
                FixedDays(frozenset(range(7))),
                created_on=first,
                purpose_id=purpose.id,
            )
            day = first
            while day < today:
                if (day.toordinal() + n) % 11:  # a miss now and then, so streaks bend and break
                    at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
                    store.add_win(at, day, 0, WinSource.CLI, WinKind.FULL, habit_id=habit.id)
                day += timedelta(days=1)
        for n in range(200):
            store.add_step(purpose.id, f"Step {n}", datetime.now(UTC))
    store.close()


def wall(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def in_process_strength() -> float:
    today = date.today()
    start = today - timedelta(days=3650)
    won_days = [i for i in range(3650) if (i * 7919) % 13 not in (0, 5)]
    wins = {start + timedelta(days=i): WinKind.FULL for i in won_days}
    rests = {start + timedelta(days=i) for i in range(0, 3650, 97)}
    schedule = FixedDays(frozenset({0, 1, 2, 3, 4}))
    runs = 50
    total = timeit.timeit(lambda: habit_history(schedule, start, wins, rests, today), number=runs)
    return total / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        began = time.perf_counter()
        build(folder)
        print(f"generated {HABITS} habits x {YEARS} years in {time.perf_counter() - began:.1f} s")
        env = dict(os.environ, SMALLWINS_DATA_DIR=str(folder))
        # Cache bytecode as an installed app does, even when the calling shell sets
        # PYTHONDONTWRITEBYTECODE: otherwise every run would compile every module again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pyc")
        wall([sys.executable, "-m", "smallwins", "next"], env, 1)  # warm the bytecode cache
        smallwins = [sys.executable, "-m", "smallwins"]
        rows = [
            ("python -c pass (baseline)", [sys.executable, "-c", "pass"]),
            ("smallwins next", [*smallwins, "next"]),
            ("smallwins tick", [*smallwins, "tick"]),
            ("smallwins status --json", [*smallwins, "status", "--json"]),
        ]
        print(f"\n{'command':<30}{'median':>10}{'max':>10}   (wall time, {args.runs} runs)")
        for label, argv in rows:
            median, worst = wall(argv, env, args.runs)
            print(f"{label:<30}{median * 1000:>8.0f} ms{worst * 1000:>7.0f} ms")
    per_habit = in_process_strength()
    print(f"\nstrength + streaks, one habit, 10 years: {per_habit * 1000:.2f} ms (target < 5 ms)")
    print("target: smallwins status --json within 300 ms")


if __name__ == "__main__":
    main()
