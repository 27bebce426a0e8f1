"""Habit reminders on a real desktop: the app's wall clock is set by libfaketime (its monotonic
clock is left alone, so a jump of the wall clock looks like the machine slept)."""

from __future__ import annotations

import time

from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.fakeclock import FakeTimeApp

# The app notices a jump of its wall clock with a check once a minute (and at once on an OS
# resume signal, which a fake clock does not send).
CATCH_UP_WAIT = 90


def test_reminder_arrives_at_routine_time_and_done_records_the_win(
    desktop: Desktop, fake: FakeTimeApp
) -> None:
    # The session desktop's history holds earlier tests' notifications too.
    earlier = {n["id"] for n in desktop.notifications_history()}
    fake.set_clock("2026-11-26 07:29:50")
    fake.add_reading_habit()
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
    history = [n for n in desktop.notifications_history() if n["id"] not in earlier]
    summaries = [n.get("summary") for n in history]
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


def test_the_weekly_review_prompt_arrives_on_sunday_evening_and_opens_the_review(
    desktop: Desktop, fake: FakeTimeApp
) -> None:
    fake.set_clock("2026-11-29 17:59:52")  # a Sunday; the prompt's default time is 18:00
    fake.add_reading_habit()
    fake.start()
    started = time.monotonic()
    wait_for(lambda: desktop.dunst_count()["displayed"] >= 1, timeout=40, message="the prompt")
    assert time.monotonic() - started >= 4, "the prompt came before its time"
    assert fake.process is not None
    assert not desktop.window_ids(name="^Weekly review", pid=fake.process.pid)
    desktop.choose_menu_action("Open review")
    before = len(desktop.context_menus())  # earlier tests' menus are in the file too
    desktop.open_context_menu()
    menus = wait_for(
        lambda: desktop.context_menus()[before:], message="dunst's context menu for the prompt"
    )
    assert any("Open review" in line for line in menus[-1]), menus
    review = wait_for(
        lambda: [
            w
            for w in desktop.window_ids(name="^Weekly review", pid=fake.process.pid)  # type: ignore[union-attr]
            if desktop.is_viewable(w)
        ],
        timeout=20,
        message="the review window",
    )
    assert review
    fake.stop()
    # Started again on the same evening: the prompt is not sent a second time.
    seen = desktop.dunst_count()
    fake.start()
    time.sleep(4)
    assert desktop.dunst_count()["displayed"] + desktop.dunst_count()["history"] <= (
        seen["displayed"] + seen["history"]
    )
