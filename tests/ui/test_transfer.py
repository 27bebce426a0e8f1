"""The desktop's import and export: file dialogs (replaced), a progress dialog on 50 habits x
5 years that shows progress, can be cancelled, and then leaves the database as it was."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock
from smallwins.storage import SqliteStore, open_store
from smallwins.ui import transfer as ui_transfer
from smallwins.ui.model import AppModel
from smallwins.ui.tray import Tray
from smallwins.usecases.runner import Runner
from tests.transfer import loopfiles as lf
from tests.transfer.helpers import BERLIN, NOW, TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def sqlite(tmp_path: Path) -> Iterator[SqliteStore]:
    store = open_store(tmp_path / "data" / "smallwins.db")
    yield store
    store.close()


@pytest.fixture
def app_model(qtbot: QtBot, sqlite: SqliteStore) -> AppModel:
    return AppModel(Runner(sqlite, FixedClock(NOW, BERLIN)))


@pytest.fixture(scope="module")
def big_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Loop backup of 50 habits x 5 years, every day done or skipped."""
    first = TODAY - timedelta(days=5 * 365)
    habits = []
    for n in range(50):
        habit = lf.Habit(f"Habit {n:02d}", uuid=uuid.uuid4().hex)
        for offset in range(5 * 365):
            day = first + timedelta(days=offset)
            habit.entries[day] = (lf.SKIP if (offset + n) % 29 == 0 else lf.YES_MANUAL, "")
        habits.append(habit)
    return lf.write_db(tmp_path_factory.mktemp("loop") / "big.db", habits)


def _dump(store: SqliteStore) -> list[str]:
    connection = sqlite3.connect(store.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


class Told:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, bool]] = []

    def __call__(self, parent: object, title: str, text: str, problem: bool = False) -> None:
        self.messages.append((title, text, problem))


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    recorder = Told()
    monkeypatch.setattr(ui_transfer.FileChooser, "tell", classmethod(lambda cls, *a: recorder(*a)))
    return recorder


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, chosen: tuple[Path, str] | None) -> None:
    monkeypatch.setattr(
        ui_transfer.FileChooser, name, classmethod(lambda cls, parent, texts: chosen)
    )


def test_a_cancelled_import_shows_progress_and_changes_nothing(
    qtbot: QtBot,
    app_model: AppModel,
    sqlite: SqliteStore,
    big_backup: Path,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_model.runner.store.add_purpose("Already here")
    before = _dump(sqlite)
    _choose(monkeypatch, "import_path", (big_backup, "loop"))
    progress = ui_transfer.import_data(app_model)
    assert progress is not None
    qtbot.addWidget(progress)
    seen: list[int] = []
    labels: list[str] = []

    def on_progress(done: int, total: int) -> None:
        seen.append(progress.value())
        if done > 5000 and not progress.wasCanceled():
            labels.append(progress.labelText())
            button = progress.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()

    progress.worker.progressed.connect(on_progress)
    qtbot.waitUntil(lambda: bool(told.messages), timeout=30_000)
    assert progress.worker.isFinished()
    assert progress.worker.cancelled
    assert len(seen) >= 2 and seen == sorted(seen) and seen[-1] > 0
    assert told.messages[-1][1] == "the import was cancelled; nothing changed"
    assert labels and labels[0].startswith("Importing big.db: ")
    assert labels[0].endswith(
        f" of {QLocale().toString(91301)} records"
    )  # 50 habits, a routine, wins, rest days
    assert _dump(sqlite) == before
    assert [p.name for p in app_model.view.store.purposes()] == ["Already here"]


def test_an_import_runs_to_the_end_and_the_app_sees_it(
    qtbot: QtBot,
    app_model: AppModel,
    sqlite: SqliteStore,
    big_backup: Path,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose(monkeypatch, "import_path", (big_backup, "loop"))
    progress = ui_transfer.import_data(app_model)
    assert progress is not None
    qtbot.addWidget(progress)
    with qtbot.waitSignal(app_model.changed, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(told.messages), timeout=30_000)
    _title, text, problem = told.messages[-1]
    assert not problem
    assert text.splitlines()[:3] == ["Imported big.db:", "Routines: 1 added", "Habits: 50 added"]
    assert progress.value() == progress.maximum()
    assert len(app_model.view.habit_statuses) == 50
    assert len(sqlite.wins()) == 50 * 5 * 365 - sum(
        1 for n in range(50) for o in range(5 * 365) if (o + n) % 29 == 0
    )


def test_a_refused_file_is_told_and_changes_nothing(
    qtbot: QtBot,
    app_model: AppModel,
    sqlite: SqliteStore,
    told: Told,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "smallwins", "version": 9}', encoding="utf-8")
    before = _dump(sqlite)
    _choose(monkeypatch, "import_path", (bad, "json"))
    progress = ui_transfer.import_data(app_model)
    assert progress is not None
    qtbot.addWidget(progress)
    qtbot.waitUntil(lambda: bool(told.messages), timeout=10_000)
    _title, text, problem = told.messages[-1]
    assert problem and "newer Small Wins" in text and text.startswith("bad.json")
    assert _dump(sqlite) == before


def test_export_writes_the_chosen_format(
    english: None,
    qtbot: QtBot,
    app_model: AppModel,
    told: Told,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_model.runner.store.add_purpose("Write a novel")
    target = tmp_path / "out.db"
    _choose(monkeypatch, "export_path", (target, "loop"))
    written = ui_transfer.export_data(app_model)
    assert written is not None and target.is_file()
    assert lf.read_db(target)["version"] == 25
    assert told.messages[-1][1] == f"Exported 0 habits and 0 wins (0 records in all) to {target}."
    _choose(monkeypatch, "export_path", (tmp_path / "sheets", "csv"))
    written = ui_transfer.export_data(app_model)
    assert written is not None and written.path == tmp_path / "sheets.zip"
    _choose(monkeypatch, "export_path", None)
    assert ui_transfer.export_data(app_model) is None  # the dialog was closed


def test_an_export_that_cannot_be_written_names_the_file_and_leaves_the_data_state_alone(
    qtbot: QtBot, app_model: AppModel, told: Told, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_model.runner.store.add_purpose("Write a novel")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    a_folder = tmp_path / "taken"
    a_folder.mkdir()
    cases = [
        (tmp_path / "typo" / "all.json", "json", f"there is no folder {tmp_path / 'typo'}"),
        (a_file / "all.json", "json", f"there is no folder {a_file}"),
        (a_folder, "loop", "cannot be written (Is a directory)"),
    ]
    for target, format_name, said in cases:
        _choose(monkeypatch, "export_path", (target, format_name))
        assert ui_transfer.export_data(app_model) is None
        _, text, problem = told.messages[-1]
        assert problem and text == f"{target}: {said}", text
        assert app_model.data_state.ok  # the data itself is fine: nothing says "Not saved"
    assert not (tmp_path / "typo").exists()  # no folder made for a mistyped name
    assert sorted(p.name for p in a_folder.iterdir()) == []  # no temporary file left
    assert a_file.read_text(encoding="utf-8") == "not a folder"


def test_an_export_onto_the_open_data_is_refused_and_changes_nothing(
    qtbot: QtBot,
    app_model: AppModel,
    sqlite: SqliteStore,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite.add_purpose("Write a novel")
    before = _dump(sqlite)
    _choose(monkeypatch, "export_path", (sqlite.path, "loop"))
    assert ui_transfer.export_data(app_model) is None
    _, text, problem = told.messages[-1]
    assert problem and text.endswith("is the Small Wins data itself: export to a file of its own")
    assert _dump(sqlite) == before
    assert app_model.data_state.ok


def test_read_only_data_can_be_exported(
    qtbot: QtBot, sqlite: SqliteStore, told: Told, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sqlite.add_purpose("Write a novel")
    model = AppModel(Runner(sqlite, FixedClock(NOW, BERLIN)), read_only=True)
    for name, format_name in (("all.json", "json"), ("loop.db", "loop")):
        _choose(monkeypatch, "export_path", (tmp_path / name, format_name))
        assert ui_transfer.export_data(model) is not None, told.messages
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600  # private, as the data is
    assert "Write a novel" in (tmp_path / "all.json").read_text(encoding="utf-8")
    assert model.data_state.read_only  # still said: changes are not saved


def test_the_tray_offers_export_and_import(qtbot: QtBot, app_model: AppModel) -> None:
    tray = Tray()
    tray.rebuild_menu()
    texts = tray.menu_texts()
    assert texts.index("Export…") < texts.index("Import…") < texts.index("Settings…")
    with qtbot.waitSignal(tray.import_requested):
        next(a for a in tray.menu.actions() if a.text() == "Import…").trigger()


def test_a_refusal_in_a_message_box_reads_as_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ui_transfer.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    ui_transfer.FileChooser.tell(None, "Import", "the import was cancelled; nothing changed", True)
    ui_transfer.FileChooser.tell(
        None, "Export", "/tmp/x.json: cannot be written (Is a directory)", True
    )
    ui_transfer.FileChooser.tell(None, "Import", "big.db: not a Loop Habit Tracker backup", True)
    assert shown == [
        "The import was cancelled; nothing changed",
        "/tmp/x.json: cannot be written (Is a directory)",
        "big.db: not a Loop Habit Tracker backup",  # a file's name stays as it is
    ]
