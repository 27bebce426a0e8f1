"""The Windows and macOS hooks behind ``ResumeWatcher``: what the OS says about sleep and clocks.

Like the Linux hooks in ``resume.py`` they are optional speed-ups, free while nothing happens:
the reminder scheduler's periodic wall-clock check finds every jump anyway, within its
interval. Each hook reports a ``PowerEvent`` to a callback; any failure to set one up is
logged and leaves the periodic check in charge.

Windows
    A native event filter on the application reads the ``MSG`` of every native message and
    reports ``WM_POWERBROADCAST`` (``PBT_APMRESUMEAUTOMATIC``/``PBT_APMRESUMESUSPEND``: resumed;
    ``PBT_APMSUSPEND``: sleeping) and ``WM_TIMECHANGE`` (the clock was set: resumed); it never
    claims a message as handled. Windows broadcasts these only to top-level windows (never to
    message-only ones), and the filter sees only messages that reach a window of Qt's own:
    Qt's hidden tray-icon window has a window procedure of its own that passes nothing to
    native event filters; the app's widget may be hidden, not yet created, or have its native
    window destroyed and recreated (changing window flags does that); and a tray-only session
    has no other top-level window at all. So the hooks own a window for the whole run: an
    unowned native top-level ``QWindow``, created (``winId()``) but never shown, a frameless
    tool window so that it stays out of the task bar and Alt+Tab even if something showed it.
    ``RegisterSuspendResumeNotification`` (user32, Windows 8 and later) is asked to send that
    window the suspend/resume messages too, so resuming from modern standby is reported. The
    filter then counts only messages for that window, so one broadcast is reported once, not
    once per top-level window of the app (without the window it counts every window's).

macOS
    Blocks observe ``NSWorkspaceDidWakeNotification`` / ``NSWorkspaceWillSleepNotification``
    on the shared workspace's notification center and ``NSSystemClockDidChangeNotification`` /
    ``NSSystemTimeZoneDidChangeNotification`` on the default center, delivered on the main
    operation queue, that is on the main thread's run loop, which Qt's event loop drives. The
    name → event mapping (``MAC_NOTIFICATIONS``, ``mac_event_for``) is plain Python tested
    everywhere; the wiring (``MacPowerObservation.start``) goes through ``rubicon-objc``, which
    is imported only there and only exists on macOS: it cannot run on Linux CI, where only its
    control flow is exercised against a stand-in module.
"""

from __future__ import annotations

import ctypes
import enum
import importlib
import logging
import sys
from collections.abc import Callable
from ctypes import wintypes
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger(__name__)


class PowerEvent(enum.Enum):
    RESUMED = "resumed"  # woke from sleep, or the wall clock (or its zone) changed
    SLEEPING = "sleeping"  # about to sleep


Deliver = Callable[[PowerEvent], None]


# --- Windows ---------------------------------------------------------------------------------
WM_TIMECHANGE = 0x001E
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012
DEVICE_NOTIFY_WINDOW_HANDLE = 0

# What Qt passes as eventType on Windows: messages to its windows, and those its event
# dispatcher takes from the thread's queue.
WINDOWS_MESSAGE_TYPES = frozenset({b"windows_generic_MSG", b"windows_dispatcher_MSG"})

_POWER_BROADCASTS = {
    PBT_APMRESUMEAUTOMATIC: PowerEvent.RESUMED,
    PBT_APMRESUMESUSPEND: PowerEvent.RESUMED,
    PBT_APMSUSPEND: PowerEvent.SLEEPING,
}


def windows_event_for(message: int, wparam: int) -> PowerEvent | None:
    """What a window message says about sleep and the clock, if anything."""
    if message == WM_TIMECHANGE:
        return PowerEvent.RESUMED
    if message == WM_POWERBROADCAST:
        return _POWER_BROADCASTS.get(wparam)
    return None


class WindowsPowerFilter(QAbstractNativeEventFilter):
    """Reports power and clock messages; never claims a message as handled.

    ``window_handle``: only messages for this window count (``None``: any window's).
    """

    def __init__(self, deliver: Deliver, window_handle: int | None = None) -> None:
        super().__init__()
        self._deliver = deliver
        self._window_handle = window_handle
        self._failed = False

    # Qt's virtual method keeps Qt's name.
    def nativeEventFilter(  # noqa: N802
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        # Called for every native message of the app (mouse moves too): stay cheap, never raise.
        if self._failed:
            return False, 0
        try:
            kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
            if kind in WINDOWS_MESSAGE_TYPES:
                # PySide passes a shiboken VoidPtr, whose truth value raises: take its address.
                msg = wintypes.MSG.from_address(int(message))
                event = windows_event_for(msg.message, msg.wParam)
                if event is not None and self._wanted(msg.hWnd):
                    self._deliver(event)
        except Exception:
            self._failed = True
            log.exception("the power-message filter failed; relying on the periodic check")
        return False, 0

    def _wanted(self, window_handle: int | None) -> bool:
        return self._window_handle is None or window_handle == self._window_handle


def _create_power_window() -> QWindow:
    window = QWindow()
    window.setObjectName("smallwins-power-messages")
    window.setTitle("Small Wins power messages")
    # Tool: WS_EX_TOOLWINDOW, never in the task bar; no transient parent: unowned, as
    # broadcasts to hidden windows require.
    window.setFlags(Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
    window.winId()  # creates the native window without showing it
    return window


if sys.platform == "win32":

    def _user32(name: str, argtypes: tuple[Any, ...], restype: Any) -> Any:
        """A user32 function with its argument and result types set; None if it is missing."""
        try:
            function = getattr(ctypes.WinDLL("user32", use_last_error=True), name)
        except (OSError, AttributeError):
            log.info("user32 has no %s (it came with Windows 8)", name)
            return None
        function.argtypes = argtypes
        function.restype = restype
        return function

    def _last_error() -> int:
        return ctypes.get_last_error()

else:

    def _user32(name: str, argtypes: tuple[Any, ...], restype: Any) -> Any:
        return None

    def _last_error() -> int:
        return 0


def register_suspend_resume(window_handle: int) -> int | None:
    """``RegisterSuspendResumeNotification`` for the window: its handle, or None (logged)."""
    register = _user32(
        "RegisterSuspendResumeNotification", (wintypes.HANDLE, wintypes.DWORD), wintypes.HANDLE
    )
    if register is None:
        return None
    registration: int | None = register(window_handle, DEVICE_NOTIFY_WINDOW_HANDLE)
    if not registration:
        log.warning("RegisterSuspendResumeNotification failed (error %d)", _last_error())
        return None
    return registration


def unregister_suspend_resume(registration: int) -> None:
    unregister = _user32("UnregisterSuspendResumeNotification", (wintypes.HANDLE,), wintypes.BOOL)
    if unregister is not None and not unregister(registration):
        log.warning("UnregisterSuspendResumeNotification failed (error %d)", _last_error())


class WindowsPowerHooks:
    """The filter, its hidden window and the suspend/resume registration, as one."""

    def __init__(self, deliver: Deliver) -> None:
        self._deliver = deliver
        self._app: QCoreApplication | None = None
        self._filter: WindowsPowerFilter | None = None
        self._window: QWindow | None = None
        self._window_handle: int | None = None
        self._registration: int | None = None

    @property
    def filtering(self) -> bool:
        return self._filter is not None

    @property
    def window_handle(self) -> int | None:
        return self._window_handle

    @property
    def registered(self) -> bool:
        return self._registration is not None

    def install(self) -> bool:
        """Install what can be installed; False (logged) when not even the filter could be."""
        if self._filter is not None:
            return True
        app = QCoreApplication.instance()
        if app is None:
            log.warning("no application to filter power messages in")
            return False
        if isinstance(app, QGuiApplication):  # a QWindow needs one
            try:
                self._window = _create_power_window()
                self._window_handle = int(self._window.winId())
            except Exception:
                log.exception("no window for power messages; listening to the app's windows")
                self._destroy_window()
        self._filter = WindowsPowerFilter(self._deliver, self._window_handle)
        app.installNativeEventFilter(self._filter)
        self._app = app
        if self._window_handle is not None:
            try:
                self._registration = register_suspend_resume(self._window_handle)
            except Exception:
                log.exception("could not register for suspend/resume notifications")
        return True

    def remove(self) -> None:
        if self._registration is not None:
            try:
                unregister_suspend_resume(self._registration)
            except Exception:
                log.exception("could not unregister suspend/resume notifications")
            self._registration = None
        if self._filter is not None and self._app is not None:
            self._app.removeNativeEventFilter(self._filter)
        self._filter = None
        self._app = None
        self._destroy_window()

    def _destroy_window(self) -> None:
        if self._window is not None:
            self._window.destroy()  # the native window goes at once
            self._window.deleteLater()
            self._window = None
        self._window_handle = None


# --- macOS -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MacNotification:
    name: str  # the constant's symbol in the framework (its value is the same string)
    framework: Literal["AppKit", "Foundation"]
    center: Literal["workspace", "default"]  # NSWorkspace's notification center or the default
    event: PowerEvent


MAC_NOTIFICATIONS = (
    MacNotification("NSWorkspaceDidWakeNotification", "AppKit", "workspace", PowerEvent.RESUMED),
    MacNotification("NSWorkspaceWillSleepNotification", "AppKit", "workspace", PowerEvent.SLEEPING),
    MacNotification(
        "NSSystemClockDidChangeNotification", "Foundation", "default", PowerEvent.RESUMED
    ),
    # The scheduler follows a zone change at its next check: make that check come at once.
    MacNotification(
        "NSSystemTimeZoneDidChangeNotification", "Foundation", "default", PowerEvent.RESUMED
    ),
)

_MAC_EVENTS = {entry.name: entry.event for entry in MAC_NOTIFICATIONS}


def mac_event_for(name: str) -> PowerEvent | None:
    """What a notification (by name) says about sleep and the clock, if anything."""
    return _MAC_EVENTS.get(name)


class MacPowerObservation:
    """Block observers on NSWorkspace's and the default notification centers (rubicon-objc)."""

    def __init__(self, deliver: Deliver) -> None:
        self._deliver = deliver
        self._objc: Any = None
        self._runtime: Any = None
        self._block: Any = None  # strong reference: the centers hold copies, we hold the source
        self._observers: list[tuple[Any, Any]] = []  # (center, token from addObserverForName)
        self._events: dict[str, PowerEvent] = {}

    @property
    def observing(self) -> bool:
        return bool(self._observers)

    def start(self) -> None:
        """Observe every notification in ``MAC_NOTIFICATIONS``; raises if that fails."""
        if self._observers:
            return
        self._objc = objc = importlib.import_module("rubicon.objc")
        self._runtime = runtime = importlib.import_module("rubicon.objc.runtime")
        # Loading AppKit first makes NSWorkspace known even before Qt's Cocoa plugin loads it.
        libraries = {name: runtime.load_library(name) for name in ("AppKit", "Foundation")}
        workspace = self._send(objc.ObjCClass("NSWorkspace"), "sharedWorkspace")
        centers = {
            "workspace": self._send(workspace, "notificationCenter"),
            "default": self._send(objc.ObjCClass("NSNotificationCenter"), "defaultCenter"),
        }
        main_queue = self._send(objc.ObjCClass("NSOperationQueue"), "mainQueue")
        self._block = objc.Block(self._on_notification, None, runtime.objc_id)
        try:
            for entry in MAC_NOTIFICATIONS:
                name = objc.objc_const(libraries[entry.framework], entry.name)
                self._events[str(objc.py_from_ns(name))] = entry.event
                center = centers[entry.center]
                token = self._send(
                    center,
                    "addObserverForName:object:queue:usingBlock:",
                    name,
                    None,
                    main_queue,
                    self._block,
                    argtypes=[runtime.objc_id] * 3 + [runtime.objc_block],
                )
                self._observers.append((center, token))
        except Exception:
            self.stop()
            raise

    def stop(self) -> None:
        while self._observers:
            center, token = self._observers.pop()
            try:
                self._send(
                    center, "removeObserver:", token, argtypes=[self._runtime.objc_id], void=True
                )
            except Exception:
                log.exception("could not remove a notification observer")
        self._block = None
        self._events.clear()

    def _send(
        self, receiver: Any, selector: str, *args: Any, argtypes: Any = (), void: bool = False
    ) -> Any:
        """``[receiver selector…]`` with the types spelled out; returns an ``id`` unless void."""
        runtime = self._runtime
        restype = None if void else runtime.objc_id
        return runtime.send_message(
            receiver, selector, *args, restype=restype, argtypes=list(argtypes)
        )

    def _on_notification(self, notification: Any) -> None:
        # Called by the Objective-C runtime: an exception must not escape into it.
        try:
            objc = self._objc
            # The block receives a bare pointer; wrapping it keeps the object alive meanwhile.
            name_pointer = self._send(objc.ObjCInstance(notification), "name")
            name = str(objc.py_from_ns(objc.ObjCInstance(name_pointer)))
            event = self._events.get(name) or mac_event_for(name)
            if event is not None:
                self._deliver(event)
        except Exception:
            log.exception("could not read a sleep or clock notification")
