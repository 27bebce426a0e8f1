"""A reminder whose ledger cannot be written (a full disk) still comes, and only once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock, resolve_local
from smallwins.core.errors import Problem
from smallwins.scheduling import ReminderScheduler
from smallwins.storage.errors import StorageError
from smallwins.storage.failures import MESSAGES
from smallwins.usecases import commands as cmd
from smallwins.usecases.reminders import Prompt, ReviewPrompt
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore

pytestmark = pytest.mark.gui

BERLIN = ZoneInfo("Europe/Berlin")


class FullDiskStore(MemoryStore):
    """Writes fail as on a full disk while ``full``."""

    def __init__(self) -> None:
        super().__init__()
        self.full = False

    def _check(self) -> None:
        if self.full:
            raise StorageError(MESSAGES[Problem.DISK_FULL], problem=Problem.DISK_FULL)

    def mark_reminder_sent(self, habit_id: int, day: date, kind: str, sent_at: datetime) -> bool:
        self._check()
        return super().mark_reminder_sent(habit_id, day, kind, sent_at)

    def set_setting(self, key: str, value: str | None) -> None:
        self._check()
        super().set_setting(key, value)


@pytest.fixture
def store() -> FullDiskStore:
    return FullDiskStore()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(resolve_local(datetime(2026, 3, 9, 7, 0), BERLIN), BERLIN)


@pytest.fixture
def scheduler(qtbot: QtBot, store: FullDiskStore, clock: FixedClock) -> Iterator[ReminderScheduler]:
    runner = Runner(store, clock)
    runner.run(cmd.AddHabit("read one page", "morning coffee", "07:30"))
    runner.run(cmd.SetReviewPrompt(True, 6, "18:00"))
    made = ReminderScheduler(runner, clock, os_hooks=False)
    yield made
    made.stop()


def test_a_reminder_comes_once_while_its_ledger_cannot_be_written(
    scheduler: ReminderScheduler, store: FullDiskStore, clock: FixedClock
) -> None:
    prompts: list[Prompt] = []
    scheduler.prompt_due.connect(prompts.append)
    scheduler.start()
    store.full = True
    clock.set(resolve_local(datetime(2026, 3, 9, 7, 30), BERLIN))
    scheduler.check()
    assert [p.habit for p in prompts] == ["read one page"]
    for _ in range(3):  # the periodic check, a job firing, a replan: never again
        clock.advance(timedelta(minutes=1))
        scheduler.check()
        scheduler.reschedule()
    assert len(prompts) == 1
    assert store.reminders_sent(date(2026, 3, 9)) == set()
    store.full = False
    clock.advance(timedelta(minutes=1))
    scheduler.check()
    assert len(prompts) == 1
    # Written to the ledger once it took writes again: a restart does not send it either.
    assert len(store.reminders_sent(date(2026, 3, 9))) == 1


def test_the_review_prompt_comes_once_while_it_cannot_be_recorded(
    scheduler: ReminderScheduler, store: FullDiskStore, clock: FixedClock
) -> None:
    reviews: list[ReviewPrompt] = []
    scheduler.review_due.connect(reviews.append)
    scheduler.start()
    store.full = True
    clock.set(resolve_local(datetime(2026, 3, 15, 18, 0), BERLIN))
    scheduler.check()
    clock.advance(timedelta(minutes=1))
    scheduler.check()
    assert [r.week for r in reviews] == ["2026-W11"]
