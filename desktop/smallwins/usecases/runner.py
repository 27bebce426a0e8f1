"""Runs one command in one write transaction, then tells the listeners what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TypeVar

from smallwins.core.days import Clock
from smallwins.core.events import Event
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

    def view(self) -> View:
        """A fresh picture of the data as it is now, inside the transaction."""
        return View(self.store, self.now, self.clock.zone())

    def emit(self, event: Event) -> None:
        self.events.append(event)


class Command(Protocol[T_co]):
    def execute(self, ctx: Context) -> T_co: ...


R = TypeVar("R")


class Runner:
    """Runs commands; every command either commits whole or changes nothing."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def run(self, command: Command[R]) -> R:
        ctx = Context(store=self.store, now=self.clock.now(), clock=self.clock)
        with self.store.transaction():
            result = command.execute(ctx)
        for event in ctx.events:
            for listener in list(self._listeners):
                listener(event)
        return result

    def view(self) -> View:
        return View(self.store, self.clock.now(), self.clock.zone())
