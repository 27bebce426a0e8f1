"""The weekly review window: the numbers it shows (read back from its widgets), saving and
reloading the answers and the focus, shrinking a heavy habit in place, browsing weeks, live
refresh, export as Markdown and PNG, keyboard-only use, and opening it from the tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock
from smallwins.core.models import WinSource
from smallwins.ui.desktop import Desktop
from smallwins.ui.heatmap import Look
from smallwins.ui.model import AppModel
from smallwins.ui.review import ReviewWindow
from smallwins.ui.translations import install_translators
from smallwins.ui.windows import Windows
from smallwins.usecases import commands as cmd
from tests.fakes import MemoryStore
from tests.ui.helpers import assert_named_and_labelled, clashing_mnemonics
from tests.ui.test_plan import tab_through

pytestmark = pytest.mark.gui

READ, SQUATS = "Read one page", "Ten squats"
SUNDAY_EVENING = datetime(2025, 3, 9, 17, 0, tzinfo=UTC)  # 18:00 in Berlin


def day(month: int, number: int) -> str:
    return date(2025, month, number).isoformat()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def history(model: AppModel, clock: FixedClock) -> dict[str, int]:
    """Two habits from Monday 24 February; the review week is 3–9 March, seen on its Sunday.

    Read one page: all of last week; this week Mon, Tue, Thu, Fri, Sat (Wed bent, Sun open).
    Ten squats: last week Mon–Wed; this week only Monday (five misses: heavy).
    One step finished on Wednesday.
    """
    clock.set(datetime(2025, 2, 24, 5, 0, tzinfo=UTC))
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Outline chapter two"))
    model.run(cmd.AddStep("Write its first line"))
    model.run(cmd.AddStep("Name the main character"))
    read = model.run(cmd.AddHabit(READ, "Morning coffee", "07:30", tiny="Read one line"))
    squats = model.run(cmd.AddHabit(SQUATS, "Lunch", "12:30", tiny="Two squats"))
    assert read.value is not None and squats.value is not None
    clock.set(SUNDAY_EVENING)
    for number in (24, 25, 26, 27, 28):
        model.run(cmd.RecordWin(WinSource.CLI, habit=READ, day=day(2, number)))
    for number in (1, 2, 3, 4, 6, 7, 8):
        model.run(cmd.RecordWin(WinSource.CLI, habit=READ, day=day(3, number)))
    for number in (24, 25, 26):
        model.run(cmd.RecordWin(WinSource.CLI, habit=SQUATS, day=day(2, number)))
    model.run(cmd.RecordWin(WinSource.CLI, habit=SQUATS, day=day(3, 3)))
    model.run(cmd.RecordWin(WinSource.CLI, step_id=1, day=day(3, 5)))
    model.refresh()
    return {READ: read.value.id, SQUATS: squats.value.id}


@pytest.fixture
def window(qtbot: QtBot, model: AppModel, desk: Desktop, history: dict[str, int]) -> ReviewWindow:
    review = ReviewWindow(model, desk)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    return review


def test_the_week_in_numbers_and_marks(window: ReviewWindow, history: dict[str, int]) -> None:
    assert "Week 10" in window.title.text()
    assert window.headline.text() == "7 wins this week — 3 fewer than last week (10)."
    assert window.bars.counts == (2, 1, 1, 1, 1, 1, 0)
    read = window.mark_rows[history[READ]]
    assert [read.look_on(d) for d in range(7)] == [
        Look.DONE, Look.DONE, Look.BENT, Look.DONE, Look.DONE, Look.DONE, Look.PENDING,
    ]  # fmt: skip
    squats = window.mark_rows[history[SQUATS]]
    assert [squats.look_on(d) for d in range(7)] == [Look.DONE] + [Look.MISSED] * 5 + [Look.PENDING]
    assert "Wednesday: missed once, streak kept" in read.accessibleDescription()
    assert window.steps.text() == "✓ Outline chapter two"
    assert list(window.shrink_buttons) == [history[SQUATS]]
    # Morning coffee 5 of 6 done beats lunch 1 of 6.
    assert window.anchor.text() == "After Morning coffee: 5 of 6 done."
    assert not window.next_week.isEnabled()  # a week not begun cannot be shown


def test_the_answers_and_focus_are_saved_and_reload(
    qtbot: QtBot, window: ReviewWindow, model: AppModel, desk: Desktop, store: MemoryStore
) -> None:
    assert window.status.text() == "Not saved yet"
    window.helped.setPlainText("The book on the table")
    window.in_the_way.setPlainText("Late lunches")
    window.focus.setCurrentIndex(window.focus.findData("step:3"))
    assert window.status.text() == "Not saved"
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    saved = store.review("2025-W10")
    assert saved is not None
    assert (saved.helped, saved.in_the_way, saved.focus_step_id) == (
        "The book on the table",
        "Late lunches",
        3,
    )
    assert window.status.text().startswith("Saved ")
    # The step chosen leads its purpose's steps from now on (after today's due habits).
    assert [s.text for s in model.view.step_queues()[0].steps] == [
        "Name the main character",
        "Write its first line",
    ]
    again = ReviewWindow(model, desk)
    qtbot.addWidget(again)
    assert again.helped.toPlainText() == "The book on the table"
    assert again.in_the_way.toPlainText() == "Late lunches"
    assert again.focus.currentData() == "step:3"
    assert again.saved_weeks.itemData(1) == "2025-W10"
    assert again.saved_weeks.itemText(1) == again.title.text()  # "Week 10 · 3/3/25 – 3/9/25"
    assert again.saved_weeks.itemText(1).startswith("Week 10 · ")


def test_shrinking_a_heavy_habit_changes_its_tiny_version_in_place(
    qtbot: QtBot, window: ReviewWindow, store: MemoryStore, history: dict[str, int]
) -> None:
    qtbot.mouseClick(window.shrink_buttons[history[SQUATS]], Qt.MouseButton.LeftButton)
    form = window._shrink
    assert form is not None and form.isVisible()
    assert form.tiny.text() == "Two squats"
    form.tiny.setText("One squat")
    form.days.day_boxes[6].setChecked(False)  # and not on Sundays
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    habit = store.habit(history[SQUATS])
    assert habit is not None
    assert habit.tiny == "One squat"
    assert habit.schedule.describe() == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert window._shrink is None
    assert window.status.text() == "Made lighter."


def test_a_refused_shrink_says_why_and_keeps_the_habit(
    window: ReviewWindow, store: MemoryStore, history: dict[str, int]
) -> None:
    window.open_shrink(history[SQUATS])
    form = window._shrink
    assert form is not None
    form.tiny.setText("x" * 300)
    form.apply()
    assert window.problem.isVisible() and "too long" in window.problem.text()
    habit = store.habit(history[SQUATS])
    assert habit is not None and habit.tiny == "Two squats"
    for box in form.days.day_boxes:
        box.setChecked(False)
    form.apply()
    assert window.problem.text() == "⚠ Choose at least one day."


def test_browsing_weeks_keeps_what_was_typed(
    qtbot: QtBot, window: ReviewWindow, store: MemoryStore
) -> None:
    window.helped.setPlainText("Mornings")
    qtbot.mouseClick(window.previous, Qt.MouseButton.LeftButton)
    saved = store.review("2025-W10")
    assert saved is not None and saved.helped == "Mornings"  # kept when leaving the week
    assert "Week 9" in window.title.text()
    assert window.headline.text() == "10 wins this week — 10 more than last week (0)."
    assert window.helped.toPlainText() == ""
    assert window.next_week.isEnabled()
    window.saved_weeks.setCurrentIndex(1)
    window.saved_weeks.activated.emit(1)
    assert "Week 10" in window.title.text()
    assert window.helped.toPlainText() == "Mornings"


def test_the_window_follows_a_win_recorded_anywhere(window: ReviewWindow, model: AppModel) -> None:
    window.helped.setPlainText("typing…")
    model.run(cmd.RecordWin(WinSource.CLI, habit=READ))  # Sunday's
    assert window.headline.text() == "8 wins this week — 2 fewer than last week (10)."
    assert window.bars.counts[6] == 1
    assert window.helped.toPlainText() == "typing…"  # what is being typed stays


def test_export_as_markdown_and_as_an_image(
    window: ReviewWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.helped.setPlainText("The book on the table")
    chosen = iter([str(tmp_path / "week"), str(tmp_path / "week.png")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (next(chosen), ""))
    window.export_markdown()
    text = (tmp_path / "week.md").read_text(encoding="utf-8")
    assert text.startswith("# Weekly review: Week 10")
    assert "7 wins this week · last week: 10" in text
    assert "| 2 | 1 | 1 | 1 | 1 | 1 | 0 |" in text
    assert "| Read one page | ✓ | ✓ | ~ | ✓ | ✓ | ✓ | ○ |" in text
    assert "- Ten squats: missed 5 times" in text
    assert "The book on the table" in text
    assert "Not saved in Small Wins yet." in text
    window.export_image()
    image = QImage(str(tmp_path / "week.png"))
    assert not image.isNull()
    assert image.width() >= window.content.width()
    assert not window.problem.isVisible()


def test_an_export_that_cannot_be_written_says_so(
    window: ReviewWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing" / "week.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.export_markdown()
    assert window.problem.isVisible() and "Could not write" in window.problem.text()
    assert not target.exists()


def test_keyboard_only(qtbot: QtBot, window: ReviewWindow, store: MemoryStore) -> None:
    assert_named_and_labelled(window)
    assert clashing_mnemonics(window) == {}
    window.activateWindow()
    window.previous.setFocus()
    reached = tab_through(window)
    assert {"What helped", "What got in the way", "Focus for next week", "Save the review"} <= (
        reached
    )
    window.helped.setFocus()
    QTest.keyClicks(window.helped, "Short mornings")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = store.review("2025-W10")
    assert saved is not None and saved.helped == "Short mornings"


def test_opens_from_the_tray_and_the_widget(
    qtbot: QtBot, model: AppModel, desk: Desktop, history: dict[str, int]
) -> None:
    windows = Windows(model, desk)
    with qtbot.waitSignal(windows.opened) as opened:
        desk.tray.rebuild_menu()
        next(a for a in desk.tray.menu.actions() if a.text() == "Weekly review…").trigger()
    assert opened.args == ["review"]
    review = windows.get("review")
    assert isinstance(review, ReviewWindow) and review.isVisible()
    qtbot.addWidget(review)
    assert "Weekly review…" in [a.text() for a in desk.widget.build_menu().actions()]


@pytest.mark.parametrize(("language", "shrink"), [("en", "Sh&rink…"), ("de", "Ver&kleinern…")])
def test_no_two_controls_share_a_mnemonic_with_the_shrink_form_open(
    qtbot: QtBot,
    qapp: QApplication,
    model: AppModel,
    desk: Desktop,
    history: dict[str, int],
    language: str,
    shrink: str,
) -> None:
    installed = install_translators(qapp, language)
    try:
        review = ReviewWindow(model, desk)
        qtbot.addWidget(review)
        review.show()
        assert review.shrink_buttons[history[SQUATS]].text() == shrink
        assert clashing_mnemonics(review) == {}
        review.open_shrink(history[SQUATS])
        assert clashing_mnemonics(review) == {}
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
