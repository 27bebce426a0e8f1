"""Dates as the user's locale writes them; in the C locale (LANG=C) as ISO dates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from smallwins.ui.dialogs import date_edit_format
from smallwins.ui.formats import date_text

DAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("locale", "short", "field"),
    [
        (QLocale.c(), "2026-12-04", "yyyy-MM-dd"),  # not "4 12 2026"
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "04.12.26", "dd.MM.yyyy"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "12/4/26", "M/d/yyyy"),
    ],
)
def test_short_dates_follow_the_locale(
    qapp: QApplication, locale: QLocale, short: str, field: str
) -> None:
    QLocale.setDefault(locale)
    assert date_text(DAY) == short
    assert date_edit_format() == field
    assert "2026" in date_text(DAY, long=True) and "4" in date_text(DAY, long=True)
