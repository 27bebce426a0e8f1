"""The streaks window: for one habit, or all habits together, a year heatmap and a month view,
the current and best streaks, and a small editor that fixes a past day. The window follows
every change, wherever it was made (the command line included)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.events import Topic
from smallwins.core.models import Habit
from smallwins.core.rules import StreakRun
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import ProblemLabel
from smallwins.ui.formats import date_text
from smallwins.ui.heatmap import GREEN, DayGrid, Legend, Look, MonthView, YearHeatmap, share_look
from smallwins.ui.model import AppModel
from smallwins.ui.screens import fit_dialog, fit_to_screen, scrolling
from smallwins.usecases import commands as cmd
from smallwins.usecases.queries import DayShare, HabitDays, Mark, all_habits_days, habit_days

# What this window shows.
SHOWN = Topic.HABITS | Topic.WINS | Topic.REST | Topic.NOTES | Topic.SETTINGS | Topic.CLOCK
ALL_HABITS = 0  # the chooser's entry for all habits together (habit ids start at 1)
BEST_RUNS = 5


def _month_after(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _month_end(day: date) -> date:
    return _month_after(day) - timedelta(days=1)


class StreakBars(QWidget):
    """The best streaks as bars scaled to the longest, each with its length and dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(text for _length, text in rows))
        self.setFixedHeight(self._line() * len(rows))
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(400, self._line() * len(self.rows))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        palette = self.palette()
        longest = max(length for length, _text in self.rows) or 1
        bars = self.width() * 0.4
        line = self._line()
        for index, (length, text) in enumerate(self.rows):
            top = index * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GREEN)
            painter.drawRoundedRect(QRectF(0, top + 3, bars * length / longest, line - 6), 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(bars + 8, top, self.width() - bars - 8, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.end()


@dataclass(frozen=True)
class DayAnswer:
    """What the day editor was told: the day's new entry (None: as it was) and its note."""

    entry: cmd.DayEntry | None
    note: str


class DayEditor(QDialog):
    """Sets what a habit's past day (or today) holds: a win, a tiny win, a rest day, nothing;
    and the day's note."""

    def __init__(
        self, parent: QWidget | None, action: str, day: date, state: str, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change a day"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("“{action}” on {day}: {state}.").format(
                action=action, day=date_text(day, long=True), state=state
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self.buttons: dict[cmd.DayEntry, QRadioButton] = {}
        for entry, text, name in (
            (cmd.DayEntry.WIN, self.tr("&Done"), self.tr("Record a win")),
            (cmd.DayEntry.TINY, self.tr("Done in its &tiny version"), self.tr("Record a tiny win")),
            (cmd.DayEntry.REST, self.tr("A &rest day"), self.tr("Make it a rest day")),
            (cmd.DayEntry.CLEAR, self.tr("&Nothing recorded"), self.tr("Clear the day")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(name)
            self.choices.addButton(button)
            self.buttons[entry] = button
            layout.addWidget(button)
        note_label = QLabel(self.tr("N&ote for the day (optional):"))
        self.note = QLineEdit(note)
        self.note.setMaxLength(cmd.MAX_NOTE)
        self.note.setAccessibleName(self.tr("Note for the day"))
        self.note.setPlaceholderText(self.tr("e.g. slept badly, the tiny version saved it"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)  # Enter confirms, from any choice
        layout.addWidget(box)
        fit_dialog(self, QSize(380, self.sizeHint().height()))

    def choose(self, entry: cmd.DayEntry) -> None:
        self.buttons[entry].setChecked(True)
        self.buttons[entry].setFocus()

    def chosen(self) -> cmd.DayEntry | None:
        for entry, button in self.buttons.items():
            if button.isChecked():
                return entry
        return None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        action: str,
        day: date,
        state: str,
        now: cmd.DayEntry,
        note: str = "",
    ) -> DayAnswer | None:
        """What the user set the day to (its entry None when left as it was) and its note;
        None when cancelled."""
        dialog = cls(parent, action, day, state, note)
        dialog.choose(now)
        dialog.raise_()
        dialog.activateWindow()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        return DayAnswer(None if chosen is now else chosen, dialog.note.text().strip())


_ENTRY_OF_MARK = {
    Mark.DONE: cmd.DayEntry.WIN,
    Mark.RECOVERY: cmd.DayEntry.WIN,
    Mark.TINY: cmd.DayEntry.TINY,
    Mark.REST: cmd.DayEntry.REST,
}


class StreaksWindow(QWidget):
    """Marks in a row: a habit's (or all habits') year and month, and its streaks."""

    def __init__(self, model: AppModel, desktop: Desktop, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.desktop = desktop
        self._loading = False
        today = model.view.today
        self.year = today.year
        self.month = today.replace(day=1)
        self.current_day = today
        self._shown: HabitDays | None = None
        self._notes: dict[date, str] = {}  # the shown habit's notes
        self._shares: dict[date, DayShare | None] = {}
        self.setWindowTitle(self.tr("Streaks"))
        self.setAccessibleName(self.tr("Streaks"))

        top = self._chooser_row()
        content = self._body()

        self.problem = ProblemLabel()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the streaks"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(
            self.close_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scrolling(content), 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        model.changed.connect(self._on_model_changed)
        fit_to_screen(self, QSize(900, 560))
        self.load()

    # --- building ------------------------------------------------------------------------
    def _chooser_row(self) -> QHBoxLayout:
        chooser_label = QLabel(self.tr("&Habit:"))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Habit to show"))
        chooser_label.setBuddy(self.chooser)
        self.chooser.currentIndexChanged.connect(self._on_habit_chosen)
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.setAccessibleName(self.tr("Show archived habits"))
        self.show_archived.toggled.connect(lambda _on: self.load())
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.show_archived)
        return top

    def _body(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Streak figures"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Calendar"))
        self.heatmap = YearHeatmap()
        self.heatmap.setAccessibleName(self.tr("Year heatmap"))
        self.month_view = MonthView()
        self.month_view.setAccessibleName(self.tr("Month"))
        self.tabs.addTab(self._year_page(), self.tr("&Year"))
        self.tabs.addTab(self._month_page(), self.tr("&Month"))
        self.tabs.currentChanged.connect(lambda _index: self._grid().setFocus())
        for grid in (self.heatmap, self.month_view):
            grid.day_activated.connect(self.edit_day)
            grid.cursor_moved.connect(self._on_cursor_moved)
            grid.range_left.connect(self.go_to)
        self.legend = Legend()
        self.legend.setAccessibleName(self.tr("Legend"))

        self.best_label = QLabel(self.tr("Best streaks"))
        self.bars = StreakBars()
        self.bars.setAccessibleName(self.tr("Best streaks"))

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.summary)
        body.addWidget(self.tabs)
        body.addWidget(self.legend)
        body.addWidget(self.best_label)
        body.addWidget(self.bars)
        body.addStretch(1)
        return content

    def _nav(self, *buttons: QPushButton) -> tuple[QHBoxLayout, QLabel]:
        row = QHBoxLayout()
        title = QLabel()
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(buttons[0])
        row.addWidget(title, 1)
        for button in buttons[1:]:
            row.addWidget(button)
        return row, title

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _year_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.previous_year = self._button(
            self.tr("◀ Previous year"), self.tr("Show the previous year"), lambda: self.shift(-12)
        )
        self.next_year = self._button(
            self.tr("Next year ▶"), self.tr("Show the next year"), lambda: self.shift(12)
        )
        row, self.year_title = self._nav(self.previous_year, self.next_year)
        layout.addLayout(row)
        layout.addWidget(self.heatmap)
        layout.addStretch(1)
        return page

    def _month_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.previous_month = self._button(
            self.tr("◀ Previous"), self.tr("Show the previous month"), lambda: self.shift(-1)
        )
        self.next_month = self._button(
            self.tr("Next ▶"), self.tr("Show the next month"), lambda: self.shift(1)
        )
        self.today_button = self._button(
            self.tr("&Today"), self.tr("Show today"), lambda: self.go_to(self.model.view.today)
        )
        row, self.month_title = self._nav(self.previous_month, self.next_month, self.today_button)
        layout.addLayout(row)
        layout.addWidget(self.month_view)
        layout.addStretch(1)
        return page

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Show the chosen habit's days as they are now."""
        self._load_chooser()
        self._load_days()

    def _on_model_changed(self, topics: Topic) -> None:
        if topics & SHOWN and self.isVisible():
            self.load()

    def selected_habit(self) -> int:
        """The id of the habit shown, or ALL_HABITS."""
        data = self.chooser.currentData()
        return ALL_HABITS if data is None else int(data)

    def choose_habit(self, habit_id: int) -> None:
        """Show ``habit_id`` (an archived one too: the toggle turns on)."""
        habit = self.model.view.store.habit(habit_id)
        if habit is not None and habit.archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)  # reloads
        index = self.chooser.findData(habit_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _habits(self) -> list[Habit]:
        view = self.model.view
        shown = list(view.habits)
        if self.show_archived.isChecked():
            in_play = {h.id for h in shown}
            shown += [h for h in view.store.habits(include_archived=True) if h.id not in in_play]
        return shown

    def _load_chooser(self) -> None:
        chosen = self.selected_habit()
        self._loading = True
        try:
            self.chooser.clear()
            self.chooser.addItem(self.tr("All habits"), ALL_HABITS)
            for habit in self._habits():
                text = habit.action
                if habit.archived:
                    text = self.tr("{habit} (archived)").format(habit=habit.action)
                self.chooser.addItem(text, habit.id)
            index = self.chooser.findData(chosen)
            self.chooser.setCurrentIndex(max(0, index))
        finally:
            self._loading = False

    def _on_habit_chosen(self, _index: int) -> None:
        if not self._loading:
            self._load_days()

    def _load_days(self) -> None:
        view = self.model.view
        year_first, year_last = date(self.year, 1, 1), date(self.year, 12, 31)
        first, last = min(year_first, self.month), max(year_last, _month_end(self.month))
        habit = view.store.habit(self.selected_habit())
        if habit is None:
            self._shown = None
            self._shares = all_habits_days(view, first, last)
            looks = {
                day: Look.FUTURE if share is None else share_look(share.done, share.scheduled)
                for day, share in self._shares.items()
            }
        else:
            self._shown = habit_days(view, habit, first, last, BEST_RUNS)
            self._notes = view.store.notes(habit.id)
            looks = {day: Look(mark.value) for day, mark in self._shown.marks.items()}
        self.heatmap.set_days(
            self._between(looks, year_first, year_last), self.describe, self.current_day
        )
        self.month_view.set_days(
            self._between(looks, self.month, _month_end(self.month)),
            self.describe,
            self.current_day,
        )
        month = QLocale().standaloneMonthName(self.month.month)
        self.year_title.setText(str(self.year))
        self.month_title.setText(f"{month} {self.month.year}")
        self.next_year.setEnabled(self.year < view.today.year)
        self.next_month.setEnabled(self.month < view.today.replace(day=1))
        self._load_figures()

    @staticmethod
    def _between(looks: dict[date, Look], first: date, last: date) -> dict[date, Look]:
        return {day: look for day, look in looks.items() if first <= day <= last}

    def _load_figures(self) -> None:
        shown = self._shown
        if shown is None:
            today = self._shares.get(self.model.view.today)
            done, scheduled = (today.done, today.scheduled) if today else (0, 0)
            self.summary.setText(
                self.tr("Today: %1 of %n habit(s) done.", "", scheduled).replace("%1", str(done))
                if scheduled
                else self.tr("Nothing scheduled today.")
            )
            self.legend.set_entries(self.share_legend())
            self.best_label.hide()
            self.bars.hide()
            return
        current = self.tr("Current streak: %n day(s)", "", shown.current_streak)
        if shown.streak_bent:
            current += " " + self.tr("(bent, still going)")
        best = self.tr("Best streak: %n day(s)", "", shown.best_streak)
        self.summary.setText(f"{current} · {best}")
        self.legend.set_entries(self.habit_legend())
        self.best_label.setVisible(bool(shown.best_runs))
        self.bars.setVisible(bool(shown.best_runs))
        self.bars.set_rows([(run.length, self.run_text(run)) for run in shown.best_runs])

    def run_text(self, run: StreakRun) -> str:
        days = self.tr("%n day(s)", "", run.length)
        if run.first == run.last:
            return self.tr("{days}: {first}").format(days=days, first=date_text(run.first))
        return self.tr("{days}: {first} – {last}").format(
            days=days, first=date_text(run.first), last=date_text(run.last)
        )

    # --- words ---------------------------------------------------------------------------
    def look_names(self) -> dict[Look, str]:
        return {
            Look.DONE: self.tr("done"),
            Look.TINY: self.tr("tiny version"),
            Look.RECOVERY: self.tr("done after a miss"),
            Look.REST: self.tr("rest day"),
            Look.MISSED: self.tr("missed"),
            Look.BENT: self.tr("missed once, streak kept"),
            Look.PENDING: self.tr("today, still open"),
            Look.UNSCHEDULED: self.tr("not scheduled"),
            Look.BEFORE: self.tr("before the habit began"),
            Look.FUTURE: self.tr("still to come"),
            Look.SHARE_NONE: self.tr("none done"),
            Look.SHARE_SOME: self.tr("under half done"),
            Look.SHARE_MOST: self.tr("half or more done"),
            Look.SHARE_ALL: self.tr("all done"),
        }

    def habit_legend(self) -> list[tuple[Look, str]]:
        names = self.look_names()
        looks = (
            Look.DONE, Look.TINY, Look.RECOVERY, Look.REST, Look.MISSED, Look.BENT,
            Look.PENDING, Look.UNSCHEDULED, Look.BEFORE, Look.FUTURE,
        )  # fmt: skip
        return [(look, names[look]) for look in looks]

    def share_legend(self) -> list[tuple[Look, str]]:
        names = self.look_names()
        looks = (
            Look.SHARE_NONE, Look.SHARE_SOME, Look.SHARE_MOST, Look.SHARE_ALL,
            Look.UNSCHEDULED, Look.FUTURE,
        )  # fmt: skip
        return [(look, names[look]) for look in looks]

    def describe(self, day: date) -> str:
        """A day in words: its date and what it was."""
        when = date_text(day, long=True)
        if self._shown is None:
            share = self._shares.get(day)
            if share is None:
                return self.tr("{day}: still to come").format(day=when)
            if not share.scheduled:
                return self.tr("{day}: nothing scheduled").format(day=when)
            done = self.tr("%1 of %n habit(s) done", "", share.scheduled).replace(
                "%1", str(share.done)
            )
            return f"{when}: {done}"
        mark = self._shown.marks.get(day)
        state = self.look_names()[Look(mark.value)] if mark else ""
        note = self._notes.get(day)
        return f"{when}: {state} — {note}" if note else f"{when}: {state}"

    # --- moving --------------------------------------------------------------------------
    def _grid(self) -> DayGrid:
        return self.heatmap if self.tabs.currentIndex() == 0 else self.month_view

    def shift(self, months: int) -> None:
        """Show the year (``months`` ±12) or month before or after."""
        if abs(months) == 12:
            target = self.current_day.replace(year=self.year + months // 12, day=1)
        elif months < 0:
            target = (self.month - timedelta(days=1)).replace(day=1)
        else:
            target = _month_after(self.month)
        self.go_to(min(target, self.model.view.today))

    def go_to(self, day: date) -> None:
        """Put the cursor on ``day``, showing its year and month."""
        self.current_day = day
        self.year = day.year
        self.month = day.replace(day=1)
        self._load_days()

    def _on_cursor_moved(self, day: date) -> None:
        self.current_day = day
        if day.replace(day=1) != self.month or day.year != self.year:
            self.go_to(day)

    # --- editing -------------------------------------------------------------------------
    def edit_day(self, day: date) -> None:
        """Open the day's editor: for a habit's past day or today, never a future one."""
        view = self.model.view
        if day > view.today:
            self.problem.tell(self.tr("A day still to come cannot be changed."))
            return
        shown = self._shown
        if shown is None:
            self.problem.tell(self.tr("Choose a habit to change one of its days."))
            return
        self.problem.tell(None)
        mark = shown.marks.get(day, Mark.UNSCHEDULED)
        note = self._notes.get(day, "")
        answer = DayEditor.ask(
            self,
            shown.habit.action,
            day,
            self.look_names()[Look(mark.value)],
            _ENTRY_OF_MARK.get(mark, cmd.DayEntry.CLEAR),
            note,
        )
        if answer is None:
            return
        if answer.entry is not None:
            outcome = self.model.run(cmd.SetDay(shown.habit.id, day, answer.entry))
            self.problem.tell(outcome.refusal)
            if outcome.refusal is not None:
                return
        if answer.note != note:
            self.problem.tell(self.model.run(cmd.SetNote(shown.habit.id, day, answer.note)).refusal)
