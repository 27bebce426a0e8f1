"""The streaks window's figures as the use cases answer them (``usecases/queries.py``), on the
in-memory store and on SQLite: a month against the month before with a day-start hour of
03:00, all habits together with an archived and restored habit, the strength's trend and the
steps finished per purpose."""

from __future__ import annotations

from datetime import date

import pytest

from smallwins.core.figures import DayCounts, WeekdayTally
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.queries import (
    MonthTotals,
    month_totals,
    purpose_progress,
    strength_figures,
    total_wins,
    weekday_frequency,
)
from smallwins.usecases.view import DAY_START_HOUR
from tests.usecases.test_commands import World, berlin, store, world

__all__ = ["store", "world"]

MARCH, FEBRUARY = date(2026, 3, 1), date(2026, 2, 1)
M = 0.5 ** (1 / 13)


@pytest.fixture
def night_owl(world: World) -> World:
    """Day start 03:00. "Read one page" (daily) begun on Saturday 28 February by a win at
    Sunday 01:30 (still Saturday's night); Sunday 1 March missed, Monday 2 March rested,
    Tuesday 3 March (today) done, and a step done today."""
    world.run(cmd.ChangeSetting(DAY_START_HOUR, "3"))
    world.clock.set(berlin(2026, 3, 1, 1, 30))
    world.habit()
    assert world.win(habit="Read one page").win.local_date == date(2026, 2, 28)
    world.clock.set(berlin(2026, 3, 3, 12, 0))
    world.run(cmd.PlanRest("2026-03-02", habit="Read one page"))
    world.win(habit="Read one page")
    world.purpose()
    world.step("Open the draft", purpose="Write a novel")
    world.win()  # the next step: the habit is done, so the step
    return world


def test_this_month_against_the_last_with_the_day_starting_at_three(night_owl: World) -> None:
    view = night_owl.runner.view()
    habit = view.find_habit("Read one page")
    # The 01:30 win belongs to February; 1 March is missed (bent: the rest day is passed over
    # and the 3rd is done).
    assert month_totals(view, habit, MARCH) == MonthTotals(
        MARCH, 1, DayCounts(done=1, rest=1, missed=1)
    )
    assert month_totals(view, habit, FEBRUARY) == MonthTotals(FEBRUARY, 1, DayCounts(done=1))
    assert month_totals(view, habit, date(2026, 4, 1)) == MonthTotals(
        date(2026, 4, 1), 0, DayCounts()
    )
    assert total_wins(view, habit) == 2
    # All habits: the step's win counts among the wins, not among the habits' days.
    assert month_totals(view, None, MARCH) == MonthTotals(
        MARCH, 2, DayCounts(done=1, rest=1, missed=1)
    )
    assert total_wins(view, None) == 3


def test_weekday_frequency_of_a_habit_and_of_all(night_owl: World) -> None:
    view = night_owl.runner.view()
    habit = view.find_habit("Read one page")
    tally = weekday_frequency(view, habit, 2026)
    # Sat 28 Feb done; Sun 1 Mar missed; Mon 2 Mar rested (not possible); Tue 3 Mar done.
    assert tally == {
        (FEBRUARY, 5): WeekdayTally(1, 1),
        (MARCH, 6): WeekdayTally(0, 1),
        (MARCH, 1): WeekdayTally(1, 1),
    }
    night_owl.habit("Stretch", "Lunch", "12:00", days="mon,tue")  # begun today, not done
    view = night_owl.runner.view()
    together = weekday_frequency(view, None, 2026)
    assert together[(MARCH, 1)] == WeekdayTally(1, 1)  # Stretch: today still open
    assert weekday_frequency(view, habit, 2025) == {}


def test_an_archived_habit_leaves_all_habits_and_comes_back_whole(night_owl: World) -> None:
    view = night_owl.runner.view()
    habit = view.find_habit("Read one page")
    before = strength_figures(view, None)
    night_owl.run(plan.ArchiveHabit(habit.id))
    view = night_owl.runner.view()
    archived = view.store.habit(habit.id)
    assert archived is not None and archived.archived
    assert month_totals(view, None, MARCH) == MonthTotals(MARCH, 2, DayCounts())
    assert weekday_frequency(view, None, 2026) == {}
    assert strength_figures(view, None).trend == [None] * 90
    # Its own figures stay readable while archived.
    assert month_totals(view, archived, MARCH).days == DayCounts(done=1, rest=1, missed=1)
    night_owl.run(plan.ArchiveHabit(habit.id, archived=False))
    view = night_owl.runner.view()
    assert month_totals(view, None, MARCH).days == DayCounts(done=1, rest=1, missed=1)
    assert strength_figures(view, None) == before


def test_the_strength_trend_and_its_explanation(night_owl: World) -> None:
    view = night_owl.runner.view()
    habit = view.find_habit("Read one page")
    figures = strength_figures(view, habit)
    # Feb 28 done, Mar 1 missed, Mar 2 rested (frozen), Mar 3 done.
    expected = [1 - M, (1 - M) * M, (1 - M) * M, (1 - M) * M * M + (1 - M)]
    assert figures.trend[:86] == [None] * 86
    assert figures.trend[86:] == pytest.approx(expected)
    assert figures.strength == pytest.approx(expected[-1])
    # The week back to 24 February: two days done, one missed (the bent 1 March).
    explained = figures.explanation
    assert (explained.done, explained.scheduled) == (2, 3)
    assert explained.change == pytest.approx(expected[-1])
    night_owl.habit("Stretch", "Lunch", "12:00")  # begun today, strength 0
    together = strength_figures(night_owl.runner.view(), None)
    assert together.strength == pytest.approx(expected[-1] / 2)
    assert together.trend[-2] == pytest.approx(expected[-2])  # Stretch had not begun
    assert together.trend[-1] == pytest.approx(expected[-1] / 2)
    assert (together.explanation.done, together.explanation.scheduled) == (2, 3)


def test_steps_finished_per_purpose(world: World) -> None:
    world.purpose("Write the book")
    world.purpose("Run a 5k")
    old = world.purpose("Old plan")
    first = world.step("Outline", purpose="Write the book")
    world.step("Chapter one", purpose="Write the book")
    dropped = world.step("Find an agent", purpose="Write the book")
    world.run(cmd.ShrinkStep(first, ["Open a document", "Write three headings"]))
    world.win()  # "Open a document"
    world.win()  # "Write three headings"
    world.run(cmd.DropStep(dropped))
    world.step("Lace the shoes", purpose="Run a 5k")
    world.step("Someday", purpose="Old plan")
    world.run(plan.ArchivePurpose(old))
    progress = purpose_progress(world.runner.view())
    # Outline (shrunk, still open), its two smaller steps (done), Chapter one; the dropped
    # step does not count, nor does an archived purpose.
    assert [(p.purpose.name, p.done, p.steps) for p in progress] == [
        ("Write the book", 2, 4),
        ("Run a 5k", 0, 1),
    ]
