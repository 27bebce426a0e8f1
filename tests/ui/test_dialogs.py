"""The small questions: dates as the chosen language writes them (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from smallwins.ui.dialogs import VacationPrompt

pytestmark = pytest.mark.gui

DAY = date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def german() -> Iterator[None]:
    """German dates, as install_translators sets them for the language "de"; restored after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _texts(dialog: VacationPrompt) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_vacation_dates_are_written_the_german_way(qtbot: QtBot, german: None) -> None:
    dialog = VacationPrompt(None, DAY)
    qtbot.addWidget(dialog)
    assert dialog.first.text() == "02.12.2026"
    assert dialog.last.text() == "08.12.2026"
    assert any("Dienstag, 8. Dezember 2026" in text for text in _texts(dialog))
    shown = " ".join([dialog.first.text(), dialog.last.text(), *_texts(dialog)])
    assert "2026-12" not in shown

    dialog.last.setDate(QDate(2026, 12, 24))
    assert any("Donnerstag, 24. Dezember 2026" in text for text in _texts(dialog))
    assert dialog.chosen() == (DAY, date(2026, 12, 24))


def test_vacation_dates_follow_the_english_locale(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        dialog = VacationPrompt(None, DAY)
        qtbot.addWidget(dialog)
        assert dialog.first.text() == "12/2/2026"
        assert any("Tuesday, December 8, 2026" in text for text in _texts(dialog))
    finally:
        QLocale.setDefault(before)
