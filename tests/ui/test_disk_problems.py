"""The desktop on a real disk that fills up or turns read-only (a tiny tmpfs as the data folder):
a tray click says "Not saved", nothing is celebrated, the win is stored once the disk takes
writes again, and nothing is lost or written in part."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from smallwins.app import _open_data
from smallwins.core.days import FixedClock
from smallwins.storage import SqliteStore, open_store
from smallwins.ui.desktop import Desktop
from smallwins.ui.icons import TrayState
from smallwins.ui.model import AppModel
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Runner
from tests.disks import TinyDisk, tiny_disk

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _in_english(english: None) -> None:
    """Every test here reads the English texts, plural forms included."""


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[TinyDisk]:
    with tiny_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def database(disk: TinyDisk) -> Path:
    return disk.root / "data" / "smallwins.db"


@pytest.fixture
def store(database: Path, clock: FixedClock) -> Iterator[SqliteStore]:
    with open_store(database) as opened:
        runner = Runner(opened, clock)
        runner.run(cmd.AddPurpose("Write a novel"))
        runner.run(cmd.AddStep("Open the draft"))
        runner.run(cmd.AddStep("Write one sentence"))
        yield opened


@pytest.fixture
def desk(qtbot: QtBot, store: SqliteStore, clock: FixedClock) -> Iterator[Desktop]:
    desktop = Desktop(AppModel(Runner(store, clock)), tray_available=True)
    qtbot.addWidget(desktop.widget)
    desktop.start()
    desktop.show_widget()
    yield desktop
    desktop.close()
    qtbot.addWidget(desktop.popup)


def stored(database: Path) -> list[tuple[int, str]]:
    """The wins in the file as another program sees it, and the file's integrity checked."""
    with sqlite3.connect(database) as other:
        assert other.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        steps = dict(other.execute("SELECT id, state FROM step").fetchall())
        wins = other.execute("SELECT step_id, source FROM win ORDER BY id").fetchall()
    other.close()
    # No part of a tick is written without the rest: a done step has its win, and back.
    assert {step for step, _ in wins} == {s for s, state in steps.items() if state == "done"}
    return wins


def click_tray(desk: Desktop) -> None:
    desk.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def empty_wal(database: Path) -> None:
    """Fold the WAL into the database and empty it, so the next write needs new disk space."""
    with sqlite3.connect(database) as other:
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.close()


def test_a_full_disk_says_not_saved_and_the_win_is_stored_once_space_is_back(
    qtbot: QtBot, desk: Desktop, disk: TinyDisk, database: Path
) -> None:
    empty_wal(database)
    disk.fill()
    with qtbot.assertNotEmitted(desk.celebrated):
        click_tray(desk)
    assert desk.widget.notice_text == "Not saved: the disk is full"
    assert desk.widget.marks.pending == 1
    assert desk.tray.state is TrayState.PROBLEM
    assert not desk.popup.isVisible()
    assert stored(database) == []
    disk.free()
    with qtbot.waitSignal(desk.celebrated, timeout=10_000):
        desk.model.retry_pending()
    assert stored(database) == [(1, "tray")]
    assert desk.model.data_state.ok
    assert desk.widget.full_text == "Write one sentence"


def test_a_database_turned_read_only_keeps_the_win_until_it_can_be_written(
    qtbot: QtBot, desk: Desktop, disk: TinyDisk, database: Path, store: SqliteStore
) -> None:
    store.close()  # a file open for writing keeps the disk from turning read-only
    disk.remount(read_only=True)
    try:
        with qtbot.assertNotEmitted(desk.celebrated):
            click_tray(desk)
        assert desk.widget.notice_text == "Not saved: the data is read-only"
        assert desk.widget.marks.pending == 1
        assert desk.tray.state is TrayState.PROBLEM
        assert "⚠ Not saved: the data is read-only" in desk.tray.icon.toolTip()
        desk.model.retry_pending()  # still read-only: it keeps waiting
        assert desk.model.data_state.pending == ("Open the draft",)
        store.close()
    finally:
        disk.remount(read_only=False)
    with qtbot.waitSignal(desk.celebrated, timeout=10_000):
        desk.model.retry_pending()
    assert stored(database) == [(1, "tray")]
    assert desk.tray.state is TrayState.WIN


def test_a_read_only_data_folder_starts_read_only_and_shows_the_data(
    qtbot: QtBot, disk: TinyDisk, database: Path, store: SqliteStore
) -> None:
    store.close()
    disk.remount(read_only=True)
    try:
        opened = _open_data(database.parent, database, None)
        assert not isinstance(opened, str), opened
        read_only, _, model = opened
        desk = Desktop(model, tray_available=True)
        qtbot.addWidget(desk.widget)
        try:
            desk.start()
            desk.show_widget()
            assert desk.widget.full_text == "Open the draft"
            assert desk.widget.notice_text == "Read-only: changes cannot be saved"
            assert desk.tray.state is TrayState.PROBLEM
            with qtbot.assertNotEmitted(desk.celebrated):
                click_tray(desk)
            assert model.data_state.pending == ()
        finally:
            desk.close()
            read_only.close()
    finally:
        disk.remount(read_only=False)
    assert stored(database) == []
