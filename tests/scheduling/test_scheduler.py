"""The reminder scheduler with real Qt timers and a clock the tests move (short real waits)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock, resolve_local
from smallwins.core.models import SnoozeTarget, WinSource
from smallwins.scheduling import ReminderScheduler
from smallwins.scheduling.resume import ResumeWatcher
from smallwins.usecases import commands as cmd
from smallwins.usecases.reminders import REVIEW_PROMPTED, SEEN_UNTIL, CatchUp, Prompt, ReviewPrompt
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore

pytestmark = pytest.mark.gui

BERLIN = ZoneInfo("Europe/Berlin")
SOON = timedelta(milliseconds=200)


def berlin(*args: int) -> datetime:
    return resolve_local(datetime(*args), BERLIN)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def clock() -> FixedClock:
    # Monday 2026-03-09, 07:00 in Berlin.
    return FixedClock(berlin(2026, 3, 9, 7, 0), BERLIN)


@pytest.fixture
def runner(store: MemoryStore, clock: FixedClock) -> Runner:
    runner = Runner(store, clock)
    runner.run(cmd.AddHabit("read one page", "morning coffee", "07:30", tiny="one sentence"))
    runner.run(cmd.AddHabit("stretch", "lunch", "12:30"))
    return runner


Make = Callable[..., ReminderScheduler]


@pytest.fixture
def make(qtbot: QtBot, runner: Runner, clock: FixedClock) -> Iterator[Make]:
    made: list[ReminderScheduler] = []

    def factory(**options: object) -> ReminderScheduler:
        options.setdefault("os_hooks", False)
        scheduler = ReminderScheduler(runner, clock, **options)
        made.append(scheduler)
        return scheduler

    yield factory
    for scheduler in made:
        scheduler.stop()


def just_before(clock: FixedClock, instant: datetime) -> None:
    """Put the clock a moment before ``instant``: a job for it is armed ``SOON`` from now."""
    clock.set(instant - SOON)


def timers(scheduler: ReminderScheduler) -> list[QTimer]:
    return scheduler.findChildren(QTimer)


def test_a_job_fires_on_the_gui_thread_once(
    qtbot: QtBot, qapp: QApplication, make: Make, clock: FixedClock
) -> None:
    routine = berlin(2026, 3, 9, 7, 30)
    just_before(clock, routine)
    scheduler = make()
    threads: list[bool] = []
    prompts: list[Prompt] = []

    def on_prompt_due(prompt: Prompt) -> None:
        threads.append(QThread.currentThread() is qapp.thread())
        prompts.append(prompt)

    scheduler.prompt_due.connect(on_prompt_due)
    scheduler.start()
    assert scheduler.next_due() == routine
    clock.set(routine)  # the time the timer will fire at
    with qtbot.waitSignal(scheduler.prompt_due, timeout=3000):
        pass
    assert threads == [True]
    assert [(p.habit, p.routine, p.kind) for p in prompts] == [
        ("read one page", "morning coffee", "routine")
    ]
    with qtbot.assertNotEmitted(scheduler.prompt_due, wait=400):
        scheduler.check()
        scheduler.reschedule()
    assert len(prompts) == 1
    assert scheduler.next_due() == berlin(2026, 3, 9, 12, 30)


def test_no_oversleep_across_spring_forward(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock
) -> None:
    # Berlin 2026-03-29: 02:00 CET becomes 03:00 CEST; 02:30 fires at 03:00 CEST = 01:00 UTC.
    runner.run(cmd.AddHabit("water the plants", "late walk", "02:30"))
    due = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    just_before(clock, due)
    scheduler = make()
    scheduler.start()
    assert scheduler.next_due() == due
    clock.set(due)
    with qtbot.waitSignal(scheduler.prompt_due, timeout=3000) as blocker:
        pass
    prompt = blocker.args[0]
    assert (prompt.habit, prompt.at_utc) == ("water the plants", due)


def test_nothing_fires_after_stop(qtbot: QtBot, make: Make, clock: FixedClock) -> None:
    routine = berlin(2026, 3, 9, 7, 30)
    just_before(clock, routine)
    scheduler = make()
    scheduler.start()
    assert scheduler.job_timer.isActive()
    clock.set(routine)
    scheduler.stop()
    assert not any(t.isActive() for t in timers(scheduler))
    with (
        qtbot.assertNotEmitted(scheduler.prompt_due, wait=800),
        qtbot.assertNotEmitted(scheduler.caught_up),
    ):
        scheduler.check()
        scheduler.reschedule()
    assert scheduler.scheduled() == []


def test_reschedule_keeps_one_timer(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock, store: MemoryStore
) -> None:
    routine = berlin(2026, 3, 9, 7, 30)
    just_before(clock, routine)
    scheduler = make()
    scheduler.start()
    before = len(timers(scheduler))
    assert before == 2  # the job timer and the periodic clock check
    habit_id = store.habits()[0].id
    for n in range(1000):
        # Every other round the earliest job changes: a snooze moves 07:30 to 07:45 and back.
        if n % 2 == 0:
            store.set_snooze(SnoozeTarget.HABIT, habit_id, routine + timedelta(minutes=15))
        else:
            store.clear_snooze(SnoozeTarget.HABIT, habit_id)
        scheduler.reschedule()
    assert len(timers(scheduler)) == before
    assert [t.isActive() for t in timers(scheduler)] == [True, True]
    assert scheduler.next_due() == routine
    # The one pending timer fires once: no chains of timers left over from the reschedules.
    clock.set(routine)
    received: list[Prompt] = []
    scheduler.prompt_due.connect(received.append)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=3000)
    qtbot.wait(500)
    assert [p.habit for p in received] == ["read one page"]


def test_reschedule_without_changes_leaves_the_timer_alone(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    scheduler = make()
    scheduler.start()
    armed: list[float | None] = []
    jobs = scheduler._jobs
    original = jobs._start_timer

    def spy(wait: float | None, target: datetime | None = None) -> None:
        armed.append(wait)
        original(wait, target)

    monkeypatch.setattr(jobs, "_start_timer", spy)
    for _ in range(100):
        scheduler.reschedule()
    assert armed == []


def test_a_wall_clock_jump_gives_one_catch_up(qtbot: QtBot, make: Make, clock: FixedClock) -> None:
    scheduler = make()
    scheduler.start()
    assert scheduler.next_due() == berlin(2026, 3, 9, 7, 30)
    clock.advance(timedelta(hours=6))  # slept through 07:30 and 12:30; monotonic time did not move
    with (
        qtbot.waitSignal(scheduler.caught_up, timeout=1000) as blocker,
        qtbot.assertNotEmitted(scheduler.prompt_due),
    ):
        scheduler.check()
    catch_up: CatchUp = blocker.args[0]
    assert catch_up.count == 2
    assert catch_up.next is not None and catch_up.next.habit == "read one page"
    # Planned again from now: tomorrow's reminders, nothing left to burst out.
    assert scheduler.next_due() == berlin(2026, 3, 10, 7, 30)
    with (
        qtbot.assertNotEmitted(scheduler.caught_up, wait=300),
        qtbot.assertNotEmitted(scheduler.prompt_due),
    ):
        scheduler.check()


def test_the_periodic_check_notices_a_jump_by_itself(
    qtbot: QtBot, make: Make, clock: FixedClock
) -> None:
    scheduler = make(check_interval_ms=50)
    scheduler.start()
    clock.advance(timedelta(hours=2))
    with qtbot.waitSignal(scheduler.caught_up, timeout=2000) as blocker:
        pass
    assert blocker.args[0].count == 1


def test_a_small_jump_past_a_routine_time_is_an_ordinary_prompt(
    qtbot: QtBot, make: Make, clock: FixedClock
) -> None:
    clock.set(berlin(2026, 3, 9, 7, 29))
    scheduler = make()
    scheduler.start()
    clock.advance(timedelta(minutes=1, seconds=30))
    with (
        qtbot.waitSignal(scheduler.prompt_due, timeout=1000),
        qtbot.assertNotEmitted(scheduler.caught_up),
    ):
        scheduler.check()


def test_a_resume_signal_checks_at_once(qtbot: QtBot, make: Make, clock: FixedClock) -> None:
    scheduler = make()
    scheduler.start()
    clock.advance(timedelta(hours=2))
    with qtbot.waitSignal(scheduler.caught_up, timeout=1000):
        scheduler.on_resumed()


def test_a_habit_done_meanwhile_is_not_reminded(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock
) -> None:
    routine = berlin(2026, 3, 9, 7, 30)
    just_before(clock, routine)
    scheduler = make()
    scheduler.start()
    runner.run(cmd.RecordWin(WinSource.CLI, habit="read one page"))  # the app did not reschedule
    clock.set(routine)
    with (
        qtbot.assertNotEmitted(scheduler.prompt_due, wait=600),
        qtbot.assertNotEmitted(scheduler.caught_up),
    ):
        pass


def test_a_restart_sends_nothing_twice(
    qtbot: QtBot, make: Make, clock: FixedClock, store: MemoryStore
) -> None:
    routine = berlin(2026, 3, 9, 7, 30)
    just_before(clock, routine)
    first = make()
    first.start()
    clock.set(routine)
    with qtbot.waitSignal(first.prompt_due, timeout=3000):
        pass
    first.stop()
    assert store.setting(SEEN_UNTIL) is not None
    # As if the app had crashed before saving how far it had looked: only the ledger is left.
    store.set_setting(SEEN_UNTIL, berlin(2026, 3, 9, 7, 0).isoformat())

    clock.advance(timedelta(seconds=1))
    second = make()
    with (
        qtbot.assertNotEmitted(second.prompt_due, wait=300),
        qtbot.assertNotEmitted(second.caught_up),
    ):
        second.start()
    assert second.next_due() == berlin(2026, 3, 9, 12, 30)


def test_a_start_after_downtime_catches_up_once(
    qtbot: QtBot, make: Make, clock: FixedClock
) -> None:
    first = make()
    first.start()
    first.stop()  # closed at 07:00
    clock.set(berlin(2026, 3, 10, 8, 0))  # opened the next morning
    second = make()
    with (
        qtbot.waitSignal(second.caught_up, timeout=1000) as blocker,
        qtbot.assertNotEmitted(second.prompt_due),
    ):
        second.start()
    catch_up: CatchUp = blocker.args[0]
    assert [p.habit for p in catch_up.prompts] == ["read one page", "stretch", "read one page"]
    assert catch_up.next is not None and catch_up.next.day == catch_up.prompts[-1].day
    third = make()
    with qtbot.assertNotEmitted(third.caught_up, wait=100):
        second.stop()
        third.start()


def test_a_snooze_fires_once_after_the_routine_reminder_even_across_a_restart(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock, store: MemoryStore
) -> None:
    routine = berlin(2026, 3, 9, 7, 30)
    just_before(clock, routine)
    first = make()
    first.start()
    clock.set(routine)
    with qtbot.waitSignal(first.prompt_due, timeout=3000):
        pass
    clock.advance(timedelta(seconds=5))
    runner.run(cmd.Snooze(SnoozeTarget.HABIT, store.habits()[0].id, minutes=10))
    first.reschedule()  # the app calls this on every change
    snooze_end = routine + timedelta(minutes=10, seconds=5)
    assert first.next_due() == snooze_end
    first.stop()

    just_before(clock, snooze_end)
    second = make()
    second.start()
    assert second.next_due() == snooze_end
    clock.set(snooze_end)
    received: list[Prompt] = []
    second.prompt_due.connect(received.append)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=3000)
    with qtbot.assertNotEmitted(second.prompt_due, wait=300):
        second.check()
    assert [(p.kind, p.ledger_kind) for p in received] == [("snooze", "snooze@07:40")]


def test_a_time_zone_change_is_followed(make: Make, clock: FixedClock) -> None:
    scheduler = make()
    scheduler.start()
    assert scheduler.next_due() == datetime(2026, 3, 9, 6, 30, tzinfo=UTC)
    clock.set_zone(ZoneInfo("Europe/London"))  # still 06:00 there: 07:30 is in 90 minutes
    scheduler.check()
    assert scheduler.next_due() == datetime(2026, 3, 9, 7, 30, tzinfo=UTC)


# --- OS hooks -----------------------------------------------------------------------------


def test_os_hooks_start_and_stop_cleanly(qtbot: QtBot, make: Make) -> None:
    scheduler = make(os_hooks=True)  # no system bus here: logind is skipped silently
    scheduler.start()
    scheduler.stop()
    with qtbot.assertNotEmitted(scheduler.caught_up, wait=100):
        scheduler.on_resumed()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux only")
def test_the_clock_watch_arms_and_survives_spurious_wakeups(qtbot: QtBot) -> None:
    watcher = ResumeWatcher()
    watcher.start()
    try:
        assert watcher.watching_clock
        with qtbot.assertNotEmitted(watcher.resumed, wait=100):
            watcher._on_clock_watch()  # nothing to read: EAGAIN is ignored
        assert watcher.watching_clock
    finally:
        watcher.stop()
    assert not watcher.watching_clock


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux only")
def test_the_clock_watch_wakes_the_event_loop(qtbot: QtBot) -> None:
    """Its descriptor reaches Qt's event loop (here by letting the timer expire, which also
    shows that an expired watch closes itself instead of waking the loop forever)."""
    watcher = ResumeWatcher()
    watcher.start()
    try:
        assert watcher._arm_clock_watch(int(time.time()) + 1)
        with qtbot.waitSignal(watcher.resumed, timeout=3000):
            pass
        assert not watcher.watching_clock
    finally:
        watcher.stop()


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_logind_prepare_for_sleep_false_means_resumed(tmp_path: Path) -> None:
    """On a private bus standing in for the system bus, a logind look-alike says: woke up."""
    socket = tmp_path / "system_bus_socket"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", f"--address=unix:path={socket}", "--nofork", "--nopidfile"],
        stdout=subprocess.DEVNULL,
    )
    try:
        script = textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication, QTimer
            from PySide6.QtDBus import QDBusConnection, QDBusMessage
            from smallwins.scheduling.resume import ResumeWatcher

            app = QCoreApplication([])
            watcher = ResumeWatcher()
            watcher.start()
            assert watcher.listening_to_logind
            watcher.resumed.connect(lambda: (print("resumed"), app.quit()))
            logind = QDBusConnection.connectToBus(QDBusConnection.BusType.SystemBus, "logind")
            assert logind.registerService("org.freedesktop.login1")
            signal = QDBusMessage.createSignal(
                "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
            )
            signal.setArguments([False])
            QTimer.singleShot(100, lambda: logind.send(signal))
            QTimer.singleShot(5000, app.quit)
            app.exec()
            watcher.stop()
            """
        )
        for _ in range(50):
            if socket.exists():
                break
            QThread.msleep(50)
        env = {
            "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={socket}",
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
        }
        done = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["resumed"]
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


# --- the weekly review's prompt ----------------------------------------------------------------


def test_the_review_prompt_fires_once_at_its_time(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock
) -> None:
    sunday = berlin(2026, 3, 15, 18, 0)  # the default: Sunday 18:00
    just_before(clock, sunday)
    scheduler = make()
    reviews: list[ReviewPrompt] = []
    scheduler.review_due.connect(reviews.append)
    scheduler.start()
    assert ("review/2026-W11", sunday) in scheduler.scheduled()
    clock.set(sunday)
    with qtbot.waitSignal(scheduler.review_due, timeout=3000):
        pass
    assert reviews == [ReviewPrompt("2026-W11", sunday)]
    assert runner.store.setting(REVIEW_PROMPTED) == "2026-W11"
    # Never twice: not by another check, nor after a restart.
    scheduler.stop()
    again = make()
    with qtbot.assertNotEmitted(again.review_due, wait=300):
        again.start()
        again.check()


def test_a_review_prompt_missed_while_away_comes_once_at_start(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock
) -> None:
    runner.run(cmd.SetReviewPrompt(True, 2, "09:00"))  # Wednesdays at 09:00
    first = make()
    first.start()
    first.stop()  # closed on Monday; started again on Thursday
    clock.set(berlin(2026, 3, 12, 8, 0))
    scheduler = make()
    reviews: list[ReviewPrompt] = []
    scheduler.review_due.connect(reviews.append)
    scheduler.start()
    assert reviews == [ReviewPrompt("2026-W11", berlin(2026, 3, 11, 9, 0))]


def test_no_review_prompt_when_turned_off(
    qtbot: QtBot, make: Make, runner: Runner, clock: FixedClock
) -> None:
    runner.run(cmd.SetReviewPrompt(False))
    sunday = berlin(2026, 3, 15, 18, 0)
    just_before(clock, sunday)
    scheduler = make()
    scheduler.start()
    assert not [job for job, _at in scheduler.scheduled() if job.startswith("review/")]
    clock.set(sunday)
    with qtbot.assertNotEmitted(scheduler.review_due, wait=500):
        scheduler.check()
