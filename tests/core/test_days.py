"""Days and time: logical days, local wall times across DST, HH:MM and ISO weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import (
    FixedClock,
    instant_of,
    iso_week,
    logical_day,
    parse_hhmm,
    resolve_local,
    utc_offset_minutes,
    week_start,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
BEIRUT = ZoneInfo("Asia/Beirut")
SANTIAGO = ZoneInfo("America/Santiago")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def local_iso(instant: datetime, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).isoformat()


# --- logical day ------------------------------------------------------------------------------


def test_a_tick_at_one_counts_for_the_evening_before_with_day_start_three() -> None:
    one_am = datetime(2026, 3, 14, 1, 0, tzinfo=BERLIN).astimezone(UTC)
    assert logical_day(one_am, BERLIN, 3) == date(2026, 3, 13)
    assert logical_day(one_am, BERLIN, 0) == date(2026, 3, 14)
    almost = datetime(2026, 3, 14, 2, 59, 59, tzinfo=BERLIN)
    assert logical_day(almost, BERLIN, 3) == date(2026, 3, 13)
    three = datetime(2026, 3, 14, 3, 0, tzinfo=BERLIN)
    assert logical_day(three, BERLIN, 3) == date(2026, 3, 14)


def test_logical_day_uses_the_local_zone_not_utc() -> None:
    instant = utc(2026, 3, 14, 23, 30)
    assert logical_day(instant, BERLIN) == date(2026, 3, 15)
    assert logical_day(instant, NEW_YORK) == date(2026, 3, 14)
    assert logical_day(instant, UTC) == date(2026, 3, 14)


def test_logical_day_across_beirut_midnight_changes() -> None:
    # Spring: 00:00 +02 jumps to 01:00 +03; the first instant of the 29th is 01:00.
    assert logical_day(utc(2026, 3, 28, 21, 59), BEIRUT) == date(2026, 3, 28)
    assert logical_day(utc(2026, 3, 28, 22, 0), BEIRUT) == date(2026, 3, 29)
    # Autumn: 00:00 +03 goes back to 23:00 +02 of the 24th, which lasts another hour.
    assert logical_day(utc(2026, 10, 24, 20, 59), BEIRUT) == date(2026, 10, 24)
    assert logical_day(utc(2026, 10, 24, 21, 30), BEIRUT) == date(2026, 10, 24)
    assert logical_day(utc(2026, 10, 24, 22, 0), BEIRUT) == date(2026, 10, 25)


def test_utc_offset_minutes() -> None:
    assert utc_offset_minutes(utc(2026, 1, 1), BERLIN) == 60
    assert utc_offset_minutes(utc(2026, 7, 1), BERLIN) == 120
    assert utc_offset_minutes(utc(2026, 1, 1), NEW_YORK) == -300
    assert utc_offset_minutes(utc(2026, 1, 1), LORD_HOWE) == 660
    assert utc_offset_minutes(utc(2026, 7, 1), LORD_HOWE) == 630


def test_fixed_clock() -> None:
    clock = FixedClock(datetime(2026, 3, 14, 8, 0, tzinfo=BERLIN), BERLIN)
    assert clock.now() == utc(2026, 3, 14, 7, 0)
    assert clock.now().tzinfo is UTC
    clock.advance(timedelta(minutes=90))
    assert clock.now() == utc(2026, 3, 14, 8, 30)
    clock.set(utc(2026, 1, 1))
    clock.set_zone(NEW_YORK)
    assert (clock.now(), clock.zone()) == (utc(2026, 1, 1), NEW_YORK)
    with pytest.raises(ValueError, match="aware"):
        FixedClock(datetime(2026, 1, 1), BERLIN)


# --- resolve_local: gaps and folds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "wall", "expected"),
    [
        # Berlin 2026-03-29: 02:00 -> 03:00
        (BERLIN, datetime(2026, 3, 29, 1, 59), "2026-03-29T01:59:00+01:00"),
        (BERLIN, datetime(2026, 3, 29, 2, 0), "2026-03-29T03:00:00+02:00"),
        (BERLIN, datetime(2026, 3, 29, 2, 30), "2026-03-29T03:00:00+02:00"),
        (BERLIN, datetime(2026, 3, 29, 2, 59, 30), "2026-03-29T03:00:00+02:00"),
        (BERLIN, datetime(2026, 3, 29, 3, 0), "2026-03-29T03:00:00+02:00"),
        (BERLIN, datetime(2026, 3, 29, 3, 1), "2026-03-29T03:01:00+02:00"),
        # New York 2026-03-08: 02:00 -> 03:00
        (NEW_YORK, datetime(2026, 3, 8, 2, 30), "2026-03-08T03:00:00-04:00"),
        # Lord Howe 2026-10-04: 02:00 +10:30 -> 02:30 +11:00 (a 30-minute gap)
        (LORD_HOWE, datetime(2026, 10, 4, 1, 59), "2026-10-04T01:59:00+10:30"),
        (LORD_HOWE, datetime(2026, 10, 4, 2, 10), "2026-10-04T02:30:00+11:00"),
        (LORD_HOWE, datetime(2026, 10, 4, 2, 30), "2026-10-04T02:30:00+11:00"),
        # Beirut 2026-03-29: midnight does not exist (00:00 +02 -> 01:00 +03)
        (BEIRUT, datetime(2026, 3, 29, 0, 0), "2026-03-29T01:00:00+03:00"),
        (BEIRUT, datetime(2026, 3, 29, 0, 45), "2026-03-29T01:00:00+03:00"),
        (BEIRUT, datetime(2026, 3, 28, 23, 59), "2026-03-28T23:59:00+02:00"),
        # Santiago 2026-09-06: midnight does not exist (00:00 -04 -> 01:00 -03)
        (SANTIAGO, datetime(2026, 9, 6, 0, 0), "2026-09-06T01:00:00-03:00"),
        (SANTIAGO, datetime(2026, 9, 6, 0, 30), "2026-09-06T01:00:00-03:00"),
    ],
)
def test_a_wall_time_in_a_gap_happens_when_the_gap_ends(
    zone: ZoneInfo, wall: datetime, expected: str
) -> None:
    instant = resolve_local(wall, zone)
    assert instant.tzinfo is UTC
    assert local_iso(instant, zone) == expected


@pytest.mark.parametrize(
    ("zone", "wall", "expected_utc"),
    [
        # Berlin 2026-10-25: 03:00 +02 -> 02:00 +01, so 02:00-02:59 happens twice
        (BERLIN, datetime(2026, 10, 25, 2, 30), utc(2026, 10, 25, 0, 30)),
        (BERLIN, datetime(2026, 10, 25, 2, 0), utc(2026, 10, 25, 0, 0)),
        # New York 2026-11-01: 01:00-01:59 twice, first at -04:00
        (NEW_YORK, datetime(2026, 11, 1, 1, 30), utc(2026, 11, 1, 5, 30)),
        # Lord Howe 2026-04-05: 02:00 +11 -> 01:30 +10:30, so 01:30-01:59 twice
        (LORD_HOWE, datetime(2026, 4, 5, 1, 45), utc(2026, 4, 4, 14, 45)),
        # Beirut 2026-10-24: 00:00 +03 -> 23:00 +02, so 23:00-23:59 of the 24th twice
        (BEIRUT, datetime(2026, 10, 24, 23, 30), utc(2026, 10, 24, 20, 30)),
        # Santiago 2026-04-04: 00:00 -03 -> 23:00 -04, so 23:00-23:59 of the 4th twice
        (SANTIAGO, datetime(2026, 4, 4, 23, 30), utc(2026, 4, 5, 2, 30)),
    ],
)
def test_a_repeated_wall_time_happens_at_its_first_occurrence(
    zone: ZoneInfo, wall: datetime, expected_utc: datetime
) -> None:
    first = resolve_local(wall, zone)
    assert first == expected_utc
    second = resolve_local(wall.replace(fold=1), zone)
    assert second == expected_utc  # the fold flag of the input does not matter
    # And the later occurrence really is the same wall time, an offset-change later.
    later = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    assert later > first
    assert later.astimezone(zone).replace(tzinfo=None) == wall


def test_ordinary_wall_times_round_trip() -> None:
    # The wall times just around a fold happen once.
    assert resolve_local(datetime(2026, 10, 25, 1, 59), BERLIN) == utc(2026, 10, 24, 23, 59)
    assert resolve_local(datetime(2026, 10, 25, 3, 0), BERLIN) == utc(2026, 10, 25, 2, 0)
    for zone in (BERLIN, NEW_YORK, LORD_HOWE, BEIRUT, SANTIAGO):
        wall = datetime(2026, 6, 15, 7, 30)
        instant = resolve_local(wall, zone)
        assert instant.astimezone(zone).replace(tzinfo=None) == wall


# --- instant_of -------------------------------------------------------------------------------


def test_instant_of_a_routine_time() -> None:
    assert local_iso(instant_of(date(2026, 3, 14), time(7, 30), BERLIN), BERLIN) == (
        "2026-03-14T07:30:00+01:00"
    )
    assert local_iso(instant_of(date(2026, 3, 29), time(2, 30), BERLIN), BERLIN) == (
        "2026-03-29T03:00:00+02:00"
    )
    assert local_iso(instant_of(date(2026, 10, 25), time(2, 30), BERLIN), BERLIN) == (
        "2026-10-25T02:30:00+02:00"
    )


def test_a_routine_before_the_day_start_belongs_to_the_next_calendar_morning() -> None:
    day = date(2026, 3, 13)
    assert local_iso(instant_of(day, time(1, 0), BERLIN, 3), BERLIN) == "2026-03-14T01:00:00+01:00"
    assert local_iso(instant_of(day, time(2, 59), BERLIN, 3), BERLIN) == (
        "2026-03-14T02:59:00+01:00"
    )
    assert local_iso(instant_of(day, time(3, 0), BERLIN, 3), BERLIN) == "2026-03-13T03:00:00+01:00"
    assert local_iso(instant_of(day, time(23, 0), BERLIN, 3), BERLIN) == (
        "2026-03-13T23:00:00+01:00"
    )
    # Without a day start, 01:00 is on the calendar day itself.
    assert local_iso(instant_of(day, time(1, 0), BERLIN), BERLIN) == "2026-03-13T01:00:00+01:00"
    # And each such instant belongs to the logical day it was asked for.
    for at in (time(0, 0), time(1, 0), time(2, 59), time(3, 0), time(23, 59)):
        assert logical_day(instant_of(day, at, BERLIN, 3), BERLIN, 3) == day


def test_instant_of_belongs_to_its_day_every_day_of_a_year_in_every_zone() -> None:
    times = (time(0, 0), time(0, 30), time(1, 45), time(2, 30), time(12, 0), time(23, 30))
    for zone in (BERLIN, NEW_YORK, LORD_HOWE, BEIRUT, SANTIAGO):
        for offset in range(365):
            day = date(2026, 1, 1) + timedelta(days=offset)
            for at in times:
                instant = instant_of(day, at, zone)
                assert logical_day(instant, zone) == day, (zone, day, at)
                assert instant.astimezone(zone).time() >= at


# --- parse_hhmm ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", time(7, 30)),
        ("7:30", time(7, 30)),
        (" 23:59 ", time(23, 59)),
        ("00:00", time(0, 0)),
        ("9:05", time(9, 5)),
    ],
)
def test_parse_hhmm_accepts(text: str, expected: time) -> None:
    assert parse_hhmm(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("25:99", "time '25:99' does not exist (hours 00-23, minutes 00-59)"),
        ("24:00", "time '24:00' does not exist (hours 00-23, minutes 00-59)"),
        ("12:60", "time '12:60' does not exist (hours 00-23, minutes 00-59)"),
        ("7:3x", "time '7:3x' is not in HH:MM form (e.g. 07:30)"),
        ("", "time '' is not in HH:MM form (e.g. 07:30)"),
        ("0730", "time '0730' is not in HH:MM form (e.g. 07:30)"),
        ("07:30:00", "time '07:30:00' is not in HH:MM form (e.g. 07:30)"),
        ("-1:30", "time '-1:30' is not in HH:MM form (e.g. 07:30)"),
        ("007:30", "time '007:30' is not in HH:MM form (e.g. 07:30)"),
        ("7:", "time '7:' is not in HH:MM form (e.g. 07:30)"),
        ("²:30", "time '²:30' is not in HH:MM form (e.g. 07:30)"),
    ],
)
def test_parse_hhmm_rejects_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_hhmm(text)
    assert str(info.value) == message


# --- ISO weeks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "week", "monday"),
    [
        (date(2026, 1, 1), "2026-W01", date(2025, 12, 29)),
        (date(2026, 11, 29), "2026-W48", date(2026, 11, 23)),
        (date(2027, 1, 1), "2026-W53", date(2026, 12, 28)),
        (date(2027, 1, 4), "2027-W01", date(2027, 1, 4)),
        (date(2024, 12, 30), "2025-W01", date(2024, 12, 30)),
    ],
)
def test_iso_week_and_week_start(day: date, week: str, monday: date) -> None:
    assert iso_week(day) == week
    assert week_start(week) == monday


def test_week_start_round_trips_every_day_for_years() -> None:
    day = date(2023, 12, 25)
    while day < date(2031, 1, 1):
        monday = week_start(iso_week(day))
        assert monday.weekday() == 0
        assert monday <= day < monday + timedelta(days=7)
        day += timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026",
        "2026-48",
        "2026W48",
        "W48-2026",
        "2026-Wxx",
        "2026-W54",
        "2025-W53",
        "2026-W00",
        "2026-W48-1",
    ],
)
def test_week_start_rejects_bad_input(text: str) -> None:
    with pytest.raises(ValueError) as info:
        week_start(text)
    assert str(info.value) == f"week {text!r} is not an ISO week like 2026-W48"


def test_week_start_trims_spaces() -> None:
    assert week_start(" 2026-W48 ") == date(2026, 11, 23)
