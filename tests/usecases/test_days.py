"""Fixing a habit's past days (``SetDay``, ``ClearDay``) and the days the streaks window shows
(``habit_days``, ``all_habits_days``), on the in-memory store and on SQLite."""

from __future__ import annotations

from datetime import timedelta

from smallwins.core.events import Topic
from smallwins.core.models import WinKind, WinSource
from smallwins.usecases import commands as cmd
from smallwins.usecases.queries import DayShare, Mark, all_habits_days, habit_days, history_json
from tests.usecases.test_commands import TODAY, World, store, world

__all__ = ["store", "world"]

YESTERDAY = TODAY - timedelta(days=1)


def _state(world: World, name: str, day: str) -> str:
    days = history_json(world.runner.view(), name)["days"]
    return next(d["state"] for d in days if d["date"] == day)  # type: ignore[index, union-attr]


def test_set_day_records_a_forgotten_win_then_a_tiny_one_then_rest_then_nothing(
    world: World,
) -> None:
    hid = world.habit("Read one page")
    world.win(habit="Read one page", day=(TODAY - timedelta(days=5)).isoformat())  # its start
    day = (TODAY - timedelta(days=3)).isoformat()
    past = TODAY - timedelta(days=3)
    world.run(cmd.SetDay(hid, past, cmd.DayEntry.WIN))
    assert world.topics() & Topic.WINS
    assert _state(world, "Read one page", day) == "done"
    [win] = world.store.wins(habit_id=hid, since=past)
    assert (win.local_date, win.kind, win.source) == (past, WinKind.FULL, WinSource.HISTORY)

    world.run(cmd.SetDay(hid, past, cmd.DayEntry.TINY))  # replaces the win
    assert [w.kind for w in world.store.wins(habit_id=hid, since=past)] == [WinKind.TINY]
    assert _state(world, "Read one page", day) == "tiny"

    world.run(cmd.SetDay(hid, past, cmd.DayEntry.REST))
    assert world.store.wins(habit_id=hid, since=past) == []
    assert _state(world, "Read one page", day) == "rest"

    world.run(cmd.SetDay(hid, past, cmd.DayEntry.CLEAR))
    assert world.topics() == Topic.REST
    assert world.store.rest_days() == []
    assert _state(world, "Read one page", day) == "missed"


def test_clear_day_removes_the_days_wins_only(world: World) -> None:
    hid = world.habit("Read one page")
    world.win(habit="Read one page", day=YESTERDAY.isoformat())
    world.win(habit="Read one page")
    assert world.run(cmd.ClearDay(hid, YESTERDAY)) == 1
    assert world.topics() == Topic.WINS
    assert [w.local_date for w in world.store.wins(habit_id=hid)] == [TODAY]


def test_future_days_and_empty_days_are_refused(world: World) -> None:
    hid = world.habit("Read one page")
    tomorrow = TODAY + timedelta(days=1)
    world.refuse(cmd.SetDay(hid, tomorrow, cmd.DayEntry.WIN), "in the future")
    world.refuse(cmd.SetDay(hid, tomorrow, cmd.DayEntry.REST), "in the future")
    world.refuse(cmd.ClearDay(hid, tomorrow), "in the future")
    world.refuse(cmd.ClearDay(hid, YESTERDAY), "nothing is recorded")
    world.refuse(cmd.SetDay(hid, YESTERDAY, cmd.DayEntry.CLEAR), "nothing is recorded")
    world.refuse(cmd.SetDay(999, YESTERDAY, cmd.DayEntry.WIN), "no habit with id 999")


def test_habit_days_marks_every_kind_of_day(world: World) -> None:
    hid = world.habit("Read one page")  # created today: its history starts today
    day = [TODAY - timedelta(days=n) for n in range(8)]
    world.win(habit="Read one page", day=day[6].isoformat())
    world.win(habit="Read one page", day=day[5].isoformat(), tiny=True)
    world.run(cmd.PlanRest(day[4].isoformat(), habit="Read one page"))
    # day[3] missed, then a win: bent
    world.win(habit="Read one page", day=day[2].isoformat())
    # day[1] missed; today a full win after the miss saves the streak: recovery
    world.win(habit="Read one page")
    view = world.runner.view()
    habit = view.store.habit(hid)
    assert habit is not None
    shown = habit_days(view, habit, day[7], TODAY + timedelta(days=1))
    assert [shown.marks[d] for d in reversed(day)] == [
        Mark.BEFORE,
        Mark.DONE,
        Mark.TINY,
        Mark.REST,
        Mark.BENT,
        Mark.DONE,
        Mark.BENT,
        Mark.RECOVERY,
    ]
    assert shown.marks[TODAY + timedelta(days=1)] is Mark.FUTURE
    assert (shown.current_streak, shown.best_streak, shown.streak_bent) == (4, 4, True)
    assert [(r.first, r.last, r.length) for r in shown.best_runs] == [(day[6], TODAY, 4)]


def test_all_habits_days_share_of_the_scheduled_habits_done(world: World) -> None:
    world.habit("Read one page")
    world.habit("Stretch", routine="Lunch", at="12:00")
    world.win(habit="Read one page", day=YESTERDAY.isoformat())
    world.run(cmd.PlanRest(YESTERDAY.isoformat(), habit="Stretch"))
    world.win(habit="Stretch")
    shares = all_habits_days(
        world.runner.view(), YESTERDAY - timedelta(days=1), TODAY + timedelta(1)
    )
    assert shares == {
        YESTERDAY - timedelta(days=1): DayShare(0, 0),  # before either habit
        YESTERDAY: DayShare(1, 1),  # Stretch rested: not scheduled
        TODAY: DayShare(1, 2),  # Read one page still pending
        TODAY + timedelta(days=1): None,
    }
