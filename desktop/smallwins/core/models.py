"""The domain objects of Small Wins, as immutable values.

Repositories return these; nothing here knows how they are stored.

Every record (purpose, step, routine, habit, win, rest day, day note, review) has two names:
``id``, a small number this database gives it (what the command line and the windows show), and
``uid``, a random UUID given once when the record is made and never changed, which goes with it
into exports and back (``smallwins.core.identity``). An import knows a record by its ``uid``.
A value made in code without one has ``uid == ""`` until a store keeps it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import NamedTuple

WEEKDAY_NAMES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class StepState(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class WinKind(enum.StrEnum):
    FULL = "full"
    TINY = "tiny"
    RECOVERY = "recovery"


class WinOrdinals(NamedTuple):
    """A habit's days with a win, as ordinals (``date.toordinal()``): ``full`` the days of its
    full and recovery wins, ``tiny`` those of its tiny wins, one entry per win, in no order.
    A day can be in both; then it counts as full (``best_kinds``)."""

    full: list[int]
    tiny: list[int]

    def best_kinds(self) -> dict[int, WinKind]:
        """Each day with a win and the kind it counts as: a full win beats a tiny one."""
        kinds = dict.fromkeys(self.tiny, WinKind.TINY)
        kinds.update(dict.fromkeys(self.full, WinKind.FULL))
        return kinds


class WinSource(enum.StrEnum):
    TRAY = "tray"
    WIDGET = "widget"
    NOTIFICATION = "notification"
    CLI = "cli"
    HISTORY = "history"
    PLAN = "plan"  # marked done in the plan window
    IMPORT = "import"  # brought in from another app's file (Loop Habit Tracker)


class DayState(enum.StrEnum):
    """What one day is for one habit."""

    DONE = "done"
    TINY = "tiny"
    REST = "rest"
    MISSED = "missed"
    BENT = "bent"
    PENDING = "pending"
    UNSCHEDULED = "unscheduled"


@dataclass(frozen=True, slots=True)
class Purpose:
    id: int
    name: str
    why: str | None = None
    colour: str | None = None
    archived: bool = False
    uid: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    id: int
    purpose_id: int
    text: str
    position: int
    state: StepState = StepState.OPEN
    parent_id: int | None = None
    created_at: datetime | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class Routine:
    """Something the user already does at a known time, e.g. morning coffee.

    ``times`` maps a weekday (0 = Monday) to the local clock time of the routine that day;
    a weekday missing from the map has no routine time.
    """

    id: int
    name: str
    times: tuple[tuple[int, time], ...]
    uid: str = ""

    def with_time(self, weekdays: frozenset[int], at: time) -> list[tuple[int, time]]:
        """This routine's times with ``at`` on ``weekdays`` (a habit stacked there sets them)."""
        times = dict(self.times)
        times.update({d: at for d in weekdays})
        return sorted(times.items())

    def time_on(self, weekday: int) -> time | None:
        for day, at in self.times:
            if day == weekday:
                return at
        return None


@dataclass(frozen=True, slots=True)
class FixedDays:
    """Scheduled on fixed weekdays (0 = Monday)."""

    weekdays: frozenset[int]

    @property
    def per_period(self) -> tuple[int, int]:
        return (len(self.weekdays), 7) if len(self.weekdays) < 7 else (1, 1)

    def describe(self) -> list[str]:
        return [WEEKDAY_NAMES[d] for d in sorted(self.weekdays)]

    @property
    def possible_weekdays(self) -> frozenset[int]:
        """The weekdays the habit can be due on."""
        return self.weekdays


@dataclass(frozen=True, slots=True)
class Quota:
    """A flexible quota: ``times`` wins in any ``days`` consecutive days."""

    times: int
    days: int

    @property
    def per_period(self) -> tuple[int, int]:
        return (1, 1) if self.times >= self.days else (self.times, self.days)

    def describe(self) -> list[str]:
        return [f"{self.times}/{self.days}"]

    @property
    def possible_weekdays(self) -> frozenset[int]:
        """Any weekday can be one of a quota's days."""
        return frozenset(range(7))


Schedule = FixedDays | Quota


@dataclass(frozen=True, slots=True)
class Habit:
    """A tiny action stacked on a routine: "After I <routine>, I will <action>"."""

    id: int
    action: str
    routine_id: int
    position: int
    schedule: Schedule
    created_on: date
    tiny: str | None = None
    purpose_id: int | None = None
    reminder: bool = True
    archived: bool = False
    uid: str = ""
    about: str | None = None  # a longer description (Loop's question and description)

    @property
    def name(self) -> str:
        return self.action


@dataclass(frozen=True, slots=True)
class Win:
    """One recorded completion of a step or a habit."""

    id: int
    at_utc: datetime
    local_date: date
    utc_offset_minutes: int
    source: WinSource
    kind: WinKind
    habit_id: int | None = None
    step_id: int | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class RestDay:
    """A planned day off for one habit, or for all habits when ``habit_id`` is None."""

    id: int
    day: date
    habit_id: int | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class Review:
    """A saved weekly review: what helped, what got in the way, and one focus for the next week
    (a purpose or a step of one, or neither)."""

    id: int
    week: str
    helped: str = ""
    in_the_way: str = ""
    focus_purpose_id: int | None = None
    focus_step_id: int | None = None
    saved_at: datetime | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class DayNote:
    """A note kept for one habit's day ("slept badly, did the tiny version")."""

    habit_id: int
    day: date
    text: str
    uid: str = ""


class SnoozeTarget(enum.StrEnum):
    HABIT = "habit"
    STEP = "step"


@dataclass(frozen=True, slots=True)
class Snooze:
    target: SnoozeTarget
    target_id: int
    until_utc: datetime


@dataclass(frozen=True, slots=True)
class NextStep:
    """The one thing the user should do next (or nothing: the empty state)."""

    kind: str | None = None  # "habit" | "step" | None
    id: int | None = None
    text: str | None = None
    purpose: str | None = None
    tiny: str | None = None
    routine: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "id": self.id, "text": self.text, "purpose": self.purpose}


@dataclass(frozen=True, slots=True)
class SnoozedStep:
    """What would be the next step but for a snooze (shown while nothing else is next)."""

    step: NextStep
    target: SnoozeTarget
    until_utc: datetime
    until_local: datetime  # the same moment in the user's time zone


@dataclass(frozen=True, slots=True)
class Settings:
    """User preferences the core needs (the UI keeps its own on top of these)."""

    day_start_hour: int = 0
    focused_purpose_id: int | None = None
    reminders_enabled: bool = True
    quiet_start: time | None = None
    quiet_end: time | None = None
    paused_until_utc: datetime | None = None
    # The weekly review's prompt: on or off, the weekday (Monday 0) and the local time.
    review_prompt: bool = True
    review_weekday: int = 6
    review_at: time = time(18, 0)
    extra: dict[str, str] = field(default_factory=dict)


class BackupReason(enum.StrEnum):
    """Why a backup was made (part of its file name)."""

    DAILY = "daily"
    MANUAL = "manual"
    UPGRADE = "before-upgrade"  # before a schema migration
    IMPORT = "before-import"
    # The data as it was when a backup was restored over it (never thinned: it may hold wins
    # recorded after the backup it was replaced by).
    RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of the whole database."""

    path: Path
    taken_at: datetime  # UTC, from its name
    reason: BackupReason
    size: int  # bytes
