"""Damaged data in the desktop: the window that says so, a restore that keeps the damaged file as
it was, the daily check off the GUI thread, and a dialog that closes on SIGTERM."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smallwins.cli import main as cli_main
from smallwins.storage.backups import SqliteVault
from smallwins.system.clock import SystemClock
from smallwins.ui.damage import DamageDialog
from smallwins.ui.dataguard import DataGuard
from smallwins.ui.model import AppModel
from smallwins.usecases.backups import Backups
from tests.ui.helpers import cli, run_app_script

pytestmark = pytest.mark.gui


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_data(tmp_path: Path, backup: bool = True) -> Path:
    data = tmp_path / "data"
    cli(data, "purpose", "add", "Write a novel")
    cli(data, "step", "add", "Open the draft")
    if backup:
        cli(data, "backup")
    db = data / "smallwins.db"
    os.truncate(db, db.stat().st_size // 2)
    return db


def test_the_damage_window_says_so_plainly_and_offers_the_backup(qtbot: QtBot) -> None:
    dialog = DamageDialog("the file is cut short", "03.12.2026 09:15")
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.windowTitle()
    assert dialog.problem.text() == "The file is cut short"
    assert "03.12.2026 09:15" in dialog.advice.text()
    assert dialog.restore_button is not None and dialog.restore_button.isDefault()
    dialog.restore_button.click()
    assert dialog.result() == DamageDialog.DialogCode.Accepted


def test_without_a_backup_it_only_offers_to_quit(qtbot: QtBot) -> None:
    dialog = DamageDialog("database disk image is malformed", None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "no backup" in dialog.advice.text()
    dialog.quit_button.click()
    assert dialog.result() == DamageDialog.DialogCode.Rejected


# Starts the real app on damaged data; the damage window is answered "Restore" (recorded), and
# the app is stopped once it runs.
START = """
import json, os, signal, sys
from PySide6.QtCore import QTimer
import smallwins.app as app
from smallwins.ui.damage import DamageDialog

asked = []

def ask(problem, newest):
    asked.append([problem, newest])
    QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGTERM))
    return True

DamageDialog.ask = staticmethod(ask)
status = app.run_app(sys.argv[1])
print(json.dumps({"status": status, "asked": asked}))
"""


def test_the_app_offers_the_newest_backup_and_restores_it(tmp_path: Path) -> None:
    db = damaged_data(tmp_path)
    damaged = digest(db)
    found = run_app_script(START, str(db.parent))
    assert found["status"] == 0
    ((problem, newest),) = found["asked"]
    assert "is damaged" in problem and "cut short" in problem
    assert newest
    (aside,) = db.parent.glob("smallwins-damaged-*.db")
    assert digest(aside) == damaged
    out = StringIO()
    assert cli_main(["--data-dir", str(db.parent), "next"], out=out, err=StringIO()) == 0
    assert "Open the draft" in out.getvalue()


# Starts the real app on sound data with a backup, damages the file once it runs; the daily
# check finds it, the damage window is answered "Restore", and the app restores and starts afresh
# (the fresh start, an exec, is where this process reports and ends without any cleanup).
RUNNING = """
import json, os, sys
from PySide6.QtCore import QTimer
import smallwins.app as app
from smallwins.ui.damage import DamageDialog
from smallwins.ui.dataguard import DataGuard

db = os.path.join(sys.argv[1], "smallwins.db")
asked = []

def ask(problem, newest):
    asked.append([problem, newest])
    return True

def soon(self, delay_ms=0):
    def damage():
        os.truncate(db, os.path.getsize(db) // 2)
        self.run_daily()
    QTimer.singleShot(1500, damage)

def restart():
    print(json.dumps({"asked": asked, "restarted": True}), flush=True)
    os._exit(0)

DamageDialog.ask = staticmethod(ask)
DataGuard.start = soon
app._restart = restart
status = app.run_app(sys.argv[1])
print(json.dumps({"asked": asked, "status": status}))
"""


def test_damage_found_while_running_is_restored_and_the_app_starts_afresh(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "purpose", "add", "Write a novel")
    cli(data, "step", "add", "Open the draft")
    cli(data, "backup")
    found = run_app_script(RUNNING, str(data))
    assert found.get("restarted"), found
    ((problem, newest),) = found["asked"]
    assert "is damaged" in problem
    assert newest
    (aside,) = data.glob("smallwins-damaged-*.db")
    assert aside.stat().st_size > 0
    out = StringIO()
    assert cli_main(["--data-dir", str(data), "next"], out=out, err=StringIO()) == 0
    assert "Open the draft" in out.getvalue()


@pytest.mark.slow
def test_the_dialog_of_an_app_that_cannot_start_closes_on_sigterm(tmp_path: Path) -> None:
    db = damaged_data(tmp_path, backup=False)
    damaged = digest(db)
    proc = subprocess.Popen(
        [sys.executable, "-m", "smallwins", "--data-dir", str(db.parent)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)  # the dialog is up (an offscreen start takes well under a second)
    assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 1
    assert proc.stderr is not None
    assert "Traceback" not in proc.stderr.read()
    proc.stderr.close()
    assert digest(db) == damaged
    assert list(db.parent.glob("smallwins-damaged-*")) == []


def test_the_daily_check_and_backup_run_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    from smallwins.storage import open_store  # noqa: PLC0415
    from smallwins.usecases.runner import Runner  # noqa: PLC0415

    data = tmp_path / "data"
    cli(data, "purpose", "add", "Write a novel")
    db = data / "smallwins.db"
    store = open_store(db)
    model = AppModel(Runner(store, SystemClock()))
    guard = DataGuard(model, Backups(SqliteVault(db), SystemClock()))
    with qtbot.waitSignal(guard.finished, timeout=10_000):
        guard.run_daily()
    assert [b.reason.value for b in SqliteVault(db).backups()] == ["daily"]
    guard.run_daily()  # once a day
    guard.wait()
    assert len(SqliteVault(db).backups()) == 1
    store.close()

    # Damage found by the daily check reaches the GUI thread as a sentence.
    store = open_store(db)
    model = AppModel(Runner(store, SystemClock()))
    store.close()
    os.truncate(db, db.stat().st_size // 2)
    guard = DataGuard(model, Backups(SqliteVault(db), SystemClock()))
    with qtbot.waitSignal(guard.damaged, timeout=10_000) as blocker:
        guard.run_daily()
    assert "is damaged" in blocker.args[0]
    assert len(SqliteVault(db).backups()) == 1  # no backup of damaged data
