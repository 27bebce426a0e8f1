"""Reading one value of a file as a core value, or refusing the file at that place."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from smallwins.core.days import EARLIEST_DAY, parse_hhmm
from smallwins.core.errors import Phrase, Term, UserError, translate
from smallwins.core.identity import is_uid
from smallwins.core.validation import MAX_LONG_TEXT, MAX_TEXT, clean_text
from smallwins.transfer.bundle import FileRefusedError, refusal_from, refuse

E = TypeVar("E")

MAX_INT = 2**53  # anything larger is no count, position or offset of ours
MAX_REST_AHEAD = timedelta(days=366)


class Place:
    """One record of a file (a JSON object, a CSV row, a table row) and how to name it."""

    def __init__(self, file: str, where: Phrase) -> None:
        self.file = file
        self.where = where

    def refuse(self, problem: Term, **fields: object) -> FileRefusedError:
        return refuse(self.file, self.where, problem, **fields)

    def wrap(self, error: UserError) -> FileRefusedError:
        return refusal_from(self.file, self.where, error)

    def text(
        self,
        value: object,
        field: str,
        *,
        limit: int = MAX_TEXT,
        multiline: bool = False,
        empty_ok: bool = False,
    ) -> str:
        if not isinstance(value, str):
            raise self.refuse(translate("UserError", "{field} must be a text"), field=field)
        if empty_ok and not value.strip():
            return ""
        try:
            return clean_text(value, _term(field), limit, multiline)
        except UserError as error:
            raise self.wrap(error) from None

    def optional_text(
        self, value: object, field: str, *, limit: int = MAX_TEXT, multiline: bool = False
    ) -> str | None:
        if value is None:
            return None
        text = self.text(value, field, limit=limit, multiline=multiline, empty_ok=True)
        return text or None

    def long_text(self, value: object, field: str) -> str:
        return self.text(value, field, limit=MAX_LONG_TEXT, multiline=True, empty_ok=True)

    def integer(self, value: object, field: str, low: int = 0, high: int = MAX_INT) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.refuse(translate("UserError", "{field} must be a whole number"), field=field)
        if not low <= value <= high:
            raise self.refuse(
                translate("UserError", "{field} is {value}; it must be between {low} and {high}"),
                field=field,
                value=value,
                low=low,
                high=high,
            )
        return value

    def number(self, value: object, field: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.refuse(translate("UserError", "{field} must be a number"), field=field)
        if not math.isfinite(value) or abs(value) > MAX_INT:
            raise self.refuse(
                translate("UserError", "{field} is not a usable number ({value})"),
                field=field,
                value=value,
            )
        return float(value)

    def boolean(self, value: object, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.refuse(translate("UserError", "{field} must be true or false"), field=field)
        return value

    def uid(self, value: object, field: str = "uid") -> str:
        if not is_uid(value):
            raise self.refuse(
                translate("UserError", "{field} is not a uid (a UUID such as {example})"),
                field=field,
                example="0b6f2d1e-3c4a-4f5b-8e6d-7a8b9c0d1e2f",
            )
        assert isinstance(value, str)
        return value

    def choice(self, value: object, field: str, kind: type[E]) -> E:
        try:
            return kind(value)  # type: ignore[call-arg]
        except (ValueError, TypeError):
            raise self.refuse(
                translate("UserError", "{field} {value!r} is not one of: {choices}"),
                field=field,
                value=value if isinstance(value, str | int) else type(value).__name__,
                choices=", ".join(str(m.value) for m in kind),  # type: ignore[attr-defined]
            ) from None

    def day(self, value: object, field: str, today: date, ahead: timedelta = timedelta()) -> date:
        if not isinstance(value, str) or len(value) != 10:
            raise self.refuse(
                translate("UserError", "{field} must be a date in YYYY-MM-DD form"), field=field
            )
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise self.refuse(
                translate("UserError", "{field} {value!r} is not a real date"),
                field=field,
                value=value,
            ) from None
        return self.check_day(day, field, today, ahead)

    def check_day(self, day: date, field: str, today: date, ahead: timedelta = timedelta()) -> date:
        if day < EARLIEST_DAY:
            raise self.refuse(
                translate("UserError", "{field} {day} is before {earliest}: days start in 2000"),
                field=field,
                day=day,
                earliest=EARLIEST_DAY,
            )
        if day > today + ahead:
            raise self.refuse(
                translate("UserError", "{field} {day} is in the future (today is {today})"),
                field=field,
                day=day,
                today=today,
            )
        return day

    def instant(self, value: object, field: str, today: date) -> datetime:
        if not isinstance(value, str) or not 19 <= len(value) <= 40:
            raise self.refuse(
                translate("UserError", "{field} must be an ISO 8601 time with its offset"),
                field=field,
            )
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            raise self.refuse(
                translate("UserError", "{field} {value!r} is not a real time"),
                field=field,
                value=value,
            ) from None
        if instant.tzinfo is None:
            raise self.refuse(
                translate("UserError", "{field} {value!r} has no UTC offset"),
                field=field,
                value=value,
            )
        instant = instant.astimezone(UTC)
        # A day's end in the furthest zone ahead is still today's date somewhere.
        self.check_day(instant.date(), field, today, timedelta(days=1))
        return instant

    def clock(self, value: object, field: str) -> time:
        if not isinstance(value, str) or len(value) > 5:
            raise self.refuse(translate("UserError", "{field} must be a time HH:MM"), field=field)
        try:
            return parse_hhmm(value)
        except UserError as error:
            raise self.wrap(error) from None


def _term(field: str) -> Term:
    # The field's name is shown as it is in the file (a key such as "action"): no catalogue
    # entry, so every language shows it as the file has it.
    return Term(field)
