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


def short_date_format() -> str:
    """The locale's short date format (dd.MM.yy, M/d/yy); ISO's yyyy-MM-dd in the C locale
    (LANG=C), whose own short form "4 12 2026" reads like three numbers."""
    locale = QLocale()
    if locale.language() is QLocale.Language.C:
        return "yyyy-MM-dd"
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def date_text(day: date, long: bool = False) -> str:
    """``day`` in the locale's short (02.12.26) or long (Mittwoch, 2. Dezember 2026) form."""
    locale, when = QLocale(), QDate(day.year, day.month, day.day)
    if long:
        return locale.toString(when, QLocale.FormatType.LongFormat)
    return locale.toString(when, short_date_format())


def sentence(text: str) -> str:
    """``text`` (a refusal, written to follow "Not saved: ") to stand alone, as in a message
    box: its first word capitalized, unless that word is a name ("smallwins.db: …", a path)."""
    first = text.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        return text[0].upper() + text[1:]
    return text


MENU_TEXT_LIMIT = 48


def menu_text(text: str) -> str:
    """``text`` cut to fit one menu line, ending in "…" when cut."""
    return text if len(text) <= MENU_TEXT_LIMIT else text[: MENU_TEXT_LIMIT - 1] + "…"
