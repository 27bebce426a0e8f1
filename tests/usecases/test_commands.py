"""Every command run through the ``Runner``: its effect on the store, the topics it reports and
its refusals (which change nothing), on the in-memory store and on SQLite. No Qt, no waiting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import FixedClock
from smallwins.core.errors import UserError
from smallwins.core.events import Changed, Event, Topic, WinOutcome, WinRecorded, WinUndone
from smallwins.core.models import (
    FixedDays,
    Quota,
    RestDay,
    Review,
    SnoozeTarget,
    StepState,
    WinKind,
    WinSource,
)
from smallwins.core.ports import Store
from smallwins.storage import open_store
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.reminders import SEEN_UNTIL
from smallwins.usecases.runner import Command, Runner
from smallwins.usecases.view import (
    DAY_START_HOUR,
    FOCUSED_PURPOSE,
    LAST_ACTIVE_PURPOSE,
    PAUSED_UNTIL,
    QUIET_END,
    QUIET_START,
    REMINDERS_ENABLED,
)
from tests.fakes import MemoryStore

BERLIN = ZoneInfo("Europe/Berlin")
# Wednesday 2026-03-11, 10:00 in Berlin (CET, UTC+1).
NOW = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 11)
DAYS = tuple(range(7))
UI_KEY = "ui.theme"
OTHER_KEY = "some.other.key"
SETTING_KEYS = (
    DAY_START_HOUR,
    FOCUSED_PURPOSE,
    LAST_ACTIVE_PURPOSE,
    REMINDERS_ENABLED,
    QUIET_START,
    QUIET_END,
    PAUSED_UNTIL,
    SEEN_UNTIL,
    UI_KEY,
    OTHER_KEY,
)

R = TypeVar("R")


def win_days(store: Store) -> dict[int, dict[date, WinKind]]:
    """Every habit's days with a win, as dates."""
    return {
        habit: {date.fromordinal(day): kind for day, kind in days.best_kinds().items()}
        for habit, days in store.win_ordinals().items()
    }


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a command can change, read through the ``Store`` protocol."""
    return {
        "purposes": store.purposes(include_archived=True),
        "steps": store.steps(),
        "routines": store.routines(),
        "habits": store.habits(include_archived=True),
        "wins": store.wins(),
        "rest days": store.rest_days(),
        "snoozes": store.snoozes(),
        "settings": {key: store.setting(key) for key in SETTING_KEYS},
        "reviews": store.reviews(),
        "reminders sent": store.reminders_sent(date.min),
    }


@dataclass
class World:
    store: Store
    clock: FixedClock
    runner: Runner
    heard: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.runner.subscribe(self.heard.append)

    def run(self, command: Command[R]) -> R:
        """Run ``command`` with a fresh ear: ``topics()`` then tells what it reported."""
        self.heard.clear()
        return self.runner.run(command)

    def topics(self) -> Topic:
        """The topics of the one ``Changed`` the last command sent, as its last event."""
        changed = [e for e in self.heard if isinstance(e, Changed)]
        assert len(changed) == 1, self.heard
        assert self.heard[-1] is changed[0]
        return changed[0].topics

    def refuse(self, command: Command[object], says: str) -> str:
        """``command`` is refused with a message naming ``says``; nothing changed, nobody told."""
        before = snapshot(self.store)
        self.heard.clear()
        with pytest.raises(UserError) as caught:
            self.runner.run(command)
        message = str(caught.value)
        assert says.lower() in message.lower(), message
        assert snapshot(self.store) == before
        assert self.heard == []
        return message

    # --- set-up shortcuts -----------------------------------------------------------------

    def purpose(self, name: str = "Write a novel") -> int:
        return self.run(cmd.AddPurpose(name)).id

    def step(self, text: str, purpose: str | None = None) -> int:
        return self.run(cmd.AddStep(text, purpose=purpose)).id

    def habit(
        self,
        action: str = "Read one page",
        routine: str = "Morning coffee",
        at: str = "07:30",
        days: str = "daily",
        **extra: Any,
    ) -> int:
        return self.run(cmd.AddHabit(action, routine, at, days, **extra)).id

    def win(self, **fields: Any) -> WinOutcome:
        return self.run(cmd.RecordWin(source=WinSource.CLI, **fields))

    def open_texts(self, purpose_id: int) -> list[str]:
        return [s.text for s in self.store.steps(purpose_id=purpose_id, state=StepState.OPEN)]


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "memory":
        yield MemoryStore()
        return
    sqlite_store = open_store(tmp_path / "data" / "smallwins.db")
    yield sqlite_store
    sqlite_store.close()


@pytest.fixture
def world(store: Store) -> World:
    clock = FixedClock(NOW, BERLIN)
    return World(store, clock, Runner(store, clock))


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A Berlin wall time as the UTC instant the clock gives."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


# --- the runner -------------------------------------------------------------------------------


def test_attempt_returns_the_value_or_the_refusal(world: World) -> None:
    done = world.runner.attempt(cmd.AddPurpose("Write a novel"))
    assert done.done
    assert done.refusal is None
    assert done.value is not None
    assert done.value.name == "Write a novel"
    before = snapshot(world.store)
    refused = world.runner.attempt(cmd.AddPurpose("write a NOVEL"))
    assert not refused.done
    assert refused.value is None
    assert refused.refusal is not None
    assert "already exists" in refused.refusal
    assert snapshot(world.store) == before


def test_attempt_describes_the_refusal_in_the_users_words(store: Store) -> None:
    clock = FixedClock(NOW, BERLIN)
    runner = Runner(store, clock, describe=lambda exc: f"Sorry: {exc}")
    refusal = runner.attempt(cmd.AddStep("one sentence")).refusal
    assert refusal is not None
    assert refusal.startswith("Sorry: there is no purpose yet")


def test_an_unsubscribed_listener_hears_nothing(world: World) -> None:
    other: list[Event] = []
    unsubscribe = world.runner.subscribe(other.append)
    world.purpose("One")
    assert other == [Changed(Topic.PURPOSES)]
    unsubscribe()
    world.purpose("Two")
    assert other == [Changed(Topic.PURPOSES)]
    assert world.heard == [Changed(Topic.PURPOSES)]


# --- purposes ---------------------------------------------------------------------------------


def test_add_purpose(world: World) -> None:
    purpose = world.run(cmd.AddPurpose("  Write a novel ", why="stories matter", colour="#aa0000"))
    assert world.topics() == Topic.PURPOSES
    assert world.store.purposes() == [purpose]
    assert (purpose.name, purpose.why, purpose.colour) == (
        "Write a novel",
        "stories matter",
        "#aa0000",
    )


def test_add_purpose_refusals(world: World) -> None:
    world.purpose("Write a novel")
    world.refuse(cmd.AddPurpose("WRITE A NOVEL"), "already exists")
    world.refuse(cmd.AddPurpose("   "), "purpose name is empty")
    world.refuse(cmd.AddPurpose("x" * 201), "purpose name is too long")
    world.refuse(cmd.AddPurpose("Run", why="y" * 1001), "why is too long")
    world.refuse(cmd.AddPurpose("Run\x07"), "control character")


CAFE_NFC, CAFE_NFD = "Caf\u00e9", "Cafe\u0301"  # "Café" typed as one character, or e + accent


def test_names_are_one_however_they_are_typed(world: World) -> None:
    """NFC-normalised and case-folded: "Café" typed two ways, "CAFÉ" and "café" are one name;
    the text kept is NFC."""
    purpose = world.run(cmd.AddPurpose(CAFE_NFD))
    assert purpose.name == CAFE_NFC
    for typed in (CAFE_NFC, CAFE_NFD, "CAF\u00c9", "cafe\u0301"):
        world.refuse(cmd.AddPurpose(typed), f"a purpose named '{CAFE_NFC}' already exists")
        assert world.runner.view().find_purpose(typed).id == purpose.id
    habit_id = world.habit(f"Drink a {CAFE_NFD}", routine=f"Morning {CAFE_NFD}")
    habit = world.store.habit(habit_id)
    assert habit is not None
    assert habit.action == f"Drink a {CAFE_NFC}"
    world.refuse(cmd.AddHabit(f"DRINK A {CAFE_NFC}", "Lunch", "12:00"), "already exists")
    # The same routine, however its name is typed.
    joined = world.habit("Stretch", routine="morning CAF\u00c9", at=None)
    routines = world.store.routines()
    assert [r.name for r in routines] == [f"Morning {CAFE_NFC}"]
    assert world.store.habit(joined).routine_id == routines[0].id  # type: ignore[union-attr]
    outcome = world.run(cmd.RecordWin(WinSource.CLI, habit="drink a cafe\u0301"))
    assert outcome.text == f"Drink a {CAFE_NFC}"
    world.refuse(plan.EditHabit(joined, action=f"drink A {CAFE_NFD}"), "already exists")
    world.habit("Eat", routine="Lunch", at="12:00")
    world.refuse(plan.RenameRoutine(routines[0].id, "LUNCH"), "a routine named 'Lunch' already")
    renamed = world.run(plan.RenameRoutine(routines[0].id, f"MORNING {CAFE_NFD}"))
    assert renamed.name == f"MORNING {CAFE_NFC}"  # its own name in other letters: allowed


def test_focus_purpose(world: World) -> None:
    world.purpose("Write a novel")
    run_id = world.purpose("Run a marathon")
    assert world.runner.view().purpose_order()[0].name == "Write a novel"
    focused = world.run(cmd.FocusPurpose("run a marathon"))
    assert focused is not None
    assert focused.id == run_id
    assert world.topics() == Topic.SETTINGS
    assert world.store.setting(FOCUSED_PURPOSE) == str(run_id)
    assert world.runner.view().purpose_order()[0].name == "Run a marathon"
    # A step without a purpose goes to the focused one.
    step = world.run(cmd.AddStep("Put on the shoes"))
    assert step.purpose_id == run_id

    assert world.run(cmd.FocusPurpose(None)) is None
    assert world.topics() == Topic.SETTINGS
    assert world.store.setting(FOCUSED_PURPOSE) is None
    world.refuse(cmd.FocusPurpose("Learn Greek"), "no purpose named 'Learn Greek'")


# --- steps ------------------------------------------------------------------------------------


def test_add_step_without_any_purpose_is_refused(world: World) -> None:
    world.refuse(cmd.AddStep("Open the draft"), "there is no purpose yet")


def test_add_step(world: World) -> None:
    novel = world.purpose("Write a novel")
    run = world.purpose("Run a marathon")
    first = world.run(cmd.AddStep(" Open the draft ", purpose="write a novel"))
    assert world.topics() == Topic.STEPS | Topic.PURPOSES
    assert (first.purpose_id, first.text, first.state) == (novel, "Open the draft", StepState.OPEN)
    assert first.parent_id is None
    assert first.created_at == NOW
    # The purpose last worked on takes steps without a purpose.
    world.step("Buy shoes", purpose="Run a marathon")
    assert world.store.setting(LAST_ACTIVE_PURPOSE) == str(run)
    world.step("Run to the corner")
    assert world.open_texts(run) == ["Buy shoes", "Run to the corner"]
    world.run(cmd.AddStep("Lace the shoes", purpose="Run a marathon", at_front=True))
    assert world.open_texts(run) == ["Lace the shoes", "Buy shoes", "Run to the corner"]
    assert world.open_texts(novel) == ["Open the draft"]
    assert world.runner.view().next.text == "Lace the shoes"


def test_add_step_refusals(world: World) -> None:
    world.purpose("Write a novel")
    world.refuse(cmd.AddStep("Open the draft", purpose="Learn Greek"), "no purpose named")
    world.refuse(cmd.AddStep("  "), "step text is empty")
    world.refuse(cmd.AddStep("x" * 201), "step text is too long")
    world.refuse(cmd.AddStep("one\ntwo"), "control character")


def test_shrink_step_puts_the_smaller_steps_first_in_order_linked_to_the_parent(
    world: World,
) -> None:
    novel = world.purpose()
    heavy = world.step("Write chapter one")
    world.step("Write chapter two")
    smaller = world.run(cmd.ShrinkStep(heavy, ["Open the draft", " Write one sentence "]))
    assert world.topics() == Topic.STEPS | Topic.PURPOSES
    assert [s.text for s in smaller] == ["Open the draft", "Write one sentence"]
    assert world.open_texts(novel) == [
        "Open the draft",
        "Write one sentence",
        "Write chapter one",
        "Write chapter two",
    ]
    for step in smaller:
        stored = world.store.step(step.id)
        assert stored is not None
        assert stored.parent_id == heavy
        assert stored.purpose_id == novel
    assert world.store.setting(LAST_ACTIVE_PURPOSE) == str(novel)
    assert world.runner.view().next.text == "Open the draft"


def test_shrink_step_limits(world: World) -> None:
    novel = world.purpose()
    heavy = world.step("Write chapter one")
    world.refuse(cmd.ShrinkStep(heavy, []), "at least one smaller step")
    too_many = [f"part {n}" for n in range(cmd.MAX_SHRINK_STEPS + 1)]
    world.refuse(cmd.ShrinkStep(heavy, too_many), f"at most {cmd.MAX_SHRINK_STEPS}")
    world.refuse(cmd.ShrinkStep(heavy, ["fine", "  "]), "smaller step is empty")
    world.refuse(cmd.ShrinkStep(heavy, ["y" * 201]), "smaller step is too long")
    world.refuse(cmd.ShrinkStep(999, ["a"]), "no step with id 999")
    # The most at once is allowed.
    most = [f"part {n}" for n in range(cmd.MAX_SHRINK_STEPS)]
    created = world.run(cmd.ShrinkStep(heavy, most))
    assert [s.text for s in created] == most
    assert world.open_texts(novel) == [*most, "Write chapter one"]


def test_shrink_a_step_that_is_not_open_is_refused(world: World) -> None:
    world.purpose()
    done = world.step("Open the draft")
    dropped = world.step("Write an outline")
    world.win(step_id=done)
    world.run(cmd.DropStep(dropped))
    world.refuse(cmd.ShrinkStep(done, ["a"]), f"step {done} is already done")
    world.refuse(cmd.ShrinkStep(dropped, ["a"]), f"step {dropped} is already dropped")


def test_drop_step(world: World) -> None:
    novel = world.purpose()
    first = world.step("Open the draft")
    world.step("Write one sentence")
    dropped = world.run(cmd.DropStep(first))
    assert dropped.id == first
    assert world.topics() == Topic.STEPS
    stored = world.store.step(first)
    assert stored is not None
    assert stored.state is StepState.DROPPED
    assert world.open_texts(novel) == ["Write one sentence"]
    assert world.store.wins() == []
    world.refuse(cmd.DropStep(first), "already dropped")
    world.refuse(cmd.DropStep(42), "no step with id 42")


def test_move_step_clamps_the_position_and_later_goes_to_the_back(world: World) -> None:
    novel = world.purpose()
    a, b, c = (world.step(text) for text in "abc")
    world.run(cmd.MoveStep(a, 1))
    assert world.topics() == Topic.STEPS
    assert world.open_texts(novel) == ["b", "a", "c"]
    world.run(cmd.MoveStep(c, -5))
    assert world.open_texts(novel) == ["c", "b", "a"]
    world.run(cmd.MoveStep(c, 99))
    assert world.open_texts(novel) == ["b", "a", "c"]
    world.run(cmd.MoveStep(b))  # later
    assert world.topics() == Topic.STEPS
    assert world.open_texts(novel) == ["a", "c", "b"]
    assert [s.position for s in world.store.steps(novel, StepState.OPEN)] == [0, 1, 2]
    assert world.runner.view().next.id == a


def test_move_step_stays_within_its_purpose_and_skips_closed_steps(world: World) -> None:
    novel = world.purpose("Write a novel")
    run = world.purpose("Run a marathon")
    done = world.step("Open the draft", purpose="Write a novel")
    x = world.step("x", purpose="Write a novel")
    world.step("y", purpose="Write a novel")
    world.step("Buy shoes", purpose="Run a marathon")
    world.win(step_id=done)
    world.run(cmd.MoveStep(x))
    assert world.open_texts(novel) == ["y", "x"]
    assert world.open_texts(run) == ["Buy shoes"]
    world.refuse(cmd.MoveStep(done, 0), "already done")
    world.refuse(cmd.MoveStep(77, 0), "no step with id 77")


# --- habits -----------------------------------------------------------------------------------


def test_add_habit_creates_its_routine_for_every_weekday(world: World) -> None:
    novel = world.purpose()
    habit = world.run(
        cmd.AddHabit(
            " Read one page ",
            " Morning coffee ",
            "7:30",
            "weekdays",
            tiny="Read one sentence",
            purpose="write a novel",
        )
    )
    assert world.topics() == Topic.HABITS
    assert world.store.habits() == [habit]
    assert habit.action == "Read one page"
    assert habit.schedule == FixedDays(frozenset(range(5)))
    assert habit.tiny == "Read one sentence"
    assert habit.purpose_id == novel
    assert habit.created_on == TODAY
    assert habit.position == 0
    [routine] = world.store.routines()
    assert routine.id == habit.routine_id
    assert routine.name == "Morning coffee"
    assert routine.times == tuple((d, time(7, 30)) for d in DAYS)


def test_add_habit_sets_the_routine_time_on_its_own_weekdays(world: World) -> None:
    first = world.habit("Read one page", "Morning coffee", "07:30", "daily")
    second = world.habit("Stretch", "morning COFFEE", "06:00", "sat,sun")
    [routine] = world.store.routines()
    assert dict(routine.times) == {
        **{d: time(7, 30) for d in range(5)},
        5: time(6, 0),
        6: time(6, 0),
    }
    habits = world.store.habits()
    assert [(h.id, h.routine_id, h.position) for h in habits] == [
        (first, routine.id, 0),
        (second, routine.id, 1),
    ]
    # A quota has no fixed days: it moves the routine on every day.
    world.habit("Walk", "Morning coffee", "08:15", "3/7")
    [routine] = world.store.routines()
    assert routine.times == tuple((d, time(8, 15)) for d in DAYS)
    quota = world.store.habit_by_name("walk")
    assert quota is not None
    assert quota.schedule == Quota(3, 7)
    assert quota.position == 2
    # Another routine stays apart.
    world.habit("Floss", "Bedtime", "22:00")
    assert [r.name for r in world.store.routines()] == ["Morning coffee", "Bedtime"]


def test_add_habit_refusals(world: World) -> None:
    world.habit("Read one page")
    world.refuse(cmd.AddHabit("READ ONE PAGE", "Lunch", "12:00"), "already exists")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "25:00"), "does not exist")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "noon"), "not in HH:MM form")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "12:00", "someday"), "unknown weekday")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "12:00", "8/7"), "N must be between 1 and P")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "12:00", "1/40"), "P must be between 1 and 31")
    world.refuse(cmd.AddHabit("  ", "Lunch", "12:00"), "habit action is empty")
    world.refuse(cmd.AddHabit("Walk", " ", "12:00"), "routine name is empty")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "12:00", tiny=""), "tiny version is empty")
    world.refuse(cmd.AddHabit("Walk", "Lunch", "12:00", purpose="Nope"), "no purpose named")
    # The existing routine's time is not moved by a refused habit either.
    world.refuse(cmd.AddHabit("read one page", "Morning coffee", "05:00"), "already exists")


def test_update_habit(world: World) -> None:
    habit_id = world.habit("Read one page", days="daily", tiny="Read one line")
    updated = world.run(cmd.UpdateHabit(habit_id, tiny="Open the book"))
    assert world.topics() == Topic.HABITS
    stored = world.store.habit(habit_id)
    assert stored == updated
    assert stored is not None
    assert stored.tiny == "Open the book"
    assert stored.schedule == FixedDays(frozenset(DAYS))
    world.run(cmd.UpdateHabit(habit_id, days="mon,wed,fri"))
    stored = world.store.habit(habit_id)
    assert stored is not None
    assert stored.schedule == FixedDays(frozenset({0, 2, 4}))
    assert stored.tiny == "Open the book"
    assert (stored.action, stored.created_on, stored.position) == ("Read one page", TODAY, 0)


def test_update_habit_refusals(world: World) -> None:
    habit_id = world.habit()
    world.refuse(cmd.UpdateHabit(99, tiny="x"), "no habit with id 99")
    world.refuse(cmd.UpdateHabit(habit_id, days="fortnightly"), "unknown weekday")
    world.refuse(cmd.UpdateHabit(habit_id, tiny="   "), "tiny version is empty")
    world.refuse(cmd.UpdateHabit(habit_id, tiny="t" * 201), "tiny version is too long")


# --- first run --------------------------------------------------------------------------------


def test_first_run_saves_purpose_step_and_habit(world: World) -> None:
    purpose = world.run(
        cmd.FirstRun(
            cmd.AddPurpose("Write a novel", why="stories"),
            cmd.AddStep("Open the draft", purpose="Write a novel"),
            cmd.AddHabit("Read one page", "Morning coffee", "07:30", purpose="Write a novel"),
        )
    )
    assert world.topics() == Topic.PURPOSES | Topic.STEPS | Topic.HABITS
    assert world.store.purposes() == [purpose]
    assert [s.text for s in world.store.steps()] == ["Open the draft"]
    [habit] = world.store.habits()
    assert habit.purpose_id == purpose.id
    assert [r.name for r in world.store.routines()] == ["Morning coffee"]


def test_first_run_without_a_habit(world: World) -> None:
    purpose = world.run(cmd.FirstRun(cmd.AddPurpose("Write a novel"), cmd.AddStep("Open it")))
    assert world.topics() == Topic.PURPOSES | Topic.STEPS
    [step] = world.store.steps()
    assert step.purpose_id == purpose.id
    assert world.store.habits() == []


@pytest.mark.parametrize(
    ("habit", "says"),
    [
        (cmd.AddHabit("Read one page", "Morning coffee", "25:00"), "does not exist"),
        (cmd.AddHabit("Read one page", "Morning coffee", "07:30", "never"), "unknown weekday"),
        (cmd.AddHabit("Read one page", "Coffee", "07:30", purpose="Other"), "no purpose named"),
    ],
)
def test_first_run_refused_halfway_leaves_nothing_behind(
    world: World, tmp_path: Path, habit: cmd.AddHabit, says: str
) -> None:
    command = cmd.FirstRun(
        cmd.AddPurpose("Write a novel"),
        cmd.AddStep("Open the draft", purpose="Write a novel"),
        habit,
    )
    world.refuse(command, says)
    assert world.store.purposes() == []
    assert world.store.steps() == []
    assert world.store.routines() == []
    assert world.store.setting(LAST_ACTIVE_PURPOSE) is None
    database = tmp_path / "data" / "smallwins.db"
    if database.exists():  # SQLite: another connection sees nothing either
        with open_store(database) as other:
            assert snapshot(other) == snapshot(world.store)
    # The same welcome, corrected, saves all of it.
    world.run(cmd.FirstRun(command.purpose, command.step, cmd.AddHabit("Read", "Coffee", "07:30")))
    assert [p.name for p in world.store.purposes()] == ["Write a novel"]


def test_first_run_refused_when_the_purpose_exists_leaves_the_habit_out(world: World) -> None:
    world.purpose("Write a novel")
    world.refuse(
        cmd.FirstRun(
            cmd.AddPurpose("Write a novel"),
            None,
            cmd.AddHabit("Read one page", "Morning coffee", "07:30"),
        ),
        "already exists",
    )


def test_a_refusal_after_a_routine_time_moved_leaves_the_routine_as_it_was(world: World) -> None:
    """Two habits in one transaction: the first moves the weekend time, the second is refused."""
    world.habit("Read one page", "Morning coffee", "07:30")

    @dataclass(frozen=True)
    class TwoHabits:
        first: cmd.AddHabit
        second: cmd.AddHabit

        def execute(self, ctx: Any) -> None:
            self.first.execute(ctx)
            self.second.execute(ctx)

    world.refuse(
        TwoHabits(
            cmd.AddHabit("Stretch", "Morning coffee", "06:00", "weekends"),
            cmd.AddHabit("read one page", "Lunch", "12:00"),
        ),
        "already exists",
    )
    [routine] = world.store.routines()
    assert routine.times == tuple((d, time(7, 30)) for d in DAYS)


# --- wins -------------------------------------------------------------------------------------


def test_record_win_ticks_the_next_step(world: World) -> None:
    novel = world.purpose()
    first = world.step("Open the draft")
    world.step("Write one sentence")
    world.run(cmd.Snooze(SnoozeTarget.STEP, first, minutes=5))
    world.clock.advance(timedelta(minutes=10))  # the snooze is over: the step is next again
    outcome = world.win()
    assert world.topics() == Topic.WINS | Topic.STEPS | Topic.SNOOZES | Topic.PURPOSES
    assert world.heard[0] == WinRecorded(outcome)
    assert (outcome.text, outcome.purpose, outcome.wins_today, outcome.first_today) == (
        "Open the draft",
        "Write a novel",
        1,
        True,
    )
    assert outcome.win.step_id == first
    assert outcome.win.habit_id is None
    assert (outcome.win.kind, outcome.win.source) == (WinKind.FULL, WinSource.CLI)
    assert outcome.win.local_date == TODAY
    assert outcome.win.at_utc == NOW + timedelta(minutes=10)
    assert outcome.win.utc_offset_minutes == 60
    assert world.store.wins() == [outcome.win]
    step = world.store.step(first)
    assert step is not None
    assert step.state is StepState.DONE
    assert world.store.snoozes() == []
    assert world.open_texts(novel) == ["Write one sentence"]
    assert world.runner.view().next.text == "Write one sentence"
    second = world.win()
    assert (second.wins_today, second.first_today) == (2, False)


def test_record_win_ticks_a_due_habit_before_steps(world: World) -> None:
    world.purpose()
    world.step("Open the draft")
    habit_id = world.habit("Read one page", at="07:30")
    outcome = world.win()
    assert world.topics() == Topic.WINS | Topic.SNOOZES  # the habit has no purpose
    assert outcome.win.habit_id == habit_id
    assert outcome.text == "Read one page"
    assert outcome.purpose is None
    assert outcome.streak == 1
    assert world.runner.view().next.text == "Open the draft"


def test_record_win_for_a_habit_by_name_and_by_id(world: World) -> None:
    novel = world.purpose()
    read = world.habit("Read one page", purpose="Write a novel")
    walk = world.habit("Walk", "Lunch", "12:00")
    by_name = world.win(habit="  read ONE page ")
    assert world.topics() == Topic.WINS | Topic.SNOOZES | Topic.PURPOSES
    assert by_name.win.habit_id == read
    assert by_name.purpose == "Write a novel"
    assert world.store.setting(LAST_ACTIVE_PURPOSE) == str(novel)
    by_id = world.win(habit_id=walk)  # before its routine time: ticking it is still fine
    assert by_id.win.habit_id == walk
    assert [w.habit_id for w in world.store.wins()] == [read, walk]
    assert win_days(world.store) == {read: {TODAY: WinKind.FULL}, walk: {TODAY: WinKind.FULL}}


def test_record_win_for_a_step_by_id(world: World) -> None:
    novel = world.purpose()
    world.step("Open the draft")
    later = world.step("Write one sentence")
    outcome = world.win(step_id=later)
    assert outcome.win.step_id == later
    assert world.open_texts(novel) == ["Open the draft"]


def test_record_win_for_a_past_day(world: World) -> None:
    habit_id = world.habit()
    world.purpose()
    step_id = world.step("Open the draft")
    outcome = world.win(habit="Read one page", day="2026-03-10")
    assert outcome.win.local_date == date(2026, 3, 10)
    assert outcome.win.source is WinSource.HISTORY
    assert outcome.win.at_utc == NOW
    assert outcome.first_today is False
    assert outcome.wins_today == 0
    assert outcome.streak == 1  # yesterday done, today still pending
    assert win_days(world.store) == {habit_id: {date(2026, 3, 10): WinKind.FULL}}
    step_win = world.win(step_id=step_id, day="2026-03-01")
    assert step_win.win.local_date == date(2026, 3, 1)
    assert step_win.win.source is WinSource.HISTORY


def test_record_win_tiny_version(world: World) -> None:
    habit_id = world.habit(tiny="Read one sentence")
    outcome = world.win(habit_id=habit_id, tiny=True)
    assert outcome.win.kind is WinKind.TINY
    assert outcome.streak == 1
    assert win_days(world.store) == {habit_id: {TODAY: WinKind.TINY}}


def _history(world: World, habit_id: int, *days: int) -> None:
    for day in days:
        world.win(habit_id=habit_id, day=date(2026, 3, day).isoformat())


def test_record_win_after_a_miss_is_a_recovery_and_bends_the_streak(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 8, 9)  # then 10 March missed
    habit = world.store.habit(habit_id)
    assert habit is not None
    assert world.runner.view().history(habit).at_risk
    outcome = world.win(habit_id=habit_id)
    assert outcome.win.kind is WinKind.RECOVERY
    assert outcome.bent is True
    assert outcome.streak == 3
    assert outcome.milestone == 3
    history = world.runner.view().history(habit)
    assert not history.at_risk
    assert history.current_streak == 3
    assert win_days(world.store)[habit_id][TODAY] is WinKind.FULL


def test_a_tiny_win_after_a_miss_stays_tiny(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 8, 9)
    outcome = world.win(habit_id=habit_id, tiny=True)
    assert outcome.win.kind is WinKind.TINY
    assert outcome.bent is True


def test_a_past_day_win_after_a_miss_is_not_a_recovery(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 7, 8)  # 9 and 10 March missed
    outcome = world.win(habit_id=habit_id, day="2026-03-09")
    assert outcome.win.kind is WinKind.FULL


def test_record_win_milestones_and_new_best(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 9, 10)
    third = world.win(habit_id=habit_id)
    assert (third.streak, third.best_streak, third.milestone) == (3, 3, 3)
    assert third.new_best is True
    assert third.bent is False


def test_record_win_seventh_day_is_a_milestone(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 5, 6, 7, 8, 9, 10)
    outcome = world.win(habit_id=habit_id)
    assert (outcome.streak, outcome.milestone) == (7, 7)


def test_a_milestone_is_not_repeated(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 9, 10)
    assert world.win(habit_id=habit_id).milestone == 3
    # An old, lone win leaves the current streak at 3: no second celebration of 3.
    old = world.win(habit_id=habit_id, day="2026-03-05")
    assert old.streak == 3
    assert old.milestone is None
    assert old.new_best is False


def test_the_first_win_is_no_new_best(world: World) -> None:
    habit_id = world.habit()
    outcome = world.win(habit_id=habit_id)
    assert (outcome.streak, outcome.best_streak, outcome.new_best, outcome.milestone) == (
        1,
        1,
        False,
        None,
    )


def test_record_win_clears_the_habits_snooze(world: World) -> None:
    habit_id = world.habit()
    other = world.habit("Walk", "Lunch", "12:00")
    world.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id, minutes=30))
    world.run(cmd.Snooze(SnoozeTarget.HABIT, other, minutes=30))
    world.win(habit_id=habit_id)
    assert [(s.target, s.target_id) for s in world.store.snoozes()] == [(SnoozeTarget.HABIT, other)]


def test_record_win_refusals(world: World) -> None:
    world.refuse(cmd.RecordWin(WinSource.TRAY), "nothing to tick")
    habit_id = world.habit()
    world.purpose()
    step_id = world.step("Open the draft")
    world.win(habit_id=habit_id)
    world.refuse(
        cmd.RecordWin(WinSource.TRAY, habit="read one page"),
        "'Read one page' is already done on 2026-03-11",
    )
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit_id=habit_id, tiny=True), "already done")
    world.refuse(
        cmd.RecordWin(WinSource.TRAY, habit_id=habit_id, day="2026-03-12"),
        "date 2026-03-12 is in the future (today is 2026-03-11)",
    )
    world.refuse(cmd.RecordWin(WinSource.TRAY, step_id=step_id, day="2026-3-1"), "YYYY-MM-DD")
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit_id=habit_id, day="2026-02-30"), "real date")
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit="Swim"), "no habit named 'Swim'")
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit_id=99), "no habit with id 99")
    world.refuse(cmd.RecordWin(WinSource.TRAY, step_id=99), "no step with id 99")
    world.refuse(cmd.RecordWin(WinSource.TRAY, step_id=step_id, tiny=True), "--tiny is for habits")
    world.win(step_id=step_id)
    world.refuse(cmd.RecordWin(WinSource.TRAY, step_id=step_id), "already done")
    world.refuse(cmd.RecordWin(WinSource.TRAY), "nothing to tick")


def test_record_win_a_tiny_day_cannot_be_topped_up(world: World) -> None:
    habit_id = world.habit()
    world.win(habit_id=habit_id, tiny=True)
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit_id=habit_id), "already done")


def test_the_day_start_hour_decides_which_day_a_win_is_on(world: World) -> None:
    habit_id = world.habit()
    world.run(cmd.ChangeSetting(DAY_START_HOUR, "4"))
    world.clock.set(berlin(2026, 3, 12, 2, 30))  # Thursday 02:30: still Wednesday's night
    outcome = world.win(habit_id=habit_id)
    assert outcome.win.local_date == TODAY
    assert outcome.first_today is True
    world.refuse(cmd.RecordWin(WinSource.TRAY, habit_id=habit_id, day="2026-03-12"), "future")


# --- undo -------------------------------------------------------------------------------------


def test_undo_reopens_the_step(world: World) -> None:
    novel = world.purpose()
    first = world.step("Open the draft")
    world.step("Write one sentence")
    outcome = world.win()
    world.step("Lace the shoes")  # something else happened meanwhile
    before = snapshot(world.store)
    win, text = world.run(cmd.UndoLastWin())
    assert world.topics() == Topic.WINS | Topic.STEPS
    assert world.heard[0] == WinUndone(outcome.win, "Open the draft")
    assert (win, text) == (outcome.win, "Open the draft")
    assert world.store.wins() == []
    step = world.store.step(first)
    assert step is not None
    assert step.state is StepState.OPEN
    assert world.open_texts(novel) == ["Open the draft", "Write one sentence", "Lace the shoes"]
    assert world.runner.view().next.id == first
    after = snapshot(world.store)
    assert after["steps"] != before["steps"]


def test_undo_removes_only_the_last_habit_win(world: World) -> None:
    habit_id = world.habit()
    world.win(habit_id=habit_id, day="2026-03-10")
    today = world.win(habit_id=habit_id)
    win, text = world.run(cmd.UndoLastWin())
    assert world.topics() == Topic.WINS
    assert (win, text) == (today.win, "Read one page")
    assert win_days(world.store) == {habit_id: {date(2026, 3, 10): WinKind.FULL}}
    # Today can be ticked again.
    assert world.win(habit_id=habit_id).win.local_date == TODAY


def test_undo_with_no_win_is_refused(world: World) -> None:
    world.refuse(cmd.UndoLastWin(), "no win to undo")
    world.purpose()
    world.step("Open the draft")
    world.win()
    world.run(cmd.UndoLastWin())
    world.refuse(cmd.UndoLastWin(), "no win to undo")


# --- rest days --------------------------------------------------------------------------------


def test_plan_rest_for_one_habit(world: World) -> None:
    read = world.habit("Read one page")
    world.habit("Walk", "Lunch", "12:00")
    rest = world.run(cmd.PlanRest("2026-03-14", habit="read one page"))
    assert world.topics() == Topic.REST
    assert (rest.day, rest.habit_id) == (date(2026, 3, 14), read)
    assert world.store.rest_days() == [rest]
    assert date(2026, 3, 14) in world.runner.view().rest_days_of(read)


def test_plan_rest_for_all_habits(world: World) -> None:
    read = world.habit("Read one page")
    walk = world.habit("Walk", "Lunch", "12:00")
    rest = world.run(cmd.PlanRest("2026-03-14"))
    assert world.topics() == Topic.REST
    assert rest.habit_id is None
    view = world.runner.view()
    assert date(2026, 3, 14) in view.rest_days_of(read)
    assert date(2026, 3, 14) in view.rest_days_of(walk)


def test_plan_rest_in_the_past_keeps_a_streak(world: World) -> None:
    habit_id = world.habit()
    _history(world, habit_id, 8, 9)
    world.run(cmd.PlanRest("2026-03-10", habit="Read one page"))
    habit = world.store.habit(habit_id)
    assert habit is not None
    assert not world.runner.view().history(habit).at_risk
    assert world.win(habit_id=habit_id).win.kind is WinKind.FULL


def test_plan_rest_refusals(world: World) -> None:
    world.habit("Read one page")
    world.habit("Walk", "Lunch", "12:00")
    world.win(habit="Walk", day="2026-03-10")
    world.run(cmd.PlanRest("2026-03-14", habit="Read one page"))
    world.run(cmd.PlanRest("2026-03-15"))
    world.refuse(
        cmd.PlanRest("2026-03-14", habit="READ ONE PAGE"),
        "2026-03-14 is already a rest day for 'Read one page'",
    )
    world.refuse(cmd.PlanRest("2026-03-15"), "2026-03-15 is already a rest day for all habits")
    world.refuse(cmd.PlanRest("2026-03-10", habit="Walk"), "'Walk' already has a win on 2026-03-10")
    world.refuse(cmd.PlanRest("2026-03-10"), "'Walk' already has a win on 2026-03-10")
    world.refuse(cmd.PlanRest("2026-03-14", habit="Swim"), "no habit named 'Swim'")
    world.refuse(cmd.PlanRest("14.03.2026"), "YYYY-MM-DD")
    world.refuse(cmd.PlanRest("2026-03-14T00:00"), "YYYY-MM-DD")


def test_plan_rest_up_to_a_year_ahead(world: World) -> None:
    horizon = TODAY + timedelta(days=cmd.REST_HORIZON_DAYS)
    assert world.run(cmd.PlanRest(horizon.isoformat())).day == horizon
    beyond = horizon + timedelta(days=1)
    world.refuse(cmd.PlanRest(beyond.isoformat()), f"rest date {beyond.isoformat()}")


def test_plan_rest_beyond_the_horizon_names_the_real_today(world: World) -> None:
    horizon = TODAY + timedelta(days=cmd.REST_HORIZON_DAYS)
    beyond = horizon + timedelta(days=1)
    message = world.refuse(cmd.PlanRest(beyond.isoformat()), beyond.isoformat())
    assert f"today is {horizon.isoformat()}" not in message


def test_remove_rest(world: World) -> None:
    read = world.habit()
    world.run(cmd.PlanRest("2026-03-14", habit="Read one page"))
    world.run(cmd.PlanRest("2026-03-14"))
    world.run(cmd.RemoveRest(date(2026, 3, 14), read))
    assert world.topics() == Topic.REST
    assert [(r.day, r.habit_id) for r in world.store.rest_days()] == [(date(2026, 3, 14), None)]
    world.refuse(cmd.RemoveRest(date(2026, 3, 14), read), "2026-03-14 is not a rest day")
    world.refuse(cmd.RemoveRest(date(2026, 3, 13)), "2026-03-13 is not a rest day")
    world.run(cmd.RemoveRest(date(2026, 3, 14)))
    assert world.store.rest_days() == []


def test_plan_vacation(world: World) -> None:
    read = world.habit()
    world.run(cmd.PlanRest("2026-03-13"))
    world.run(cmd.PlanRest("2026-03-14", habit="Read one page"))
    added = world.run(cmd.PlanVacation(TODAY, date(2026, 3, 14)))
    assert world.topics() == Topic.REST
    assert added == [date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 14)]
    everyone = sorted(r.day for r in world.store.rest_days() if r.habit_id is None)
    assert everyone == [date(2026, 3, d) for d in (11, 12, 13, 14)]
    assert [r.day for r in world.store.rest_days() if r.habit_id == read] == [date(2026, 3, 14)]
    # Planned again: nothing new.
    assert world.run(cmd.PlanVacation(TODAY, date(2026, 3, 14))) == []


def test_plan_vacation_bounds(world: World) -> None:
    last = TODAY + timedelta(days=cmd.MAX_VACATION_DAYS - 1)
    longest = world.run(cmd.PlanVacation(TODAY, last))
    assert len(longest) == cmd.MAX_VACATION_DAYS
    assert (longest[0], longest[-1]) == (TODAY, last)
    start = date(2026, 7, 1)
    world.refuse(
        cmd.PlanVacation(start, start + timedelta(days=cmd.MAX_VACATION_DAYS)),
        f"at most {cmd.MAX_VACATION_DAYS} days",
    )
    world.refuse(cmd.PlanVacation(date(2026, 7, 2), date(2026, 7, 1)), "ends before it starts")
    world.refuse(cmd.PlanVacation(date(2026, 3, 10), date(2026, 3, 20)), "today or later")
    one_day = world.run(cmd.PlanVacation(start, start))
    assert one_day == [start]


def test_plan_vacation_today_is_the_users_day(world: World) -> None:
    world.run(cmd.ChangeSetting(DAY_START_HOUR, "4"))
    world.clock.set(berlin(2026, 3, 12, 1, 0))  # Thursday 01:00: still Wednesday
    assert world.run(cmd.PlanVacation(TODAY, TODAY)) == [TODAY]


# --- snoozes ----------------------------------------------------------------------------------


def test_snooze_a_habit_for_minutes(world: World) -> None:
    habit_id = world.habit()
    world.purpose()
    world.step("Open the draft")
    assert world.runner.view().next.kind == "habit"
    until = world.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id, minutes=10))
    assert world.topics() == Topic.SNOOZES
    assert until == NOW + timedelta(minutes=10)
    [snooze] = world.store.snoozes()
    assert (snooze.target, snooze.target_id, snooze.until_utc) == (
        SnoozeTarget.HABIT,
        habit_id,
        until,
    )
    assert world.runner.view().next.text == "Open the draft"
    world.clock.advance(timedelta(minutes=10, seconds=1))
    assert world.runner.view().next.kind == "habit"


def test_snooze_a_step_replaces_its_earlier_snooze(world: World) -> None:
    world.purpose()
    step_id = world.step("Open the draft")
    world.run(cmd.Snooze(SnoozeTarget.STEP, step_id, minutes=24 * 60))
    world.run(cmd.Snooze(SnoozeTarget.STEP, step_id, minutes=1))
    [snooze] = world.store.snoozes()
    assert snooze.until_utc == NOW + timedelta(minutes=1)
    assert world.runner.view().next.kind is None


def test_snooze_until_tomorrow(world: World) -> None:
    habit_id = world.habit()
    until = world.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id))
    assert until == berlin(2026, 3, 12, 0, 0)
    assert world.store.snoozes()[0].until_utc == until


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (berlin(2026, 3, 11, 10, 0), berlin(2026, 3, 12, 4, 0)),
        # 02:00 on Thursday is still Wednesday's night: until 04:00 the same morning.
        (berlin(2026, 3, 12, 2, 0), berlin(2026, 3, 12, 4, 0)),
        (berlin(2026, 3, 12, 5, 0), berlin(2026, 3, 13, 4, 0)),
        # Across the spring-forward night: 04:00 CEST is 02:00 UTC.
        (berlin(2026, 3, 28, 22, 0), datetime(2026, 3, 29, 2, 0, tzinfo=UTC)),
    ],
)
def test_snooze_until_tomorrow_honours_the_day_start_hour(
    world: World, now: datetime, expected: datetime
) -> None:
    habit_id = world.habit()
    world.run(cmd.ChangeSetting(DAY_START_HOUR, "4"))
    world.clock.set(now)
    assert world.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id)) == expected


def test_snooze_refusals(world: World) -> None:
    habit_id = world.habit()
    world.purpose()
    step_id = world.step("Open the draft")
    done = world.step("Write one sentence")
    world.win(step_id=done)
    for minutes in (0, -5, 24 * 60 + 1):
        world.refuse(
            cmd.Snooze(SnoozeTarget.HABIT, habit_id, minutes), "between 1 minute and 24 hours"
        )
    world.refuse(cmd.Snooze(SnoozeTarget.HABIT, 99, 10), "no habit with id 99")
    world.refuse(cmd.Snooze(SnoozeTarget.STEP, 99, 10), "no step with id 99")
    world.refuse(cmd.Snooze(SnoozeTarget.STEP, done, 10), "already done")
    world.refuse(cmd.Snooze(SnoozeTarget.STEP, step_id, 0), "between 1 minute and 24 hours")


def test_unsnooze(world: World) -> None:
    habit_id = world.habit()
    world.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id, minutes=10))
    world.run(cmd.Unsnooze(SnoozeTarget.HABIT, habit_id))
    assert world.topics() == Topic.SNOOZES
    assert world.store.snoozes() == []
    assert world.runner.view().next.id == habit_id
    world.refuse(cmd.Unsnooze(SnoozeTarget.HABIT, habit_id), "is not snoozed")
    world.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id, minutes=10))
    world.clock.advance(timedelta(minutes=11))
    world.refuse(cmd.Unsnooze(SnoozeTarget.HABIT, habit_id), "is not snoozed")
    world.refuse(cmd.Unsnooze(SnoozeTarget.STEP, habit_id), "is not snoozed")


# --- reminders: pause -------------------------------------------------------------------------


def test_pause_reminders_for_minutes_then_resume(world: World) -> None:
    until = world.run(cmd.PauseReminders(60))
    assert world.topics() == Topic.SETTINGS
    assert until == NOW + timedelta(hours=1)
    stored = world.store.setting(PAUSED_UNTIL)
    assert stored is not None
    assert datetime.fromisoformat(stored) == until
    view = world.runner.view()
    assert view.is_paused()
    assert view.settings.paused_until_utc == until
    world.clock.advance(timedelta(minutes=61))
    assert not world.runner.view().is_paused()
    world.clock.set(NOW)
    assert world.run(cmd.PauseReminders(resume=True)) is None
    assert world.topics() == Topic.SETTINGS
    assert world.store.setting(PAUSED_UNTIL) is None
    assert not world.runner.view().is_paused()


def test_pause_reminders_until_tomorrow(world: World) -> None:
    assert world.run(cmd.PauseReminders()) == berlin(2026, 3, 12, 0, 0)
    world.run(cmd.ChangeSetting(DAY_START_HOUR, "3"))
    world.clock.set(berlin(2026, 3, 12, 1, 0))
    until = world.run(cmd.PauseReminders())
    assert until == berlin(2026, 3, 12, 3, 0)
    assert world.runner.view().is_paused()


def test_pause_reminders_bounds(world: World) -> None:
    week = 7 * 24 * 60
    assert world.run(cmd.PauseReminders(week)) == NOW + timedelta(days=7)
    assert world.run(cmd.PauseReminders(1)) == NOW + timedelta(minutes=1)
    for minutes in (0, -1, week + 1):
        world.refuse(cmd.PauseReminders(minutes), "between 1 minute and 7 days")


# --- settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        (DAY_START_HOUR, ["0", "4", "12"], ["13", "-1", "4.5", "", "four", " 4"]),
        (REMINDERS_ENABLED, ["0", "1"], ["yes", "true", "2", ""]),
        (QUIET_START, ["22:00", "7:05", "00:00"], ["24:00", "22", "10:60", "", "late"]),
        (QUIET_END, ["07:00", "23:59"], ["7", "07:00:00", "x"]),
        (
            PAUSED_UNTIL,
            ["2026-03-11T12:00:00+00:00", "2026-03-12T00:00+01:00"],
            ["2026-03-11T12:00:00", "tomorrow", ""],
        ),
    ],
)
def test_change_setting_checks_each_key(
    world: World, key: str, good: list[str], bad: list[str]
) -> None:
    for value in good:
        world.run(cmd.ChangeSetting(key, value))
        assert world.topics() == Topic.SETTINGS
        assert world.store.setting(key) == value
    for value in bad:
        world.refuse(cmd.ChangeSetting(key, value), f"is not a valid value for {key}")
    world.run(cmd.ChangeSetting(key, None))  # back to the default
    assert world.topics() == Topic.SETTINGS
    assert world.store.setting(key) is None


def test_change_setting_takes_effect(world: World) -> None:
    world.run(cmd.ChangeSetting(DAY_START_HOUR, "4"))
    world.run(cmd.ChangeSetting(REMINDERS_ENABLED, "0"))
    world.run(cmd.ChangeSetting(QUIET_START, "22:00"))
    world.clock.set(berlin(2026, 3, 12, 3, 0))
    view = world.runner.view()
    assert view.today == TODAY
    assert view.settings.day_start_hour == 4
    assert view.settings.reminders_enabled is False
    assert view.settings.quiet_start == time(22, 0)


def test_change_setting_of_a_desktop_preference_reports_prefs(world: World) -> None:
    world.run(cmd.ChangeSetting(UI_KEY, "dark"))
    assert world.topics() == Topic.PREFS
    assert world.store.setting(UI_KEY) == "dark"
    world.run(cmd.ChangeSetting(UI_KEY, None))
    assert world.topics() == Topic.PREFS
    assert world.store.setting(UI_KEY) is None
    world.run(cmd.ChangeSetting(OTHER_KEY, "anything"))  # keys without a check take any text
    assert world.topics() == Topic.SETTINGS
    assert world.store.setting(OTHER_KEY) == "anything"


def test_change_setting_refuses_a_superscript_day_start(world: World) -> None:
    world.refuse(cmd.ChangeSetting(DAY_START_HOUR, "²"), "is not a valid value")


def test_set_quiet_hours(world: World) -> None:
    world.run(cmd.SetQuietHours("22:00", "07:00"))
    assert world.topics() == Topic.SETTINGS
    settings = world.runner.view().settings
    assert (settings.quiet_start, settings.quiet_end) == (time(22, 0), time(7, 0))
    world.refuse(cmd.SetQuietHours("22:00", None), "both a start and an end")
    world.refuse(cmd.SetQuietHours(None, "07:00"), "both a start and an end")
    world.refuse(cmd.SetQuietHours("22:00", "7am"), "'7am' is not a time in HH:MM form")
    world.run(cmd.SetQuietHours(None, None))
    assert (world.store.setting(QUIET_START), world.store.setting(QUIET_END)) == (None, None)


# --- reviews ----------------------------------------------------------------------------------


def test_save_review(world: World) -> None:
    review = world.run(
        cmd.SaveReview(" 2026-W10 ", helped="Good week.\nMore tomorrow.", in_the_way=" Rain ")
    )
    assert world.topics() == Topic.REVIEWS
    assert review == Review(
        review.id,
        "2026-W10",
        "Good week.\nMore tomorrow.",
        "Rain",
        None,
        None,
        NOW,
        uid=review.uid,
    )
    assert world.store.reviews() == [review]
    # Saving the week again replaces its review.
    world.clock.advance(timedelta(hours=1))
    again = world.run(cmd.SaveReview("2026-W10", helped="   ", in_the_way=""))
    assert again.id == review.id
    assert (again.helped, again.in_the_way) == ("", "")
    assert again.saved_at == NOW + timedelta(hours=1)
    assert world.store.reviews() == [again]
    assert world.store.review("2026-W10") == again


def test_save_review_normalises_the_week(world: World) -> None:
    assert world.run(cmd.SaveReview("2026-W1")).week == "2026-W01"
    assert world.run(cmd.SaveReview("2025-W52")).week == "2025-W52"
    assert [r.week for r in world.store.reviews()] == ["2025-W52", "2026-W01"]


def test_save_review_refusals(world: World) -> None:
    for week in ("2026-11", "2025-W53", "2026-W00", "W11", "", "2026-w11", "next week"):
        world.refuse(cmd.SaveReview(week), "is not an ISO week like")
    world.refuse(cmd.SaveReview("2026-W12"), "week 2026-W12 has not started yet")
    world.refuse(cmd.SaveReview("2026-W11", helped="x" * 5001), "what helped is too long")
    world.refuse(cmd.SaveReview("2026-W11", in_the_way="bell\x07"), "control character")
    world.refuse(cmd.SaveReview("2026-W11", focus_purpose_id=9), "purpose 9 is not an active")
    world.refuse(cmd.SaveReview("2026-W11", focus_step_id=9), "step 9 is not an open step")
    purpose = world.purpose()
    step = world.step("Open the draft")
    world.refuse(
        cmd.SaveReview("2026-W11", focus_purpose_id=purpose, focus_step_id=step), "choose one"
    )
    world.win(step_id=step)
    world.refuse(cmd.SaveReview("2026-W11", focus_step_id=step), f"step {step} is not an open")
    world.run(plan.ArchivePurpose(purpose))
    world.refuse(cmd.SaveReview("2026-W11", focus_purpose_id=purpose), "is not an active purpose")


def test_a_review_focus_on_a_step_puts_it_next(world: World) -> None:
    world.purpose("Write a novel")
    world.step("Outline")
    world.purpose("Get stronger")
    world.step("One push-up", purpose="Get stronger")
    squat = world.step("One squat", purpose="Get stronger")
    world.run(cmd.FocusPurpose("Write a novel"))
    assert world.runner.view().next.text == "Outline"
    review = world.run(cmd.SaveReview("2026-W11", focus_step_id=squat))
    assert world.topics() == Topic.REVIEWS | Topic.SETTINGS
    assert (review.focus_step_id, review.focus_purpose_id) == (squat, None)
    view = world.runner.view()
    assert view.next.text == "One squat"
    assert [s.text for s in view.step_queues()[0].steps] == ["One squat", "One push-up"]
    # Done, the step no longer leads; its purpose stays in front.
    world.win(step_id=squat)
    assert world.runner.view().next.text == "One push-up"
    # A purpose chosen in the plan replaces the step focus.
    world.run(cmd.FocusPurpose("Write a novel"))
    assert world.runner.view().next.text == "Outline"


def test_a_review_focus_on_a_purpose_leads_from_now_on(world: World) -> None:
    novel = world.purpose("Write a novel")
    world.step("Outline")
    world.purpose("Get stronger")
    world.step("One push-up", purpose="Get stronger")
    world.run(cmd.FocusPurpose("Get stronger"))
    world.run(cmd.SaveReview("2026-W10", focus_purpose_id=novel))  # last week's: applies
    assert world.store.setting(FOCUSED_PURPOSE) == str(novel)
    assert world.runner.view().next.text == "Outline"
    # An older week's review keeps its focus but does not change today's.
    world.run(cmd.FocusPurpose("Get stronger"))
    old = world.run(cmd.SaveReview("2026-W08", focus_purpose_id=novel))
    assert world.topics() == Topic.REVIEWS
    assert old.focus_purpose_id == novel
    assert world.runner.view().next.text == "One push-up"


# --- one scenario across the commands ----------------------------------------------------------


def test_a_week_of_use_reads_back_the_same_from_the_store(world: World) -> None:
    novel = world.purpose()
    world.step("Write chapter one")
    [smaller] = world.run(cmd.ShrinkStep(1, ["Open the draft"]))
    habit_id = world.habit(tiny="Read one sentence", purpose="Write a novel")
    world.win(habit_id=habit_id, tiny=True)
    world.win(step_id=smaller.id)
    world.run(cmd.PlanRest("2026-03-12", habit="Read one page"))
    world.run(cmd.SaveReview("2026-W11", helped="ok"))
    world.run(cmd.FocusPurpose("Write a novel"))
    data = snapshot(world.store)
    assert [(p.id, p.name) for p in data["purposes"]] == [(novel, "Write a novel")]
    assert sorted((s.id, s.text, s.state, s.parent_id) for s in data["steps"]) == [
        (1, "Write chapter one", StepState.OPEN, None),
        (smaller.id, "Open the draft", StepState.DONE, 1),
    ]
    assert [(w.kind, w.habit_id, w.step_id) for w in data["wins"]] == [
        (WinKind.TINY, habit_id, None),
        (WinKind.FULL, None, smaller.id),
    ]
    (rest,) = data["rest days"]
    assert rest == RestDay(rest.id, date(2026, 3, 12), habit_id, uid=rest.uid)
    assert [r.week for r in data["reviews"]] == ["2026-W11"]
    assert data["settings"][FOCUSED_PURPOSE] == str(novel)
    assert data["settings"][LAST_ACTIVE_PURPOSE] == str(novel)
    assert world.runner.view().next.text == "Write chapter one"
