"""Runs one command in one write transaction, then tells the listeners what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, Protocol, TypeVar

from smallwins.core.days import Clock
from smallwins.core.errors import DataError, Problem, TranslatableError, UserError
from smallwins.core.events import NOTHING, Changed, Event, Topic, WinRecorded, WinUndone
from smallwins.core.ports import Store
from smallwins.usecases.view import View

T_co = TypeVar("T_co", covariant=True)

Listener = Callable[[Event], None]


@dataclass
class Context:
    """What a command sees while it runs: the store inside its transaction, and the time."""

    store: Store
    now: datetime
    clock: Clock
    events: list[Event] = field(default_factory=list)
    topics: Topic = NOTHING

    def view(self) -> View:
        """A fresh picture of the data as it is now, inside the transaction."""
        return View(self.store, self.now, self.clock.zone())

    def emit(self, event: WinRecorded | WinUndone) -> None:
        self.events.append(event)
        self.topics |= Topic.WINS

    def changed(self, topics: Topic) -> None:
        """Say which kinds of data this command changed (told once, after the commit)."""
        self.topics |= topics


class Command(Protocol[T_co]):
    def execute(self, ctx: Context) -> T_co: ...


class ReadsOnly:
    """A command that only reads the data (an export) and says so by this base: it runs in a
    read transaction, so it sees one state of the data and works while the data is read-only."""


@dataclass(frozen=True)
class Outcome(Generic[T_co]):
    """A command's result, or the reason it was refused (and nothing changed)."""

    value: T_co | None = None
    refusal: str | None = None  # the sentence for the user, in their language
    # Set when the data could not be written (or read) at all: nothing changed, and the same
    # command may succeed once the problem has passed.
    problem: Problem | None = None

    @property
    def done(self) -> bool:
        return self.refusal is None


R = TypeVar("R")


class Runner:
    """Runs commands; every command either commits whole or changes nothing.

    After a commit the listeners get the command's events (a win recorded or undone), then one
    ``Changed`` with every topic the command touched.
    """

    def __init__(
        self, store: Store, clock: Clock, describe: Callable[[TranslatableError], str] = str
    ) -> None:
        """``describe`` turns a refusal into the user's language (the UI's or the shell's)."""
        self.store = store
        self.clock = clock
        self.describe = describe
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def run(self, command: Command[R]) -> R:
        """Run ``command``; a refusal raises ``UserError`` or ``DataError`` (nothing changed)."""
        result, events = self._commit(command)
        self._tell(events)
        return result

    def attempt(self, command: Command[R]) -> Outcome[R]:
        """Run ``command``; its result, or the refusal (and the problem, if any) as a value.

        Once the commit is through, the command is done: a listener that fails afterwards (a
        refresh that cannot read) raises from here, never turning a saved change into a refusal.
        """
        try:
            result, events = self._commit(command)
        except UserError as exc:
            return Outcome(refusal=self.describe(exc))
        except DataError as exc:
            return Outcome(refusal=self.describe(exc), problem=exc.problem)
        self._tell(events)
        return Outcome(value=result)

    def _commit(self, command: Command[R]) -> tuple[R, list[Event]]:
        ctx = Context(store=self.store, now=self.clock.now(), clock=self.clock)
        scope = self.store.reading() if isinstance(command, ReadsOnly) else self.store.transaction()
        with scope:
            result = command.execute(ctx)
        events: list[Event] = list(ctx.events)
        if ctx.topics:
            events.append(Changed(ctx.topics))
        return result, events

    def _tell(self, events: list[Event]) -> None:
        for event in events:
            for listener in list(self._listeners):
                listener(event)

    def view(self) -> View:
        return View(self.store, self.clock.now(), self.clock.zone())
