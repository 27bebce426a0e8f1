"""The plan window's forms: a purpose, a habit, a routine's times. Each is a modal dialog behind
a classmethod ``ask()`` (tests answer for the user) that returns what was chosen, or None.

The forms only collect; the plan window turns the answer into a use case, which checks it
(a refusal is shown in the window and changes nothing)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QLocale, QSize, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.models import (
    WEEKDAY_NAMES,
    FixedDays,
    Habit,
    Purpose,
    Quota,
    Routine,
    Schedule,
)
from smallwins.core.validation import MAX_QUOTA_DAYS, MAX_TEXT
from smallwins.ui.screens import fit_dialog

TIME_FORMAT = "HH:mm"
FORM_WIDTH = 440
WEEKEND = (5, 6)
WORKDAYS = (0, 1, 2, 3, 4)


def day_name(weekday: int, long: bool = False) -> str:
    """The weekday (0 = Monday) in the user's language."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(weekday + 1, kind)


def _line(text: str, name: str, hint: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(MAX_TEXT)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    return edit


def _time_edit(at: time | None, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(7, 30))
    # The locale's way (07:30, 7:30 AM), as the plan window and the menus write times.
    edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    edit.setAccessibleName(name)
    return edit


def _hhmm(edit: QTimeEdit) -> str:
    return edit.time().toString(TIME_FORMAT)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _labelled(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


# --- a purpose ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurposeAnswer:
    name: str
    why: str  # "" for none
    colour: str  # "#rrggbb", or "" for none


class PurposeDialog(QDialog):
    """A purpose's name, why and colour."""

    def __init__(self, parent: QWidget | None, purpose: Purpose | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit purpose") if purpose else self.tr("New purpose"))
        self.name = _line(purpose.name if purpose else "", self.tr("Purpose name"))
        self.name.setPlaceholderText(self.tr("e.g. Write a novel"))
        self.why = _line(purpose.why or "" if purpose else "", self.tr("Why it matters"))
        self.why.setPlaceholderText(self.tr("optional"))
        self.why.setMaxLength(1000)
        self.colour = purpose.colour or "" if purpose else ""
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(self.tr("Colour"))
        self.colour_button.clicked.connect(self._choose_colour)
        self.no_colour = QPushButton(self.tr("No colo&ur"))
        self.no_colour.setAccessibleName(self.tr("No colour"))
        self.no_colour.clicked.connect(lambda: self._set_colour(""))
        colours = QHBoxLayout()
        colours.addWidget(self.colour_button)
        colours.addWidget(self.no_colour)
        colours.addStretch(1)
        holder = QWidget()
        holder.setLayout(colours)
        colours.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        _labelled(form, self.tr("&Name:"), self.name)
        _labelled(form, self.tr("&Why:"), self.why)
        label = QLabel(self.tr("&Colour:"))
        label.setBuddy(self.colour_button)
        form.addRow(label, holder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = _buttons(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(self.name.text().strip()))
        layout.addWidget(buttons)
        self._set_colour(self.colour)
        fit_dialog(self, QSize(FORM_WIDTH, self.sizeHint().height()))

    def _choose_colour(self) -> None:
        start = QColor(self.colour) if self.colour else QColor("#3b82f6")
        chosen = QColorDialog.getColor(start, self, self.tr("Purpose colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        if colour:
            self.colour_button.setText(self.tr("C&hange…"))
            self.colour_button.setStyleSheet(f"border-left: 14px solid {colour};")
        else:
            self.colour_button.setText(self.tr("C&hoose…"))
            self.colour_button.setStyleSheet("")
        self.no_colour.setEnabled(bool(colour))

    def answer(self) -> PurposeAnswer:
        return PurposeAnswer(self.name.text().strip(), self.why.text().strip(), self.colour)

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: Purpose | None = None) -> PurposeAnswer | None:
        dialog = cls(parent, purpose)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


# --- a habit -----------------------------------------------------------------------------------


class DaysPicker(QWidget):
    """A habit's days: fixed weekdays, or N times in P days. The plan window's habit form and
    the welcome's habit page both use it.

    Signals:
        changed(): the days chosen changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_days = QRadioButton(self.tr("On these &days:"))
        self.on_days.setAccessibleName(self.tr("On fixed weekdays"))
        self.quota = QRadioButton(self.tr("A &number of times in a period:"))
        self.quota.setAccessibleName(self.tr("A number of times in a period"))
        group = QButtonGroup(self)
        group.addButton(self.on_days)
        group.addButton(self.quota)
        self.day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        days_row.setContentsMargins(24, 0, 0, 0)
        for weekday in range(7):
            box = QCheckBox(day_name(weekday))
            box.setAccessibleName(day_name(weekday, long=True))
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.times = QSpinBox()
        self.times.setRange(1, MAX_QUOTA_DAYS)
        self.times.setAccessibleName(self.tr("Times"))
        self.period = QSpinBox()
        self.period.setRange(1, MAX_QUOTA_DAYS)
        self.period.setValue(7)
        self.period.setAccessibleName(self.tr("Days in the period"))
        quota_row = QHBoxLayout()
        quota_row.setContentsMargins(24, 0, 0, 0)
        times_label = QLabel(self.tr("times in"))
        times_label.setBuddy(self.times)
        period_label = QLabel(self.tr("days"))
        period_label.setBuddy(self.period)
        quota_row.addWidget(self.times)
        quota_row.addWidget(times_label)
        quota_row.addWidget(self.period)
        quota_row.addWidget(period_label)
        quota_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.on_days)
        layout.addLayout(days_row)
        layout.addWidget(self.quota)
        layout.addLayout(quota_row)
        self.on_days.toggled.connect(self._on_kind)
        self.on_days.setChecked(True)

    def show_schedule(self, schedule: Schedule) -> None:
        if isinstance(schedule, Quota):
            self.quota.setChecked(True)
            self.times.setValue(schedule.times)
            self.period.setValue(schedule.days)
        else:
            self.on_days.setChecked(True)
            for weekday, box in enumerate(self.day_boxes):
                box.setChecked(weekday in schedule.weekdays)
        self._on_kind()

    def has_days(self) -> bool:
        return not self.on_days.isChecked() or any(b.isChecked() for b in self.day_boxes)

    def days(self) -> str:
        """The days as the use cases read them: "daily", "mon,wed,fri" or "3/7"."""
        if not self.on_days.isChecked():
            return f"{self.times.value()}/{self.period.value()}"
        chosen = [d for d, box in enumerate(self.day_boxes) if box.isChecked()]
        return "daily" if len(chosen) == 7 else ",".join(WEEKDAY_NAMES[d] for d in chosen)

    def _on_kind(self) -> None:
        fixed = self.on_days.isChecked()
        for box in self.day_boxes:
            box.setEnabled(fixed)
        self.times.setEnabled(not fixed)
        self.period.setEnabled(not fixed)
        self.changed.emit()


@dataclass(frozen=True)
class HabitAnswer:
    action: str
    tiny: str  # "" for none
    routine: str
    at: str | None  # HH:MM for a routine that does not exist yet, else None
    days: str  # as parse_schedule reads it: "mon,wed" or "3/7"
    purpose: str  # a purpose's name, or "" for none
    reminder: bool
    place: int  # in its routine's stack, 1 = first


class HabitDialog(QDialog):
    """Everything about a habit: "After I <routine>, I will <action>", its tiny version, its
    days, its purpose and whether it reminds."""

    def __init__(
        self,
        parent: QWidget | None,
        habit: Habit | None,
        routines: list[Routine],
        purposes: list[Purpose],
        purpose_id: int | None = None,
        stacks: Mapping[int, list[int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit habit") if habit else self.tr("New habit"))
        self._routines = {r.name.casefold(): r for r in routines}
        self._stacks = stacks or {}  # routine id -> its habits' ids, in stack order
        self._habit = habit
        current = next((r for r in routines if habit and r.id == habit.routine_id), None)

        self.routine = QComboBox()
        self.routine.setEditable(True)
        self.routine.setAccessibleName(self.tr("Routine"))
        self.routine.addItems([r.name for r in routines])
        self.routine.setCurrentText(current.name if current else "")
        line = self.routine.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("e.g. pour my morning coffee"))
        line.setMaxLength(MAX_TEXT)
        self.at = _time_edit(None, self.tr("Time of the new routine"))
        self.at_hint = QLabel()
        self.at_hint.setWordWrap(True)
        self.routine.currentTextChanged.connect(self._on_routine)

        self.action = _line(habit.action if habit else "", self.tr("Habit action"))
        self.action.setPlaceholderText(self.tr("e.g. read one page"))
        self.tiny = _line(habit.tiny or "" if habit else "", self.tr("Tiny version"))
        self.tiny.setPlaceholderText(self.tr("the smallest version, for a hard day (optional)"))

        self.schedule = DaysPicker()

        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.addItem(self.tr("No purpose"), "")
        for p in purposes:
            self.purpose.addItem(p.name, p.name)
        chosen = habit.purpose_id if habit else purpose_id
        for index, p in enumerate(purposes, start=1):
            if p.id == chosen:
                self.purpose.setCurrentIndex(index)
        self.reminder = QCheckBox(self.tr("&Remind me at the routine's time"))
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self.reminder.setChecked(habit.reminder if habit else True)
        self.place = QSpinBox()
        self.place.setAccessibleName(self.tr("Place in the routine's stack"))

        layout = self._lay_out()
        buttons = _buttons(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        for field in (self.action, line):
            field.textChanged.connect(self._update_ok)
        self.schedule.changed.connect(self._update_ok)
        self.schedule.show_schedule(habit.schedule if habit else FixedDays(frozenset(range(7))))
        self._on_routine(self.routine.currentText())
        (self.routine if habit is None else self.action).setFocus()
        fit_dialog(self, QSize(FORM_WIDTH + 80, self.sizeHint().height()))

    def _lay_out(self) -> QVBoxLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        _labelled(form, self.tr("&After I …"), self.routine)
        _labelled(form, self.tr("a&t"), self.at)
        form.addRow("", self.at_hint)
        _labelled(form, self.tr("I &will …"), self.action)
        _labelled(form, self.tr("T&iny version:"), self.tiny)
        _labelled(form, self.tr("Place in the &stack:"), self.place)
        _labelled(form, self.tr("&Purpose:"), self.purpose)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.schedule)
        layout.addWidget(self.reminder)
        return layout

    def _known(self, name: str) -> Routine | None:
        return self._routines.get(name.strip().casefold())

    def _on_routine(self, name: str) -> None:
        known = self._known(name)
        self.at.setEnabled(known is None)
        # The habit's place among the habits stacked on that routine (last when it joins it).
        stack = list(self._stacks.get(known.id, [])) if known is not None else []
        mine = self._habit.id if self._habit is not None else None
        if mine not in stack:
            stack.append(mine or 0)
        self.place.setRange(1, len(stack))
        self.place.setValue(stack.index(mine or 0) + 1)
        if known is None:
            self.at_hint.setText(self.tr("A new routine: it happens at this time every day."))
        else:
            first = next(iter(sorted(known.times)), None)
            if first is not None:
                self.at.setTime(QTime(first[1].hour, first[1].minute))
            self.at_hint.setText(
                self.tr("Its times are the routine's: change them with “Routine times…”.")
            )

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            bool(self.action.text().strip())
            and bool(self.routine.currentText().strip())
            and self.schedule.has_days()
        )

    def answer(self) -> HabitAnswer:
        routine = self.routine.currentText().strip()
        return HabitAnswer(
            action=self.action.text().strip(),
            tiny=self.tiny.text().strip(),
            routine=routine,
            at=_hhmm(self.at) if self._known(routine) is None else None,
            days=self.schedule.days(),
            purpose=str(self.purpose.currentData()),
            reminder=self.reminder.isChecked(),
            place=self.place.value(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        habit: Habit | None,
        routines: list[Routine],
        purposes: list[Purpose],
        purpose_id: int | None = None,
        stacks: Mapping[int, list[int]] | None = None,
    ) -> HabitAnswer | None:
        dialog = cls(parent, habit, routines, purposes, purpose_id, stacks)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


# --- a routine's times -------------------------------------------------------------------------

SAME, SPLIT, EACH = 0, 1, 2


class RoutineDialog(QDialog):
    """A routine's name and times: the same every day, weekdays and weekends, or each day on
    its own; a day may have no time."""

    def __init__(self, parent: QWidget | None, routine: Routine) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Routine times"))
        times = dict(routine.times)
        self.name = _line(routine.name, self.tr("Routine name"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("How the times repeat"))
        self.mode.addItem(self.tr("The same time every day"), SAME)
        self.mode.addItem(self.tr("Weekdays and weekends"), SPLIT)
        self.mode.addItem(self.tr("Each day on its own"), EACH)

        first = next(iter(times.values()), time(7, 30))
        self.every_day = _time_edit(first, self.tr("Time every day"))
        workday = next((times[d] for d in WORKDAYS if d in times), first)
        weekend = next((times[d] for d in WEEKEND if d in times), workday)
        self.workdays_on = QCheckBox(self.tr("&Weekdays (Mon–Fri) at"))
        self.workdays_on.setAccessibleName(self.tr("On weekdays"))
        self.workdays_at = _time_edit(workday, self.tr("Time on weekdays"))
        self.weekend_on = QCheckBox(self.tr("Wee&kends (Sat–Sun) at"))
        self.weekend_on.setAccessibleName(self.tr("On weekends"))
        self.weekend_at = _time_edit(weekend, self.tr("Time on weekends"))
        self.workdays_on.setChecked(any(d in times for d in WORKDAYS))
        self.weekend_on.setChecked(any(d in times for d in WEEKEND))
        each = self._day_rows(times, first)
        self.workdays_on.toggled.connect(self.workdays_at.setEnabled)
        self.weekend_on.toggled.connect(self.weekend_at.setEnabled)
        self.workdays_at.setEnabled(self.workdays_on.isChecked())
        self.weekend_at.setEnabled(self.weekend_on.isChecked())

        self._pages(each)

        form = QFormLayout()
        _labelled(form, self.tr("&Name:"), self.name)
        _labelled(form, self.tr("&Times:"), self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for page in (self.same_page, self.split_page, self.each_page):
            layout.addWidget(page)
        note = QLabel(self.tr("Every habit stacked on this routine follows its times."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(_buttons(self))
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.mode.setCurrentIndex(self._mode_of(times))
        self._on_mode()
        fit_dialog(self, QSize(FORM_WIDTH, self.sizeHint().height()))

    def _day_rows(self, times: dict[int, time], first: time) -> QGridLayout:
        self.day_on: list[QCheckBox] = []
        self.day_at: list[QTimeEdit] = []
        each = QGridLayout()
        for weekday in range(7):
            box = QCheckBox(day_name(weekday, long=True))
            box.setAccessibleName(day_name(weekday, long=True))
            box.setChecked(weekday in times)
            edit = _time_edit(
                times.get(weekday, first),
                self.tr("Time on %1").replace("%1", day_name(weekday, long=True)),
            )
            box.toggled.connect(edit.setEnabled)
            edit.setEnabled(box.isChecked())
            self.day_on.append(box)
            self.day_at.append(edit)
            each.addWidget(box, weekday, 0)
            each.addWidget(edit, weekday, 1)
        return each

    def _pages(self, each: QGridLayout) -> None:
        self.same_page = QWidget()
        same = QHBoxLayout(self.same_page)
        same_label = QLabel(self.tr("&Every day at"))
        same_label.setBuddy(self.every_day)
        same.addWidget(same_label)
        same.addWidget(self.every_day)
        same.addStretch(1)
        self.split_page = QWidget()
        split = QGridLayout(self.split_page)
        split.addWidget(self.workdays_on, 0, 0)
        split.addWidget(self.workdays_at, 0, 1)
        split.addWidget(self.weekend_on, 1, 0)
        split.addWidget(self.weekend_at, 1, 1)
        self.each_page = QWidget()
        self.each_page.setLayout(each)
        for grid in (same, split, each):
            grid.setContentsMargins(0, 0, 0, 0)

    @staticmethod
    def _mode_of(times: dict[int, time]) -> int:
        if len(times) == 7 and len(set(times.values())) == 1:
            return SAME
        workdays = {times.get(d) for d in WORKDAYS}
        weekend = {times.get(d) for d in WEEKEND}
        return SPLIT if len(workdays) == 1 and len(weekend) == 1 else EACH

    def _on_mode(self) -> None:
        mode = self.mode.currentData()
        self.same_page.setVisible(mode == SAME)
        self.split_page.setVisible(mode == SPLIT)
        self.each_page.setVisible(mode == EACH)
        self.resize(self.width(), self.sizeHint().height())

    def times(self) -> list[tuple[int, str]]:
        mode = self.mode.currentData()
        if mode == SAME:
            return [(d, _hhmm(self.every_day)) for d in range(7)]
        if mode == SPLIT:
            chosen: list[tuple[int, str]] = []
            if self.workdays_on.isChecked():
                chosen += [(d, _hhmm(self.workdays_at)) for d in WORKDAYS]
            if self.weekend_on.isChecked():
                chosen += [(d, _hhmm(self.weekend_at)) for d in WEEKEND]
            return chosen
        return [(d, _hhmm(self.day_at[d])) for d in range(7) if self.day_on[d].isChecked()]

    @classmethod
    def ask(
        cls, parent: QWidget | None, routine: Routine
    ) -> tuple[str, list[tuple[int, str]]] | None:
        dialog = cls(parent, routine)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip(), dialog.times()
