"""Times and dates as the user's locale writes them (the language chosen in Settings), and texts
as a menu line shows them."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def time_text(local: datetime) -> str:
    """The wall-clock time of ``local`` (already in the user's zone) in the locale's short form
    (14:20, 2:20 PM)."""
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def clock_text(at: time) -> str:
    """A clock time (a routine's 07:30) in the locale's short form."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date, long: bool = False) -> str:
    """``day`` in the locale's short (02.12.26) or long (Mittwoch, 2. Dezember 2026) form."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


MENU_TEXT_LIMIT = 48


def menu_text(text: str) -> str:
    """``text`` cut to fit one menu line, ending in "…" when cut."""
    return text if len(text) <= MENU_TEXT_LIMIT else text[: MENU_TEXT_LIMIT - 1] + "…"
