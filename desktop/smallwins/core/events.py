"""What changed, as told to listeners after a command has been committed."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from smallwins.core.models import Win


class Topic(enum.Flag):
    """The kinds of data a change touched; a listener acts only on those it shows or uses."""

    PURPOSES = enum.auto()
    STEPS = enum.auto()
    HABITS = enum.auto()  # habits and the routines they are stacked on
    WINS = enum.auto()
    REST = enum.auto()
    SNOOZES = enum.auto()
    SETTINGS = enum.auto()  # the core's settings: day start, focus, reminders, quiet hours, pause
    PREFS = enum.auto()  # the desktop's own preferences: widget place and look, theme, language
    REVIEWS = enum.auto()
    NOTES = enum.auto()  # a habit's notes on its days
    CLOCK = enum.auto()  # no data changed, but time moved on (a routine time, a new day)


NOTHING = Topic(0)
EVERYTHING = ~NOTHING  # e.g. another process wrote: what it changed is not known
# What the reminder scheduler plans from.
REMINDERS = Topic.HABITS | Topic.WINS | Topic.REST | Topic.SNOOZES | Topic.SETTINGS


@dataclass(frozen=True, slots=True)
class WinOutcome:
    """Everything a celebration needs to know about a win that was just recorded."""

    win: Win
    text: str
    purpose: str | None
    wins_today: int
    first_today: bool
    streak: int = 0
    best_streak: int = 0
    new_best: bool = False
    milestone: int | None = None
    bent: bool = False


@dataclass(frozen=True, slots=True)
class WinRecorded:
    outcome: WinOutcome


@dataclass(frozen=True, slots=True)
class WinUndone:
    win: Win
    text: str


@dataclass(frozen=True, slots=True)
class Changed:
    """A command changed the data of these topics (one event per command)."""

    topics: Topic


Event = WinRecorded | WinUndone | Changed
