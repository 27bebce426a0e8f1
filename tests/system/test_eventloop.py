"""eventloop.run: the app's main loop with and without asyncio on it.

Each case runs in a process of its own: the app's loop has to quit, which a test's QApplication
must never do, and what a fresh process imported is part of the outcome.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

# Runs eventloop.run(app, asyncio_needed) with a slot that looks for the asyncio loop, runs a
# coroutine on it when there is one, then quits with status 3. Prints what it found as JSON.
SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from smallwins.system import eventloop
from smallwins.system.notifications import notifier_for_platform

asyncio_needed = sys.argv[1] == "asyncio"
if sys.argv[2:] == ["without-qasync"]:
    sys.modules["qasync"] = None  # makes `import qasync` fail
app = QApplication([])
seen = {}

def slot():
    loop = eventloop.running_loop()
    seen["loop"] = type(loop).__name__ if loop else None
    if loop is None:
        app.exit(3)
        return
    import asyncio

    async def later():
        await asyncio.sleep(0.01)  # needs the running loop, and the Qt loop turning it
        seen["coroutine"] = "ran"
        app.exit(3)

    loop.create_task(later())

QTimer.singleShot(0, slot)
QTimer.singleShot(10_000, lambda: app.exit(1))
seen["status"] = eventloop.run(app, asyncio_needed)
seen["loop after"] = type(eventloop.running_loop()).__name__ if eventloop.running_loop() else None
notifier_for_platform(None).close()  # this platform's default notifier, for the imports below
seen["imported"] = sorted(
    name for name in ("asyncio", "qasync", "desktop_notifier") if sys.modules.get(name)
)
print(json.dumps(seen))
"""


def run_script(*args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SMALLWINS_NOTIFIER", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert isinstance(seen, dict)
    return {**seen, "stderr": result.stderr}


def test_with_asyncio_coroutines_run_on_the_qt_loop_and_the_status_comes_back() -> None:
    seen = run_script("asyncio")

    assert seen["loop"] in {"QSelectorEventLoop", "QIOCPEventLoop"}  # qasync: Unix, Windows
    assert seen["coroutine"] == "ran"
    assert seen["status"] == 3
    assert seen["loop after"] is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's default notifier")
def test_without_asyncio_it_is_plain_qt_and_nothing_loads_asyncio() -> None:
    seen = run_script("plain")

    assert seen["loop"] is None
    assert seen["status"] == 3
    # Linux's notifier (freedesktop over jeepney, or tray messages) needs none of them.
    assert seen["imported"] == []


def test_without_qasync_it_runs_plain_qt_and_says_why() -> None:
    seen = run_script("asyncio", "without-qasync")

    assert seen["loop"] is None
    assert seen["status"] == 3
    assert "qasync is not installed" in str(seen["stderr"])
