"""How the desktop hears of changes: each listener acts only on the topics it uses; snoozed
steps stay visible (offscreen)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from smallwins.app import follow_changes
from smallwins.core.days import FixedClock
from smallwins.core.events import EVERYTHING, Topic
from smallwins.core.models import SnoozeTarget
from smallwins.ui.desktop import Desktop
from smallwins.ui.formats import time_text
from smallwins.ui.model import AppModel
from smallwins.usecases import commands as cmd

pytestmark = pytest.mark.gui


class CountingScheduler:
    def __init__(self) -> None:
        self.calls = 0

    def reschedule(self) -> None:
        self.calls += 1


@pytest.fixture
def novel(model: AppModel) -> AppModel:
    assert model.run(cmd.AddPurpose("Write a novel")).done
    assert model.run(cmd.AddStep("Open the draft")).done
    return model


def test_widget_preferences_do_not_reschedule_reminders(
    desk: Desktop, novel: AppModel, qtbot: QtBot
) -> None:
    scheduler = CountingScheduler()
    follow_changes(novel, scheduler)
    desk.start()
    desk.widget.moved.emit(QPoint(40, 50))  # dragged
    desk.widget.opacity_chosen.emit(0.7)
    desk.widget.on_top_chosen.emit(False)
    desk.widget.collapsed_changed.emit(True)
    desk.set_widget_shown(False)
    assert scheduler.calls == 0
    assert novel.setting("ui.widget.opacity") == "0.70"  # the preferences were saved
    novel.run(cmd.AddHabit("Read one page", routine="Morning coffee", at="07:30"))
    assert scheduler.calls == 1
    novel.run(cmd.PauseReminders(60))
    assert scheduler.calls == 2
    novel.check_external_change()  # nothing changed outside: nothing to do
    assert scheduler.calls == 2


def test_a_change_says_what_changed(novel: AppModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(novel.changed) as blocker:
        novel.run(cmd.AddStep("Write one sentence"))
    assert blocker.args == [Topic.STEPS | Topic.PURPOSES]  # the purpose was active last
    with qtbot.waitSignal(novel.changed) as blocker:
        novel.tick_next(cmd.WinSource.TRAY)
    assert blocker.args[0] & Topic.WINS and blocker.args[0] & Topic.STEPS
    assert not blocker.args[0] & (Topic.HABITS | Topic.PREFS)
    with qtbot.waitSignal(novel.changed) as blocker:
        novel.change_setting("ui.theme", "dark")
    assert blocker.args == [Topic.PREFS]
    with qtbot.assertNotEmitted(novel.changed):
        assert not novel.run(cmd.AddStep("   ")).done  # refused: nothing changed


def test_another_process_writing_refreshes_everything(novel: AppModel, qtbot: QtBot) -> None:
    store = novel.runner.store
    version = store.data_version()
    store.add_step(1, "Written from elsewhere", novel.view.now)  # as if the CLI wrote
    assert store.data_version() != version
    with qtbot.waitSignal(novel.changed) as blocker:
        novel.check_external_change()
    assert blocker.args == [EVERYTHING]


def test_a_snoozed_step_is_shown_as_snoozed_and_can_come_back(
    desk: Desktop, novel: AppModel, clock: FixedClock
) -> None:
    desk.start()
    assert novel.snooze(60).done
    until = novel.view.now + timedelta(hours=1)
    assert novel.view.snoozed is not None
    local = novel.view.snoozed.until_local
    assert (local.hour, local.minute) == (7, 0)  # Berlin, 06:00 + 1 h
    shown = f"Snoozed until {time_text(local)}: Open the draft"  # 07:00 or 7:00 AM
    assert desk.widget.text.text() == shown
    assert desk.widget.done_button.accessibleName() == "Bring it back now"
    assert shown in desk.tray.tooltip()
    desk.tray.menu.aboutToShow.emit()
    assert "↺ Bring it back now" in desk.tray.menu_texts()
    assert not any("add one tiny step" in t.lower() for t in desk.tray.menu_texts())
    assert novel.view.snoozed is not None
    assert novel.view.snoozed.until_utc == until
    assert novel.view.snoozed.target is SnoozeTarget.STEP
    desk.widget.trigger_done()  # ↺ (Enter)
    assert novel.runner.store.snoozes() == []
    assert desk.widget.text.text() == "Open the draft"
    assert len(novel.runner.store.wins()) == 0  # bringing back is not a win


def test_the_snooze_ends_by_itself(desk: Desktop, novel: AppModel, clock: FixedClock) -> None:
    desk.start()
    novel.snooze(10)
    assert desk.widget.text.text().startswith("Snoozed until")
    clock.advance(timedelta(minutes=11))
    novel.refresh(Topic.CLOCK)
    assert desk.widget.text.text() == "Open the draft"
