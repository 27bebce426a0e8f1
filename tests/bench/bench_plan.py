"""The plan window with a big plan: time to first paint and to switch purpose.

Run: .venv/bin/python tests/bench/bench_plan.py [--runs N]

A real SQLite database in a temporary folder holds 20 purposes, 500 steps (25 a purpose, every
fifth one shrunk into two smaller steps) and 50 habits on 10 routines with a year of wins. In
this process (Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise) it measures:

1. first paint: from making the plan window to the end of its first paint, beside an empty
   QWidget of the same size made and painted the same way, in the same run;
2. switching purpose: from choosing another purpose in the list to the end of the next paint.

Figures, not assertions: targets are a first paint under 150 ms and a switch under 30 ms.
"""

from __future__ import annotations

import argparse
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

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PURPOSES, STEPS_EACH, HABITS, ROUTINES = 20, 25, 50, 10
FIRST_PAINT_TARGET_MS, SWITCH_TARGET_MS = 150.0, 30.0


class PaintWatch(QObject):
    """Notes when a widget has finished a paint."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, widget: QWidget) -> None:
    watch = PaintWatch()
    widget.installEventFilter(watch)
    while not watch.painted:
        app.processEvents()
    app.processEvents()  # the children's paints of the same frame
    widget.removeEventFilter(watch)


def fill(folder: Path) -> object:
    from smallwins.core.models import WinSource  # noqa: PLC0415
    from smallwins.storage import open_store  # noqa: PLC0415
    from smallwins.system.clock import SystemClock  # noqa: PLC0415
    from smallwins.usecases import commands as cmd  # noqa: PLC0415
    from smallwins.usecases.runner import Runner  # noqa: PLC0415

    store = open_store(folder / "smallwins.db")
    runner = Runner(store, SystemClock())
    today = runner.view().today
    with store.transaction():
        for p in range(PURPOSES):
            runner.run(cmd.AddPurpose(f"Purpose {p + 1}", why="a reason that matters"))
            for s in range(STEPS_EACH):
                step = runner.run(
                    cmd.AddStep(f"Step {s + 1} of purpose {p + 1}", f"Purpose {p + 1}")
                )
                if s % 5 == 0:
                    runner.run(cmd.ShrinkStep(step.id, ["A smaller step", "An even smaller one"]))
        for h in range(HABITS):
            runner.run(
                cmd.AddHabit(
                    f"Habit {h + 1}",
                    f"Routine {h % ROUTINES + 1}",
                    f"{6 + h % ROUTINES:02d}:30",
                    tiny="the tiny version",
                    purpose=f"Purpose {h % PURPOSES + 1}",
                )
            )
        for h in range(HABITS):
            for back in range(1, 366, 2):
                day = today - timedelta(days=back)
                at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
                store.add_win(at, day, 60, WinSource.CLI, cmd.WinKind.FULL, habit_id=h + 1)
    return runner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication([])
    from smallwins.ui.desktop import Desktop  # noqa: PLC0415
    from smallwins.ui.model import AppModel  # noqa: PLC0415
    from smallwins.ui.plan import PlanWindow  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        runner = fill(Path(tmp))
        print(
            f"data: {PURPOSES} purposes, {PURPOSES * STEPS_EACH} steps (+ smaller ones), "
            f"{HABITS} habits, a year of wins: made in {time.perf_counter() - started:.1f} s"
        )
        model = AppModel(runner)  # type: ignore[arg-type]
        desktop = Desktop(model, tray_available=True)
        plan_ms: list[float] = []
        empty_ms: list[float] = []
        switch_ms: list[float] = []
        for _ in range(args.runs):
            started = time.perf_counter()
            window = PlanWindow(model, desktop)
            window.show()
            until_painted(app, window)
            plan_ms.append((time.perf_counter() - started) * 1000)
            size = window.size()

            started = time.perf_counter()
            empty = QWidget()
            empty.resize(size)
            empty.show()
            until_painted(app, empty)
            empty_ms.append((time.perf_counter() - started) * 1000)
            empty.close()

            for row in (5, 12, 19, 0):
                started = time.perf_counter()
                window.purposes.setCurrentRow(row)
                window.update()
                until_painted(app, window)
                switch_ms.append((time.perf_counter() - started) * 1000)
            window.close()
            window.deleteLater()
            app.processEvents()
        desktop.close()

    def median(values: list[float]) -> float:
        return statistics.median(values)

    print(f"{'':32}{'median':>10}{'max':>10}{'target':>10}")
    rows = [
        ("empty QWidget, first paint", empty_ms, None),
        ("plan window, first paint", plan_ms, FIRST_PAINT_TARGET_MS),
        ("plan window, switch purpose", switch_ms, SWITCH_TARGET_MS),
    ]
    for name, values, target in rows:
        mark = "" if target is None else f"< {target:.0f} ms"
        verdict = "" if target is None else ("  ok" if median(values) < target else "  MISS")
        print(f"{name:32}{median(values):>8.1f}ms{max(values):>8.1f}ms{mark:>10}{verdict}")
    print(f"plan window / empty QWidget: {median(plan_ms) / median(empty_ms):.1f}×")


if __name__ == "__main__":
    main()
