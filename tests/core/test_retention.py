"""Thinning backups over 400 fake days: all of today, the last 7 days, one a week for 8 weeks,
one a month for a year, and always the newest."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from smallwins.core.retention import to_keep


def expected(history: list[datetime], today: date) -> set[datetime]:
    """The right set, worked out from the whole history at once, another way than to_keep."""

    def newest(of: list[datetime]) -> list[datetime]:
        return [max(of)] if of else []

    keep = set(newest(history)) | set(sorted(t for t in history if t.date() == today)[-10:])
    days = [today - timedelta(days=back) for back in range(7)]
    for day in days:
        keep |= set(newest([t for t in history if t.date() == day]))
    weeks = {t.date().isocalendar()[:2] for t in history if (today - t.date()).days < 63}
    for week in weeks:
        young = [t for t in history if (today - t.date()).days < 63]
        keep |= set(newest([t for t in young if t.date().isocalendar()[:2] == week]))
    months = {(t.year, t.month) for t in history if (today - t.date()).days < 365}
    for month in months:
        young = [t for t in history if (today - t.date()).days < 365]
        keep |= set(newest([t for t in young if (t.year, t.month) == month]))
    return keep


def test_thinning_keeps_the_right_set_every_day_for_400_days() -> None:
    rng = random.Random(12)
    start = date(2025, 11, 3)
    kept: set[datetime] = set()
    history: list[datetime] = []
    for offset in range(400):
        today = start + timedelta(days=offset)
        # Most days one backup (the daily one), some none (the app was not started), some
        # several (a manual backup, one before an import); each thinned at once, as the app does.
        for _ in range(rng.choice((0, 1, 1, 1, 2, 3))):
            moment = datetime.combine(today, time(rng.randrange(24), rng.randrange(60)))
            history.append(moment)
            kept.add(moment)
            kept = to_keep(kept, today)
        kept = to_keep(kept, today)  # the daily check thins too, also with no backup to make
        assert kept == expected(history, today), today
        made_today = sum(t.date() == today for t in history)
        assert len(kept) <= 7 + 10 + 13 + 1 + max(0, made_today - 1)
    today = start + timedelta(days=399)
    # At the end: each of the last 7 days that had a backup has one, and nothing is older than a
    # year but the newest.
    assert {t for t in history if t.date() == today} <= kept  # never more than 3 a day here
    for back in range(1, 7):
        day = today - timedelta(days=back)
        if any(t.date() == day for t in history):
            assert sum(t.date() == day for t in kept) == 1
    assert all((today - t.date()).days < 365 for t in kept)
    months = {(t.year, t.month) for t in kept if (today - t.date()).days >= 63}
    assert len(months) == len([t for t in kept if (today - t.date()).days >= 63])


def test_after_a_long_break_the_newest_backup_stays() -> None:
    old = [datetime(2024, 1, day, 9) for day in range(1, 20)]
    assert to_keep(old, date(2026, 6, 1)) == {datetime(2024, 1, 19, 9)}


def test_one_a_day_for_a_week_keeps_each_day_newest_first() -> None:
    today = date(2026, 3, 10)
    taken = [datetime(2026, 3, day, hour) for day in range(4, 11) for hour in (8, 20)]
    earlier = {datetime(2026, 3, day, 20) for day in range(4, 10)}
    assert to_keep(taken, today) == earlier | {datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 20)}


def test_a_backup_made_by_hand_today_stays_beside_the_one_an_import_made_later() -> None:
    by_hand, before_import = datetime(2026, 3, 10, 9, 0), datetime(2026, 3, 10, 15, 30)
    daily = datetime(2026, 3, 9, 8, 0)
    assert to_keep([daily, by_hand, before_import], date(2026, 3, 10)) == {
        daily,
        by_hand,
        before_import,
    }
    # The next day the rule for the days applies: the newest of yesterday stays.
    assert to_keep([daily, by_hand, before_import], date(2026, 3, 11)) == {daily, before_import}


def test_nothing_to_thin_is_nothing_kept() -> None:
    assert to_keep([], date(2026, 1, 1)) == set()


def test_of_today_the_newest_ten_stay_so_a_script_cannot_fill_the_disk() -> None:
    today = date(2026, 3, 10)
    yesterday = datetime(2026, 3, 9, 8, 0)
    every_minute = [datetime(2026, 3, 10, 12, minute) for minute in range(30)]
    kept = to_keep([yesterday, *every_minute], today)
    assert kept == {yesterday, *every_minute[-10:]}
