"""Days and time: which local day an instant belongs to, and when a local clock time happens.

A *day* starts at a configurable hour (default 00:00): with a day start of 03:00 a win at 01:00
counts for the evening before. All arithmetic uses the local time zone given by the clock, so it
follows time-zone changes and is correct across daylight-saving changes.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol

from smallwins.core.errors import BadValueError, translate

# No day before this one is kept: a win, a rest day, a note or a week asked about. Everything
# computed per day (a habit's history, its streaks and strength) starts no earlier.
EARLIEST_DAY = date(2000, 1, 1)


class Clock(Protocol):
    """Where the current time comes from; nothing else in the app asks the system."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    def zone(self) -> tzinfo:
        """The local time zone (an IANA zone where known, so future DST changes are right)."""
        ...


class FixedClock:
    """A clock that only moves when told to (tests, tools, benchmarks)."""

    def __init__(self, now: datetime, zone: tzinfo) -> None:
        if now.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = now.astimezone(UTC)
        self._zone = zone

    def now(self) -> datetime:
        return self._now

    def zone(self) -> tzinfo:
        return self._zone

    def set(self, now: datetime) -> None:
        self._now = now.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone


def logical_day(instant: datetime, zone: tzinfo, day_start_hour: int = 0) -> date:
    """The user's day that ``instant`` belongs to."""
    local = instant.astimezone(zone)
    if day_start_hour:
        local -= timedelta(hours=day_start_hour)
    return local.date()


def utc_offset_minutes(instant: datetime, zone: tzinfo) -> int:
    offset = instant.astimezone(zone).utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


def _exists(naive: datetime, zone: tzinfo) -> bool:
    aware = naive.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return back == naive


def resolve_local(naive: datetime, zone: tzinfo) -> datetime:
    """The instant (UTC) at which the local wall time ``naive`` happens.

    A wall time that does not exist (the gap of a spring-forward change) happens at the first
    valid instant after the gap; one that occurs twice (fall-back) happens at its first occurrence.
    """
    if _exists(naive, zone):
        return naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    probe = naive
    for _ in range(24 * 60):  # gaps are at most a few hours; minutes are their granularity
        probe += timedelta(minutes=1)
        probe = probe.replace(second=0, microsecond=0)
        if _exists(probe, zone):
            return probe.replace(tzinfo=zone, fold=0).astimezone(UTC)
    raise ValueError(f"no valid local time after {naive.isoformat()}")


def instant_of(day: date, at: time, zone: tzinfo, day_start_hour: int = 0) -> datetime:
    """When a routine time ``at`` happens on the user's ``day`` (UTC).

    With a day start after midnight, a time earlier than the day start belongs to the night
    after the calendar date (a routine at 01:00 on a day starting at 03:00 is the next morning).
    """
    calendar = day + timedelta(days=1) if at.hour < day_start_hour else day
    return resolve_local(datetime.combine(calendar, at), zone)


def next_day_start(today: date, zone: tzinfo, day_start_hour: int = 0) -> datetime:
    """When the user's day after ``today`` begins (UTC): their day-start hour tomorrow."""
    return instant_of(today + timedelta(days=1), time(hour=day_start_hour), zone)


def parse_hhmm(text: str) -> time:
    """Parse a 24-hour ``HH:MM`` time; ``BadValueError`` (a ``ValueError``) names the problem."""
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdecimal() and 1 <= len(p) <= 2 for p in parts):
        raise BadValueError(
            translate("UserError", "time {text!r} is not in HH:MM form (e.g. 07:30)"), text=text
        )
    hour, minute = int(parts[0]), int(parts[1])
    if hour > 23 or minute > 59:
        raise BadValueError(
            translate("UserError", "time {text!r} does not exist (hours 00-23, minutes 00-59)"),
            text=text,
        )
    return time(hour, minute)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(week: str) -> date:
    """Monday of an ISO week given as ``YYYY-Www`` (``BadValueError`` if it is not one, or if
    it starts before ``EARLIEST_DAY``)."""
    text = week.strip()
    try:
        if not re.fullmatch(r"[0-9]{4}-W[0-9]{1,2}", text):
            raise ValueError(text)
        year_text, week_text = text.split("-W")
        monday = date.fromisocalendar(int(year_text), int(week_text), 1)
    except ValueError as exc:
        raise BadValueError(
            translate("UserError", "week {week!r} is not an ISO week like 2026-W48"), week=week
        ) from exc
    if monday < EARLIEST_DAY:
        raise BadValueError(
            translate("UserError", "week {week!r} is before {earliest}: weeks start at 2000-W01"),
            week=week,
            earliest=EARLIEST_DAY,
        )
    return monday
