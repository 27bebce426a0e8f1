"""The command line keeps the plan too: purposes, steps, habits and routines edited, reordered,
archived and removed, with JSON where it lists; bad input changes nothing (exit 1)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_cli import Cli, cli, novel

__all__ = ["cli", "novel"]  # the fixtures, shared with the other command-line tests


@pytest.fixture
def stacked(novel: Cli) -> Cli:
    novel.ok("habit", "add", "Read one page", "--after", "Morning coffee", "--at", "07:30",
             "--purpose", "Write a novel")  # fmt: skip
    novel.ok("habit", "add", "Stretch", "--after", "Morning coffee", "--at", "07:30")
    return novel


def test_purpose_rename_archive_restore_and_list_json(novel: Cli) -> None:
    novel.ok("step", "add", "Open the draft")
    assert novel.ok("purpose", "rename", "write a NOVEL", "Write a book").out == (
        "Purpose #1 is now: Write a book\n"
    )
    novel.ok("purpose", "archive", "Write a book")
    assert novel.ok("next", "--json").json()["kind"] is None
    assert novel.ok("status", "--json").json()["purposes"] == []
    assert novel.ok("purpose", "list", "--json").json() == {"purposes": []}
    listed = novel.ok("purpose", "list", "--archived", "--json").json()["purposes"]
    assert [(p["name"], p["archived"]) for p in listed] == [("Write a book", True)]
    novel.fails("purpose", "archive", "Write a book", says="already archived")
    novel.ok("purpose", "restore", "Write a book")
    assert novel.ok("next", "--json").json()["text"] == "Open the draft"
    novel.ok("purpose", "add", "Get stronger")
    novel.fails("purpose", "rename", "Get stronger", "WRITE A BOOK", says="already exists")
    novel.fails("purpose", "rename", "Nope", "x", says="no purpose named 'Nope'")


def test_step_edit_done_move_and_list_json(novel: Cli) -> None:
    for text in ("One", "Two", "Three"):
        novel.ok("step", "add", text)
    novel.ok("step", "move", "3", "1")
    novel.ok("step", "edit", "2", "Zwei")
    steps = novel.ok("step", "list", "--json").json()["steps"]
    assert [(s["id"], s["text"], s["place"]) for s in steps] == [
        (3, "Three", 1),
        (1, "One", 2),
        (2, "Zwei", 3),
    ]
    assert novel.ok("step", "done", "3").out.startswith("✓ Three")
    assert [s["id"] for s in novel.ok("step", "list", "--json").json()["steps"]] == [1, 2]
    done_again = novel.ok("step", "done", "3")  # a retry: already so, nothing changed
    assert done_again.out == "step 3 is already done\n"
    novel.fails("step", "edit", "1", "   ", says="step text")
    novel.fails("step", "move", "99", "1", says="no step with id 99")
    novel.fails("step", "move", "1", "0", code=2)


def test_habit_edit_changes_each_part(stacked: Cli) -> None:
    stacked.ok("purpose", "add", "Get stronger")
    stacked.ok("habit", "edit", "Stretch", "--action", "Stretch two minutes", "--tiny",
               "Stand up", "--days", "mon,wed,fri", "--purpose", "Get stronger",
               "--reminder", "off", "--place", "1")  # fmt: skip
    habits = stacked.ok("habit", "list", "--json").json()["habits"]
    stretch = next(h for h in habits if h["id"] == 2)
    assert stretch == {
        "id": 2,
        "name": "Stretch two minutes",
        "routine": "Morning coffee",
        "place": 1,
        "days": ["mon", "wed", "fri"],
        "times": {"mon": "07:30", "wed": "07:30", "fri": "07:30"},
        "tiny": "Stand up",
        "purpose": "Get stronger",
        "reminder": False,
        "archived": False,
    }
    # --at moves the routine, and so every habit stacked on it; "" clears.
    stacked.ok("habit", "edit", "1", "--at", "08:15", "--tiny", "", "--purpose", "")
    schedule = stacked.ok("schedule", "--json", "--days", "3").json()["reminders"]
    assert {r["at"][11:16] for r in schedule} == {"08:15"}
    read = next(h for h in stacked.ok("habit", "list", "--json").json()["habits"] if h["id"] == 1)
    assert (read["tiny"], read["purpose"]) == (None, None)
    stacked.ok("habit", "edit", "1", "--after", "Lunch", "--at", "12:30")
    read = next(h for h in stacked.ok("habit", "list", "--json").json()["habits"] if h["id"] == 1)
    assert (read["routine"], read["times"]["mon"]) == ("Lunch", "12:30")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("habit", "edit", "Nope", "--tiny", "x"), "no habit named 'Nope'"),
        (("habit", "edit", "99", "--tiny", "x"), "no habit with id 99"),
        (("habit", "edit", "1", "--action", "stretch"), "already exists"),
        (("habit", "edit", "1", "--at", "25:00"), "does not exist"),
        (("habit", "edit", "1", "--days", "someday"), "unknown weekday"),
        (("habit", "edit", "1", "--purpose", "Nope"), "no purpose named"),
        (("habit", "remove", "Stretch"), "--yes"),
        (("habit", "edit", "Stretch"), "say what to change"),
        (("routine", "edit", "Nope", "--at", "07:00"), "no routine named 'Nope'"),
        (
            (
                "routine",
                "edit",
                "Morning coffee",
                "--at",
                "07:00",
                "--days",
                "weekdays",
                "--at",
                "08:00",
            ),
            "its --days",
        ),
        (("routine", "edit", "Morning coffee", "--at", "07:00", "--days", "3/7"), "weekdays"),
        (
            (
                "routine",
                "edit",
                "Morning coffee",
                "--at",
                "07:00",
                "--days",
                "mon",
                "--at",
                "08:00",
                "--days",
                "mon",
            ),
            "one time",
        ),
        (("routine", "rename", "Morning coffee", " "), "routine name"),
    ],
)
def test_plan_refusals_change_nothing(stacked: Cli, args: tuple[str, ...], says: str) -> None:
    stacked.fails(*args, says=says)


def test_habit_archive_restore_and_remove(stacked: Cli) -> None:
    stacked.ok("tick", "--habit", "Read one page")
    assert stacked.ok("habit", "archive", "Read one page").out == (
        "Archived habit #1: Read one page (its history stays)\n"
    )
    status = stacked.ok("status", "--json").json()
    assert [h["name"] for h in status["habits"]] == ["Stretch"]
    schedule = stacked.ok("schedule", "--json").json()["reminders"]
    assert {r["habit"] for r in schedule} == {"Stretch"}
    days = stacked.ok("history", "--habit", "Read one page", "--json").json()["days"]
    assert days[-1]["state"] == "done"  # an archived habit's history still reads
    assert stacked.ok("habit", "list").out.splitlines() == [
        "#2 After Morning coffee (07:30): Stretch"
    ]
    assert "(archived)" in stacked.ok("habit", "list", "--archived").out
    stacked.ok("habit", "restore", "1")
    status = stacked.ok("status", "--json").json()
    read = next(h for h in status["habits"] if h["name"] == "Read one page")
    assert read["today"] == "done"  # the history came back with it
    stacked.fails("habit", "restore", "1", says="not archived")
    result = stacked.fails("habit", "remove", "Read one page", says="--yes")
    assert "1 win" in result.err
    assert stacked.ok("habit", "remove", "Read one page", "--yes").out == (
        "Removed habit #1: Read one page (1 wins deleted)\n"
    )
    assert [h["name"] for h in stacked.ok("status", "--json").json()["habits"]] == ["Stretch"]
    assert stacked.ok("status", "--json").json()["wins_today"] == 0


def test_routine_list_edit_and_rename(stacked: Cli) -> None:
    stacked.ok("routine", "edit", "morning COFFEE", "--at", "07:30", "--days", "weekdays",
               "--at", "09:00", "--days", "weekends")  # fmt: skip
    assert stacked.ok("routine", "list").out.splitlines() == [
        "Morning coffee (Mon–Fri 07:30, Sat–Sun 09:00): 1. Read one page, 2. Stretch"
    ]
    stacked.ok("routine", "rename", "Morning coffee", "Pour my coffee")
    assert stacked.ok("routine", "list", "--json").json() == {
        "routines": [
            {
                "id": 1,
                "name": "Pour my coffee",
                "times": {
                    **{d: "07:30" for d in ("mon", "tue", "wed", "thu", "fri")},
                    "sat": "09:00",
                    "sun": "09:00",
                },
                "habits": ["Read one page", "Stretch"],
            }
        ]
    }
    # A day without a time: no reminder that day.
    stacked.ok("routine", "edit", "Pour my coffee", "--at", "07:30", "--days", "weekdays")
    schedule = stacked.ok("schedule", "--json", "--days", "8").json()["reminders"]
    assert {date.fromisoformat(r["at"][:10]).weekday() for r in schedule} <= set(range(5))


def test_a_habit_joins_an_existing_routine_without_moving_its_times(stacked: Cli) -> None:
    stacked.ok("routine", "edit", "Morning coffee", "--at", "07:30", "--days", "weekdays",
               "--at", "09:00", "--days", "weekends")  # fmt: skip
    added = stacked.ok("habit", "add", "Drink water", "--after", "morning COFFEE").out
    assert (
        added
        == "Added habit #3: After Morning coffee (Mon–Fri 07:30, Sat–Sun 09:00), Drink water\n"
    )
    routines = stacked.ok("routine", "list", "--json").json()["routines"]
    assert routines[0]["times"]["sat"] == "09:00"
    # A new routine needs its time; nothing is made without it.
    stacked.fails("habit", "add", "Floss", "--after", "Brush teeth", says="give its time")
    # --at on an existing routine moves it, and says so.
    moved = stacked.ok("habit", "add", "Stretch more", "--after", "Morning coffee", "--at", "08:00")
    assert "(08:00)" in moved.out


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\ufeff", "\u2066"])
def test_invisible_and_bidi_characters_are_refused_in_names(novel: Cli, hidden: str) -> None:
    novel.fails("purpose", "add", f"Zero{hidden}width", says="invisible or direction-changing")
    novel.fails("step", "add", f"step{hidden}text", says="invisible or direction-changing")
    novel.fails("purpose", "rename", "Write a novel", f"Write{hidden}", says="invisible")


def test_emoji_sequences_with_joiners_are_kept(novel: Cli) -> None:
    novel.ok("step", "add", "Write like a 👩\u200d💻")
    assert (
        novel.ok("step", "list", "--json").json()["steps"][0]["text"] == "Write like a 👩\u200d💻"
    )


def test_a_note_for_a_day_shows_in_history(stacked: Cli) -> None:
    stacked.ok("tick", "--habit", "Read one page")
    assert stacked.ok("note", "--habit", "Read one page", "slept badly").out.endswith(
        ": slept badly\n"
    )
    days = stacked.ok("history", "--habit", "Read one page", "--json").json()["days"]
    assert days[-1]["note"] == "slept badly"
    assert stacked.ok("history", "--habit", "Read one page").out.rstrip().endswith("slept badly")
    stacked.fails("note", "--habit", "Read one page", "--date", "2999-01-01", "x", says="future")
    stacked.fails("note", "--habit", "Nope", "x", says="no habit named")
    stacked.ok("note", "--habit", "1", "")
    days = stacked.ok("history", "--habit", "Read one page", "--json").json()["days"]
    assert days[-1]["note"] is None
