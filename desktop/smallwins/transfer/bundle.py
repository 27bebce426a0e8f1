"""What every format reads into and writes from, and the one interface they share."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path
from typing import Protocol

from smallwins.core.errors import Phrase, Term, UserError, translate
from smallwins.core.models import DayNote, Habit, Purpose, RestDay, Review, Routine, Step, Win

# Settings that name a record by its id: a file carries them by uid (see Bundle.focus).
ID_SETTINGS: tuple[str, ...] = ("focused_purpose_id", "focused_step_id", "last_active_purpose_id")
# Settings that are the app's memory of what it did on this machine, not the user's choices.
MACHINE_SETTINGS: frozenset[str] = frozenset({"reminders.seen_until", "review.prompted_week"})


class Origin(enum.StrEnum):
    """Where a bundle's records come from, which says how an import merges them."""

    SMALLWINS = "smallwins"  # our own export: what is here already (by uid) stays as it is
    LOOP = "loop"  # Loop Habit Tracker: its habits and their days are updated to the file's


@dataclass(frozen=True)
class Bundle:
    """All the data of one file as core values.

    Records point to each other by the ``id`` they have in the bundle (1, 2, … in file order,
    not the store's ids); every record has its ``uid``. A reader checks everything: every
    reference points to a record of the bundle, no uid is there twice, texts and dates are
    ones the app accepts.
    """

    origin: Origin = Origin.SMALLWINS
    source: str = ""  # the file's name, for messages
    purposes: tuple[Purpose, ...] = ()
    steps: tuple[Step, ...] = ()
    routines: tuple[Routine, ...] = ()
    habits: tuple[Habit, ...] = ()
    wins: tuple[Win, ...] = ()
    rest_days: tuple[RestDay, ...] = ()
    notes: tuple[DayNote, ...] = ()
    reviews: tuple[Review, ...] = ()
    # Plain settings (text values), and the ones that name a record, by the record's uid.
    settings: dict[str, str] = field(default_factory=dict)
    focus: dict[str, str] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """How many records: what an import's progress counts."""
        return (
            len(self.purposes)
            + len(self.steps)
            + len(self.routines)
            + len(self.habits)
            + len(self.wins)
            + len(self.rest_days)
            + len(self.notes)
            + len(self.reviews)
        )


@dataclass(frozen=True)
class Written:
    """What an export wrote: the path, and how many of each kind of record."""

    path: Path
    habits: int = 0
    wins: int = 0
    rest_days: int = 0
    records: int = 0  # every record written, of any kind


class Reader(Protocol):
    """Reads one format. ``read`` is given today's date (nothing may come from the future)
    and the user's time zone (to place a day in time); it reads and checks the whole file
    before it returns, and refuses it with :class:`FileRefusedError` otherwise."""

    name: str

    def can_read(self, path: Path) -> bool: ...
    def read(self, path: Path, today: date, zone: tzinfo) -> Bundle: ...


class Writer(Protocol):
    """Writes one format: the whole file, or nothing (a partly written file never stays)."""

    name: str

    def write(self, bundle: Bundle, path: Path, zone: tzinfo) -> Written: ...


class FileRefusedError(UserError):
    """A file that cannot be imported: the message names the file, the place and the problem.
    Nothing was changed."""


Progress = Callable[[int, int], None]


# --- places and problems, for the messages -------------------------------------------------------


def at_line(line: int) -> Phrase:
    return Phrase(translate("UserError", "line {line}"), line=line)


def at_row(table: str, row: int) -> Phrase:
    return Phrase(translate("UserError", "table {table}, row {row}"), table=table, row=row)


def at_path(path: str) -> Phrase:
    """A place in a JSON document, written as its path: ``habits[3].days``."""
    return Phrase(translate("UserError", "at {path}"), path=path)


def at_entry(entry: str) -> Phrase:
    return Phrase(translate("UserError", "entry {entry!r}"), entry=entry)


def refuse(file: str, place: Phrase | None, problem: Term, **fields: object) -> FileRefusedError:
    """The refusal of ``file``: ``problem`` (a marked template with ``fields``) at ``place``."""
    what = Phrase(problem, **fields)
    if place is None:
        return FileRefusedError(
            translate("UserError", "{file}: {problem}"), file=file, problem=what
        )
    return FileRefusedError(
        translate("UserError", "{file}, {place}: {problem}"), file=file, place=place, problem=what
    )


def refusal_from(file: str, place: Phrase | None, error: UserError) -> FileRefusedError:
    """A refusal of the app's own checks (a name, a date) as a refusal of the file."""
    what = Phrase(error.template, **error.fields)
    if place is None:
        return FileRefusedError(
            translate("UserError", "{file}: {problem}"), file=file, problem=what
        )
    return FileRefusedError(
        translate("UserError", "{file}, {place}: {problem}"), file=file, place=place, problem=what
    )
