"""The app never opens a network connection: with every IP socket (and name lookup) made to
fail loudly, the real app starts, ticks from the tray and saves, as does the command line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, Process, wait_for

APP = [sys.executable, "-m", "smallwins"]
MARK = "NO-NETWORK GUARD"

# Loaded by every Python process that finds it on PYTHONPATH, before anything else runs.
GUARD = f'''
import socket, sys, traceback

def _refuse(what):
    sys.stderr.write("{MARK}: refused " + what + "\\n")
    traceback.print_stack(file=sys.stderr)
    sys.stderr.flush()
    raise OSError("network access is forbidden in this test: " + what)

_init = socket.socket.__init__

def _guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
    if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
        _refuse("socket(family=%r)" % (family,))
    _init(self, family, type, proto, fileno)

def _guarded_lookup(*args, **kwargs):
    _refuse("getaddrinfo%r" % (args,))

socket.socket.__init__ = _guarded_init
socket.getaddrinfo = _guarded_lookup
sys.stderr.write("{MARK}: on\\n")
'''


@pytest.fixture
def guarded(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "guard"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(GUARD, "utf-8")
    return {"PYTHONPATH": str(folder)}


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path, guarded: dict[str, str]) -> Iterator[Process]:
    data = str(tmp_path / "data")
    for args in (("purpose", "add", "Write a novel"), ("step", "add", "Open the draft")):
        result = desktop.run([*APP, "--data-dir", data, *args], env=guarded)
        assert MARK + ": refused" not in result.stderr
    process = desktop.spawn([*APP, "--data-dir", data], name="smallwins-offline", env=guarded)
    yield process
    process.stop()


def test_the_app_works_with_no_network_at_all(
    app: Process, desktop: Desktop, tmp_path: Path, guarded: dict[str, str]
) -> None:
    data = str(tmp_path / "data")

    def tray_icon() -> int | None:
        mine = set(desktop.window_ids(pid=app.pid))
        return next((w.id for w in desktop.tray_icon_windows() if w.id in mine), None)

    icon = wait_for(tray_icon, timeout=20, message="the tray icon never embedded")
    desktop.click(*desktop.window_geometry(icon).center)

    def wins_today() -> bool:
        result = desktop.run([*APP, "--data-dir", data, "status"], env=guarded)
        return "1 win" in result.stdout

    wait_for(wins_today, timeout=20, message="the tray click recorded no win")
    app.stop()
    output = app.output()
    assert f"{MARK}: on" in output  # the guard was there
    assert f"{MARK}: refused" not in output, output
