"""Small modal questions, each behind a classmethod ``ask()`` so tests can answer for the user."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.validation import MAX_TEXT
from smallwins.ui.formats import date_text, short_date_format
from smallwins.ui.screens import fit_dialog

# Preferred widths (narrower on a small screen): a line of text; the vacation's dates in words.
DIALOG_WIDTH = 360
VACATION_WIDTH = 400


def date_edit_format() -> str:
    """The locale's short date format for a date field, with the year in full (02.12.2026,
    12/2/2026): two-digit years read ambiguously while choosing a date."""
    short = short_date_format()
    return short if "yyyy" in short else re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


class TextPrompt(QDialog):
    """Asks for one short line of text (a step, a smaller version)."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, text: str = "", hint: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(MAX_TEXT)
        self.edit.setPlaceholderText(hint)
        self.edit.setAccessibleName(label)
        prompt.setBuddy(self.edit)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(text.strip()))
        self.edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout.addWidget(buttons)
        fit_dialog(self, QSize(DIALOG_WIDTH, self.sizeHint().height()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, label: str, text: str = "", hint: str = ""
    ) -> str | None:
        dialog = cls(parent, title, label, text, hint)
        dialog.raise_()
        dialog.activateWindow()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.edit.text().strip()
        return value or None


class VacationPrompt(QDialog):
    """Asks for the first and last day of a vacation (rest days for every habit)."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vacation"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Rest days for every habit: no reminders, and no day counts as missed. "
                "Streaks wait for you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day).addDays(6))
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setMinimumDate(QDate(today.year, today.month, today.day))
            edit.setAccessibleName(name)
            form.addRow(name + ":", edit)
        layout.addLayout(form)
        # The span in words, as the locale writes dates: what will be planned.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.dateChanged.connect(
            lambda d: self.last.setDate(d) if self.last.date() < d else None
        )
        self.first.dateChanged.connect(self._show_summary)
        self.last.dateChanged.connect(self._show_summary)
        self._show_summary()
        height = self.heightForWidth(VACATION_WIDTH)
        fit_dialog(self, QSize(VACATION_WIDTH, height if height > 0 else self.sizeHint().height()))

    def _show_summary(self) -> None:
        first, last = self.chosen()
        days = (last - first).days + 1
        self.summary.setText(
            self.tr("%n rest day(s), through %1", "", days).replace(
                "%1", date_text(last, long=True)
            )
        )

    def chosen(self) -> tuple[date, date]:
        first, last = self.first.date(), self.last.date()
        return (
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> tuple[date, date] | None:
        dialog = cls(parent, today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


class KeepTypedPrompt(QMessageBox):
    """Asked when the user leaves the welcome early after typing something: keep what is
    complete, discard it, or stay."""

    def __init__(self, parent: QWidget | None, kept: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave the welcome?"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a purpose's name is never markup
        self.stay_button = self.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        if kept is None:
            self.setText(self.tr("What you typed is not saved."))
            self.keep_button = None
            self.leave_button = self.addButton(
                self.tr("&Leave"), QMessageBox.ButtonRole.DestructiveRole
            )
            self.setDefaultButton(self.stay_button)
        else:
            self.setText(self.tr("Keep what you typed?"))
            self.setInformativeText(kept)
            self.leave_button = self.addButton(
                self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole
            )
            self.keep_button = self.addButton(
                self.tr("&Keep it"), QMessageBox.ButtonRole.AcceptRole
            )
            self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.stay_button)
        for button in self.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    @classmethod
    def ask(cls, parent: QWidget | None, kept: str | None) -> bool | None:
        """True: keep ``kept`` (or, when nothing can be kept, leave); False: discard and leave;
        None: stay."""
        dialog = cls(parent, kept)
        dialog.exec()
        clicked = dialog.clickedButton()
        if clicked is dialog.stay_button or clicked is None:
            return None
        if kept is None:
            return True
        return clicked is dialog.keep_button


class ProblemLabel(QLabel):
    """An inline message that says what is wrong, in a red that reads on light and dark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problem"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def tell(self, message: str | None) -> None:
        """Show ``message``, or hide the label when there is none."""
        if not message:
            self.clear()
            self.hide()
            return
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setText("⚠ " + message)
        self.setStyleSheet(f"color: {'#ff8a80' if dark else '#b3261e'};")
        self.setAccessibleDescription(message)
        self.show()
