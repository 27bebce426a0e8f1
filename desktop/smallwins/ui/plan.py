"""The plan window: purposes on the left; for the one selected, its ladder of steps and its
habits stacked on their routines. Every change applies at once through a use case; the window
follows every change, wherever it was made (the command line included)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.events import Topic
from smallwins.core.models import FixedDays, Habit, Routine, StepState, WinSource
from smallwins.core.weekdays import same_times
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import ProblemLabel, TextPrompt
from smallwins.ui.focusframe import show_focus
from smallwins.ui.formats import clock_text
from smallwins.ui.model import AppModel
from smallwins.ui.planforms import HabitDialog, PurposeDialog, RoutineDialog, day_name
from smallwins.ui.screens import fit_to_screen
from smallwins.usecases import commands as cmd
from smallwins.usecases import plan
from smallwins.usecases.queries import habit_stacks, habits_without_purpose, step_ladder
from smallwins.usecases.runner import Command, Outcome

# What this window shows.
SHOWN = Topic.PURPOSES | Topic.STEPS | Topic.HABITS | Topic.WINS | Topic.SETTINGS
WITHOUT_PURPOSE = 0  # the list entry for habits that belong to no purpose (ids start at 1)
ID = Qt.ItemDataRole.UserRole
KIND = Qt.ItemDataRole.UserRole + 1  # "routine" or "habit" in the habits tree


class ReorderTree(QTreeWidget):
    """A tree whose items the user reorders among their siblings, by drag and drop or with
    Ctrl+Up / Ctrl+Down. It moves nothing itself: it asks, and the window's data answer.

    Signals:
        move_requested(QTreeWidgetItem, int): the item and its wanted index among its siblings.
    """

    move_requested = Signal(QTreeWidgetItem, int)

    def __init__(self, can_move: Callable[[QTreeWidgetItem], bool]) -> None:
        super().__init__()
        self._can_move = can_move
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        show_focus(self)

    def siblings_of(self, item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        parent = item.parent()
        return top_items(self) if parent is None else children(parent)

    def move_by(self, step: int) -> None:
        item = self.currentItem()
        if item is None or not self._can_move(item):
            return
        index = self.siblings_of(item).index(item)
        self.move_requested.emit(item, max(0, index + step))

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the data move it, and the tree is filled again from them
        if item is None or target is None or target is item or not self._can_move(item):
            return
        if target.parent() is not item.parent():
            return  # only among siblings: a step stays on its rung, a habit in its stack
        siblings = self.siblings_of(item)
        index = siblings.index(target)
        below = event.position().y() > self.visualItemRect(target).center().y()
        if below and index < siblings.index(item):
            index += 1
        elif not below and index > siblings.index(item):
            index -= 1
        self.move_requested.emit(item, index)


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def _swatch(colour: str | None) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return pixmap


class PlanWindow(QWidget):
    """Purposes, their step ladders, routines and stacked habits, kept from the desktop."""

    def __init__(self, model: AppModel, desktop: Desktop, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.desktop = desktop
        self._loading = False
        self.setWindowTitle(self.tr("Plan"))
        self.setAccessibleName(self.tr("Plan"))

        splitter = QSplitter()
        splitter.addWidget(self._purpose_side())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The purpose's plan"))
        self.tabs.addTab(self._steps_page(), self.tr("&Steps"))
        self.tabs.addTab(self._habits_page(), self.tr("&Habits"))
        # Choosing a tab (Alt+S, Alt+H, a click) puts the keyboard in its list.
        self.tabs.currentChanged.connect(lambda index: (self.ladder, self.stacks)[index].setFocus())
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 520])

        self.problem = ProblemLabel()
        close = _button(self.tr("Close"), self.tr("Close the plan"), self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(close, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        model.changed.connect(self._on_model_changed)
        fit_to_screen(self, QSize(780, 520))
        self.load()

    # --- building ------------------------------------------------------------------------
    def _purpose_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Purposes"))
        self.purposes = QListWidget()
        self.purposes.setAccessibleName(self.tr("Purposes"))
        show_focus(self.purposes)
        label.setBuddy(self.purposes)
        self.purposes.currentItemChanged.connect(self._on_purpose_chosen)
        self.purposes.itemActivated.connect(lambda _item: self.edit_purpose())
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.setAccessibleName(self.tr("Show archived purposes and habits"))
        self.show_archived.toggled.connect(lambda _on: self.load())
        self.add_purpose_button = _button(
            self.tr("&Add…"), self.tr("Add a purpose"), self.add_purpose
        )
        self.edit_purpose_button = _button(
            self.tr("&Edit…"), self.tr("Edit the purpose"), self.edit_purpose
        )
        self.archive_purpose_button = _button(
            self.tr("Ar&chive"), self.tr("Archive the purpose"), self.archive_purpose
        )
        self.focus_button = _button(
            self.tr("&Focus"), self.tr("Focus on this purpose"), self.focus_purpose
        )
        buttons = QHBoxLayout()
        for button in (self.add_purpose_button, self.edit_purpose_button):
            buttons.addWidget(button)
        more = QHBoxLayout()
        for button in (self.archive_purpose_button, self.focus_button):
            more.addWidget(button)
        layout.addWidget(label)
        layout.addWidget(self.purposes, 1)
        layout.addWidget(self.show_archived)
        layout.addLayout(buttons)
        layout.addLayout(more)
        return side

    def _steps_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.ladder = ReorderTree(self._step_can_move)
        self.ladder.setAccessibleName(self.tr("Steps, in the order they come"))
        self.ladder.move_requested.connect(self._move_step)
        self.ladder.currentItemChanged.connect(lambda *_: self._on_selection())
        self.ladder.itemActivated.connect(lambda _item, _col: self.edit_step())
        self.show_done = QCheckBox(self.tr("Show &done and dropped"))
        self.show_done.setAccessibleName(self.tr("Show done and dropped steps"))
        self.show_done.toggled.connect(lambda _on: self.load())
        left = QVBoxLayout()
        left.addWidget(self.ladder, 1)
        left.addWidget(self.show_done)
        self.step_buttons = {
            "add": _button(self.tr("Add…"), self.tr("Add a step"), self.add_step),
            "edit": _button(self.tr("Edit…"), self.tr("Edit the step's words"), self.edit_step),
            "shrink": _button(
                self.tr("Smaller…"), self.tr("Break the step into a smaller one"), self.shrink_step
            ),
            "done": _button(self.tr("Done"), self.tr("Mark the step done"), self.step_done),
            "drop": _button(self.tr("Drop"), self.tr("Drop the step"), self.drop_step),
            "reopen": _button(
                self.tr("Reopen"), self.tr("Put the dropped step back"), self.reopen_step
            ),
            "up": _button(
                self.tr("Up"), self.tr("Move the step up"), lambda: self.ladder.move_by(-1)
            ),
            "down": _button(
                self.tr("Down"), self.tr("Move the step down"), lambda: self.ladder.move_by(1)
            ),
        }
        right = QVBoxLayout()
        for button in self.step_buttons.values():
            right.addWidget(button)
        right.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(right)
        self._tree_keys(self.ladder, add=self.add_step, edit=self.edit_step, delete=self.drop_step)
        self.ladder.setToolTip(
            self.tr("Insert adds, F2 edits, Ctrl+Enter marks done, Delete drops, Ctrl+↑/↓ moves.")
        )
        return page

    def _habits_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.stacks = ReorderTree(self._habit_can_move)
        self.stacks.setAccessibleName(self.tr("Habits, stacked on their routines"))
        self.stacks.move_requested.connect(self._move_habit)
        self.stacks.currentItemChanged.connect(lambda *_: self._on_selection())
        self.stacks.itemActivated.connect(lambda _item, _col: self.edit_habit_or_routine())
        self.habit_buttons = {
            "add": _button(self.tr("Add…"), self.tr("Add a habit"), self.add_habit),
            "edit": _button(self.tr("Edit…"), self.tr("Edit the habit"), self.edit_habit),
            "routine": _button(
                self.tr("Routine times…"),
                self.tr("Edit the routine's name and times"),
                self.edit_routine,
            ),
            "up": _button(
                self.tr("Up"),
                self.tr("Move the habit up the stack"),
                lambda: self.stacks.move_by(-1),
            ),
            "down": _button(
                self.tr("Down"),
                self.tr("Move the habit down the stack"),
                lambda: self.stacks.move_by(1),
            ),
            "streaks": _button(
                self.tr("Streaks"), self.tr("Show the habit's streaks"), self.show_streaks
            ),
            "archive": _button(
                self.tr("Archive"), self.tr("Archive the habit"), self.archive_habit
            ),
            "delete": _button(self.tr("Delete…"), self.tr("Delete the habit"), self.delete_habit),
        }
        right = QVBoxLayout()
        for button in self.habit_buttons.values():
            right.addWidget(button)
        right.addStretch(1)
        # The selected routine's heading in full (the tree cuts long ones short).
        self.stack_details = QLabel()
        self.stack_details.setWordWrap(True)
        self.stack_details.setAccessibleName(self.tr("The selected routine and its times"))
        left = QVBoxLayout()
        left.addWidget(self.stacks, 1)
        left.addWidget(self.stack_details)
        layout.addLayout(left, 1)
        layout.addLayout(right)
        self._tree_keys(
            self.stacks,
            add=self.add_habit,
            edit=self.edit_habit_or_routine,
            delete=self.delete_habit,
        )
        self.stacks.setToolTip(
            self.tr("Insert adds, F2 edits, Delete deletes, Ctrl+↑/↓ moves in the stack.")
        )
        return page

    def _tree_keys(
        self,
        tree: ReorderTree,
        add: Callable[[], None],
        edit: Callable[[], None],
        delete: Callable[[], None],
    ) -> None:
        context = Qt.ShortcutContext.WidgetShortcut
        keys_and_slots: list[tuple[str | QKeySequence.StandardKey, Callable[[], None]]] = [
            ("Ctrl+Up", lambda: tree.move_by(-1)),
            ("Ctrl+Down", lambda: tree.move_by(1)),
            ("Insert", add),
            ("F2", edit),
            (QKeySequence.StandardKey.Delete, delete),
        ]
        if tree is self.ladder:
            keys_and_slots.append(("Ctrl+Return", self.step_done))
        for keys, slot in keys_and_slots:
            shortcut = QShortcut(QKeySequence(keys), tree, slot)
            shortcut.setContext(context)

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Show the plan as it is now, keeping what was selected."""
        self._loading = True
        try:
            self._load_purposes()
            self._load_steps()
            self._load_habits()
        finally:
            self._loading = False
        self._update_buttons()

    def _on_model_changed(self, topics: Topic) -> None:
        if topics & SHOWN and self.isVisible():
            self.load()

    def selected_purpose(self) -> int | None:
        """The id of the purpose selected; WITHOUT_PURPOSE for the habits of none; None."""
        item = self.purposes.currentItem()
        return None if item is None else int(item.data(ID))

    def _load_purposes(self) -> None:
        view = self.model.view
        chosen = self.selected_purpose()
        focused = view.settings.focused_purpose_id
        archived = self.show_archived.isChecked()
        self.purposes.clear()
        for purpose in view.purposes.values():
            if purpose.archived and not archived:
                continue
            text = purpose.name
            if purpose.id == focused:
                text = self.tr("%1 (focus)").replace("%1", purpose.name)
            if purpose.archived:
                text = self.tr("%1 (archived)").replace("%1", purpose.name)
            item = QListWidgetItem(_swatch(purpose.colour), text)
            item.setData(ID, purpose.id)
            item.setToolTip(purpose.why or "")
            if purpose.archived:
                item.setForeground(self.palette().placeholderText())
            self.purposes.addItem(item)
        if habits_without_purpose(view):
            item = QListWidgetItem(_swatch(None), self.tr("Habits without a purpose"))
            item.setData(ID, WITHOUT_PURPOSE)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.purposes.addItem(item)
        rows = [self.purposes.item(i) for i in range(self.purposes.count())]
        again = next((i for i in rows if int(i.data(ID)) == chosen), rows[0] if rows else None)
        if again is not None:
            self.purposes.setCurrentItem(again)

    def _load_steps(self) -> None:
        purpose = self.selected_purpose()
        chosen = self._current_id(self.ladder)
        self.ladder.clear()
        if purpose in (None, WITHOUT_PURPOSE):
            return
        parents: dict[int, QTreeWidgetItem] = {}
        for row in step_ladder(self.model.view, purpose, show_done=self.show_done.isChecked()):
            step = row.step
            text = step.text
            if step.state is StepState.DONE:
                text = "✓ " + text
            elif step.state is StepState.DROPPED:
                text = self.tr("%1 (dropped)").replace("%1", text)
            parent = parents.get(step.parent_id or 0)
            item = QTreeWidgetItem([text])
            item.setData(0, ID, step.id)
            item.setData(0, KIND, str(step.state))
            item.setToolTip(0, step.text)
            if step.state is not StepState.OPEN:
                item.setForeground(0, QBrush(self.palette().placeholderText()))
            if parent is None:
                self.ladder.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents[step.id] = item
        self.ladder.expandAll()
        self._select(self.ladder, chosen)

    def _load_habits(self) -> None:
        purpose = self.selected_purpose()
        chosen = (self._current_kind(self.stacks), self._current_id(self.stacks))
        self.stacks.clear()
        if purpose is None:
            return
        view = self.model.view
        key = None if purpose == WITHOUT_PURPOSE else purpose
        for stack in habit_stacks(view, key, show_archived=self.show_archived.isChecked()):
            top = QTreeWidgetItem([self.routine_text(stack.routine)])
            top.setToolTip(0, top.text(0))
            top.setData(0, ID, stack.routine.id)
            top.setData(0, KIND, "routine")
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(
                top.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled
            )
            self.stacks.addTopLevelItem(top)
            for stacked in stack.habits:
                item = QTreeWidgetItem([self.habit_text(stacked.habit, stacked.number)])
                item.setData(0, ID, stacked.habit.id)
                item.setData(0, KIND, "habit")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                if stacked.habit.archived:
                    item.setForeground(0, QBrush(self.palette().placeholderText()))
                top.addChild(item)
        self.stacks.expandAll()
        self._select(self.stacks, chosen[1], chosen[0] or "habit")

    # --- words ---------------------------------------------------------------------------
    def routine_text(self, routine: Routine) -> str:
        """ "After morning coffee · Mon–Fri 07:30, Sat–Sun 09:00"."""
        groups = []
        for group in same_times(routine.times):
            if group.every_day:
                groups.append(clock_text(group.at))
                continue
            runs = [
                day_name(first) if first == last else f"{day_name(first)}–{day_name(last)}"
                for first, last in group.runs
            ]
            groups.append(f"{', '.join(runs)} {clock_text(group.at)}")
        when = "; ".join(groups) or self.tr("no time")
        return self.tr("After %1 · %2").replace("%1", routine.name).replace("%2", when)

    def habit_text(self, habit: Habit, number: int | None) -> str:
        parts = [habit.action if number is None else f"{number}. {habit.action}"]
        if habit.tiny:
            parts.append(self.tr("tiny: %1").replace("%1", habit.tiny))
        schedule = habit.schedule
        if isinstance(schedule, FixedDays):
            if len(schedule.weekdays) < 7:
                parts.append(", ".join(day_name(d) for d in sorted(schedule.weekdays)))
        else:
            parts.append(
                self.tr("%1 in %2 days")
                .replace("%1", str(schedule.times))
                .replace("%2", str(schedule.days))
            )
        if not habit.reminder:
            parts.append(self.tr("no reminder"))
        if habit.archived:
            parts.append(self.tr("archived"))
        return " · ".join(parts)

    # --- selection -----------------------------------------------------------------------
    @staticmethod
    def _current_id(tree: QTreeWidget) -> int | None:
        item = tree.currentItem()
        return None if item is None else int(item.data(0, ID))

    @staticmethod
    def _current_kind(tree: QTreeWidget) -> str | None:
        item = tree.currentItem()
        return None if item is None else str(item.data(0, KIND))

    @staticmethod
    def _select(tree: QTreeWidget, item_id: int | None, kind: str | None = None) -> None:
        found = None
        queue = top_items(tree)
        while queue:
            item = queue.pop(0)
            matches = int(item.data(0, ID)) == item_id
            if matches and (kind is None or item.data(0, KIND) == kind):
                found = item
                break
            queue.extend(children(item))
        tops = top_items(tree)
        if found is None and tops:
            below = children(tops[0])
            found = below[0] if kind is not None and below else tops[0]
        if found is not None:
            tree.setCurrentItem(found)

    def _on_purpose_chosen(self, *_: object) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._load_steps()
            self._load_habits()
        finally:
            self._loading = False
        self._update_buttons()

    def _on_selection(self) -> None:
        # Not while the lists are filled again: a button disabled for a moment there would
        # lose the keyboard focus (to the next one, Close at the end).
        if not self._loading:
            self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.model.view
        purpose_id = self.selected_purpose()
        purpose = view.purposes.get(purpose_id or -1)
        real = purpose is not None
        self.edit_purpose_button.setEnabled(real)
        self.archive_purpose_button.setEnabled(real)
        self.focus_button.setEnabled(real and not purpose.archived)  # type: ignore[union-attr]
        self.archive_purpose_button.setText(
            self.tr("Rest&ore") if purpose and purpose.archived else self.tr("Ar&chive")
        )
        self.archive_purpose_button.setAccessibleName(
            self.tr("Restore the purpose")
            if purpose and purpose.archived
            else self.tr("Archive the purpose")
        )
        state = self._current_kind(self.ladder)
        steps = self.step_buttons
        steps["add"].setEnabled(real and not purpose.archived)  # type: ignore[union-attr]
        is_open = state == StepState.OPEN.value
        for key in ("shrink", "done", "drop", "up", "down"):
            steps[key].setEnabled(is_open)
        steps["edit"].setEnabled(state is not None)
        steps["reopen"].setEnabled(state == StepState.DROPPED.value)
        kind = self._current_kind(self.stacks)
        habit = self._current_habit()
        routine = self._current_routine()
        self.stack_details.setText("" if routine is None else self.routine_text(routine))
        habits = self.habit_buttons
        habits["add"].setEnabled(purpose_id is not None)
        habits["edit"].setEnabled(habit is not None)
        habits["routine"].setEnabled(kind is not None)
        for key in ("up", "down", "streaks", "archive", "delete"):
            habits[key].setEnabled(habit is not None)
        archived = habit is not None and habit.archived
        habits["archive"].setText(self.tr("Restore") if archived else self.tr("Archive"))
        habits["archive"].setAccessibleName(
            self.tr("Restore the habit") if archived else self.tr("Archive the habit")
        )

    def _current_habit(self) -> Habit | None:
        if self._current_kind(self.stacks) != "habit":
            return None
        return self.model.view.store.habit(self._current_id(self.stacks) or 0)

    def _current_routine(self) -> Routine | None:
        item = self.stacks.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        return self.model.view.routines.get(int(top.data(0, ID)))

    def _step_can_move(self, item: QTreeWidgetItem) -> bool:
        return bool(item.data(0, KIND) == StepState.OPEN.value)

    def _habit_can_move(self, item: QTreeWidgetItem) -> bool:
        return bool(item.data(0, KIND) == "habit")

    # --- acting --------------------------------------------------------------------------
    def act(self, command: Command[object]) -> bool:
        """Run ``command``; a refusal is shown here and changes nothing."""
        outcome = self.model.run(command)
        if outcome.refusal is not None:
            self.problem.tell(outcome.refusal)
            return False
        self.problem.tell(None)
        return True

    def _select_made(
        self, tree: QTreeWidget, outcome: Outcome[Any], made_id: int | None = None
    ) -> None:
        """Show a refusal, or select what was just made (the lists were filled again)."""
        self.problem.tell(outcome.refusal)
        if made_id is None and outcome.value is not None:
            made_id = outcome.value.id
        if made_id is not None:
            self._select(tree, made_id, "habit" if tree is self.stacks else None)
            tree.setFocus()

    def add_purpose(self) -> None:
        answer = PurposeDialog.ask(self)
        if answer is None:
            return
        outcome = self.model.run(cmd.AddPurpose(answer.name, answer.why or None))
        if outcome.refusal is not None:
            self.problem.tell(outcome.refusal)
            return
        self.problem.tell(None)
        purpose = outcome.value
        if purpose is not None and answer.colour:
            self.act(plan.EditPurpose(purpose.id, colour=answer.colour))
        if purpose is not None:
            self._select_purpose(purpose.id)

    def _select_purpose(self, purpose_id: int) -> None:
        for i in range(self.purposes.count()):
            if int(self.purposes.item(i).data(ID)) == purpose_id:
                self.purposes.setCurrentRow(i)

    def edit_purpose(self) -> None:
        purpose = self.model.view.purposes.get(self.selected_purpose() or -1)
        if purpose is None:
            return
        answer = PurposeDialog.ask(self, purpose)
        if answer is not None:
            self.act(plan.EditPurpose(purpose.id, answer.name, answer.why, answer.colour))

    def archive_purpose(self) -> None:
        purpose = self.model.view.purposes.get(self.selected_purpose() or -1)
        if purpose is not None:
            self.act(plan.ArchivePurpose(purpose.id, archived=not purpose.archived))

    def focus_purpose(self) -> None:
        purpose = self.model.view.purposes.get(self.selected_purpose() or -1)
        if purpose is not None:
            self.act(cmd.FocusPurpose(purpose.name))

    def add_step(self) -> None:
        purpose = self.model.view.purposes.get(self.selected_purpose() or -1)
        if purpose is None:
            return
        text = TextPrompt.ask(
            self,
            self.tr("Add a step"),
            self.tr("A tiny next step for “%1”:").replace("%1", purpose.name),
            hint=self.tr("e.g. open the draft"),
        )
        if text:
            self._select_made(self.ladder, self.model.run(cmd.AddStep(text, purpose=purpose.name)))

    def edit_step(self) -> None:
        step_id = self._current_id(self.ladder)
        step = self.model.view.store.step(step_id or 0)
        if step is None:
            return
        text = TextPrompt.ask(self, self.tr("Edit the step"), self.tr("The step:"), step.text)
        if text:
            self.act(plan.EditStep(step.id, text))

    def shrink_step(self) -> None:
        step = self.model.view.store.step(self._current_id(self.ladder) or 0)
        if step is None:
            return
        text = TextPrompt.ask(
            self,
            self.tr("A smaller step"),
            self.tr("What is a smaller first step of “%1”?").replace("%1", step.text),
        )
        if text:
            outcome = self.model.run(cmd.ShrinkStep(step.id, [text]))
            made = outcome.value[0] if outcome.value else None
            self._select_made(self.ladder, outcome, made.id if made else None)

    def step_done(self) -> None:
        step_id = self._current_id(self.ladder)
        if step_id is not None:
            self.desktop.report(self.model.run(cmd.RecordWin(WinSource.PLAN, step_id=step_id)))

    def drop_step(self) -> None:
        step_id = self._current_id(self.ladder)
        if step_id is not None and self._current_kind(self.ladder) == StepState.OPEN.value:
            self.act(cmd.DropStep(step_id))

    def reopen_step(self) -> None:
        step_id = self._current_id(self.ladder)
        if step_id is not None:
            self.act(plan.ReopenStep(step_id))

    def _move_step(self, item: QTreeWidgetItem, index: int) -> None:
        """Move among its open siblings: the queue position of the sibling it takes the place of."""
        siblings = [s for s in self.ladder.siblings_of(item) if self._step_can_move(s)]
        index = max(0, min(index, len(siblings) - 1))
        target = self.model.view.store.step(int(siblings[index].data(0, ID)))
        step_id = int(item.data(0, ID))
        if target is not None and target.id != step_id:
            self.act(cmd.MoveStep(step_id, target.position))

    def add_habit(self) -> None:
        purpose_id = self.selected_purpose()
        view = self.model.view
        answer = HabitDialog.ask(
            self,
            None,
            list(view.routines.values()),
            list(view.purposes.values()),
            purpose_id,
            self._stacks(),
        )
        if answer is None:
            return
        outcome = self.model.run(
            cmd.AddHabit(
                answer.action,
                answer.routine,
                answer.at,  # None for an existing routine: the habit joins it, times kept
                answer.days,
                tiny=answer.tiny or None,
                purpose=answer.purpose or None,
            )
        )
        if outcome.refusal is not None:
            self.problem.tell(outcome.refusal)
            return
        self.problem.tell(None)
        added = outcome.value
        if added is not None and not answer.reminder:
            self.act(plan.EditHabit(added.id, reminder=False))
        if added is not None:
            self._place(added.id, answer.place)
            self._select_made(self.stacks, outcome)

    def edit_habit_or_routine(self) -> None:
        if self._current_kind(self.stacks) == "routine":
            self.edit_routine()
        else:
            self.edit_habit()

    def edit_habit(self) -> None:
        habit = self._current_habit()
        if habit is None:
            return
        view = self.model.view
        answer = HabitDialog.ask(
            self,
            habit,
            list(view.routines.values()),
            list(view.purposes.values()),  # an archived purpose too: the habit may keep it
            stacks=self._stacks(),
        )
        if answer is None:
            return
        edited = self.act(
            plan.EditHabit(
                habit.id,
                action=answer.action,
                tiny=answer.tiny,
                routine=answer.routine,
                at=answer.at,
                days=answer.days,
                purpose=answer.purpose,
                reminder=answer.reminder,
            )
        )
        if edited:
            self._place(habit.id, answer.place)

    def _stacks(self) -> dict[int, list[int]]:
        """Each routine's habits in play, in stack order (what the forms number)."""
        stacks: dict[int, list[int]] = {}
        for habit in self.model.view.habits:
            stacks.setdefault(habit.routine_id, []).append(habit.id)
        return stacks

    def _place(self, habit_id: int, place: int) -> None:
        """Put a habit at ``place`` (1 = first) among the habits in play on its routine."""
        habit = self.model.view.store.habit(habit_id)
        if habit is None:
            return
        stack = self._stacks().get(habit.routine_id, [])
        if habit_id in stack and stack.index(habit_id) != place - 1:
            target = self.model.view.store.habit(stack[min(place, len(stack)) - 1])
            if target is not None:
                self.act(plan.MoveHabit(habit_id, target.position))

    def edit_routine(self) -> None:
        routine = self._current_routine()
        if routine is None:
            return
        answer = RoutineDialog.ask(self, routine)
        if answer is None:
            return
        name, times = answer
        if name != routine.name and not self.act(plan.RenameRoutine(routine.id, name)):
            return
        self.act(plan.EditRoutine(routine.id, times))

    def _move_habit(self, item: QTreeWidgetItem, index: int) -> None:
        habit_id = int(item.data(0, ID))
        siblings = self.stacks.siblings_of(item)
        index = max(0, min(index, len(siblings) - 1))
        target = self.model.view.store.habit(int(siblings[index].data(0, ID)))
        if target is not None and target.id != habit_id:
            self.act(plan.MoveHabit(habit_id, target.position))

    def show_streaks(self) -> None:
        habit = self._current_habit()
        if habit is not None:
            self.desktop.streaks_requested.emit(habit.id)

    def archive_habit(self) -> None:
        habit = self._current_habit()
        if habit is not None:
            self.act(plan.ArchiveHabit(habit.id, archived=not habit.archived))

    def delete_habit(self) -> None:
        habit = self._current_habit()
        if habit is None:
            return
        wins = len(self.model.view.store.wins(habit_id=habit.id))
        choice = ConfirmDelete.ask(self, habit.action, wins)
        if choice == "delete":
            self.act(plan.RemoveHabit(habit.id))
        elif choice == "archive" and not habit.archived:
            self.act(plan.ArchiveHabit(habit.id))


class ConfirmDelete(QMessageBox):
    """Deleting a habit takes its wins with it: say how many, and offer to archive instead.

    ``ask`` answers "delete", "archive" or None (cancelled)."""

    def __init__(self, parent: QWidget | None, action: str, wins: int) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Delete the habit?"))
        self.setText(self.tr("Delete “%1” for good?").replace("%1", action))
        self.setInformativeText(
            self.tr(
                "Its %n win(s) go with it. Archive keeps them and stops the reminders.", "", wins
            )
        )
        self.delete_button = self.addButton(
            self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.archive_button = self.addButton(
            self.tr("&Archive instead"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)

    def choice(self) -> str | None:
        clicked = self.clickedButton()
        if clicked is self.delete_button:
            return "delete"
        if clicked is self.archive_button:
            return "archive"
        return None

    @classmethod
    def ask(cls, parent: QWidget | None, action: str, wins: int) -> str | None:
        box = cls(parent, action, wins)
        box.exec()
        return box.choice()
