"""The streaks window: the marks its calendars carry (read from the heatmap and from pixels),
fixing a past day by mouse and by keyboard, future days left alone, the habit chooser, and
opening it from the tray, the widget and the plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallwins.core.models import WinKind, WinSource
from smallwins.ui.desktop import Desktop
from smallwins.ui.heatmap import BLUE, GREEN, RED, Legend, Look, YearHeatmap
from smallwins.ui.model import AppModel
from smallwins.ui.plan import PlanWindow
from smallwins.ui.streaks import ALL_HABITS, DayAnswer, DayEditor, StreaksWindow
from smallwins.ui.translations import install_translators
from smallwins.ui.windows import Windows
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.queries import history_json
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore
from tests.ui.helpers import assert_named_and_labelled
from tests.ui.test_plan import tab_through

pytestmark = pytest.mark.gui

TODAY = date(2025, 3, 3)  # the conftest's clock: a Monday
HABIT = "Read one page"


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue: its plural forms ("1 day", "2 days")."""
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def history(model: AppModel) -> int:
    """A week of "Read one page": done, tiny, rest, missed (bent), done, missed, missed."""
    model.run(cmd.AddPurpose("Write a novel"))
    habit = model.run(cmd.AddHabit(HABIT, "Morning coffee", "07:30", purpose="Write a novel"))
    assert habit.value is not None
    for days, tiny in ((7, False), (6, True), (3, False)):
        model.run(cmd.RecordWin(WinSource.CLI, habit=HABIT, day=ago(days).isoformat(), tiny=tiny))
    model.run(cmd.PlanRest(ago(5).isoformat(), habit=HABIT))
    return habit.value.id


@pytest.fixture
def window(qtbot: QtBot, model: AppModel, desk: Desktop, history: int) -> StreaksWindow:
    streaks = StreaksWindow(model, desk)
    qtbot.addWidget(streaks)
    streaks.show()
    qtbot.waitExposed(streaks)
    streaks.choose_habit(history)
    return streaks


class Editor:
    """Stands in for the user in the day editor: records what it was asked, answers in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[Any, ...]] = []
        self.answers: list[cmd.DayEntry | DayAnswer | None] = []
        monkeypatch.setattr(DayEditor, "ask", classmethod(self._ask))

    def _ask(self, _cls: type, *args: Any) -> DayAnswer | None:
        """An entry answers with the day's note kept; None cancels."""
        self.asked.append(args)
        answer = self.answers.pop(0)
        if answer is None or isinstance(answer, DayAnswer):
            return answer
        return DayAnswer(answer, args[5] if len(args) > 5 else "")


@pytest.fixture
def editor(monkeypatch: pytest.MonkeyPatch) -> Iterator[Editor]:
    given = Editor(monkeypatch)
    yield given
    assert not given.answers, "answers left unused"


def state_on(model: AppModel, day: date) -> str:
    days = history_json(model.view, HABIT)["days"]
    return str(next(d["state"] for d in days if d["date"] == day.isoformat()))  # type: ignore[index, union-attr]


def test_the_cells_carry_each_days_state(window: StreaksWindow) -> None:
    expected = {
        ago(8): Look.BEFORE,
        ago(7): Look.DONE,
        ago(6): Look.TINY,
        ago(5): Look.REST,
        ago(4): Look.BENT,
        ago(3): Look.DONE,
        ago(2): Look.MISSED,
        ago(1): Look.MISSED,
        TODAY: Look.PENDING,
        TODAY + timedelta(days=1): Look.FUTURE,
    }
    for grid in (window.heatmap, window.month_view):
        shown = {day: grid.look_on(day) for day in expected if grid.first <= day <= grid.last}
        assert shown == {day: look for day, look in expected.items() if day in shown}
    assert {window.heatmap.look_on(day) for day in expected} == set(expected.values())
    assert "Current streak: 0 days" in window.summary.text()
    assert "Best streak: 3 days" in window.summary.text()
    assert window.bars.rows == [(3, "3 days: 2/24/25 – 2/28/25")]


def test_all_habits_are_shaded_by_the_share_done(window: StreaksWindow, model: AppModel) -> None:
    model.run(cmd.AddHabit("Stretch", "Lunch", "12:00"))
    model.run(cmd.RecordWin(WinSource.CLI, habit="Stretch"))
    window.chooser.setCurrentIndex(window.chooser.findData(ALL_HABITS))
    assert window.heatmap.look_on(ago(7)) is Look.SHARE_ALL  # Stretch did not exist yet
    assert window.heatmap.look_on(ago(2)) is Look.SHARE_NONE
    assert window.heatmap.look_on(ago(5)) is Look.UNSCHEDULED  # the only habit rested
    assert window.heatmap.look_on(TODAY) is Look.SHARE_MOST  # 1 of 2
    assert window.summary.text() == "Today: 1 of 2 habits done."
    assert [text for _look, text in window.legend.entries][:4] == [
        "none done",
        "under half done",
        "half or more done",
        "all done",
    ]
    assert window.bars.isHidden()


def _pixel(image: QImage, rect: QRectF) -> QColor:
    """The colour at the middle of ``rect``, rounded to its nearest mark colour (antialiasing
    blends where two strokes cross)."""
    scale = image.devicePixelRatio()
    centre = rect.center()
    found = image.pixelColor(round(centre.x() * scale), round(centre.y() * scale))
    for colour in (GREEN, BLUE, RED):
        if (
            sum(abs(a - b) for a, b in zip(found.getRgb()[:3], colour.getRgb()[:3], strict=True))
            < 60
        ):
            return colour
    return found


def test_the_legend_and_the_cells_are_painted_with_their_marks(window: StreaksWindow) -> None:
    legend: Legend = window.legend
    image = legend.grab().toImage()
    looks = [look for look, _text in legend.entries]
    # The middle of each mark: done is filled green, a rest day has a blue bar across, a
    # missed day a red cross, a tiny win a small green square inside, an unscheduled one a dot.
    centres = {look: _pixel(image, legend.swatch_rect(looks.index(look))) for look in looks}
    assert centres[Look.DONE] == GREEN
    assert centres[Look.TINY] == GREEN
    assert centres[Look.REST] == BLUE
    assert centres[Look.MISSED] == RED
    assert centres[Look.FUTURE] == window.palette().color(window.backgroundRole())
    heatmap = window.heatmap.grab().toImage()
    assert _pixel(heatmap, window.heatmap.cell_rect(ago(7)) or QRectF()) == GREEN
    assert _pixel(heatmap, window.heatmap.cell_rect(ago(2)) or QRectF()) == RED


def test_clicking_a_past_day_and_confirming_records_the_win(
    window: StreaksWindow, model: AppModel, editor: Editor
) -> None:
    editor.answers.append(cmd.DayEntry.WIN)
    cell = window.heatmap.cell_rect(ago(2))
    assert cell is not None
    QTest.mouseClick(window.heatmap, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    [(_parent, action, day, state, now, _note, tiny)] = editor.asked
    assert (action, day, state, now, tiny) == (HABIT, ago(2), "missed", cmd.DayEntry.CLEAR, None)
    assert state_on(model, ago(2)) == "done"
    assert window.heatmap.look_on(ago(2)) is Look.DONE  # at once
    assert window.heatmap.look_on(ago(4)) is Look.BENT
    [win] = model.view.store.wins(since=ago(2), until=ago(2))
    assert (win.kind, win.source) == (WinKind.FULL, WinSource.HISTORY)
    # Yesterday is missed, today still open: the streak is bent and at risk, not broken.
    assert window.summary.text() == (
        "Current streak: 4 days (bent, still going) · Best streak: 4 days"
    )


def test_a_day_still_to_come_cannot_be_changed(
    window: StreaksWindow, model: AppModel, editor: Editor
) -> None:
    window.heatmap.setFocus()
    QTest.keyClick(window.heatmap, Qt.Key.Key_Down)  # tomorrow
    assert window.heatmap.current_day == TODAY + timedelta(days=1)
    before = model.view.store.data_version()
    QTest.keyClick(window.heatmap, Qt.Key.Key_Return)
    assert editor.asked == []
    assert window.problem.isVisible()
    assert "cannot be changed" in window.problem.text()
    assert model.view.store.data_version() == before


def test_keyboard_only_a_tiny_win_for_yesterday(
    qtbot: QtBot, window: StreaksWindow, model: AppModel
) -> None:
    window.heatmap.setFocus()
    assert window.heatmap.current_day == TODAY
    QTest.keyClick(window.heatmap, Qt.Key.Key_Up)  # a day back
    assert window.heatmap.current_day == ago(1)
    described = window.heatmap.accessibleDescription()
    assert described.endswith(": missed") and "2025" in described

    seen: list[str] = []
    chosen: list[cmd.DayEntry | None] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DayEditor)
        seen.append(dialog.findChildren(type(window.summary))[0].text())
        assert dialog.chosen() is cmd.DayEntry.CLEAR  # as the day is now
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        QTest.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &tiny version
        # A mnemonic clicks its button as if pressed for a moment.
        qtbot.waitUntil(lambda: dialog.chosen() is not cmd.DayEntry.CLEAR, timeout=2000)
        chosen.append(dialog.chosen())
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        if dialog.isVisible():  # Enter did not confirm: close it, and the test fails below
            dialog.reject()

    QTimer.singleShot(0, answer)
    QTest.keyClick(window.heatmap, Qt.Key.Key_Return)
    assert seen and HABIT in seen[0] and "missed" in seen[0]
    assert chosen == [cmd.DayEntry.TINY]
    assert state_on(model, ago(1)) == "tiny"
    assert window.heatmap.look_on(ago(1)) is Look.TINY
    # The month view: left and right move a day.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1
    for _ in range(3):
        QTest.keyClick(window.month_view, Qt.Key.Key_Left)
    assert window.current_day == ago(4) == date(2025, 2, 27)
    assert window.month == date(2025, 2, 1)  # the month before, shown on the way
    assert window.month_title.text() == "February 2025"
    assert window.month_view.look_on(ago(4)) is Look.BENT


def test_moving_past_the_year_shows_the_year_before(window: StreaksWindow) -> None:
    window.heatmap.setFocus()
    window.go_to(date(2025, 1, 2))
    QTest.keyClick(window.heatmap, Qt.Key.Key_Left)  # a week back: December 2024
    assert window.year == 2024
    assert window.heatmap.current_day == date(2024, 12, 26)
    assert window.year_title.text() == "2024"
    assert window.next_year.isEnabled()
    QTest.mouseClick(window.next_year, Qt.MouseButton.LeftButton)
    assert window.year == 2025
    assert not window.next_year.isEnabled()


def test_the_window_follows_a_change_from_the_command_line(
    window: StreaksWindow, model: AppModel, store: MemoryStore
) -> None:
    other = Runner(store, model.runner.clock)  # another process, as far as the model knows
    other.run(cmd.RecordWin(WinSource.CLI, habit=HABIT, day=ago(1).isoformat()))
    assert window.heatmap.look_on(ago(1)) is Look.MISSED
    model.check_external_change()
    assert window.heatmap.look_on(ago(1)) is Look.DONE
    assert window.heatmap.look_on(ago(2)) is Look.BENT


def test_the_chooser_has_all_habits_and_archived_ones_under_the_toggle(
    window: StreaksWindow, model: AppModel, history: int
) -> None:
    model.run(cmd.AddHabit("Stretch", "Lunch", "12:00"))
    texts = [window.chooser.itemText(i) for i in range(window.chooser.count())]
    assert texts == ["All habits", HABIT, "Stretch"]
    model.run(plan.ArchiveHabit(history))
    texts = [window.chooser.itemText(i) for i in range(window.chooser.count())]
    assert texts == ["All habits", "Stretch"]
    window.show_archived.setChecked(True)
    texts = [window.chooser.itemText(i) for i in range(window.chooser.count())]
    assert texts == ["All habits", "Stretch", f"{HABIT} (archived)"]
    window.chooser.setCurrentIndex(2)
    assert window.heatmap.look_on(ago(7)) is Look.DONE  # its past still reads


def test_every_control_is_named_and_reached_by_the_keyboard(window: StreaksWindow) -> None:
    assert_named_and_labelled(window)
    window.chooser.setFocus()
    names = tab_through(window)
    for wanted in ("Habit to show", "Show archived habits", "Year heatmap", "Close the streaks"):
        assert wanted in names, names


@pytest.mark.parametrize(("language", "first_row"), [("en_US", 6), ("de_DE", 0)])
def test_the_week_starts_on_the_locales_first_day(
    qtbot: QtBot, language: str, first_row: int
) -> None:
    QLocale.setDefault(QLocale(language))
    try:
        heatmap = YearHeatmap()
        qtbot.addWidget(heatmap)
        week = [TODAY + timedelta(days=n) for n in range(7)]
        heatmap.set_days(dict.fromkeys(week, Look.FUTURE), str, TODAY)
        heatmap.resize(600, 200)
        top = min(week, key=lambda day: (heatmap.cell_rect(day) or QRectF()).top())
        assert top.weekday() == first_row
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_opens_from_the_tray_the_widget_and_the_plan_on_a_habit(
    qtbot: QtBot, model: AppModel, desk: Desktop, history: int
) -> None:
    windows = Windows(model, desk)
    with qtbot.waitSignal(windows.opened) as opened:
        desk.tray.rebuild_menu()
        next(a for a in desk.tray.menu.actions() if a.text() == "Streaks…").trigger()
    assert opened.args == ["streaks"]
    streaks = windows.get("streaks")
    assert isinstance(streaks, StreaksWindow) and streaks.isVisible()
    qtbot.addWidget(streaks)
    assert streaks.selected_habit() == ALL_HABITS
    assert "Streaks…" in [a.text() for a in desk.widget.build_menu().actions()]

    plan_window = PlanWindow(model, desk)
    qtbot.addWidget(plan_window)
    plan_window.show()
    plan_window.tabs.setCurrentIndex(1)
    stack = plan_window.stacks.topLevelItem(0)
    assert stack is not None
    plan_window.stacks.setCurrentItem(stack.child(0))
    button = plan_window.habit_buttons["streaks"]
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert streaks.selected_habit() == history
    assert streaks.chooser.currentText() == HABIT


def test_a_days_note_is_kept_shown_and_changed_in_the_editor(
    window: StreaksWindow, editor: Editor, model: AppModel
) -> None:
    yesterday = ago(1)
    editor.answers.append(DayAnswer(None, "slept badly"))
    window.edit_day(yesterday)
    days = history_json(model.view, HABIT)["days"]
    noted = next(d for d in days if d["date"] == yesterday.isoformat())  # type: ignore[index, union-attr]
    assert noted["note"] == "slept badly"
    assert window.heatmap.describe(yesterday).endswith("— slept badly")
    # The editor opens with the note; an empty one removes it, a win keeps the day's note.
    editor.answers.append(DayAnswer(cmd.DayEntry.WIN, "slept badly"))
    window.edit_day(yesterday)
    assert editor.asked[-1][5] == "slept badly"
    assert state_on(model, yesterday) == "done"
    editor.answers.append(DayAnswer(None, ""))
    window.edit_day(yesterday)
    days = history_json(model.view, HABIT)["days"]
    assert next(d for d in days if d["date"] == yesterday.isoformat())["note"] is None  # type: ignore[index, union-attr]


def test_the_year_follows_a_font_change(window: StreaksWindow) -> None:
    """The weekday labels' width is kept between repaints, and measured again for a new font."""
    day = ago(3)
    before = window.heatmap.cell_rect(day)
    font = window.heatmap.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.heatmap.setFont(font)
    after = window.heatmap.cell_rect(day)
    assert before is not None and after is not None
    assert after.left() > before.left()  # the labels grew, the cells moved right


def test_the_day_editor_names_the_tiny_version(qtbot: QtBot) -> None:
    day = date(2025, 3, 1)
    with_tiny = DayEditor(None, "Read one page", day, "missed", tiny="Read one line")
    without = DayEditor(None, "Stretch", day, "missed")
    for dialog in (with_tiny, without):
        qtbot.addWidget(dialog)
    assert (
        with_tiny.buttons[cmd.DayEntry.TINY].text() == "Done in its &tiny version: “Read one line”"
    )
    assert without.buttons[cmd.DayEntry.TINY].text() == "A &tiny win (a smaller version of it)"
