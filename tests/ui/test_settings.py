"""The settings window: each control saves its value at once and the desktop follows it."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from smallwins.core.events import WinOutcome
from smallwins.core.models import WinSource
from smallwins.ui import datapage, prefs
from smallwins.ui.cheers import built_in_messages
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.ui.places import Places
from smallwins.ui.settings import SettingsWindow
from smallwins.ui.translations import install_translators
from smallwins.usecases import commands as cmd
from smallwins.usecases.view import DAY_START_HOUR, QUIET_END, QUIET_START, REMINDERS_ENABLED
from tests.ui.helpers import assert_named_and_labelled, clashing_mnemonics

pytestmark = pytest.mark.gui


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home folder, so start-at-login writes nowhere real."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def window(qtbot: QtBot, model: AppModel, desk: Desktop, home: Path) -> SettingsWindow:
    settings = SettingsWindow(model, desk)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    return settings


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _a_win(model: AppModel) -> WinOutcome:
    """Record one real win and return its outcome as an everyday one (no special occasion)."""
    model.run(cmd.AddPurpose("Feel stronger"))
    model.run(cmd.AddStep("Put on running shoes"))
    outcome = model.tick_next(WinSource.WIDGET).value
    assert outcome is not None
    return dataclasses.replace(outcome, first_today=False, new_best=False, milestone=None)


def test_opens_showing_the_defaults(window: SettingsWindow) -> None:
    # Qt adds " — Small Wins" (the application display name) on X11 and Wayland: see
    # tests/ui/test_titles.py for what the window manager is told.
    assert window.windowTitle() == "Settings"
    assert window.day_start.value() == 0
    assert window.day_start.text() == "00:00"
    assert window.theme.currentData() == "system"
    assert window.language.currentData() == "system"
    assert window.widget_shown.isChecked()
    assert window.on_top.isChecked()
    assert not window.collapsed.isChecked()
    assert window.opacity.value() == 100
    assert window.celebration.currentData() == "animation"
    assert window.reminders.isChecked()
    assert not window.quiet.isChecked()
    assert not window.quiet_start.isEnabled()
    assert not window.problem.isVisible()


def test_day_start_hour_is_saved_and_limited(window: SettingsWindow, model: AppModel) -> None:
    window.day_start.setValue(3)
    assert model.setting(DAY_START_HOUR) == "3"
    assert model.view.settings.day_start_hour == 3
    window.day_start.setValue(20)  # beyond the range: held at 12
    assert window.day_start.value() == 12
    assert model.view.settings.day_start_hour == 12


def test_theme_is_saved_and_applied(
    window: SettingsWindow, model: AppModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied: list[str] = []
    monkeypatch.setattr("smallwins.ui.settings.apply_theme", applied.append)
    _choose(window.theme, "dark")
    assert model.setting(prefs.THEME) == "dark"
    _choose(window.theme, "light")
    assert applied == ["dark", "light"]


def test_language_is_saved_for_the_next_start(window: SettingsWindow, model: AppModel) -> None:
    _choose(window.language, "de")
    assert model.setting(prefs.LANGUAGE) == "de"
    assert window.language_note.isVisible()
    assert "next time" in window.language_note.text()


def test_widget_settings_apply_at_once(
    qtbot: QtBot, window: SettingsWindow, model: AppModel, desk: Desktop
) -> None:
    desk.show_widget()
    qtbot.waitExposed(desk.widget)

    window.opacity.setFocus()
    for _ in range(5):  # arrow keys move by 5 %: 100 → 75
        qtbot.keyClick(window.opacity, Qt.Key.Key_Left)
    assert window.opacity.value() == 75
    assert model.setting(prefs.WIDGET_OPACITY) == "0.75"
    assert desk.widget.windowOpacity() == pytest.approx(0.75, abs=0.01)
    assert window.opacity_value.text() == "75 %"
    window.opacity.setValue(10)  # below the range: held at 30 %
    assert model.setting(prefs.WIDGET_OPACITY) == "0.30"

    window.on_top.click()
    assert model.setting(prefs.WIDGET_ON_TOP) == "0"
    assert not desk.widget.on_top

    window.collapsed.click()
    assert model.setting(prefs.WIDGET_COLLAPSED) == "1"
    assert desk.widget.collapsed

    window.widget_shown.click()
    assert model.setting(prefs.WIDGET_SHOWN) == "0"
    assert not desk.widget.isVisible()
    window.widget_shown.click()
    assert model.setting(prefs.WIDGET_SHOWN) == "1"
    assert desk.widget.isVisible()


def test_celebration_style_is_saved(window: SettingsWindow, model: AppModel) -> None:
    _choose(window.celebration, "reduced")
    assert model.setting(prefs.CELEBRATION) == "reduced"
    _choose(window.celebration, "off")
    assert model.setting(prefs.CELEBRATION) == "off"


def test_own_messages_join_the_cheers(
    qtbot: QtBot, window: SettingsWindow, model: AppModel, desk: Desktop
) -> None:
    outcome = _a_win(model)
    window.tabs.setCurrentIndex(2)
    window.messages.setFocus()
    qtbot.keyClicks(window.messages, "Future me says thanks")
    qtbot.keyClick(window.messages, Qt.Key.Key_Return)
    qtbot.keyClicks(window.messages, "  Keep going  ")
    # Saved after a short pause in typing.
    qtbot.waitUntil(lambda: model.setting(prefs.OWN_MESSAGES) != "")
    assert model.setting(prefs.OWN_MESSAGES) == "Future me says thanks\nKeep going"

    everyday = len(built_in_messages()) + 2
    drawn = {desk.cheerleader.cheer(outcome).headline for _ in range(2 * everyday)}
    assert {"Future me says thanks", "Keep going"} <= drawn


def test_quick_rewards_are_suggested(
    window: SettingsWindow, model: AppModel, desk: Desktop
) -> None:
    outcome = _a_win(model)
    window.rewards.setPlainText("stretch for a minute\n\nmake a cup of tea\n")
    window.save_texts()
    assert model.setting(prefs.QUICK_REWARDS) == "stretch for a minute\nmake a cup of tea"
    rewards = {desk.cheerleader.cheer(outcome).reward for _ in range(20)}
    assert rewards - {None} <= {"stretch for a minute", "make a cup of tea"}
    assert rewards - {None}


def test_texts_are_saved_when_the_window_closes(window: SettingsWindow, model: AppModel) -> None:
    window.messages.setPlainText("Nice work, me")
    window.close()
    assert model.setting(prefs.OWN_MESSAGES) == "Nice work, me"
    window.show()
    window.messages.setPlainText("")
    window.save_texts()
    assert model.setting(prefs.OWN_MESSAGES) == ""


def test_reminders_and_quiet_hours(window: SettingsWindow, model: AppModel) -> None:
    window.reminders.click()
    assert model.setting(REMINDERS_ENABLED) == "0"
    assert not model.view.settings.reminders_enabled

    window.quiet.click()
    assert window.quiet_start.isEnabled()
    assert (model.setting(QUIET_START), model.setting(QUIET_END)) == ("22:00", "07:00")
    window.quiet_start.setTime(QTime(23, 15))
    assert model.setting(QUIET_START) == "23:15"
    assert model.view.settings.quiet_start is not None
    assert model.view.settings.quiet_start.strftime("%H:%M") == "23:15"

    window.quiet.click()  # off: both cleared
    assert not window.quiet_start.isEnabled()
    assert model.view.settings.quiet_start is None
    assert model.view.settings.quiet_end is None
    assert window.quiet_start.time() == QTime(23, 15)  # kept on screen for turning back on


def test_the_weekly_review_prompt(window: SettingsWindow, model: AppModel) -> None:
    assert window.review_prompt.isChecked()
    assert window.review_day.currentText() == "Sunday"
    assert window.review_at.time() == QTime(18, 0)
    window.review_day.setCurrentIndex(4)
    window.review_at.setTime(QTime(9, 30))
    settings = model.view.settings
    assert (settings.review_prompt, settings.review_weekday) == (True, 4)
    assert settings.review_at.strftime("%H:%M") == "09:30"
    window.review_prompt.click()
    assert not model.view.settings.review_prompt
    assert not window.review_day.isEnabled() and not window.review_at.isEnabled()
    model.run(cmd.SetReviewPrompt(True, 0, "07:00"))  # changed elsewhere: shown
    assert window.review_prompt.isChecked()
    assert window.review_day.currentText() == "Monday"
    assert window.review_at.time() == QTime(7, 0)


def test_load_shows_changes_made_elsewhere(window: SettingsWindow, model: AppModel) -> None:
    model.change_setting(prefs.CELEBRATION, "off")  # e.g. from the command line
    model.change_setting(QUIET_START, "21:30")
    model.change_setting(QUIET_END, "06:45")
    assert window.celebration.currentData() == "off"  # an open window follows at once
    assert window.quiet.isChecked()
    assert window.quiet_end.time() == QTime(6, 45)
    window.hide()
    model.change_setting(prefs.WIDGET_OPACITY, "0.5")
    window.load()
    assert window.opacity.value() == 50


def test_a_refused_value_is_shown_in_the_window(window: SettingsWindow, model: AppModel) -> None:
    assert not window.save(DAY_START_HOUR, "13")
    assert window.problem.isVisible()
    assert "13" in window.problem.text()
    assert model.setting(DAY_START_HOUR) == ""
    assert window.save(DAY_START_HOUR, "2")
    assert not window.problem.isVisible()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_start_at_login_writes_the_xdg_entry(
    window: SettingsWindow, model: AppModel, home: Path
) -> None:
    entry = home / "config" / "autostart" / "org.smallwins.SmallWins.desktop"
    window.autostart_box.click()
    assert entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m smallwins" in text
    assert model.setting(prefs.AUTOSTART) == "1"
    window.load()
    assert window.autostart_box.isChecked()

    window.autostart_box.click()
    assert not entry.exists()
    assert model.setting(prefs.AUTOSTART) == "0"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_start_at_login_takes_over_the_entry_of_earlier_versions(
    qtbot: QtBot, model: AppModel, desk: Desktop, home: Path
) -> None:
    old = home / "config" / "autostart" / "smallwins.desktop"
    old.parent.mkdir(parents=True)
    old.write_text("[Desktop Entry]\nType=Application\nName=Small Wins\nExec=smallwins\n")
    settings = SettingsWindow(model, desk)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    assert settings.autostart_box.isChecked()  # on, as the session sees it

    settings.autostart_box.click()
    assert not old.exists()
    assert not (old.parent / "org.smallwins.SmallWins.desktop").exists()
    assert model.setting(prefs.AUTOSTART) == "0"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_start_at_login_failure_is_shown(
    window: SettingsWindow, model: AppModel, home: Path
) -> None:
    (home / "config").mkdir()
    (home / "config" / "autostart").write_text("not a folder")
    window.autostart_box.click()
    assert not window.autostart_box.isChecked()
    assert window.problem.isVisible()
    assert model.runner.store.setting(prefs.AUTOSTART) is None  # nothing saved


def test_every_control_is_named_and_labelled(window: SettingsWindow) -> None:
    assert_named_and_labelled(window)


def test_escape_closes(qtbot: QtBot, window: SettingsWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_data_tab_shows_where_the_data_and_the_logs_are(
    qtbot: QtBot, model: AppModel, desk: Desktop, home: Path, tmp_path: Path
) -> None:
    (tmp_path / "data").mkdir()
    model.places = Places(tmp_path / "data", tmp_path / "logs")
    settings = SettingsWindow(model, desk)
    qtbot.addWidget(settings)
    page = settings.data_page
    assert [settings.tabs.tabText(i) for i in range(settings.tabs.count())][-1] == "&Data"
    assert page.data_row.path_field.text() == str(tmp_path / "data")
    assert page.data_row.path_field.isReadOnly()  # selectable and copyable, not editable
    assert page.logs_row.path_field.text() == str(tmp_path / "logs")
    assert not page.logs_row.open_button.isEnabled()
    assert page.logs_row.open_button.toolTip() == "(not created yet)"
    opened: list[QUrl] = []
    page.open_url = lambda url: opened.append(url) or True
    page.data_row.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "data"))]
    page.open_url = lambda url: False
    page.data_row.open_button.click()
    assert settings.problem.text() == f"⚠ The folder could not be opened: {tmp_path / 'data'}"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="xdg-open opens folders on Linux")
def test_a_folder_that_no_program_opens_is_told_when_xdg_open_answers(
    qtbot: QtBot,
    model: AppModel,
    desk: Desktop,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    opener = tools / "xdg-open"
    # As xdg-open does where no program opens folders: it starts, then answers 3.
    opener.write_text('#!/bin/sh\necho "$1" > "$0.asked"\nexit "$(cat "$0.answer")"\n')
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    (tmp_path / "data").mkdir()
    model.places = Places(tmp_path / "data", tmp_path / "logs")
    settings = SettingsWindow(model, desk)
    qtbot.addWidget(settings)
    page = settings.data_page
    told: list[str] = []
    page.problem.connect(told.append)

    Path(f"{opener}.answer").write_text("0")
    page.data_row.open_button.click()
    qtbot.waitUntil(lambda: Path(f"{opener}.asked").exists())
    assert Path(f"{opener}.asked").read_text().strip() == str(tmp_path / "data")
    qtbot.wait(300)
    assert told == []  # opened: nothing to say

    Path(f"{opener}.answer").write_text("3")
    page.data_row.open_button.click()
    qtbot.waitUntil(lambda: told != [])
    assert told == [f"The folder could not be opened: {tmp_path / 'data'}"]

    # Without a desktop it knows, xdg-open runs the file manager itself: a failure it reports
    # when that ends, long after the folder was shown, is not told as a failure to open it.
    monkeypatch.setattr(datapage, "OPEN_ANSWER_S", 0.3)
    opener.write_text("#!/bin/sh\nsleep 1\nexit 3\n")
    told.clear()
    page.data_row.open_button.click()
    qtbot.wait(1600)
    assert told == []


def test_the_data_tab_says_why_no_log_is_written(
    qtbot: QtBot, model: AppModel, desk: Desktop, home: Path, tmp_path: Path
) -> None:
    model.places = Places(tmp_path, tmp_path / "logs", "Permission denied")
    settings = SettingsWindow(model, desk)
    qtbot.addWidget(settings)
    settings.show()
    settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
    assert settings.data_page.logs_note.isVisible()
    assert settings.data_page.logs_note.text() == "Logs are not written: Permission denied"


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_controls_or_tabs_share_a_letter_on_any_page(
    qtbot: QtBot, qapp: QApplication, model: AppModel, desk: Desktop, home: Path, language: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        settings = SettingsWindow(model, desk)
        qtbot.addWidget(settings)
        settings.show()
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            assert clashing_mnemonics(settings) == {}, settings.tabs.tabText(index)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
