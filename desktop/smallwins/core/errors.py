"""Errors the user can act on, written so they can be shown in the user's language.

A refusal is an English template with ``str.format`` fields, marked with :func:`translate` so
``pyside6-lupdate`` puts it in the catalogue (``resources/translations/*.ts``, context
``UserError``)::

    raise UserError(translate("UserError", "a purpose named {name!r} already exists"), name=name)

``str(exc)`` is the English sentence; the desktop (``ui/translations.py``) and the command line
(``cli.py``) show ``exc.translated(tr, day)`` with their own translator. A field made by
:func:`translate` (a :class:`Term`, e.g. "purpose name" in "{what} is empty") is translated
too; a date field is written as the language writes dates; every other field (a name the user
typed, a number) is shown as it is.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import date, datetime

REFUSALS = "UserError"  # the catalogue context of every refusal and term


class Term(str):
    """An English text marked for the catalogue (made by :func:`translate`)."""

    __slots__ = ()


def translate(context: str, text: str) -> Term:
    """Mark ``text`` for the catalogue; returns it, untranslated, as a :class:`Term`.

    ``pyside6-lupdate`` reads the literal ``context`` and ``text`` of every call named
    ``translate``; refusals and their terms use ``"UserError"``. The shown language is chosen
    later, where the refusal is shown.
    """
    del context
    return Term(text)


class TranslatableError(Exception):
    """An error whose message is a marked English template and its fields (see the module)."""

    def __init__(self, template: Term, /, **fields: object) -> None:
        self.template = template
        self.fields: Mapping[str, object] = fields
        super().__init__(template.format(**fields))

    def translated(
        self, tr: Callable[[str], str], day: Callable[[date], str] = date.isoformat
    ) -> str:
        """The message with ``tr`` (a text of the ``UserError`` context in the user's language)
        and dates written by ``day``."""
        fields = {name: _field(value, tr, day) for name, value in self.fields.items()}
        try:
            return tr(self.template).format(**fields)
        except (KeyError, IndexError, ValueError):  # a broken translation: English, not a crash
            return self.template.format(**fields)


class Phrase:
    """A marked template with its own fields, used as a field of another (a refusal that names
    a place, "line {line}", and a problem, "{field} is not a whole number", each translated)."""

    __slots__ = ("fields", "template")

    def __init__(self, template: Term, /, **fields: object) -> None:
        self.template = template
        self.fields: Mapping[str, object] = fields

    def __str__(self) -> str:
        return self.template.format(**self.fields)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

    def translated(
        self, tr: Callable[[str], str], day: Callable[[date], str] = date.isoformat
    ) -> str:
        fields = {name: _field(value, tr, day) for name, value in self.fields.items()}
        try:
            return tr(self.template).format(**fields)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**fields)


def _field(value: object, tr: Callable[[str], str], day: Callable[[date], str]) -> object:
    if isinstance(value, Phrase):
        return value.translated(tr, day)
    if isinstance(value, Term):
        return tr(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return day(value)
    return value


class UserError(TranslatableError):
    """Bad input or a request the data cannot satisfy (nothing changed)."""


class BadValueError(UserError, ValueError):
    """A value that cannot be read (a time, a week): a refusal, and a ``ValueError`` for the
    callers that only ask whether a value reads."""


class AlreadyDoneError(UserError):
    """What was asked for is already so: the habit's day is done or rested, the purpose (or,
    when asked, the step) is there. Nothing changed; ``existing`` is what is there.

    A refusal like any other for the desktop; the command line answers it with success where a
    retry must not fail (``tick``, ``rest``, ``add --if-absent``)."""

    def __init__(self, template: Term, /, existing: object = None, **fields: object) -> None:
        super().__init__(template, **fields)
        self.existing = existing


class Problem(enum.Enum):
    """Why the data cannot be written (or read) at all, whatever was asked: the state the
    desktop shows until it passes."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"  # the file, its folder or the whole disk takes no writes
    BUSY = "busy"  # another program holds the data longer than we wait
    DAMAGED = "damaged"
    UNAVAILABLE = "unavailable"  # any other failure to reach the data (an I/O error, ...)


class DataError(TranslatableError):
    """The data refused a change (``problem`` None: a duplicate name, a missing row — nothing
    changed, like a ``UserError``), or could not be used at all (``problem`` says why; nothing
    changed, and the same request may succeed once the problem has passed)."""

    def __init__(self, template: Term, /, problem: Problem | None = None, **fields: object) -> None:
        super().__init__(template, **fields)
        self.problem = problem
