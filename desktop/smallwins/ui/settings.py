"""The settings window: every choice applies at once; Close (or Esc) just closes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.events import Topic
from smallwins.system.autostart import app_command, autostart_for_platform
from smallwins.ui import prefs
from smallwins.ui.datapage import DataPage
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import ProblemLabel
from smallwins.ui.model import AppModel
from smallwins.ui.planforms import day_name
from smallwins.ui.screens import fit_to_screen, scrolling
from smallwins.ui.theme import apply_theme
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Command
from smallwins.usecases.view import DAY_START_HOUR, REMINDERS_ENABLED

MAX_DAY_START_HOUR = 12
TEXT_SAVE_DELAY_MS = 600
DEFAULT_QUIET = (QTime(22, 0), QTime(7, 0))  # offered when quiet hours are first turned on
# What this window shows.
SHOWN = Topic.SETTINGS | Topic.PREFS
TIME_FORMAT = "HH:mm"


class HourSpin(QSpinBox):
    """A whole hour shown as a time, e.g. 03:00."""

    def textFromValue(self, value: int) -> str:
        return f"{value:02d}"


class LinesEdit(QPlainTextEdit):
    """A list, one entry per line: a few lines tall by preference, taller when there is room
    (the page scrolls on a short screen)."""

    LINES = 4

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        document = round(self.document().documentMargin() * 2)
        height = self.fontMetrics().lineSpacing() * self.LINES + document
        return QSize(super().sizeHint().width(), height + margins.top() + margins.bottom())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class SettingsWindow(QWidget):
    """General, widget, celebration and reminder settings, each saved as soon as it changes,
    and where the data and the logs are (ui/datapage.py)."""

    def __init__(self, model: AppModel, desktop: Desktop, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.desktop = desktop
        self.autostart = autostart_for_platform()
        self._loading = False
        self._changing = False
        # Qt adds " — Small Wins" (the application display name) where the platform shows it.
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        # Each page scrolls when the screen is short; the tabs and Close stay in sight.
        self.tabs.addTab(scrolling(self._general_page()), self.tr("&General"))
        self.tabs.addTab(scrolling(self._widget_page()), self.tr("&Widget"))
        self.tabs.addTab(scrolling(self._celebration_page()), self.tr("C&elebrations"))
        self.tabs.addTab(scrolling(self._reminder_page()), self.tr("&Reminders"))
        self.data_page = DataPage(model)
        self.tabs.addTab(scrolling(self.data_page), self.tr("&Data"))

        self.problem = ProblemLabel()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close settings"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(
            self.close_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

        self.data_page.problem.connect(self.show_problem)
        model.changed.connect(self._on_model_changed)
        fit_to_screen(self, QSize(480, 440))
        self.load()

    # --- pages ---------------------------------------------------------------------------
    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return page, form

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(name)
        form.addRow(label, field)
        return label

    def _check(self, text: str, name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(name)
        return box

    def _general_page(self) -> QWidget:
        page, form = self._form()
        self.autostart_box = self._check(
            self.tr("&Start Small Wins when I log in"), self.tr("Start at login")
        )
        self.autostart_box.toggled.connect(self._on_autostart)
        form.addRow(self.autostart_box)

        self.day_start = HourSpin()
        self.day_start.setRange(0, MAX_DAY_START_HOUR)
        self.day_start.setSuffix(":00")
        self.day_start.setKeyboardTracking(False)
        self.day_start.valueChanged.connect(self._on_day_start)
        self._row(form, self.tr("Da&y starts at:"), self.day_start, self.tr("Day starts at"))
        form.addRow(
            _hint(self.tr("Wins before this hour count for the day before — handy for night owls."))
        )

        self.week_start = QComboBox()
        self.week_start.addItem(self.tr("As the language has it"), "locale")
        locale = QLocale()
        for value, weekday in (("monday", 1), ("sunday", 7), ("saturday", 6)):
            self.week_start.addItem(locale.standaloneDayName(weekday), value)
        self.week_start.currentIndexChanged.connect(self._on_week_start)
        self._row(form, self.tr("Wee&k starts on:"), self.week_start, self.tr("Week starts on"))

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.currentIndexChanged.connect(self._on_theme)
        self._row(form, self.tr("&Theme:"), self.theme, self.tr("Theme"))

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.currentIndexChanged.connect(self._on_language)
        self._row(form, self.tr("&Language:"), self.language, self.tr("Language"))
        self.language_note = _hint(
            self.tr("A new language applies the next time Small Wins starts.")
        )
        form.addRow(self.language_note)
        return page

    def _widget_page(self) -> QWidget:
        page, form = self._form()
        self.widget_shown = self._check(
            self.tr("S&how the next-step widget"), self.tr("Show the widget")
        )
        self.widget_shown.toggled.connect(self._on_widget_shown)
        form.addRow(self.widget_shown)
        self.on_top = self._check(self.tr("Keep it &above other windows"), self.tr("Always on top"))
        self.on_top.toggled.connect(self._on_on_top)
        form.addRow(self.on_top)
        self.collapsed = self._check(self.tr("&Collapse it to a small pill"), self.tr("Collapsed"))
        self.collapsed.toggled.connect(self._on_collapsed)
        form.addRow(self.collapsed)

        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(round(prefs.MIN_OPACITY * 100), 100)
        self.opacity.setSingleStep(5)
        self.opacity.setPageStep(10)
        self.opacity.valueChanged.connect(self._on_opacity)
        self.opacity.sliderReleased.connect(self._save_opacity)
        self.opacity_value = QLabel()
        self.opacity_value.setMinimumWidth(
            self.opacity_value.fontMetrics().horizontalAdvance("100 %")
        )
        self.opacity_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.opacity, 1)
        row_layout.addWidget(self.opacity_value)
        label = QLabel(self.tr("&Opacity:"))
        label.setBuddy(self.opacity)
        self.opacity.setAccessibleName(self.tr("Widget opacity in percent"))
        form.addRow(label, row)
        form.addRow(_hint(self.tr("Right-click the widget for the same choices.")))
        return page

    def _celebration_page(self) -> QWidget:
        page, form = self._form()
        self.celebration = QComboBox()
        self.celebration.addItem(self.tr("Animation"), "animation")
        self.celebration.addItem(self.tr("Reduced motion"), "reduced")
        self.celebration.addItem(self.tr("Off"), "off")
        self.celebration.currentIndexChanged.connect(self._on_celebration)
        self._row(form, self.tr("&Style:"), self.celebration, self.tr("Celebration style"))

        self.messages = self._lines_edit(
            self.tr("One per line, e.g. “Future me says thanks.”"), prefs.OWN_MESSAGES
        )
        messages_label = QLabel(self.tr("Your own &messages:"))
        messages_label.setBuddy(self.messages)
        self.messages.setAccessibleName(self.tr("Your own messages, one per line"))
        form.addRow(messages_label)
        form.addRow(self.messages)
        form.addRow(_hint(self.tr("Shown among the built-in cheers.")))

        self.rewards = self._lines_edit(
            self.tr("One per line, e.g. “stretch for a minute”"), prefs.QUICK_REWARDS
        )
        rewards_label = QLabel(self.tr("&Quick rewards:"))
        rewards_label.setBuddy(self.rewards)
        self.rewards.setAccessibleName(self.tr("Quick rewards, one per line"))
        form.addRow(rewards_label)
        form.addRow(self.rewards)
        form.addRow(
            _hint(
                self.tr(
                    "Suggested every few wins. Keep them short, like “stretch for a minute” "
                    "or “make a cup of tea”."
                )
            )
        )
        return page

    def _lines_edit(self, placeholder: str, key: str) -> QPlainTextEdit:
        edit = LinesEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(64)
        timer = QTimer(edit)
        timer.setSingleShot(True)
        timer.setInterval(TEXT_SAVE_DELAY_MS)
        timer.timeout.connect(lambda: self._save_lines(edit, key))
        edit.textChanged.connect(lambda: None if self._loading else timer.start())
        edit.setProperty("save_key", key)
        edit.installEventFilter(self)
        return edit

    def _reminder_page(self) -> QWidget:
        page, form = self._form()
        self.reminders = self._check(
            self.tr("Remind &me at my routines’ times"), self.tr("Reminders on")
        )
        self.reminders.toggled.connect(self._on_reminders)
        form.addRow(self.reminders)

        self.quiet = self._check(self.tr("&Quiet hours"), self.tr("Quiet hours on"))
        self.quiet.toggled.connect(self._on_quiet)
        self.quiet_start = self._time_edit(self.tr("Quiet hours start"))
        self.quiet_end = self._time_edit(self.tr("Quiet hours end"))
        self.quiet_start.timeChanged.connect(self._on_quiet_time)
        self.quiet_end.timeChanged.connect(self._on_quiet_time)
        row = QHBoxLayout()
        from_label = QLabel(self.tr("&from"))
        from_label.setBuddy(self.quiet_start)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.quiet_end)
        row.addWidget(self.quiet)
        row.addWidget(from_label)
        row.addWidget(self.quiet_start)
        row.addWidget(to_label)
        row.addWidget(self.quiet_end)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(_hint(self.tr("No reminders come between these times.")))

        self.review_prompt = self._check(
            self.tr("Prompt me for the weekly re&view"), self.tr("Weekly review prompt on")
        )
        self.review_prompt.toggled.connect(self._on_review_prompt)
        self.review_day = QComboBox()
        self.review_day.setAccessibleName(self.tr("Weekly review day"))
        for weekday in range(7):
            self.review_day.addItem(day_name(weekday, long=True), weekday)
        self.review_day.currentIndexChanged.connect(self._on_review_prompt)
        self.review_at = self._time_edit(self.tr("Weekly review time"))
        self.review_at.timeChanged.connect(self._on_review_prompt)
        on_label = QLabel(self.tr("o&n"))
        on_label.setBuddy(self.review_day)
        at_label = QLabel(self.tr("&at"))
        at_label.setBuddy(self.review_at)
        form.addRow(self.review_prompt)
        review_row = QHBoxLayout()
        review_row.setContentsMargins(24, 0, 0, 0)  # under the check box it belongs to
        review_row.addWidget(on_label)
        review_row.addWidget(self.review_day)
        review_row.addWidget(at_label)
        review_row.addWidget(self.review_at)
        review_row.addStretch(1)
        form.addRow(review_row)
        form.addRow(_hint(self.tr("One notification a week that opens the weekly review.")))
        return page

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setKeyboardTracking(False)
        edit.setAccessibleName(name)
        return edit

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Show the values as they are stored now."""
        model = self.model
        self.data_page.show_places(model.places)
        self._loading = True
        try:
            self.autostart_box.setChecked(self._autostart_enabled())
            self.day_start.setValue(model.view.settings.day_start_hour)
            self._select(self.week_start, model.setting(prefs.WEEK_START))
            self._select(self.theme, model.setting(prefs.THEME))
            self._select(self.language, model.setting(prefs.LANGUAGE))

            self.widget_shown.setChecked(model.setting(prefs.WIDGET_SHOWN) == "1")
            self.on_top.setChecked(model.setting(prefs.WIDGET_ON_TOP) == "1")
            self.collapsed.setChecked(model.setting(prefs.WIDGET_COLLAPSED) == "1")
            if not self.opacity.isSliderDown():
                percent = round(prefs.opacity(model.setting(prefs.WIDGET_OPACITY)) * 100)
                self.opacity.setValue(percent)
                self._show_opacity(percent)

            self._select(self.celebration, model.setting(prefs.CELEBRATION))
            self._load_lines(self.messages, model.setting(prefs.OWN_MESSAGES))
            self._load_lines(self.rewards, model.setting(prefs.QUICK_REWARDS))

            settings = model.view.settings
            self.reminders.setChecked(settings.reminders_enabled)
            quiet = settings.quiet_start is not None and settings.quiet_end is not None
            self.quiet.setChecked(quiet)
            start, end = DEFAULT_QUIET
            if settings.quiet_start is not None and settings.quiet_end is not None:
                start = QTime(settings.quiet_start.hour, settings.quiet_start.minute)
                end = QTime(settings.quiet_end.hour, settings.quiet_end.minute)
            self.quiet_start.setTime(start)
            self.quiet_end.setTime(end)
            self.quiet_start.setEnabled(quiet)
            self.quiet_end.setEnabled(quiet)
            self.review_prompt.setChecked(settings.review_prompt)
            self.review_day.setCurrentIndex(settings.review_weekday)
            self.review_at.setTime(QTime(settings.review_at.hour, settings.review_at.minute))
            self.review_day.setEnabled(settings.review_prompt)
            self.review_at.setEnabled(settings.review_prompt)
        finally:
            self._loading = False

    def _autostart_enabled(self) -> bool:
        """As the system sees it (the user may have turned it off elsewhere)."""
        try:
            return self.autostart.is_enabled()
        except OSError:
            return self.model.setting(prefs.AUTOSTART) == "1"

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _load_lines(edit: QPlainTextEdit, stored: str) -> None:
        # Leave what the user is typing alone when it already says the same.
        if prefs.lines(edit.toPlainText()) != prefs.lines(stored):
            edit.setPlainText("\n".join(prefs.lines(stored)))

    def _on_model_changed(self, topics: Topic) -> None:
        # While this window saves, its controls already show the new value.
        if topics & SHOWN and self.isVisible() and not self._changing:
            self.load()

    # --- saving --------------------------------------------------------------------------
    def save(self, key: str, value: str | None) -> bool:
        """Save one setting; a refusal is shown in the window."""
        return self._apply(cmd.ChangeSetting(key, value))

    def _apply(self, command: Command[object]) -> bool:
        self._changing = True
        try:
            refusal = self.model.run(command).refusal
        finally:
            self._changing = False
        if refusal is None:
            self.show_problem(None)
        else:
            self.show_problem(self.tr("Could not save this setting: %1").replace("%1", refusal))
        return refusal is None

    def show_problem(self, message: str | None) -> None:
        self.problem.tell(message)

    def _on_autostart(self, checked: bool) -> None:
        if self._loading:
            return
        try:
            if checked:
                self.autostart.enable(app_command())
            else:
                self.autostart.disable()
        except (OSError, ValueError) as exc:
            self._loading = True
            self.autostart_box.setChecked(not checked)
            self._loading = False
            self.show_problem(
                self.tr("Could not change the login item: %1").replace("%1", str(exc))
            )
            return
        self.save(prefs.AUTOSTART, "1" if checked else "0")

    def _on_day_start(self, hour: int) -> None:
        if not self._loading:
            self.save(DAY_START_HOUR, str(hour))

    def _on_week_start(self, _index: int) -> None:
        if not self._loading:
            self.save(prefs.WEEK_START, str(self.week_start.currentData()))

    def _on_theme(self, _index: int) -> None:
        if self._loading:
            return
        theme = str(self.theme.currentData())
        if self.save(prefs.THEME, theme):
            apply_theme(theme)

    def _on_language(self, _index: int) -> None:
        if not self._loading:
            self.save(prefs.LANGUAGE, str(self.language.currentData()))

    def _on_widget_shown(self, shown: bool) -> None:
        if not self._loading:
            self.desktop.set_widget_shown(shown)

    def _on_on_top(self, on_top: bool) -> None:
        if not self._loading and self.save(prefs.WIDGET_ON_TOP, "1" if on_top else "0"):
            self.desktop.apply_settings()

    def _on_collapsed(self, collapsed: bool) -> None:
        if not self._loading and self.save(prefs.WIDGET_COLLAPSED, "1" if collapsed else "0"):
            self.desktop.apply_settings()

    def _on_opacity(self, percent: int) -> None:
        self._show_opacity(percent)
        if self._loading:
            return
        # Live while dragging; saved when the slider is let go (or at once from the keyboard).
        self.desktop.widget.setWindowOpacity(percent / 100)
        if not self.opacity.isSliderDown():
            self._save_opacity()

    def _save_opacity(self) -> None:
        if self.save(prefs.WIDGET_OPACITY, f"{self.opacity.value() / 100:.2f}"):
            self.desktop.apply_settings()

    def _show_opacity(self, percent: int) -> None:
        self.opacity_value.setText(f"{percent} %")
        self.opacity.setAccessibleDescription(f"{percent} %")

    def _on_celebration(self, _index: int) -> None:
        if not self._loading:
            self.save(prefs.CELEBRATION, str(self.celebration.currentData()))

    def _save_lines(self, edit: QPlainTextEdit, key: str) -> None:
        wanted = prefs.lines(edit.toPlainText())
        if wanted == prefs.lines(self.model.setting(key)):
            return
        if self.save(key, "\n".join(wanted) if wanted else None):
            self.desktop.apply_settings()

    def save_texts(self) -> None:
        """Save the message and reward lists now (they are otherwise saved after a pause)."""
        self._save_lines(self.messages, prefs.OWN_MESSAGES)
        self._save_lines(self.rewards, prefs.QUICK_REWARDS)

    def _on_reminders(self, enabled: bool) -> None:
        if not self._loading:
            self.save(REMINDERS_ENABLED, "1" if enabled else "0")

    def _on_quiet(self, quiet: bool) -> None:
        self.quiet_start.setEnabled(quiet)
        self.quiet_end.setEnabled(quiet)
        if self._loading:
            return
        self._save_quiet_hours()

    def _on_quiet_time(self, _at: QTime) -> None:
        if not self._loading and self.quiet.isChecked():
            self._save_quiet_hours()

    def _save_quiet_hours(self) -> None:
        if self.quiet.isChecked():
            start = self.quiet_start.time().toString(TIME_FORMAT)
            end = self.quiet_end.time().toString(TIME_FORMAT)
            self._apply(cmd.SetQuietHours(start, end))
        else:
            self._apply(cmd.SetQuietHours(None, None))

    def _on_review_prompt(self, *_args: object) -> None:
        on = self.review_prompt.isChecked()
        self.review_day.setEnabled(on)
        self.review_at.setEnabled(on)
        if self._loading:
            return
        at = self.review_at.time().toString(TIME_FORMAT)
        self._apply(cmd.SetReviewPrompt(on, int(self.review_day.currentData()), at))

    # --- events --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            key = watched.property("save_key")
            if isinstance(key, str):
                self._save_lines(watched, key)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # shown again, maybe on another screen

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_texts()
        super().hideEvent(event)
