"""A real ``AppModel`` over an in-memory store, and the desktop around it, for window tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.ui.translations import install_translators
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore

ZONE = ZoneInfo("Europe/Berlin")
# Monday 2025-03-03, 06:00 in Berlin: before the example habits' routine times.
NOW = datetime(2025, 3, 3, 5, 0, tzinfo=UTC)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW, ZONE)


@pytest.fixture
def model(qtbot: QtBot, store: MemoryStore, clock: FixedClock) -> AppModel:
    return AppModel(Runner(store, clock))


@pytest.fixture
def desk(qtbot: QtBot, model: AppModel) -> Iterator[Desktop]:
    """The desktop as if a tray were there (hiding the widget really hides it); not started."""
    desktop = Desktop(model, tray_available=True)
    qtbot.addWidget(desktop.widget)
    qtbot.addWidget(desktop.popup)
    yield desktop
    desktop.close()


@pytest.fixture(autouse=True)
def _locale_restored() -> Iterator[None]:
    """A test that installs a language (which sets the default locale) leaves the one before."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The shipped English catalogue (it holds the plural forms: "1 win", "2 wins")."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
