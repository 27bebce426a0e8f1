"""The weekly review's numbers from real use cases over a store, against hand-computed weeks:
a quota habit, rest days, a bent and a broken streak, a habit archived and restored, a day
that starts at 03:00, and a week with a change to summer time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import FixedClock, resolve_local
from smallwins.core.models import WinSource
from smallwins.core.ports import Store
from smallwins.storage import open_store
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.queries import review_json, review_of
from smallwins.usecases.runner import Runner
from smallwins.usecases.view import DAY_START_HOUR
from tests.fakes import MemoryStore

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args: int) -> datetime:
    return resolve_local(datetime(*args), BERLIN)


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: object) -> Store:
    if request.param == "memory":
        return MemoryStore()
    from pathlib import Path  # noqa: PLC0415

    return open_store(Path(str(tmp_path)) / "smallwins.db")


def tick(runner: Runner, habit: str, day: str, tiny: bool = False) -> None:
    runner.run(cmd.RecordWin(WinSource.CLI, habit=habit, day=day, tiny=tiny))


def test_a_week_of_quota_rest_bent_and_broken(store: Store) -> None:
    clock = FixedClock(berlin(2026, 3, 2, 6, 0), BERLIN)  # Monday
    runner = Runner(store, clock)
    runner.run(cmd.AddHabit("Run", "Morning coffee", "07:00", days="3/7"))
    runner.run(cmd.AddHabit("Read one page", "Morning coffee", "07:30"))
    stretch = runner.run(cmd.AddHabit("Stretch", "Lunch", "12:30"))
    gone = runner.run(cmd.AddHabit("Juggle", "Lunch", "12:30"))
    clock.set(berlin(2026, 3, 16, 10, 0))  # the Monday after the week reviewed
    for number in range(2, 9):  # the week before: Read and Stretch every day
        tick(runner, "Read one page", f"2026-03-0{number}")
        tick(runner, "Stretch", f"2026-03-0{number}")
    for day in ("2026-03-09", "2026-03-11", "2026-03-13"):  # Run: 3 of 7, quota met
        tick(runner, "Run", day)
    # Read: Mon done, Tue missed (bent by Wed), Wed tiny, Thu rest, Fri + Sat missed, Sun done.
    tick(runner, "Read one page", "2026-03-09")
    tick(runner, "Read one page", "2026-03-11", tiny=True)
    runner.run(cmd.PlanRest("2026-03-12", habit="Read one page"))
    tick(runner, "Read one page", "2026-03-15")
    for number in range(9, 16):
        tick(runner, "Stretch", f"2026-03-{number:02d}")
    tick(runner, "Juggle", "2026-03-10")
    # Stretch archived and restored: still reviewed; Juggle archived: left out (its win counts).
    runner.run(plan.ArchiveHabit(stretch.id))
    runner.run(plan.ArchiveHabit(stretch.id, archived=False))
    runner.run(plan.ArchiveHabit(gone.id))

    week = review_of(runner.view(), "2026-W11")
    # Mon Run+Read+Stretch, Tue Stretch+Juggle, Wed Run+Read+Stretch, Thu Stretch (Read rests),
    # Fri Run+Stretch, Sat Stretch, Sun Read+Stretch.
    assert week.per_day == (3, 2, 3, 1, 2, 1, 2)
    assert (week.wins, week.wins_last_week) == (14, 14)
    by_name = {h.name: h for h in week.habits}
    assert list(by_name) == ["Run", "Read one page", "Stretch"]
    u = "unscheduled"
    assert by_name["Run"].marks == ("done", u, "done", u, "done", u, u)
    assert by_name["Read one page"].marks == (
        "done", "bent", "tiny", "rest", "missed", "missed", "done",
    )  # fmt: skip
    assert by_name["Stretch"].marks == ("done",) * 7
    assert {h.name: h.misses for h in week.habits} == {"Run": 0, "Read one page": 3, "Stretch": 0}
    assert week.heavy == ("Read one page",)
    # Streaks: Read had 7 on Sunday the 8th; Mon, (bent Tue), Wed make 9; Fri + Sat end it;
    # Sunday starts again: 1. Stretch: 7 -> 14. Run: the quota weeks before had no wins.
    streaks = {h.name: (h.current_streak, h.streak_change) for h in week.habits}
    assert streaks == {"Run": (3, 3), "Read one page": (1, -6), "Stretch": (14, 7)}
    # Morning coffee: Run 3 of 3 + Read 3 of 6 = 6 of 9; lunch: Stretch 7 of 7.
    assert week.anchor is not None
    assert (week.anchor.routine, week.anchor.done, week.anchor.due) == ("Lunch", 7, 7)
    # Read's strength (a daily habit: m = 0.5 ** (1 / 13)) from 1 - m**7 after the first week:
    # won, missed, won, rest (frozen), missed, missed, won; still rising from a low start.
    m = 0.5 ** (1 / 13)
    score = before = 1 - m**7
    for won in (True, False, True, None, False, False, True):
        if won is not None:
            score = score * m + (1 - m if won else 0)
    read = by_name["Read one page"]
    assert read.strength == pytest.approx(score, abs=1e-9)
    assert read.strength_change == pytest.approx(score - before, abs=1e-9)
    assert by_name["Stretch"].strength_change == pytest.approx(m**7 - m**14, abs=1e-9)


def test_a_day_starting_at_three_across_the_change_to_summer_time(store: Store) -> None:
    clock = FixedClock(berlin(2026, 3, 23, 6, 0), BERLIN)  # Monday of the week with the change
    runner = Runner(store, clock)
    runner.run(cmd.ChangeSetting(DAY_START_HOUR, "3"))
    runner.run(cmd.AddHabit("Write one line", "Evening tea", "22:00"))
    # Each win ticked late at night, after midnight: the day it belongs to is the evening's.
    for month, day, hour, minute in (
        (3, 24, 2, 30),  # Monday's, on Tuesday 02:30
        (3, 24, 23, 0),  # Tuesday's
        (3, 26, 1, 0),  # Wednesday's, on Thursday 01:00
        (3, 26, 22, 0),  # Thursday's
        (3, 28, 0, 30),  # Friday's, on Saturday 00:30
        (3, 28, 22, 30),  # Saturday's
        (3, 30, 1, 30),  # Sunday's (the clocks went forward that night), on Monday 01:30
    ):
        clock.set(berlin(2026, month, day, hour, minute))
        runner.run(cmd.RecordWin(WinSource.CLI, habit="Write one line"))
    clock.set(berlin(2026, 3, 30, 12, 0))
    week = review_of(runner.view(), "2026-W13")
    assert week.per_day == (1,) * 7
    assert week.habits[0].marks == ("done",) * 7
    assert (week.habits[0].current_streak, week.habits[0].streak_change) == (7, 7)
    following = review_of(runner.view(), None)
    assert following.week == "2026-W14"
    assert following.per_day == (0,) * 7
    assert following.wins_last_week == 7
    data = review_json(runner.view(), week)
    assert data["per_day"] == [1] * 7 and data["saved"] is None
    assert clock.now() == datetime(2026, 3, 30, 10, 0, tzinfo=UTC)
