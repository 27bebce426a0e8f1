"""Settings → Data on real data: the backups listed, one made now, one restored after
confirmation (and refused into damaged data), export and import from the page."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock
from smallwins.core.models import BackupReason, WinSource
from smallwins.storage import SqliteStore, open_store
from smallwins.storage.backups import SqliteVault
from smallwins.ui import datapage
from smallwins.ui import transfer as ui_transfer
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.ui.places import Places
from smallwins.ui.settings import SettingsWindow
from smallwins.usecases import commands as cmd
from smallwins.usecases.backups import Backups
from smallwins.usecases.runner import Runner
from tests.transfer.helpers import BERLIN, NOW
from tests.ui.helpers import assert_named_and_labelled, clashing_mnemonics, frame_colour

pytestmark = pytest.mark.gui


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "smallwins.db"


@pytest.fixture
def sqlite(db: Path) -> Iterator[SqliteStore]:
    store = open_store(db)
    yield store
    store.close()


@pytest.fixture
def real_model(qtbot: QtBot, sqlite: SqliteStore, db: Path) -> AppModel:
    clock = FixedClock(NOW, BERLIN)
    model = AppModel(Runner(sqlite, clock))
    model.places = Places(db.parent, db.parent / "logs")
    model.backups = Backups(SqliteVault(db), clock)
    return model


@pytest.fixture
def settings(
    qtbot: QtBot, real_model: AppModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SettingsWindow]:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    desktop = Desktop(real_model, tray_available=True)
    window = SettingsWindow(real_model, desktop)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    qtbot.waitExposed(window)
    yield window
    desktop.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What export and import told the user (text, whether a problem)."""
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        ui_transfer.FileChooser,
        "tell",
        classmethod(lambda cls, parent, title, text, problem=False: said.append((text, problem))),
    )
    return said


class Asked:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, parent: object, title: str, text: str, action: str) -> bool:
        self.questions.append(text)
        return self.answer


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> Asked:
    asked = Asked(answer)
    monkeypatch.setattr(datapage.Confirm, "ask", classmethod(lambda cls, *a: asked(*a)))
    return asked


def _rows(page: datapage.DataPage) -> list[list[str]]:
    items = [page.backup_list.topLevelItem(i) for i in range(page.backup_list.topLevelItemCount())]
    return [[item.text(c) for c in range(3)] for item in items if item is not None]


def _win(model: AppModel) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    assert model.tick_next(WinSource.WIDGET).value is not None


def test_back_up_now_makes_one_and_lists_it_chosen(
    settings: SettingsWindow, real_model: AppModel, db: Path
) -> None:
    page = settings.data_page
    assert page.backups_section.isVisible()
    assert page.no_backups.isVisible() and not page.backup_list.isVisible()
    assert not page.restore_button.isEnabled()
    assert page.backups_row.path_field.text() == str(db.parent / "backups")

    _win(real_model)
    page.backup_now.click()

    (made,) = (db.parent / "backups").glob("smallwins-*-manual.db")
    assert made.stat().st_mode & 0o777 == 0o600
    assert page.backup_list.isVisible() and not page.no_backups.isVisible()
    ((when, why, size),) = _rows(page)
    assert why == "Made by hand"
    assert when == page.when(SqliteVault(db).backups()[0])
    assert size.endswith("kB")
    assert page.restore_button.isEnabled()  # the new one is chosen
    assert page.backup_status.text() == f"Backup made: {when}."


def test_a_backup_made_elsewhere_shows_when_the_page_is_shown_again(
    settings: SettingsWindow, real_model: AppModel, db: Path
) -> None:
    settings.tabs.setCurrentIndex(0)
    assert real_model.backups is not None
    real_model.backups.make_backup()
    settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
    assert [row[1] for row in _rows(settings.data_page)] == ["Made by hand"]


def test_restore_asks_first_then_puts_the_backup_back_and_keeps_the_data_aside(
    qtbot: QtBot,
    settings: SettingsWindow,
    real_model: AppModel,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = settings.data_page
    real_model.run(cmd.AddPurpose("Write a novel"))
    real_model.run(cmd.AddStep("Open the draft"))
    page.backup_now.click()
    assert real_model.tick_next(WinSource.WIDGET).value is not None
    assert real_model.wins_today() == 1

    asked = _answer(monkeypatch, False)
    page.restore_button.click()
    assert len(asked.questions) == 1
    assert asked.questions[0].startswith(f"Put the backup of {_rows(page)[0][0]} in place")
    assert real_model.wins_today() == 1  # "Cancel": nothing changed
    assert [row[1] for row in _rows(page)] == ["Made by hand"]

    _answer(monkeypatch, True)
    with qtbot.waitSignal(real_model.changed):
        page.restore_button.click()
    assert real_model.wins_today() == 0  # shown at once
    (aside,) = (db.parent / "backups").glob("smallwins-*-before-restore.db")
    assert [row[1] for row in _rows(page)] == ["Before a restore", "Made by hand"]
    assert page.backup_status.text().endswith(f"The data before is kept in {aside}.")
    with sqlite3.connect(aside) as kept:  # the win recorded after the backup is kept aside
        assert kept.execute("SELECT COUNT(*) FROM win").fetchone() == (1,)
    with sqlite3.connect(db) as live:  # and the data is the backup's
        assert live.execute("SELECT COUNT(*) FROM win").fetchone() == (0,)
        assert live.execute("SELECT text FROM step").fetchall() == [("Open the draft",)]


def test_a_restore_into_damaged_data_is_refused_and_writes_nothing(
    settings: SettingsWindow, real_model: AppModel, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings.data_page
    _win(real_model)
    page.backup_now.click()
    settings.hide()  # (hiding saves the window's place: not into damaged data)
    real_model.runner.store.close()  # (its close would checkpoint into the damaged file)
    os.truncate(db, db.stat().st_size // 2)
    Path(f"{db}-wal").unlink(missing_ok=True)
    damaged = hashlib.sha256(db.read_bytes()).hexdigest()
    _answer(monkeypatch, True)
    page.restore_button.click()
    assert settings.problem.text().startswith("⚠ Nothing was restored: the data is damaged")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == damaged
    assert list(db.parent.glob("smallwins-*.db")) == []


def test_export_and_import_from_the_page(
    english: None,
    qtbot: QtBot,
    settings: SettingsWindow,
    real_model: AppModel,
    tmp_path: Path,
    told: list[tuple[str, bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "mine.json"
    monkeypatch.setattr(
        ui_transfer.FileChooser, "export_path", classmethod(lambda cls, p, t: (out, "json"))
    )
    monkeypatch.setattr(
        ui_transfer.FileChooser, "import_path", classmethod(lambda cls, p, t: (out, "json"))
    )
    _win(real_model)
    page = settings.data_page
    page.export_button.click()
    assert told[-1] == (f"Exported 0 habits and 1 win (3 records in all) to {out}.", False)
    assert [s["text"] for s in json.loads(out.read_text())["steps"]] == ["Open the draft"]

    page.import_button.click()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20_000)
    assert told[-1] == ("Nothing changed: everything in mine.json is here already.", False)
    assert [row[1] for row in _rows(page)] == ["Before an import"]  # made first, listed now


def test_the_data_page_is_named_and_reachable_by_keyboard(settings: SettingsWindow) -> None:
    assert_named_and_labelled(settings.data_page)
    assert clashing_mnemonics(settings) == {}


def test_importing_the_data_itself_is_refused(
    qtbot: QtBot,
    settings: SettingsWindow,
    real_model: AppModel,
    db: Path,
    told: list[tuple[str, bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        ui_transfer.FileChooser, "import_path", classmethod(lambda cls, p, t: (db, "loop"))
    )
    _win(real_model)
    settings.data_page.import_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told == [
        (
            "smallwins.db: is the Small Wins data itself: to go back to an earlier state, "
            "restore a backup",
            True,
        )
    ]
    assert real_model.wins_today() == 1


def test_the_keyboard_chooses_a_backup_and_what_was_done_is_scrolled_into_sight(
    qtbot: QtBot,
    settings: SettingsWindow,
    real_model: AppModel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = settings.data_page
    _win(real_model)
    assert real_model.backups is not None
    real_model.backups.make_backup(BackupReason.MANUAL)
    page.show_backups()
    assert page.selected() is None and not page.restore_button.isEnabled()
    page.backup_list.setFocus()
    QTest.keyClick(page.backup_list, Qt.Key.Key_Down)
    assert page.selected() is not None  # the one backup, chosen by the arrow key alone
    assert page.restore_button.isEnabled()

    settings.resize(settings.width(), 300)  # the status line sits below the fold
    _answer(monkeypatch, True)
    QTest.keyClick(page.backup_list, Qt.Key.Key_Return)  # Enter restores (after the question)
    assert page.backup_status.text().startswith("Restored the backup of")
    scroll = page.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    shown = scroll.viewport().rect()
    top_left = page.backup_status.mapTo(scroll.viewport(), page.backup_status.rect().topLeft())
    assert shown.contains(top_left), (top_left, shown)

    monkeypatch.setattr(ui_transfer.FileChooser, "export_path", classmethod(lambda cls, p, t: None))
    page.export()
    assert not page.backup_status.isVisible()  # not left saying what was done before


def test_the_backup_list_shows_when_it_has_the_keyboard_focus(
    qtbot: QtBot, settings: SettingsWindow, real_model: AppModel
) -> None:
    page = settings.data_page
    _win(real_model)
    assert real_model.backups is not None
    real_model.backups.make_backup(BackupReason.MANUAL)
    page.show_backups()
    view = page.backup_list
    page.backup_now.setFocus()
    qtbot.waitUntil(page.backup_now.hasFocus)
    unfocused = frame_colour(view)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert frame_colour(view) == highlight.rgb() != unfocused
