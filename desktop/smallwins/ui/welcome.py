"""The first-run welcome: one purpose, one tiny first step and, if the user likes, one habit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from smallwins.core.days import parse_hhmm
from smallwins.core.errors import Term, UserError, translate
from smallwins.core.validation import MAX_TEXT, clean_text
from smallwins.ui.dialogs import KeepTypedPrompt, ProblemLabel
from smallwins.ui.model import AppModel
from smallwins.ui.planforms import DaysPicker
from smallwins.ui.screens import fit_to_screen, scrolling
from smallwins.ui.translations import refusal_text
from smallwins.usecases.commands import AddHabit, AddPurpose, AddStep, FirstRun

TIME_FORMAT = "HH:mm"
WHY_LIMIT = 1000
PAGES = 3


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps them into new rows (for example chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x = rect.x()
                y += row_height + self._gap
                row_height = 0
            hint.setWidth(min(hint.width(), rect.width()))  # a long one gets a row of its own
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class Chip(QPushButton):
    """A small rounded button that fills in an example; elided (full text as tooltip) when the
    row is narrower than the example."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setObjectName("chip")
        self.setToolTip(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)

    def full_text(self) -> str:
        return self._full

    def _chrome(self) -> int:
        """The width around the text: padding, border."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(
            self._chrome() + self.fontMetrics().horizontalAdvance(self._full), hint.height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 80), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        text = self._full
        if self.width() < self.sizeHint().width():
            room = self.width() - self._chrome()
            text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)


CHIP_STYLE = """
QPushButton#chip {
    border: 1px solid palette(mid);
    border-radius: 11px;
    padding: 3px 10px;
    background: palette(base);
    color: palette(text);
}
QPushButton#chip:hover { border-color: palette(highlight); }
QPushButton#chip:focus { border: 2px solid palette(highlight); padding: 2px 9px; }
QPushButton#chip:pressed { background: palette(midlight); }
"""


class WelcomeWindow(QWidget):
    """Three short pages — purpose, first step, optional habit — with examples to pick from.

    Signals:
        finished_welcome: the user finished (everything was saved) or skipped the welcome.
    """

    finished_welcome = Signal()

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        # Qt adds " — Small Wins" where the platform shows it, unless the title ends with it.
        self.setWindowTitle(self.tr("Welcome"))
        self.setAccessibleName(self.tr("Welcome"))
        self.setStyleSheet(CHIP_STYLE)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._purpose_page())
        self.pages.addWidget(self._step_page())
        self.pages.addWidget(self._habit_page())
        self.pages.currentChanged.connect(self._on_page)

        self.problem = ProblemLabel()

        self.skip_button = QPushButton()  # its words follow the page (_on_page)
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip)
        self.progress = QLabel()
        self.progress.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addSpacing(8)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        self.page_area = scrolling(self.pages)  # a short screen scrolls the page, not the buttons
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        self.setMinimumSize(420, 380)
        fit_to_screen(self, QSize(500, 540))
        self._on_page(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)

    # --- pages ---------------------------------------------------------------------------
    def _page(self, title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(10)
        return page, layout

    def _line(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(MAX_TEXT)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        edit.returnPressed.connect(self.next)
        return edit

    def _chips(
        self, layout: QVBoxLayout, examples: list[tuple[str, Callable[..., None]]]
    ) -> list[Chip]:
        row = QWidget()
        flow = FlowLayout(row)
        chips: list[Chip] = []
        for text, fill in examples:
            chip = Chip(text)
            chip.setAccessibleName(self.tr("Example: %1").replace("%1", text))
            chip.clicked.connect(fill)
            flow.addWidget(chip)
            chips.append(chip)
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        caption = QLabel(self.tr("Or pick an example:"))
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(caption)
        layout.addWidget(row)
        return chips

    def _purpose_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Welcome to Small Wins"),
            self.tr(
                "Big goals move forward in tiny steps, and every step you finish is a win. "
                "Let’s set up your first one — it takes a minute."
            ),
        )
        self.purpose_name = self._line(
            self.tr("e.g. Write a novel"), self.tr("Purpose: what you want to move forward")
        )
        label = QLabel(self.tr("What do you want to &move forward?"))
        label.setBuddy(self.purpose_name)
        layout.addWidget(label)
        layout.addWidget(self.purpose_name)
        examples = [
            self.tr("Write a novel"),
            self.tr("Feel stronger"),
            self.tr("Learn Spanish"),
        ]
        self.purpose_chips = self._chips(
            layout,
            [(text, lambda _=False, t=text: self._fill(self.purpose_name, t)) for text in examples],
        )
        layout.addSpacing(8)
        self.purpose_why = self._line(
            self.tr("e.g. I want to finish what I start"), self.tr("Why it matters (optional)")
        )
        why_label = QLabel(self.tr("&Why does it matter to you? (optional)"))
        why_label.setBuddy(self.purpose_why)
        layout.addWidget(why_label)
        layout.addWidget(self.purpose_why)
        layout.addStretch(1)
        return page

    def _step_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("One tiny first step"),
            self.tr(
                "Make it so small that you could do it right now, in two minutes or less. "
                "Small is the point: it is what gets you started."
            ),
        )
        self.step_text = self._line(
            self.tr("e.g. Open the draft and write one sentence"), self.tr("First step")
        )
        self.step_label = QLabel(self.tr("Your &first step:"))
        self.step_label.setBuddy(self.step_text)
        self.step_label.setWordWrap(True)
        layout.addWidget(self.step_label)
        layout.addWidget(self.step_text)
        examples = [
            self.tr("Open the draft and write one sentence"),
            self.tr("Put on running shoes"),
            self.tr("Learn one new word"),
        ]
        self.step_chips = self._chips(
            layout,
            [(text, lambda _=False, t=text: self._fill(self.step_text, t)) for text in examples],
        )
        layout.addStretch(1)
        return page

    def _habit_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Stack a habit on a routine"),
            self.tr(
                "Optional: tie a tiny action to something you already do each day, and Small "
                "Wins reminds you at that time. Leave it empty to skip."
            ),
        )
        self.habit_routine = self._line(
            self.tr("e.g. I pour my morning coffee"), self.tr("Routine: after what")
        )
        self.habit_action = self._line(self.tr("e.g. read one page"), self.tr("Tiny action"))
        self.habit_time = QTimeEdit(QTime(7, 30))
        self.habit_time.setDisplayFormat(TIME_FORMAT)
        self.habit_time.setAccessibleName(self.tr("Time of the routine"))
        self.habit_tiny = self._line(
            self.tr("e.g. read one sentence (optional)"), self.tr("Tiny version")
        )
        self.habit_days = DaysPicker()  # the plan window's habit form uses it too
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows = (
            (self.tr("&After"), self.habit_routine),
            (self.tr("I &will"), self.habit_action),
            (self.tr("a&t"), self.habit_time),
            (self.tr("Tin&y version"), self.habit_tiny),
        )
        for row, (text, field) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            if field is self.habit_time:
                grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(field, row, 1)
        layout.addLayout(grid)
        layout.addWidget(self.habit_days)
        examples = [
            (self.tr("I pour my morning coffee"), self.tr("read one page"), QTime(7, 30)),
            (self.tr("I sit down at my desk"), self.tr("write one sentence"), QTime(9, 0)),
            (self.tr("I brush my teeth at night"), self.tr("do one push-up"), QTime(22, 0)),
        ]
        self.habit_chips = self._chips(
            layout,
            [
                (
                    self.tr("After %1, I will %2 at %3")
                    .replace("%1", routine)
                    .replace("%2", action)
                    .replace("%3", at.toString(TIME_FORMAT)),
                    lambda _=False, r=routine, a=action, t=at: self._fill_habit(r, a, t),
                )
                for routine, action, at in examples
            ],
        )
        layout.addStretch(1)
        return page

    # --- filling -------------------------------------------------------------------------
    def _fill(self, edit: QLineEdit, text: str) -> None:
        edit.setText(text)
        edit.setFocus()
        self.show_problem(None)

    def _fill_habit(self, routine: str, action: str, at: QTime) -> None:
        self.habit_routine.setText(routine)
        self.habit_action.setText(action)
        self.habit_time.setTime(at)
        self.habit_action.setFocus()
        self.show_problem(None)

    # --- moving --------------------------------------------------------------------------
    def _on_page(self, index: int) -> None:
        self.progress.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(PAGES))
        )
        self.back_button.setEnabled(index > 0)
        last = index == PAGES - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setDefault(True)
        if last:
            self.skip_button.setText(self.tr("S&kip the habit"))
            self.skip_button.setAccessibleName(self.tr("Skip the habit and finish"))
            self.skip_button.setToolTip(
                self.tr("Save your purpose and first step without a habit, and finish.")
            )
        else:
            self.skip_button.setText(self.tr("S&kip"))
            self.skip_button.setAccessibleName(self.tr("Skip the welcome: nothing is saved"))
            self.skip_button.setToolTip(
                self.tr(
                    "Skip the welcome: nothing is saved (if you typed something, you are "
                    "asked first). You can add a step any time."
                )
            )
        if index == 1:
            name = self.purpose_name.text().strip()
            self.step_label.setText(
                self.tr("Your &first step toward “%1”:").replace("%1", name.replace("&", "&&"))
                if name
                else self.tr("Your &first step:")
            )
        first = (self.purpose_name, self.step_text, self.habit_routine)[index]
        first.setFocus()

    def back(self) -> None:
        self.show_problem(None)
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))

    def next(self) -> None:
        """Go to the next page, or finish on the last; a page with a problem stays."""
        index = self.pages.currentIndex()
        problem = self._check_page(index)
        if problem is not None:
            self._show_field_problem(*problem)
            return
        self.show_problem(None)
        if index < PAGES - 1:
            self.pages.setCurrentIndex(index + 1)
        else:
            self.finish()

    def skip(self) -> None:
        """On the last page: finish without the habit, saving the purpose and first step.
        Earlier: leave without saving; when something was typed, ask first whether to keep
        what is complete (the purpose, and the first step if it is written)."""
        if self.pages.currentIndex() == PAGES - 1:
            for index in range(PAGES - 1):
                problem = self._check_page(index)
                if problem is not None:
                    self._show_field_problem(*problem)
                    return
            self._save(self._first_run(habit=None))
            return
        fields = (
            self.purpose_name,
            self.purpose_why,
            self.step_text,
            self.habit_routine,
            self.habit_action,
        )
        if any(field.text().strip() for field in fields):
            keep = self._complete_part()
            kept = None if keep is None else self._describe(keep)
            answer = KeepTypedPrompt.ask(self, kept)
            if answer is None:
                return
            if answer and keep is not None:
                self._save(keep)
                return
        self.finished_welcome.emit()
        self.close()

    def _complete_part(self) -> FirstRun | None:
        """What of pages 1–2 could be saved as it is: the purpose, with its first step when
        that is written too; None without a purpose that can be saved."""
        if self._check_purpose() is not None:
            return None
        with_step = bool(self.step_text.text().strip()) and self._check_step() is None
        return self._first_run(habit=None, with_step=with_step)

    def _describe(self, command: FirstRun) -> str:
        if command.step is None:
            return self.tr("Your purpose “%1”, without a first step yet.").replace(
                "%1", command.purpose.name
            )
        return (
            self.tr("Your purpose “%1” and its first step “%2”.")
            .replace("%1", command.purpose.name)
            .replace("%2", command.step.text)
        )

    # --- checking and saving -------------------------------------------------------------
    def _check_page(self, index: int) -> tuple[int, QWidget, str] | None:
        """The first problem on page ``index``: (page, field, message), or None."""
        checks = (self._check_purpose, self._check_step, self._check_habit)
        found = checks[index]()
        return None if found is None else (index, *found)

    def _check_purpose(self) -> tuple[QWidget, str] | None:
        name = self.purpose_name.text()
        if not name.strip():
            return self.purpose_name, self.tr("Give your purpose a name first.")
        problem = _problem(name, translate("UserError", "purpose name"))
        if problem is not None:
            return self.purpose_name, problem
        why = self.purpose_why.text()
        problem = _problem(why, translate("UserError", "why"), WHY_LIMIT) if why.strip() else None
        return None if problem is None else (self.purpose_why, problem)

    def _check_step(self) -> tuple[QWidget, str] | None:
        text = self.step_text.text()
        if not text.strip():
            return self.step_text, self.tr("Write down one tiny first step.")
        problem = _problem(text, translate("UserError", "step text"))
        return None if problem is None else (self.step_text, problem)

    def _check_habit(self) -> tuple[QWidget, str] | None:
        """No habit at all is fine; half a habit is not."""
        routine = self.habit_routine.text()
        action = self.habit_action.text()
        if not routine.strip() and not action.strip():
            return None
        if not routine.strip():
            return self.habit_routine, self.tr("Say after which routine, or clear the habit.")
        if not action.strip():
            return self.habit_action, self.tr("Say what you will do, or clear the habit.")
        for field, value, what in (
            (self.habit_routine, routine, translate("UserError", "routine name")),
            (self.habit_action, action, translate("UserError", "habit action")),
        ):
            problem = _problem(value, what)
            if problem is not None:
                return field, problem
        return self._check_habit_details()

    def _check_habit_details(self) -> tuple[QWidget, str] | None:
        """The tiny version, the days and the time of a habit that has a routine and action."""
        tiny = self.habit_tiny.text()
        problem = _problem(tiny, translate("UserError", "tiny version")) if tiny.strip() else None
        if problem is not None:
            return self.habit_tiny, problem
        if not self.habit_days.has_days():
            return self.habit_days.day_boxes[0], self.tr("Choose at least one day.")
        try:
            parse_hhmm(self.habit_at())
        except ValueError:
            return self.habit_time, self.tr("Choose a time between 00:00 and 23:59.")
        return None

    def habit_at(self) -> str:
        return self.habit_time.time().toString(TIME_FORMAT)

    def finish(self) -> bool:
        """Check every page, then save everything in one go; True when saved."""
        for index in range(PAGES):
            problem = self._check_page(index)
            if problem is not None:
                self._show_field_problem(*problem)
                return False
        habit: AddHabit | None = None
        if self.habit_action.text().strip():
            habit = AddHabit(
                action=self.habit_action.text().strip(),
                routine=self.habit_routine.text().strip(),
                at=self.habit_at(),
                days=self.habit_days.days(),
                tiny=self.habit_tiny.text().strip() or None,
                purpose=self.purpose_name.text().strip(),
            )
        return self._save(self._first_run(habit))

    def _first_run(self, habit: AddHabit | None, with_step: bool = True) -> FirstRun:
        name = self.purpose_name.text().strip()
        why = self.purpose_why.text().strip() or None
        step = AddStep(self.step_text.text().strip(), purpose=name) if with_step else None
        return FirstRun(AddPurpose(name, why=why), step, habit)

    def _save(self, command: FirstRun) -> bool:
        """Save ``command`` in one go and finish; a refusal stays on the page (nothing saved)."""
        refusal = self.model.run(command).refusal
        if refusal is not None:
            self.show_problem(self.tr("Nothing was saved: %1").replace("%1", refusal))
            return False
        self.show_problem(None)
        self.finished_welcome.emit()
        self.close()
        return True

    def _show_field_problem(self, page: int, field: QWidget, message: str) -> None:
        self.pages.setCurrentIndex(page)
        self.show_problem(message)
        field.setFocus()
        self.page_area.ensureWidgetVisible(field)

    def show_problem(self, message: str | None) -> None:
        self.problem.tell(message)


def _problem(text: str, what: Term, limit: int = MAX_TEXT) -> str | None:
    """What is wrong with ``text`` (the core's own words, translated), or None."""
    try:
        clean_text(text, what, limit)
    except UserError as exc:
        return refusal_text(exc)
    return None
