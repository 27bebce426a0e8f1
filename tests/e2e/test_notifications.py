"""FreedesktopNotifier against a real dunst on a private session bus: what reaches the daemon, and
what the user's choices in dunst report back.

The notifier must live in a process connected to the desktop's bus, so each test runs ``DRIVER``
as a subprocess on the desktop and reads the lines it prints.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence

import pytest

from tests.e2e.desktop import Desktop, Process, wait_for

# Shows one notice (with Done / Tiny version / Snooze 10 min) ``times`` times under the same key,
# the last time with ``body``, earlier ones with "draft <n>". Prints one line per event:
#   READY {"available": ..., "actions": ..., "server": ..., "error": ...}
#   SHOWN <True|False>
#   ACTION <key> <action>      CLOSED <key>
# and exits after the first ACTION or CLOSED, or after 30 s.
DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from smallwins.system.freedesktop_notifier import FreedesktopNotifier
from smallwins.system.notice import Notice

key, title, body, times = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
app = QApplication([])
notifier = FreedesktopNotifier()
print("READY", json.dumps({
    "available": notifier.available(),
    "actions": notifier.supports_actions(),
    "server": notifier.server_info and notifier.server_info[0],
    "error": notifier.error,
}), flush=True)

def report(*words):
    print(*words, flush=True)
    QTimer.singleShot(0, app.quit)

notifier.action_invoked.connect(lambda k, action: report("ACTION", k, action))
notifier.closed.connect(lambda k: report("CLOSED", k))
actions = (("done", "Done"), ("tiny", "Tiny version"), ("snooze", "Snooze 10 min"))
for n in range(times):
    text = body if n == times - 1 else f"draft {n}"
    print("SHOWN", notifier.show(Notice(key, title, text, actions)), flush=True)
QTimer.singleShot(30_000, app.quit)
app.exec()
notifier.close()
"""

KEY = "habit:3:2026-11-26"
TITLE = "After morning coffee"
BODY = "Read one page\nFor: Write a novel"


class Driver:
    """The driver process and the lines it printed."""

    def __init__(self, desktop: Desktop, process: Process) -> None:
        self.desktop = desktop
        self.process = process

    def lines(self) -> list[str]:
        return self.process.lines()

    def wait_line(self, prefix: str) -> str:
        return self.process.wait_line(prefix)

    def ready(self) -> dict[str, object]:
        info = json.loads(self.wait_line("READY ").removeprefix("READY "))
        assert isinstance(info, dict)
        return info


StartDriver = Callable[..., Driver]


@pytest.fixture
def start_driver(desktop_clean: Desktop) -> Iterator[StartDriver]:
    """Start the driver: ``start_driver(body=BODY, times=1)``; it is stopped after the test."""
    started: list[Process] = []

    def start(body: str = BODY, times: int = 1) -> Driver:
        cmd: Sequence[str] = [sys.executable, "-c", DRIVER, KEY, TITLE, body, str(times)]
        process = desktop_clean.spawn(cmd, name="notify-driver", env={"PYTHONUNBUFFERED": "1"})
        started.append(process)
        driver = Driver(desktop_clean, process)
        info = driver.ready()
        assert info == {"available": True, "actions": True, "server": "dunst", "error": None}
        for _ in range(times):
            driver.wait_line("SHOWN ")
        assert all(line == "SHOWN True" for line in driver.lines() if line.startswith("SHOWN"))
        return driver

    yield start
    for process in started:
        process.stop()


def displayed(desktop: Desktop) -> int:
    return desktop.dunst_count()["displayed"]


def test_notice_reaches_dunst_with_title_body_and_icon(
    desktop_clean: Desktop, start_driver: StartDriver
) -> None:
    driver = start_driver()
    wait_for(lambda: displayed(desktop_clean) == 1, message="one notification on screen")

    desktop_clean.close_notifications()
    assert driver.wait_line("CLOSED ") == f"CLOSED {KEY}"
    newest = desktop_clean.notifications_history()[0]
    assert newest["summary"] == TITLE
    assert newest["body"] == BODY
    assert newest["appname"] == "Small Wins"
    assert newest["icon_path"].endswith("icons/smallwins.svg")
    driver.process.wait()


@pytest.mark.parametrize(
    ("label", "action"),
    [("Done", "done"), ("Tiny version", "tiny"), ("Snooze 10 min", "snooze")],
)
def test_choosing_an_action_in_dunsts_menu_reports_it(
    desktop_clean: Desktop, start_driver: StartDriver, label: str, action: str
) -> None:
    driver = start_driver()
    wait_for(lambda: displayed(desktop_clean) == 1, message="one notification on screen")

    desktop_clean.choose_menu_action(label)
    desktop_clean.open_context_menu()

    assert driver.wait_line("ACTION ") == f"ACTION {KEY} {action}"
    menu = desktop_clean.context_menus()[-1]
    labels = {line.split(" (", 1)[0].lstrip("#") for line in menu}
    assert {"Done", "Tiny version", "Snooze 10 min"} <= labels
    # Its buttons are used up: the notifier takes it away (dunst's menu does not).
    wait_for(lambda: displayed(desktop_clean) == 0, message="the notification to go away")
    assert driver.process.wait() == 0
    assert not [line for line in driver.lines() if line.startswith("CLOSED")]


def test_default_action_like_a_click_on_the_body_reports_default(
    desktop_clean: Desktop, start_driver: StartDriver
) -> None:
    driver = start_driver()
    wait_for(lambda: displayed(desktop_clean) == 1, message="one notification on screen")

    desktop_clean.notification_action(0)

    assert driver.wait_line("ACTION ") == f"ACTION {KEY} default"
    wait_for(lambda: displayed(desktop_clean) == 0, message="the notification to go away")


def test_showing_the_same_key_again_replaces_the_notification(
    desktop_clean: Desktop, start_driver: StartDriver
) -> None:
    history_before = desktop_clean.dunst_count()["history"]
    driver = start_driver(body="Read two pages", times=3)
    wait_for(lambda: displayed(desktop_clean) == 1, message="one notification on screen")
    assert desktop_clean.dunst_count() == {
        "waiting": 0,
        "displayed": 1,
        "history": history_before,
    }

    desktop_clean.close_notifications()
    driver.wait_line("CLOSED ")
    assert desktop_clean.dunst_count()["history"] == history_before + 1
    assert desktop_clean.notifications_history()[0]["body"] == "Read two pages"


def test_markup_characters_in_the_body_show_as_written(
    desktop_clean: Desktop, start_driver: StartDriver
) -> None:
    # dunst 1.9 parses the body as markup although it does not advertise body-markup: unescaped,
    # "<one>" would vanish and dunst would log "Unable to parse markup".
    warning = "Unable to parse markup"
    warnings_before = desktop_clean.daemon_logs().count(warning)
    start_driver(body="Read <one> page & smile")
    wait_for(lambda: displayed(desktop_clean) == 1, message="one notification on screen")

    desktop_clean.close_notifications()
    newest = desktop_clean.notifications_history()[0]
    assert newest["body"] == "Read &lt;one&gt; page &amp; smile"
    assert desktop_clean.daemon_logs().count(warning) == warnings_before
