"""Settings → Data: where the data and the logs are, the backups (make one now, restore one),
and export and import.

One section per concern, stacked in ``sections``. The backups are the use case's
(``usecases/backups.py``); export and import are the tray menu's (``ui/transfer.py``), loaded with
their first use. A restore from here writes the backup *into* the open data (which the app then
shows at once); damaged data is never written, so that is refused with what to do instead.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.errors import TranslatableError
from smallwins.core.events import EVERYTHING
from smallwins.core.models import Backup, BackupReason
from smallwins.ui.focusframe import show_focus
from smallwins.ui.formats import date_text, time_text
from smallwins.ui.places import Places
from smallwins.ui.translations import refusal_text

if TYPE_CHECKING:
    from smallwins.ui.model import AppModel


OPEN_ANSWER_S = 5.0  # how long xdg-open's answer is waited for


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


class Confirm:
    """Where the user is asked before a restore (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        chosen = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # a restore replaces what is recorded now: not by Enter
        box.exec()
        return box.clickedButton() is chosen


class DataPage(QWidget):
    """Where the data and the logs are, the backups, export and import.

    Signals:
        problem(str): something could not be done (the sentence for the user).
    """

    problem = Signal(str)
    _not_opened = Signal(str)  # from the thread that waits for xdg-open's answer

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # How a folder is opened (the file manager); tests put their own here.
        self.open_url: Callable[[QUrl], bool] = self._open_in_file_manager
        self._not_opened.connect(self._say_not_opened)
        self.data_row = PlaceRow(self.tr("Data folder"), self.tr("Open the data folder"))
        self.logs_row = PlaceRow(self.tr("Log folder"), self.tr("Open the log folder"))
        self.backups_row = PlaceRow(self.tr("Backup folder"), self.tr("Open the backup folder"))
        self.logs_note = _note("")
        for row in (self.data_row, self.logs_row, self.backups_row):
            row.open_button.clicked.connect(lambda _checked=False, row=row: self._open(row))
        self._import: object = None  # the import running now (its progress dialog)

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
        self.backups_section = self._backups_section()
        self.sections.addWidget(self.backups_section)
        self.sections.addWidget(self._transfer_section())
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

    # --- sections ------------------------------------------------------------------------
    def _section(self, title: str, row: PlaceRow, text: str) -> Section:
        section = Section(title, row.path_field)
        section.column.addWidget(row)
        section.column.addWidget(_note(text))
        return section

    def _backups_section(self) -> Section:
        self.backup_list = QTreeWidget()
        self.backup_list.setColumnCount(3)
        self.backup_list.setHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setUniformRowHeights(True)
        self.backup_list.setAllColumnsShowFocus(True)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setAccessibleName(self.tr("Backups"))
        show_focus(self.backup_list)
        header = self.backup_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.backup_list.fontMetrics().lineSpacing() + 6
        self.backup_list.setMinimumHeight(rows * 4)
        self.backup_list.setMaximumHeight(rows * 7)
        self.backup_list.itemSelectionChanged.connect(self._on_selection)
        # The row the keyboard moves to is the chosen one (Down on a single backup chooses it).
        self.backup_list.currentItemChanged.connect(
            lambda current, _before: current.setSelected(True) if current is not None else None
        )
        self.backup_list.itemActivated.connect(lambda _item, _column: self.restore_selected())
        self.no_backups = _note(
            self.tr("No backups yet: the first is made today, once something is recorded.")
        )
        self.backup_now = _button(
            self.tr("&Back up now"), self.tr("Make a backup now"), self.make_backup
        )
        self.restore_button = _button(
            self.tr("Res&tore…"), self.tr("Restore the chosen backup"), self.restore_selected
        )
        self.backup_status = _note("")
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_status.hide()

        section = Section(self.tr("Backups"), self.backup_list)
        section.column.addWidget(
            _note(
                self.tr(
                    "A backup is made each day something changed, before an upgrade and before "
                    "every import. Kept: the last 10 of today, one a day for the last 7 days, "
                    "then one a week for 8 weeks, then one a month for a year. A restore first "
                    "keeps the data as it is now, as a backup."
                )
            )
        )
        section.column.addWidget(self.backup_list)
        section.column.addWidget(self.no_backups)
        section.column.addLayout(_button_row(self.backup_now, self.restore_button))
        section.column.addWidget(self.backup_status)
        folder_label = QLabel(self.tr("Backup folder:"))
        folder_label.setBuddy(self.backups_row.path_field)
        section.column.addWidget(folder_label)
        section.column.addWidget(self.backups_row)
        return section

    def _transfer_section(self) -> Section:
        self.export_button = _button(
            self.tr("E&xport…"), self.tr("Export the data to a file"), self.export
        )
        self.import_button = _button(
            self.tr("&Import…"), self.tr("Import data from a file"), self.import_
        )
        section = Section(self.tr("Export and import"), self.export_button)
        section.column.addWidget(
            _note(
                self.tr(
                    "Export everything as Small Wins JSON, the wins as CSV for a spreadsheet, "
                    "or a backup that Loop Habit Tracker on Android imports. Import Small Wins "
                    "JSON or a Loop Habit Tracker backup or CSV export: a backup is made first, "
                    "and importing the same file again changes nothing."
                )
            )
        )
        section.column.addLayout(_button_row(self.export_button, self.import_button))
        return section

    # --- showing -------------------------------------------------------------------------
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
        self.show_backups()

    def show_backups(self, select: Path | None = None) -> None:
        """The backups as they are on disk now, newest first (``select``: that one chosen)."""
        backups = self.model.backups
        self.backups_section.setVisible(backups is not None)
        if backups is None:
            return
        self.backups_row.set_folder(backups.folder)
        try:
            found = backups.list_backups()
        except (TranslatableError, OSError):  # an unreadable folder lists as none
            found = []
        chosen = select or self._selected_path()
        self.backup_list.clear()
        for backup in found:
            item = QTreeWidgetItem([self.when(backup), self.reason(backup), _size(backup.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backup_list.addTopLevelItem(item)
            if backup.path == chosen:
                self.backup_list.setCurrentItem(item)
        self.backup_list.setVisible(bool(found))
        self.no_backups.setVisible(not found)
        self._on_selection()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_backups()  # the daily one, or one the command line made, may be new

    def when(self, backup: Backup) -> str:
        local = backup.taken_at.astimezone(self.model.view.zone)
        return f"{date_text(local.date())} {time_text(local)}"

    def reason(self, backup: Backup) -> str:
        names = {
            BackupReason.DAILY: self.tr("Daily"),
            BackupReason.MANUAL: self.tr("Made by hand"),
            BackupReason.UPGRADE: self.tr("Before an upgrade"),
            BackupReason.IMPORT: self.tr("Before an import"),
            BackupReason.RESTORE: self.tr("Before a restore"),
        }
        return names.get(backup.reason, backup.reason.value)

    def selected(self) -> Backup | None:
        item = self.backup_list.currentItem()
        if item is None or not item.isSelected():
            return None
        backup = item.data(0, Qt.ItemDataRole.UserRole)
        return backup if isinstance(backup, Backup) else None

    def _selected_path(self) -> Path | None:
        backup = self.selected()
        return None if backup is None else backup.path

    def _on_selection(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _tell(self, text: str) -> None:
        """Say what was done, under the buttons, and scroll it into sight."""
        self.backup_status.setText(text)
        self.backup_status.show()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.backup_status)

    # --- acting --------------------------------------------------------------------------
    def make_backup(self) -> Backup | None:
        """A backup now; it shows in the list, chosen."""
        backups = self.model.backups
        if backups is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = backups.make_backup(BackupReason.MANUAL)
        except TranslatableError as exc:
            self.problem.emit(self.tr("No backup was made: %1").replace("%1", refusal_text(exc)))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.show_backups(select=made.path)
        self._tell(self.tr("Backup made: %1.").replace("%1", self.when(made)))
        return made

    def restore_selected(self) -> bool:
        """After confirmation, put the chosen backup in place of the data; True once done."""
        backups, backup = self.model.backups, self.selected()
        if backups is None or backup is None:
            return False
        when = self.when(backup)
        question = self.tr(
            "Put the backup of %1 in place of the data? What was recorded after it will no "
            "longer show. The data as it is now is kept first, as a backup listed here "
            "(“Before a restore”), so nothing is lost and the restore can be undone."
        ).replace("%1", when)
        title = self.tr("Restore a backup")
        if not Confirm.ask(self.window(), title, question, self.tr("Restore")):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = backups.restore_while_open(backup)
        except TranslatableError as exc:
            self.problem.emit(self.tr("Nothing was restored: %1").replace("%1", refusal_text(exc)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.model.refresh(EVERYTHING)
        self.show_backups(select=backup.path)
        if restored.kept_aside is None:
            self._tell(self.tr("Restored the backup of %1.").replace("%1", when))
        else:
            self._tell(
                self.tr("Restored the backup of %1. The data before is kept in %2.")
                .replace("%1", when)
                .replace("%2", str(restored.kept_aside))
            )
        return True

    def export(self) -> None:
        from smallwins.ui import transfer  # noqa: PLC0415 - loads with its first use

        self.backup_status.hide()  # what it said is about the backups, from before
        transfer.export_data(self.model, self.window())

    def import_(self) -> None:
        from smallwins.ui import transfer  # noqa: PLC0415 - loads with its first use

        self.backup_status.hide()
        progress = transfer.import_data(self.model, self.window())
        self._import = progress
        if progress is not None:
            progress.finished.connect(lambda _result: self.show_backups())

    def _open(self, row: PlaceRow) -> None:
        if row.folder is None:
            return
        if not self.open_url(QUrl.fromLocalFile(str(row.folder))):
            self._say_not_opened(str(row.folder))

    def _say_not_opened(self, folder: str) -> None:
        self.problem.emit(self.tr("The folder could not be opened: %1").replace("%1", folder))

    def _open_in_file_manager(self, url: QUrl) -> bool:
        """Open the folder in the file manager. Where that is xdg-open's work (Linux and the
        BSDs), its answer is awaited in a thread: it starts at once and may only then find that
        no program opens folders, which Qt would not tell. Its process is never waited for by
        Qt, so closing the window does not end a file manager that xdg-open runs itself."""
        opener = None if sys.platform in ("win32", "darwin") else shutil.which("xdg-open")
        if opener is None:
            return QDesktopServices.openUrl(url)
        folder = url.toLocalFile()
        try:
            process = subprocess.Popen(
                [opener, folder],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            return False

        def wait() -> None:
            # Without a desktop it knows, xdg-open runs the file manager itself and answers
            # when that ends: an answer after a few seconds is not about opening the folder.
            try:
                failed = process.wait(timeout=OPEN_ANSWER_S) != 0
            except subprocess.TimeoutExpired:
                process.wait()  # reaped when it ends; what it answers then is not told
                return
            if failed:
                with contextlib.suppress(RuntimeError):  # the page is gone: nobody to tell
                    self._not_opened.emit(folder)

        threading.Thread(target=wait, name="open-folder", daemon=True).start()
        return True


def _button(text: str, name: str, action: Callable[[], object]) -> QPushButton:
    """A button with its text, its accessible name, and what a click does."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: action())
    return button


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side from the left."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _size(size: int) -> str:
    """A file size as the locale writes it (1.2 MB, 1,2 MB)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font: QFont = label.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
