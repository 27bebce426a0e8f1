"""The window that says the data is damaged and offers the newest good backup.

Shown by the app (``app.py``) when the startup check or the daily full check finds damage; the
damaged file is never written to: a restore moves it aside, named with the date.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from smallwins.ui.screens import fit_dialog

DAMAGE_WIDTH = 460


class DamageDialog(QDialog):
    """Says what is wrong; **Restore the backup** (when there is one) or **Quit**.

    ``newest`` is when the newest good backup was taken, as the user reads dates; None: there
    is none. ``exec()`` (or ``ask``) is accepted when the user chose to restore."""

    def __init__(self, problem: str, newest: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Small Wins: the data is damaged"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your Small Wins data cannot be used: it is damaged."))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.problem = QLabel(problem[:1].upper() + problem[1:])  # a refusal starts lowercase
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem)
        if newest is None:
            advice = self.tr(
                "There is no backup to restore. The damaged file stays as it is, for you or "
                "someone who can help to look at."
            )
        else:
            advice = self.tr(
                "The newest good backup is from %1. Restore it? Whatever was recorded after it "
                "is not in it. The damaged file is kept aside, unchanged, named with today's date."
            ).replace("%1", newest)
        self.advice = QLabel(advice)
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        buttons = QDialogButtonBox()
        self.restore_button = None
        if newest is not None:
            self.restore_button = buttons.addButton(
                self.tr("Restore the backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("Quit Small Wins"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(DAMAGE_WIDTH, self.sizeHint().height()))

    @classmethod
    def ask(cls, problem: str, newest: str | None) -> bool:
        """True: restore the newest good backup."""
        dialog = cls(problem, newest)
        return dialog.exec() == QDialog.DialogCode.Accepted and newest is not None
