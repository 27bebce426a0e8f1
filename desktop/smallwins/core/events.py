"""What changed, as told to listeners after a command has been committed."""

from __future__ import annotations

from dataclasses import dataclass

from smallwins.core.models import Win


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
class DataChanged:
    """Something other than a win changed: ``what`` names the kind of data."""

    what: str


Event = WinRecorded | WinUndone | DataChanged
