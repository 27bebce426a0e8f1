"""The celebration words: a shuffle bag that never repeats early, and the special occasions."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime

import pytest

from smallwins.core.celebration import Cheerleader, ShuffleBag
from smallwins.core.events import WinOutcome
from smallwins.core.models import Win, WinKind, WinSource


def outcome(**fields: object) -> WinOutcome:
    win = Win(
        1, datetime(2026, 1, 1, tzinfo=UTC), date(2026, 1, 1), 60, WinSource.TRAY, WinKind.FULL
    )
    base: dict[str, object] = {
        "win": win,
        "text": "Read one page",
        "purpose": None,
        "wins_today": 2,
        "first_today": False,
    }
    base.update(fields)
    return WinOutcome(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(20))
def test_bag_hands_out_every_item_once_per_round_and_never_twice_in_a_row(seed: int) -> None:
    items = ["a", "b", "c", "d", "e"]
    bag = ShuffleBag(items, random.Random(seed))
    drawn = [bag.draw() for _ in range(len(items) * 6)]
    for start in range(0, len(drawn), len(items)):
        assert sorted(drawn[start : start + len(items)]) == items
    assert all(x != y for x, y in itertools.pairwise(drawn))


def test_bag_with_one_item_and_empty_bag() -> None:
    assert [ShuffleBag(["only"]).draw() for _ in range(3)] == ["only"] * 3
    with pytest.raises(LookupError):
        ShuffleBag([]).draw()


def test_replacing_items_starts_a_new_round_with_the_new_items() -> None:
    bag = ShuffleBag(["a", "b"], random.Random(1))
    bag.draw()
    bag.replace(["x", "y", "z"])
    assert sorted(bag.draw() for _ in range(3)) == ["x", "y", "z"]


def test_special_occasions_win_over_everyday_messages() -> None:
    leader = Cheerleader(["plain"], rng=random.Random(0))
    assert leader.cheer(outcome(first_today=True, wins_today=1)).special == "first"
    assert leader.cheer(outcome(first_today=True, wins_today=1)).headline == "First win of the day!"
    milestone = leader.cheer(outcome(milestone=7, streak=7))
    assert milestone.special == "milestone"
    assert "7" in milestone.headline
    best = leader.cheer(outcome(new_best=True, streak=12))
    assert best.special == "best"
    assert "12" in best.headline
    everyday = leader.cheer(outcome())
    assert (everyday.special, everyday.headline, everyday.detail) == (
        None,
        "plain",
        "Read one page",
    )


def test_a_quick_reward_every_few_wins_from_the_users_list() -> None:
    leader = Cheerleader(["m1", "m2"], rewards=["stretch for a minute"], reward_every=3)
    rewards = [leader.cheer(outcome()).reward for _ in range(9)]
    assert rewards == [None, None, "stretch for a minute"] * 3
    no_list = Cheerleader(["m1"], reward_every=1)
    assert no_list.cheer(outcome()).reward is None


def test_users_own_messages_join_the_bag() -> None:
    leader = Cheerleader(["built-in"], rng=random.Random(3))
    leader.set_messages(["built-in", "You rock, Sam"])
    seen = {leader.cheer(outcome()).headline for _ in range(4)}
    assert seen == {"built-in", "You rock, Sam"}
