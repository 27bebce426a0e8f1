"""Starting and stopping the real app (offscreen, in a subprocess): nothing shows before the data
are loaded, and nothing but the data is left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from smallwins.system import messages
from smallwins.system.instance import instance_key, send_to_running
from tests.ui.helpers import cli, run_app_script

# Runs the app; when the data are about to be opened, notes what is on screen; quits once the
# event loop runs.
START = """
import json, os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import smallwins.app as app

seen = {}
real_open = app._open_data

def spy(folder, db, *rest):
    shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen["shown"] = shown
    if sys.argv[2] == "early":  # while the data layer loads, before the event loop runs
        os.kill(os.getpid(), signal.SIGTERM)
    else:
        QTimer.singleShot(200, lambda: os.kill(os.getpid(), signal.SIGTERM))
    return real_open(folder, db, *rest)

app._open_data = spy
status = app.run_app(sys.argv[1])
print(json.dumps({"status": status, **seen}))
"""


def start(data: Path, stop: str = "running") -> dict[str, object]:
    return run_app_script(START, str(data), stop)


def test_nothing_shows_before_the_data_and_no_ui_state_is_cached(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "purpose", "add", "Write a novel")
    cli(data, "step", "add", "Open the draft")
    for _ in range(2):  # a first start, and a start after a clean quit: the same
        assert start(data) == {"status": 0, "shown": []}
        # The database, and the log folder (with --data-dir it is kept in the data folder).
        assert sorted(p.name for p in data.iterdir()) == ["logs", "smallwins.db"]


def test_a_stop_while_starting_still_ends_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "purpose", "add", "Write a novel")
    cli(data, "step", "add", "Open the draft")
    assert start(data, stop="early")["status"] == 0
    # A clean end: the data file is closed (no write-ahead log left).
    assert sorted(p.name for p in data.iterdir()) == ["logs", "smallwins.db"]


def test_the_quit_message_ends_the_running_app_cleanly(tmp_path: Path) -> None:
    # What the Windows installer sends before an upgrade or uninstall (installer.iss).
    data = tmp_path / "data"
    cli(data, "purpose", "add", "Write a novel")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "smallwins", "--data-dir", str(data)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        key = instance_key(data)
        deadline = time.monotonic() + 30
        while not send_to_running(key, messages.CHANGED):
            assert process.poll() is None and time.monotonic() < deadline, "the app never answered"
            time.sleep(0.1)
        assert send_to_running(key, messages.QUIT)
        _out, errors = process.communicate(timeout=30)
        assert process.returncode == 0
        assert "Traceback" not in errors, errors
    finally:
        process.kill()
        process.wait()
    names = {p.name for p in data.iterdir()}  # its log and backups may be there too
    assert "smallwins.db" in names
    assert not any(name.endswith("-wal") for name in names)  # the data file was closed
