"""Small modal questions, each behind a classmethod ``ask()`` so tests can answer for the user."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.validation import MAX_TEXT


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
        self.resize(360, self.sizeHint().height())

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
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day).addDays(6))
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(today.year, today.month, today.day))
            edit.setAccessibleName(name)
            form.addRow(name + ":", edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.dateChanged.connect(
            lambda d: self.last.setDate(d) if self.last.date() < d else None
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
