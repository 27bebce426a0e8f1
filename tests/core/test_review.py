"""The numbers of the weekly review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from smallwins.core.models import FixedDays, WinKind
from smallwins.core.review import ReviewHabit, strongest_anchor, week_review
from smallwins.core.rules import HabitHistory, habit_history

DAILY = FixedDays(frozenset(range(7)))
MWF = FixedDays(frozenset({0, 2, 4}))
M = 0.5 ** (1 / 13)  # a daily habit's multiplier

LAST_MONDAY = date(2026, 3, 2)
MONDAY = date(2026, 3, 9)
TODAY = date(2026, 3, 12)  # Thursday


def d(month_day: int) -> date:
    return date(2026, 3, month_day)


def last_week() -> list[date]:
    return [LAST_MONDAY + timedelta(days=i) for i in range(7)]


def history(wins: Iterable[date], schedule: FixedDays = DAILY, today: date = TODAY) -> HabitHistory:
    return habit_history(schedule, LAST_MONDAY, dict.fromkeys(wins, WinKind.FULL), set(), today)


WINS = {
    "A": [*last_week(), d(9), d(11)],  # one miss on Tuesday, bent
    "B": [*last_week(), d(9)],  # Tuesday and Wednesday missed
    "C": [*last_week(), d(10)],  # Monday missed (bent), Wednesday missed
    "D": [d(2), d(4), d(6), d(9)],  # mon,wed,fri: Wednesday missed
}
STEP_WINS = [date(2026, 2, 27), d(3), d(10), d(10)]


ROUTINES = {"A": "coffee", "B": "coffee", "C": "lunch", "D": "evening"}


def habits(today: date = TODAY) -> list[ReviewHabit]:
    return [
        ReviewHabit(
            number, name, ROUTINES[name], history(wins, MWF if name == "D" else DAILY, today)
        )
        for number, (name, wins) in enumerate(WINS.items(), start=1)
    ]


def all_win_days() -> list[date]:
    return [day for wins in WINS.values() for day in wins] + STEP_WINS


def test_this_week_in_numbers() -> None:
    review = week_review(MONDAY, TODAY, all_win_days(), habits())
    assert review.week == "2026-W11"
    assert review.monday == MONDAY
    assert review.per_day == (3, 3, 1, 0, 0, 0, 0)
    assert review.wins == 7
    assert review.wins_last_week == 7 + 7 + 7 + 3 + 1


def test_marks_with_upcoming_days() -> None:
    marks = {h.name: list(h.marks) for h in week_review(MONDAY, TODAY, [], habits()).habits}
    upcoming = ["upcoming"] * 3
    assert marks == {
        "A": ["done", "bent", "done", "pending", *upcoming],
        "B": ["done", "missed", "missed", "pending", *upcoming],
        "C": ["bent", "done", "missed", "pending", *upcoming],
        "D": ["done", "unscheduled", "missed", "unscheduled", *upcoming],
    }


def test_heavy_habits_have_two_or_more_misses_bent_included() -> None:
    review = week_review(MONDAY, TODAY, [], habits())
    assert {h.name: h.misses for h in review.habits} == {"A": 1, "B": 2, "C": 2, "D": 1}
    assert review.heavy == ("B", "C")


def test_strength_change_over_the_week() -> None:
    review = week_review(MONDAY, TODAY, [], habits())
    by_name = {h.name: h for h in review.habits}
    sunday = 1 - M**7  # seven wins in a row last week
    monday = 1 - M**8
    a_wednesday = monday * M**2 + (1 - M)
    a_today = a_wednesday * M  # today still pending counts as not done yet
    assert by_name["A"].strength == pytest.approx(a_today, abs=1e-9)
    assert by_name["A"].strength_change == pytest.approx(a_today - sunday, abs=1e-9)
    b_today = monday * M**3
    assert by_name["B"].strength_change == pytest.approx(b_today - sunday, abs=1e-9)
    assert by_name["B"].strength_change < 0 < by_name["A"].strength_change
    assert by_name["A"].current_streak == 9
    assert by_name["B"].current_streak == 0


def test_a_past_week_has_no_upcoming_days() -> None:
    review = week_review(LAST_MONDAY, TODAY, all_win_days(), habits())
    assert review.week == "2026-W10"
    assert review.per_day == (4, 4, 4, 3, 4, 3, 3)
    assert (review.wins, review.wins_last_week) == (25, 1)
    a = review.habits[0]
    assert a.marks == ("done",) * 7
    # The week's change runs from before the first day (0) to its Sunday.
    assert a.strength_change == pytest.approx(1 - M**7, abs=1e-9)
    assert review.heavy == ()


def test_a_week_not_yet_begun_is_all_upcoming() -> None:
    review = week_review(MONDAY + timedelta(days=7), TODAY, all_win_days(), habits())
    assert all(h.marks == ("upcoming",) * 7 for h in review.habits)
    assert all(h.strength_change == 0.0 for h in review.habits)
    assert (review.wins, review.wins_last_week, review.heavy) == (0, 7, ())


def test_steps_finished_in_the_week() -> None:
    steps = [(d(8), "last week"), (d(9), "open the draft"), (d(15), "sunday"), (d(16), "next")]
    review = week_review(MONDAY, TODAY, [], [], steps)
    assert review.steps_finished == ("open the draft", "sunday")
    assert review.habits == () and review.heavy == ()


def test_review_week_must_start_on_monday() -> None:
    with pytest.raises(ValueError, match="a review week starts on a Monday"):
        week_review(TODAY, TODAY, [], [])


def test_review_json_shape() -> None:
    data = week_review(MONDAY, TODAY, all_win_days(), habits()).as_json()
    assert data["week"] == "2026-W11"
    assert (data["wins"], data["wins_last_week"]) == (7, 25)
    assert data["per_day"] == [3, 3, 1, 0, 0, 0, 0]
    assert data["heavy"] == ["B", "C"]
    habit_rows = data["habits"]
    assert isinstance(habit_rows, list)
    assert [row["name"] for row in habit_rows] == ["A", "B", "C", "D"]
    assert habit_rows[0]["marks"] == ["done", "bent", "done", "pending", *["upcoming"] * 3]
    assert all(type(m) is str for m in habit_rows[0]["marks"])
    assert isinstance(habit_rows[0]["strength_change"], float)


def test_streak_change_over_the_week() -> None:
    by_name = {h.name: h for h in week_review(MONDAY, TODAY, [], habits()).habits}
    # A: 7 last week, then done, bent, done (today pending): 9, up 2.
    assert (by_name["A"].current_streak, by_name["A"].streak_change) == (9, 2)
    # B: 7 + Monday, then two misses in a row end it.
    assert (by_name["B"].current_streak, by_name["B"].streak_change) == (0, -7)
    # C: Monday missed but bent by Tuesday, Wednesday missed (may still bend): 8.
    assert (by_name["C"].current_streak, by_name["C"].streak_change) == (8, 1)
    # D: Mon, Wed, Fri last week (3), Monday done, Wednesday missed, pending: 4.
    assert (by_name["D"].current_streak, by_name["D"].streak_change) == (4, 1)


def test_streak_on_a_day() -> None:
    a = habits()[0].history
    assert a.streak_on(LAST_MONDAY - timedelta(days=1)) == 0  # before the habit began
    assert a.streak_on(LAST_MONDAY) == 1
    assert a.streak_on(d(8)) == 7
    assert a.streak_on(d(10)) == 8  # Tuesday's miss, bent, is passed over
    assert a.streak_on(d(30)) == a.streak_on(TODAY) == 9  # never past today
    b = habits()[1].history
    assert b.streak_on(d(10)) == 8  # one miss: forgiven while it may still bend
    assert b.streak_on(d(11)) == 0  # the second in a row ends it


def test_strongest_anchor_is_the_routine_whose_habits_held_best() -> None:
    review = week_review(MONDAY, TODAY, [], habits())
    # coffee: A 2 of 3 + B 1 of 3 = 3 of 6; lunch: C 1 of 3; evening: D 1 of 2. Coffee and
    # evening tie on the share; coffee has more done days.
    assert review.anchor is not None
    assert (review.anchor.routine, review.anchor.done, review.anchor.due) == ("coffee", 3, 6)
    # B moved to the evening: coffee 2 of 3 beats evening 2 of 5.
    weeks = [replace(h, routine="evening") if h.name == "B" else h for h in review.habits]
    anchor = strongest_anchor(weeks)
    assert anchor is not None and (anchor.routine, anchor.done, anchor.due) == ("coffee", 2, 3)
    # Nothing due yet: no anchor.
    assert week_review(MONDAY + timedelta(days=7), TODAY, [], habits()).anchor is None


def test_days_before_a_habit_began_are_marked_so() -> None:
    late = ReviewHabit(9, "E", "evening", history([d(11)], today=TODAY))
    late = replace(late, history=habit_history(DAILY, d(11), {d(11): WinKind.FULL}, set(), TODAY))
    (week,) = week_review(MONDAY, TODAY, [], [late]).habits
    assert week.marks == ("before", "before", "done", "pending", *["upcoming"] * 3)
    assert (week.misses, week.done, week.due) == (0, 1, 1)
