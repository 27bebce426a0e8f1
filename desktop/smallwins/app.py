"""The composition root: arguments → paths → database → use cases → Qt bridge → tray and widget.

The only module that wires everything together.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSocketNotifier, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from smallwins.core.events import REMINDERS, Topic
from smallwins.lazy import load
from smallwins.system import eventloop, messages
from smallwins.system.footprint import give_back_free_memory
from smallwins.system.identity import APP_ID, APPLICATION_NAME
from smallwins.system.instance import InstanceError, InstanceServer, send_to_running
from smallwins.system.logs import start_logging, stop_logging
from smallwins.system.notifier_choice import needs_asyncio
from smallwins.system.paths import data_dir, database_path, log_dir
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.icons import app_icon
from smallwins.ui.places import Places
from smallwins.ui.theme import apply_theme
from smallwins.ui.translations import install_translators

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from smallwins.storage import SqliteStore
    from smallwins.storage.errors import DamagedDataError
    from smallwins.ui.dataguard import DataGuard
    from smallwins.ui.model import AppModel
    from smallwins.usecases.backups import Backups
    from smallwins.usecases.runner import Runner

SETTLED_MS = 3000


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION_NAME)  # X11's WM_CLASS (not the data folder: paths.py)
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
    logs_folder = log_dir(data_dir_option, environ)
    logs = start_logging(logs_folder)
    if isinstance(logs, str):
        print(f"smallwins: no log file in {logs_folder}: {logs}", file=sys.stderr)
    try:
        places = Places(folder, logs_folder, logs if isinstance(logs, str) else None)
        return _run(folder, places, environ)
    finally:
        stop_logging()


def _run(folder: Path, places: Places, environ: Mapping[str, str]) -> int:
    db = database_path(folder)
    # The startup check reads the whole file: beside Qt's start, not after it.
    check = _StartupCheck(db)
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
    opened = _open_or_restore(app, termination, folder, db, check)
    if opened is None:
        termination.stop()
        server.close()
        return 1
    if isinstance(opened, str):
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only ever on this path

        QMessageBox.critical(None, "Small Wins", opened)
        termination.stop()
        server.close()
        return 1
    store, runner, model = opened
    model.places = places
    model.backups = _backups(db)
    desktop, translators = _show_desktop(app, model)
    from smallwins.ui.windows import Windows  # noqa: PLC0415 - not needed for the first paint

    windows = Windows(model, desktop)
    guard = _guard_data(app, model, db)
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
    _restore_if_asked(guard, db, server)
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


class _StartupCheck:
    """The startup check (``quick_check``) of the data, in a thread started before Qt's."""

    def __init__(self, db: Path) -> None:
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, args=(db,), name="startup-check")
        self._thread.start()

    def _run(self, db: Path) -> None:
        try:
            from smallwins.storage.errors import StorageError  # noqa: PLC0415 - in this thread
            from smallwins.storage.health import check_file  # noqa: PLC0415
        except Exception:  # the open checks again, and says what it finds
            self.checked = False
            return
        try:
            check_file(db)
        except StorageError as exc:
            self._error = exc
        except Exception:  # anything else: the open checks again, and says what it finds
            self.checked = False

    checked = True

    def result(self) -> Exception | None:
        self._thread.join()
        return self._error


def _open_or_restore(
    app: QApplication, termination: _Termination, folder: Path, db: Path, check: _StartupCheck
) -> tuple[SqliteStore, Runner, AppModel] | str | None:
    """Open the data; damaged, offer the newest good backup (None: the user quit)."""
    opened = _open_data(folder, db, check)
    while isinstance(opened, _Damaged):
        if termination.requested or not _offer_restore(app, opened):
            return None
        opened = _open_data(folder, db, None)  # the restored data is checked as it opens
    return opened


class _Damaged:
    def __init__(self, error: DamagedDataError) -> None:
        self.error = error


def _open_data(
    folder: Path, db: Path, check: _StartupCheck | None
) -> tuple[SqliteStore, Runner, AppModel] | _Damaged | str:
    """Load the data layer (peewee, the domain, the use cases) and open the data; or why not.

    ``check``: the startup check running beside Qt's start (None: check as it opens)."""
    from smallwins.core.errors import Problem  # noqa: PLC0415
    from smallwins.storage import StorageError, open_store, open_store_read_only  # noqa: PLC0415
    from smallwins.storage.errors import DamagedDataError  # noqa: PLC0415
    from smallwins.system.clock import SystemClock  # noqa: PLC0415
    from smallwins.ui.model import AppModel  # noqa: PLC0415
    from smallwins.ui.translations import refusal_text  # noqa: PLC0415
    from smallwins.usecases.runner import Runner  # noqa: PLC0415

    clock = SystemClock()
    try:
        found = None if check is None else check.result()
        if found is not None:
            raise found
        store = open_store(db, check=check is None or not check.checked, now=clock.now)
    except DamagedDataError as exc:
        return _Damaged(exc)
    except StorageError as exc:
        log.error("cannot open the data in %s: %s", db, exc)
        if exc.problem is not Problem.READ_ONLY:
            return refusal_text(exc)
        # A read-only folder, file or disk: show the data, and refuse changes plainly.
        try:
            store = open_store_read_only(db)
        except StorageError as again:
            log.error("cannot read the data in %s either: %s", db, again)
            return refusal_text(exc)
        log.warning("the data in %s is read-only: opened for reading only", db)
    runner = Runner(store, clock, describe=refusal_text)
    model = AppModel(runner, watch=[folder, db, Path(f"{db}-wal")], read_only=store.read_only)
    return store, runner, model


def _backups(db: Path) -> Backups:
    from smallwins.storage.backups import SqliteVault  # noqa: PLC0415
    from smallwins.system.clock import SystemClock  # noqa: PLC0415
    from smallwins.usecases.backups import Backups  # noqa: PLC0415

    return Backups(SqliteVault(db), SystemClock())


def _when(backup_taken_at: object) -> str:
    from datetime import datetime  # noqa: PLC0415

    from smallwins.ui.formats import date_text, time_text  # noqa: PLC0415

    assert isinstance(backup_taken_at, datetime)
    local = backup_taken_at.astimezone()
    return f"{date_text(local.date())} {time_text(local)}"


def _offer_restore(app: QApplication, damaged: _Damaged) -> bool:
    """Say that the data is damaged, offer the newest good backup; True once it is restored."""
    from smallwins.ui.damage import DamageDialog  # noqa: PLC0415 - only ever on this path
    from smallwins.ui.translations import refusal_text  # noqa: PLC0415

    translators = install_translators(app, "system")  # the language setting is in the data
    try:
        backups = _backups(damaged.error.path)
        newest = backups.newest_good() if damaged.error.backups else None
        chosen = DamageDialog.ask(
            refusal_text(damaged.error), None if newest is None else _when(newest.taken_at)
        )
        if not chosen or newest is None:
            return False
        return _restore(backups, newest)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _restore(backups: Backups, backup: object) -> bool:
    from smallwins.core.errors import TranslatableError  # noqa: PLC0415
    from smallwins.core.models import Backup  # noqa: PLC0415
    from smallwins.ui.translations import refusal_text  # noqa: PLC0415

    assert isinstance(backup, Backup)
    try:
        backups.restore(backup)
    except TranslatableError as exc:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        QMessageBox.critical(None, "Small Wins", refusal_text(exc))
        return False
    return True


def _guard_data(app: QApplication, model: AppModel, db: Path) -> DataGuard:
    """The daily full check and backup; on damage, the damage window."""
    from smallwins.ui.dataguard import DataGuard  # noqa: PLC0415 - after the first paint

    guard = DataGuard(model, _backups(db))

    def on_damaged(problem: str) -> None:
        from smallwins.ui.damage import DamageDialog  # noqa: PLC0415

        newest = _backups(db).newest_good()
        if DamageDialog.ask(problem, None if newest is None else _when(newest.taken_at)):
            guard.setProperty("restore", True)
            app.quit()

    guard.damaged.connect(on_damaged)
    guard.backup_failed.connect(lambda why: print(f"smallwins: {why}", file=sys.stderr))
    guard.start()
    return guard


def _restore_if_asked(guard: DataGuard, db: Path, server: InstanceServer) -> None:
    """After the damage window's "Restore": the damaged data is moved aside with this
    process's connection still open, and the process starts afresh without closing it (a
    close would fold its write-ahead log into the damaged file)."""
    guard.wait(30)
    if not guard.property("restore"):
        return
    backups = _backups(db)
    newest = backups.newest_good()
    if newest is not None and _restore(backups, newest):
        server.close()
        _restart()


def _restart() -> None:
    """Start the app afresh in this process (after a restore of damaged data)."""
    os.execv(sys.executable, [sys.executable, "-m", "smallwins", *sys.argv[1:]])


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
            # A dialog open in its own loop (the damage window, "cannot start") ends too:
            # quit() ends only the application's loop.
            for window in app.topLevelWidgets():
                if isinstance(window, QDialog) and window.isVisible():
                    window.reject()
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
