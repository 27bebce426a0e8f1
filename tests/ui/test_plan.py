"""The plan window: a whole plan built through the window only, then read back the way the
command line and the widget read it; reordering, archiving, deleting; the keyboard."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import time
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from smallwins.core.events import Topic
from smallwins.core.models import FixedDays, Quota, StepState
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import TextPrompt
from smallwins.ui.model import AppModel
from smallwins.ui.plan import ConfirmDelete, PlanWindow, children, top_items
from smallwins.ui.planforms import (
    HabitAnswer,
    HabitDialog,
    PurposeAnswer,
    PurposeDialog,
    RoutineDialog,
)
from smallwins.ui.translations import install_translators
from smallwins.ui.welcome import WelcomeWindow
from smallwins.ui.windows import Windows
from smallwins.usecases import commands as cmd
from smallwins.usecases.queries import schedule_json
from tests.fakes import MemoryStore
from tests.ui.helpers import assert_named_and_labelled, clashing_mnemonics, frame_colour

pytestmark = pytest.mark.gui

WEEKDAY_AND_WEEKEND = [(d, "07:30") for d in range(5)] + [(5, "09:00"), (6, "09:00")]


@pytest.fixture
def window(qtbot: QtBot, model: AppModel, desk: Desktop) -> PlanWindow:
    plan = PlanWindow(model, desk)
    qtbot.addWidget(plan)
    plan.show()
    qtbot.waitExposed(plan)
    return plan


class Answers:
    """Stands in for the user in the window's dialogs: each ``ask`` takes the next answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queue: dict[type, list[Any]] = {}
        self.asked: dict[type, list[tuple[Any, ...]]] = {}
        for kind in (PurposeDialog, HabitDialog, RoutineDialog, TextPrompt, ConfirmDelete):
            monkeypatch.setattr(kind, "ask", classmethod(self._answer_for(kind)))

    def _answer_for(self, kind: type) -> Callable[..., Any]:
        def answer(_cls: type, *args: Any, **kwargs: Any) -> Any:
            self.asked.setdefault(kind, []).append(args)
            return self.queue[kind].pop(0)

        return answer

    def give(self, kind: type, *answers: Any) -> None:
        self.queue.setdefault(kind, []).extend(answers)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    given = Answers(monkeypatch)
    yield given
    assert all(not left for left in given.queue.values()), "answers left unused"


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def texts(items: list[QTreeWidgetItem]) -> list[str]:
    return [item.text(0) for item in items]


def choose(window: PlanWindow, name: str) -> None:
    for row in range(window.purposes.count()):
        if window.purposes.item(row).text().startswith(name):
            window.purposes.setCurrentRow(row)
            return
    raise AssertionError(f"no purpose {name!r} in the list")


def habit(
    action: str, routine: str, at: str | None = "07:30", days: str = "daily", **extra: Any
) -> HabitAnswer:
    fields = {"tiny": "", "purpose": "Write a novel", "reminder": True, "place": 99, **extra}
    return HabitAnswer(action=action, routine=routine, at=at, days=days, **fields)


def find(tree_items: list[QTreeWidgetItem], start: str) -> QTreeWidgetItem:
    return next(item for item in tree_items if item.text(0).startswith(start))


def build_a_plan(window: PlanWindow, answers: Answers) -> None:
    """Two purposes, a ladder with a shrunk step, a routine with weekday 07:30 / weekend 09:00
    and a stack of two habits: all through the window's buttons."""
    answers.give(
        PurposeDialog,
        PurposeAnswer("Write a novel", "stories matter to me", "#c0392b"),
        PurposeAnswer("Get stronger", "", ""),
    )
    click(window.add_purpose_button)
    click(window.add_purpose_button)
    choose(window, "Write a novel")
    answers.give(TextPrompt, "Write chapter one", "Outline chapter two", "Open the draft")
    click(window.step_buttons["add"])
    click(window.step_buttons["add"])
    window.ladder.setCurrentItem(find(top_items(window.ladder), "Write chapter one"))
    click(window.step_buttons["shrink"])
    window.tabs.setCurrentIndex(1)
    answers.give(
        HabitDialog,
        habit("Read one page", "Pour my morning coffee", tiny="Read one line"),
        habit("Stretch for a minute", "Pour my morning coffee", at=None),
    )
    click(window.habit_buttons["add"])
    click(window.habit_buttons["add"])
    window.stacks.setCurrentItem(top_items(window.stacks)[0])
    answers.give(RoutineDialog, ("Pour my morning coffee", WEEKDAY_AND_WEEKEND))
    click(window.habit_buttons["routine"])


def test_a_whole_plan_built_in_the_window_reads_back_everywhere(
    window: PlanWindow, answers: Answers, model: AppModel, desk: Desktop
) -> None:
    build_a_plan(window, answers)
    view = model.view
    status = view.status_json()
    assert [p["name"] for p in status["purposes"]] == ["Write a novel", "Get stronger"]  # type: ignore[index]
    assert [h["name"] for h in status["habits"]] == ["Read one page", "Stretch for a minute"]  # type: ignore[index]
    routine = view.store.routine_by_name("Pour my morning coffee")
    assert routine is not None
    assert dict(routine.times) == {**{d: time(7, 30) for d in range(5)}, 5: time(9), 6: time(9)}
    novel = view.store.purpose_by_name("Write a novel")
    assert novel is not None and (novel.why, novel.colour) == ("stories matter to me", "#c0392b")
    # The ladder: the shrunk step with its smaller step under it, then the next rung.
    window.tabs.setCurrentIndex(0)
    (first, second) = top_items(window.ladder)
    assert (first.text(0), texts(children(first)), second.text(0)) == (
        "Write chapter one",
        ["Open the draft"],
        "Outline chapter two",
    )
    # The stack, numbered, with the routine's weekday and weekend times in its heading.
    (stack,) = top_items(window.stacks)
    assert "Pour my morning coffee" in stack.text(0)
    assert "Mon–Fri" in stack.text(0) and "Sat–Sun" in stack.text(0)
    assert texts(children(stack)) == [
        "1. Read one page · tiny: Read one line",
        "2. Stretch for a minute",
    ]
    # One reminder per routine time, for the head of the stack; weekend at 09:00.
    reminders = schedule_json(view, 7)["reminders"]
    assert {r["habit"] for r in reminders} == {"Read one page"}  # type: ignore[index]
    weekend = [r["at"][11:16] for r in reminders if r["at"][:10] in ("2025-03-08", "2025-03-09")]  # type: ignore[index]
    assert weekend == ["09:00", "09:00"]
    # 06:00 on a Monday: the smaller step comes first; the widget says so.
    assert desk.widget.text.text() == "Open the draft"


def test_reordering_a_stack_changes_the_next_step(
    window: PlanWindow, answers: Answers, model: AppModel, desk: Desktop, clock: Any
) -> None:
    build_a_plan(window, answers)
    clock.set(clock.now().replace(hour=6, minute=40))  # 07:40 in Berlin: the routine is due
    model.refresh(Topic.CLOCK)
    assert model.view.next.text == "Read one page"
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "2. Stretch"))
    window.stacks.setFocus()
    QTest.keyClick(window.stacks, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    (stack,) = top_items(window.stacks)
    assert texts(children(stack)) == [
        "1. Stretch for a minute",
        "2. Read one page · tiny: Read one line",
    ]
    assert window.stacks.currentItem().text(0) == "1. Stretch for a minute"
    assert model.view.next.text == "Stretch for a minute"
    assert desk.widget.text.text() == "Stretch for a minute"


def test_steps_move_with_the_keyboard_and_are_marked_done(
    window: PlanWindow, answers: Answers, model: AppModel, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    window.tabs.setCurrentIndex(0)
    window.ladder.setCurrentItem(find(top_items(window.ladder), "Outline"))
    window.ladder.setFocus()
    QTest.keyClick(window.ladder, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert texts(top_items(window.ladder)) == ["Outline chapter two", "Write chapter one"]
    first = find(top_items(window.ladder), "Write chapter one")
    window.ladder.setCurrentItem(children(first)[0])
    QTest.keyClick(window.ladder, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    done = [s.text for s in store.steps(state=StepState.DONE)]
    assert done == ["Open the draft"]
    assert len(store.wins()) == 1
    first = find(top_items(window.ladder), "Write chapter one")
    assert texts(children(first)) == ["✓ Open the draft"]


def test_archiving_a_habit_stops_its_reminder_and_keeps_its_history(
    window: PlanWindow, answers: Answers, model: AppModel, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    model.run(cmd.RecordWin(cmd.WinSource.CLI, habit="Read one page", day="2025-03-02"))
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "1. Read one page"))
    click(window.habit_buttons["archive"])
    reminders = schedule_json(model.view, 2)["reminders"]
    assert {r["habit"] for r in reminders} == {"Stretch for a minute"}  # type: ignore[index]
    (stack,) = top_items(window.stacks)
    assert texts(children(stack)) == ["1. Stretch for a minute"]
    archived = store.habit_by_name("Read one page")
    assert archived is not None and archived.archived
    assert len(store.wins(habit_id=archived.id)) == 1
    # Shown again with "Show archived", and restored from there with its history.
    window.show_archived.setChecked(True)
    (stack,) = top_items(window.stacks)
    item = find(children(stack), "Read one page")
    assert item.text(0).endswith("archived")
    window.stacks.setCurrentItem(item)
    assert window.habit_buttons["archive"].text() == "Restore"
    click(window.habit_buttons["archive"])
    assert not store.habit_by_name("Read one page").archived  # type: ignore[union-attr]
    assert model.view.win_days_of(archived.id) != {}


def test_deleting_a_habit_says_how_many_wins_go_and_can_be_cancelled(
    window: PlanWindow, answers: Answers, model: AppModel, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    for day in ("2025-03-01", "2025-03-02"):
        model.run(cmd.RecordWin(cmd.WinSource.CLI, habit="Stretch for a minute", day=day))
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "2. Stretch"))
    answers.give(ConfirmDelete, None, "delete")
    click(window.habit_buttons["delete"])
    assert answers.asked[ConfirmDelete][-1][1:] == ("Stretch for a minute", 2)
    assert store.habit_by_name("Stretch for a minute") is not None
    click(window.habit_buttons["delete"])
    assert store.habit_by_name("Stretch for a minute") is None
    assert store.wins() == []
    # "Archive instead" keeps the habit and its history.
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "1. Read one page"))
    answers.give(ConfirmDelete, "archive")
    click(window.habit_buttons["delete"])
    read = store.habit_by_name("Read one page")
    assert read is not None and read.archived


def test_editing_a_habit_changes_every_part(
    window: PlanWindow, answers: Answers, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "2. Stretch"))
    answers.give(
        HabitDialog,
        habit(
            "Stretch two minutes",
            "Sit down after lunch",
            at="13:00",
            days="3/7",
            purpose="",
            reminder=False,
            tiny="Stand up",
        ),
    )
    click(window.habit_buttons["edit"])
    edited = store.habit_by_name("Stretch two minutes")
    assert edited is not None
    lunch = store.routine_by_name("Sit down after lunch")
    assert lunch is not None and set(dict(lunch.times).values()) == {time(13, 0)}
    assert (edited.routine_id, edited.purpose_id, edited.reminder, edited.tiny) == (
        lunch.id,
        None,
        False,
        "Stand up",
    )
    assert edited.schedule == Quota(3, 7)
    # Without a purpose now: listed under "Habits without a purpose".
    choose(window, "Habits without a purpose")
    (stack,) = top_items(window.stacks)
    assert texts(children(stack)) == [
        "1. Stretch two minutes · tiny: Stand up · 3 in 7 days · no reminder"
    ]


def test_a_refusal_is_shown_in_the_window_and_changes_nothing(
    window: PlanWindow, answers: Answers, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    before = store.purposes()
    answers.give(PurposeDialog, PurposeAnswer("get STRONGER", "", ""))
    click(window.edit_purpose_button)  # "Write a novel" is selected
    assert "already exists" in window.problem.text()
    assert window.problem.isVisible()
    assert store.purposes() == before


def test_archiving_a_purpose_takes_its_steps_and_habits_out_of_play(
    window: PlanWindow, answers: Answers, model: AppModel, desk: Desktop
) -> None:
    build_a_plan(window, answers)
    choose(window, "Write a novel")
    click(window.archive_purpose_button)
    assert model.view.next.kind is None
    assert schedule_json(model.view, 7)["reminders"] == []
    assert [window.purposes.item(i).text() for i in range(window.purposes.count())] == [
        "Get stronger"
    ]
    window.show_archived.setChecked(True)
    choose(window, "Write a novel")
    assert window.archive_purpose_button.text().replace("&", "") == "Restore"
    click(window.archive_purpose_button)
    assert desk.widget.text.text() == "Open the draft"


def test_a_change_made_elsewhere_shows_in_the_open_window(
    window: PlanWindow, answers: Answers, model: AppModel, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    read = store.habit_by_name("Read one page")
    assert read is not None
    # Another process (the command line) writes to the same data.
    store.update_habit(dataclasses.replace(read, action="Read two pages"))
    model.check_external_change()
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    assert children(stack)[0].text(0).startswith("1. Read two pages")


def test_the_window_opens_by_name_and_from_the_menus(
    qtbot: QtBot, model: AppModel, desk: Desktop
) -> None:
    windows = Windows(model, desk)
    with qtbot.waitSignal(windows.opened) as opened:
        desk.tray.rebuild_menu()
        plan_action = next(a for a in desk.tray.menu.actions() if a.text() == "Plan…")
        plan_action.trigger()
    assert opened.args == ["plan"]
    window = windows.get("plan")
    assert isinstance(window, PlanWindow) and window.isVisible()
    qtbot.addWidget(window)
    widget_menu = desk.widget.build_menu()
    assert "Plan…" in [a.text() for a in widget_menu.actions()]


def test_every_control_is_named_and_reached_by_the_keyboard(
    window: PlanWindow, answers: Answers
) -> None:
    build_a_plan(window, answers)
    assert_named_and_labelled(window)
    window.tabs.setCurrentIndex(0)
    window.purposes.setFocus()
    names = tab_through(window)
    for wanted in ("Purposes", "Steps, in the order they come", "Add a step", "Close the plan"):
        assert wanted in names, names
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the "Habits" tab
    assert window.tabs.currentIndex() == 1
    names = tab_through(window)
    for wanted in ("Habits, stacked on their routines", "Edit the routine's name and times"):
        assert wanted in names, names


def tab_through(window: QWidget) -> set[str]:
    """The accessible names of every control Tab reaches, once round the window."""
    reached: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        if focused is not None and focused not in reached:
            reached.append(focused)
        QTest.keyClick(focused or window, Qt.Key.Key_Tab)
    return {w.accessibleName() for w in reached}


def test_the_habit_form_reads_days_and_a_new_routines_time(qtbot: QtBot, model: AppModel) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddHabit("Read one page", "Pour my morning coffee", "07:30"))
    view = model.view
    dialog = HabitDialog(None, None, list(view.routines.values()), list(view.purposes.values()))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.routine.setCurrentText("Brush my teeth")
    assert dialog.at.isEnabled()
    dialog.action.setText("Floss one tooth")
    for weekday, box in enumerate(dialog.schedule.day_boxes):
        box.setChecked(weekday in (0, 2, 4))
    assert dialog.ok_button.isEnabled()
    answer = dialog.answer()
    assert (answer.routine, answer.at, answer.days) == ("Brush my teeth", "07:30", "mon,wed,fri")
    dialog.routine.setCurrentText("pour my MORNING coffee")
    assert not dialog.at.isEnabled() and dialog.answer().at is None
    for box in dialog.schedule.day_boxes:
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled()  # a habit needs a day
    dialog.schedule.quota.setChecked(True)
    dialog.schedule.times.setValue(3)
    assert dialog.ok_button.isEnabled() and dialog.answer().days == "3/7"
    assert isinstance(view.habits[0].schedule, FixedDays)


def test_the_routine_form_keeps_weekday_and_weekend_times(qtbot: QtBot, model: AppModel) -> None:
    model.run(cmd.AddHabit("Read one page", "Pour my morning coffee", "07:30"))
    routine = next(iter(model.view.routines.values()))
    dialog = RoutineDialog(None, routine)
    qtbot.addWidget(dialog)
    assert dialog.mode.currentData() == 0  # the same time every day
    dialog.mode.setCurrentIndex(1)
    dialog.weekend_at.setTime(dialog.weekend_at.time().addSecs(90 * 60))
    assert dialog.times() == WEEKDAY_AND_WEEKEND
    dialog.weekend_on.setChecked(False)
    assert dialog.times() == WEEKDAY_AND_WEEKEND[:5]
    dialog.mode.setCurrentIndex(2)
    dialog.day_on[6].setChecked(False)
    assert [d for d, _ in dialog.times()] == [0, 1, 2, 3, 4, 5]


def _drop(tree: QTreeWidget, dragged: QTreeWidgetItem, onto: QTreeWidgetItem, below: bool) -> None:
    """Drop ``dragged`` on the upper or lower half of ``onto``, as a mouse drag ends."""
    tree.setCurrentItem(dragged)
    rect = tree.visualItemRect(onto)
    y = rect.bottom() - 2 if below else rect.top() + 2
    event = QDropEvent(
        QPointF(rect.center().x(), y),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)


def test_drag_and_drop_reorders_steps_and_stacks(
    window: PlanWindow, answers: Answers, store: MemoryStore
) -> None:
    build_a_plan(window, answers)
    answers.give(TextPrompt, "Celebrate")
    window.tabs.setCurrentIndex(0)
    click(window.step_buttons["add"])
    assert texts(top_items(window.ladder)) == [
        "Write chapter one",
        "Outline chapter two",
        "Celebrate",
    ]
    # The last step dropped on the lower half of the first: it comes second.
    _drop(window.ladder, top_items(window.ladder)[2], top_items(window.ladder)[0], below=True)
    assert texts(top_items(window.ladder)) == [
        "Write chapter one",
        "Celebrate",
        "Outline chapter two",
    ]
    # ... and on the upper half of the first: first.
    _drop(window.ladder, top_items(window.ladder)[2], top_items(window.ladder)[0], below=False)
    assert texts(top_items(window.ladder)) == [
        "Outline chapter two",
        "Write chapter one",
        "Celebrate",
    ]
    # A smaller step stays under its parent: dropping it among the rungs moves nothing.
    parent = find(top_items(window.ladder), "Write chapter one")
    before = store.steps()
    _drop(window.ladder, children(parent)[0], top_items(window.ladder)[0], below=False)
    assert store.steps() == before
    # Habits: the second dropped on the upper half of the first leads the stack.
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    _drop(window.stacks, children(stack)[1], children(stack)[0], below=False)
    (stack,) = top_items(window.stacks)
    assert texts(children(stack)) == [
        "1. Stretch for a minute",
        "2. Read one page · tiny: Read one line",
    ]


def test_the_habit_form_sets_the_place_in_the_stack(
    window: PlanWindow, answers: Answers, model: AppModel, qtbot: QtBot
) -> None:
    build_a_plan(window, answers)
    view = model.view
    stretch = view.store.habit_by_name("Stretch for a minute")
    assert stretch is not None
    stacks = window._stacks()
    dialog = HabitDialog(None, stretch, list(view.routines.values()), [], stacks=stacks)
    qtbot.addWidget(dialog)
    assert (dialog.place.value(), dialog.place.maximum()) == (2, 2)
    dialog.routine.setCurrentText("A brand new routine")
    assert (dialog.place.value(), dialog.place.maximum()) == (1, 1)
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "2. Stretch"))
    answers.give(
        HabitDialog, habit("Stretch for a minute", "Pour my morning coffee", at=None, place=1)
    )
    click(window.habit_buttons["edit"])
    (stack,) = top_items(window.stacks)
    assert texts(children(stack)) == [
        "1. Stretch for a minute",
        "2. Read one page · tiny: Read one line",
    ]


def test_adding_a_habit_to_an_existing_routine_keeps_its_times(
    window: PlanWindow, answers: Answers, store: MemoryStore
) -> None:
    build_a_plan(window, answers)  # the routine: weekdays 07:30, weekends 09:00
    window.tabs.setCurrentIndex(1)
    answers.give(HabitDialog, habit("Drink a glass of water", "pour my MORNING coffee", at=None))
    click(window.habit_buttons["add"])
    routine = store.routine_by_name("Pour my morning coffee")
    assert routine is not None
    assert dict(routine.times) == {**{d: time(7, 30) for d in range(5)}, 5: time(9), 6: time(9)}
    (stack,) = top_items(window.stacks)
    assert texts(children(stack))[-1] == "3. Drink a glass of water"
    assert window.stacks.currentItem().text(0) == "3. Drink a glass of water"


def test_a_habit_of_an_archived_purpose_keeps_it_when_edited(
    window: PlanWindow, answers: Answers, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_a_plan(window, answers)
    choose(window, "Write a novel")
    click(window.archive_purpose_button)
    window.show_archived.setChecked(True)
    choose(window, "Write a novel")
    window.tabs.setCurrentIndex(1)
    (stack,) = top_items(window.stacks)
    window.stacks.setCurrentItem(find(children(stack), "1. Read one page"))
    # The real form, answered as it opens: the purpose shown is the habit's own.
    shown: list[str] = []

    def answer_as_shown(cls: type, parent: QWidget, habit_: Any, *args: Any, **kw: Any) -> Any:
        dialog = HabitDialog(parent, habit_, *args, **kw)
        shown.append(dialog.purpose.currentText())
        return dialog.answer()

    answers.queue.pop(HabitDialog, None)
    monkeypatch.setattr(HabitDialog, "ask", classmethod(answer_as_shown))
    click(window.habit_buttons["edit"])
    assert shown == ["Write a novel"]
    read = store.habit_by_name("Read one page")
    novel = store.purpose_by_name("Write a novel")
    assert read is not None and novel is not None and read.purpose_id == novel.id


def test_a_step_button_keeps_the_keyboard_focus(
    window: PlanWindow, answers: Answers, qtbot: QtBot
) -> None:
    build_a_plan(window, answers)
    window.tabs.setCurrentIndex(0)
    window.ladder.setCurrentItem(find(top_items(window.ladder), "Outline"))
    up = window.step_buttons["up"]
    up.setFocus()
    QTest.keyClick(up, Qt.Key.Key_Space)
    assert texts(top_items(window.ladder))[0] == "Outline chapter two"
    assert QApplication.focusWidget() is up  # not moved on to Close, where Space would close
    assert window.isVisible()


def test_a_new_step_is_selected_after_adding_it(window: PlanWindow, answers: Answers) -> None:
    build_a_plan(window, answers)
    window.tabs.setCurrentIndex(0)
    answers.give(TextPrompt, "Celebrate")
    click(window.step_buttons["add"])
    assert window.ladder.currentItem().text(0) == "Celebrate"


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_controls_share_an_alt_key(
    qtbot: QtBot, model: AppModel, desk: Desktop, language: str
) -> None:
    installed = install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
    try:
        model.run(cmd.AddPurpose("Write a novel"))
        model.run(cmd.AddHabit("Read one page", "Pour my morning coffee", "07:30"))
        view = model.view
        habit = view.habits[0]
        forms: list[QWidget] = [
            PurposeDialog(None, view.purposes[1]),
            HabitDialog(None, habit, list(view.routines.values()), list(view.purposes.values())),
            RoutineDialog(None, view.routines[habit.routine_id]),
        ]
        welcome = WelcomeWindow(model)
        forms.append(welcome)
        for form in forms:
            qtbot.addWidget(form)
            form.show()
        for page in range(welcome.pages.count()):
            welcome.pages.setCurrentIndex(page)
            assert clashing_mnemonics(welcome) == {}, page
        for form in forms[:3]:
            assert clashing_mnemonics(form) == {}, form.windowTitle()
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_each_list_shows_when_it_has_the_keyboard_focus(qtbot: QtBot, window: PlanWindow) -> None:
    highlight = window.palette().color(QPalette.ColorRole.Highlight).rgb()
    for tab, tree in enumerate((window.ladder, window.stacks)):  # the Steps and Habits tabs
        window.tabs.setCurrentIndex(tab)
        for focused, other in ((window.purposes, tree), (tree, window.purposes)):
            focused.setFocus()
            qtbot.waitUntil(focused.hasFocus)
            assert frame_colour(focused) == highlight, focused.accessibleName()
            assert frame_colour(other) != highlight, other.accessibleName()
