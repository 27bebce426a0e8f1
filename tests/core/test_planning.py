"""The next-step rule and the upcoming habit reminders."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import logical_day
from smallwins.core.models import (
    DayState,
    FixedDays,
    Habit,
    NextStep,
    Purpose,
    Quota,
    Routine,
    Schedule,
    Step,
    WinKind,
)
from smallwins.core.planning import (
    HabitCalendar,
    HabitToday,
    PlannedReminder,
    ReminderPolicy,
    StepQueue,
    in_stack_order,
    next_step,
    upcoming_reminders,
)

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = tuple(
    ZoneInfo(name)
    for name in (
        "Europe/Berlin",
        "America/New_York",
        "Asia/Beirut",
        "Australia/Lord_Howe",
        "America/Santiago",
    )
)
DAILY = FixedDays(frozenset(range(7)))
MWF = FixedDays(frozenset({0, 2, 4}))
MONDAY = date(2026, 3, 9)
TUESDAY = MONDAY + timedelta(days=1)
WEDNESDAY = MONDAY + timedelta(days=2)
SATURDAY = MONDAY + timedelta(days=5)


def hm(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def routine(rid: int, name: str, at: str, weekdays: Iterable[int] = range(7)) -> Routine:
    return Routine(rid, name, tuple((d, hm(at)) for d in weekdays))


def habit(
    hid: int,
    action: str,
    on: Routine,
    position: int = 0,
    schedule: Schedule = DAILY,
    created_on: date = date(2026, 1, 1),
    reminder: bool = True,
    archived: bool = False,
) -> Habit:
    return Habit(
        id=hid,
        action=action,
        routine_id=on.id,
        position=position,
        schedule=schedule,
        created_on=created_on,
        tiny=f"tiny {action}",
        reminder=reminder,
        archived=archived,
    )


def local(day: date, at: str, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime.combine(day, hm(at), tzinfo=zone).astimezone(UTC)


COFFEE = routine(1, "Morning coffee", "07:30")
LUNCH = routine(2, "Lunch", "12:00")
WORKDAY = routine(3, "Laptop open", "09:00", weekdays=range(5))

READ = habit(11, "read one page", COFFEE, position=0)
STRETCH = habit(12, "stretch", COFFEE, position=1)
WALK = habit(21, "walk around the block", LUNCH)
PLAN = habit(31, "plan the day", WORKDAY)

NOVEL = Purpose(1, "Write a novel")
FIT = Purpose(2, "Feel stronger")
STEPS_NOVEL = [Step(101, 1, "open the draft", 0), Step(102, 1, "write one sentence", 1)]
STEPS_FIT = [Step(201, 2, "find the running shoes", 0)]
QUEUES = [StepQueue(NOVEL, STEPS_NOVEL), StepQueue(FIT, STEPS_FIT)]


def today_item(h: Habit, on: Routine, state: DayState = DayState.PENDING) -> HabitToday:
    return HabitToday(habit=h, routine=on, state=state, purpose="Health")


def morning(
    read: DayState = DayState.PENDING,
    stretch: DayState = DayState.PENDING,
    walk: DayState = DayState.PENDING,
) -> list[HabitToday]:
    # Deliberately out of order: the rule sorts.
    return [
        today_item(WALK, LUNCH, walk),
        today_item(STRETCH, COFFEE, stretch),
        today_item(READ, COFFEE, read),
    ]


def habit_next(h: Habit, on: Routine) -> NextStep:
    return NextStep(
        kind="habit", id=h.id, text=h.action, purpose="Health", tiny=h.tiny, routine=on.name
    )


def step_next(step: Step, purpose: Purpose) -> NextStep:
    return NextStep(kind="step", id=step.id, text=step.text, purpose=purpose.name)


def nxt(
    now: datetime,
    habits: Sequence[HabitToday] = (),
    queues: Sequence[StepQueue] = QUEUES,
    snoozed_habits: Set[int] = frozenset(),
    snoozed_steps: Set[int] = frozenset(),
    day_start: int = 0,
) -> NextStep:
    return next_step(now, BERLIN, day_start, habits, queues, snoozed_habits, snoozed_steps)


# --- next step --------------------------------------------------------------------------------


def test_earliest_routine_first_then_stack_order() -> None:
    assert nxt(local(MONDAY, "13:00"), morning()) == habit_next(READ, COFFEE)


def test_after_the_first_in_the_stack_is_done_the_second_is_next() -> None:
    now = local(MONDAY, "13:00")
    assert nxt(now, morning(read=DayState.DONE)) == habit_next(STRETCH, COFFEE)
    assert nxt(now, morning(read=DayState.TINY)) == habit_next(STRETCH, COFFEE)
    both = morning(read=DayState.DONE, stretch=DayState.TINY)
    assert nxt(now, both) == habit_next(WALK, LUNCH)
    resting = morning(read=DayState.REST, stretch=DayState.UNSCHEDULED, walk=DayState.DONE)
    assert nxt(now, resting) == step_next(STEPS_NOVEL[0], NOVEL)


def test_a_habit_whose_time_has_not_come_is_skipped() -> None:
    assert nxt(local(MONDAY, "07:29"), morning()) == step_next(STEPS_NOVEL[0], NOVEL)
    assert nxt(local(MONDAY, "07:30"), morning()) == habit_next(READ, COFFEE)
    # Coffee done, lunch not yet: the step queue.
    done = morning(read=DayState.DONE, stretch=DayState.DONE)
    assert nxt(local(MONDAY, "11:59"), done) == step_next(STEPS_NOVEL[0], NOVEL)
    assert nxt(local(MONDAY, "12:00"), done) == habit_next(WALK, LUNCH)


def test_a_routine_without_a_time_today_is_skipped() -> None:
    plan = [today_item(PLAN, WORKDAY)]
    assert nxt(local(MONDAY, "10:00"), plan) == habit_next(PLAN, WORKDAY)
    assert nxt(local(SATURDAY, "10:00"), plan) == step_next(STEPS_NOVEL[0], NOVEL)


def test_snoozed_habits_are_skipped() -> None:
    now = local(MONDAY, "13:00")
    assert nxt(now, morning(), snoozed_habits={READ.id}) == habit_next(STRETCH, COFFEE)
    snoozed = {READ.id, STRETCH.id, WALK.id}
    assert nxt(now, morning(), snoozed_habits=snoozed) == step_next(STEPS_NOVEL[0], NOVEL)


def test_archived_and_not_pending_habits_are_skipped() -> None:
    now = local(MONDAY, "13:00")
    archived = habit(13, "archived", COFFEE, position=-1, archived=True)
    items = [today_item(archived, COFFEE), *morning()]
    assert nxt(now, items) == habit_next(READ, COFFEE)
    for state in (DayState.MISSED, DayState.BENT, DayState.REST, DayState.UNSCHEDULED):
        assert nxt(now, [today_item(READ, COFFEE, state)], ()) == NextStep()


def test_same_routine_time_orders_by_routine_then_position() -> None:
    tea = routine(0, "Tea", "07:30")
    first = habit(41, "water the plant", tea, position=5)
    items = [*morning(), today_item(first, tea)]
    assert nxt(local(MONDAY, "13:00"), items) == habit_next(first, tea)


def test_first_open_step_of_the_first_queue_when_no_habit_is_due() -> None:
    now = local(MONDAY, "06:00")
    assert nxt(now, morning()) == step_next(STEPS_NOVEL[0], NOVEL)
    assert nxt(now, snoozed_steps={101}) == step_next(STEPS_NOVEL[1], NOVEL)
    assert nxt(now, snoozed_steps={101, 102}) == step_next(STEPS_FIT[0], FIT)
    archived = Purpose(1, "Write a novel", archived=True)
    queues = [StepQueue(archived, STEPS_NOVEL), StepQueue(FIT, STEPS_FIT)]
    assert nxt(now, queues=queues) == step_next(STEPS_FIT[0], FIT)
    queues = [StepQueue(NOVEL, []), StepQueue(FIT, STEPS_FIT)]
    assert nxt(now, queues=queues) == step_next(STEPS_FIT[0], FIT)


def test_empty_state() -> None:
    result = nxt(local(MONDAY, "13:00"), (), ())
    assert result == NextStep()
    assert result.kind is None
    assert result.as_json() == {"kind": None, "id": None, "text": None, "purpose": None}
    everything_snoozed = nxt(local(MONDAY, "06:00"), snoozed_steps={101, 102, 201})
    assert everything_snoozed == NextStep()


def test_next_step_json() -> None:
    assert nxt(local(MONDAY, "13:00"), morning()).as_json() == {
        "kind": "habit",
        "id": READ.id,
        "text": "read one page",
        "purpose": "Health",
    }


def test_next_step_with_a_late_day_start() -> None:
    evening = routine(5, "Evening tea", "23:00")
    tea = habit(51, "write a line in the journal", evening)
    items = [today_item(tea, evening)]
    one_am_saturday = local(SATURDAY, "01:00")
    # With the day starting at 03:00 it is still Friday, whose 23:00 has come.
    assert nxt(one_am_saturday, items, (), day_start=3) == habit_next(tea, evening)
    # With the day starting at midnight it is Saturday, whose 23:00 has not.
    assert nxt(one_am_saturday, items, (), day_start=0) == NextStep()


# --- upcoming reminders -----------------------------------------------------------------------


def cal(
    h: Habit, on: Routine, wins: Iterable[date] = (), rests: Iterable[date] = ()
) -> HabitCalendar:
    return HabitCalendar(h, on, {d: WinKind.FULL for d in wins}, frozenset(rests))


def plan(
    now: datetime,
    calendars: Sequence[HabitCalendar],
    days: int = 3,
    policy: ReminderPolicy = ReminderPolicy(),  # noqa: B008 (frozen, never mutated)
    zone: ZoneInfo = BERLIN,
    day_start: int = 0,
    snoozes: Mapping[int, datetime] | None = None,
    already_sent: Set[tuple[int, date]] = frozenset(),
) -> list[PlannedReminder]:
    return upcoming_reminders(
        now, zone, day_start, days, calendars, policy, snoozes=snoozes, already_sent=already_sent
    )


def brief(reminders: Sequence[PlannedReminder], zone: ZoneInfo = BERLIN) -> list[tuple[str, str]]:
    return [(r.habit, r.local(zone).isoformat()) for r in reminders]


def stack() -> list[HabitCalendar]:
    return [cal(STRETCH, COFFEE), cal(WALK, LUNCH), cal(READ, COFFEE)]


def test_one_reminder_per_routine_time_per_day_for_the_first_in_the_stack() -> None:
    reminders = plan(local(MONDAY, "06:00"), stack(), days=2)
    assert brief(reminders) == [
        ("read one page", "2026-03-09T07:30:00+01:00"),
        ("walk around the block", "2026-03-09T12:00:00+01:00"),
        ("read one page", "2026-03-10T07:30:00+01:00"),
        ("walk around the block", "2026-03-10T12:00:00+01:00"),
    ]
    first = reminders[0]
    assert (first.habit_id, first.routine, first.day, first.snoozed) == (
        READ.id,
        "Morning coffee",
        MONDAY,
        False,
    )
    assert first.at_utc == datetime(2026, 3, 9, 6, 30, tzinfo=UTC)


def test_done_today_passes_the_reminder_to_the_next_in_the_stack() -> None:
    calendars = [cal(READ, COFFEE, wins=[MONDAY]), cal(STRETCH, COFFEE)]
    assert brief(plan(local(MONDAY, "06:00"), calendars, days=2)) == [
        ("stretch", "2026-03-09T07:30:00+01:00"),
        ("read one page", "2026-03-10T07:30:00+01:00"),
    ]
    both_done = [cal(READ, COFFEE, wins=[MONDAY]), cal(STRETCH, COFFEE, wins=[MONDAY])]
    assert brief(plan(local(MONDAY, "06:00"), both_done, days=2)) == [
        ("read one page", "2026-03-10T07:30:00+01:00"),
    ]


def test_the_first_that_wants_one_skips_reminder_off_and_unscheduled_habits() -> None:
    quiet_read = habit(11, "read one page", COFFEE, reminder=False)
    calendars = [cal(quiet_read, COFFEE), cal(STRETCH, COFFEE)]
    assert [r.habit for r in plan(local(MONDAY, "06:00"), calendars)] == ["stretch"] * 3
    mwf_read = habit(11, "read one page", COFFEE, schedule=MWF)
    calendars = [cal(mwf_read, COFFEE), cal(STRETCH, COFFEE)]
    assert [r.habit for r in plan(local(MONDAY, "06:00"), calendars)] == [
        "read one page",
        "stretch",
        "read one page",
    ]
    archived = habit(11, "read one page", COFFEE, archived=True)
    assert plan(local(MONDAY, "06:00"), [cal(archived, COFFEE)]) == []


def test_rest_days_are_skipped() -> None:
    calendars = [cal(READ, COFFEE, rests=[TUESDAY])]
    assert [r.day for r in plan(local(MONDAY, "06:00"), calendars)] == [MONDAY, WEDNESDAY]
    calendars = [cal(READ, COFFEE, rests=[TUESDAY]), cal(STRETCH, COFFEE, rests=[TUESDAY])]
    assert [r.day for r in plan(local(MONDAY, "06:00"), calendars)] == [MONDAY, WEDNESDAY]
    calendars = [cal(READ, COFFEE, rests=[TUESDAY]), cal(STRETCH, COFFEE)]
    assert [r.habit for r in plan(local(MONDAY, "06:00"), calendars)] == [
        "read one page",
        "stretch",
        "read one page",
    ]


def test_a_routine_time_already_past_today_is_not_planned() -> None:
    assert brief(plan(local(MONDAY, "08:00"), [cal(READ, COFFEE)], days=2)) == [
        ("read one page", "2026-03-10T07:30:00+01:00"),
    ]
    assert plan(local(MONDAY, "07:30"), [cal(READ, COFFEE)], days=1) != []


def test_fixed_weekdays_and_creation_day() -> None:
    mwf = habit(11, "read one page", COFFEE, schedule=MWF)
    days = [r.day.weekday() for r in plan(local(MONDAY, "06:00"), [cal(mwf, COFFEE)], days=14)]
    assert days == [0, 2, 4, 0, 2, 4]
    later = habit(11, "read one page", COFFEE, created_on=WEDNESDAY)
    assert [r.day for r in plan(local(MONDAY, "06:00"), [cal(later, COFFEE)], days=4)] == [
        WEDNESDAY,
        WEDNESDAY + timedelta(days=1),
    ]


def test_quota_habits_are_reminded_until_the_block_quota_is_met() -> None:
    start = date(2026, 3, 2)  # blocks: Mar 2-8, Mar 9-15
    quota = habit(11, "read one page", COFFEE, schedule=Quota(3, 7), created_on=start)
    now = local(date(2026, 3, 5), "06:00")
    met = [cal(quota, COFFEE, wins=[start, start + timedelta(1), start + timedelta(2)])]
    assert [r.day.day for r in plan(now, met, days=7)] == [9, 10, 11]
    not_met = [cal(quota, COFFEE, wins=[start])]
    assert [r.day.day for r in plan(now, not_met, days=7)] == [5, 6, 7, 8, 9, 10, 11]


def test_quiet_hours_across_midnight() -> None:
    policy = ReminderPolicy(quiet_start=time(22, 0), quiet_end=time(7, 0))
    times = ["06:30", "07:00", "21:59", "22:00", "23:30", "00:00"]
    calendars = []
    for index, at in enumerate(times):
        r = routine(60 + index, f"routine {at}", at)
        calendars.append(cal(habit(600 + index, f"habit {at}", r), r))
    planned = plan(local(MONDAY, "00:00"), calendars, days=1, policy=policy)
    assert [r.habit for r in planned] == ["habit 07:00", "habit 21:59"]
    assert len(plan(local(MONDAY, "00:00"), calendars, days=1)) == len(times)


def test_quiet_hours_rules() -> None:
    night = ReminderPolicy(quiet_start=time(22, 0), quiet_end=time(7, 0))
    assert [night.in_quiet_hours(time(h, m)) for h, m in ((21, 59), (22, 0), (3, 0), (6, 59))] == [
        False,
        True,
        True,
        True,
    ]
    assert night.in_quiet_hours(time(7, 0)) is False
    noon = ReminderPolicy(quiet_start=time(12, 0), quiet_end=time(14, 0))
    assert [noon.in_quiet_hours(time(h)) for h in (11, 12, 13, 14)] == [False, True, True, False]
    assert ReminderPolicy(quiet_start=time(9), quiet_end=time(9)).in_quiet_hours(time(9)) is False
    assert ReminderPolicy(quiet_start=time(9)).in_quiet_hours(time(10)) is False


def test_pause_and_disabled() -> None:
    now = local(MONDAY, "06:00")
    paused = ReminderPolicy(paused_until=local(TUESDAY, "12:00"))
    assert [r.day for r in plan(now, [cal(READ, COFFEE)], days=3, policy=paused)] == [WEDNESDAY]
    over = ReminderPolicy(paused_until=local(MONDAY, "05:00"))
    assert len(plan(now, [cal(READ, COFFEE)], days=3, policy=over)) == 3
    assert plan(now, stack(), days=7, policy=ReminderPolicy(enabled=False)) == []


def test_a_snooze_moves_todays_reminder() -> None:
    now = local(MONDAY, "07:35")
    snoozes = {READ.id: local(MONDAY, "07:45")}
    reminders = plan(now, [cal(READ, COFFEE)], days=2, snoozes=snoozes)
    assert brief(reminders) == [
        ("read one page", "2026-03-09T07:45:00+01:00"),
        ("read one page", "2026-03-10T07:30:00+01:00"),
    ]
    assert [r.snoozed for r in reminders] == [True, False]


def test_a_snooze_until_tomorrow_leaves_tomorrows_routine_time_alone() -> None:
    # "Snooze until tomorrow" ends at the start of the user's next day (see usecases).
    now = local(MONDAY, "07:35")
    snoozes = {READ.id: local(TUESDAY, "00:00")}
    reminders = plan(now, [cal(READ, COFFEE)], days=2, snoozes=snoozes)
    assert brief(reminders) == [("read one page", "2026-03-10T07:30:00+01:00")]
    assert [r.snoozed for r in reminders] == [False]
    night = ReminderPolicy(quiet_start=time(22, 0), quiet_end=time(7, 0))
    reminders = plan(now, [cal(READ, COFFEE)], days=2, snoozes=snoozes, policy=night)
    assert brief(reminders) == [("read one page", "2026-03-10T07:30:00+01:00")]


def test_a_snooze_past_a_days_routine_time_skips_that_day() -> None:
    now = local(MONDAY, "06:00")
    snoozes = {READ.id: local(WEDNESDAY, "06:00")}
    assert [r.day for r in plan(now, [cal(READ, COFFEE)], days=4, snoozes=snoozes)] == [
        WEDNESDAY,
        WEDNESDAY + timedelta(days=1),
    ]
    # An expired snooze changes nothing.
    expired = {READ.id: local(MONDAY, "05:00")}
    assert len(plan(now, [cal(READ, COFFEE)], days=3, snoozes=expired)) == 3


def test_reminders_already_sent_are_not_planned_again() -> None:
    calendars = [cal(READ, COFFEE), cal(STRETCH, COFFEE)]
    planned = plan(local(MONDAY, "06:00"), calendars, days=2, already_sent={(READ.id, MONDAY)})
    assert [(r.habit, r.day) for r in planned] == [("read one page", TUESDAY)]


def test_late_day_start_routine_fires_the_next_calendar_morning() -> None:
    night = routine(7, "Night reading", "01:00")
    owl = habit(71, "read a poem", night)
    planned = plan(local(MONDAY, "12:00"), [cal(owl, night)], days=2, day_start=3)
    assert brief(planned) == [
        ("read a poem", "2026-03-10T01:00:00+01:00"),
        ("read a poem", "2026-03-11T01:00:00+01:00"),
    ]
    assert [r.day for r in planned] == [MONDAY, TUESDAY]


def test_berlin_spring_forward_and_fall_back() -> None:
    night = routine(8, "Night shift break", "02:30")
    nurse = habit(81, "drink water", night)
    spring = plan(datetime(2026, 3, 28, 12, 0, tzinfo=UTC), [cal(nurse, night)], days=3)
    assert brief(spring) == [
        ("drink water", "2026-03-29T03:00:00+02:00"),
        ("drink water", "2026-03-30T02:30:00+02:00"),
    ]
    autumn = plan(datetime(2026, 10, 24, 12, 0, tzinfo=UTC), [cal(nurse, night)], days=3)
    assert brief(autumn) == [
        ("drink water", "2026-10-25T02:30:00+02:00"),
        ("drink water", "2026-10-26T02:30:00+01:00"),
    ]
    coffee = plan(datetime(2026, 3, 28, 12, 0, tzinfo=UTC), [cal(READ, COFFEE)], days=3)
    assert brief(coffee) == [
        ("read one page", "2026-03-29T07:30:00+02:00"),
        ("read one page", "2026-03-30T07:30:00+02:00"),
    ]
    assert coffee[1].at_utc - coffee[0].at_utc == timedelta(hours=24)


@pytest.mark.parametrize("zone", ZONES, ids=str)
def test_weekdays_are_never_shifted_over_a_year(zone: ZoneInfo) -> None:
    # 2026-01-04 02:00 UTC is a Saturday or Sunday in every one of these zones.
    now = datetime(2026, 1, 4, 2, 0, tzinfo=UTC)
    calendars = []
    for index, at in enumerate(("00:00", "00:30", "02:30", "07:30", "23:30")):
        r = routine(90 + index, f"routine {at}", at)
        calendars.append(cal(habit(900 + index, f"habit {at}", r, schedule=MWF), r))
    planned = plan(now, calendars, days=365, zone=zone)
    expected_days = [
        date(2026, 1, 5) + timedelta(days=i)
        for i in range(362)
        if (date(2026, 1, 5) + timedelta(days=i)).weekday() in (0, 2, 4)
    ]
    assert expected_days[-1] == date(2027, 1, 1)
    for index in range(5):
        mine = [r for r in planned if r.habit_id == 900 + index]
        assert [r.day for r in mine] == expected_days
        for reminder in mine:
            assert reminder.local(zone).date() == reminder.day
            assert logical_day(reminder.at_utc, zone) == reminder.day
    assert [r.at_utc for r in planned] == sorted(r.at_utc for r in planned)


def test_stack_order_is_routine_time_then_position_and_no_time_today_last() -> None:
    # Saturday: the workday routine has no time, so "plan the day" comes after everything timed.
    items = [
        today_item(PLAN, WORKDAY),
        today_item(WALK, LUNCH),
        today_item(STRETCH, COFFEE),
        today_item(READ, COFFEE),
    ]
    ordered = in_stack_order(items, SATURDAY, BERLIN, 0)
    assert [i.habit.action for i in ordered] == [
        "read one page",
        "stretch",
        "walk around the block",
        "plan the day",
    ]
    on_monday = in_stack_order(items, MONDAY, BERLIN, 0)
    assert [i.habit.action for i in on_monday][2] == "plan the day"  # 09:00, before lunch
