"""Today's list (``View.today_list``), which the tray's and the widget's "Today" menus show: the
habits in play today in the next-step rule's order with their state and snooze, then the focused
purpose's open steps, on the in-memory store and on SQLite."""

from __future__ import annotations

from datetime import datetime, timedelta

from smallwins.core.models import DayState, SnoozeTarget, WinSource
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.view import TodayList
from tests.usecases.test_commands import BERLIN, TODAY, World, store, world

__all__ = ["store", "world"]  # the fixtures, shared with the commands' tests


def _habits(today: TodayList) -> list[tuple[str, DayState, datetime | None]]:
    return [(h.habit.action, h.state, h.snoozed_until) for h in today.habits]


def _steps(today: TodayList) -> list[tuple[str, datetime | None]]:
    return [(s.step.text, s.snoozed_until) for s in today.steps]


def test_nothing_planned_is_an_empty_list(world: World) -> None:
    today = world.runner.view().today_list()
    assert today.empty
    assert (today.habits, today.purpose, today.steps) == ((), None, ())


def test_habits_in_routine_time_then_stack_order_with_their_state_and_snooze(
    world: World,
) -> None:
    # It is Wednesday 10:00 in Berlin. Added in an order unlike the day's.
    world.habit("Stretch", routine="Evening", at="21:00")
    world.habit("Read one page", routine="Morning coffee", at="07:30")
    drink = world.habit("Drink water", routine="Lunch", at="12:00")
    world.habit("Write one line", routine="Morning coffee", at="07:30", tiny="One word")
    world.habit("Lift weights", routine="Gym", at="18:00", days="mon")  # not on Wednesdays
    walk = world.habit("Walk", routine="Morning walk", at="08:00")
    world.habit("Meditate", routine="Wake up", at="06:00")
    world.run(cmd.PlanRest(TODAY.isoformat(), habit="Meditate"))
    world.run(plan.ArchiveHabit(walk))
    world.win(habit="Read one page")
    world.win(habit="Write one line", tiny=True)
    world.run(cmd.Snooze(SnoozeTarget.HABIT, drink, 60))

    today = world.runner.view().today_list()

    assert _habits(today) == [
        ("Read one page", DayState.DONE, None),
        ("Write one line", DayState.TINY, None),
        ("Drink water", DayState.PENDING, datetime(2026, 3, 11, 11, 0, tzinfo=BERLIN)),
        ("Stretch", DayState.PENDING, None),
    ]
    snoozed = today.habits[2].snoozed_until
    assert snoozed is not None
    assert (snoozed.hour, snoozed.minute) == (11, 0)  # the user's wall clock, not UTC


def test_a_snooze_that_ended_is_not_shown(world: World) -> None:
    drink = world.habit("Drink water", routine="Lunch", at="12:00")
    world.run(cmd.Snooze(SnoozeTarget.HABIT, drink, 10))
    world.clock.advance(timedelta(minutes=11))
    assert _habits(world.runner.view().today_list()) == [("Drink water", DayState.PENDING, None)]


def test_a_tiny_win_is_not_topped_up_to_full(world: World) -> None:
    """Why the menus offer a tiny-done habit nothing: the day has its win already."""
    hid = world.habit("Write one line", tiny="One word")
    world.win(habit_id=hid, tiny=True)
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit_id=hid), "already done")
    assert _habits(world.runner.view().today_list()) == [("Write one line", DayState.TINY, None)]


def test_steps_of_the_focused_purpose_in_queue_order(world: World) -> None:
    world.purpose("Write a novel")
    world.purpose("Get stronger")
    world.step("Do one push-up", purpose="Get stronger")
    world.step("Open the draft", purpose="Write a novel")
    sentence = world.step("Write one sentence", purpose="Write a novel")
    world.step("Close the laptop", purpose="Write a novel")
    world.run(cmd.MoveStep(sentence, position=0))
    world.run(cmd.Snooze(SnoozeTarget.STEP, sentence, 60))

    # No choice made yet: the most recently active purpose leads.
    today = world.runner.view().today_list()
    assert today.purpose is not None
    assert today.purpose.name == "Write a novel"
    assert _steps(today) == [
        ("Write one sentence", datetime(2026, 3, 11, 11, 0, tzinfo=BERLIN)),
        ("Open the draft", None),
        ("Close the laptop", None),
    ]
    assert today.habits == ()

    world.run(cmd.FocusPurpose("Get stronger"))
    today = world.runner.view().today_list()
    assert today.purpose is not None
    assert today.purpose.name == "Get stronger"
    assert _steps(today) == [("Do one push-up", None)]

    # A ticked step leaves the list; with none left in focus, the steps the next step comes
    # from are listed: the widget and the tray offer those.
    world.run(cmd.RecordWin(WinSource.TRAY, step_id=today.steps[0].step.id))
    view = world.runner.view()
    today = view.today_list()
    assert today.purpose is not None
    assert today.purpose.name == "Write a novel"
    assert [s for s, _ in _steps(today)] == [
        "Write one sentence",
        "Open the draft",
        "Close the laptop",
    ]
    assert view.next.text == "Open the draft"  # the snoozed one waits


def test_habits_of_an_archived_purpose_are_absent(world: World) -> None:
    pid = world.purpose("Write a novel")
    world.purpose("Get stronger")
    world.habit("Write one line", purpose="Write a novel")
    world.habit("Do one push-up", routine="Lunch", at="12:00", purpose="Get stronger")
    world.step("Open the draft", purpose="Write a novel")
    world.run(plan.ArchivePurpose(pid))

    today = world.runner.view().today_list()
    assert _habits(today) == [("Do one push-up", DayState.PENDING, None)]
    assert today.purpose is None  # the archived purpose's steps are out of play too
    assert today.steps == ()
