"""What the user types: schedules, texts and dates."""

from __future__ import annotations

from datetime import date

import pytest

from smallwins.core.errors import UserError
from smallwins.core.models import FixedDays, Quota, Schedule
from smallwins.core.validation import (
    clean_text,
    describe_schedule,
    optional_text,
    parse_date,
    parse_schedule,
)

TODAY = date(2026, 3, 14)


# --- parse_schedule ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", FixedDays(frozenset(range(7)))),
        ("everyday", FixedDays(frozenset(range(7)))),
        ("  Daily ", FixedDays(frozenset(range(7)))),
        ("weekdays", FixedDays(frozenset({0, 1, 2, 3, 4}))),
        ("weekends", FixedDays(frozenset({5, 6}))),
        ("mon,wed,fri", FixedDays(frozenset({0, 2, 4}))),
        ("Mon, Wed ,FRI", FixedDays(frozenset({0, 2, 4}))),
        ("fri,mon,mon", FixedDays(frozenset({0, 4}))),
        ("monday", FixedDays(frozenset({0}))),
        ("sunday,saturday", FixedDays(frozenset({5, 6}))),
        ("tue,thursday", FixedDays(frozenset({1, 3}))),
        ("3/7", Quota(3, 7)),
        ("1/2", Quota(1, 2)),
        ("30/31", Quota(30, 31)),
        ("7/7", FixedDays(frozenset(range(7)))),
        ("1/1", FixedDays(frozenset(range(7)))),
    ],
)
def test_parse_schedule_accepts(text: str, expected: Schedule) -> None:
    assert parse_schedule(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0/7", "schedule '0/7': N must be between 1 and P (7)"),
        ("8/7", "schedule '8/7': N must be between 1 and P (7)"),
        ("3/0", "schedule '3/0': P must be between 1 and 31 days"),
        ("3/40", "schedule '3/40': P must be between 1 and 31 days"),
        ("3/", "schedule '3/': a quota is written N/P, e.g. 3/7"),
        ("/7", "schedule '/7': a quota is written N/P, e.g. 3/7"),
        ("-1/7", "schedule '-1/7': a quota is written N/P, e.g. 3/7"),
        ("3/7/2", "schedule '3/7/2': a quota is written N/P, e.g. 3/7"),
        ("three/7", "schedule 'three/7': a quota is written N/P, e.g. 3/7"),
        ("²/7", "schedule '²/7': a quota is written N/P, e.g. 3/7"),
    ],
)
def test_parse_schedule_rejects_bad_quotas(text: str, message: str) -> None:
    with pytest.raises(UserError) as info:
        parse_schedule(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("funday", "funday"),
        ("mon,,fri", ""),
        ("", ""),
        ("mon,funday", "funday"),
        ("weekdays,sat", "weekdays"),
        ("mo", "mo"),
    ],
)
def test_parse_schedule_rejects_unknown_weekdays(text: str, unknown: str) -> None:
    with pytest.raises(UserError) as info:
        parse_schedule(text)
    assert str(info.value) == (
        f"schedule {text!r}: unknown weekday {unknown!r} "
        "(use mon,tue,wed,thu,fri,sat,sun, daily, weekdays, weekends or N/P)"
    )


def test_describe_schedule() -> None:
    assert describe_schedule(parse_schedule("daily")) == [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
    assert describe_schedule(parse_schedule("fri,mon,wed")) == ["mon", "wed", "fri"]
    assert describe_schedule(parse_schedule("3/7")) == ["3/7"]


# --- clean_text -------------------------------------------------------------------------------


def test_clean_text_trims() -> None:
    assert clean_text("  read one page \t", "action") == "read one page"
    assert clean_text("x" * 200, "action") == "x" * 200
    assert clean_text("café ☕ – ok…", "action") == "café ☕ – ok…"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "action is empty"),
        ("   \t ", "action is empty"),
        ("\n\n", "action is empty"),
        ("x" * 201, "action is too long (201 characters; at most 200)"),
        ("a\x00b", "action contains a control character ('\\x00')"),
        ("a\x1bb", "action contains a control character ('\\x1b')"),
        ("line\nnext", "action contains a control character ('\\n')"),
        ("a\tb", "action contains a control character ('\\t')"),
        ("a\u2028b", "action contains a control character ('\\u2028')"),
        ("a\x7fb", "action contains a control character ('\\x7f')"),
    ],
)
def test_clean_text_rejects(value: str, message: str) -> None:
    with pytest.raises(UserError) as info:
        clean_text(value, "action")
    assert str(info.value) == message


def test_clean_text_multiline() -> None:
    text = "what helped:\n\tthe timer\nwhat got in the way: email"
    assert clean_text(f"  {text}\n", "reflection", 5000, multiline=True) == text
    with pytest.raises(UserError, match=r"control character \('\\x00'\)"):
        clean_text("a\n\x00", "reflection", 5000, multiline=True)
    with pytest.raises(UserError, match=r"control character \('\\x1b'\)"):
        clean_text("a\x1b[31m", "reflection", 5000, multiline=True)
    with pytest.raises(UserError, match=r"too long \(5001 characters; at most 5000\)"):
        clean_text("y" * 5001, "reflection", 5000, multiline=True)


def test_optional_text() -> None:
    assert optional_text(None, "tiny version") is None
    assert optional_text(" one sentence ", "tiny version") == "one sentence"
    with pytest.raises(UserError, match="tiny version is empty"):
        optional_text("  ", "tiny version")


# --- parse_date -------------------------------------------------------------------------------


def test_parse_date_accepts_today_and_the_past() -> None:
    assert parse_date("2026-03-14", TODAY) == TODAY
    assert parse_date(" 2026-03-13 ", TODAY) == date(2026, 3, 13)
    assert parse_date("2020-02-29", TODAY) == date(2020, 2, 29)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-03-15", "date 2026-03-15 is in the future (today is 2026-03-14)"),
        ("2030-01-01", "date 2030-01-01 is in the future (today is 2026-03-14)"),
        ("2026-13-01", "date '2026-13-01' is not a real date in YYYY-MM-DD form"),
        ("2026-02-30", "date '2026-02-30' is not a real date in YYYY-MM-DD form"),
        ("2026-2-3", "date '2026-2-3' is not a real date in YYYY-MM-DD form"),
        ("yesterday", "date 'yesterday' is not a real date in YYYY-MM-DD form"),
        ("", "date '' is not a real date in YYYY-MM-DD form"),
        ("20260203", "date '20260203' is not in YYYY-MM-DD form"),
        ("2026-W05-2", "date '2026-W05-2' is not in YYYY-MM-DD form"),
    ],
)
def test_parse_date_rejects(text: str, message: str) -> None:
    with pytest.raises(UserError) as info:
        parse_date(text, TODAY)
    assert str(info.value) == message


def test_parse_date_names_what() -> None:
    with pytest.raises(UserError, match=r"^from date 'soon' is not a real date"):
        parse_date("soon", TODAY, "from date")
