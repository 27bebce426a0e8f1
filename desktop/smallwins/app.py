"""The composition root: arguments → paths → database → use cases → Qt bridge → tray and widget.

The only module that wires everything together.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from smallwins.lazy import load
from smallwins.storage.database import open_store
from smallwins.storage.errors import StorageError
from smallwins.system import eventloop, messages
from smallwins.system.clock import SystemClock
from smallwins.system.instance import InstanceServer, send_to_running
from smallwins.system.notifier_choice import needs_asyncio
from smallwins.system.paths import data_dir, database_path
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.icons import app_icon
from smallwins.ui.model import AppModel
from smallwins.ui.theme import apply_theme
from smallwins.ui.translations import install_translators
from smallwins.ui.windows import Windows
from smallwins.usecases.runner import Runner

APP_ID = "smallwins"


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("Small Wins")
    app.setOrganizationName("Small Wins")
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    return app


def run_app(data_dir_option: str | None, environ: Mapping[str, str] | None = None) -> int:
    """Start the tray app, or hand over to the one already running for this data folder."""
    environ = os.environ if environ is None else environ
    folder = data_dir(data_dir_option, environ)
    app = _application()
    server = InstanceServer(folder)
    key = server.key
    if not server.listen():
        # A second start shows the running app's widget and leaves.
        return 0 if send_to_running(key, messages.SHOW_WIDGET) else 1
    try:
        store = open_store(database_path(folder))
    except StorageError as exc:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only ever on this path

        QMessageBox.critical(None, "Small Wins", str(exc))
        server.close()
        return 1
    clock = SystemClock()
    runner = Runner(store, clock)
    db = database_path(folder)
    model = AppModel(runner, watch=[folder, db, Path(f"{db}-wal")])
    translators = install_translators(app, model.setting(prefs.LANGUAGE, "system"))
    apply_theme(model.setting(prefs.THEME, "system"))
    desktop = Desktop(model)
    windows = Windows(model, desktop)
    desktop.quit_requested.connect(app.quit)
    server.message_received.connect(windows.on_message)
    desktop.start()
    windows.welcome_if_new()
    reminders = Reminders(runner, clock, model, desktop)
    # Reminders start once the tray icon and the widget are up: the scheduler and the
    # notification service take a moment to load, and nothing is due in that first instant
    # (anything missed meanwhile comes as the catch-up).
    QTimer.singleShot(0, reminders.start)
    QTimer.singleShot(0, _load_commands)
    app.aboutToQuit.connect(server.close)
    stop_watch = _quit_on_termination(app)
    # macOS/Windows notifications (desktop-notifier) need asyncio: it then runs on Qt's loop.
    status = eventloop.run(app, asyncio_needed=needs_asyncio(environ))
    stop_watch()
    reminders.stop()
    desktop.close()
    store.close()
    del translators
    return status


class Reminders:
    """The reminder scheduler and the notifications, wired together on demand."""

    def __init__(self, runner: Runner, clock: SystemClock, model: AppModel, desktop: Desktop):
        self._runner, self._clock, self._model, self._desktop = runner, clock, model, desktop
        self._stop: Callable[[], None] | None = None

    def start(self) -> None:
        # Imported here, not at the top: they load APScheduler and D-Bus, after the first paint.
        from smallwins.scheduling.reminders import ReminderScheduler  # noqa: PLC0415
        from smallwins.system.notifications import notifier_for_platform  # noqa: PLC0415
        from smallwins.ui.reminders import ReminderPresenter  # noqa: PLC0415

        notifier = notifier_for_platform(self._desktop.tray.icon)
        presenter = ReminderPresenter(self._model, self._desktop, notifier)
        scheduler = ReminderScheduler(self._runner, self._clock)
        scheduler.prompt_due.connect(presenter.show_prompt)
        scheduler.caught_up.connect(presenter.show_catch_up)
        self._model.changed.connect(scheduler.reschedule)
        scheduler.start()

        def stop() -> None:
            scheduler.stop()
            notifier.close()

        self._stop = stop
        self._presenter = presenter

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()


def _load_commands() -> None:
    """Load the use-case commands after the first paint (the first paint needs none of them;
    see smallwins/lazy.py), so that the first click does not wait for them."""
    load(sys.modules["smallwins.usecases.commands"])


def _quit_on_termination(app: QApplication) -> Callable[[], None]:
    """Quit cleanly on SIGTERM/SIGINT without a polling timer: the signal wakes Qt's loop
    through a socket (``signal.set_wakeup_fd``)."""
    if not hasattr(signal, "SIGTERM") or os.name == "nt":
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    handlers = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGTERM, signal.SIGINT)}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        app.quit()

    notifier.activated.connect(on_signal)

    def restore() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        reader.close()
        writer.close()

    return restore


def main() -> int:
    """``python -m smallwins.app``: start the tray app with the default data folder."""
    QGuiApplication.setDesktopFileName(APP_ID)
    return run_app(None)
