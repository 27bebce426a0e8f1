"""Checks on what the user types, with messages that name the problem."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from smallwins.core.days import EARLIEST_DAY
from smallwins.core.errors import Term, UserError, translate
from smallwins.core.models import WEEKDAY_NAMES, FixedDays, Quota, Schedule

MAX_TEXT = 200
MAX_LONG_TEXT = 5000
MAX_QUOTA_DAYS = 31
_DATE = translate("UserError", "date")


# Format characters that words need: emoji sequences (U+200D) and some scripts (U+200C) join
# with them. Every other one (zero-width spaces, bidi overrides, the BOM) is refused in text.
_JOINERS = frozenset("\u200c\u200d")


def name_key(text: str) -> str:
    """What names are compared by: NFC-normalised and case-folded ("Café" typed as one
    character or as e + a combining accent, "CAFÉ" and "café" are one name)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text.strip()).casefold())


def same_name(first: str, second: str) -> bool:
    return name_key(first) == name_key(second)


def clean_text(value: str, what: Term, limit: int = MAX_TEXT, multiline: bool = False) -> str:
    """Trim ``value``, NFC-normalise it (as it is stored and compared: ``name_key``) and reject
    it if empty, too long or holding control characters.

    ``what`` names the value in the refusal: a term, ``translate("UserError", "step text")``.
    """
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise UserError(translate("UserError", "{what} is empty"), what=what)
    if len(text) > limit:
        raise UserError(
            translate("UserError", "{what} is too long ({length} characters; at most {limit})"),
            what=what,
            length=len(text),
            limit=limit,
        )
    for char in text:
        if multiline and char in "\r\n\t":
            continue
        if unicodedata.category(char) in ("Cc", "Cs") or char in "\u2028\u2029":
            raise UserError(
                translate("UserError", "{what} contains a control character ({char})"),
                what=what,
                char=ascii(char),
            )
        if unicodedata.category(char) == "Cf" and char not in _JOINERS:
            raise UserError(
                translate(
                    "UserError",
                    "{what} contains an invisible or direction-changing character ({char})",
                ),
                what=what,
                char=ascii(char),
            )
    return text


def optional_text(value: str | None, what: Term, limit: int = MAX_TEXT) -> str | None:
    if value is None:
        return None
    return clean_text(value, what, limit)


def parse_date(text: str, today: date, what: Term = _DATE) -> date:
    """A ``YYYY-MM-DD`` day that is not in the future."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            translate("UserError", "{what} {text!r} is not a real date in YYYY-MM-DD form"),
            what=what,
            text=text,
        ) from None
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        raise UserError(
            translate("UserError", "{what} {text!r} is not in YYYY-MM-DD form"),
            what=what,
            text=text,
        )
    if day > today:
        raise UserError(
            translate("UserError", "{what} {day} is in the future (today is {today})"),
            what=what,
            day=day,
            today=today,
        )
    if day < EARLIEST_DAY:
        raise UserError(
            translate("UserError", "{what} {text!r} is before {earliest}: days start in 2000"),
            what=what,
            text=text.strip(),
            earliest=EARLIEST_DAY,
        )
    return day


_NAMED_DAYS = {
    "daily": frozenset(range(7)),
    "everyday": frozenset(range(7)),
    "weekdays": frozenset(range(5)),
    "weekends": frozenset({5, 6}),
}


_FULL_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_schedule(text: str) -> Schedule:
    """``daily``, ``weekdays``, ``weekends``, ``mon,wed,fri`` or a quota ``N/P``."""
    spec = text.strip().lower()
    if spec in _NAMED_DAYS:
        return FixedDays(_NAMED_DAYS[spec])
    if "/" in spec:
        times_text, _, days_text = spec.partition("/")
        if not (times_text.isdecimal() and days_text.isdecimal()):
            raise UserError(
                translate("UserError", "schedule {text!r}: a quota is written N/P, e.g. 3/7"),
                text=text,
            )
        times, days = int(times_text), int(days_text)
        if not 1 <= days <= MAX_QUOTA_DAYS:
            raise UserError(
                translate("UserError", "schedule {text!r}: P must be between 1 and {most} days"),
                text=text,
                most=MAX_QUOTA_DAYS,
            )
        if not 1 <= times <= days:
            raise UserError(
                translate("UserError", "schedule {text!r}: N must be between 1 and P ({days})"),
                text=text,
                days=days,
            )
        if times == days:
            return FixedDays(frozenset(range(7)))
        return Quota(times, days)
    days_set: set[int] = set()
    for name in (part.strip() for part in spec.split(",")):
        if name in WEEKDAY_NAMES:
            days_set.add(WEEKDAY_NAMES.index(name))
        elif name in _FULL_DAY_NAMES:
            days_set.add(_FULL_DAY_NAMES.index(name))
        else:
            raise UserError(
                translate(
                    "UserError",
                    "schedule {text!r}: unknown weekday {name!r} "
                    "(use mon,tue,wed,thu,fri,sat,sun, daily, weekdays, weekends or N/P)",
                ),
                text=text,
                name=name,
            )
    return FixedDays(frozenset(days_set))


def schedule_spec(schedule: Schedule) -> str:
    """A schedule as :func:`parse_schedule` reads it back: ``mon,wed,fri`` or ``3/7``."""
    if isinstance(schedule, Quota):
        return f"{schedule.times}/{schedule.days}"
    return ",".join(WEEKDAY_NAMES[day] for day in sorted(schedule.weekdays))


def describe_schedule(schedule: Schedule) -> list[str]:
    if isinstance(schedule, FixedDays) and len(schedule.weekdays) == 7:
        return list(WEEKDAY_NAMES)
    return schedule.describe()


def parse_colour(text: str) -> str:
    """A colour as ``#rrggbb`` (lower case), from ``#RRGGBB`` or ``RRGGBB``."""
    value = text.strip().removeprefix("#").lower()
    if len(value) != 6 or any(c not in "0123456789abcdef" for c in value):
        raise UserError(
            translate("UserError", "colour {text!r} is not in #RRGGBB form (e.g. #3b82f6)"),
            text=text.strip(),
        )
    return "#" + value
