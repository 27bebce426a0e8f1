"""Habit reminders on a real desktop: the app's wall clock is set by libfaketime (its monotonic
clock is left alone, so a jump of the wall clock looks like the machine slept)."""

from __future__ import annotations

import glob
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, Process, wait_for

APP = [sys.executable, "-m", "smallwins"]
# The app notices a jump of its wall clock with a check once a minute (and at once on an OS
# resume signal, which a fake clock does not send).
CATCH_UP_WAIT = 90


def libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        pytest.fail("libfaketime is missing (Debian package faketime; bash .ci/setup --test)")
    return found[0]


class FakeTimeApp:
    """The app and its command line, all on one fake wall clock."""

    def __init__(self, desktop: Desktop, root: Path) -> None:
        self.desktop = desktop
        self.data = root / "data"
        self.clock_file = root / "faketime"
        self.env = {
            "TZ": "Europe/Berlin",
            "LD_PRELOAD": libfaketime(),
            "FAKETIME_TIMESTAMP_FILE": str(self.clock_file),
            "FAKETIME_NO_CACHE": "1",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        }
        self.process: Process | None = None

    def set_clock(self, local: str) -> None:
        """Move the wall clock to ``local`` (Berlin time, 'YYYY-MM-DD HH:MM:SS'); it runs on."""
        self.clock_file.write_text(f"@{local}\n")

    def cli(self, *args: str) -> str:
        result = self.desktop.run(
            [*APP, "--data-dir", str(self.data), *args], env=self.env, timeout=30
        )
        return result.stdout

    def habit_today(self, name: str) -> str:
        status = json.loads(self.cli("status", "--json"))
        for habit in status["habits"]:
            if habit["name"] == name:
                return str(habit["today"])
        raise AssertionError(f"no habit {name!r} in {status}")

    def start(self) -> Process:
        self.process = self.desktop.spawn(
            [*APP, "--data-dir", str(self.data)], name="smallwins", env=self.env
        )
        return self.process

    def stop(self) -> None:
        if self.process is not None and self.process.alive():
            self.process.stop()


@pytest.fixture
def fake(desktop: Desktop, tmp_path: Path) -> Iterator[FakeTimeApp]:
    desktop.close_notifications()
    app = FakeTimeApp(desktop, tmp_path)
    yield app
    app.stop()
    desktop.close_notifications()
    desktop.choose_menu_action(None)


def test_reminder_arrives_at_routine_time_and_done_records_the_win(
    desktop: Desktop, fake: FakeTimeApp
) -> None:
    fake.set_clock("2026-11-26 07:29:50")
    fake.cli("purpose", "add", "Read more")
    fake.cli(
        "habit",
        "add",
        "Read one page",
        "--after",
        "Morning coffee",
        "--at",
        "07:30",
        "--tiny",
        "Read one sentence",
        "--purpose",
        "Read more",
    )
    fake.start()
    started = time.monotonic()

    def displayed() -> bool:
        return desktop.dunst_count()["displayed"] >= 1

    wait_for(displayed, timeout=40, message="the 07:30 reminder")
    arrived_after = time.monotonic() - started
    assert arrived_after >= 5, "the reminder came before its time"
    desktop.choose_menu_action("Done")
    desktop.open_context_menu()
    wait_for(
        lambda: fake.habit_today("Read one page") == "done",
        timeout=20,
        message="choosing Done recorded no win",
    )
    summaries = [n.get("summary") for n in desktop.notifications_history()]
    assert summaries.count("After Morning coffee") <= 1


def test_tiny_version_records_a_tiny_win(desktop: Desktop, fake: FakeTimeApp) -> None:
    fake.set_clock("2026-11-26 07:29:55")
    fake.cli(
        "habit",
        "add",
        "Stretch for ten minutes",
        "--after",
        "Morning coffee",
        "--at",
        "07:30",
        "--tiny",
        "Touch your toes once",
    )
    fake.start()
    wait_for(lambda: desktop.dunst_count()["displayed"] >= 1, timeout=40, message="the reminder")
    desktop.choose_menu_action("Tiny version")
    desktop.open_context_menu()
    wait_for(
        lambda: fake.habit_today("Stretch for ten minutes") == "tiny",
        timeout=20,
        message="choosing Tiny version recorded no tiny win",
    )


def test_a_jump_across_two_routine_times_gives_exactly_one_catch_up(
    desktop: Desktop, fake: FakeTimeApp
) -> None:
    fake.set_clock("2026-11-26 07:50:00")
    fake.cli("habit", "add", "Read one page", "--after", "Breakfast", "--at", "08:00")
    fake.cli("habit", "add", "Plan the day", "--after", "Arriving at work", "--at", "09:00")
    fake.start()
    wait_for(
        lambda: (
            desktop.window_ids(name="— Small Wins$", pid=fake.process.pid) if fake.process else None
        ),
        message="the app",
    )
    time.sleep(2)
    assert desktop.dunst_count()["displayed"] == 0
    fake.set_clock("2026-11-26 09:50:00")  # "the machine slept" for two hours
    wait_for(
        lambda: desktop.dunst_count()["displayed"] >= 1,
        timeout=CATCH_UP_WAIT,
        message="the catch-up after the jump",
    )
    time.sleep(3)  # a burst would arrive now
    assert desktop.dunst_count()["displayed"] == 1
    desktop.run(["dunstctl", "close-all"])
    (latest, *_) = desktop.notifications_history()
    assert "While you were away" in str(latest.get("summary"))
    assert "2" in str(latest.get("body"))
