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
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSocketNotifier, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from smallwins.core.events import REMINDERS, Topic
from smallwins.lazy import load
from smallwins.system import eventloop, messages
from smallwins.system.footprint import give_back_free_memory
from smallwins.system.instance import InstanceError, InstanceServer, send_to_running
from smallwins.system.notifier_choice import needs_asyncio
from smallwins.system.paths import data_dir, database_path
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.icons import app_icon
from smallwins.ui.theme import apply_theme
from smallwins.ui.translations import install_translators

if TYPE_CHECKING:
    from smallwins.storage import SqliteStore
    from smallwins.ui.model import AppModel
    from smallwins.usecases.runner import Runner

APP_ID = "smallwins"
SETTLED_MS = 3000


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
    try:
        listening = server.listen()
    except InstanceError as exc:  # e.g. another user's socket: say why, and start all the same
        print(f"smallwins: {exc}; starting without the single-instance check", file=sys.stderr)
        listening = True
    if not listening:
        # A second start shows the running app's widget and leaves.
        return 0 if send_to_running(key, messages.SHOW_WIDGET) else 1
    termination = _Termination(app)
    opened = _open_data(folder, database_path(folder))
    if isinstance(opened, str):
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only ever on this path

        QMessageBox.critical(None, "Small Wins", opened)
        termination.stop()
        server.close()
        return 1
    store, runner, model = opened
    desktop, translators = _show_desktop(app, model)
    from smallwins.ui.windows import Windows  # noqa: PLC0415 - not needed for the first paint

    windows = Windows(model, desktop)
    desktop.quit_requested.connect(app.quit)
    server.message_received.connect(windows.on_message)
    # Quit from the event loop, not from inside the socket's handler, which closing the
    # socket under it would break.
    server.message_received.connect(
        lambda message: QTimer.singleShot(0, app.quit) if message == messages.QUIT else None
    )
    windows.welcome_if_new()
    reminders = Reminders(runner, model, desktop)
    # Reminders start once the tray icon and the widget are up: the scheduler and the
    # notification service take a moment to load, and nothing is due in that first instant
    # (anything missed meanwhile comes as the catch-up).
    QTimer.singleShot(0, reminders.start)
    QTimer.singleShot(0, lambda: _load_the_rest(desktop))
    # Once start-up has settled (reminders scheduled, the notification service connected).
    QTimer.singleShot(SETTLED_MS, give_back_free_memory)
    app.aboutToQuit.connect(server.close)
    if termination.requested:  # while starting: no loop, the same clean end
        status = 0
        server.close()
    else:
        # macOS/Windows notifications (desktop-notifier) need asyncio: it then runs on Qt's loop.
        status = eventloop.run(app, asyncio_needed=needs_asyncio(environ))
    termination.stop()
    reminders.stop()
    windows.close()
    desktop.close()
    store.close()
    del translators
    return status


def _show_desktop(app: QApplication, model: AppModel) -> tuple[Desktop, list[QTranslator]]:
    """Install the language and theme, then show the tray icon and the widget."""
    translators = install_translators(app, model.setting(prefs.LANGUAGE))
    apply_theme(model.setting(prefs.THEME))
    desktop = Desktop(model)
    desktop.start()
    return desktop, translators


def _open_data(folder: Path, db: Path) -> tuple[SqliteStore, Runner, AppModel] | str:
    """Load the data layer (peewee, the domain, the use cases) and open the data; or why not."""
    from smallwins.storage import StorageError, open_store  # noqa: PLC0415
    from smallwins.system.clock import SystemClock  # noqa: PLC0415
    from smallwins.ui.model import AppModel  # noqa: PLC0415
    from smallwins.ui.translations import refusal_text  # noqa: PLC0415
    from smallwins.usecases.runner import Runner  # noqa: PLC0415

    try:
        store = open_store(db)
    except StorageError as exc:
        return str(exc)
    runner = Runner(store, SystemClock(), describe=refusal_text)
    return store, runner, AppModel(runner, watch=[folder, db, Path(f"{db}-wal")])


class Reminders:
    """The reminder scheduler and the notifications, wired together on demand."""

    def __init__(self, runner: Runner, model: AppModel, desktop: Desktop):
        self._runner, self._model, self._desktop = runner, model, desktop
        self._stop: Callable[[], None] | None = None

    def start(self) -> None:
        # Imported here, not at the top: they load APScheduler and D-Bus, after the first paint.
        from smallwins.scheduling.reminders import ReminderScheduler  # noqa: PLC0415
        from smallwins.system.notifications import notifier_for_platform  # noqa: PLC0415
        from smallwins.ui.reminders import ReminderPresenter  # noqa: PLC0415

        notifier = notifier_for_platform(self._desktop.tray.icon)
        presenter = ReminderPresenter(self._model, self._desktop, notifier)
        scheduler = ReminderScheduler(self._runner, self._runner.clock)
        scheduler.prompt_due.connect(presenter.show_prompt)
        scheduler.caught_up.connect(presenter.show_catch_up)
        scheduler.review_due.connect(presenter.show_review_prompt)
        follow_changes(self._model, scheduler)
        scheduler.start()

        def stop() -> None:
            scheduler.stop()
            notifier.close()

        self._stop = stop
        self._presenter = presenter

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()


class _Reschedulable(Protocol):
    def reschedule(self) -> None: ...


def follow_changes(model: AppModel, scheduler: _Reschedulable) -> None:
    """Plan the reminders again whenever what changed is what they are planned from."""

    def on_changed(topics: Topic) -> None:
        if topics & REMINDERS:
            scheduler.reschedule()

    model.changed.connect(on_changed)


def _load_the_rest(desktop: Desktop) -> None:
    """Load the use-case commands and make the celebration after the first paint (which needs
    neither; see smallwins/lazy.py), so that the first click does not wait for them."""
    load(sys.modules["smallwins.usecases.commands"])
    desktop.prepare_celebration()


class _Termination:
    """Quit cleanly on SIGTERM/SIGINT, also when one arrives while the app is still starting.

    The signal wakes Qt's loop through a socket (``signal.set_wakeup_fd``), so no polling timer
    is needed; ``requested`` tells whether one came before the loop ran.
    """

    def __init__(self, app: QApplication) -> None:
        self.requested = False
        self._restore: Callable[[], None] = lambda: None
        if not hasattr(signal, "SIGTERM") or os.name == "nt":
            return
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        previous_fd = signal.set_wakeup_fd(writer.fileno())

        def note(*_: object) -> None:
            self.requested = True

        handlers = {sig: signal.signal(sig, note) for sig in (signal.SIGTERM, signal.SIGINT)}
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

        self._restore = restore

    def stop(self) -> None:
        self._restore()


def main() -> int:
    """``python -m smallwins.app``: start the tray app with the default data folder."""
    QGuiApplication.setDesktopFileName(APP_ID)
    return run_app(None)
