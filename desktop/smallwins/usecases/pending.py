"""Wins the data could not take yet (a full disk, read-only data), kept in order and saved later.

A kept win names its target (a habit and the day, or a step) and the instant it was made, so a
later save records what the user ticked then, not what is next by the time it is saved. Saving
it is idempotent: if an earlier attempt was in fact committed before its error came (the
commit went through, then something failed), the habit's day or the step is already done, the
command says so (``AlreadyDoneError``), and the win is dropped from the queue — never applied
twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo

from smallwins.core.days import logical_day
from smallwins.core.errors import AlreadyDoneError, DataError, TranslatableError, UserError
from smallwins.core.events import WinOutcome
from smallwins.usecases.commands import RecordWin
from smallwins.usecases.runner import Runner


@dataclass(frozen=True)
class PendingWin:
    """One win waiting to be saved: its command (target and instant fixed) and its text."""

    command: RecordWin
    text: str

    def key(self, day: date) -> tuple[str, int, date | None]:
        """What it ticks: a habit on a day, or a step (whatever the day)."""
        if self.command.habit_id is not None:
            return ("habit", self.command.habit_id, day)
        return ("step", self.command.step_id or 0, None)


@dataclass
class Flushed:
    """What one attempt to save the waiting wins did."""

    saved: list[WinOutcome] = field(default_factory=list)
    already_saved: list[PendingWin] = field(default_factory=list)  # stored before: dropped
    refused: list[tuple[PendingWin, str]] = field(default_factory=list)  # no longer possible
    failure: DataError | None = None  # the data still takes nothing: the rest wait

    @property
    def stored_any(self) -> bool:
        return bool(self.saved or self.already_saved)


class PendingWins:
    """The unsaved wins, oldest first."""

    def __init__(self, describe: Callable[[TranslatableError], str] = str) -> None:
        self._items: list[PendingWin] = []
        self._describe = describe

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    @property
    def items(self) -> tuple[PendingWin, ...]:
        return tuple(self._items)

    def holds(self, win: PendingWin, zone: tzinfo, day_start_hour: int) -> bool:
        """Whether the same target (a habit on the same day, a step) is waiting already.

        Reads nothing from the data (which may be unreadable just now)."""

        def key(item: PendingWin) -> tuple[str, int, date | None]:
            at = item.command.at
            assert at is not None
            return item.key(logical_day(at, zone, day_start_hour))

        return any(key(item) == key(win) for item in self._items)

    def add(self, win: PendingWin) -> None:
        if win.command.at is None:
            raise ValueError("a waiting win needs the instant it was made")
        self._items.append(win)

    def flush(self, runner: Runner) -> Flushed:
        """Save the waiting wins in order; stop at the first that the data cannot take."""
        result = Flushed()
        while self._items:
            item = self._items[0]
            try:
                result.saved.append(runner.run(item.command))
            except AlreadyDoneError:
                result.already_saved.append(item)
            except DataError as exc:
                if exc.problem is not None:
                    result.failure = exc
                    return result
                result.refused.append((item, self._describe(exc)))
            except UserError as exc:  # e.g. the step was removed meanwhile
                result.refused.append((item, self._describe(exc)))
            self._items.pop(0)
        return result
