"""The streaks window: for one habit, or all habits together, a year heatmap and a month view,
the current and best streaks, the strength with its 90-day trend, this month against the last,
which weekdays get done, the steps finished per purpose, and a small editor that fixes a past
day. The window follows every change, wherever it was made (the command line included), and
recomputes only the parts a change touched."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
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
from smallwins.core.figures import TREND_DAYS, WeekdayTally, month_before
from smallwins.core.models import Habit
from smallwins.core.rules import StreakRun, StrengthExplanation
from smallwins.ui import prefs
from smallwins.ui.charts import ProgressBars, TrendLine, WeekdayMonthsView
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import ProblemLabel
from smallwins.ui.formats import date_text
from smallwins.ui.heatmap import (
    DayGrid,
    Legend,
    Look,
    MonthView,
    YearHeatmap,
    first_weekday,
    share_look,
    weekday_name,
)
from smallwins.ui.model import AppModel
from smallwins.ui.screens import fit_dialog, fit_to_screen, scrolling
from smallwins.ui.theme import chart_colours
from smallwins.usecases import commands as cmd
from smallwins.usecases.queries import (
    DayShare,
    HabitDays,
    Mark,
    MonthTotals,
    all_habits_days,
    habit_days,
    month_totals,
    purpose_progress,
    strength_figures,
    total_wins,
    weekday_frequency,
)

# What the days, streaks, strength and totals are worked out from (archiving a purpose takes
# its habits out of play: that change tells HABITS too).
DAYS = Topic.HABITS | Topic.WINS | Topic.REST
# What the steps per purpose are worked out from (and the focus, a setting, orders them).
STEPS = Topic.STEPS | Topic.PURPOSES
# Everything this window shows: the notes; the day-start hour and the day (settings, clock);
# the week's first day (a desktop preference).
SHOWN = DAYS | STEPS | Topic.NOTES | Topic.SETTINGS | Topic.CLOCK | Topic.PREFS
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
        colours = chart_colours(palette)  # the same green as the window's other bars
        bars = self.width() * 0.4
        line = self._line()
        for index, (length, text) in enumerate(self.rows):
            top = index * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.line)
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
        self,
        parent: QWidget | None,
        action: str,
        day: date,
        state: str,
        note: str = "",
        tiny: str | None = None,
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
            (
                cmd.DayEntry.TINY,
                self.tr("Done in its &tiny version: “{tiny}”").format(tiny=tiny)
                if tiny
                else self.tr("A &tiny win (a smaller version of it)"),
                self.tr("Record a tiny win"),
            ),
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
        tiny: str | None = None,
    ) -> DayAnswer | None:
        """What the user set the day to (its entry None when left as it was) and its note;
        None when cancelled."""
        dialog = cls(parent, action, day, state, note, tiny)
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
    """Marks in a row: a habit's (or all habits') year and month, its streaks, strength and
    totals, which weekdays it gets done; and the steps finished per purpose."""

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
        # What the figures shown were worked out for: a change that leaves these alone
        # (another setting, a routine's time coming) recomputes nothing.
        self._today = today
        self._day_start = model.view.settings.day_start_hour
        self._focus = model.view.settings.focused_purpose_id
        self.week_first = first_weekday(prefs.first_weekday(model.setting(prefs.WEEK_START)))
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
        # Loaded when first shown (or asked to show a habit): ui/windows.py loads a window
        # before it shows it, and all habits need not be worked out before one is chosen.
        self._loaded = False

    # --- building ------------------------------------------------------------------------
    def _chooser_row(self) -> QHBoxLayout:
        chooser_label = QLabel(self.tr("&Habit:"))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Habit to show"))
        chooser_label.setBuddy(self.chooser)
        self.chooser.currentIndexChanged.connect(self._on_habit_chosen)
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.setAccessibleName(self.tr("Show archived habits"))
        self.show_archived.toggled.connect(lambda _on: None if self._loading else self.load())
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
        self.tabs.currentChanged.connect(self._on_tab_changed)
        for grid in (self.heatmap, self.month_view):
            grid.day_activated.connect(self.edit_day)
            grid.cursor_moved.connect(self._on_cursor_moved)
            grid.range_left.connect(self.go_to)
        self.legend = Legend()
        self.legend.setAccessibleName(self.tr("Legend"))

        self.best_label = QLabel(self.tr("Best streaks"))
        self.bars = StreakBars()
        self.bars.setAccessibleName(self.tr("Best streaks"))
        best = QWidget()
        best_layout = QVBoxLayout(best)
        best_layout.setContentsMargins(0, 0, 0, 0)
        best_layout.addWidget(self.best_label)
        best_layout.addWidget(self.bars)
        best_layout.addStretch(1)

        first_row = QHBoxLayout()
        first_row.addWidget(self._strength_box(), 3)
        first_row.addWidget(self._totals_box(), 2)
        second_row = QHBoxLayout()
        second_row.addWidget(self._weekdays_box(), 3)
        second_row.addWidget(best, 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.summary)
        body.addWidget(self.tabs)
        body.addWidget(self.legend)
        body.addLayout(first_row)
        body.addLayout(second_row)
        body.addWidget(self._steps_box())
        body.addStretch(1)
        self._apply_week_first()
        self._on_tab_changed(0)
        return content

    def _box(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        return box, QVBoxLayout(box)

    def _strength_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Strength"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.trend = TrendLine()
        self.trend.setAccessibleName(self.tr("Strength over the last 90 days"))
        layout.addWidget(self.strength_label)
        layout.addWidget(self.trend)
        return box

    def _totals_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("This month and the last"))
        self.totals = QWidget()
        self.totals.setAccessibleName(self.tr("Totals"))
        grid = QGridLayout(self.totals)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.total_cells: dict[tuple[int, int], QLabel] = {}
        for row in range(6):
            for column in range(3):
                cell = QLabel()
                if column:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(cell, row, column)
                self.total_cells[row, column] = cell
        for row, text in enumerate(
            (
                "",
                self.tr("Wins"),
                self.tr("Done"),
                self.tr("Tiny version"),
                self.tr("Rest days"),
                self.tr("Missed"),
            )
        ):
            self.total_cells[row, 0].setText(text)
        grid.setColumnStretch(0, 1)
        self.all_wins = QLabel()
        self.all_wins.setWordWrap(True)
        layout.addWidget(self.totals)
        layout.addWidget(self.all_wins)
        layout.addStretch(1)
        return box

    def _weekdays_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Which weekdays get done"))
        self.weekdays = WeekdayMonthsView()
        self.weekdays.setAccessibleName(self.tr("Weekdays by month"))
        self.weekdays_hint = QLabel(
            self.tr("A full disc: done on every one of those days; a ring alone: on none.")
        )
        self.weekdays_hint.setWordWrap(True)
        self.weekdays_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.weekdays)
        layout.addWidget(self.weekdays_hint)
        return box

    def _steps_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Steps finished per purpose"))
        self.steps = ProgressBars()
        self.steps.setAccessibleName(self.tr("Steps finished per purpose"))
        self.no_steps = QLabel(self.tr("No steps yet: add some in the plan."))
        layout.addWidget(self.steps)
        layout.addWidget(self.no_steps)
        return box

    def _on_tab_changed(self, index: int) -> None:
        # The tabs take the height of the page shown, not of the tallest: the year is much
        # lower than the month, and the figures below move up.
        for page in range(self.tabs.count()):
            policy = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            widget = self.tabs.widget(page)
            if widget is not None:
                widget.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()
        self._grid().setFocus()

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
    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Show the chosen habit's days, figures and the steps as they are now."""
        self._loaded = True
        self._apply_week_first()
        self._load_chooser()
        self._load_days()
        self._load_habit_figures()
        self._load_steps()

    def _on_model_changed(self, topics: Topic) -> None:
        if not topics & SHOWN or not self.isVisible() or not self._loaded:
            return  # shown again, it loads (ui/windows.py)
        view = self.model.view
        days = bool(topics & DAYS)
        if topics & (Topic.SETTINGS | Topic.CLOCK):
            # The day-start hour, or a new day: every mark may move.
            days = days or (view.today, view.settings.day_start_hour) != (
                self._today,
                self._day_start,
            )
        if topics & Topic.PREFS:
            self._apply_week_first()
        if topics & Topic.HABITS:
            self._load_chooser()
        if days:
            self._load_days()
            self._load_habit_figures()
        elif topics & Topic.NOTES:
            self._load_notes()
        if topics & STEPS or (
            topics & Topic.SETTINGS and view.settings.focused_purpose_id != self._focus
        ):
            self._load_steps()

    def _apply_week_first(self) -> None:
        """Start the weeks on the day Settings chose (or the locale's): only repaints."""
        chosen = first_weekday(prefs.first_weekday(self.model.setting(prefs.WEEK_START)))
        self.week_first = chosen
        for grid in (self.heatmap, self.month_view):
            grid.set_week_first(chosen)
        self.weekdays.set_week_first(chosen)

    def selected_habit(self) -> int:
        """The id of the habit shown, or ALL_HABITS."""
        data = self.chooser.currentData()
        return ALL_HABITS if data is None else int(data)

    def choose_habit(self, habit_id: int) -> None:
        """Show ``habit_id`` (an archived one too: the toggle turns on)."""
        habit = self.model.view.store.habit(habit_id)
        if not self._loaded:
            self._loading = True
            try:
                self.show_archived.setChecked(habit is not None and habit.archived)
            finally:
                self._loading = False
            self._load_chooser()
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(habit_id)))
            self.load()
            return
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
        if not self._loading and self._loaded:
            self._load_days()
            self._load_habit_figures()

    def _load_days(self, year_changed: bool = True) -> None:
        """The marks of the year and the month shown; with ``year_changed`` also which weekdays
        got done that year."""
        view = self.model.view
        self._today, self._day_start = view.today, view.settings.day_start_hour
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
        if year_changed:
            self._load_weekdays(habit)

    @staticmethod
    def _between(looks: dict[date, Look], first: date, last: date) -> dict[date, Look]:
        return {day: look for day, look in looks.items() if first <= day <= last}

    def _load_notes(self) -> None:
        if self._shown is not None:
            self._notes = self.model.view.store.notes(self._shown.habit.id)
            for grid in (self.heatmap, self.month_view):
                grid.refresh_description()

    def _load_habit_figures(self) -> None:
        """The streaks, strength and totals: they depend on the habit and the data, not on
        the year or month shown."""
        habit = self._shown.habit if self._shown is not None else None
        self._load_strength(habit)
        self._load_totals(habit)
        self._load_streaks()

    def _load_streaks(self) -> None:
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
        year_changed = day.year != self.year
        self.year = day.year
        self.month = day.replace(day=1)
        self._load_days(year_changed)

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
            shown.habit.tiny,
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

    # --- strength, totals, weekdays, steps ---------------------------------------------------
    def explanation_text(self, explained: StrengthExplanation) -> str:
        """e.g. "up 3 % this week: 5 of 5 done"."""
        points = round(explained.change * 100)
        if points > 0:
            text = self.tr("up {points} % this week: {done} of {scheduled} done")
        elif points < 0:
            text = self.tr("down {points} % this week: {done} of {scheduled} done")
        else:
            text = self.tr("steady this week: {done} of {scheduled} done")
        return text.format(points=abs(points), done=explained.done, scheduled=explained.scheduled)

    def _load_strength(self, habit: Habit | None) -> None:
        figures = strength_figures(self.model.view, habit)
        percent = round(figures.strength * 100)
        why = self.explanation_text(figures.explanation)
        if habit is None:
            said = self.tr("Mean strength: {percent} % — {why}")
        else:
            said = self.tr("Strength: {percent} % — {why}")
        self.strength_label.setText(said.format(percent=percent, why=why))
        today = self.model.view.today
        begun = [value for value in figures.trend if value is not None]
        if begun:
            described = self.tr(
                "Strength over the last 90 days: from {first} % to {last} %, at most {most} %"
            ).format(
                first=round(begun[0] * 100),
                last=round(begun[-1] * 100),
                most=round(max(begun) * 100),
            )
        else:
            described = self.tr("No strength yet")
        self.trend.set_trend(
            figures.trend,
            date_text(today - timedelta(days=TREND_DAYS - 1)),
            self.tr("today"),
            described,
        )

    def month_name(self, month: date) -> str:
        name = QLocale().standaloneMonthName(month.month)
        return name if month.year == self.model.view.today.year else f"{name} {month.year}"

    def _load_totals(self, habit: Habit | None) -> None:
        view = self.model.view
        this = month_totals(view, habit, view.today)
        last = month_totals(view, habit, month_before(view.today))
        self.total_cells[0, 1].setText(
            self.tr("{month} so far").format(month=self.month_name(this.month))
        )
        self.total_cells[0, 2].setText(self.month_name(last.month))
        for column, totals in ((1, this), (2, last)):
            for row, value in enumerate(self._total_values(totals), start=1):
                self.total_cells[row, column].setText(QLocale().toString(value))
        lines = []
        for row in range(1, 6):
            lines.append(
                self.tr("{what}: {this} this month, {last} last month").format(
                    what=self.total_cells[row, 0].text(),
                    this=self.total_cells[row, 1].text(),
                    last=self.total_cells[row, 2].text(),
                )
            )
        self.totals.setAccessibleDescription("; ".join(lines))
        wins = total_wins(view, habit)
        if habit is None:
            self.all_wins.setText(self.tr("%n win(s) in all, the steps' included.", "", wins))
        else:
            self.all_wins.setText(self.tr("%n win(s) in all.", "", wins))

    @staticmethod
    def _total_values(totals: MonthTotals) -> tuple[int, int, int, int, int]:
        days = totals.days
        return (totals.wins, days.done, days.tiny, days.rest, days.missed)

    def _load_weekdays(self, habit: Habit | None) -> None:
        tallies = weekday_frequency(self.model.view, habit, self.year)
        months = [date(self.year, month, 1) for month in range(1, 13)]
        locale = QLocale()
        self.weekdays.set_tallies(
            months,
            tallies,
            [locale.standaloneMonthName(m.month, QLocale.FormatType.ShortFormat) for m in months],
            [weekday_name(weekday) for weekday in range(7)],
            self.describe_weekday,
        )

    def describe_weekday(self, month: date, weekday: int, tally: WeekdayTally | None) -> str:
        """e.g. "March 2025, Monday: done on 3 of 4 days"."""
        day = QLocale().standaloneDayName(weekday + 1)
        when = f"{QLocale().standaloneMonthName(month.month)} {month.year}"
        if tally is None or not tally.possible:
            return self.tr("{month}, {weekday}: nothing to do").format(month=when, weekday=day)
        done = self.tr("done on %1 of %n day(s)", "", tally.possible).replace("%1", str(tally.done))
        return f"{when}, {day}: {done}"

    def _load_steps(self) -> None:
        self._focus = self.model.view.settings.focused_purpose_id
        rows = [
            (
                progress.done,
                progress.steps,
                self.tr("{purpose}: %1 of %n step(s) done", "", progress.steps)
                .replace("%1", str(progress.done))
                .format(purpose=progress.purpose.name),
            )
            for progress in purpose_progress(self.model.view)
        ]
        self.steps.set_rows(rows)
        self.steps.setVisible(bool(rows))
        self.no_steps.setVisible(not rows)
