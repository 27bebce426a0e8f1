"""The macOS/Windows notification backend (desktop-notifier on asyncio, on the Qt event loop) in
the real app: chosen with SMALLWINS_NOTIFIER, it runs on Linux against dunst over D-Bus. The
app's wall clock is set by libfaketime (tests/e2e/fakeclock.py)."""

from __future__ import annotations

import time

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.fakeclock import FakeTimeApp

NATIVE = {"SMALLWINS_NOTIFIER": "desktop-notifier"}


def test_a_reminder_through_desktop_notifier_records_a_win_with_done(
    desktop: Desktop, fake: FakeTimeApp
) -> None:
    fake.set_clock("2026-11-26 07:29:52")
    fake.add_reading_habit()
    process = fake.start(env=NATIVE)
    started = time.monotonic()

    wait_for(
        lambda: desktop.dunst_count()["displayed"] >= 1, timeout=40, message="the 07:30 reminder"
    )
    assert time.monotonic() - started >= 4, "the reminder came before its time"
    desktop.choose_menu_action("Done")
    desktop.open_context_menu()
    wait_for(
        lambda: fake.habit_today("Read one page") == "done",
        timeout=20,
        message="choosing Done recorded no win",
    )

    labels = {line.split(" (", 1)[0].lstrip("#") for line in desktop.context_menus()[-1]}
    assert {"Done", "Tiny version", "Snooze 10 min"} <= labels
    # desktop-notifier's menu, not FreedesktopNotifier's: its default action has no label
    # (FreedesktopNotifier's is "Show Small Wins").
    assert "" in labels
    assert "Show Small Wins" not in labels
    assert process.alive()
    assert "Traceback" not in process.output()
    desktop.close_notifications()
    reminder = desktop.notifications_history()[0]
    assert reminder["appname"] == "Small Wins"
    assert reminder["summary"] == "After Morning coffee"
    assert "Read one page" in reminder["body"]
