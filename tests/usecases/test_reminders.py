"""Which reminders are due, in many zones and across DST, with the ledger; no Qt, no waiting."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import FixedClock, resolve_local
from smallwins.core.errors import UserError
from smallwins.core.models import SnoozeTarget, WinSource
from smallwins.usecases import commands as cmd
from smallwins.usecases.reminders import (
    SEEN_UNTIL,
    CatchUp,
    Prompt,
    ReviewPrompt,
    catch_up,
    due_prompts,
    due_review_prompt,
    load_seen_until,
    record_review_prompted,
    record_sent,
    review_prompts,
    save_seen_until,
)
from smallwins.usecases.runner import Runner
from smallwins.usecases.view import (
    DAY_START_HOUR,
    PAUSED_UNTIL,
    QUIET_END,
    QUIET_START,
    REMINDERS_ENABLED,
    REVIEW_AT,
    View,
)
from tests.fakes import MemoryStore

ZONE_NAMES = (
    "Europe/Berlin",
    "America/New_York",
    "Asia/Beirut",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Europe/London",
    "Asia/Kolkata",
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "Africa/Casablanca",
    "America/St_Johns",
    "Pacific/Chatham",
)
YEARS = range(2024, 2031)
BERLIN = ZoneInfo("Europe/Berlin")
# Monday 2026-03-09, 06:00 in Berlin (CET, UTC+1).
MONDAY_0600 = datetime(2026, 3, 9, 5, 0, tzinfo=UTC)

# Routine times chosen to fall into the gaps and folds of the zones above: 00:30 and 23:30
# (Beirut, Santiago: DST changes at midnight), 01:30 (London, New York fold), 02:15 (Lord Howe's
# half-hour change), 02:30 (Berlin, Auckland, Casablanca, St John's), 03:15 (Chatham).
WALK_HABITS = (
    ("plan the day", "midnight tea", "00:30", "daily", frozenset(range(7))),
    ("stretch", "night shift", "01:30", "daily", frozenset(range(7))),
    ("breathe", "radio show", "02:15", "daily", frozenset(range(7))),
    ("water the plants", "late walk", "02:30", "daily", frozenset(range(7))),
    ("feed the cat", "early bird", "03:15", "daily", frozenset(range(7))),
    ("read one page", "morning coffee", "07:30", "weekdays", frozenset(range(5))),
    ("walk around the block", "lunch", "12:00", "mon,wed,fri", frozenset({0, 2, 4})),
    ("write one line", "bedtime", "23:30", "daily", frozenset(range(7))),
)


def at_local(zone: ZoneInfo, *args: int) -> datetime:
    """The UTC instant of a local wall time (first occurrence; after the gap if missing)."""
    return resolve_local(datetime(*args), zone)


def make_runner(now: datetime, zone: ZoneInfo = BERLIN) -> tuple[MemoryStore, FixedClock, Runner]:
    store = MemoryStore()
    clock = FixedClock(now, zone)
    return store, clock, Runner(store, clock)


def add_habit(
    runner: Runner,
    action: str,
    routine: str,
    at: str,
    days: str = "daily",
    tiny: str | None = None,
    purpose: str | None = None,
) -> int:
    return runner.run(cmd.AddHabit(action, routine, at, days, tiny=tiny, purpose=purpose)).id


def due(store: MemoryStore, zone: ZoneInfo, since: datetime, until: datetime) -> list[Prompt]:
    return due_prompts(View(store, until, zone), since, until)


def catch(store: MemoryStore, zone: ZoneInfo, since: datetime, until: datetime) -> CatchUp | None:
    return catch_up(View(store, until, zone), since, until)


def midnight(day: date, zone: ZoneInfo) -> datetime:
    return resolve_local(datetime.combine(day, time()), zone)


# --- one prompt per habit per scheduled day, in many zones ----------------------------------


def _check_instant(prompt: Prompt, at: time, zone: ZoneInfo) -> None:
    local = prompt.at_utc.astimezone(zone)
    # Weekdays never shift: the prompt is on its own day, local time.
    assert local.date() == prompt.day
    naive = datetime.combine(prompt.day, at)
    exists = (
        naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive
    )
    if exists:
        # At the routine time exactly, and at its first occurrence when it happens twice.
        assert local.time() == at
        assert local.fold == 0
        earlier = (prompt.at_utc - timedelta(hours=1)).astimezone(zone)
        assert not (earlier.time() == at and earlier.date() == prompt.day)
    else:
        # In a gap: the first valid instant after it, i.e. a minute earlier is before the time.
        assert local.time() > at
        before = (prompt.at_utc - timedelta(minutes=1)).astimezone(zone)
        assert before.time() < at or before.date() < prompt.day


@pytest.mark.parametrize("zone_name", ZONE_NAMES)
def test_one_prompt_per_habit_per_scheduled_day(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    store, _, runner = make_runner(at_local(zone, 2023, 12, 31, 12, 0), zone)
    ids = {
        action: add_habit(runner, action, routine, at, days)
        for action, routine, at, days, _ in WALK_HABITS
    }
    wanted = {ids[action]: weekdays for action, _, _, _, weekdays in WALK_HABITS}
    times = {ids[action]: at for action, _, at, _, _ in WALK_HABITS}
    for year in YEARS:
        seen: Counter[tuple[int, date]] = Counter()
        day = date(year, 1, 1)
        since = midnight(day, zone)
        while day.year == year:
            day += timedelta(days=1)
            until = midnight(day, zone)
            for prompt in due(store, zone, since, until):
                assert since < prompt.at_utc <= until
                seen[(prompt.habit_id, prompt.day)] += 1
                hh, mm = times[prompt.habit_id].split(":")
                _check_instant(prompt, time(int(hh), int(mm)), zone)
            since = until
        assert max(seen.values()) == 1, "a habit was reminded twice on one day"
        for habit_id, weekdays in wanted.items():
            expected = {
                date(year, 1, 1) + timedelta(days=n)
                for n in range((date(year + 1, 1, 1) - date(year, 1, 1)).days)
                if (date(year, 1, 1) + timedelta(days=n)).weekday() in weekdays
            }
            got = {d for (h, d) in seen if h == habit_id}
            assert got == expected, f"{zone_name} {year} habit {habit_id}"


# --- DST policy -------------------------------------------------------------------------------


def test_gap_fires_at_the_first_valid_instant_after_it() -> None:
    # Berlin springs forward on 2026-03-29 at 02:00 CET to 03:00 CEST: 02:30 does not exist.
    store, _, runner = make_runner(datetime(2026, 3, 28, 12, 0, tzinfo=UTC))
    add_habit(runner, "water the plants", "late walk", "02:30")
    prompts = due(
        store,
        BERLIN,
        datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 6, 0, tzinfo=UTC),
    )
    assert [p.at_utc for p in prompts] == [datetime(2026, 3, 29, 1, 0, tzinfo=UTC)]
    assert prompts[0].at_utc.astimezone(BERLIN).strftime("%H:%M %Z") == "03:00 CEST"


def test_fold_fires_once_at_the_first_occurrence() -> None:
    # Berlin falls back on 2026-10-25 at 03:00 CEST to 02:00 CET: 02:30 happens twice.
    store, _, runner = make_runner(datetime(2026, 10, 24, 12, 0, tzinfo=UTC))
    add_habit(runner, "water the plants", "late walk", "02:30")
    found: list[Prompt] = []
    since = datetime(2026, 10, 24, 22, 0, tzinfo=UTC)
    while since < datetime(2026, 10, 25, 4, 0, tzinfo=UTC):  # ten-minute windows over the night
        until = since + timedelta(minutes=10)
        prompts = due(store, BERLIN, since, until)
        record_sent(store, prompts, until)
        found += prompts
        since = until
    assert [p.at_utc for p in found] == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]
    assert found[0].at_utc.astimezone(BERLIN).strftime("%H:%M %Z") == "02:30 CEST"


@pytest.mark.parametrize(
    ("zone_name", "day", "expected_utc"),
    [
        ("Europe/Berlin", date(2026, 3, 29), datetime(2026, 3, 29, 5, 30, tzinfo=UTC)),
        ("America/New_York", date(2026, 3, 8), datetime(2026, 3, 8, 11, 30, tzinfo=UTC)),
        ("Australia/Lord_Howe", date(2026, 10, 4), datetime(2026, 10, 3, 20, 30, tzinfo=UTC)),
        ("America/Santiago", date(2026, 9, 6), datetime(2026, 9, 6, 10, 30, tzinfo=UTC)),
    ],
)
def test_no_oversleep_across_spring_forward(
    zone_name: str, day: date, expected_utc: datetime
) -> None:
    zone = ZoneInfo(zone_name)
    store, _, runner = make_runner(midnight(day - timedelta(days=1), zone), zone)
    add_habit(runner, "read one page", "morning coffee", "07:30")
    since = midnight(day, zone)
    prompts = due(store, zone, since, since + timedelta(days=1))
    assert [p.at_utc for p in prompts] == [expected_utc]
    assert prompts[0].at_utc.astimezone(zone).time() == time(7, 30)
    # Due at the exact instant, not an hour (or half an hour) late, and not a moment early.
    assert due(store, zone, since, expected_utc - timedelta(seconds=1)) == []
    assert len(due(store, zone, since, expected_utc)) == 1


def test_weekdays_follow_the_local_day_not_utc() -> None:
    # Auckland is 13 hours ahead: Monday 07:30 there is Sunday in UTC.
    zone = ZoneInfo("Pacific/Auckland")
    store, _, runner = make_runner(at_local(zone, 2026, 1, 4, 12, 0), zone)
    add_habit(runner, "read one page", "morning coffee", "07:30", days="mon")
    prompts = due(store, zone, at_local(zone, 2026, 1, 4, 12, 0), at_local(zone, 2026, 1, 12, 0, 0))
    assert [p.day for p in prompts] == [date(2026, 1, 5)]
    assert prompts[0].at_utc.weekday() == 6  # Sunday in UTC


# --- catch-up -------------------------------------------------------------------------------


def _three_routines() -> tuple[MemoryStore, Runner]:
    store, _, runner = make_runner(MONDAY_0600)
    runner.run(cmd.AddPurpose("Feel stronger"))
    add_habit(runner, "read one page", "morning coffee", "07:30", tiny="read one sentence")
    add_habit(runner, "stretch", "lunch", "12:30", purpose="Feel stronger")
    add_habit(runner, "write one line", "dinner", "19:00", days="weekdays")
    return store, runner


@pytest.mark.parametrize(
    ("jump", "count", "next_action"),
    [
        (timedelta(hours=1), 1, "read one page"),
        (timedelta(hours=8), 2, "read one page"),
        (timedelta(days=3), 10, "read one page"),  # Mon, Tue, Wed: 3 each; Thursday 07:30
    ],
)
def test_catch_up_after_a_jump_is_one_prompt(jump: timedelta, count: int, next_action: str) -> None:
    store, _ = _three_routines()
    since = at_local(BERLIN, 2026, 3, 9, 7, 0)
    until = since + jump + (timedelta(hours=1) if jump >= timedelta(days=1) else timedelta())
    result = catch(store, BERLIN, since, until)
    assert result is not None
    assert result.count == count == len(result.prompts)
    assert result.next is not None and result.next.habit == next_action
    # Sent once: asking again (or from another process) finds nothing.
    assert len(record_sent(store, result.prompts, until)) == count
    assert catch(store, BERLIN, since, until) is None
    assert record_sent(store, result.prompts, until) == []


def test_catch_up_without_anything_open_today_has_no_next() -> None:
    store, _ = _three_routines()
    since = at_local(BERLIN, 2026, 3, 9, 7, 0)
    result = catch(store, BERLIN, since, at_local(BERLIN, 2026, 3, 10, 7, 0))
    assert result is not None and result.count == 3
    assert result.next is None


def test_nothing_due_for_a_habit_done_meanwhile() -> None:
    store, clock, runner = make_runner(MONDAY_0600)
    add_habit(runner, "read one page", "morning coffee", "07:30")
    clock.set(at_local(BERLIN, 2026, 3, 9, 7, 10))
    runner.run(cmd.RecordWin(WinSource.CLI, habit="read one page"))
    since, until = at_local(BERLIN, 2026, 3, 9, 7, 0), at_local(BERLIN, 2026, 3, 9, 9, 0)
    assert due(store, BERLIN, since, until) == []
    assert catch(store, BERLIN, since, until) is None


def test_the_next_habit_of_the_stack_is_reminded_when_the_first_is_done() -> None:
    store, _, runner = make_runner(MONDAY_0600)
    add_habit(runner, "read one page", "morning coffee", "07:30")
    add_habit(runner, "plan the day", "morning coffee", "07:30")
    since, until = at_local(BERLIN, 2026, 3, 9, 7, 0), at_local(BERLIN, 2026, 3, 9, 8, 0)
    assert [p.habit for p in due(store, BERLIN, since, until)] == ["read one page"]
    runner.run(cmd.RecordWin(WinSource.CLI, habit="read one page"))
    assert [p.habit for p in due(store, BERLIN, since, until)] == ["plan the day"]


def test_rest_days_and_reminders_off_send_nothing() -> None:
    store, _, runner = make_runner(MONDAY_0600)
    add_habit(runner, "read one page", "morning coffee", "07:30")
    since = at_local(BERLIN, 2026, 3, 9, 7, 0)
    runner.run(cmd.PlanRest("2026-03-09"))
    assert due(store, BERLIN, since, since + timedelta(hours=2)) == []
    assert len(due(store, BERLIN, since, since + timedelta(days=1, hours=1))) == 1  # Tuesday
    runner.run(cmd.ChangeSetting(REMINDERS_ENABLED, "0"))
    assert due(store, BERLIN, since, since + timedelta(days=3)) == []


# --- quiet hours, pause, snooze -----------------------------------------------------------------


def test_quiet_hours_silence_reminders_inside_them() -> None:
    store, _, runner = make_runner(MONDAY_0600)
    add_habit(runner, "read one page", "morning coffee", "07:30")
    add_habit(runner, "stretch", "lunch", "12:30")
    runner.run(cmd.ChangeSetting(QUIET_START, "22:00"))
    runner.run(cmd.ChangeSetting(QUIET_END, "08:00"))
    since = at_local(BERLIN, 2026, 3, 9, 7, 0)
    assert [p.habit for p in due(store, BERLIN, since, since + timedelta(hours=8))] == ["stretch"]


def test_pause_silences_reminders_until_it_ends() -> None:
    store, _, runner = make_runner(MONDAY_0600)
    add_habit(runner, "read one page", "morning coffee", "07:30")
    add_habit(runner, "stretch", "lunch", "12:30")
    pause_end = at_local(BERLIN, 2026, 3, 9, 10, 0)
    runner.run(cmd.ChangeSetting(PAUSED_UNTIL, pause_end.isoformat()))
    since = at_local(BERLIN, 2026, 3, 9, 7, 0)
    prompts = due(store, BERLIN, since, since + timedelta(days=1, hours=1))
    assert [(p.habit, p.day) for p in prompts] == [
        ("stretch", date(2026, 3, 9)),
        ("read one page", date(2026, 3, 10)),
    ]


def test_a_snooze_survives_a_restart_and_fires_once() -> None:
    store, clock, runner = make_runner(MONDAY_0600)
    habit_id = add_habit(runner, "read one page", "morning coffee", "07:30")
    routine_time = at_local(BERLIN, 2026, 3, 9, 7, 30)
    first = due(store, BERLIN, MONDAY_0600, routine_time)
    assert [(p.kind, p.ledger_kind) for p in first] == [("routine", "routine")]
    assert record_sent(store, first, routine_time) == first
    clock.set(routine_time + timedelta(minutes=1))
    until = runner.run(cmd.Snooze(SnoozeTarget.HABIT, habit_id, minutes=10))
    assert until == at_local(BERLIN, 2026, 3, 9, 7, 41)

    # "Restart": a new clock, runner and view over the same store.
    later = FixedClock(at_local(BERLIN, 2026, 3, 9, 7, 45), BERLIN)
    restarted = Runner(store, later)
    window = (routine_time + timedelta(minutes=1), later.now())
    prompts = due_prompts(restarted.view(), *window)
    assert [(p.habit, p.kind, p.ledger_kind, p.at_utc) for p in prompts] == [
        ("read one page", "snooze", "snooze@07:41", until)
    ]
    assert record_sent(store, prompts, later.now()) == prompts
    # Once only: the same window, from any process, finds it in the ledger.
    assert due_prompts(Runner(store, later).view(), *window) == []
    assert record_sent(store, prompts, later.now()) == []
    # ... and the routine reminder itself is not sent again either.
    assert due(store, BERLIN, MONDAY_0600, later.now()) == []


# --- wording --------------------------------------------------------------------------------


def test_prompt_carries_purpose_tiny_version_and_last_miss() -> None:
    store, clock, runner = make_runner(MONDAY_0600)
    runner.run(cmd.AddPurpose("Write a novel"))
    add_habit(
        runner,
        "write one line",
        "morning coffee",
        "07:30",
        tiny="open the draft",
        purpose="Write a novel",
    )
    # Done Monday and Tuesday, missed Wednesday: Thursday's prompt says so kindly.
    thursday = at_local(BERLIN, 2026, 3, 12, 7, 0)
    clock.set(thursday)
    for day in ("2026-03-09", "2026-03-10"):
        runner.run(cmd.RecordWin(WinSource.CLI, habit="write one line", day=day))
    (prompt,) = due(store, BERLIN, thursday, thursday + timedelta(hours=1))
    assert prompt.missed_last_time
    assert (prompt.routine, prompt.habit, prompt.purpose, prompt.tiny) == (
        "morning coffee",
        "write one line",
        "Write a novel",
        "open the draft",
    )

    # After a done day, no such line.
    runner.run(cmd.RecordWin(WinSource.CLI, habit="write one line"))  # Thursday done
    friday = thursday + timedelta(days=1)
    (prompt,) = due(store, BERLIN, friday, friday + timedelta(hours=1))
    assert not prompt.missed_last_time


def test_seen_until_round_trips_through_the_settings() -> None:
    store = MemoryStore()
    assert load_seen_until(store) is None
    save_seen_until(store, MONDAY_0600)
    assert load_seen_until(store) == MONDAY_0600
    store.set_setting(SEEN_UNTIL, "not a time")
    assert load_seen_until(store) is None


# --- the weekly review's prompt ----------------------------------------------------------------


def _view(store: MemoryStore, now: datetime, zone: ZoneInfo = BERLIN) -> View:
    return View(store, now, zone)


def test_review_prompts_come_each_week_at_the_chosen_local_time() -> None:
    store = MemoryStore()
    view = _view(store, MONDAY_0600)
    since, until = MONDAY_0600, MONDAY_0600 + timedelta(days=21)
    # Sunday 18:00 in Berlin: CET (UTC+1) in March until the 29th, then CEST (UTC+2).
    assert review_prompts(view, since, until) == [
        ReviewPrompt("2026-W11", datetime(2026, 3, 15, 17, 0, tzinfo=UTC)),
        ReviewPrompt("2026-W12", datetime(2026, 3, 22, 17, 0, tzinfo=UTC)),
        ReviewPrompt("2026-W13", datetime(2026, 3, 29, 16, 0, tzinfo=UTC)),  # DST day
    ]
    runner = Runner(store, FixedClock(MONDAY_0600, BERLIN))
    runner.run(cmd.SetReviewPrompt(True, 0, "02:30"))  # Mondays, in the night
    runner.run(cmd.ChangeSetting(DAY_START_HOUR, "3"))
    view = _view(store, MONDAY_0600)
    # With the day starting at 03:00, Monday's 02:30 is the night after Monday, on Tuesday.
    assert review_prompts(view, since, since + timedelta(days=8)) == [
        ReviewPrompt("2026-W11", datetime(2026, 3, 10, 1, 30, tzinfo=UTC)),
        ReviewPrompt("2026-W12", datetime(2026, 3, 17, 1, 30, tzinfo=UTC)),
    ]
    runner.run(cmd.SetReviewPrompt(False, 0, "02:30"))
    assert review_prompts(_view(store, MONDAY_0600), since, until) == []


def test_the_due_review_prompt_is_the_latest_not_sent_nor_paused() -> None:
    store = MemoryStore()
    runner = Runner(store, FixedClock(MONDAY_0600, BERLIN))
    view = _view(store, MONDAY_0600)
    two_weeks = MONDAY_0600 + timedelta(days=14)
    latest = ReviewPrompt("2026-W12", datetime(2026, 3, 22, 17, 0, tzinfo=UTC))
    assert due_review_prompt(view, MONDAY_0600, two_weeks) == latest  # one, not two
    assert record_review_prompted(store, latest) is True
    assert record_review_prompted(store, latest) is False  # at most once, whoever asks
    assert due_review_prompt(_view(store, MONDAY_0600), MONDAY_0600, two_weeks) is None
    runner.run(cmd.ChangeSetting(PAUSED_UNTIL, "2026-03-29T20:00:00+00:00"))
    three_weeks = MONDAY_0600 + timedelta(days=21)
    assert due_review_prompt(_view(store, MONDAY_0600), MONDAY_0600, three_weeks) is None


def test_set_review_prompt_refusals() -> None:
    store = MemoryStore()
    runner = Runner(store, FixedClock(MONDAY_0600, BERLIN))
    for command, says in (
        (cmd.SetReviewPrompt(True, 7, "18:00"), "7 is not a weekday"),
        (cmd.SetReviewPrompt(True, 6, "6pm"), "'6pm' is not a time in HH:MM form"),
    ):
        with pytest.raises(UserError, match=says):
            runner.run(command)
    assert store.setting(REVIEW_AT) is None
    runner.run(cmd.SetReviewPrompt(True, 4, "9:05"))
    settings = _view(store, MONDAY_0600).settings
    assert (settings.review_prompt, settings.review_weekday, settings.review_at) == (
        True,
        4,
        time(9, 5),
    )
