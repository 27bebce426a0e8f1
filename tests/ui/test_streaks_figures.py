"""The streaks window's figures beyond the calendars: the strength with its trend line, this
month against the last, which weekdays get done, the steps finished per purpose, read back
from the widgets and from their pixels; the week's first day from Settings, live; and that a
change recomputes only the parts it touches."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from smallwins.core.models import WinSource
from smallwins.ui import prefs, streaks
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.ui.settings import SettingsWindow
from smallwins.ui.streaks import ALL_HABITS, StreaksWindow
from smallwins.ui.theme import chart_colours
from smallwins.usecases import commands as cmd
from smallwins.usecases.view import DAY_START_HOUR, REMINDERS_ENABLED
from tests.ui.test_plan import tab_through
from tests.ui.test_streaks import HABIT, TODAY, ago, english, history, window

__all__ = ["english", "history", "window"]

pytestmark = pytest.mark.gui

M = 0.5 ** (1 / 13)
# The history fixture, day by day from 24 February 2025: done, tiny, rest, bent, done,
# missed, missed, today (Monday 3 March) still open. Strength: each day * M, plus 1 - M on a
# win; the rest day holds it.
STRENGTH = ((1 - M**2) * M**2 + (1 - M)) * M**3
WEEK_AGO = 1 - M  # 24 February, its first day


def near(found: QColor, wanted: QColor, within: int = 60) -> bool:
    return (
        sum(abs(a - b) for a, b in zip(found.getRgb()[:3], wanted.getRgb()[:3], strict=True))
        < within
    )


def pixel(image: QImage, at: QPointF) -> QColor:
    scale = image.devicePixelRatio()
    return image.pixelColor(round(at.x() * scale), round(at.y() * scale))


def test_strength_in_words_and_its_trend(window: StreaksWindow) -> None:
    assert round(STRENGTH * 100) == 12 and round((STRENGTH - WEEK_AGO) * 100) == 7
    # The last seven days: two done (25 Feb tiny, 28 Feb), three missed (one bent); the rest
    # day and today do not count.
    assert window.strength_label.text() == "Strength: 12 % — up 7 % this week: 2 of 5 done"
    trend = window.trend.values
    assert len(trend) == 90
    assert trend[:82] == [None] * 82
    assert trend[82] == pytest.approx(1 - M)
    assert trend[-1] == pytest.approx(STRENGTH)
    assert "from 5 % to 12 %" in window.trend.accessibleDescription()
    # Today's dot, painted in the line's colour; above the line, the background.
    image = window.trend.grab().toImage()
    today = window.trend.point(89)
    assert today is not None
    line = chart_colours(window.trend.palette()).line
    assert near(pixel(image, today), line)
    above = QPointF(today.x() - 2, window.trend.plot_rect().top() + 3)
    assert not near(pixel(image, above), line)


def test_this_month_against_the_last(window: StreaksWindow) -> None:
    cells = window.total_cells
    rows = [[cells[row, column].text() for column in range(3)] for row in range(6)]
    assert rows == [
        ["", "March so far", "February"],
        ["Wins", "0", "3"],
        ["Done", "0", "2"],
        ["Tiny version", "0", "1"],
        ["Rest days", "0", "1"],
        ["Missed", "2", "1"],  # the bent 27 February is a missed day
    ]
    assert window.all_wins.text() == "3 wins in all."
    assert "Missed: 2 this month, 1 last month" in window.totals.accessibleDescription()


def _cell(window: StreaksWindow, month: int, weekday: int) -> tuple[int, int]:
    view = window.weekdays
    row = next(r for r in range(7) if view.weekday_of_row(r) == weekday)
    return row, month - 1


def test_which_weekdays_get_done(window: StreaksWindow) -> None:
    view = window.weekdays
    assert view.months[0] == date(2025, 1, 1) and len(view.months) == 12
    monday, tuesday, wednesday, thursday = (
        _cell(window, 2, 0),
        _cell(window, 2, 1),
        _cell(window, 2, 2),
        _cell(window, 2, 3),
    )
    assert (view.tally(*monday).done, view.tally(*monday).possible) == (1, 1)  # type: ignore[union-attr]
    assert (view.tally(*tuesday).done, view.tally(*tuesday).possible) == (1, 1)  # type: ignore[union-attr]
    assert view.tally(*wednesday) is None  # rested: nothing to do
    assert (view.tally(*thursday).done, view.tally(*thursday).possible) == (0, 1)  # type: ignore[union-attr]
    assert view.describe(*monday) == "February 2025, Monday: done on 1 of 1 day"
    assert view.describe(*wednesday) == "February 2025, Wednesday: nothing to do"
    # Told apart by size: a full disc, a ring alone, a dot.
    ring = view.cell_rect(*monday).width() / 2 - 2.5
    assert view.disc_radius(*monday) == pytest.approx(ring)
    assert view.disc_radius(*thursday) == 0.0
    image = view.grab().toImage()
    line = chart_colours(view.palette()).line
    background = view.palette().color(view.backgroundRole())
    assert near(pixel(image, view.cell_rect(*monday).center()), line)
    assert near(pixel(image, view.cell_rect(*thursday).center()), background)
    # The keyboard moves a cursor whose cell is described.
    view.setFocus()
    view.current = monday
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.accessibleDescription() == "February 2025, Tuesday: done on 1 of 1 day"


def test_steps_finished_per_purpose(window: StreaksWindow, model: AppModel) -> None:
    assert window.steps.isHidden() and not window.no_steps.isHidden()
    for text in ("Outline", "Chapter one", "Chapter two"):
        model.run(cmd.AddStep(text, purpose="Write a novel"))
    model.run(cmd.RecordWin(WinSource.CLI, step_id=model.view.store.steps()[0].id))
    assert window.steps.rows == [(1, 3, "Write a novel: 1 of 3 steps done")]
    assert not window.steps.isHidden() and window.no_steps.isHidden()
    assert window.steps.accessibleDescription() == "Write a novel: 1 of 3 steps done"
    image = window.steps.grab().toImage()
    bar = window.steps.bar_rect(0)
    line = chart_colours(window.steps.palette()).line
    assert near(pixel(image, QPointF(bar.left() + bar.width() / 6, bar.center().y())), line)
    assert not near(pixel(image, QPointF(bar.right() - 4, bar.center().y())), line)


def test_all_habits_together(window: StreaksWindow, model: AppModel) -> None:
    model.run(cmd.AddStep("Outline", purpose="Write a novel"))
    model.run(cmd.RecordWin(WinSource.CLI))  # the step (the habit's routine time has not come)
    window.chooser.setCurrentIndex(window.chooser.findData(ALL_HABITS))
    assert window.strength_label.text().startswith("Mean strength: 12 % — up 7 % this week")
    assert window.total_cells[1, 1].text() == "1"  # the step's win, today
    assert window.all_wins.text() == "4 wins in all, the steps' included."


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the window asked each of its queries."""
    counted: dict[str, int] = {}
    for name in (
        "habit_days",
        "all_habits_days",
        "strength_figures",
        "month_totals",
        "weekday_frequency",
        "purpose_progress",
    ):
        real: Callable[..., Any] = getattr(streaks, name)

        def counting(*args: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            counted[_name] = counted.get(_name, 0) + 1
            return _real(*args)

        monkeypatch.setattr(streaks, name, counting)
    return counted


def test_a_change_recomputes_only_what_it_touches(
    window: StreaksWindow, model: AppModel, calls: dict[str, int]
) -> None:
    # Nothing the window shows: the widget's look, another core setting, a routine time.
    model.run(cmd.ChangeSetting(prefs.WIDGET_OPACITY, "0.8"))
    model.run(cmd.ChangeSetting(REMINDERS_ENABLED, "0"))
    model.refresh(streaks.Topic.CLOCK)
    assert calls == {}
    # A step: only the steps per purpose.
    model.run(cmd.AddStep("Outline", purpose="Write a novel"))
    assert calls == {"purpose_progress": 1}
    calls.clear()
    # A note: no figure changes, the day's description does.
    model.run(cmd.SetNote(window.selected_habit(), TODAY, "busy day"))
    assert calls == {}
    assert window.heatmap.accessibleDescription().endswith("— busy day")
    # A win: the days and the figures; and the purposes' order (the habit's purpose was
    # the latest active), so the steps too.
    model.run(cmd.RecordWin(WinSource.CLI, habit=HABIT, day=ago(1).isoformat()))
    assert calls == {
        "habit_days": 1,
        "strength_figures": 1,
        "month_totals": 2,
        "weekday_frequency": 1,
        "purpose_progress": 1,
    }
    calls.clear()
    # The day-start hour moves the days.
    model.run(cmd.ChangeSetting(DAY_START_HOUR, "3"))
    assert calls.get("habit_days") == 1
    calls.clear()
    # The week's first day only moves the cells.
    model.run(cmd.ChangeSetting(prefs.WEEK_START, "monday"))
    assert calls == {}
    assert window.heatmap.week_first == window.month_view.week_first == 0
    assert window.weekdays.weekday_of_row(0) == 0
    # Moving within the year recomputes the marks, not which weekdays got done.
    window.go_to(ago(40))
    assert calls == {"habit_days": 1}


def _top_left_weekday(window: StreaksWindow) -> int:
    grid = window.month_view
    days = [grid.first + timedelta(days=n) for n in range((grid.last - grid.first).days + 1)]
    return min(days, key=lambda d: (grid.cell_rect(d) or QRectF()).left()).weekday()


@pytest.mark.parametrize(
    ("choice", "first"), [("monday", 0), ("sunday", 6), ("saturday", 5), ("locale", 6)]
)
def test_the_week_start_set_in_settings_applies_live(
    qtbot: QtBot, window: StreaksWindow, model: AppModel, desk: Desktop, choice: str, first: int
) -> None:
    QLocale.setDefault(QLocale("en_US"))  # its weeks start on Sunday
    settings = SettingsWindow(model, desk)
    qtbot.addWidget(settings)
    settings.show()
    combo = settings.week_start
    assert combo.accessibleName() == "Week starts on"
    assert [combo.itemData(i) for i in range(combo.count())] == list(prefs.WEEK_STARTS)
    assert combo.currentData() == "locale"
    if choice == "locale":
        combo.setCurrentIndex(combo.findData("monday"))
    combo.setCurrentIndex(combo.findData(choice))
    assert model.setting(prefs.WEEK_START) == choice
    assert window.heatmap.week_first == first
    window.tabs.setCurrentIndex(1)
    assert _top_left_weekday(window) == first
    top = min(
        (window.heatmap.first + timedelta(days=n) for n in range(7)),
        key=lambda d: (window.heatmap.cell_rect(d) or QRectF()).top(),
    )
    assert top.weekday() == first
    assert window.weekdays.weekday_of_row(0) == first


def test_the_new_parts_are_named_and_reached_by_the_keyboard(
    window: StreaksWindow, model: AppModel
) -> None:
    model.run(cmd.AddStep("Outline", purpose="Write a novel"))
    window.chooser.setFocus()
    names = tab_through(window)
    for wanted in (
        "Strength over the last 90 days",
        "Weekdays by month",
        "Steps finished per purpose",
    ):
        assert wanted in names, names
    assert window.trend.accessibleDescription()
    assert window.weekdays.accessibleDescription()


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
