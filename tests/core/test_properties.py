"""Properties of histories, streaks, strength and days, over random input (hypothesis)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from smallwins.core.days import instant_of, logical_day
from smallwins.core.models import DayState, FixedDays, Quota, Schedule, WinKind
from smallwins.core.rules import HabitHistory, habit_history
from tests.core.test_strength import reference_strengths

START = date(2026, 1, 5)
ZONE_NAMES = (
    "Europe/Berlin",
    "America/New_York",
    "Asia/Beirut",
    "Australia/Lord_Howe",
    "America/Santiago",
    "UTC",
)
ZONES = tuple(ZoneInfo(name) for name in ZONE_NAMES)
FIRST = datetime(2024, 1, 1, tzinfo=UTC)
LAST = datetime(2031, 1, 1, tzinfo=UTC)

WON = (DayState.DONE, DayState.TINY)
MISSES = (DayState.MISSED, DayState.BENT)

fast = settings(max_examples=150, deadline=None)


# --- random histories -------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    schedule: Schedule
    created: date
    wins: dict[date, WinKind]
    rests: frozenset[date]
    today: date

    def history(self) -> HabitHistory:
        return habit_history(self.schedule, self.created, self.wins, self.rests, self.today)


fixed_days = st.frozensets(st.integers(0, 6), min_size=1).map(FixedDays)
quotas = st.integers(1, 14).flatmap(lambda p: st.integers(1, p).map(lambda n: Quota(n, p)))
schedules = st.one_of(fixed_days, quotas)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    length = draw(st.integers(1, 120))
    offsets = st.integers(0, length - 1)
    wins = draw(st.dictionaries(offsets, st.sampled_from(list(WinKind)), max_size=length))
    rests = draw(st.frozensets(offsets, max_size=max(1, length // 4)))
    return Case(
        schedule=draw(schedules),
        created=START + timedelta(days=draw(offsets)),
        wins={START + timedelta(days=i): kind for i, kind in wins.items()},
        rests=frozenset(START + timedelta(days=i) for i in rests),
        today=START + timedelta(days=length - 1),
    )


def expected_streaks(states: tuple[DayState, ...]) -> tuple[int, int, bool, bool]:
    """Streak figures read back from final states (bent marks already applied).

    Only done/tiny/missed/bent days matter. A missed day resets the streak when it follows
    another missed day or nothing; a lone missed day after a win does not.
    """
    marks = [s for s in states if s in (*WON, *MISSES)]
    runs: list[list[DayState]] = [[]]
    for index, mark in enumerate(marks):
        if mark is DayState.MISSED and (index == 0 or marks[index - 1] is DayState.MISSED):
            runs.append([])
        else:
            runs[-1].append(mark)
    current_run = runs[-1]
    current = sum(1 for m in current_run if m in WON)
    best = max(sum(1 for m in run if m in WON) for run in runs)
    bent = current > 0 and DayState.BENT in current_run
    at_risk = bool(marks) and marks[-1] is DayState.MISSED and len(current_run) > 1
    return current, best, bent, at_risk


@fast
@given(cases())
def test_history_shape_states_and_streaks(case: Case) -> None:
    h = case.history()
    assert h.start == min([case.created, *case.wins])
    assert len(h.states) == len(h.strengths) == (case.today - h.start).days + 1
    assert [d for d, _, _ in h.days()][-1] == case.today
    for day, state, strength in h.days():
        assert 0.0 <= strength <= 1.0
        if day in case.wins:
            assert state == (DayState.TINY if case.wins[day] is WinKind.TINY else DayState.DONE)
        elif day in case.rests:
            assert state == DayState.REST
        elif day == case.today:
            assert state in (DayState.PENDING, DayState.UNSCHEDULED)
        else:
            assert state in (DayState.MISSED, DayState.BENT, DayState.UNSCHEDULED)
        if isinstance(case.schedule, FixedDays) and day not in case.wins:
            scheduled = day.weekday() in case.schedule.weekdays or len(case.schedule.weekdays) == 7
            if not scheduled:
                assert state in (DayState.UNSCHEDULED, DayState.REST)
    assert h.current_streak >= 0
    assert h.best_streak >= h.current_streak
    assert h.best_streak <= sum(1 for s in h.states if s in WON)
    expected = expected_streaks(h.states)
    assert (h.current_streak, h.best_streak, h.streak_bent, h.at_risk) == expected
    # The streak of each day is the current streak of the history cut off at that day.
    assert len(h.streaks) == len(h.states)
    assert h.streak_on(case.today) == h.current_streak
    assert max(h.streaks, default=0) == h.best_streak
    # On a missed day the cut is still pending (today), so a second miss in a row, which ends
    # the streak, shows as 0 only in the whole history.
    last_mark: DayState | None = None
    for day, state, _ in h.days():
        if day >= case.created:
            cut = habit_history(case.schedule, case.created, case.wins, case.rests, day)
            ended = state is DayState.MISSED and last_mark in (None, DayState.MISSED)
            assert h.streak_on(day) == (0 if ended else cut.current_streak), day
        if state in (*WON, *MISSES):
            last_mark = state
    # Every bent day sits between two won days (rest/unscheduled/pending passed over).
    marks = [s for s in h.states if s in (*WON, *MISSES)]
    for index, mark in enumerate(marks):
        if mark is DayState.BENT:
            assert 0 < index < len(marks) - 1
            assert marks[index - 1] in WON and marks[index + 1] in WON


@fast
@given(cases())
def test_strength_matches_the_reference(case: Case) -> None:
    h = case.history()
    expected = reference_strengths(case.schedule, case.created, case.wins, case.rests, case.today)
    assert len(h.strengths) == len(expected)
    for got, want in zip(h.strengths, expected, strict=True):
        assert abs(got - want) <= 1e-9


@fast
@given(cases(), st.data())
def test_adding_a_win_never_lowers_strength(case: Case, data: st.DataObject) -> None:
    before = case.history()
    free = [
        index
        for index in range(len(before.states))
        if before.start + timedelta(days=index) not in case.wins
        and before.start + timedelta(days=index) not in case.rests
    ]
    if not free:
        return
    index = data.draw(st.sampled_from(free))
    kind = data.draw(st.sampled_from(list(WinKind)))
    day = before.start + timedelta(days=index)
    after = replace(case, wins={**case.wins, day: kind}).history()
    assert after.start == before.start
    assert after.strengths[:index] == before.strengths[:index]
    # Not always strictly higher: the window's value is capped at 1.
    for new, old in zip(after.strengths[index:], before.strengths[index:], strict=True):
        assert new >= old
    assert after.best_streak >= before.best_streak


@fast
@given(cases(), st.data())
def test_a_rest_day_freezes_strength(case: Case, data: st.DataObject) -> None:
    before = case.history()
    free = [
        index
        for index in range(len(before.states))
        if before.start + timedelta(days=index) not in case.wins
    ]
    if not free:
        return
    index = data.draw(st.sampled_from(free))
    day = before.start + timedelta(days=index)
    after = replace(case, rests=case.rests | {day}).history()
    assert after.states[index] == DayState.REST
    assert after.strengths[:index] == before.strengths[:index]
    assert after.strengths[index] == (after.strengths[index - 1] if index else 0.0)


# --- days across DST --------------------------------------------------------------------------


@cache
def transitions(zone: ZoneInfo) -> tuple[datetime, ...]:
    """Every UTC-offset change of ``zone`` between FIRST and LAST, to the second."""
    found: list[datetime] = []
    moment = FIRST
    while moment < LAST:
        following = moment + timedelta(days=1)
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            low, high = moment, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        moment = following
    return tuple(found)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return (instant.replace(tzinfo=None) + offset).date()


anywhere = st.integers(int(FIRST.timestamp()), int(LAST.timestamp())).map(
    lambda s: datetime.fromtimestamp(s, UTC)
)


@st.composite
def instants(draw: st.DrawFn) -> tuple[datetime, ZoneInfo]:
    zone = draw(st.sampled_from(ZONES))
    changes = transitions(zone)
    if changes and draw(st.booleans()):
        near = draw(st.sampled_from(changes))
        return near + timedelta(seconds=draw(st.integers(-4 * 3600, 4 * 3600))), zone
    return draw(anywhere), zone


def test_the_zones_have_their_dst_changes() -> None:
    counts = {name: len(transitions(zone)) for name, zone in zip(ZONE_NAMES, ZONES, strict=True)}
    assert counts == {
        "Europe/Berlin": 14,
        "America/New_York": 14,
        "Asia/Beirut": 14,
        "Australia/Lord_Howe": 14,
        "America/Santiago": 14,
        "UTC": 0,
    }


@settings(max_examples=300, deadline=None)
@given(instants())
def test_every_instant_maps_to_its_local_calendar_date(pair: tuple[datetime, ZoneInfo]) -> None:
    instant, zone = pair
    assert logical_day(instant, zone) == local_date(instant, zone)
    after = logical_day(instant + timedelta(minutes=1), zone)
    assert 0 <= (after - logical_day(instant, zone)).days <= 1


def test_minutes_around_every_dst_change_never_go_back_a_day() -> None:
    for zone in ZONES:
        for change in transitions(zone):
            previous = None
            for minute in range(-180, 181):
                instant = change + timedelta(minutes=minute)
                today = logical_day(instant, zone)
                assert today == local_date(instant, zone)
                if previous is not None:
                    assert 0 <= (today - previous).days <= 1, (zone, instant)
                previous = today


@settings(max_examples=300, deadline=None)
@given(instants(), st.integers(0, 23))
def test_day_start_hour_shifts_the_day(pair: tuple[datetime, ZoneInfo], hour: int) -> None:
    instant, zone = pair
    local = instant.astimezone(zone)
    before_start = local.time().replace(tzinfo=None) < time(hour)
    expected = local.date() - timedelta(days=1) if before_start else local.date()
    assert logical_day(instant, zone, hour) == expected
    assert logical_day(instant, zone, hour) == (local - timedelta(hours=hour)).date()


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    st.times(),
    st.integers(0, 23),
)
def test_a_routine_time_happens_on_its_day(zone: ZoneInfo, day: date, at: time, hour: int) -> None:
    at = at.replace(second=0, microsecond=0)
    instant = instant_of(day, at, zone, hour)
    local = instant.astimezone(zone).replace(tzinfo=None)
    calendar = day + timedelta(days=1) if at.hour < hour else day
    wall = datetime.combine(calendar, at)
    if local == wall:
        assert logical_day(instant, zone, hour) == day
    else:
        # The wall time does not exist: it happens at the end of the gap, at most hours later.
        assert wall < local <= wall + timedelta(hours=3)
        before = instant - timedelta(minutes=1)
        assert before.astimezone(zone).utcoffset() != instant.astimezone(zone).utcoffset()
        if hour == 0:
            assert logical_day(instant, zone, hour) == day
