"""Export and import from the desktop: the file dialogs, and an import that shows its progress
and can be cancelled.

Two entry points, ``export_data(model, parent)`` and ``import_data(model, parent)``, used by the
tray menu ("Export…", "Import…") and meant for a Settings → Data page too. The import reads and
puts the file into the store on a worker thread (its own database connection, one
transaction, no listeners); the progress dialog's Cancel sets a flag the import checks between
slices, which rolls the transaction back, so a cancelled import changes nothing. When it ends
the app's model refreshes on the GUI thread, as after any other process's write.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from smallwins.core.errors import TranslatableError
from smallwins.core.events import EVERYTHING
from smallwins.ui.formats import sentence
from smallwins.ui.model import AppModel
from smallwins.ui.translations import refusal_text
from smallwins.usecases import transfer
from smallwins.usecases.runner import Runner

PROGRESS_STEPS = 1000  # the progress bar's resolution, whatever the number of records


def open_data(model: AppModel) -> Path | None:
    """The database file this process has open (None for a store without one, in tests): an
    import must not read it and an export must not write it."""
    live = getattr(model.runner.store, "path", None)
    return live if isinstance(live, Path) else None


class ImportWorker(QThread):
    """Reads a file and imports it, on its own thread.

    Signals:
        progressed(int, int): records done, records in all.
        succeeded(object): the ``ImportReport``.
        failed(str): the refusal in the user's words (nothing changed); also after a cancel.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, model: AppModel, path: Path, format_name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = model.runner.store
        self._live = open_data(model)
        self._backups = model.backups
        self._clock = model.runner.clock
        self._path = path
        self._format = format_name
        self._cancel = threading.Event()
        self.cancelled = False

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise transfer.ImportCancelledError()
        self.progressed.emit(done, total)

    def run(self) -> None:
        runner = Runner(self._store, self._clock)  # no listeners: they live on the GUI thread
        try:
            view = runner.view()
            bundle = transfer.read_file(
                self._path, self._format, view.today, view.zone, live=self._live
            )
            self._progress(0, bundle.size)
            transfer.before_import(self._backups)
            report = runner.run(transfer.ImportBundle(bundle, progress=self._progress))
        except transfer.ImportCancelledError as error:
            self.cancelled = True
            self.failed.emit(refusal_text(error))
        except TranslatableError as error:  # a refusal, or the store's (nothing changed)
            self.failed.emit(refusal_text(error))
        except Exception as error:
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(report)
        finally:
            close = getattr(self._store, "close", None)
            if callable(close):
                close()  # this thread's connection


class ImportProgress(QProgressDialog):
    """The import of one file: a bar, and Cancel, which undoes everything it did."""

    def __init__(
        self, model: AppModel, path: Path, format_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.report: transfer.ImportReport | None = None
        self.refusal: str | None = None
        self.setWindowTitle(self.tr("Import — Small Wins"))
        self.setLabelText(self.tr("Reading {file}…").format(file=path.name))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, PROGRESS_STEPS)
        self.setValue(0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(380)
        self.worker = ImportWorker(model, path, format_name, self)
        self.worker.progressed.connect(self._on_progressed)
        self.worker.succeeded.connect(self._on_succeeded)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self.canceled.connect(self._on_canceled)
        self.file_name = path.name

    def start(self) -> None:
        self.show()
        self.worker.start()

    def _on_progressed(self, done: int, total: int) -> None:
        self.setLabelText(
            self.tr("Importing {file}: {done} of {total} records").format(
                file=self.file_name,
                done=QLocale().toString(done),
                total=QLocale().toString(total),
            )
        )
        self.setValue(int(PROGRESS_STEPS * done / max(1, total)))

    def _on_canceled(self) -> None:
        self.worker.cancel()
        self.setLabelText(self.tr("Cancelling: undoing the import…"))
        self.setCancelButtonText(self.tr("Cancelling…"))
        self.show()  # QProgressDialog hides itself on cancel; stay until the worker is done

    def _on_succeeded(self, report: transfer.ImportReport) -> None:
        self.report = report

    def _on_failed(self, refusal: str) -> None:
        self.refusal = refusal

    def _on_finished(self) -> None:
        self.model.refresh(EVERYTHING)
        self.setValue(PROGRESS_STEPS)
        self.done(0 if self.report is None else 1)


class TransferTexts(QObject):
    """The words of this module (a QObject, so pyside6-lupdate finds them under one name)."""

    def kind(self, kind: str) -> str:
        names = {
            "purposes": self.tr("Purposes"),
            "steps": self.tr("Steps"),
            "routines": self.tr("Routines"),
            "habits": self.tr("Habits"),
            "wins": self.tr("Wins"),
            "rest_days": self.tr("Rest days"),
            "notes": self.tr("Notes"),
            "reviews": self.tr("Reviews"),
            "settings": self.tr("Settings"),
        }
        return names.get(kind, kind)

    def summary(self, report: transfer.ImportReport, file: str) -> str:
        """What an import did: a line per kind of record, only the counts that are not 0."""
        if not report.changed:
            return self.tr("Nothing changed: everything in {file} is here already.").format(
                file=file
            )
        number = QLocale().toString
        lines = [self.tr("Imported {file}:").format(file=file)]
        for kind, counts in report.counts.items():
            parts = [
                template.format(count=number(count))
                for template, count in (
                    (self.tr("{count} added"), counts.added),
                    (self.tr("{count} updated"), counts.updated),
                    (self.tr("{count} removed"), counts.removed),
                    (self.tr("{count} already here"), counts.kept),
                )
                if count
            ]
            if parts:
                lines.append(f"{self.kind(kind)}: {', '.join(parts)}")
        return "\n".join(lines)

    def export_title(self) -> str:
        return self.tr("Export — Small Wins")

    def import_title(self) -> str:
        return self.tr("Import — Small Wins")

    def export_dialog_title(self) -> str:
        return self.tr("Export Small Wins data")

    def import_dialog_title(self) -> str:
        return self.tr("Import into Small Wins")

    def exported(self, written: transfer.Written) -> str:
        return self.tr("Exported {habits} and {wins} ({records} in all) to {path}.").format(
            habits=self.tr("%n habit(s)", "", written.habits),
            wins=self.tr("%n win(s)", "", written.wins),
            records=self.tr("%n record(s)", "", written.records),
            path=str(written.path),
        )

    def export_filters(self) -> dict[str, str]:
        return {
            self.tr("Small Wins JSON, everything (*.json)"): "json",
            self.tr("Spreadsheet CSV in a zip (*.zip)"): "csv",
            self.tr("Loop Habit Tracker backup (*.db)"): "loop",
        }

    def import_filters(self) -> dict[str, str]:
        return {
            self.tr("Small Wins JSON (*.json)"): "json",
            self.tr("Loop Habit Tracker backup or CSV export (*.db *.zip)"): "loop",
        }


class FileChooser:
    """Where the user is asked and told (tests replace these class methods)."""

    # Where the last export went, while the app runs: the next one is offered there too.
    last_folder: Path | None = None

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str, problem: bool = False) -> None:
        if problem:
            QMessageBox.warning(parent, title, sentence(text))
        else:
            QMessageBox.information(parent, title, text)

    @classmethod
    def export_path(cls, parent: QWidget | None, texts: TransferTexts) -> tuple[Path, str] | None:
        filters = texts.export_filters()
        # Dated, and never the name of the data itself (smallwins.db) when Loop's .db is chosen.
        offered = f"smallwins-export-{date.today().isoformat()}.json"
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            texts.export_dialog_title(),
            str((cls.last_folder or Path.home()) / offered),
            ";;".join(filters),
        )
        if not name:
            return None
        cls.last_folder = Path(name).parent
        return Path(name), filters.get(chosen, "json")

    @classmethod
    def import_path(cls, parent: QWidget | None, texts: TransferTexts) -> tuple[Path, str] | None:
        filters = texts.import_filters()
        name, chosen = QFileDialog.getOpenFileName(
            parent, texts.import_dialog_title(), str(Path.home()), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        return path, transfer.choose_format(path, filters.get(chosen), transfer.IMPORT_FORMATS)


def export_data(model: AppModel, parent: QWidget | None = None) -> transfer.Written | None:
    """Ask where, export, and say what was written (or why not)."""
    texts = TransferTexts()
    chosen = FileChooser.export_path(parent, texts)
    if chosen is None:
        return None
    path, format_name = chosen
    if format_name == "csv" and path.suffix.lower() != ".zip":
        path = path.with_suffix(".zip")
    outcome = model.run(transfer.ExportData(path, format_name, live=open_data(model)))
    if outcome.refusal is not None or outcome.value is None:
        FileChooser.tell(parent, texts.export_title(), outcome.refusal or "", True)
        return None
    written = outcome.value
    FileChooser.tell(
        parent,
        texts.export_title(),
        texts.exported(written),
    )
    return written


def import_data(model: AppModel, parent: QWidget | None = None) -> ImportProgress | None:
    """Ask which file, then import it with a progress dialog (returned while it runs)."""
    texts = TransferTexts()
    chosen = FileChooser.import_path(parent, texts)
    if chosen is None:
        return None
    path, format_name = chosen
    progress = ImportProgress(model, path, format_name, parent)
    progress.finished.connect(lambda _result: _tell(progress, texts, parent))
    progress.start()
    return progress


def _tell(progress: ImportProgress, texts: TransferTexts, parent: QWidget | None) -> None:
    title = texts.import_title()
    if progress.report is not None:
        FileChooser.tell(parent, title, texts.summary(progress.report, progress.file_name))
    else:
        FileChooser.tell(parent, title, progress.refusal or "", not progress.worker.cancelled)
