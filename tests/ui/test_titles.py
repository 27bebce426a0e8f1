"""Window titles as the window manager reads them on a real X server.

Qt keeps ``windowTitle()`` as set, but its X11 (and Wayland) platform plugin appends the
application display name, " — Small Wins", unless the title already ends with it
(QPlatformWindow::formatWindowTitle; Windows appends " - Small Wins", macOS and the offscreen
plugin nothing). So a window sets only its own name ("Settings"), and the widget, which names
its step, ends with "— Small Wins" itself. Checked here on Xvfb: what ``_NET_WM_NAME`` says.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.fixtures import skip_or_fail

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Opens each window under xcb and prints what the X server holds as its title.
TITLES = """
import json, subprocess, sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

app = QApplication([])
app.setApplicationDisplayName("Small Wins")

from smallwins.core.days import FixedClock
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import KeepTypedPrompt, TextPrompt, VacationPrompt
from smallwins.ui.model import AppModel
from smallwins.ui.settings import SettingsWindow
from smallwins.ui.translations import install_translators
from smallwins.ui.welcome import WelcomeWindow
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore

translators = install_translators(app, sys.argv[1])
clock = FixedClock(datetime(2025, 3, 3, 5, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin"))
model = AppModel(Runner(MemoryStore(), clock))
model.run(cmd.AddPurpose("Write a novel"))
model.run(cmd.AddStep("Open the draft"))
desktop = Desktop(model, tray_available=True)
desktop.start()
windows = {
    "widget": desktop.widget,
    "settings": SettingsWindow(model, desktop),
    "welcome": WelcomeWindow(model),
    "vacation": VacationPrompt(None, date(2026, 12, 2)),
    "text prompt": TextPrompt(None, "Add step", "What is one tiny step you could take?"),
    "keep question": KeepTypedPrompt(None, None),
}
for window in windows.values():
    window.show()
for _ in range(10):
    app.processEvents()


def wm_name(window):
    out = subprocess.run(
        ["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out.split("=", 1)[1].strip())


print(json.dumps({name: wm_name(window) for name, window in windows.items()}))
desktop.close()
"""


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A private Xvfb (no window manager: the titles are what Qt sets)."""
    missing = [tool for tool in ("Xvfb", "xprop") if shutil.which(tool) is None]
    if missing:
        skip_or_fail("the title test needs " + ", ".join(missing) + " (bash .ci/setup --test)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def wm_names(display: str, language: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", TITLES, language],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
    )
    found: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            {
                "widget": "Open the draft — Small Wins",
                "settings": "Settings — Small Wins",
                "welcome": "Welcome — Small Wins",
                "vacation": "Vacation — Small Wins",
                "text prompt": "Add step — Small Wins",
                "keep question": "Leave the welcome? — Small Wins",
            },
        ),
        (
            "de",
            {
                "widget": "Open the draft — Small Wins",
                "settings": "Einstellungen — Small Wins",
                "welcome": "Willkommen — Small Wins",
                "vacation": "Urlaub — Small Wins",
                "text prompt": "Add step — Small Wins",  # the caller translates it
                "keep question": "Begrüßung verlassen? — Small Wins",
            },
        ),
    ],
)
def test_the_window_manager_sees_each_title_once_with_the_app_name(
    x_display: str, language: str, expected: dict[str, str]
) -> None:
    assert wm_names(x_display, language) == expected
