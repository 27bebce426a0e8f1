"""Small modal questions, each behind a classmethod ``ask()`` so tests can answer for the user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
