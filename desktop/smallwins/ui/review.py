"""The weekly review: the week's wins against the week before, each habit's seven marks, what felt
heavy (with a shrink in place), the strongest anchor, and the user's own answers and one focus
for the next week, saved per week and browsable. It follows every change, wherever made."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.days import iso_week, week_start
from smallwins.core.events import Topic
from smallwins.core.models import Review, StepState
from smallwins.core.review import UPCOMING, HabitWeek, WeekReview
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import ProblemLabel
from smallwins.ui.focusframe import FocusFramed
from smallwins.ui.formats import date_text, time_text
from smallwins.ui.heatmap import GREEN, Legend, Look, paint_mark
from smallwins.ui.model import AppModel
from smallwins.ui.planforms import DaysPicker, day_name
from smallwins.ui.reviewexport import ReviewExport
from smallwins.ui.screens import fit_to_screen, scrolling
from smallwins.usecases import commands as cmd
from smallwins.usecases.queries import review_of

# What the week's numbers are made of, and what the focus list and the saved answers show.
NUMBERS = Topic.HABITS | Topic.WINS | Topic.REST | Topic.STEPS | Topic.SETTINGS | Topic.CLOCK
CHOICES = Topic.PURPOSES | Topic.STEPS | Topic.SETTINGS
ANSWERS = Topic.REVIEWS


def _look(mark: str) -> Look:
    return Look.FUTURE if mark == UPCOMING else Look(mark)  # BEFORE is Look.BEFORE's value


class DayBars(QWidget):
    """The week's wins per day as bars, Monday first, each with its count and weekday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[int, ...] = (0,) * 7
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 2 + 72)

    def set_counts(self, counts: tuple[int, ...]) -> None:
        self.counts = counts
        self.setAccessibleDescription(
            ", ".join(f"{day_name(d, long=True)}: {n}" for d, n in enumerate(counts))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        slot = self.width() / 7
        room = self.height() - 2 * line - 6
        most = max(self.counts) or 1
        for day, count in enumerate(self.counts):
            left = day * slot
            high = room * count / most
            bar = QRectF(left + slot * 0.2, line + 2 + room - high, slot * 0.6, high)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GREEN)
            if count:
                painter.drawRoundedRect(bar, 3, 3)
            else:  # no win: a thin base line, so the day still shows
                painter.setBrush(palette.color(QPalette.ColorRole.Mid))
                painter.drawRect(QRectF(bar.left(), line + 2 + room - 2, bar.width(), 2))
            painter.setPen(text)
            painter.drawText(
                QRectF(left, bar.top() - line - 2, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                str(count),
            )
            painter.drawText(
                QRectF(left, self.height() - line, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                day_name(day),
            )
        painter.end()


class WeekMarks(FocusFramed):
    """A habit's week as seven marks (the streaks window's marks), Monday first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: tuple[str, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _cell(self) -> int:
        return max(16, self.fontMetrics().height() + 2)

    def set_marks(self, marks: tuple[str, ...], names: dict[Look, str]) -> None:
        self.marks = marks
        cell = self._cell()
        self.setFixedSize(7 * (cell + 4), cell + 4)
        described = [f"{day_name(d, long=True)}: {names[_look(m)]}" for d, m in enumerate(marks)]
        self.setAccessibleDescription(", ".join(described))
        self.setToolTip("\n".join(described))
        self.update()

    def look_on(self, weekday: int) -> Look:
        return _look(self.marks[weekday])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self._cell()
        for day, mark in enumerate(self.marks):
            rect = QRectF(day * (cell + 4) + 2, 2, cell, cell)
            paint_mark(painter, rect, _look(mark), self.palette())
        self.paint_focus_frame(painter, 1.0)
        painter.end()


class ShrinkForm(QFrame):
    """Makes a heavy habit lighter in place: its tiny version and its days."""

    def __init__(self, window: ReviewWindow, habit_id: int) -> None:
        super().__init__()
        self.window_ = window
        self.habit_id = habit_id
        habit = window.model.view.store.habit(habit_id)
        assert habit is not None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tiny = QLineEdit(habit.tiny or "")
        self.tiny.setPlaceholderText(self.tr("e.g. read one sentence"))
        self.tiny.setAccessibleName(self.tr("Tiny version"))
        tiny_label = QLabel(self.tr("&Tiny version:"))
        tiny_label.setBuddy(self.tiny)
        self.days = DaysPicker()
        self.days.show_schedule(habit.schedule)
        self.before = self.days.days()
        self.save = QPushButton(self.tr("&Make it lighter"))
        self.save.setAccessibleName(self.tr("Save the lighter habit"))
        self.save.clicked.connect(self.apply)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.close_form)
        self.tiny.returnPressed.connect(self.apply)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(tiny_label)
        row.addWidget(self.tiny, 1)
        layout.addLayout(row)
        layout.addWidget(self.days)
        layout.addLayout(buttons)

    def apply(self) -> None:
        if not self.days.has_days():
            self.window_.problem.tell(self.tr("Choose at least one day."))
            return
        days = self.days.days()
        outcome = self.window_.model.run(
            cmd.UpdateHabit(
                self.habit_id, tiny=self.tiny.text(), days=None if days == self.before else days
            )
        )
        self.window_.problem.tell(outcome.refusal)
        if outcome.done:
            self.window_.status.setText(self.tr("Made lighter."))
            self.close_form()

    def close_form(self) -> None:
        self.window_.close_shrink()


class ReviewWindow(QWidget):
    """Looks back at one week (this one to start with) and keeps what the user makes of it."""

    def __init__(self, model: AppModel, desktop: Desktop, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.desktop = desktop
        today = model.view.today
        self.monday = today - timedelta(days=today.weekday())
        self.week: WeekReview | None = None
        self._dirty = False
        self._loading = False
        self._shrink: ShrinkForm | None = None
        self.setWindowTitle(self.tr("Weekly review"))
        self.setAccessibleName(self.tr("Weekly review"))
        self.content = self._body()
        footer = self._footer()
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.content), 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        model.changed.connect(self._on_model_changed)
        fit_to_screen(self, QSize(760, 720))
        self.load()

    # --- building ------------------------------------------------------------------------
    def _body(self) -> QWidget:
        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(self._nav_row())
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Wins this week"))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        body.addWidget(self.headline)
        self.bars = DayBars()
        self.bars.setAccessibleName(self.tr("Wins per day"))
        body.addWidget(self.bars)
        body.addWidget(self._heading(self.tr("Habits")))
        self.habit_grid = QGridLayout()
        self.habit_grid.setColumnStretch(4, 1)
        self.habit_grid.setHorizontalSpacing(12)
        body.addLayout(self.habit_grid)
        self.legend = Legend()
        self.legend.setAccessibleName(self.tr("Legend"))
        body.addWidget(self.legend)
        self.no_habits = QLabel(self.tr("No habits yet."))
        body.addWidget(self.no_habits)
        body.addWidget(self._heading(self.tr("Steps finished")))
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("Steps finished"))
        body.addWidget(self.steps)
        body.addWidget(self._heading(self.tr("What felt heavy")))
        self.heavy_box = QVBoxLayout()
        body.addLayout(self.heavy_box)
        body.addWidget(self._heading(self.tr("Strongest anchor")))
        self.anchor = QLabel()
        self.anchor.setWordWrap(True)
        self.anchor.setAccessibleName(self.tr("Strongest anchor"))
        body.addWidget(self.anchor)
        body.addWidget(self._heading(self.tr("Looking back")))
        self.helped = self._answer(self.tr("What &helped?"), self.tr("What helped"), body)
        self.in_the_way = self._answer(
            self.tr("What got in the &way?"), self.tr("What got in the way"), body
        )
        focus_label = QLabel(self.tr("&Focus for next week:"))
        self.focus = QComboBox()
        self.focus.setAccessibleName(self.tr("Focus for next week"))
        focus_label.setBuddy(self.focus)
        self.focus.currentIndexChanged.connect(self._on_edited)
        focus_row = QHBoxLayout()
        focus_row.addWidget(focus_label)
        focus_row.addWidget(self.focus, 1)
        body.addLayout(focus_row)
        body.addStretch(1)
        return content

    def _footer(self) -> QHBoxLayout:
        self.problem = ProblemLabel()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Saved"))
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export the review"))
        self.export_button.setAutoDefault(False)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("As an &image (PNG)…")).triggered.connect(self.export_image)
        export_menu.addAction(self.tr("As &Markdown…")).triggered.connect(self.export_markdown)
        self.export_button.setMenu(export_menu)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the review"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the review"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.status)
        footer.addWidget(self.export_button)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        return footer

    def _nav_row(self) -> QVBoxLayout:
        """The week shown between ◀ and ▶; under it, this week and the saved weeks."""
        self.previous = self._button(
            self.tr("◀ &Previous week"), self.tr("Show the previous week"), lambda: self.shift(-1)
        )
        self.next_week = self._button(
            self.tr("Next wee&k ▶"), self.tr("Show the next week"), lambda: self.shift(1)
        )
        self.this_week = self._button(
            self.tr("This w&eek"), self.tr("Show this week"), self.go_to_this_week
        )
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Week shown"))
        self.saved_weeks = QComboBox()
        self.saved_weeks.setAccessibleName(self.tr("Saved reviews"))
        self.saved_weeks.activated.connect(self._on_saved_week_chosen)
        saved_label = QLabel(self.tr("Sa&ved:"))
        saved_label.setBuddy(self.saved_weeks)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.title, 1)
        row.addWidget(self.next_week)
        second = QHBoxLayout()
        second.addStretch(1)
        second.addWidget(self.this_week)
        second.addWidget(saved_label)
        second.addWidget(self.saved_weeks)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        return rows

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _answer(self, text: str, name: str, body: QVBoxLayout) -> QPlainTextEdit:
        label = QLabel(text)
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
        edit.textChanged.connect(self._on_edited)
        label.setBuddy(edit)
        body.addWidget(label)
        body.addWidget(edit)
        return edit

    # --- loading -------------------------------------------------------------------------
    @property
    def week_name(self) -> str:
        return iso_week(self.monday)

    def load(self) -> None:
        """Show the week's numbers, the focus choices and the saved answers as they are now
        (what is being typed stays)."""
        self._load_numbers()
        self._load_choices()
        if not self._dirty:
            self._load_answers()

    def _on_model_changed(self, topics: Topic) -> None:
        if not self.isVisible():
            return
        if topics & NUMBERS:
            self._load_numbers()
        if topics & CHOICES:
            self._load_choices()
        if topics & ANSWERS and not self._dirty:
            self._load_answers()

    def _load_numbers(self) -> None:
        view = self.model.view
        week = review_of(view, self.week_name)
        self.week = week
        self.title.setText(self.week_title(self.monday))
        this_monday = view.today - timedelta(days=view.today.weekday())
        self.next_week.setEnabled(self.monday < this_monday)
        self.this_week.setEnabled(self.monday != this_monday)
        self.headline.setText(self.headline_text(week))
        self.bars.set_counts(week.per_day)
        self._load_habits(week)
        if week.steps_finished:
            self.steps.setText("\n".join(f"✓ {text}" for text in week.steps_finished))
        else:
            self.steps.setText(self.tr("No steps finished this week."))
        self._load_heavy(week)
        if week.anchor is None:
            self.anchor.setText(self.tr("No habit was due yet this week."))
        else:
            self.anchor.setText(
                self.tr("After {routine}: {done} of {due} done.").format(
                    routine=week.anchor.routine, done=week.anchor.done, due=week.anchor.due
                )
            )
        self._load_saved_weeks()

    def headline_text(self, week: WeekReview) -> str:
        wins = self.tr("%n win(s) this week", "", week.wins)
        last = week.wins_last_week
        if week.wins > last:
            change = self.tr("%n more than last week", "", week.wins - last)
        elif week.wins < last:
            change = self.tr("%n fewer than last week", "", last - week.wins)
        else:
            change = self.tr("as many as last week")
        return self.tr("{wins} — {change} ({last}).").format(wins=wins, change=change, last=last)

    def _clear(self, layout: QGridLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _load_habits(self, week: WeekReview) -> None:
        self._clear(self.habit_grid)
        self.no_habits.setVisible(not week.habits)
        names = look_names()
        self.mark_rows: dict[int, WeekMarks] = {}
        for row, habit in enumerate(week.habits):
            name = QLabel(habit.name)
            marks = WeekMarks()
            marks.setAccessibleName(self.tr("{habit}: the week").format(habit=habit.name))
            marks.set_marks(habit.marks, names)
            self.mark_rows[habit.id] = marks
            streak = QLabel(self.streak_text(habit))
            strength = QLabel(self.strength_text(habit))
            self.habit_grid.addWidget(name, row, 0)
            self.habit_grid.addWidget(marks, row, 1)
            self.habit_grid.addWidget(streak, row, 2)
            self.habit_grid.addWidget(strength, row, 3)
        shown = {_look(mark) for habit in week.habits for mark in habit.marks}
        self.legend.setVisible(bool(shown))
        self.legend.set_entries([(look, text) for look, text in names.items() if look in shown])

    def streak_text(self, habit: HabitWeek) -> str:
        streak = self.tr("streak %n", "", habit.current_streak)
        change = habit.streak_change
        return f"{streak} ({'+' if change > 0 else ''}{change})" if change else streak

    def strength_text(self, habit: HabitWeek) -> str:
        points = round(habit.strength_change * 100)
        return self.tr("strength {strength} % ({change})").format(
            strength=round(habit.strength * 100),
            change=f"{'+' if points > 0 else ''}{points}",
        )

    def _load_heavy(self, week: WeekReview) -> None:
        self.close_shrink()
        self._clear(self.heavy_box)
        self.shrink_buttons: dict[int, QPushButton] = {}
        heavy = [h for h in week.habits if h.name in week.heavy]
        if not heavy:
            self.heavy_box.addWidget(QLabel(self.tr("Nothing: no habit was missed twice.")))
            return
        for habit in heavy:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(
                QLabel(
                    self.tr("{habit}: missed %n time(s)", "", habit.misses).format(habit=habit.name)
                ),
                1,
            )
            button = self._button(
                self.tr("Sh&rink…"),
                self.tr("Make {habit} lighter").format(habit=habit.name),
                lambda _checked=False, h=habit.id: self.open_shrink(h),
            )
            self.shrink_buttons[habit.id] = button
            line.addWidget(button)
            self.heavy_box.addWidget(row)

    def open_shrink(self, habit_id: int) -> None:
        """Open the shrink form under the heavy habit's line."""
        self.close_shrink()
        button = self.shrink_buttons.get(habit_id)
        if button is None:
            return
        form = ShrinkForm(self, habit_id)
        row = button.parentWidget()
        assert row is not None
        index = self.heavy_box.indexOf(row)
        self.heavy_box.insertWidget(index + 1, form)
        form.show()
        self._shrink = form
        form.tiny.setFocus()

    def close_shrink(self) -> None:
        if self._shrink is not None:
            self._shrink.hide()
            self._shrink.deleteLater()
            self._shrink = None

    def week_title(self, monday: date) -> str:
        """e.g. "Week 49 · 11/30/26 – 12/6/26"."""
        return self.tr("Week {number} · {first} – {last}").format(
            number=monday.isocalendar()[1],
            first=date_text(monday),
            last=date_text(monday + timedelta(days=6)),
        )

    def _load_saved_weeks(self) -> None:
        self.saved_weeks.blockSignals(True)
        self.saved_weeks.clear()
        reviews = self.model.view.store.reviews()
        self.saved_weeks.addItem(self.tr("%n week(s)", "", len(reviews)), None)
        for review in reversed(reviews):
            self.saved_weeks.addItem(self.week_title(week_start(review.week)), review.week)
        self.saved_weeks.setEnabled(bool(reviews))
        self.saved_weeks.blockSignals(False)

    def _load_choices(self) -> None:
        view = self.model.view
        chosen = self.focus.currentData()
        self._loading = True
        try:
            self.focus.clear()
            self.focus.addItem(self.tr("No particular focus"), None)
            open_steps: dict[int, list[tuple[int, str]]] = {}
            for step in view.store.steps(state=StepState.OPEN):
                open_steps.setdefault(step.purpose_id, []).append((step.id, step.text))
            for purpose in view.purpose_order():
                self.focus.addItem(
                    self.tr("Purpose: {name}").format(name=purpose.name), f"purpose:{purpose.id}"
                )
                for step_id, text in open_steps.get(purpose.id, []):
                    self.focus.addItem("    " + text, f"step:{step_id}")
            index = self.focus.findData(chosen)
            self.focus.setCurrentIndex(max(0, index))
        finally:
            self._loading = False

    def _load_answers(self) -> None:
        saved = self.model.view.store.review(self.week_name)
        self._loading = True
        try:
            self.helped.setPlainText(saved.helped if saved else "")
            self.in_the_way.setPlainText(saved.in_the_way if saved else "")
            focus = self._focus_of(saved)
            self.focus.setCurrentIndex(max(0, self.focus.findData(focus)))
        finally:
            self._loading = False
        self._dirty = False
        self._show_saved(saved)

    @staticmethod
    def _focus_of(saved: Review | None) -> str | None:
        """The focus list's entry for the saved focus ("purpose:3", "step:12")."""
        if saved is None:
            return None
        if saved.focus_step_id is not None:
            return f"step:{saved.focus_step_id}"
        if saved.focus_purpose_id is not None:
            return f"purpose:{saved.focus_purpose_id}"
        return None

    def _show_saved(self, saved: Review | None) -> None:
        if saved is None or saved.saved_at is None:
            self.status.setText(self.tr("Not saved yet"))
            return
        local = saved.saved_at.astimezone(self.model.view.zone)
        self.status.setText(
            self.tr("Saved {day}, {time}").format(
                day=date_text(local.date()), time=time_text(local)
            )
        )

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self.status.setText(self.tr("Not saved"))

    # --- moving --------------------------------------------------------------------------
    def shift(self, weeks: int) -> None:
        """Show the week before or after (never one that has not begun)."""
        today = self.model.view.today
        this_monday = today - timedelta(days=today.weekday())
        self.go_to(min(self.monday + timedelta(weeks=weeks), this_monday))

    def go_to_this_week(self) -> None:
        today = self.model.view.today
        self.go_to(today - timedelta(days=today.weekday()))

    def go_to(self, monday: date) -> None:
        """Show the week starting ``monday``, keeping what was typed for the week left first."""
        if monday == self.monday:
            return
        if self._dirty and not self.save():
            return
        self.monday = monday
        self.problem.tell(None)
        self.load()

    def _on_saved_week_chosen(self, index: int) -> None:
        week = self.saved_weeks.itemData(index)
        if week is not None:
            self.go_to(date.fromisocalendar(int(week[:4]), int(week[6:]), 1))

    # --- keeping -------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the week's answers and focus; say why not when refused."""
        kind, _, number = (self.focus.currentData() or "").partition(":")
        outcome = self.model.run(
            cmd.SaveReview(
                self.week_name,
                helped=self.helped.toPlainText(),
                in_the_way=self.in_the_way.toPlainText(),
                focus_purpose_id=int(number) if kind == "purpose" else None,
                focus_step_id=int(number) if kind == "step" else None,
            )
        )
        self.problem.tell(outcome.refusal)
        if not outcome.done:
            return False
        self._dirty = False
        self._show_saved(outcome.value)
        self._load_saved_weeks()
        return True

    def closeEvent(self, event: object) -> None:
        if self._dirty and not self.save():
            event.ignore()  # type: ignore[attr-defined]
            return
        super().closeEvent(event)  # type: ignore[arg-type]

    # --- exporting -----------------------------------------------------------------------
    def export_image(self) -> None:
        path = self._ask_path(self.tr("Export the review as an image"), "png", "PNG (*.png)")
        if path is not None:
            self.problem.tell(ReviewExport().save_image(self.content.grab().toImage(), path))

    def export_markdown(self) -> None:
        path = self._ask_path(self.tr("Export the review as Markdown"), "md", "Markdown (*.md)")
        if path is None or self.week is None:
            return
        saved = self.model.view.store.review(self.week_name)
        export = ReviewExport()
        text = export.markdown(
            self.week,
            self.title.text(),
            self.helped.toPlainText(),
            self.in_the_way.toPlainText(),
            self.focus.currentText().strip() if self.focus.currentData() else None,
            saved is not None and not self._dirty,
        )
        self.problem.tell(export.save_text(text, path))

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        name = f"review-{self.week_name}.{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")


def look_names() -> dict[Look, str]:
    """The review's marks in words."""
    translate = QCoreApplication.translate
    return {
        Look.DONE: translate("ReviewWindow", "done"),
        Look.TINY: translate("ReviewWindow", "tiny version"),
        Look.RECOVERY: translate("ReviewWindow", "done after a miss"),
        Look.REST: translate("ReviewWindow", "rest day"),
        Look.MISSED: translate("ReviewWindow", "missed"),
        Look.BENT: translate("ReviewWindow", "missed once, streak kept"),
        Look.PENDING: translate("ReviewWindow", "today, still open"),
        Look.UNSCHEDULED: translate("ReviewWindow", "not scheduled"),
        Look.BEFORE: translate("ReviewWindow", "before the habit began"),
        Look.FUTURE: translate("ReviewWindow", "still to come"),
    }
