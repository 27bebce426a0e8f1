"""The "Today" submenu of the tray and of the widget: today's habits with their state, then the
open steps of the focused purpose; choosing one ticks it off."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from smallwins.core.models import DayState
from smallwins.ui.formats import menu_text, time_text
from smallwins.usecases.view import TodayHabit, TodayList

# More steps make a menu nobody reads; the rest are counted.
MAX_STEPS = 8


class TodayMenu(QMenu):
    """Shows a ``TodayList``. Done habits are shown but offer nothing (a day takes one win).

    Signals:
        habit_chosen(int): a habit not done today was chosen (its id).
        step_chosen(int): an open step was chosen (its id).
    """

    habit_chosen = Signal(int)
    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Today"))
        self.set_list(TodayList())

    def set_list(self, today: TodayList) -> None:
        self.clear()
        if today.empty:
            self.addAction(self.tr("Nothing planned today")).setEnabled(False)
            return
        for item in today.habits:
            action = self.addAction(self._habit_label(item))
            if item.state is DayState.PENDING:
                action.triggered.connect(
                    lambda _=False, hid=item.habit.id: self.habit_chosen.emit(hid)
                )
            else:
                action.setEnabled(False)
        if not today.steps or today.purpose is None:
            return
        if today.habits:
            self.addSeparator()
        header = self.tr("Steps toward %1").replace("%1", menu_text(today.purpose.name))
        self.addAction(header).setEnabled(False)
        for open_step in today.steps[:MAX_STEPS]:
            step = open_step.step
            action = self.addAction(self._open_label(step.text, open_step.snoozed_until))
            action.triggered.connect(lambda _=False, sid=step.id: self.step_chosen.emit(sid))
        more = len(today.steps) - MAX_STEPS
        if more > 0:
            self.addAction(self.tr("%n more step(s)", "", more)).setEnabled(False)

    def texts(self) -> list[str]:
        """The lines as the user reads them (separators left out)."""
        return [a.text() for a in self.actions() if not a.isSeparator()]

    def _habit_label(self, item: TodayHabit) -> str:
        text = menu_text(item.habit.action)
        if item.state is DayState.DONE:
            return self.tr("✓ %1 — done").replace("%1", text)
        if item.state is DayState.TINY:
            return self.tr("✓ %1 — tiny version").replace("%1", text)
        if item.snoozed_until is None:
            return self.tr("○ %1 — pending").replace("%1", text)
        return self._open_label(item.habit.action, item.snoozed_until)

    def _open_label(self, text: str, snoozed_until: datetime | None) -> str:
        if snoozed_until is None:
            return "○ " + menu_text(text)
        return (
            self.tr("○ %1 — snoozed until %2")
            .replace("%1", menu_text(text))
            .replace("%2", time_text(snoozed_until))
        )
