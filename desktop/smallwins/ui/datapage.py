"""Settings → Data: where the data and the logs are, each with a way to open its folder.

One section per kind of place, stacked in ``sections``; the backups (their list and restore)
become a section of their own there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallwins.ui.places import Places


class PlaceRow(QWidget):
    """A folder's path (selectable, copyable) and an "Open folder" button."""

    def __init__(self, name: str, open_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(name)
        self.path_field.setCursorPosition(0)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(open_name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_field, 1)
        row.addWidget(self.open_button)
        self.folder: Path | None = None

    def set_folder(self, folder: Path | None) -> None:
        self.folder = folder
        exists = folder is not None and folder.is_dir()
        text = "" if folder is None else str(folder)
        self.path_field.setText(text)
        self.path_field.setCursorPosition(0)
        self.path_field.setToolTip(text)
        self.open_button.setEnabled(exists)
        missing = self.tr("(not created yet)") if folder is not None and not exists else ""
        self.open_button.setToolTip(missing)
        self.path_field.setAccessibleDescription(missing)


class Section(QWidget):
    """A heading (the label of ``field``) and what goes under it, in ``column``."""

    def __init__(self, title: str, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setBuddy(field)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 8)
        self.column.addWidget(self.heading)


class DataPage(QWidget):
    """Where the data and the logs are.

    Signals:
        problem(str): a folder could not be opened (the sentence for the user).
    """

    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # How a folder is opened (the file manager); tests put their own here.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.data_row = PlaceRow(self.tr("Data folder"), self.tr("Open the data folder"))
        self.logs_row = PlaceRow(self.tr("Log folder"), self.tr("Open the log folder"))
        self.logs_note = _note("")
        self.data_row.open_button.clicked.connect(lambda: self._open(self.data_row))
        self.logs_row.open_button.clicked.connect(lambda: self._open(self.logs_row))

        self.sections = QVBoxLayout(self)
        self.sections.addWidget(
            self._section(
                self.tr("Data folder"),
                self.data_row,
                self.tr(
                    "Your wins, steps and habits are kept in one database in this folder. "
                    "Nothing leaves this computer."
                ),
            )
        )
        logs = self._section(
            self.tr("Log folder"),
            self.logs_row,
            self.tr(
                "What went wrong is written here (storage, notifications, reminders), to look "
                "at or to send along when you report a problem."
            ),
        )
        logs.column.addWidget(self.logs_note)
        self.sections.addWidget(logs)
        self.sections.addStretch(1)

    def _section(self, title: str, row: PlaceRow, text: str) -> Section:
        section = Section(title, row.path_field)
        section.column.addWidget(row)
        section.column.addWidget(_note(text))
        return section

    def show_places(self, places: Places) -> None:
        self.data_row.set_folder(places.data)
        self.logs_row.set_folder(places.logs)
        if places.logs_problem:
            self.logs_note.setText(
                self.tr("Logs are not written: %1").replace("%1", places.logs_problem)
            )
            self.logs_note.show()
        else:
            self.logs_note.hide()

    def _open(self, row: PlaceRow) -> None:
        if row.folder is None:
            return
        if not self.open_url(QUrl.fromLocalFile(str(row.folder))):
            self.problem.emit(
                self.tr("The folder could not be opened: %1").replace("%1", str(row.folder))
            )


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font: QFont = label.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
