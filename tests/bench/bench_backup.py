"""One backup, beside VACUUM INTO, and the startup check's cost, with years of history.

Run: .venv/bin/python tests/bench/bench_backup.py [--runs N]

A real SQLite database in a temporary folder holds 50 habits with 5 years of history (the fill
of bench_streaks.py). In the same run it measures (median of N):

1. one backup as the app makes it (``SqliteVault.make``: backup API, integrity_check of the
   copy, fsync, rename), and the backup API step alone;
2. ``VACUUM INTO`` of the same file (no check, no fsync);
3. opening the store with and without the startup check, and the check (header and
   ``quick_check``) alone — what it adds to the tray start when it does not run beside Qt's;
4. the real tray app started on this data (on the e2e harness's private desktop: Xvfb, trayer,
   dunst), spawn until the tray icon and the widget are up, as bench_desktop.py measures it:
   as shipped (the check in a thread beside Qt's start) and with the check taken out (by a
   launcher that replaces it; the app has no switch for that), interleaved — the difference is
   what the check adds to the tray start.

Figures, not assertions: targets are a backup under 0.5 s and within 2x of VACUUM INTO, and the
startup check under 20 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
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

from tests.bench.bench_streaks import fill  # noqa: E402


def median_ms(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# The app with the startup check taken out (for the comparison only).
UNCHECKED_APP = """\
import sys

import smallwins.app


class NoCheck:
    checked = True  # as if it had run and found nothing: the store opens without one

    def __init__(self, db):
        pass

    def result(self):
        return None


smallwins.app._StartupCheck = NoCheck
from smallwins.cli import main

sys.exit(main())
"""


def tray_starts(db: Path, runs: int) -> dict[str, list[float]]:
    """Seconds from spawn to tray icon + widget, with the check and without it."""
    from tests.bench import bench_desktop  # noqa: PLC0415
    from tests.bench.bench_desktop import APP, Subject, XProbe, startup_times  # noqa: PLC0415
    from tests.e2e.desktop import Desktop  # noqa: PLC0415

    bench_desktop.STARTUP_RUNS = runs

    with tempfile.TemporaryDirectory(prefix="smallwins-bench-") as tmp:
        root = Path(tmp)
        folder = root / "data"
        folder.mkdir(mode=0o700)
        shutil.copy(db, folder / "smallwins.db")
        launcher = root / "unchecked.py"
        launcher.write_text(UNCHECKED_APP)
        env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(root / "pyc")}
        data = ["--data-dir", str(folder)]
        subjects = [
            Subject("with the check", [*APP, *data], "— Small Wins", env),
            Subject("without it", [sys.executable, str(launcher), *data], "— Small Wins", env),
        ]
        with Desktop(root / "desktop") as desktop:
            probe = XProbe(desktop.display, desktop.tray_window().id)
            try:
                return startup_times(desktop, probe, subjects)
            finally:
                probe.close()


def main() -> None:
    from smallwins.core.models import BackupReason  # noqa: PLC0415
    from smallwins.storage import open_store  # noqa: PLC0415
    from smallwins.storage.backups import SqliteVault  # noqa: PLC0415
    from smallwins.storage.health import check_file  # noqa: PLC0415

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--starts", type=int, default=15, help="tray starts of each kind")
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        runner = fill(root)
        runner.store.close()  # type: ignore[attr-defined]
        db = root / "smallwins.db"
        size = db.stat().st_size
        vault = SqliteVault(db)
        moment = [datetime(2026, 1, 1, tzinfo=UTC)]

        def backup() -> None:
            moment[0] += timedelta(seconds=1)
            vault.make(moment[0], BackupReason.MANUAL)

        def backup_api_only() -> None:
            target = root / "api.db"
            target.unlink(missing_ok=True)
            source, copy = sqlite3.connect(db), sqlite3.connect(target)
            source.backup(copy)
            copy.close()
            source.close()

        def vacuum_into() -> None:
            target = root / "vacuum.db"
            target.unlink(missing_ok=True)
            source = sqlite3.connect(db)
            source.execute("VACUUM INTO ?", (str(target),))
            source.close()

        backup_ms = median_ms(backup, runs)
        api_ms = median_ms(backup_api_only, runs)
        vacuum_ms = median_ms(vacuum_into, runs)
        check_ms = median_ms(lambda: check_file(db), runs)
        open_checked = median_ms(lambda: open_store(db).close(), runs)
        open_unchecked = median_ms(lambda: open_store(db, check=False).close(), runs)

        def integrity_check() -> None:
            connection = sqlite3.connect(vault.backups()[0].path)
            connection.execute("PRAGMA integrity_check").fetchall()
            connection.close()

        integrity_ms = median_ms(integrity_check, runs)
        # The tray app: the check in a thread started before QApplication, joined after it.
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from smallwins.app import _StartupCheck  # noqa: PLC0415

        started = time.perf_counter()
        beside = _StartupCheck(db)
        app = QApplication([])
        qt_ready = time.perf_counter()
        beside.result()
        joined = time.perf_counter()
        del app
        starts = tray_starts(db, args.starts)

    print(f"database: 50 habits x 5 years, {size / 1e6:.1f} MB; median of {runs} runs")
    print(f"  backup as the app makes it (API + integrity_check + fsync): {backup_ms:7.1f} ms")
    print(f"  integrity_check of a backup file, alone:                   {integrity_ms:7.1f} ms")
    print(f"  backup API step alone:                                      {api_ms:7.1f} ms")
    print(f"  VACUUM INTO the same file:                                  {vacuum_ms:7.1f} ms")
    print(f"  backup / VACUUM INTO: {backup_ms / vacuum_ms:.2f}x (target: under 500 ms, 2x)")
    print(f"  startup check alone (header + quick_check):                 {check_ms:7.1f} ms")
    print(f"  open_store with the check:                                  {open_checked:7.1f} ms")
    print(f"  open_store without it:                                      {open_unchecked:7.1f} ms")
    print(f"  added to opening: {open_checked - open_unchecked:.1f} ms (target: under 20 ms)")
    print(
        f"  in process: QApplication made in {(qt_ready - started) * 1000:.1f} ms with the check "
        f"beside it; then waited {(joined - qt_ready) * 1000:.1f} ms for the check"
    )
    print("  the tray app on this data, spawn -> tray icon + widget (ms, interleaved runs):")
    for label, values in starts.items():
        shown = " ".join(f"{v * 1000:.0f}" for v in values)
        print(f"    {label:<15} median {statistics.median(values) * 1000:6.0f}   runs: {shown}")
    checked, unchecked = (statistics.median(v) * 1000 for v in starts.values())
    added = checked - unchecked
    print(f"  added to the tray start by the check: {added:.0f} ms (target: under 20 ms)")


if __name__ == "__main__":
    main()
