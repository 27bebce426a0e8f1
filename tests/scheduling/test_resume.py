"""The sleep and clock hooks of ResumeWatcher on every platform, run here on any platform.

Windows: real ``MSG`` structures in memory go through Qt's own native-event dispatch to the
installed filter. macOS: the notification table is tested as it is; the rubicon-objc wiring runs
against a stand-in module (the real one needs macOS), which checks its control flow only.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import types
from collections.abc import Callable, Iterator
from ctypes import wintypes
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QByteArray
from PySide6.QtGui import QGuiApplication, QWindow
from pytestqt.qtbot import QtBot

from smallwins.scheduling import nativehooks
from smallwins.scheduling.nativehooks import (
    MAC_NOTIFICATIONS,
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_TIMECHANGE,
    PowerEvent,
    WindowsPowerFilter,
    mac_event_for,
    windows_event_for,
)
from smallwins.scheduling.resume import ResumeWatcher

pytestmark = pytest.mark.gui

WM_PAINT = 0x000F
PBT_POWERSETTINGCHANGE = 0x8013
GENERIC = b"windows_generic_MSG"
DISPATCHER = b"windows_dispatcher_MSG"
SOME_WINDOW = 0x5A5A0


@pytest.fixture
def watcher(qtbot: QtBot) -> Iterator[ResumeWatcher]:
    made = ResumeWatcher()
    yield made
    made.stop()


def message(kind: int, wparam: int = 0, window: int = SOME_WINDOW) -> wintypes.MSG:
    msg = wintypes.MSG()
    msg.hWnd = window
    msg.message = kind
    msg.wParam = wparam
    return msg


def pointer(msg: wintypes.MSG) -> shiboken6.VoidPtr:
    """The message as Qt hands it to a Python filter: a VoidPtr to the MSG (which the caller
    keeps alive while the pointer is used)."""
    return shiboken6.VoidPtr(ctypes.addressof(msg))


def dispatch(msg: wintypes.MSG, event_type: bytes = GENERIC) -> bool:
    """Run the native message through every filter installed on the app, as Qt's Windows
    plugin does; True if a filter claimed it as handled."""
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    handled: bool = dispatcher.filterNativeEvent(QByteArray(event_type), pointer(msg), 0)
    return handled


def power_windows(app: QGuiApplication) -> list[QWindow]:
    return [w for w in app.allWindows() if w.objectName() == "smallwins-power-messages"]


# --- Windows: which message means what ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "wparam", "expected"),
    [
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, PowerEvent.RESUMED),
        (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, PowerEvent.RESUMED),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, PowerEvent.SLEEPING),
        (WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE, None),
        (WM_TIMECHANGE, 0, PowerEvent.RESUMED),
        (WM_PAINT, PBT_APMSUSPEND, None),
    ],
)
def test_windows_messages_mean(kind: int, wparam: int, expected: PowerEvent | None) -> None:
    assert windows_event_for(kind, wparam) == expected


def test_the_filter_reads_real_msg_structures() -> None:
    events: list[PowerEvent] = []
    power_filter = WindowsPowerFilter(events.append)
    cases = [
        (message(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC), GENERIC, [PowerEvent.RESUMED]),
        (message(WM_POWERBROADCAST, PBT_APMSUSPEND), DISPATCHER, [PowerEvent.SLEEPING]),
        (message(WM_TIMECHANGE), GENERIC, [PowerEvent.RESUMED]),
        (message(WM_PAINT), GENERIC, []),
        (message(WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE), GENERIC, []),
        # Not a Windows message at all (the same bytes under X11's event type): ignored.
        (message(WM_TIMECHANGE), b"xcb_generic_event_t", []),
    ]
    for msg, event_type, expected in cases:
        events.clear()
        assert power_filter.nativeEventFilter(QByteArray(event_type), pointer(msg)) == (False, 0)
        assert events == expected, (msg.message, msg.wParam, event_type)
    # Plain bytes and an integer address work as well.
    events.clear()
    msg = message(WM_TIMECHANGE)
    assert power_filter.nativeEventFilter(GENERIC, ctypes.addressof(msg)) == (False, 0)
    assert events == [PowerEvent.RESUMED]


def test_a_filter_with_its_own_window_ignores_the_others() -> None:
    events: list[PowerEvent] = []
    power_filter = WindowsPowerFilter(events.append, window_handle=SOME_WINDOW)
    elsewhere, here = message(WM_TIMECHANGE, 0, SOME_WINDOW + 1), message(WM_TIMECHANGE)
    power_filter.nativeEventFilter(QByteArray(GENERIC), pointer(elsewhere))
    assert events == []
    power_filter.nativeEventFilter(QByteArray(GENERIC), pointer(here))
    assert events == [PowerEvent.RESUMED]


def test_a_failing_filter_logs_once_and_steps_aside(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[PowerEvent] = []

    def broken(event: PowerEvent) -> None:
        calls.append(event)
        raise RuntimeError("boom")

    power_filter = WindowsPowerFilter(broken)
    msg = message(WM_TIMECHANGE)
    with caplog.at_level(logging.ERROR, logger=nativehooks.__name__):
        for _ in range(3):
            assert power_filter.nativeEventFilter(QByteArray(GENERIC), pointer(msg)) == (False, 0)
    assert calls == [PowerEvent.RESUMED]
    assert len(caplog.records) == 1


# --- Windows: installed on the application (here on any platform) -------------------------------


def test_the_windows_hooks_report_through_qt_and_are_removed_by_stop(
    qtbot: QtBot, qapp: QGuiApplication, watcher: ResumeWatcher
) -> None:
    watcher._install_windows_hooks()
    assert watcher.filtering_windows_messages
    window = watcher.power_window_handle
    assert window is not None
    assert not watcher.registered_for_suspend_resume  # user32 exists on Windows only
    assert watcher.hooks == ("windows-messages", "windows-power-window")
    assert [w.isVisible() for w in power_windows(qapp)] == [False]

    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        assert not dispatch(message(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, window))
    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        assert not dispatch(message(WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, window))
    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        assert not dispatch(message(WM_TIMECHANGE, 0, window))
    with (
        qtbot.waitSignal(watcher.sleeping, timeout=1000),
        qtbot.assertNotEmitted(watcher.resumed, wait=100),
    ):
        assert not dispatch(message(WM_POWERBROADCAST, PBT_APMSUSPEND, window))
    with (
        qtbot.assertNotEmitted(watcher.resumed, wait=100),
        qtbot.assertNotEmitted(watcher.sleeping),
    ):
        assert not dispatch(message(WM_PAINT, 0, window))
        assert not dispatch(message(WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE, window))
        # The same broadcast reaches every top-level window: it counts once, at ours.
        assert not dispatch(message(WM_TIMECHANGE, 0, window + 1))

    watcher.stop()
    assert not watcher.filtering_windows_messages
    assert watcher.power_window_handle is None
    assert watcher.hooks == ()
    qtbot.waitUntil(lambda: power_windows(qapp) == [], timeout=1000)
    with (
        qtbot.assertNotEmitted(watcher.resumed, wait=100),
        qtbot.assertNotEmitted(watcher.sleeping),
    ):
        assert not dispatch(message(WM_TIMECHANGE, 0, window))
        assert not dispatch(message(WM_POWERBROADCAST, PBT_APMSUSPEND, window))


def test_resumed_comes_after_the_native_message_returns(
    qtbot: QtBot, watcher: ResumeWatcher
) -> None:
    watcher._install_windows_hooks()
    window = watcher.power_window_handle
    assert window is not None
    emitted: list[str] = []
    watcher.resumed.connect(lambda: emitted.append("resumed"))
    watcher.sleeping.connect(lambda: emitted.append("sleeping"))
    dispatch(message(WM_POWERBROADCAST, PBT_APMSUSPEND, window))
    assert emitted == ["sleeping"]  # at once: before the machine sleeps
    dispatch(message(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, window))
    assert emitted == ["sleeping"]  # not inside the message handler
    qtbot.waitUntil(lambda: emitted == ["sleeping", "resumed"], timeout=1000)


class FakeUser32:
    """RegisterSuspendResumeNotification and its opposite, recording their calls."""

    def __init__(self, registration: int | None) -> None:
        self.registration = registration
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.types: dict[str, tuple[tuple[Any, ...], Any]] = {}

    def function(self, name: str, argtypes: tuple[Any, ...], restype: Any) -> Callable[..., Any]:
        self.types[name] = (argtypes, restype)

        def call(*args: Any) -> Any:
            self.calls.append((name, args))
            return self.registration if name.startswith("Register") else 1

        return call


def test_the_power_window_registers_for_suspend_resume(
    watcher: ResumeWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    user32 = FakeUser32(registration=0x1234)
    monkeypatch.setattr(nativehooks, "_user32", user32.function)
    watcher._install_windows_hooks()
    assert watcher.registered_for_suspend_resume
    assert "suspend-resume-registration" in watcher.hooks
    window = watcher.power_window_handle
    assert user32.calls == [("RegisterSuspendResumeNotification", (window, 0))]
    assert user32.types["RegisterSuspendResumeNotification"] == (
        (wintypes.HANDLE, wintypes.DWORD),
        wintypes.HANDLE,
    )
    watcher.stop()
    assert user32.calls[1:] == [("UnregisterSuspendResumeNotification", (0x1234,))]
    assert not watcher.registered_for_suspend_resume


def test_a_failed_registration_leaves_the_filter_working(
    watcher: ResumeWatcher, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(nativehooks, "_user32", FakeUser32(registration=None).function)
    with caplog.at_level(logging.WARNING, logger=nativehooks.__name__):
        watcher._install_windows_hooks()
    assert watcher.filtering_windows_messages
    assert not watcher.registered_for_suspend_resume
    assert "RegisterSuspendResumeNotification failed" in caplog.text


def test_start_picks_the_windows_hooks_on_windows(
    watcher: ResumeWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        watcher.start()
    assert watcher.filtering_windows_messages
    assert not watcher.listening_to_logind
    assert not watcher.watching_clock
    watcher.stop()
    assert watcher.hooks == ()


# --- Linux --------------------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux hooks")
def test_start_and_stop_on_linux_leave_no_hooks_behind(watcher: ResumeWatcher) -> None:
    watcher.start()
    assert set(watcher.hooks) <= {"logind", "timerfd"}
    assert watcher.watching_clock  # timerfd needs no bus
    assert not watcher.filtering_windows_messages
    assert not watcher.observing_mac_notifications
    watcher.stop()
    assert watcher.hooks == ()
    assert not watcher.listening_to_logind
    assert not watcher.watching_clock


# --- macOS: which notification means what ------------------------------------------------------


def test_mac_notifications_mean() -> None:
    assert mac_event_for("NSWorkspaceDidWakeNotification") is PowerEvent.RESUMED
    assert mac_event_for("NSWorkspaceWillSleepNotification") is PowerEvent.SLEEPING
    assert mac_event_for("NSSystemClockDidChangeNotification") is PowerEvent.RESUMED
    assert mac_event_for("NSSystemTimeZoneDidChangeNotification") is PowerEvent.RESUMED
    assert mac_event_for("NSWorkspaceDidActivateApplicationNotification") is None
    # Workspace notifications come only through NSWorkspace's own notification center.
    centers = {entry.name: (entry.framework, entry.center) for entry in MAC_NOTIFICATIONS}
    assert centers == {
        "NSWorkspaceDidWakeNotification": ("AppKit", "workspace"),
        "NSWorkspaceWillSleepNotification": ("AppKit", "workspace"),
        "NSSystemClockDidChangeNotification": ("Foundation", "default"),
        "NSSystemTimeZoneDidChangeNotification": ("Foundation", "default"),
    }


# --- macOS: the rubicon-objc wiring against a stand-in ------------------------------------------


class FakeObjC:
    """Just enough of rubicon.objc (and its runtime) to drive MacPowerObservation."""

    class objc_id:  # noqa: N801 - rubicon's name
        pass

    class objc_block(objc_id):  # noqa: N801 - rubicon's name
        pass

    class Notification:
        def __init__(self, name: str) -> None:
            self.name = name

    def __init__(self) -> None:
        self.observers: dict[str, dict[int, tuple[str, Any]]] = {"workspace": {}, "default": {}}
        self.blocks: list[Any] = []
        self.tokens = 0

    def modules(self) -> dict[str, types.ModuleType]:
        return {
            "rubicon": module("rubicon"),
            "rubicon.objc": module(
                "rubicon.objc",
                ObjCClass=lambda name: f"class {name}",
                ObjCInstance=lambda pointer: pointer,
                py_from_ns=lambda value: value,
                objc_const=lambda library, name: name,
                Block=self.block,
            ),
            "rubicon.objc.runtime": module(
                "rubicon.objc.runtime",
                load_library=lambda name: name,
                send_message=self.send_message,
                objc_id=self.objc_id,
                objc_block=self.objc_block,
            ),
        }

    def block(self, func: Callable[[Any], None], restype: Any, *argtypes: Any) -> Any:
        assert (restype, argtypes) == (None, (self.objc_id,))
        self.blocks.append(func)
        return func

    def send_message(
        self, receiver: Any, selector: str, *args: Any, restype: Any, argtypes: list[Any]
    ) -> Any:
        assert len(args) == len(argtypes)
        replies = {
            ("class NSWorkspace", "sharedWorkspace"): "workspace",
            ("workspace", "notificationCenter"): "workspace",
            ("class NSNotificationCenter", "defaultCenter"): "default",
            ("class NSOperationQueue", "mainQueue"): "main queue",
        }
        if (receiver, selector) in replies:
            return replies[receiver, selector]
        if selector == "addObserverForName:object:queue:usingBlock:":
            name, sender, queue, block = args
            assert (sender, queue, argtypes[-1]) == (None, "main queue", self.objc_block)
            self.tokens += 1
            self.observers[receiver][self.tokens] = (name, block)
            return self.tokens
        if selector == "removeObserver:":
            assert restype is None
            del self.observers[receiver][args[0]]
            return None
        if selector == "name":
            return receiver.name
        raise AssertionError(f"unexpected message {selector} to {receiver}")

    def post(self, center: str, name: str) -> None:
        for observed, block in list(self.observers[center].values()):
            if observed == name:
                block(self.Notification(name))


def module(name: str, **attributes: object) -> types.ModuleType:
    made = types.ModuleType(name)
    vars(made).update(attributes)
    return made


@pytest.fixture
def fake_objc(monkeypatch: pytest.MonkeyPatch) -> FakeObjC:
    fake = FakeObjC()
    for module_name, module in fake.modules().items():
        monkeypatch.setitem(sys.modules, module_name, module)
    return fake


def test_mac_notifications_reach_the_signals(
    qtbot: QtBot, watcher: ResumeWatcher, fake_objc: FakeObjC
) -> None:
    watcher._observe_mac_notifications()
    assert watcher.observing_mac_notifications
    assert watcher.hooks == ("mac-notifications",)
    observed = {
        center: sorted(name for name, _ in tokens.values())
        for center, tokens in fake_objc.observers.items()
    }
    assert observed == {
        "workspace": ["NSWorkspaceDidWakeNotification", "NSWorkspaceWillSleepNotification"],
        "default": [
            "NSSystemClockDidChangeNotification",
            "NSSystemTimeZoneDidChangeNotification",
        ],
    }
    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        fake_objc.post("workspace", "NSWorkspaceDidWakeNotification")
    with qtbot.waitSignal(watcher.sleeping, timeout=1000):
        fake_objc.post("workspace", "NSWorkspaceWillSleepNotification")
    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        fake_objc.post("default", "NSSystemClockDidChangeNotification")
    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        fake_objc.post("default", "NSSystemTimeZoneDidChangeNotification")
    with (
        qtbot.assertNotEmitted(watcher.resumed, wait=100),
        qtbot.assertNotEmitted(watcher.sleeping),
    ):
        fake_objc.blocks[0](FakeObjC.Notification("NSWorkspaceDidLaunchApplicationNotification"))

    watcher.stop()
    assert fake_objc.observers == {"workspace": {}, "default": {}}
    assert not watcher.observing_mac_notifications
    assert watcher.hooks == ()


def test_start_picks_the_mac_hooks_on_macos(
    watcher: ResumeWatcher, fake_objc: FakeObjC, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "darwin")
        watcher.start()
    assert watcher.hooks == ("mac-notifications",)
    watcher.stop()
    assert fake_objc.observers == {"workspace": {}, "default": {}}


def test_without_rubicon_the_periodic_check_is_alone(
    watcher: ResumeWatcher, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "rubicon", None)  # as if not installed
    with caplog.at_level(logging.ERROR):
        watcher._observe_mac_notifications()
    assert not watcher.observing_mac_notifications
    assert watcher.hooks == ()
    assert "could not observe sleep and clock notifications" in caplog.text
