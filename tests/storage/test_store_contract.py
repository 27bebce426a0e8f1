"""One contract for every ``Store``: the in-memory fake and SQLite must behave alike."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Protocol

import pytest

from smallwins.core.identity import is_uid, new_uid
from smallwins.core.models import (
    DayNote,
    FixedDays,
    Habit,
    Purpose,
    Quota,
    RestDay,
    Review,
    Schedule,
    Snooze,
    SnoozeTarget,
    StepState,
    Win,
    WinKind,
    WinSource,
)
from smallwins.core.ports import Store
from smallwins.storage import StorageError, open_store
from tests.fakes import MemoryStore


class LedgerStore(Store, Protocol):
    """The port plus the reminder ledger that both stores offer."""

    def mark_reminder_sent(
        self, habit_id: int, day: date, kind: str, sent_at: datetime
    ) -> bool: ...
    def reminders_sent(self, since: date) -> set[tuple[int, date, str]]: ...


NOW = datetime(2024, 3, 4, 7, 30, tzinfo=UTC)
BERLIN_WINTER = timezone(timedelta(hours=1))
DAY = date(2024, 3, 4)
EVERY_DAY = FixedDays(frozenset(range(7)))


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LedgerStore]:
    if request.param == "memory":
        yield MemoryStore()
        return
    sqlite_store = open_store(tmp_path / "data" / "smallwins.db")
    yield sqlite_store
    sqlite_store.close()


def _routine(store: Store, name: str = "Morning coffee") -> int:
    return store.add_routine(name, [(day, time(7, 30)) for day in range(7)]).id


def _habit(
    store: Store, action: str, routine_id: int, schedule: Schedule = EVERY_DAY, **extra: object
) -> Habit:
    return store.add_habit(action, routine_id, schedule, date(2024, 1, 1), **extra)  # type: ignore[arg-type]


def _win(
    store: Store,
    day: date,
    kind: WinKind = WinKind.FULL,
    habit_id: int | None = None,
    step_id: int | None = None,
    at: datetime | None = None,
) -> Win:
    at_utc = at or datetime.combine(day, time(8, 0), UTC)
    return store.add_win(at_utc, day, 60, WinSource.TRAY, kind, habit_id, step_id)


# --- purposes ---------------------------------------------------------------------------------


def test_purpose_round_trip(store: LedgerStore) -> None:
    added = store.add_purpose("Write a novel", why="Stories matter", colour="#c0392b")
    assert added == Purpose(
        added.id, "Write a novel", "Stories matter", "#c0392b", False, uid=added.uid
    )
    assert store.purpose(added.id) == added
    assert store.purpose(added.id + 100) is None


def test_purpose_by_name_ignores_case(store: LedgerStore) -> None:
    added = store.add_purpose("Write a novel")
    assert store.purpose_by_name("write a NOVEL") == added
    assert store.purpose_by_name("Write a poem") is None


def test_purpose_names_are_unique_ignoring_case(store: LedgerStore) -> None:
    store.add_purpose("Write a novel")
    with pytest.raises(StorageError):
        store.add_purpose("WRITE A NOVEL")
    assert len(store.purposes()) == 1


def test_case_folding_is_ascii_only_like_sqlite_nocase(store: LedgerStore) -> None:
    # SQLite's NOCASE folds A-Z only; the fake does the same so that both stores agree.
    store.add_purpose("Über dich")
    assert store.purpose_by_name("über dich") is None
    assert store.add_purpose("über dich").name == "über dich"
    assert store.purpose_by_name("ÜBER DICH") is not None


def test_purposes_by_id_without_archived(store: LedgerStore) -> None:
    novel = store.add_purpose("Write a novel")
    strong = store.add_purpose("Feel stronger")
    calm = store.add_purpose("Feel calm")
    store.update_purpose(Purpose(strong.id, "Feel stronger", archived=True))
    assert [p.id for p in store.purposes()] == [novel.id, calm.id]
    assert [p.id for p in store.purposes(include_archived=True)] == [novel.id, strong.id, calm.id]


def test_update_purpose(store: LedgerStore) -> None:
    added = store.add_purpose("Write a novel")
    other = store.add_purpose("Feel stronger")
    changed = Purpose(
        added.id, "Write a short story", "smaller", "#123456", archived=True, uid=added.uid
    )
    store.update_purpose(changed)
    assert store.purpose(added.id) == changed
    with pytest.raises(StorageError):
        store.update_purpose(Purpose(other.id, "write a SHORT story"))
    with pytest.raises(StorageError):
        store.update_purpose(Purpose(999, "Nobody"))


# --- steps ------------------------------------------------------------------------------------


def test_step_round_trip(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    local = datetime(2024, 3, 4, 8, 30, tzinfo=BERLIN_WINTER)
    step = store.add_step(purpose.id, "Open the draft", local)
    assert step.purpose_id == purpose.id
    assert step.text == "Open the draft"
    assert step.state is StepState.OPEN
    assert step.position == 0
    assert step.parent_id is None
    assert step.created_at == local
    assert step.created_at is not None
    assert step.created_at.utcoffset() == timedelta(0)
    assert store.step(step.id) == step
    assert store.step(step.id + 100) is None


def test_steps_append_and_go_to_the_front(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    first = store.add_step(purpose.id, "first", NOW)
    second = store.add_step(purpose.id, "second", NOW)
    front = store.add_step(purpose.id, "front", NOW, at_front=True)
    assert (first.position, second.position, front.position) == (0, 1, 0)
    queue = store.steps(purpose.id, StepState.OPEN)
    assert [s.text for s in queue] == ["front", "first", "second"]
    assert [s.position for s in queue] == [0, 1, 2]


def test_shrunk_step_keeps_its_parent(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    heavy = store.add_step(purpose.id, "Write chapter one", NOW)
    store.set_step_state(heavy.id, StepState.DROPPED)
    small = store.add_step(purpose.id, "Write one sentence", NOW, parent_id=heavy.id, at_front=True)
    assert store.step(small.id) == small
    assert small.parent_id == heavy.id
    assert [s.text for s in store.steps(purpose.id, StepState.OPEN)] == ["Write one sentence"]


def test_steps_ordered_by_purpose_then_position_and_filtered(store: LedgerStore) -> None:
    novel = store.add_purpose("Write a novel")
    strong = store.add_purpose("Feel stronger")
    a = store.add_step(strong.id, "a", NOW)
    b = store.add_step(novel.id, "b", NOW)
    c = store.add_step(novel.id, "c", NOW, at_front=True)
    d = store.add_step(strong.id, "d", NOW)
    assert [s.id for s in store.steps()] == [c.id, b.id, a.id, d.id]
    assert [s.id for s in store.steps(purpose_id=strong.id)] == [a.id, d.id]
    store.set_step_state(b.id, StepState.DONE)
    assert [s.id for s in store.steps(state=StepState.DONE)] == [b.id]
    assert [s.id for s in store.steps(novel.id, StepState.OPEN)] == [c.id]


def test_step_state_keeps_position_so_a_reopened_step_returns_in_place(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    first = store.add_step(purpose.id, "first", NOW)
    store.add_step(purpose.id, "second", NOW)
    store.set_step_state(first.id, StepState.DONE)
    done = store.step(first.id)
    assert done is not None
    assert (done.state, done.position) == (StepState.DONE, 0)
    store.set_step_state(first.id, StepState.OPEN)
    assert [s.text for s in store.steps(purpose.id, StepState.OPEN)] == ["first", "second"]
    with pytest.raises(StorageError):
        store.set_step_state(999, StepState.DONE)


def test_move_step_renumbers_open_steps(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    other = store.add_purpose("Feel stronger")
    texts = ["a", "b", "c", "d"]
    steps = {t: store.add_step(purpose.id, t, NOW) for t in texts}
    elsewhere = store.add_step(other.id, "x", NOW)
    store.set_step_state(steps["b"].id, StepState.DONE)

    store.move_step(steps["d"].id, 0)
    queue = store.steps(purpose.id, StepState.OPEN)
    assert [(s.text, s.position) for s in queue] == [("d", 0), ("a", 1), ("c", 2)]

    store.move_step(steps["d"].id, 99)  # past the end: last
    queue = store.steps(purpose.id, StepState.OPEN)
    assert [(s.text, s.position) for s in queue] == [("a", 0), ("c", 1), ("d", 2)]

    store.move_step(steps["a"].id, 1)
    queue = store.steps(purpose.id, StepState.OPEN)
    assert [(s.text, s.position) for s in queue] == [("c", 0), ("a", 1), ("d", 2)]
    assert store.step(elsewhere.id) == elsewhere
    with pytest.raises(StorageError):
        store.move_step(999, 0)


def test_step_needs_an_existing_purpose(store: LedgerStore) -> None:
    with pytest.raises(StorageError):
        store.add_step(999, "orphan", NOW)
    assert store.steps() == []


# --- routines ---------------------------------------------------------------------------------


def test_routine_round_trip_with_times_by_weekday(store: LedgerStore) -> None:
    times = [(5, time(9, 0)), (0, time(7, 30)), (6, time(9, 0))]
    routine = store.add_routine("Morning coffee", times)
    assert routine.times == ((0, time(7, 30)), (5, time(9, 0)), (6, time(9, 0)))
    assert store.routine(routine.id) == routine
    assert store.routine_by_name("MORNING coffee") == routine
    assert store.routine(routine.id + 100) is None
    assert store.routine_by_name("Evening tea") is None
    assert routine.time_on(5) == time(9, 0)


def test_routine_names_unique_ignoring_case(store: LedgerStore) -> None:
    store.add_routine("Morning coffee", [(0, time(7, 30))])
    with pytest.raises(StorageError):
        store.add_routine("morning COFFEE", [])
    assert len(store.routines()) == 1


def test_routine_has_one_time_per_weekday(store: LedgerStore) -> None:
    with pytest.raises(StorageError):
        store.add_routine("Morning coffee", [(0, time(7, 30)), (0, time(8, 0))])
    assert store.routines() == []


def test_routines_in_id_order_and_times_replaced(store: LedgerStore) -> None:
    coffee = store.add_routine("Morning coffee", [(0, time(7, 30))])
    lunch = store.add_routine("Lunch", [])
    store.set_routine_times(coffee.id, [(6, time(10, 15)), (1, time(6, 45))])
    routines = store.routines()
    assert [r.name for r in routines] == ["Morning coffee", "Lunch"]
    assert routines[0].times == ((1, time(6, 45)), (6, time(10, 15)))
    assert routines[1].times == ()
    assert store.routine(lunch.id) == routines[1]
    with pytest.raises(StorageError):
        store.set_routine_times(999, [])


# --- habits -----------------------------------------------------------------------------------


def test_habit_round_trip(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    routine_id = _routine(store)
    habit = store.add_habit(
        "Read one page",
        routine_id,
        FixedDays(frozenset({0, 2, 4})),
        date(2024, 3, 1),
        tiny="Read one sentence",
        purpose_id=purpose.id,
        reminder=False,
    )
    assert habit == Habit(
        habit.id,
        "Read one page",
        routine_id,
        0,
        FixedDays(frozenset({0, 2, 4})),
        date(2024, 3, 1),
        "Read one sentence",
        purpose.id,
        reminder=False,
        archived=False,
        uid=habit.uid,
    )
    assert store.habit(habit.id) == habit
    assert store.habit(habit.id + 100) is None


@pytest.mark.parametrize(
    "schedule",
    [
        EVERY_DAY,
        FixedDays(frozenset({5, 6})),
        FixedDays(frozenset({0, 1, 2, 3, 4})),
        Quota(3, 7),
        Quota(1, 1),
    ],
)
def test_habit_schedule_round_trip(store: LedgerStore, schedule: Schedule) -> None:
    habit = _habit(store, "Stretch", _routine(store), schedule)
    assert store.habit(habit.id) == habit
    stored = store.habit(habit.id)
    assert stored is not None
    assert stored.schedule == schedule


def test_habit_defaults(store: LedgerStore) -> None:
    habit = _habit(store, "Stretch", _routine(store))
    assert (habit.reminder, habit.archived, habit.tiny, habit.purpose_id) == (
        True,
        False,
        None,
        None,
    )


def test_habits_stack_on_their_routine(store: LedgerStore) -> None:
    coffee = _routine(store, "Morning coffee")
    lunch = _routine(store, "Lunch")
    read = _habit(store, "Read one page", lunch)
    squat = _habit(store, "Do one squat", coffee)
    water = _habit(store, "Drink water", coffee)
    walk = _habit(store, "Walk", lunch)
    assert (read.position, squat.position, water.position, walk.position) == (0, 0, 1, 1)
    assert [h.id for h in store.habits()] == [squat.id, water.id, read.id, walk.id]


def test_habits_archived_and_updated(store: LedgerStore) -> None:
    coffee = _routine(store)
    lunch = _routine(store, "Lunch")
    purpose = store.add_purpose("Feel stronger")
    read = _habit(store, "Read one page", coffee)
    squat = _habit(store, "Do one squat", coffee)
    changed = Habit(
        squat.id,
        "Do two squats",
        lunch,
        5,
        Quota(3, 7),
        date(2024, 2, 1),
        tiny="Stand up",
        purpose_id=purpose.id,
        reminder=False,
        archived=True,
        uid=squat.uid,
    )
    store.update_habit(changed)
    assert store.habit(squat.id) == changed
    assert [h.id for h in store.habits()] == [read.id]
    assert [h.id for h in store.habits(include_archived=True)] == [read.id, squat.id]
    assert store.habit_by_name("do TWO squats") == changed
    with pytest.raises(StorageError):
        store.update_habit(Habit(999, "Ghost", coffee, 0, EVERY_DAY, date(2024, 1, 1)))


def test_habit_actions_unique_ignoring_case(store: LedgerStore) -> None:
    coffee = _routine(store)
    read = _habit(store, "Read one page", coffee)
    squat = _habit(store, "Do one squat", coffee)
    assert store.habit_by_name("READ one PAGE") == read
    assert store.habit_by_name("Read two pages") is None
    with pytest.raises(StorageError):
        _habit(store, "read ONE page", coffee)
    with pytest.raises(StorageError):
        store.update_habit(Habit(squat.id, "READ ONE PAGE", coffee, 1, EVERY_DAY, date(2024, 1, 1)))
    assert store.habit(squat.id) == squat


def test_habit_needs_an_existing_routine_and_purpose(store: LedgerStore) -> None:
    with pytest.raises(StorageError):
        _habit(store, "Stretch", 999)
    with pytest.raises(StorageError):
        _habit(store, "Stretch", _routine(store), purpose_id=999)
    assert store.habits(include_archived=True) == []


# --- wins -------------------------------------------------------------------------------------


def test_win_round_trip_in_utc(store: LedgerStore) -> None:
    habit = _habit(store, "Read one page", _routine(store))
    local = datetime(2024, 3, 4, 8, 30, 15, 250000, tzinfo=BERLIN_WINTER)
    win = store.add_win(local, DAY, 60, WinSource.NOTIFICATION, WinKind.TINY, habit_id=habit.id)
    assert win.at_utc == local
    assert win.at_utc.utcoffset() == timedelta(0)
    assert (win.local_date, win.utc_offset_minutes) == (DAY, 60)
    assert (win.source, win.kind, win.habit_id, win.step_id) == (
        WinSource.NOTIFICATION,
        WinKind.TINY,
        habit.id,
        None,
    )
    assert store.wins() == [win]
    assert store.last_win() == win


def test_step_win(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Write one sentence", NOW)
    win = _win(store, DAY, step_id=step.id)
    assert store.wins() == [win]
    assert win.step_id == step.id


def test_naive_instants_are_refused(store: LedgerStore) -> None:
    with pytest.raises(ValueError, match="time zone"):
        store.add_win(datetime(2024, 3, 4, 8), DAY, 0, WinSource.CLI, WinKind.FULL)
    assert store.wins() == []


def test_win_needs_existing_habit_and_step(store: LedgerStore) -> None:
    with pytest.raises(StorageError):
        _win(store, DAY, habit_id=999)
    with pytest.raises(StorageError):
        _win(store, DAY, step_id=999)
    assert store.wins() == []


def test_wins_ordered_by_instant_then_id_and_filtered(store: LedgerStore) -> None:
    routine = _routine(store)
    read = _habit(store, "Read", routine)
    squat = _habit(store, "Squat", routine)
    late = _win(store, date(2024, 3, 5), habit_id=read.id)
    early = _win(store, date(2024, 3, 3), habit_id=squat.id)
    same_a = _win(store, date(2024, 3, 4), habit_id=read.id)
    same_b = _win(store, date(2024, 3, 4), habit_id=squat.id, at=same_a.at_utc)
    assert store.wins() == [early, same_a, same_b, late]
    assert store.wins(habit_id=read.id) == [same_a, late]
    assert store.wins(since=date(2024, 3, 4)) == [same_a, same_b, late]
    assert store.wins(until=date(2024, 3, 4)) == [early, same_a, same_b]
    assert store.wins(habit_id=squat.id, since=DAY, until=DAY) == [same_b]
    assert store.wins(since=date(2024, 3, 6)) == []


def test_last_win_is_the_last_recorded_not_the_latest_instant(store: LedgerStore) -> None:
    habit = _habit(store, "Read", _routine(store))
    assert store.last_win() is None
    _win(store, date(2024, 3, 5), habit_id=habit.id)
    forgotten = _win(store, date(2024, 3, 1), habit_id=habit.id)  # entered afterwards
    assert store.last_win() == forgotten


def test_remove_win(store: LedgerStore) -> None:
    habit = _habit(store, "Read", _routine(store))
    first = _win(store, date(2024, 3, 1), habit_id=habit.id)
    second = _win(store, date(2024, 3, 2), habit_id=habit.id)
    store.remove_win(second.id)
    assert store.wins() == [first]
    assert store.last_win() == first
    store.remove_win(second.id)  # already gone: nothing happens
    third = _win(store, date(2024, 3, 3), habit_id=habit.id)
    assert third.id not in (first.id, second.id)  # ids are never reused


def test_win_ordinals_best_kind_per_day(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Write", NOW)
    routine = _routine(store)
    read = _habit(store, "Read", routine)
    squat = _habit(store, "Squat", routine)
    _habit(store, "Never done", routine)
    d1, d2, d3, d4 = (date(2024, 3, day) for day in (1, 2, 3, 4))
    _win(store, d1, WinKind.TINY, habit_id=read.id)
    _win(store, d1, WinKind.FULL, habit_id=read.id)  # full beats tiny
    _win(store, d2, WinKind.TINY, habit_id=read.id)
    _win(store, d2, WinKind.TINY, habit_id=read.id)
    _win(store, d3, WinKind.RECOVERY, habit_id=read.id)  # recovery counts as full
    _win(store, d3, WinKind.TINY, habit_id=read.id)
    _win(store, d4, WinKind.FULL, habit_id=squat.id)
    _win(store, d4, WinKind.FULL, step_id=step.id)  # step wins are not habit days
    o1, o2, o3, o4 = (d.toordinal() for d in (d1, d2, d3, d4))
    found = store.win_ordinals()
    assert set(found) == {read.id, squat.id}  # no entry for a habit without wins
    assert sorted(found[read.id].full) == [o1, o3]  # one entry per win, recovery as full
    assert sorted(found[read.id].tiny) == [o1, o2, o2, o3]
    assert {h: days.best_kinds() for h, days in found.items()} == {
        read.id: {o1: WinKind.FULL, o2: WinKind.TINY, o3: WinKind.FULL},
        squat.id: {o4: WinKind.FULL},
    }


def test_count_wins_and_win_dates_inclusive_ranges(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Write", NOW)
    habit = _habit(store, "Read", _routine(store))
    _win(store, date(2024, 3, 5), habit_id=habit.id)
    _win(store, date(2024, 3, 1), habit_id=habit.id)
    _win(store, date(2024, 3, 3), step_id=step.id)
    _win(store, date(2024, 3, 3), habit_id=habit.id)
    _win(store, date(2024, 3, 7))
    assert store.count_wins(date(2024, 3, 1), date(2024, 3, 5)) == 4
    assert store.count_wins(date(2024, 3, 2), date(2024, 3, 4)) == 2
    assert store.count_wins(date(2024, 3, 7), date(2024, 3, 7)) == 1
    assert store.count_wins(date(2024, 3, 8), date(2024, 3, 31)) == 0
    assert store.win_dates(date(2024, 3, 1), date(2024, 3, 5)) == [
        date(2024, 3, 1),
        date(2024, 3, 3),
        date(2024, 3, 3),
        date(2024, 3, 5),
    ]
    assert store.win_dates(date(2024, 3, 6), date(2024, 3, 7)) == [date(2024, 3, 7)]


# --- rest days --------------------------------------------------------------------------------


def test_rest_days_global_and_per_habit(store: LedgerStore) -> None:
    routine = _routine(store)
    read = _habit(store, "Read", routine)
    squat = _habit(store, "Squat", routine)
    everything = store.add_rest(date(2024, 3, 10))
    reading = store.add_rest(date(2024, 3, 10), read.id)
    squatting = store.add_rest(date(2024, 3, 10), squat.id)
    earlier = store.add_rest(date(2024, 3, 2), squat.id)
    assert everything == RestDay(everything.id, date(2024, 3, 10), None, uid=everything.uid)
    assert reading.habit_id == read.id
    assert store.rest_days() == [earlier, everything, reading, squatting]


def test_duplicate_rest_days_are_refused(store: LedgerStore) -> None:
    habit = _habit(store, "Read", _routine(store))
    store.add_rest(DAY)
    store.add_rest(DAY, habit.id)
    with pytest.raises(StorageError):
        store.add_rest(DAY)  # one global rest per day, although its habit_id is NULL
    with pytest.raises(StorageError):
        store.add_rest(DAY, habit.id)
    with pytest.raises(StorageError):
        store.add_rest(DAY, 999)
    assert len(store.rest_days()) == 2


def test_remove_rest(store: LedgerStore) -> None:
    habit = _habit(store, "Read", _routine(store))
    store.add_rest(DAY)
    kept = store.add_rest(DAY, habit.id)
    assert store.remove_rest(DAY) is True
    assert store.remove_rest(DAY) is False
    assert store.remove_rest(DAY + timedelta(days=1), habit.id) is False
    assert store.rest_days() == [kept]
    assert store.remove_rest(DAY, habit.id) is True
    assert store.rest_days() == []


# --- reviews, settings, snoozes ---------------------------------------------------------------


def test_reviews_saved_and_saved_again(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Open the draft", NOW)
    later = store.save_review(
        Review(0, "2024-W10", "Mornings", "Late nights", focus_purpose_id=purpose.id, saved_at=NOW)
    )
    earlier = store.save_review(
        Review(0, "2024-W09", focus_step_id=step.id, saved_at=NOW - timedelta(days=7))
    )
    assert later.week == "2024-W10"
    assert later == Review(
        later.id, "2024-W10", "Mornings", "Late nights", purpose.id, None, NOW, uid=later.uid
    )
    assert (earlier.helped, earlier.in_the_way, earlier.focus_step_id) == ("", "", step.id)
    assert store.review("2024-W10") == later
    assert store.review("2024-W11") is None
    assert store.reviews() == [earlier, later]
    again = store.save_review(
        Review(0, "2024-W10", "Mornings helped a lot", saved_at=NOW + timedelta(hours=1))
    )
    assert again.id == later.id
    assert store.review("2024-W10") == again
    assert (again.helped, again.in_the_way, again.focus_purpose_id) == (
        "Mornings helped a lot",
        "",
        None,
    )
    assert len(store.reviews()) == 2


def test_a_review_focus_must_exist(store: LedgerStore) -> None:
    with pytest.raises(StorageError):
        store.save_review(Review(0, "2024-W10", focus_purpose_id=99, saved_at=NOW))
    with pytest.raises(StorageError):
        store.save_review(Review(0, "2024-W10", focus_step_id=99, saved_at=NOW))
    assert store.reviews() == []


def test_settings(store: LedgerStore) -> None:
    assert store.setting("day_start_hour") is None
    store.set_setting("day_start_hour", "3")
    store.set_setting("theme", "dark")
    store.set_setting("day_start_hour", "4")
    assert store.setting("day_start_hour") == "4"
    store.set_setting("day_start_hour", None)
    assert store.setting("day_start_hour") is None
    store.set_setting("day_start_hour", None)  # deleting a missing key is fine
    assert store.setting("theme") == "dark"
    store.set_setting("empty", "")
    assert store.setting("empty") == ""


def test_snoozes_upsert_and_clear(store: LedgerStore) -> None:
    until = datetime(2024, 3, 4, 8, 40, tzinfo=BERLIN_WINTER)
    store.set_snooze(SnoozeTarget.STEP, 3, NOW)
    store.set_snooze(SnoozeTarget.HABIT, 7, NOW)
    store.set_snooze(SnoozeTarget.HABIT, 7, until)
    store.set_snooze(SnoozeTarget.HABIT, 2, NOW)
    assert store.snoozes() == [
        Snooze(SnoozeTarget.HABIT, 2, NOW),
        Snooze(SnoozeTarget.HABIT, 7, until),
        Snooze(SnoozeTarget.STEP, 3, NOW),
    ]
    assert store.snoozes()[1].until_utc.utcoffset() == timedelta(0)
    store.clear_snooze(SnoozeTarget.HABIT, 7)
    store.clear_snooze(SnoozeTarget.HABIT, 7)
    store.clear_snooze(SnoozeTarget.STEP, 2)  # a habit 2 is not a step 2
    assert [(s.target, s.target_id) for s in store.snoozes()] == [
        (SnoozeTarget.HABIT, 2),
        (SnoozeTarget.STEP, 3),
    ]


# --- reminder ledger --------------------------------------------------------------------------


def test_reminder_ledger(store: LedgerStore) -> None:
    routine = _routine(store)
    read = _habit(store, "Read", routine)
    squat = _habit(store, "Squat", routine)
    assert store.mark_reminder_sent(read.id, DAY, "routine", NOW) is True
    assert store.mark_reminder_sent(read.id, DAY, "routine", NOW + timedelta(minutes=5)) is False
    assert store.mark_reminder_sent(read.id, DAY, "catch-up", NOW) is True
    assert store.mark_reminder_sent(squat.id, DAY - timedelta(days=1), "routine", NOW) is True
    assert store.reminders_sent(DAY) == {(read.id, DAY, "routine"), (read.id, DAY, "catch-up")}
    assert len(store.reminders_sent(DAY - timedelta(days=1))) == 3
    assert store.reminders_sent(DAY + timedelta(days=1)) == set()
    with pytest.raises(StorageError):
        store.mark_reminder_sent(999, DAY, "routine", NOW)


# --- transactions and change detection -------------------------------------------------------


class BoomError(Exception):
    """Something going wrong in the middle of a transaction."""


def test_transaction_commits(store: LedgerStore) -> None:
    with store.transaction():
        purpose = store.add_purpose("Write a novel")
        store.add_step(purpose.id, "Write one sentence", NOW)
    assert store.purposes() == [purpose]
    assert len(store.steps()) == 1


def test_rollback_on_exception_leaves_no_trace(store: LedgerStore) -> None:
    habit = _habit(store, "Read", _routine(store))
    before = store.data_version()
    with pytest.raises(BoomError), store.transaction():
        purpose = store.add_purpose("Write a novel")
        store.add_step(purpose.id, "Write one sentence", NOW)
        _win(store, DAY, habit_id=habit.id)
        store.add_rest(DAY)
        store.set_setting("theme", "dark")
        store.set_snooze(SnoozeTarget.HABIT, habit.id, NOW)
        store.mark_reminder_sent(habit.id, DAY, "routine", NOW)
        raise BoomError
    assert store.purposes() == []
    assert store.steps() == []
    assert store.wins() == []
    assert store.rest_days() == []
    assert store.setting("theme") is None
    assert store.snoozes() == []
    assert store.reminders_sent(DAY) == set()
    assert store.data_version() == before
    # The id of a rolled-back purpose is free again, and the store still works.
    assert store.add_purpose("Write a novel").name == "Write a novel"


def test_storage_error_inside_transaction_rolls_back_everything(store: LedgerStore) -> None:
    store.add_purpose("Feel stronger")
    with pytest.raises(StorageError), store.transaction():
        store.add_purpose("Write a novel")
        store.add_purpose("feel STRONGER")
    assert [p.name for p in store.purposes()] == ["Feel stronger"]


def test_nested_transaction_rolls_back_alone(store: LedgerStore) -> None:
    with store.transaction():
        store.add_purpose("Write a novel")
        with pytest.raises(BoomError), store.transaction():
            store.add_purpose("Feel stronger")
            raise BoomError
        store.add_purpose("Feel calm")
    assert [p.name for p in store.purposes()] == ["Write a novel", "Feel calm"]


def test_data_version_changes_after_writes_only(store: LedgerStore) -> None:
    first = store.data_version()
    assert store.data_version() == first
    store.add_purpose("Write a novel")
    second = store.data_version()
    assert second != first
    with store.transaction():
        store.purposes()
    store.wins()
    assert store.data_version() == second
    with store.transaction():
        store.set_setting("theme", "dark")
    assert store.data_version() not in (first, second)


# --- keeping the plan -------------------------------------------------------------------------


def test_step_text_changes_in_place(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Opne the draft", NOW)
    store.set_step_text(step.id, "Open the draft")
    changed = store.step(step.id)
    assert changed is not None
    assert (changed.text, changed.position, changed.state) == ("Open the draft", 0, StepState.OPEN)
    with pytest.raises(StorageError):
        store.set_step_text(step.id + 99, "x")


def test_routine_rename_keeps_names_unique(store: LedgerStore) -> None:
    coffee = _routine(store, "Morning coffee")
    _routine(store, "Brush teeth")
    store.rename_routine(coffee, "Pour my coffee")
    assert store.routine_by_name("pour my COFFEE") is not None
    with pytest.raises(StorageError):
        store.rename_routine(coffee, "brush TEETH")
    with pytest.raises(StorageError):
        store.rename_routine(coffee + 99, "Lunch")
    assert store.routine_by_name("Pour my coffee") is not None


def test_habits_move_within_their_stack(store: LedgerStore) -> None:
    coffee = _routine(store)
    evening = _routine(store, "Brush teeth")
    a, b, c = (_habit(store, name, coffee).id for name in ("A", "B", "C"))
    other = _habit(store, "Floss", evening).id
    store.move_habit(c, 0)
    assert [h.id for h in store.habits() if h.routine_id == coffee] == [c, a, b]
    store.move_habit(c, 10)
    assert [h.id for h in store.habits() if h.routine_id == coffee] == [a, b, c]
    assert [h.id for h in store.habits() if h.routine_id == evening] == [other]
    with pytest.raises(StorageError):
        store.move_habit(other + 99, 0)


def test_remove_habit_takes_its_history_and_nothing_else(store: LedgerStore) -> None:
    coffee = _routine(store)
    gone = _habit(store, "Read one page", coffee).id
    kept = _habit(store, "Stretch", coffee).id
    for habit in (gone, kept):
        _win(store, DAY, habit_id=habit)
        store.add_rest(DAY + timedelta(days=1), habit)
        store.set_snooze(SnoozeTarget.HABIT, habit, NOW + timedelta(minutes=10))
        store.mark_reminder_sent(habit, DAY, "routine", NOW)
    _win(store, DAY - timedelta(days=1), habit_id=gone)
    assert store.remove_habit(gone) == 2
    assert store.habit(gone) is None
    assert [w.habit_id for w in store.wins()] == [kept]
    assert [r.habit_id for r in store.rest_days()] == [kept]
    assert [s.target_id for s in store.snoozes()] == [kept]
    assert store.reminders_sent(DAY) == {(kept, DAY, "routine")}
    with pytest.raises(StorageError):
        store.remove_habit(gone)


def test_a_note_a_habit_day(store: LedgerStore) -> None:
    coffee = _routine(store)
    read = _habit(store, "Read one page", coffee).id
    other = _habit(store, "Stretch", coffee).id
    store.set_note(read, DAY, "slept badly")
    store.set_note(read, DAY, "slept badly, did the tiny version")  # one a day: replaced
    store.set_note(read, DAY + timedelta(days=1), "fine")
    store.set_note(other, DAY, "sore")
    assert store.notes(read) == {
        DAY: "slept badly, did the tiny version",
        DAY + timedelta(days=1): "fine",
    }
    store.set_note(read, DAY, None)
    assert store.notes(read) == {DAY + timedelta(days=1): "fine"}
    store.remove_habit(read)
    assert store.notes(read) == {}
    assert store.notes(other) == {DAY: "sore"}
    with pytest.raises(StorageError):
        store.set_note(read, DAY, "a removed habit")


# --- stable identities --------------------------------------------------------------------------


def test_every_record_gets_a_uid_of_its_own(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Open the draft", NOW)
    routine = store.add_routine("Morning coffee", [(0, time(7, 30))])
    habit = _habit(store, "Read", routine.id, purpose_id=purpose.id)
    win = _win(store, DAY, habit_id=habit.id)
    rest = store.add_rest(DAY + timedelta(days=1), habit.id)
    store.set_note(habit.id, DAY, "tired")
    review = store.save_review(Review(0, "2024-W10", "Mornings", saved_at=NOW))
    (note,) = store.day_notes()
    made = [purpose, step, routine, habit, win, rest, note, review]
    assert all(is_uid(record.uid) for record in made)
    assert len({record.uid for record in made}) == len(made)
    # What is read back carries the same uid.
    assert store.purpose(purpose.id) == purpose
    assert store.step(step.id) == step
    assert store.routine(routine.id) == routine
    assert store.routines() == [routine]
    assert store.habit(habit.id) == habit
    assert store.wins() == [win]
    assert store.last_win() == win
    assert store.rest_days() == [rest]
    assert note == DayNote(habit.id, DAY, "tired", note.uid)
    assert store.reviews() == [review]


def test_a_uid_never_changes(store: LedgerStore) -> None:
    purpose = store.add_purpose("Write a novel")
    step = store.add_step(purpose.id, "Open the draft", NOW)
    routine = store.add_routine("Morning coffee", [(0, time(7, 30))])
    habit = _habit(store, "Read", routine.id)
    store.update_purpose(dataclasses.replace(purpose, name="Write", uid="ignored"))
    store.set_step_state(step.id, StepState.DONE)
    store.set_step_text(step.id, "Open it")
    store.rename_routine(routine.id, "Coffee")
    store.set_routine_times(routine.id, [(1, time(8, 0))])
    store.update_habit(dataclasses.replace(habit, action="Read more", archived=True))
    store.move_habit(habit.id, 0)
    store.set_note(habit.id, DAY, "tired")
    (first,) = store.day_notes()
    store.set_note(habit.id, DAY, "very tired", uid=new_uid())
    review = store.save_review(Review(0, "2024-W10", "Mornings"))
    again = store.save_review(Review(0, "2024-W10", "Evenings", uid=new_uid()))
    assert store.purpose(purpose.id).uid == purpose.uid  # type: ignore[union-attr]
    assert store.step(step.id).uid == step.uid  # type: ignore[union-attr]
    assert store.routine(routine.id).uid == routine.uid  # type: ignore[union-attr]
    assert store.habit(habit.id).uid == habit.uid  # type: ignore[union-attr]
    assert store.day_notes() == [DayNote(habit.id, DAY, "very tired", first.uid)]
    assert again.uid == review.uid
    # A note removed and set again is a new note.
    store.set_note(habit.id, DAY, None)
    store.set_note(habit.id, DAY, "rested")
    assert store.day_notes()[0].uid != first.uid


def test_a_given_uid_is_kept_and_a_taken_one_refused(store: LedgerStore) -> None:
    uids = [new_uid() for _ in range(7)]
    purpose = store.add_purpose("Write a novel", uid=uids[0])
    step = store.add_step(purpose.id, "Open the draft", NOW, uid=uids[1])
    routine = store.add_routine("Morning coffee", [(0, time(7, 30))], uid=uids[2])
    habit = _habit(store, "Read", routine.id, uid=uids[3])
    win = store.add_win(NOW, DAY, 60, WinSource.IMPORT, WinKind.FULL, habit.id, uid=uids[4])
    rest = store.add_rest(DAY + timedelta(days=1), habit.id, uid=uids[5])
    store.set_note(habit.id, DAY, "tired", uid=uids[6])
    assert [purpose.uid, step.uid, routine.uid, habit.uid, win.uid, rest.uid] == uids[:6]
    assert store.day_notes()[0].uid == uids[6]
    assert store.wins()[0].source is WinSource.IMPORT
    with pytest.raises(StorageError):
        store.add_purpose("Feel stronger", uid=uids[0])
    with pytest.raises(StorageError):
        store.add_win(NOW, DAY, 60, WinSource.CLI, WinKind.FULL, habit.id, uid=uids[4])
    assert len(store.purposes()) == 1
    assert len(store.wins()) == 1


def test_many_wins_at_once_keep_their_uids_and_order(store: LedgerStore) -> None:
    habit = _habit(store, "Read", _routine(store), about="A page a day\nWhy: calm")
    assert store.habit(habit.id).about == "A page a day\nWhy: calm"  # type: ignore[union-attr]
    uids = [new_uid() for _ in range(3)]
    wins = [
        Win(
            0,
            NOW + timedelta(days=n),
            DAY + timedelta(days=n),
            60,
            WinSource.IMPORT,
            WinKind.TINY if n == 1 else WinKind.FULL,
            habit.id,
            uid=uids[n],
        )
        for n in range(3)
    ]
    store.add_wins(wins)
    stored = store.wins()
    assert [w.uid for w in stored] == uids
    assert [w.kind for w in stored] == [WinKind.FULL, WinKind.TINY, WinKind.FULL]
    assert store.last_win() == stored[-1]
    # All or none: one win that points nowhere refuses the lot.
    bad = [dataclasses.replace(wins[0], uid=new_uid()), dataclasses.replace(wins[0], habit_id=999)]
    with pytest.raises(StorageError):
        store.add_wins(bad)
    assert len(store.wins()) == 3
