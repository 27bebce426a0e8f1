"""What a win's celebration says: varied, never repeating until the set is used up.

The UI translates the built-in messages; this module only decides which one comes next.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from smallwins.core.events import WinOutcome

T = TypeVar("T")

REWARD_EVERY = 5


class ShuffleBag(Generic[T]):
    """Hands out items in a random order; none comes again until all have been handed out,
    and the first of a new round is never the last of the previous one."""

    def __init__(self, items: Sequence[T], rng: random.Random | None = None) -> None:
        self._items = list(items)
        self._rng = rng or random.Random()
        self._left: list[T] = []
        self._last: T | None = None

    def replace(self, items: Sequence[T]) -> None:
        """Use a new set of items (e.g. the user added messages); starts a new round.

        The same items again change nothing, so the current round goes on."""
        if list(items) == self._items:
            return
        self._items = list(items)
        self._left = []

    def __len__(self) -> int:
        return len(self._items)

    def draw(self) -> T:
        if not self._items:
            raise LookupError("the bag is empty")
        if not self._left:
            self._left = list(self._items)
            self._rng.shuffle(self._left)
            if len(self._left) > 1 and self._left[-1] == self._last:
                self._left[0], self._left[-1] = self._left[-1], self._left[0]
        self._last = self._left.pop()
        return self._last


@dataclass(frozen=True, slots=True)
class Cheer:
    """One celebration: a headline, an optional second line and an optional quick reward."""

    headline: str
    detail: str = ""
    reward: str | None = None
    special: str | None = None  # "first", "milestone", "best" or None


class Cheerleader:
    """Chooses the words for each win.

    ``messages`` are the everyday ones (built-in, translated, plus the user's own);
    ``special`` formats the special occasions; ``rewards`` are the user's quick rewards.
    """

    def __init__(
        self,
        messages: Sequence[str],
        rewards: Sequence[str] = (),
        special: Callable[[str, WinOutcome], str] | None = None,
        rng: random.Random | None = None,
        reward_every: int = REWARD_EVERY,
    ) -> None:
        self._rng = rng or random.Random()
        self._messages = ShuffleBag(messages, self._rng)
        self._rewards = ShuffleBag(rewards, self._rng)
        self._special = special or _default_special
        self._reward_every = reward_every
        self._since_reward = 0

    def set_messages(self, messages: Sequence[str]) -> None:
        self._messages.replace(messages)

    def set_rewards(self, rewards: Sequence[str]) -> None:
        self._rewards.replace(rewards)

    def cheer(self, outcome: WinOutcome) -> Cheer:
        special: str | None = None
        if outcome.milestone:
            special = "milestone"
        elif outcome.new_best:
            special = "best"
        elif outcome.first_today:
            special = "first"
        headline = self._special(special, outcome) if special else self._messages.draw()
        self._since_reward += 1
        reward: str | None = None
        if self._rewards and self._since_reward >= self._reward_every:
            reward = self._rewards.draw()
            self._since_reward = 0
        return Cheer(headline=headline, detail=outcome.text, reward=reward, special=special)


def _default_special(kind: str, outcome: WinOutcome) -> str:
    if kind == "milestone":
        return f"{outcome.milestone} days in a row!"
    if kind == "best":
        return f"New best streak: {outcome.streak} days!"
    return "First win of the day!"
