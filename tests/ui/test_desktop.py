"""The tray, the widget and the celebration, driven through their own controls (offscreen)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSystemTrayIcon, QToolButton
from pytestqt.qtbot import QtBot

from smallwins.core.errors import UserError
from smallwins.core.models import StepState, WinSource
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import TextPrompt, VacationPrompt
from smallwins.ui.icons import TrayState
from smallwins.ui.model import AppModel
from smallwins.ui.widget import FULL_SIZE, PILL_SIZE
from smallwins.usecases import commands as cmd
from tests.fakes import MemoryStore

pytestmark = pytest.mark.gui


@pytest.fixture
def novel(model: AppModel) -> AppModel:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    model.run(cmd.AddStep("Write one sentence"))
    return model


@pytest.fixture
def started(desk: Desktop, novel: AppModel) -> Desktop:
    desk.start()
    return desk


def wins(store: MemoryStore) -> int:
    return len(store.wins())


def test_widget_shows_next_step_purpose_and_marks(started: Desktop) -> None:
    widget = started.widget
    assert widget.text.text() == "Open the draft"
    assert widget.purpose.text() == "Write a novel"
    assert widget.marks.count == 0
    assert widget.size() == FULL_SIZE
    assert widget.windowTitle() == "Open the draft — Small Wins"
    flags = widget.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.Tool  # a tool window stays out of the task bar


def test_empty_state_invites_a_tiny_step(desk: Desktop, model: AppModel) -> None:
    desk.start()
    assert desk.widget.text.text() == "Add one tiny step"
    assert desk.widget.done_button.accessibleName() == "Add step"
    assert not desk.widget.later_button.isEnabled()
    assert desk.tray.state is TrayState.IDLE


def test_done_button_records_a_win_celebrates_at_once_and_moves_on(
    started: Desktop, store: MemoryStore, qtbot: QtBot
) -> None:
    clicked = time.perf_counter()
    qtbot.mouseClick(started.widget.done_button, Qt.MouseButton.LeftButton)
    assert started.popup.isVisible()
    assert (time.perf_counter() - clicked) < 0.1
    assert wins(store) == 1
    assert store.wins()[0].source is WinSource.WIDGET
    assert started.widget.text.text() == "Write one sentence"
    assert started.widget.marks.count == 1
    assert started.popup.cheer.detail == "Open the draft"
    assert started.popup.cheer.special == "first"
    assert started.tray.state is TrayState.WIN
    qtbot.waitUntil(lambda: not started.popup.isVisible(), timeout=2500)


def test_celebration_never_blocks_the_next_click(started: Desktop, store: MemoryStore) -> None:
    assert started.popup.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert started.popup.windowFlags() & Qt.WindowType.WindowTransparentForInput
    QTest.mouseClick(started.widget.done_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(started.widget.done_button, Qt.MouseButton.LeftButton)
    assert wins(store) == 2
    assert started.widget.text.text() == "Add one tiny step"


def test_tray_click_ticks_and_tooltip_tells_next_and_count(
    english: None, started: Desktop, store: MemoryStore
) -> None:
    assert started.tray.state is TrayState.DUE
    assert "Open the draft" in started.tray.icon.toolTip()
    started.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert wins(store) == 1
    assert store.wins()[0].source is WinSource.TRAY
    tip = started.tray.icon.toolTip()
    assert "Write one sentence" in tip
    assert "1 win today" in tip


def test_tray_menu_is_rebuilt_each_time_it_opens(started: Desktop, novel: AppModel) -> None:
    started.tray.menu.aboutToShow.emit()
    first = started.tray.menu_texts()
    assert first[0] == "✓ Open the draft"
    assert first[1:5] == ["Today", "Smaller version…", "Snooze", "Add step…"]
    assert first[-8:] == [
        "Hide widget",
        "Plan…",
        "Streaks…",
        "Weekly review…",
        "Export…",
        "Import…",
        "Settings…",
        "Quit Small Wins",
    ]
    novel.run(cmd.AddStep("Brand new first", at_front=True))
    started.tray.menu.aboutToShow.emit()
    assert started.tray.menu_texts()[0] == "✓ Brand new first"


def test_smaller_puts_a_smaller_first_step_in_front(
    started: Desktop, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(cls: type, parent: object, title: str, label: str, *rest: object) -> str:
        asked.append(label)
        return "Open the file"

    monkeypatch.setattr(TextPrompt, "ask", classmethod(answer))
    QTest.mouseClick(started.widget.smaller_button, Qt.MouseButton.LeftButton)
    assert "Open the draft" in asked[0]
    assert started.widget.text.text() == "Open the file"
    child = store.steps(state=StepState.OPEN)[0]
    assert child.text == "Open the file"
    assert child.parent_id == 1


def test_cancelled_smaller_changes_nothing(
    started: Desktop, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TextPrompt, "ask", classmethod(lambda *a: None))
    before = store.steps()
    QTest.mouseClick(started.widget.smaller_button, Qt.MouseButton.LeftButton)
    assert store.steps() == before


def test_later_and_snooze_change_the_next_step(started: Desktop) -> None:
    QTest.mouseClick(started.widget.later_button, Qt.MouseButton.LeftButton)
    assert started.widget.text.text() == "Write one sentence"
    started.tray.snooze_requested.emit(60)
    assert started.widget.text.text() == "Open the draft"


def test_keyboard_enter_ticks_escape_hides(started: Desktop, store: MemoryStore) -> None:
    widget = started.widget
    assert widget.focusProxy() is widget.done_button
    QTest.keyClick(widget, Qt.Key.Key_Return)
    assert wins(store) == 1
    QTest.keyClick(widget, Qt.Key.Key_L)
    assert widget.text.text() == "Write one sentence"
    QTest.keyClick(widget, Qt.Key.Key_C)
    assert widget.collapsed
    assert started.model.setting(prefs.WIDGET_COLLAPSED) == "1"
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    assert not widget.isVisible()
    assert started.model.setting(prefs.WIDGET_SHOWN) == "0"


def test_every_control_has_an_accessible_name(started: Desktop) -> None:
    for button in started.widget.findChildren(QToolButton):
        assert button.accessibleName(), button.text()
    assert started.widget.marks.accessibleName() == "Wins today"


def test_collapse_to_a_pill_and_back(started: Desktop) -> None:
    started.widget.set_collapsed(True, user=True)
    assert started.widget.size() == PILL_SIZE
    assert "Open the draft" in started.widget.pill_label.text()
    started.widget.set_collapsed(False, user=True)
    assert started.widget.size() == FULL_SIZE


def test_position_is_remembered_and_kept_on_screen(started: Desktop) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    target = QPoint(area.left() + 50, area.top() + 60)
    started.widget.move(target)
    started.widget.moved.emit(target)
    started.widget.move(QPoint(area.right() - 400, area.bottom() - 200))
    started.place_widget()
    assert started.widget.pos() == target
    off_screen = QPoint(area.right() + 5000, area.bottom() + 5000)
    placed = started.widget.place(off_screen)
    assert area.contains(placed)
    assert area.contains(placed + QPoint(FULL_SIZE.width() - 1, FULL_SIZE.height() - 1))


def test_celebration_styles(started: Desktop, novel: AppModel) -> None:
    novel.change_setting(prefs.CELEBRATION, "off")
    started.tick(WinSource.TRAY)
    assert not started.popup.isVisible()
    assert started.tray.state is TrayState.WIN  # the count still flashes
    novel.change_setting(prefs.CELEBRATION, "reduced")
    started.tick(WinSource.TRAY)
    assert started.popup.isVisible()
    assert started.popup._particles == []


def test_without_a_tray_the_widget_is_always_there(qtbot: QtBot, novel: AppModel) -> None:
    novel.change_setting(prefs.WIDGET_SHOWN, "0")
    desktop = Desktop(novel, tray_available=False)
    qtbot.addWidget(desktop.widget)
    desktop.start()
    assert desktop.widget.isVisible()
    desktop.set_widget_shown(False)
    assert desktop.widget.isVisible()
    assert desktop.widget.collapsed
    desktop.close()


def test_changes_from_elsewhere_show_after_a_check(
    started: Desktop, store: MemoryStore, novel: AppModel
) -> None:
    step = store.add_step(1, "Written by another process", novel.view.now, at_front=True)
    novel.check_external_change()
    assert started.widget.text.text() == step.text


def test_a_refusal_comes_back_as_a_value_and_is_told(
    started: Desktop, novel: AppModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcome = novel.run(cmd.AddPurpose("write a NOVEL"))
    assert outcome.value is None
    assert outcome.refusal is not None and "already exists" in outcome.refusal
    told: list[str] = []
    monkeypatch.setattr(started, "show_error", told.append)
    assert not started.act(cmd.AddPurpose("write a NOVEL"))
    assert told == [outcome.refusal]


def test_pause_reminders_from_the_tray_and_resume(started: Desktop, novel: AppModel) -> None:
    started.tray.menu.aboutToShow.emit()
    assert "Pause reminders" in started.tray.menu_texts()
    started.tray.pause_requested.emit(60)
    paused = novel.view.settings.paused_until_utc
    assert paused == novel.view.now + timedelta(hours=1)
    started.tray.menu.aboutToShow.emit()
    assert "Resume reminders" in started.tray.menu_texts()
    started.tray.resume_requested.emit()
    assert novel.view.settings.paused_until_utc is None


def test_vacation_plans_rest_days_for_every_habit(
    started: Desktop, novel: AppModel, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = novel.view.today
    monkeypatch.setattr(
        VacationPrompt, "ask", classmethod(lambda cls, parent, t: (t, t + timedelta(days=2)))
    )
    started.tray.vacation_requested.emit()
    rests = sorted((r.day, r.habit_id) for r in store.rest_days())
    assert rests == [(today + timedelta(days=n), None) for n in range(3)]
    with pytest.raises(UserError, match="ends before it starts"):
        novel.runner.run(cmd.PlanVacation(today, today - timedelta(days=1)))
    with pytest.raises(UserError, match="at most"):
        novel.runner.run(cmd.PlanVacation(today, today + timedelta(days=200)))
    assert len(store.rest_days()) == 3
