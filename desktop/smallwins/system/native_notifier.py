"""Notifications with actions on macOS and Windows, through the desktop-notifier package.

``DesktopNotifierBackend`` adapts ``desktop_notifier.DesktopNotifier`` (UNUserNotificationCenter
on macOS, WinRT toasts on Windows; on Linux org.freedesktop.Notifications over dbus-fast, which
is how the tests run it against a real server) to the ``Notifier`` interface.

The package is asyncio-only. Its calls run as tasks on the asyncio loop that
``system.eventloop.run`` puts on the Qt event loop (qasync). ``Notifier.show`` must say at once
whether the notice was shown, so it waits for its task in a nested Qt event loop (no user input)
for at most ``REPLY_TIMEOUT_S``; a later success still maps the notification, like a late
``Notify`` reply in ``FreedesktopNotifier``. The package reports what the user did through
callbacks, by its own notification identifier (a new one per ``show``); they are carried to the
Qt event loop through a queued signal (macOS may call from another thread) and turned into
``action_invoked``/``closed`` with the notice's key.

What the package decides here:

- A notice shown again under the same key replaces the old notification by withdrawing it and
  sending a new one (the package has no "replaces id").
- ``closed`` comes only when the user dismisses a notification; the package does not report
  one that expired.
- After an action, macOS and Windows take the notification away. On Linux the package neither
  closes it nor can afterwards (it forgets the server's id), so dunst keeps showing it; this
  backend is for macOS and Windows, Linux has ``FreedesktopNotifier``.
- macOS: outside an app bundle the package has no backend (no capabilities): ``available()``
  is False and the app falls back to tray messages. A user who has not allowed notifications
  gets ``show() == False`` (the widget shows instead).

Imported only when this backend is chosen: it loads asyncio and desktop-notifier.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from desktop_notifier import Button, Capability, DesktopNotifier, Icon, Notification
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal

from smallwins.system import eventloop
from smallwins.system.notice import (
    APP_NAME,
    DEFAULT_ACTION,
    REPLY_TIMEOUT_S,
    Notice,
    Notifier,
    bundled_app_icon,
    escape_markup,
)

__all__ = ["DesktopNotifierBackend"]

log = logging.getLogger(__name__)

T = TypeVar("T")

# What a library callback reported (the first argument of ``_reported``).
_ACTION = "action"
_DISMISSED = "dismissed"


class DesktopNotifierBackend(Notifier):
    """Notifications through ``desktop_notifier.DesktopNotifier`` on the Qt event loop.

    Signals: see ``Notifier``.

    The constructor asks the package for the platform's capabilities (on Linux this connects
    to the notification server) and, in the background, for permission to notify (macOS asks
    the user once). When anything fails, ``available()`` is False and ``error`` says why.
    """

    # kind (_ACTION or _DISMISSED), the package's notification identifier, action key
    _reported = Signal(str, str, str)

    def __init__(
        self,
        parent: QObject | None = None,
        library: DesktopNotifier | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
        app_icon: str | None = None,
        reply_timeout: float = REPLY_TIMEOUT_S,
    ) -> None:
        """``library``: the package's notifier (default: a new one named "Small Wins" with
        ``app_icon``, by default the bundled smallwins.svg); ``loop``: the asyncio loop on the
        Qt event loop (default: ``eventloop.running_loop()``)."""
        super().__init__(parent)
        self.error: str | None = None
        self.capabilities: frozenset[Capability] = frozenset()
        self._reply_timeout = reply_timeout
        self._loop = eventloop.running_loop() if loop is None else loop
        self._library: DesktopNotifier | None = None
        self._ids: dict[str, str] = {}  # notice key -> identifier of its newest notification
        self._keys: dict[str, str] = {}  # notification identifier -> notice key
        self._dispatched: set[str] = set()  # identifiers the package reported as sent
        self._tasks: set[asyncio.Task[Any]] = set()  # unfinished tasks close() waits for
        self._quit_hooked = False
        self._escape_body = sys.platform.startswith("linux")  # servers read the body as markup
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        if self._loop is None:
            self.error = "no asyncio loop runs on the Qt event loop (see system.eventloop.run)"
            return
        try:
            if library is None:
                library = _new_library(bundled_app_icon() if app_icon is None else app_icon)
        # The package picks its platform backend here (WinRT, Cocoa): whatever fails means
        # the same to the app, no notifications through it.
        except Exception as exc:
            self.error = f"desktop-notifier cannot start: {exc!r}"
            return
        library.on_dispatched = self._on_dispatched
        library.on_clicked = self._on_clicked
        library.on_button_pressed = self._on_button_pressed
        library.on_dismissed = self._on_dismissed
        self._library = library
        capabilities = self._wait(library.get_capabilities(), "ask for capabilities")
        if not capabilities:
            # None: it failed (logged); empty: the package's dummy backend (macOS outside an
            # app bundle, Windows before 10).
            self.error = (
                "desktop-notifier: no notification service here"
                if capabilities is not None
                else "desktop-notifier: cannot ask the notification service (see the log)"
            )
            self._detach()
            return
        self.capabilities = frozenset(capabilities)
        # In the background: on macOS the first request waits for the user's answer.
        self._start(library.request_authorisation(), "ask for permission", until_close=False)
        app = QCoreApplication.instance()
        if app is not None:
            # After app.exec() returns the loop is closed: withdraw while it still turns.
            app.aboutToQuit.connect(self.close)
            self._quit_hooked = True
        log.info(
            "notifications: desktop-notifier, capabilities %s",
            sorted(capability.name for capability in self.capabilities),
        )

    # -- Notifier ----------------------------------------------------------------------------

    def available(self) -> bool:
        return self._library is not None

    def supports_actions(self) -> bool:
        return self.available() and Capability.BUTTONS in self.capabilities

    def show(self, notice: Notice) -> bool:
        if self._library is None:
            return False
        body = escape_markup(notice.body) if self._escape_body else notice.body
        buttons: tuple[Button, ...] = ()
        if self.supports_actions():
            # A click on the body reports "default" by itself: no button for it.
            buttons = tuple(
                Button(title=label, identifier=key)
                for key, label in notice.actions
                if key != DEFAULT_ACTION
            )
        notification = Notification(
            title=notice.title,
            message=body,
            buttons=buttons,
            icon=Icon(path=Path(notice.icon)) if notice.icon else None,
        )
        identifier = notification.identifier  # a new one each time
        previous = self._ids.get(notice.key)
        if previous is not None:
            self._keys.pop(previous, None)
        self._ids[notice.key] = identifier
        self._keys[identifier] = notice.key
        coroutine = self._send(notice.key, notification, previous)
        return self._wait(coroutine, f"show {notice.key}") is True

    def withdraw(self, key: str) -> None:
        identifier = self._ids.pop(key, None)
        if identifier is None:
            return
        self._keys.pop(identifier, None)
        self._start(self._clear(identifier), f"withdraw {key}")

    def close(self) -> None:
        if self._library is None:
            return
        for key in list(self._ids):
            self.withdraw(key)
        pending = [task for task in self._tasks if not task.done()]
        if pending:
            self._wait(_finish(pending), "withdraw the notifications still shown")
        self._detach()

    # -- talking to the package ----------------------------------------------------------------

    async def _send(self, key: str, notification: Notification, previous: str | None) -> bool:
        """Replace the notification of ``key`` by ``notification``; whether it was sent."""
        identifier = notification.identifier
        shown = False
        try:
            shown = await self._deliver(key, notification, previous)
        finally:
            self._dispatched.discard(identifier)
            if not shown:
                self._forget(identifier)
        if shown and self._ids.get(key) != identifier:
            # Withdrawn, or shown again, while it was on its way: this one must go.
            await self._clear(identifier)
        return shown

    async def _deliver(self, key: str, notification: Notification, previous: str | None) -> bool:
        library = self._library
        if library is None:
            return False
        if previous is not None:
            await self._clear(previous)
        if not await library.has_authorisation():
            log.info("notifications: the user has not allowed notifications from Small Wins")
            return False
        # Never raises for a failed notification: the package logs why and does not report it
        # dispatched.
        await library.send_notification(notification)
        if notification.identifier in self._dispatched:
            return True
        log.warning("notifications: desktop-notifier did not show %s", key)
        return False

    async def _clear(self, identifier: str) -> None:
        """Take a notification away; one already gone is no error."""
        if self._library is None:
            return
        try:
            await self._library.clear(identifier)
        # Linux: the package raises KeyError for a notification the server closed already.
        except Exception as exc:
            log.debug("notifications: cannot clear %s: %r", identifier, exc)

    def _start(
        self, coroutine: Coroutine[Any, Any, T], what: str, until_close: bool = True
    ) -> asyncio.Task[T] | None:
        """Run ``coroutine`` on the loop; failures are logged as failing to do ``what``.
        ``close`` waits for it unless ``until_close`` is False (a question to the user)."""
        if self._loop is None or self._loop.is_closed():
            coroutine.close()
            return None
        task = self._loop.create_task(coroutine)
        if until_close:
            self._tasks.add(task)
        task.add_done_callback(functools.partial(self._finished, what))
        return task

    def _finished(self, what: str, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning(
                "notifications: desktop-notifier failed to %s", what, exc_info=task.exception()
            )

    def _wait(self, coroutine: Coroutine[Any, Any, T], what: str) -> T | None:
        """Run ``coroutine`` and wait for its result, turning the Qt event loop (and with it
        the asyncio loop) without user input; None when it failed or took too long."""
        task = self._start(coroutine, what)
        if task is None:
            return None
        if not task.done():
            spin = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(spin.quit)

            def stop_spinning(_task: object) -> None:
                spin.quit()

            task.add_done_callback(stop_spinning)
            timer.start(round(self._reply_timeout * 1000))
            spin.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            timer.stop()
            task.remove_done_callback(stop_spinning)
        if not task.done():
            log.warning(
                "notifications: desktop-notifier did not %s within %g s", what, self._reply_timeout
            )
            return None  # it goes on; _finished logs how it ends
        if task.cancelled() or task.exception() is not None:
            return None  # _finished logs it
        return task.result()

    def _detach(self) -> None:
        """Let go of the package: its callbacks report nothing any more."""
        library, self._library = self._library, None
        if library is not None:
            library.on_dispatched = None
            library.on_clicked = None
            library.on_button_pressed = None
            library.on_dismissed = None
        app = QCoreApplication.instance()
        if self._quit_hooked and app is not None:
            with contextlib.suppress(RuntimeError):
                app.aboutToQuit.disconnect(self.close)
        self._quit_hooked = False
        self._ids.clear()
        self._keys.clear()
        self._dispatched.clear()

    def _forget(self, identifier: str) -> None:
        key = self._keys.pop(identifier, None)
        if key is not None and self._ids.get(key) == identifier:
            del self._ids[key]

    # -- the package's callbacks (on the asyncio loop, or another thread) -------------------------

    def _on_dispatched(self, identifier: str) -> None:
        # Called inside send_notification, on the loop: _send reads it right after.
        self._dispatched.add(identifier)

    def _on_clicked(self, identifier: str) -> None:
        self._reported.emit(_ACTION, identifier, DEFAULT_ACTION)

    def _on_button_pressed(self, identifier: str, button: str) -> None:
        self._reported.emit(_ACTION, identifier, button)

    def _on_dismissed(self, identifier: str) -> None:
        self._reported.emit(_DISMISSED, identifier, "")

    def _on_reported(self, kind: str, identifier: str, action: str) -> None:
        """From the Qt event loop, outside the package's callback: slots may call ``show``."""
        key = self._keys.get(identifier)
        if key is None:
            return  # withdrawn, replaced or from before close
        # Either way the notification is gone (or, on Linux, its buttons are used up).
        self._forget(identifier)
        if kind == _DISMISSED:
            self.closed.emit(key)
        else:
            self.action_invoked.emit(key, action)


def _new_library(app_icon: str) -> DesktopNotifier:
    # The package's default icon is Python's: no icon rather than that one.
    icon = Icon(path=Path(app_icon)) if app_icon else None
    return DesktopNotifier(app_name=APP_NAME, app_icon=icon)


async def _finish(tasks: list[asyncio.Task[Any]]) -> None:
    """Wait for ``tasks``; their failures are logged by ``_finished``."""
    for task in tasks:
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await task
