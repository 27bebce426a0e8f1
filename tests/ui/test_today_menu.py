"""The tray's and the widget's "Today" submenu: what the user reads there, and that choosing a
habit or a step records its win and celebrates (offscreen, a real model over the memory store)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from smallwins.core.models import SnoozeTarget, StepState, WinKind, WinSource
from smallwins.ui.desktop import Desktop
from smallwins.ui.formats import time_text
from smallwins.ui.model import AppModel
from smallwins.ui.today import MAX_STEPS, TodayMenu
from smallwins.ui.translations import install_translators
from smallwins.usecases import commands as cmd
from tests.fakes import MemoryStore
from tests.ui.conftest import ZONE

pytestmark = pytest.mark.gui

# The conftest's clock: Monday 2025-03-03, 06:00 in Berlin. "Drink water" is snoozed 60 minutes.
SNOOZED_UNTIL = datetime(2025, 3, 3, 7, 0, tzinfo=ZONE)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The shipped catalogue of ``request.param`` (English holds the plural forms)."""
    before = QLocale()
    installed = install_translators(qapp, request.param)
    yield str(request.param)
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def day(model: AppModel) -> AppModel:
    """A morning: one habit snoozed, two done (one in its tiny version), one to come tonight,
    and two steps toward the one purpose."""
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    model.run(cmd.AddStep("Write one sentence"))
    model.run(cmd.AddHabit("Stretch", "Evening", "21:00"))
    model.run(cmd.AddHabit("Read one page", "Morning coffee", "07:30"))
    model.run(cmd.AddHabit("Write one line", "Morning coffee", "07:30", tiny="One word"))
    drink = model.run(cmd.AddHabit("Drink water", "Wake up", "05:30")).value
    assert drink is not None
    model.run(cmd.RecordWin(WinSource.CLI, habit="Read one page"))
    model.run(cmd.RecordWin(WinSource.CLI, habit="Write one line", tiny=True))
    model.run(cmd.Snooze(SnoozeTarget.HABIT, drink.id, 60))
    return model


@pytest.fixture
def started(day: AppModel, desk: Desktop) -> Desktop:
    """The desktop, made after the morning's wins (so none of them is being celebrated)."""
    desk.start()
    assert not desk.popup.isVisible()
    return desk


def english_day() -> list[str]:
    return [
        f"○ Drink water — snoozed until {time_text(SNOOZED_UNTIL)}",
        "✓ Read one page — done",
        "✓ Write one line — tiny version",
        "○ Stretch — pending",
        "Steps toward Write a novel",
        "○ Open the draft",
        "○ Write one sentence",
    ]


def tray_today(desk: Desktop) -> TodayMenu:
    """The tray menu as it opens, and its "Today" submenu."""
    desk.tray.menu.aboutToShow.emit()
    return submenu(desk.tray.menu)


def submenu(menu: QMenu) -> TodayMenu:
    """The one "Today" submenu of ``menu``."""
    found = [a.menu() for a in menu.actions() if isinstance(a.menu(), TodayMenu)]
    assert len(found) == 1, [a.text() for a in menu.actions()]
    today = found[0]
    assert isinstance(today, TodayMenu)
    return today


def line(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if action.text() == text:
            return action
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def enabled(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_tray_today_lists_habits_with_their_state_then_the_focused_steps(
    language: str, started: Desktop
) -> None:
    today = tray_today(started)
    assert started.tray.menu_texts()[:3] == ["✓ Open the draft", "Today", "Smaller version…"]
    assert today.texts() == english_day()
    # Done habits and the purpose's line offer nothing: no double tick by accident.
    assert enabled(today) == [
        f"○ Drink water — snoozed until {time_text(SNOOZED_UNTIL)}",
        "○ Stretch — pending",
        "○ Open the draft",
        "○ Write one sentence",
    ]
    # Habits, a separator, then the steps.
    kinds = ["-" if a.isSeparator() else "" for a in today.actions()]
    assert kinds.index("-") == 4


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_choosing_a_pending_habit_ticks_it_and_celebrates(
    language: str, started: Desktop, store: MemoryStore
) -> None:
    line(tray_today(started), "○ Stretch — pending").trigger()
    stretch_habit = store.habit_by_name("Stretch")
    assert stretch_habit is not None
    win = store.wins()[-1]
    assert (win.habit_id, win.source, win.kind) == (stretch_habit.id, WinSource.TRAY, WinKind.FULL)
    assert started.popup.isVisible()
    assert started.popup.cheer.detail == "Stretch"
    assert "3 wins today" in started.tray.icon.toolTip()
    # The list follows at once: Stretch is done and offers nothing more.
    stretch = line(tray_today(started), "✓ Stretch — done")
    assert not stretch.isEnabled()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_choosing_a_snoozed_habit_ticks_it_and_ends_its_snooze(
    language: str, started: Desktop, store: MemoryStore
) -> None:
    snoozed = f"○ Drink water — snoozed until {time_text(SNOOZED_UNTIL)}"
    line(tray_today(started), snoozed).trigger()
    drink = store.habit_by_name("Drink water")
    assert drink is not None
    assert store.wins()[-1].habit_id == drink.id
    assert store.snoozes() == []
    assert started.popup.cheer.detail == "Drink water"
    assert tray_today(started).texts()[0] == "✓ Drink water — done"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_choosing_a_step_ticks_it_and_celebrates(
    language: str, started: Desktop, store: MemoryStore
) -> None:
    line(tray_today(started), "○ Write one sentence").trigger()
    done = store.steps(state=StepState.DONE)
    assert [s.text for s in done] == ["Write one sentence"]
    win = store.wins()[-1]
    assert (win.step_id, win.source) == (done[0].id, WinSource.TRAY)
    assert started.popup.isVisible()
    assert started.popup.cheer.detail == "Write one sentence"
    assert tray_today(started).texts()[-2:] == ["Steps toward Write a novel", "○ Open the draft"]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_widget_menu_offers_the_same_list(
    language: str, started: Desktop, store: MemoryStore
) -> None:
    menu = started.widget.build_menu()
    assert menu.actions()[0].text() == "Today"
    today = submenu(menu)
    assert today.texts() == english_day()
    line(today, "○ Stretch — pending").trigger()
    win = store.wins()[-1]
    assert win.source is WinSource.WIDGET
    assert started.popup.isVisible()
    assert started.popup.cheer.detail == "Stretch"
    assert "✓ Stretch — done" in submenu(started.widget.build_menu()).texts()
    line(submenu(started.widget.build_menu()), "○ Open the draft").trigger()
    assert store.wins()[-1].source is WinSource.WIDGET
    assert started.widget.text.text() == "Write one sentence"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_list_stays_in_the_rebuilt_tray_menu(language: str, started: Desktop) -> None:
    """The menu is cleared and rebuilt each time it opens; its Today submenu survives that."""
    for _ in range(3):
        started.tray.menu.aboutToShow.emit()
    today = tray_today(started)
    assert today.texts() == english_day()
    assert started.tray.menu_texts().count("Today") == 1


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_nothing_planned_is_one_quiet_line(language: str, desk: Desktop) -> None:
    desk.start()
    today = tray_today(desk)
    assert today.texts() == ["Nothing planned today"]
    assert enabled(today) == []
    assert submenu(desk.widget.build_menu()).texts() == ["Nothing planned today"]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_long_queue_shows_its_first_steps_and_counts_the_rest(
    language: str, desk: Desktop, model: AppModel
) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    for number in range(MAX_STEPS + 2):
        model.run(cmd.AddStep(f"Write sentence {number + 1}"))
    desk.start()
    texts = tray_today(desk).texts()
    assert texts[0] == "Steps toward Write a novel"
    assert texts[1:-1] == [f"○ Write sentence {n + 1}" for n in range(MAX_STEPS)]
    assert texts[-1] == "2 more steps"


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_the_list_in_german(language: str, started: Desktop) -> None:
    today = tray_today(started)
    assert started.tray.menu_texts()[1] == "Heute"
    assert today.texts() == [
        "○ Drink water — zurückgestellt bis 07:00",
        "✓ Read one page — erledigt",
        "✓ Write one line — Mini-Version",
        "○ Stretch — offen",
        "Schritte für Write a novel",
        "○ Open the draft",
        "○ Write one sentence",
    ]
    assert started.widget.build_menu().actions()[0].text() == "Heute"
