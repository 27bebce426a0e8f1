"""The first-run welcome: one purpose, one tiny step, maybe one habit — all saved, or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallwins.core.models import FixedDays
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import KeepTypedPrompt
from smallwins.ui.model import AppModel
from smallwins.ui.welcome import WelcomeWindow
from smallwins.ui.windows import Windows
from smallwins.usecases import commands as cmd
from tests.fakes import MemoryStore
from tests.ui.helpers import assert_named_and_labelled

pytestmark = pytest.mark.gui


@pytest.fixture
def windows(model: AppModel, desk: Desktop) -> Windows:
    return Windows(model, desk)


@pytest.fixture
def welcome(qtbot: QtBot, model: AppModel) -> WelcomeWindow:
    window = WelcomeWindow(model)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _nothing_saved(store: MemoryStore) -> bool:
    return not store.purposes(include_archived=True) and not store.steps() and not store.habits()


def test_examples_fill_the_fields_and_finish_saves_everything(
    qtbot: QtBot, model: AppModel, desk: Desktop, windows: Windows, store: MemoryStore
) -> None:
    assert windows.welcome_if_new()
    welcome = windows.welcome
    assert welcome is not None
    qtbot.addWidget(welcome)
    qtbot.waitExposed(welcome)
    assert welcome.pages.currentIndex() == 0
    assert not welcome.back_button.isEnabled()

    qtbot.mouseClick(welcome.purpose_chips[1], Qt.MouseButton.LeftButton)
    assert welcome.purpose_name.text() == "Feel stronger"
    welcome.purpose_why.setText("To carry my kids without a sore back")
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == 1
    assert "Feel stronger" in welcome.step_label.text()

    qtbot.mouseClick(welcome.step_chips[1], Qt.MouseButton.LeftButton)
    assert welcome.step_text.text() == "Put on running shoes"
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == 2
    assert welcome.next_button.text().replace("&", "") == "Finish"

    qtbot.mouseClick(welcome.habit_chips[0], Qt.MouseButton.LeftButton)
    assert welcome.habit_routine.text() == "I pour my morning coffee"
    assert welcome.habit_action.text() == "read one page"
    assert welcome.habit_time.time() == QTime(7, 30)
    assert (
        welcome.habit_chips[0].text()
        == "After I pour my morning coffee, I will read one page at 07:30"
    )

    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert not welcome.problem.isVisible()

    view = model.view
    (purpose,) = view.purposes.values()
    assert (purpose.name, purpose.why) == ("Feel stronger", "To carry my kids without a sore back")
    (step,) = store.steps()
    assert (step.text, step.purpose_id) == ("Put on running shoes", purpose.id)
    (habit,) = view.habits
    routine = view.routines[habit.routine_id]
    assert (habit.action, habit.purpose_id) == ("read one page", purpose.id)
    assert routine.name == "I pour my morning coffee"
    assert {at.strftime("%H:%M") for _day, at in routine.times} == {"07:30"}

    # The welcome ends with the widget showing that first step (06:00 now: the habit is later).
    assert model.setting(prefs.WELCOMED) == "1"
    assert desk.widget.isVisible()
    assert desk.widget.text.text() == "Put on running shoes"
    assert desk.widget.purpose.text() == "Feel stronger"
    assert not windows.welcome_if_new()


def test_typing_and_enter_walk_through_without_a_habit(
    qtbot: QtBot, welcome: WelcomeWindow, model: AppModel, store: MemoryStore
) -> None:
    welcome.activateWindow()
    assert welcome.purpose_name.hasFocus()
    qtbot.keyClicks(welcome.purpose_name, "Write a novel")
    qtbot.keyClick(welcome.purpose_name, Qt.Key.Key_Return)
    assert welcome.pages.currentIndex() == 1
    assert welcome.step_text.hasFocus()
    qtbot.keyClicks(welcome.step_text, "Open the draft")
    qtbot.keyClick(welcome.step_text, Qt.Key.Key_Return)
    assert welcome.pages.currentIndex() == 2
    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.keyClick(welcome.habit_routine, Qt.Key.Key_Return)  # empty habit: none

    assert [p.name for p in model.view.purposes.values()] == ["Write a novel"]
    assert [s.text for s in store.steps()] == ["Open the draft"]
    assert store.habits() == []
    assert model.next.text == "Open the draft"


def test_an_empty_purpose_is_refused_inline(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore
) -> None:
    welcome.purpose_name.setText("   ")
    with qtbot.assertNotEmitted(welcome.finished_welcome):
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == 0
    assert welcome.problem.isVisible()
    assert "name" in welcome.problem.text()

    # Finishing from the last page checks the earlier ones too.
    welcome.step_text.setText("Put on running shoes")
    welcome.pages.setCurrentIndex(2)
    assert not welcome.finish()
    assert welcome.pages.currentIndex() == 0
    assert welcome.purpose_name.hasFocus()
    assert welcome.isVisible()
    assert _nothing_saved(store)

    qtbot.mouseClick(welcome.purpose_chips[0], Qt.MouseButton.LeftButton)
    assert not welcome.problem.isVisible()


def test_half_a_habit_is_refused_inline(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore
) -> None:
    welcome.purpose_name.setText("Learn Spanish")
    welcome.step_text.setText("Learn one new word")
    welcome.pages.setCurrentIndex(2)
    welcome.habit_routine.setText("I sit down at my desk")
    with qtbot.assertNotEmitted(welcome.finished_welcome):
        assert not welcome.finish()
    assert welcome.problem.isVisible()
    assert welcome.habit_action.hasFocus()
    assert _nothing_saved(store)

    welcome.habit_routine.clear()
    welcome.habit_action.setText("write one sentence")
    assert not welcome.finish()
    assert welcome.habit_routine.hasFocus()
    assert _nothing_saved(store)


def test_a_control_character_is_refused_before_anything_is_saved(
    welcome: WelcomeWindow, store: MemoryStore
) -> None:
    welcome.purpose_name.setText("Learn Spanish")
    welcome.step_text.setText("Learn\x07 one word")
    assert not welcome.finish()
    assert welcome.pages.currentIndex() == 1
    assert "control character" in welcome.problem.text()
    assert _nothing_saved(store)


def test_a_later_refusal_leaves_nothing_half_saved(
    qtbot: QtBot, welcome: WelcomeWindow, model: AppModel, store: MemoryStore
) -> None:
    # Not possible on a fresh database, but the welcome must not rely on it.
    model.run(cmd.AddHabit("read one page", "breakfast", "08:00"))
    welcome.purpose_name.setText("Read more")
    welcome.step_text.setText("Put a book on the pillow")
    welcome.pages.setCurrentIndex(2)
    welcome.habit_routine.setText("I pour my morning coffee")
    welcome.habit_action.setText("read one page")
    with qtbot.assertNotEmitted(welcome.finished_welcome):
        assert not welcome.finish()
    assert welcome.isVisible()
    assert welcome.problem.isVisible()
    assert "Nothing was saved" in welcome.problem.text()
    assert "already exists" in welcome.problem.text()
    assert store.purposes(include_archived=True) == []
    assert store.steps() == []
    assert [h.action for h in store.habits()] == ["read one page"]


def test_skip_saves_nothing(
    qtbot: QtBot, model: AppModel, desk: Desktop, windows: Windows, store: MemoryStore
) -> None:
    assert windows.welcome_if_new()
    welcome = windows.welcome
    assert welcome is not None
    qtbot.addWidget(welcome)
    # Nothing typed: no question, the button says what it does.
    assert "nothing is saved" in welcome.skip_button.accessibleName()
    assert "nothing is saved" in welcome.skip_button.toolTip()
    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert _nothing_saved(store)
    assert model.setting(prefs.WELCOMED) == "1"
    assert desk.widget.text.text() == "Add one tiny step"


class Answers:
    """The user's answers to "Keep what you typed?" (True keep, False discard or leave, None
    stay), and what each question offered to keep (None: nothing could be kept)."""

    def __init__(self) -> None:
        self.queue: list[bool | None] = []
        self.asked: list[str | None] = []

    def answer(self, kept: str | None) -> bool | None:
        self.asked.append(kept)
        return self.queue.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()
    monkeypatch.setattr(
        KeepTypedPrompt, "ask", classmethod(lambda cls, parent, kept: given.answer(kept))
    )
    return given


def test_skip_on_the_last_page_skips_the_habit_and_keeps_the_rest(
    qtbot: QtBot, model: AppModel, desk: Desktop, windows: Windows, store: MemoryStore
) -> None:
    assert windows.welcome_if_new()
    welcome = windows.welcome
    assert welcome is not None
    qtbot.addWidget(welcome)
    welcome.purpose_name.setText("Write a novel")
    welcome.purpose_why.setText("stories matter to me")
    welcome.next()
    welcome.step_text.setText("Open the draft")
    welcome.next()
    assert welcome.pages.currentIndex() == 2
    assert welcome.skip_button.text().replace("&", "") == "Skip the habit"
    assert "purpose and first step" in welcome.skip_button.toolTip()
    welcome.habit_routine.setText("I pour my morning coffee")  # half a habit: skipped too

    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    (purpose,) = model.view.purposes.values()
    assert (purpose.name, purpose.why) == ("Write a novel", "stories matter to me")
    assert [(s.text, s.purpose_id) for s in store.steps()] == [("Open the draft", purpose.id)]
    assert store.habits() == []
    assert model.setting(prefs.WELCOMED) == "1"
    assert desk.widget.text.text() == "Open the draft"

    # Back on an earlier page the button is the plain Skip again.
    welcome.pages.setCurrentIndex(1)
    assert welcome.skip_button.text().replace("&", "") == "Skip"


def test_skip_the_habit_checks_the_earlier_pages(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore
) -> None:
    welcome.purpose_name.setText("Learn Spanish")
    welcome.step_text.setText("Learn\x07 one word")
    welcome.pages.setCurrentIndex(2)
    with qtbot.assertNotEmitted(welcome.finished_welcome):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == 1
    assert "control character" in welcome.problem.text()
    assert welcome.isVisible()
    assert _nothing_saved(store)


def test_skip_after_typing_asks_and_keeps_what_is_complete(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore, answers: Answers
) -> None:
    welcome.purpose_name.setText("Write a novel")
    welcome.next()
    welcome.step_text.setText("Open the draft")
    answers.queue.append(True)
    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    (kept,) = answers.asked
    assert kept is not None
    assert "Write a novel" in kept
    assert "Open the draft" in kept
    assert [p.name for p in store.purposes(include_archived=True)] == ["Write a novel"]
    assert [s.text for s in store.steps()] == ["Open the draft"]
    assert not welcome.isVisible()


def test_skip_after_typing_keeps_a_purpose_without_a_step(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore, answers: Answers
) -> None:
    welcome.purpose_name.setText("Write a novel")
    welcome.next()
    answers.queue.append(True)
    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in store.purposes(include_archived=True)] == ["Write a novel"]
    assert store.steps() == []


def test_skip_after_typing_can_discard_or_stay(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore, answers: Answers
) -> None:
    welcome.purpose_name.setText("Write a novel")
    answers.queue.append(None)  # stay
    with qtbot.assertNotEmitted(welcome.finished_welcome):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert welcome.isVisible()
    assert welcome.purpose_name.text() == "Write a novel"

    answers.queue.append(False)  # discard
    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert _nothing_saved(store)


def test_skip_after_typing_only_half_offers_nothing_to_keep(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore, answers: Answers
) -> None:
    welcome.purpose_name.setText("Bad\x07 name")  # typed, but not a purpose that can be saved
    answers.queue.append(True)  # "leave" is the only way out besides staying
    with qtbot.waitSignal(welcome.finished_welcome, timeout=1000):
        qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [None]
    assert _nothing_saved(store)


def test_back_keeps_what_was_typed(qtbot: QtBot, welcome: WelcomeWindow) -> None:
    welcome.purpose_name.setText("Feel stronger")
    welcome.next()
    welcome.step_text.setText("Put on running shoes")
    qtbot.mouseClick(welcome.back_button, Qt.MouseButton.LeftButton)
    assert welcome.pages.currentIndex() == 0
    assert welcome.purpose_name.text() == "Feel stronger"
    welcome.next()
    assert welcome.step_text.text() == "Put on running shoes"


def test_every_control_is_named_and_labelled(welcome: WelcomeWindow) -> None:
    for index in range(welcome.pages.count()):
        welcome.pages.setCurrentIndex(index)
        assert_named_and_labelled(welcome)


@pytest.mark.parametrize(
    ("kept", "click", "answer"),
    [
        ("Your purpose “<b>Novel</b>”.", "keep_button", True),
        ("Your purpose “Novel”.", "leave_button", False),
        ("Your purpose “Novel”.", "stay_button", None),
        (None, "leave_button", True),
        (None, "stay_button", None),
    ],
)
def test_the_keep_question_answers_what_was_clicked(
    qtbot: QtBot, kept: str | None, click: str, answer: bool | None
) -> None:
    seen: list[KeepTypedPrompt] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, KeepTypedPrompt)
        seen.append(dialog)
        getattr(dialog, click).click()

    QTimer.singleShot(0, press)
    assert KeepTypedPrompt.ask(None, kept) is answer
    (dialog,) = seen
    assert (dialog.keep_button is None) == (kept is None)
    if kept is not None:
        assert dialog.informativeText() == kept
        assert dialog.textFormat() == Qt.TextFormat.PlainText  # a name is never markup


def test_a_habit_made_in_the_welcome_has_its_days_and_tiny_version(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore
) -> None:
    """The habit page has the plan window's days and a tiny version: reminders then offer it."""
    welcome.purpose_name.setText("Read more")
    welcome.step_text.setText("Put a book on the pillow")
    welcome.pages.setCurrentIndex(2)
    welcome.habit_routine.setText("I pour my morning coffee")
    welcome.habit_action.setText("read one page")
    welcome.habit_tiny.setText("read one sentence")
    for weekday, box in enumerate(welcome.habit_days.day_boxes):
        box.setChecked(weekday < 5)
    assert welcome.finish()
    (habit,) = store.habits()
    assert habit.tiny == "read one sentence"
    assert habit.schedule == FixedDays(frozenset(range(5)))


def test_a_habit_without_days_is_not_saved(
    qtbot: QtBot, welcome: WelcomeWindow, store: MemoryStore
) -> None:
    welcome.purpose_name.setText("Read more")
    welcome.step_text.setText("Put a book on the pillow")
    welcome.pages.setCurrentIndex(2)
    welcome.habit_routine.setText("I pour my morning coffee")
    welcome.habit_action.setText("read one page")
    for box in welcome.habit_days.day_boxes:
        box.setChecked(False)
    assert not welcome.finish()
    assert "at least one day" in welcome.problem.text()
    assert store.habits() == []
