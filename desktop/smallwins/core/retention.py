"""Which backups to keep: every one of today, one a day for the last 7 days, then one a week for
8 weeks, then one a month for a year (a pure function over dates; the backups' own mechanics
live in ``storage/backups.py``).

A backup is kept when it is the newest of a bucket that is still in its window:

- itself, while it was made today and is one of the newest ``TODAY_KEPT`` of today (a backup
  made by hand is not thinned away by the one an import makes an hour later: each was made for
  a reason the same day; a script that backs up every minute still cannot fill the disk);
- its day, while the day is one of the last ``DAILY_DAYS`` (today included);
- its ISO week, while it is younger than ``DAILY_DAYS + 7 * WEEKLY_WEEKS`` days;
- its calendar month, while it is younger than ``MONTHLY_DAYS`` days;

and the newest backup of all is always kept, however old (the only way back after a long
break). The rules are a union, applied afresh each time: so the newest backup ever made on a day,
in a week or in a month is never thinned away while that day, week or month is in its window,
whatever was thinned before — the result after any history of thinning is the same as thinning
the whole history once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime

TODAY_KEPT = 10
DAILY_DAYS = 7
WEEKLY_WEEKS = 8
MONTHLY_DAYS = 365


def _day(taken: datetime) -> Hashable:
    return taken.date()


def _week(taken: datetime) -> Hashable:
    year, week, _ = taken.date().isocalendar()
    return (year, week)


def _month(taken: datetime) -> Hashable:
    return (taken.year, taken.month)


# (bucket of a backup, how many days old a backup may be for the rule to apply to it)
RULES: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
    (_day, DAILY_DAYS),
    (_week, DAILY_DAYS + 7 * WEEKLY_WEEKS),
    (_month, MONTHLY_DAYS),
)


def to_keep(taken: Iterable[datetime], today: date) -> set[datetime]:
    """The backups to keep, given when each was taken (local time: a day is the user's day)."""
    moments = sorted(set(taken), reverse=True)  # newest first
    keep: set[datetime] = set(moments[:1])
    keep.update([moment for moment in moments if moment.date() == today][:TODAY_KEPT])
    for bucket, max_age in RULES:
        seen: set[Hashable] = set()
        for moment in moments:
            if (today - moment.date()).days >= max_age:
                break  # older ones are older still
            key = bucket(moment)
            if key not in seen:
                seen.add(key)
                keep.add(moment)
    return keep
