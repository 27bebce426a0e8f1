"""The tray app's daily care of the data: the full check and the daily backup, off the GUI
thread.

Once soon after the start and again whenever the day turns, a worker thread runs the full
``integrity_check`` of the data and then the daily backup (made when none was made today and the
data changed since the newest; old ones are thinned). Both only read the live database (with
their own connections), so the window stays responsive and ticks go on meanwhile.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from smallwins.core.errors import TranslatableError
from smallwins.core.events import Topic
from smallwins.ui.model import AppModel
from smallwins.ui.translations import refusal_text
from smallwins.usecases.backups import Backups

FIRST_RUN_MS = 10_000  # after start-up has settled (app.SETTLED_MS)


class DataGuard(QObject):
    """Signals:
    damaged(str): the full check found damage; the sentence for the user.
    backup_failed(str): the daily backup could not be made; why.
    finished(): one round of check and backup is over (tests wait for it).
    """

    damaged = Signal(str)
    backup_failed = Signal(str)
    finished = Signal()

    def __init__(self, model: AppModel, backups: Backups, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._backups = backups
        self._last_day: date | None = None
        self._worker: threading.Thread | None = None
        model.changed.connect(self._on_changed)

    def start(self, delay_ms: int = FIRST_RUN_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.run_daily)

    def run_daily(self) -> None:
        """Check and back up in a worker thread, once a day."""
        today = self._model.view.today
        if self._last_day == today or (self._worker is not None and self._worker.is_alive()):
            return
        self._last_day = today
        self._worker = threading.Thread(target=self._work, name="daily-data-care", daemon=True)
        self._worker.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._worker is not None:
            self._worker.join(timeout)

    def _work(self) -> None:
        # Signals emitted here reach their receivers on the GUI thread (queued).
        try:
            self._backups.check_data()
        except TranslatableError as exc:
            self.damaged.emit(refusal_text(exc))
            self.finished.emit()
            return
        try:
            self._backups.daily_backup()
        except TranslatableError as exc:
            self.backup_failed.emit(refusal_text(exc))
        self.finished.emit()

    def _on_changed(self, topics: Topic) -> None:
        if topics & Topic.CLOCK and self._last_day is not None:
            self.run_daily()  # a new day: runs once it is one
