"""Keeping the plan (``usecases/plan.py``): each command's effect, the topics it reports and its
refusals (which change nothing), on the in-memory store and on SQLite."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from smallwins.core.errors import UserError
from smallwins.core.events import Topic
from smallwins.core.models import FixedDays, SnoozeTarget, StepState, WinKind, WinSource
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.queries import schedule_json
from tests.usecases.test_commands import TODAY, World, store, world

__all__ = ["store", "world"]  # the fixtures, shared with the commands' tests

WEEKDAYS = (0, 1, 2, 3, 4)


def _times(world: World, routine: str) -> dict[int, time]:
    found = world.store.routine_by_name(routine)
    assert found is not None
    return dict(found.times)


# --- purposes ---------------------------------------------------------------------------------


def test_edit_purpose_renames_and_sets_why_and_colour(world: World) -> None:
    pid = world.purpose("Write a novel")
    edited = world.run(plan.EditPurpose(pid, name="Write a book", why="stories", colour="3B82F6"))
    assert world.topics() == Topic.PURPOSES
    assert (edited.name, edited.why, edited.colour) == ("Write a book", "stories", "#3b82f6")
    assert world.store.purpose(pid) == edited
    # Empty texts clear; None keeps.
    cleared = world.run(plan.EditPurpose(pid, why="", colour=""))
    assert (cleared.name, cleared.why, cleared.colour) == ("Write a book", None, None)


def test_edit_purpose_refusals(world: World) -> None:
    pid = world.purpose("Write a novel")
    world.purpose("Get stronger")
    world.refuse(plan.EditPurpose(pid, name="get STRONGER"), "already exists")
    world.refuse(plan.EditPurpose(pid, name="   "), "purpose name")
    world.refuse(plan.EditPurpose(pid, colour="blue"), "#RRGGBB")
    world.refuse(plan.EditPurpose(999, name="x"), "no purpose with id 999")


def test_archived_purpose_leaves_the_next_step_and_reminders_and_comes_back(world: World) -> None:
    pid = world.purpose("Write a novel")
    world.step("Open the draft")
    hid = world.habit("Write one line", purpose="Write a novel")
    world.win(habit="Write one line", day=(TODAY - timedelta(days=1)).isoformat())
    assert world.runner.view().next.text in ("Write one line", "Open the draft")

    archived = world.run(plan.ArchivePurpose(pid))
    assert archived.archived
    assert Topic.HABITS in world.topics() and Topic.STEPS in world.topics()
    view = world.runner.view()
    assert view.next.kind is None
    assert view.habits == []
    assert view.status_json()["purposes"] == []
    assert schedule_json(view, 7)["reminders"] == []
    world.refuse(plan.ArchivePurpose(pid), "already archived")

    world.run(plan.ArchivePurpose(pid, archived=False))
    view = world.runner.view()
    assert [h.id for h in view.habits] == [hid]
    assert view.win_days_of(hid) == {TODAY - timedelta(days=1): WinKind.FULL}
    assert schedule_json(view, 7)["reminders"] != []


# --- steps ------------------------------------------------------------------------------------


def test_edit_step_changes_the_words_only(world: World) -> None:
    pid = world.purpose()
    first = world.step("Opne the draft")
    world.step("Outline chapter two")
    edited = world.run(plan.EditStep(first, "Open the draft"))
    assert world.topics() == Topic.STEPS
    assert edited.text == "Open the draft"
    assert world.open_texts(pid) == ["Open the draft", "Outline chapter two"]
    world.refuse(plan.EditStep(first, " "), "step text")
    world.refuse(plan.EditStep(first, "x" * 201), "step text")
    world.refuse(plan.EditStep(404, "x"), "no step with id 404")


def test_a_dropped_step_is_reopened_at_the_end(world: World) -> None:
    pid = world.purpose()
    first = world.step("One")
    world.step("Two")
    world.run(cmd.DropStep(first))
    assert world.open_texts(pid) == ["Two"]
    world.run(plan.ReopenStep(first))
    assert world.topics() == Topic.STEPS
    assert world.open_texts(pid) == ["Two", "One"]
    world.refuse(plan.ReopenStep(first), "not dropped")


def test_step_done_through_a_win_keeps_its_place_in_the_ladder(world: World) -> None:
    pid = world.purpose()
    first = world.step("One")
    world.step("Two")
    world.win(step_id=first)
    done = world.store.step(first)
    assert done is not None and done.state is StepState.DONE
    assert world.open_texts(pid) == ["Two"]


# --- habits -----------------------------------------------------------------------------------


def test_edit_habit_changes_each_part(world: World) -> None:
    world.purpose("Write a novel")
    hid = world.habit("Read one page", days="daily")
    edited = world.run(
        plan.EditHabit(
            hid,
            action="Read two pages",
            tiny="Open the book",
            days="mon,wed,fri",
            purpose="Write a novel",
            reminder=False,
        )
    )
    assert world.topics() == Topic.HABITS
    stored = world.store.habit(hid)
    assert stored == edited
    assert (stored.action, stored.tiny, stored.reminder) == (
        "Read two pages",
        "Open the book",
        False,
    )
    assert stored.schedule == FixedDays(frozenset({0, 2, 4}))
    assert world.store.purpose(stored.purpose_id or 0) is not None
    cleared = world.run(plan.EditHabit(hid, tiny="", purpose=""))
    assert (cleared.tiny, cleared.purpose_id) == (None, None)


def test_edit_habit_at_moves_the_routine_and_every_habit_on_it(world: World) -> None:
    first = world.habit("Read one page", "Morning coffee", "07:30")
    second = world.habit("Stretch", "Morning coffee", "07:30")
    world.run(plan.EditHabit(first, at="08:15"))
    assert set(_times(world, "Morning coffee").values()) == {time(8, 15)}
    # One reminder per routine time, for the head of the stack; today's has passed.
    reminders = schedule_json(world.runner.view(), 2)["reminders"]
    assert [(r["habit"], r["at"][11:16]) for r in reminders] == [("Read one page", "08:15")]
    world.run(plan.MoveHabit(second, 0))
    reminders = schedule_json(world.runner.view(), 2)["reminders"]
    assert [(r["habit"], r["at"][11:16]) for r in reminders] == [("Stretch", "08:15")]


def test_edit_habit_to_another_routine_goes_to_the_end_of_its_stack(world: World) -> None:
    world.habit("Floss", "Brush teeth", "22:00")
    hid = world.habit("Read one page", "Morning coffee", "07:30")
    moved = world.run(plan.EditHabit(hid, routine="brush TEETH"))
    evening = world.store.routine_by_name("Brush teeth")
    assert evening is not None and moved.routine_id == evening.id
    stack = [h.action for h in world.store.habits() if h.routine_id == evening.id]
    assert stack == ["Floss", "Read one page"]
    # A routine that does not exist yet is made, with the time given.
    world.run(plan.EditHabit(hid, routine="Lunch", at="12:30"))
    assert set(_times(world, "Lunch").values()) == {time(12, 30)}


def test_edit_habit_refusals_change_nothing(world: World) -> None:
    hid = world.habit("Read one page")
    world.habit("Stretch")
    world.refuse(plan.EditHabit(hid, action="STRETCH"), "already exists")
    world.refuse(plan.EditHabit(hid, at="25:00"), "does not exist")
    world.refuse(plan.EditHabit(hid, routine="Lunch", at="7.30"), "HH:MM")
    world.refuse(plan.EditHabit(hid, days="someday"), "")
    world.refuse(plan.EditHabit(hid, purpose="Nope"), "no purpose named")
    world.refuse(plan.EditHabit(77, action="x"), "no habit with id 77")


def test_move_habit_reorders_the_stack_and_the_next_step(world: World) -> None:
    first = world.habit("Read one page", "Morning coffee", "07:30")
    second = world.habit("Stretch", "Morning coffee", "07:30")
    world.clock.set(world.clock.now().replace(hour=6, minute=45))  # 07:45 in Berlin
    assert world.runner.view().next.text == "Read one page"
    world.run(plan.MoveHabit(second, 0))
    assert world.topics() == Topic.HABITS
    assert [h.id for h in world.store.habits()] == [second, first]
    assert world.runner.view().next.text == "Stretch"
    world.run(plan.MoveHabit(second, 99))  # past the end: last
    assert [h.id for h in world.store.habits()] == [first, second]


def test_an_archived_habit_keeps_its_history_and_is_restored_with_its_streak(world: World) -> None:
    hid = world.habit("Read one page")
    for back in (3, 2, 1):
        world.win(habit="Read one page", day=(TODAY - timedelta(days=back)).isoformat())
    streak = world.runner.view().habit_statuses[0].history.current_streak
    assert streak == 3
    world.run(plan.ArchiveHabit(hid))
    assert world.topics() == Topic.HABITS
    view = world.runner.view()
    assert view.habits == [] and schedule_json(view, 7)["reminders"] == []
    assert view.status_json()["habits"] == []
    assert len(world.store.wins(habit_id=hid)) == 3
    world.refuse(plan.ArchiveHabit(hid), "already archived")
    world.refuse(cmd.RecordWin(source=WinSource.CLI, habit="Read one page"), "no habit")
    world.run(plan.ArchiveHabit(hid, archived=False))
    assert world.runner.view().habit_statuses[0].history.current_streak == streak


def test_remove_habit_deletes_it_with_its_history_and_says_how_many_wins(world: World) -> None:
    hid = world.habit("Read one page")
    keep = world.habit("Stretch")
    world.win(habit="Read one page", day=(TODAY - timedelta(days=1)).isoformat())
    world.win(habit="Read one page")
    world.win(habit="Stretch")
    world.run(cmd.PlanRest(day=(TODAY + timedelta(days=2)).isoformat(), habit="Read one page"))
    world.run(cmd.Snooze(SnoozeTarget.HABIT, keep, 10))
    assert world.run(plan.RemoveHabit(hid)) == 2
    assert world.topics() == Topic.HABITS | Topic.WINS
    assert world.store.habit(hid) is None
    assert [w.habit_id for w in world.store.wins()] == [keep]
    assert [r.habit_id for r in world.store.rest_days()] == []
    assert [s.target_id for s in world.store.snoozes()] == [keep]
    world.refuse(plan.RemoveHabit(hid), f"no habit with id {hid}")


# --- routines ---------------------------------------------------------------------------------


def test_edit_routine_sets_weekday_and_weekend_times(world: World) -> None:
    hid = world.habit("Read one page", "Morning coffee", "07:30")
    routine = world.store.routine_by_name("Morning coffee")
    assert routine is not None
    times = [(d, "07:30") for d in WEEKDAYS] + [(5, "09:00"), (6, "09:00")]
    world.run(plan.EditRoutine(routine.id, times))
    assert world.topics() == Topic.HABITS
    assert _times(world, "Morning coffee") == {
        **{d: time(7, 30) for d in WEEKDAYS},
        5: time(9),
        6: time(9),
    }
    # No time on a day: no reminder that day.
    world.run(plan.EditRoutine(routine.id, [(d, "07:30") for d in WEEKDAYS]))
    week = schedule_json(world.runner.view(), 8)["reminders"]  # today's 07:30 has passed
    days = {date.fromisoformat(r["at"][:10]).weekday() for r in week}
    assert days == set(WEEKDAYS)
    assert world.store.habit(hid) is not None


def test_edit_routine_refusals(world: World) -> None:
    world.habit("Read one page", "Morning coffee", "07:30")
    routine = world.store.routine_by_name("Morning coffee")
    assert routine is not None
    world.refuse(plan.EditRoutine(routine.id, []), "at least one day")
    world.refuse(plan.EditRoutine(routine.id, [(7, "07:30")]), "weekday 7")
    world.refuse(plan.EditRoutine(routine.id, [(0, "07:30"), (0, "08:00")]), "one time")
    world.refuse(plan.EditRoutine(routine.id, [(0, "7h30")]), "HH:MM")
    world.refuse(plan.EditRoutine(5, [(0, "07:30")]), "no routine with id 5")


def test_rename_routine(world: World) -> None:
    world.habit("Read one page", "Morning coffee", "07:30")
    world.habit("Floss", "Brush teeth", "22:00")
    routine = world.store.routine_by_name("Morning coffee")
    assert routine is not None
    renamed = world.run(plan.RenameRoutine(routine.id, "Pour my morning coffee"))
    assert world.topics() == Topic.HABITS
    assert renamed.name == "Pour my morning coffee"
    assert world.store.routine_by_name("Pour my morning coffee") is not None
    world.refuse(plan.RenameRoutine(routine.id, "BRUSH teeth"), "already exists")
    world.refuse(plan.RenameRoutine(routine.id, ""), "routine name")


@pytest.mark.parametrize("archived", [True, False])
def test_find_habit_sees_an_archived_habit_only_when_asked(world: World, archived: bool) -> None:
    hid = world.habit("Read one page")
    if archived:
        world.run(plan.ArchiveHabit(hid))
    view = world.runner.view()
    assert view.find_habit("read ONE page", include_archived=True).id == hid
    if archived:
        with pytest.raises(UserError):
            view.find_habit("Read one page")
    else:
        assert view.find_habit("Read one page").id == hid


def test_a_days_note_is_kept_replaced_and_removed(world: World) -> None:
    hid = world.habit("Read one page")
    yesterday = TODAY - timedelta(days=1)
    assert world.run(cmd.SetNote(hid, yesterday, "  slept badly  ")) == "slept badly"
    assert world.topics() == Topic.NOTES
    assert world.store.notes(hid) == {yesterday: "slept badly"}
    world.run(cmd.SetNote(hid, yesterday, "two lines\nof note"))
    assert world.store.notes(hid) == {yesterday: "two lines\nof note"}
    assert world.run(cmd.SetNote(hid, yesterday, "")) is None
    assert world.store.notes(hid) == {}
    world.refuse(cmd.SetNote(hid, TODAY + timedelta(days=1), "later"), "future")
    world.refuse(cmd.SetNote(hid, TODAY, "x" * 501), "too long")
    world.refuse(cmd.SetNote(99, TODAY, "x"), "no habit with id 99")
