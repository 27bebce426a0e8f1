"""A change the data cannot take is said at once where the user looks, and a win is kept and
saved later, once (the desktop over an in-memory store that fails as a full disk would)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock
from smallwins.core.errors import Problem
from smallwins.core.models import WinSource
from smallwins.storage.errors import StorageError
from smallwins.storage.failures import MESSAGES
from smallwins.ui.desktop import Desktop
from smallwins.ui.icons import TrayState
from smallwins.ui.model import AppModel
from smallwins.ui.translations import install_translators
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore

pytestmark = pytest.mark.gui


class FailingStore(MemoryStore):
    """Commits fail with ``failure`` (rolled back), or — ``after_commit`` — go through and then
    report the failure, as a commit whose answer was lost would."""

    def __init__(self) -> None:
        super().__init__()
        self.failure: Problem | None = None
        self.after_commit = False
        self._depth = 0

    def _error(self) -> StorageError:
        assert self.failure is not None
        return StorageError(MESSAGES[self.failure], problem=self.failure, reason="test")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self._depth += 1
        try:
            with super().transaction():
                yield
                if self._depth == 1 and self.failure is not None and not self.after_commit:
                    raise self._error()
        finally:
            self._depth -= 1
        if self._depth == 0 and self.failure is not None and self.after_commit:
            raise self._error()


@pytest.fixture
def store() -> FailingStore:
    return FailingStore()


@pytest.fixture
def model(qtbot: QtBot, store: FailingStore, clock: FixedClock) -> AppModel:
    return AppModel(Runner(store, clock))


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The shipped English catalogue (it holds the plural forms)."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def started(desk: Desktop, model: AppModel) -> Desktop:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    model.run(cmd.AddStep("Write one sentence"))
    desk.start()
    desk.show_widget()
    return desk


def click_tray(desk: Desktop) -> None:
    desk.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def test_a_tray_click_on_a_full_disk_says_not_saved_and_does_not_celebrate(
    qtbot: QtBot, started: Desktop, store: FailingStore
) -> None:
    store.failure = Problem.DISK_FULL
    with qtbot.assertNotEmitted(started.celebrated):
        click_tray(started)
    assert store.wins() == []
    widget = started.widget
    assert widget.notice.isVisible()
    assert widget.notice_text == "Not saved: the disk is full"
    assert widget.notice.toolTip() == "Not saved: the disk is full\n1 win waiting to be saved"
    assert widget.marks.count == 0 and widget.marks.pending == 1
    assert widget.full_text == "Open the draft"  # what was ticked stays in view
    assert not started.popup.isVisible()
    assert started.tray.state is TrayState.PROBLEM
    assert started.tray.tooltip().startswith(
        "⚠ Not saved: the disk is full\n1 win waiting to be saved\n"
    )
    assert started.model.data_state.pending == ("Open the draft",)


def test_the_win_is_stored_and_celebrated_once_space_is_back(
    qtbot: QtBot, started: Desktop, store: FailingStore
) -> None:
    store.failure = Problem.DISK_FULL
    click_tray(started)
    click_tray(started)  # the same step again: it waits once
    assert len(started.model.data_state.pending) == 1
    store.failure = None
    with qtbot.waitSignal(started.celebrated) as celebrated:
        started.model.retry_pending()
    assert celebrated.args[0].text == "Open the draft"
    assert [w.step_id for w in store.wins()] == [1]
    assert started.model.data_state.ok
    assert started.widget.notice_text == "Saved: 1 win that was waiting"
    assert started.widget.marks.count == 1 and started.widget.marks.pending == 0
    assert started.tray.state is TrayState.WIN
    assert started.widget.full_text == "Write one sentence"
    started.model.retry_pending()
    assert len(store.wins()) == 1


def test_the_app_retries_by_itself(
    qtbot: QtBot, started: Desktop, store: FailingStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.failure = Problem.READ_ONLY
    click_tray(started)
    assert started.widget.notice_text.startswith("Not saved: the data is read-only")
    timer = started.model._retry_timer
    assert timer.isActive()
    timer.setInterval(50)
    timer.start()
    qtbot.wait(200)
    assert store.wins() == []  # still read-only: it keeps waiting
    store.failure = None
    qtbot.waitUntil(lambda: len(store.wins()) == 1)
    qtbot.waitUntil(lambda: not timer.isActive())


def test_a_win_committed_despite_the_error_is_not_applied_twice(
    started: Desktop, store: FailingStore
) -> None:
    store.failure, store.after_commit = Problem.UNAVAILABLE, True
    outcome = started.model.tick_next(WinSource.TRAY)
    assert outcome.problem is Problem.UNAVAILABLE
    assert outcome.refusal is not None and outcome.refusal.startswith("Not saved: ")
    assert len(store.wins()) == 1  # it was in fact stored
    store.failure = None
    started.model.retry_pending()
    assert len(store.wins()) == 1
    assert started.model.data_state.ok
    assert started.widget.full_text == "Write one sentence"


def test_waiting_wins_are_saved_in_order_for_the_day_they_were_made(
    started: Desktop, store: FailingStore, clock: FixedClock
) -> None:
    model = started.model
    store.failure = Problem.DISK_FULL
    model.tick_step(1, WinSource.WIDGET)
    clock.advance(timedelta(minutes=5))
    model.tick_step(2, WinSource.WIDGET)
    made = [clock.now() - timedelta(minutes=5), clock.now()]
    assert model.data_state.pending == ("Open the draft", "Write one sentence")
    clock.advance(timedelta(days=1))  # saved the next day: still the wins of the day made
    store.failure = None
    model.retry_pending()
    wins = store.wins()
    assert [(w.step_id, w.at_utc, w.source) for w in wins] == [
        (1, made[0], WinSource.WIDGET),
        (2, made[1], WinSource.WIDGET),
    ]
    assert {w.local_date for w in wins} == {made[0].date()}


def test_a_new_win_waits_behind_the_unsaved_ones(started: Desktop, store: FailingStore) -> None:
    model = started.model
    store.failure = Problem.DISK_FULL
    model.tick_step(2, WinSource.WIDGET)
    store.failure = None
    # The data takes writes again: the waiting win goes first, then the new one.
    assert model.tick_step(1, WinSource.WIDGET).done
    assert [w.step_id for w in store.wins()] == [2, 1]
    assert model.data_state.ok


def test_a_rest_day_or_an_edit_that_cannot_be_saved_says_so(
    started: Desktop, store: FailingStore
) -> None:
    model = started.model
    store.failure = Problem.DISK_FULL
    outcome = started.model.run(cmd.AddStep("Outline chapter two"))
    assert outcome.refusal == "Not saved: the disk is full"
    assert not started.report(outcome)
    assert started.widget.notice_text == "Not saved: the disk is full"
    assert started.tray.state is TrayState.PROBLEM
    assert model.data_state.pending == ()  # only wins are kept to save later
    store.failure = None
    assert started.model.run(cmd.AddStep("Outline chapter two")).done
    assert model.data_state.ok
    assert not started.widget.notice.isVisible()
    assert started.tray.state is TrayState.DUE


def test_read_only_data_is_shown_and_writes_are_refused_plainly(
    qtbot: QtBot, store: FailingStore, clock: FixedClock
) -> None:
    writable = AppModel(Runner(store, clock))
    writable.run(cmd.AddPurpose("Write a novel"))
    writable.run(cmd.AddStep("Open the draft"))
    model = AppModel(Runner(store, clock), read_only=True)
    desk = Desktop(model, tray_available=True)
    qtbot.addWidget(desk.widget)
    try:
        desk.start()
        desk.show_widget()
        assert desk.widget.full_text == "Open the draft"
        assert desk.widget.notice_text == "Read-only: changes cannot be saved"
        assert desk.tray.state is TrayState.PROBLEM
        with qtbot.assertNotEmitted(desk.celebrated):
            outcome = desk.model.tick_next(WinSource.TRAY)
        assert outcome.refusal == "Not saved: the data is read-only"
        assert store.wins() == []
        assert model.data_state.pending == ()  # nothing is kept: it would never be saved
    finally:
        desk.close()
