"""What the OS says about sleep and clock changes, where it says it cheaply.

Every hook is an optional speed-up: the reminder scheduler's periodic wall-clock check finds every
jump anyway, within its interval. A hook only makes the catch-up come at once after waking. None
of them wakes the app while nothing happens.

- logind (Linux, system D-Bus): ``PrepareForSleep(false)`` when the machine has woken up.
- timerfd (Linux): an absolute ``CLOCK_REALTIME`` timer far in the future with
  ``TFD_TIMER_CANCEL_ON_SET`` is cancelled, and its descriptor becomes readable, whenever the
  wall clock is set or jumps on resume, at no cost while nothing happens.
- Windows: ``WM_POWERBROADCAST`` and ``WM_TIMECHANGE`` through a native event filter, with a
  hidden window of its own (``nativehooks.WindowsPowerHooks``).
- macOS: NSWorkspace wake/sleep and system clock/zone notifications
  (``nativehooks.MacPowerObservation``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, QSocketNotifier, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection

if TYPE_CHECKING:
    # Loaded on Windows and macOS only (ctypes.wintypes, QWindow): not worth memory elsewhere.
    from smallwins.scheduling.nativehooks import (
        MacPowerObservation,
        PowerEvent,
        WindowsPowerHooks,
    )

log = logging.getLogger(__name__)

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"

TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2
# Far in the future (the year 2200) but valid for the kernel; reaching it disables the watch.
FAR_FUTURE_SECONDS = 7_258_118_400


class _Timespec(ctypes.Structure):
    _fields_ = (("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long))


class _Itimerspec(ctypes.Structure):
    _fields_ = (("it_interval", _Timespec), ("it_value", _Timespec))


class ResumeWatcher(QObject):
    """Listens for the OS saying the machine slept or its wall clock changed.

    ``start()`` sets up the hooks of the running platform (see the module docstring); the
    read-only properties and ``hooks`` tell which are active. ``stop()`` removes them all.

    Signals:
        resumed: the machine woke from sleep, or the wall clock (on macOS also its time zone)
            was set; check the time now.
        sleeping: the machine is about to sleep.
    """

    resumed = Signal()
    sleeping = Signal()
    # Re-emitted as ``resumed`` from the event loop: see _on_power_event.
    _resumed_later = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resumed_later.connect(self.resumed, Qt.ConnectionType.QueuedConnection)
        self._bus: QDBusConnection | None = None
        self._libc: ctypes.CDLL | None = None
        self._fd: int | None = None
        self._notifier: QSocketNotifier | None = None
        self._windows: WindowsPowerHooks | None = None
        self._mac: MacPowerObservation | None = None

    # --- which hooks are active --------------------------------------------------------------
    @property
    def listening_to_logind(self) -> bool:
        return self._bus is not None

    @property
    def watching_clock(self) -> bool:
        return self._notifier is not None

    @property
    def filtering_windows_messages(self) -> bool:
        return self._windows is not None and self._windows.filtering

    @property
    def power_window_handle(self) -> int | None:
        """The hidden window receiving power broadcasts on Windows, if there is one."""
        return None if self._windows is None else self._windows.window_handle

    @property
    def registered_for_suspend_resume(self) -> bool:
        return self._windows is not None and self._windows.registered

    @property
    def observing_mac_notifications(self) -> bool:
        return self._mac is not None and self._mac.observing

    @property
    def hooks(self) -> tuple[str, ...]:
        """The names of the active hooks; empty when the periodic check is alone."""
        active = {
            "logind": self.listening_to_logind,
            "timerfd": self.watching_clock,
            "windows-messages": self.filtering_windows_messages,
            "windows-power-window": self.power_window_handle is not None,
            "suspend-resume-registration": self.registered_for_suspend_resume,
            "mac-notifications": self.observing_mac_notifications,
        }
        return tuple(name for name, on in active.items() if on)

    # --- controlling -------------------------------------------------------------------------
    def start(self) -> None:
        if sys.platform.startswith("linux"):
            self._connect_logind()
            self._watch_clock()
        elif sys.platform == "win32":
            self._install_windows_hooks()
        elif sys.platform == "darwin":
            self._observe_mac_notifications()
        log.info("sleep and clock hooks: %s", ", ".join(self.hooks) or "none, the periodic check")

    def stop(self) -> None:
        if self._bus is not None:
            # PySide6's stubs want bytes for the slot; at run time only SLOT()'s str works.
            self._bus.disconnect(  # type: ignore[call-overload]
                LOGIND_SERVICE,
                LOGIND_PATH,
                LOGIND_INTERFACE,
                "PrepareForSleep",
                self,
                SLOT("on_prepare_for_sleep(bool)"),
            )
            self._bus = None
        self._close_clock_watch()
        if self._windows is not None:
            self._windows.remove()
            self._windows = None
        if self._mac is not None:
            self._mac.stop()
            self._mac = None

    def _on_power_event(self, event: PowerEvent) -> None:
        """A Windows or macOS hook's report.

        ``sleeping`` comes at once: Windows waits for the handler of ``PBT_APMSUSPEND`` (for a
        while), so what it saves is saved before sleeping. ``resumed`` comes once control is
        back in the event loop: the Windows message was sent by another process, and while it
        is handled COM refuses outgoing calls (``RPC_E_CANTCALLOUT_ININPUTSYNCCALL``), which a
        catch-up notification through WinRT would make.
        """
        from smallwins.scheduling.nativehooks import PowerEvent  # noqa: PLC0415 - see the imports

        if event is PowerEvent.SLEEPING:
            self.sleeping.emit()
        else:
            self._resumed_later.emit()

    # --- logind ------------------------------------------------------------------------------
    def _connect_logind(self) -> None:
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return  # no system bus (a container, another init system): the periodic check will do
        if bus.connect(  # type: ignore[call-overload]  # see stop()
            LOGIND_SERVICE,
            LOGIND_PATH,
            LOGIND_INTERFACE,
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        ):
            self._bus = bus

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.sleeping.emit()
        else:
            self.resumed.emit()

    # --- Windows -----------------------------------------------------------------------------
    def _install_windows_hooks(self) -> None:
        """The filter, its hidden window and the registration (callable anywhere, for tests)."""
        if self._windows is not None:
            return
        from smallwins.scheduling.nativehooks import WindowsPowerHooks  # noqa: PLC0415

        hooks = WindowsPowerHooks(self._on_power_event)
        try:
            installed = hooks.install()
        except Exception:
            log.exception("could not listen to power messages; relying on the periodic check")
            hooks.remove()
            return
        if installed:
            self._windows = hooks

    # --- macOS -------------------------------------------------------------------------------
    def _observe_mac_notifications(self) -> None:
        if self._mac is not None:
            return
        from smallwins.scheduling.nativehooks import MacPowerObservation  # noqa: PLC0415

        observation = MacPowerObservation(self._on_power_event)
        try:
            observation.start()
        except Exception:
            # rubicon-objc missing, or AppKit not loaded: the periodic check will do.
            log.exception("could not observe sleep and clock notifications")
            return
        self._mac = observation

    # --- timerfd -----------------------------------------------------------------------------
    def _watch_clock(self) -> None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            fd = libc.timerfd_create(time.CLOCK_REALTIME, os.O_NONBLOCK | os.O_CLOEXEC)
        except (OSError, AttributeError):
            return
        if fd < 0:
            return
        self._libc = libc
        self._fd = fd
        if not self._arm_clock_watch():
            self._close_clock_watch()
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_clock_watch)

    def _arm_clock_watch(self, at_seconds: int = FAR_FUTURE_SECONDS) -> bool:
        assert self._libc is not None
        spec = _Itimerspec()
        spec.it_value.tv_sec = at_seconds
        flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        result: int = self._libc.timerfd_settime(self._fd, flags, ctypes.byref(spec), None)
        return result == 0

    def _read_clock_watch(self) -> int:
        """0: the clock was set; 1: spurious wake-up; 2: the far-future timer expired."""
        assert self._fd is not None
        try:
            os.read(self._fd, 8)
        except BlockingIOError:
            return 1
        except OSError as exc:
            if exc.errno == errno.ECANCELED:
                return 0
            raise
        return 2

    def _on_clock_watch(self, *_: object) -> None:
        if self._fd is None:
            return
        try:
            outcome = self._read_clock_watch()
        except OSError:
            log.exception("the clock-change watch failed; relying on the periodic check")
            self._close_clock_watch()
            return
        if outcome == 1:
            return
        if outcome == 2 or not self._arm_clock_watch():
            # Never leave a readable descriptor behind: it would wake the event loop forever.
            self._close_clock_watch()
        self.resumed.emit()

    def _close_clock_watch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
