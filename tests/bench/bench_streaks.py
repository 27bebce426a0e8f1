"""The streaks window and the weekly review numbers with years of history.

Run: .venv/bin/python tests/bench/bench_streaks.py [--runs N]

A real SQLite database in a temporary folder holds 50 habits with 5 years of history (a win on
most days, tiny ones and misses mixed in). In this process (Qt's offscreen platform unless
QT_QPA_PLATFORM says otherwise) it measures, beside an empty QWidget of the same size made and
painted the same way in the same run:

1. first paint: from making the streaks window (on one habit) to the end of its first paint;
2. switching habit: choosing another habit until the next paint;
3. switching year: "previous year" until the next paint;
4. computing the weekly review's numbers (usecases.queries.review_of, no window).

Figures, not assertions: targets are under 150 ms, 30 ms, 30 ms and 50 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.bench.bench_plan import until_painted  # noqa: E402

HABITS, YEARS = 50, 5
TARGETS_MS = {"first paint": 150.0, "switch habit": 30.0, "switch year": 30.0, "review": 50.0}


def fill(folder: Path) -> object:
    from smallwins.core.models import WinKind, WinSource  # noqa: PLC0415
    from smallwins.storage import open_store  # noqa: PLC0415
    from smallwins.system.clock import SystemClock  # noqa: PLC0415
    from smallwins.usecases import commands as cmd  # noqa: PLC0415
    from smallwins.usecases.runner import Runner  # noqa: PLC0415

    store = open_store(folder / "smallwins.db")
    runner = Runner(store, SystemClock())
    today = runner.view().today
    first = today - timedelta(days=365 * YEARS)
    with store.transaction():
        for h in range(HABITS):
            habit = runner.run(
                cmd.AddHabit(f"Habit {h + 1}", f"Routine {h % 10 + 1}", f"{7 + h % 10:02d}:00")
            )
            store.update_habit(dataclasses.replace(habit, created_on=first))  # 5 years old
            for back in range(1, 365 * YEARS):
                if (back + h) % 9 == 0:
                    continue  # a miss now and then
                day = today - timedelta(days=back)
                at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
                kind = WinKind.TINY if (back + h) % 13 == 0 else WinKind.FULL
                store.add_win(at, day, 60, WinSource.CLI, kind, habit_id=habit.id)
    return runner


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    from smallwins.ui.desktop import Desktop  # noqa: PLC0415
    from smallwins.ui.model import AppModel  # noqa: PLC0415
    from smallwins.ui.streaks import StreaksWindow  # noqa: PLC0415
    from smallwins.usecases.queries import review_of  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        runner = fill(Path(tmp))
        print(
            f"data: {HABITS} habits × {YEARS} years of wins: "
            f"made in {time.perf_counter() - started:.1f} s"
        )
        model = AppModel(runner)  # type: ignore[arg-type]
        desktop = Desktop(model, tray_available=True)
        found: dict[str, list[float]] = {name: [] for name in ("empty", *TARGETS_MS)}
        for run in range(args.runs):
            holder: list[StreaksWindow] = []

            def open_window(holder: list[StreaksWindow] = holder) -> None:
                window = StreaksWindow(model, desktop)
                window.choose_habit(1)
                window.show()
                until_painted(app, window)
                holder.append(window)

            found["first paint"].append(timed(open_window))
            window = holder[0]
            empty = QWidget()
            empty.resize(window.size())
            found["empty"].append(timed(lambda e=empty: (e.show(), until_painted(app, e))))
            empty.close()
            for habit_id in (2 + run, 20 + run, 40 + run):
                found["switch habit"].append(
                    timed(lambda h=habit_id, w=window: (w.choose_habit(h), until_painted(app, w)))
                )
            for _ in range(3):
                found["switch year"].append(
                    timed(lambda w=window: (w.shift(-12), w.update(), until_painted(app, w)))
                )
            # A fresh view: the review computes every history from the data.
            found["review"].append(timed(lambda r=runner: review_of(r.view(), None)))  # type: ignore[attr-defined]
            window.close()
            window.deleteLater()
            app.processEvents()
        desktop.close()

    print(f"{'':28}{'median':>10}{'max':>10}{'target':>10}")
    print(f"{'empty QWidget, first paint':28}{statistics.median(found['empty']):>8.1f}ms")
    for name, target in TARGETS_MS.items():
        values = found[name]
        verdict = "ok" if statistics.median(values) < target else "MISS"
        print(
            f"{'streaks, ' + name:28}{statistics.median(values):>8.1f}ms{max(values):>8.1f}ms"
            f"{'< ' + format(target, '.0f') + ' ms':>10}  {verdict}"
        )


if __name__ == "__main__":
    main()
