"""Notifiers: the tray-message fallback, and FreedesktopNotifier against a fake notification
server on a private D-Bus bus (the real one, dunst, is in tests/e2e/test_notifications.py)."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from smallwins.system import freedesktop_notifier, notice

try:
    from jeepney import (
        DBusAddress,
        HeaderFields,
        MessageFlag,
        MessageType,
        new_method_return,
        new_signal,
    )
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy, open_dbus_connection
except ImportError:  # macOS, Windows: the fake-server tests skip
    open_dbus_connection = None
from smallwins.system.freedesktop_notifier import FreedesktopNotifier, session_bus_address
from smallwins.system.notice import DEFAULT_ACTION, Notice, Notifier
from smallwins.system.notifications import notifier_for_platform
from smallwins.system.tray_notifier import TrayBalloonNotifier

pytestmark = pytest.mark.gui

ACTIONS = (("done", "Done"), ("tiny", "Tiny version"), ("snooze", "Snooze 10 min"))
NOTICE = Notice(
    "habit:3:2026-11-26", "After coffee", "Read one page", ACTIONS, default_label="Show Small Wins"
)
OTHER = Notice("habit:4:2026-11-26", "After lunch", "Walk ten steps", ACTIONS)


# -- the tray-message fallback -----------------------------------------------------------------


@pytest.fixture
def tray(qapp: Any) -> Iterator[QSystemTrayIcon]:
    icon = QSystemTrayIcon()
    yield icon
    icon.deleteLater()


def test_a_click_on_the_tray_message_reports_the_default_action(
    qtbot: QtBot, tray: QSystemTrayIcon
) -> None:
    notifier = TrayBalloonNotifier(tray)
    notifier.show(NOTICE)

    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        tray.messageClicked.emit()

    assert blocker.args == [NOTICE.key, DEFAULT_ACTION]
    # The message is gone after the click: a second click cannot come from it.
    with qtbot.assertNotEmitted(notifier.action_invoked):
        tray.messageClicked.emit()


def test_only_the_newest_tray_message_can_be_clicked(qtbot: QtBot, tray: QSystemTrayIcon) -> None:
    notifier = TrayBalloonNotifier(tray)
    notifier.show(NOTICE)
    notifier.show(OTHER)

    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        tray.messageClicked.emit()

    assert blocker.args == [OTHER.key, DEFAULT_ACTION]


def test_a_withdrawn_tray_message_reports_nothing(qtbot: QtBot, tray: QSystemTrayIcon) -> None:
    notifier = TrayBalloonNotifier(tray)
    notifier.show(NOTICE)
    notifier.withdraw(OTHER.key)  # another key: no effect
    notifier.withdraw(NOTICE.key)

    with qtbot.assertNotEmitted(notifier.action_invoked):
        tray.messageClicked.emit()


def test_a_closed_tray_notifier_reports_nothing(qtbot: QtBot, tray: QSystemTrayIcon) -> None:
    notifier = TrayBalloonNotifier(tray)
    notifier.show(NOTICE)
    notifier.close()

    with qtbot.assertNotEmitted(notifier.action_invoked):
        tray.messageClicked.emit()
    assert notifier.show(NOTICE) is False


def test_tray_messages_have_no_buttons_and_need_a_visible_tray(tray: QSystemTrayIcon) -> None:
    notifier = TrayBalloonNotifier(tray)
    assert notifier.supports_actions() is False
    # Offscreen there is no system tray: the caller learns that nobody saw it.
    assert QSystemTrayIcon.isSystemTrayAvailable() is False
    assert notifier.available() is False
    assert notifier.show(NOTICE) is False


def test_without_a_tray_icon_nothing_shows(qapp: Any) -> None:
    notifier = TrayBalloonNotifier(None)
    assert notifier.available() is False
    assert notifier.show(NOTICE) is False
    notifier.withdraw(NOTICE.key)
    notifier.close()


def test_the_base_notifier_shows_nothing(qapp: Any) -> None:
    notifier = Notifier()
    assert notifier.available() is False
    assert notifier.supports_actions() is False
    with pytest.raises(NotImplementedError):
        notifier.show(NOTICE)


# -- finding the session bus -------------------------------------------------------------------


def test_the_session_bus_comes_from_the_environment_or_the_runtime_dir(tmp_path: Path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    expected = f"unix:path={tmp_path / 'bus'}"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == expected
    assert session_bus_address({}) is None


def test_without_a_bus_the_freedesktop_notifier_is_unavailable(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    notifier = FreedesktopNotifier()
    assert notifier.available() is False
    assert "no session bus" in (notifier.error or "")

    notifier = FreedesktopNotifier(bus_address=f"unix:path={tmp_path / 'nobody'}")
    assert notifier.available() is False
    assert notifier.supports_actions() is False
    assert "cannot connect" in (notifier.error or "")
    assert notifier.show(NOTICE) is False
    notifier.withdraw(NOTICE.key)
    notifier.close()


def test_without_jeepney_the_module_still_works(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # As on macOS and Windows, where jeepney is not installed.
    for name in [name for name in sys.modules if name.split(".")[0] == "jeepney"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "jeepney", None)  # makes `import jeepney` fail
    notifier = FreedesktopNotifier(bus_address="unix:path=/nonexistent")
    assert notifier.available() is False
    assert "jeepney is not installed" in (notifier.error or "")


# -- a fake notification server on a private bus -----------------------------------------------

_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateBus:
    """A dbus-daemon of our own, activating nothing."""

    def __init__(self, process: subprocess.Popen[bytes], address: str) -> None:
        self.process = process
        self.address = address

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(10)


@pytest.fixture
def bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBus]:
    executable = shutil.which("dbus-daemon")
    if executable is None:
        message = "needs dbus-daemon (Debian: dbus; bash .ci/setup --test installs it)"
        if os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    if open_dbus_connection is None:
        pytest.skip("jeepney (for the freedesktop notifier) is installed on Linux and BSD only")
    # A short folder: a unix socket path must stay under 108 bytes.
    folder = Path(os.environ.get("XDG_RUNTIME_DIR") or "/tmp")
    folder = folder if folder.is_dir() else Path("/tmp")
    runtime = tmp_path_factory.mktemp("bus")
    socket = folder / f"sw-test-bus-{os.getpid()}-{runtime.name}"
    config = runtime / "bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=socket))
    process = subprocess.Popen(
        [executable, f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    with process.stdout:
        address = process.stdout.readline().decode().strip()
    private = PrivateBus(process, address)
    try:
        assert address, "dbus-daemon printed no address"
        yield private
    finally:
        private.stop()
        socket.unlink(missing_ok=True)


class FakeServer:
    """``org.freedesktop.Notifications`` in a thread: records each call, answers like a server.

    ``hold_notify_replies`` (an Event, set = answer at once) lets a test delay Notify replies.
    """

    def __init__(self, address: str, capabilities: tuple[str, ...] = ("actions", "body")) -> None:
        self.conn = open_dbus_connection(bus=address)
        Proxy(message_bus, self.conn, timeout=5).RequestName(freedesktop_notifier.BUS_NAME)
        self.emitter = DBusAddress(
            freedesktop_notifier.OBJECT_PATH, interface=freedesktop_notifier.INTERFACE
        )
        self.capabilities = list(capabilities)
        self.calls: queue.Queue[tuple[str, tuple[Any, ...]]] = queue.Queue()
        self.answer_notify = threading.Event()
        self.answer_notify.set()
        self._send_lock = threading.Lock()
        self._stop = threading.Event()
        self._next_id = 1
        self._thread = threading.Thread(target=self._serve, name="fake-notifications", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self.answer_notify.set()
        self._thread.join(10)
        self.conn.close()

    def call(self, timeout: float = 5.0) -> tuple[str, tuple[Any, ...]]:
        """The next method call the server got: (name, arguments)."""
        return self.calls.get(timeout=timeout)

    def next_call(self, name: str) -> tuple[Any, ...]:
        """The arguments of the next call of ``name`` (skipping others)."""
        while True:
            member, body = self.call()
            if member == name:
                return body

    def emit(self, member: str, signature: str, body: tuple[Any, ...]) -> None:
        self._send(new_signal(self.emitter, member, signature, body))

    def _send(self, message: Any) -> None:
        with self._send_lock:
            self.conn.send(message)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            self.calls.put((member, message.body))
            reply: Any = None
            if member == "GetCapabilities":
                reply = new_method_return(message, "as", (self.capabilities,))
            elif member == "GetServerInformation":
                reply = new_method_return(message, "ssss", ("fake", "tests", "1.0", "1.2"))
            elif member == "Notify":
                replaces_id = message.body[1]
                notification_id = replaces_id or self._next_id
                self._next_id = max(self._next_id, notification_id + 1)
                self.answer_notify.wait()
                reply = new_method_return(message, "u", (notification_id,))
            elif member == "CloseNotification":
                if not message.header.flags & MessageFlag.no_reply_expected:
                    reply = new_method_return(message)
                self.emit("NotificationClosed", "uu", (message.body[0], 3))
            if reply is not None:
                self._send(reply)


@pytest.fixture
def make_server(bus: PrivateBus) -> Iterator[Callable[..., FakeServer]]:
    servers: list[FakeServer] = []

    def make(capabilities: tuple[str, ...] = ("actions", "body")) -> FakeServer:
        server = FakeServer(bus.address, capabilities)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def make_notifier(qapp: Any, bus: PrivateBus) -> Iterator[Callable[..., FreedesktopNotifier]]:
    made: list[FreedesktopNotifier] = []

    def make(**kwargs: Any) -> FreedesktopNotifier:
        notifier = FreedesktopNotifier(bus_address=bus.address, app_icon="smallwins", **kwargs)
        made.append(notifier)
        return notifier

    yield make
    for notifier in made:
        notifier.close()


def notify_arguments(server: FakeServer) -> dict[str, Any]:
    body = server.next_call("Notify")
    names = ("app_name", "replaces_id", "app_icon", "summary", "body", "actions", "hints")
    return {**dict(zip(names, body, strict=False)), "expire_timeout": body[7]}


def test_notify_carries_the_notice_its_actions_and_our_hints(
    make_server: Callable[..., FakeServer], make_notifier: Callable[..., FreedesktopNotifier]
) -> None:
    server = make_server()
    notifier = make_notifier()
    assert notifier.available(), notifier.error
    assert notifier.supports_actions()
    assert notifier.server_info == ("fake", "tests", "1.0", "1.2")

    label = "Show Small Wins"  # the caller's words, translated there
    assert notifier.show(
        Notice("k", "After coffee", "Read <one> page & smile", ACTIONS, default_label=label)
    )

    call = notify_arguments(server)
    assert call == {
        "app_name": "Small Wins",
        "replaces_id": 0,
        "app_icon": "smallwins",
        "summary": "After coffee",
        "body": "Read <one> page & smile",  # no body-markup advertised: sent as it is
        "actions": [
            "default",
            "Show Small Wins",
            "done",
            "Done",
            "tiny",
            "Tiny version",
            "snooze",
            "Snooze 10 min",
        ],
        "hints": {"desktop-entry": ("s", "org.smallwins.SmallWins"), "urgency": ("y", 1)},
        "expire_timeout": -1,
    }


def test_the_bundled_icon_is_the_default_app_icon(
    qapp: Any, bus: PrivateBus, make_server: Callable[..., FakeServer]
) -> None:
    server = make_server()
    notifier = FreedesktopNotifier(bus_address=bus.address)
    try:
        assert notifier.show(NOTICE)
        icon = notify_arguments(server)["app_icon"]
        assert icon.endswith("smallwins.svg")
        assert Path(icon).is_file()
        assert notifier.show(Notice("k", "t", icon="/elsewhere/icon.png"))
        assert notify_arguments(server)["app_icon"] == "/elsewhere/icon.png"
    finally:
        notifier.close()


def test_a_server_with_markup_gets_an_escaped_body(
    make_server: Callable[..., FakeServer], make_notifier: Callable[..., FreedesktopNotifier]
) -> None:
    server = make_server(("actions", "body", "body-markup"))
    notifier = make_notifier()
    assert notifier.show(Notice("k", "Tea & <cake>", "Read <one> page & smile"))
    call = notify_arguments(server)
    assert call["summary"] == "Tea & <cake>"  # the summary is plain text everywhere
    assert call["body"] == "Read &lt;one&gt; page &amp; smile"


def test_a_server_without_actions_gets_none(
    make_server: Callable[..., FakeServer], make_notifier: Callable[..., FreedesktopNotifier]
) -> None:
    server = make_server(("body",))
    notifier = make_notifier()
    assert notifier.available()
    assert notifier.supports_actions() is False
    assert notifier.show(NOTICE)
    assert notify_arguments(server)["actions"] == []


def test_a_server_without_body_gets_it_in_the_summary(
    make_server: Callable[..., FakeServer], make_notifier: Callable[..., FreedesktopNotifier]
) -> None:
    server = make_server(("actions",))
    notifier = make_notifier()
    assert notifier.show(NOTICE)
    call = notify_arguments(server)
    assert (call["summary"], call["body"]) == ("After coffee: Read one page", "")


def test_the_same_key_replaces_its_notification_and_another_key_does_not(
    make_server: Callable[..., FakeServer], make_notifier: Callable[..., FreedesktopNotifier]
) -> None:
    server = make_server()
    notifier = make_notifier()
    assert notifier.show(NOTICE)
    assert notify_arguments(server)["replaces_id"] == 0
    assert notifier.show(OTHER)
    assert notify_arguments(server)["replaces_id"] == 0
    assert notifier.show(NOTICE)
    assert notify_arguments(server)["replaces_id"] == 1
    assert notifier.show(OTHER)
    assert notify_arguments(server)["replaces_id"] == 2


def test_an_action_reports_its_key_and_withdraws_the_notice(
    qtbot: QtBot,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    server = make_server()
    notifier = make_notifier()
    notifier.show(NOTICE)
    notifier.show(OTHER)

    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        server.emit("ActionInvoked", "us", (2, "tiny"))

    assert blocker.args == [OTHER.key, "tiny"]
    assert server.next_call("CloseNotification") == (2,)
    # The server's NotificationClosed for it is no news to the app; another id is not ours.
    with qtbot.assertNotEmitted(notifier.closed), qtbot.assertNotEmitted(notifier.action_invoked):
        server.emit("ActionInvoked", "us", (99, "done"))
        qtbot.wait(50)
    # The other notice still works.
    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        server.emit("ActionInvoked", "us", (1, DEFAULT_ACTION))
    assert blocker.args == [NOTICE.key, DEFAULT_ACTION]


def test_a_slot_that_shows_the_notice_again_keeps_it(
    qtbot: QtBot,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    server = make_server()
    notifier = make_notifier()
    notifier.show(NOTICE)
    snoozed = Notice(NOTICE.key, "Snoozed", "Back in 10 minutes")
    notifier.action_invoked.connect(lambda key, action: notifier.show(snoozed))

    with qtbot.waitSignal(notifier.action_invoked):
        server.emit("ActionInvoked", "us", (1, "snooze"))

    server.next_call("Notify")  # the first one
    assert notify_arguments(server)["replaces_id"] == 1
    qtbot.wait(50)
    assert server.calls.empty()  # no CloseNotification


def test_a_notice_closed_by_the_user_reports_closed_and_is_not_replaced(
    qtbot: QtBot,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    server = make_server()
    notifier = make_notifier()
    notifier.show(NOTICE)

    with qtbot.waitSignal(notifier.closed) as blocker:
        server.emit("NotificationClosed", "uu", (1, 2))

    assert blocker.args == [NOTICE.key]
    notifier.show(NOTICE)
    server.next_call("Notify")
    assert notify_arguments(server)["replaces_id"] == 0


def test_withdraw_closes_the_notification_without_reporting_closed(
    qtbot: QtBot,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    server = make_server()
    notifier = make_notifier()
    notifier.show(NOTICE)
    notifier.withdraw(OTHER.key)  # never shown: nothing happens

    with qtbot.assertNotEmitted(notifier.closed):
        notifier.withdraw(NOTICE.key)
        assert server.next_call("CloseNotification") == (1,)
        qtbot.wait(50)


def test_close_withdraws_what_is_shown(
    make_server: Callable[..., FakeServer], make_notifier: Callable[..., FreedesktopNotifier]
) -> None:
    server = make_server()
    notifier = make_notifier()
    notifier.show(NOTICE)
    notifier.show(OTHER)

    notifier.close()

    assert {server.next_call("CloseNotification"), server.next_call("CloseNotification")} == {
        (1,),
        (2,),
    }
    assert notifier.available() is False
    assert notifier.show(NOTICE) is False


def test_a_late_notify_reply_still_maps_the_notification(
    qtbot: QtBot,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    server = make_server()
    notifier = make_notifier(reply_timeout=0.05)
    server.answer_notify.clear()

    assert notifier.show(NOTICE) is False  # not confirmed in time: the caller falls back too

    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        server.answer_notify.set()  # the reply comes through the socket notifier
        qtbot.waitUntil(lambda: NOTICE.key in notifier._ids)
        server.emit("ActionInvoked", "us", (1, "done"))
    assert blocker.args == [NOTICE.key, "done"]


def test_a_notice_withdrawn_before_its_reply_came_is_closed_when_it_comes(
    qtbot: QtBot,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    server = make_server()
    notifier = make_notifier(reply_timeout=0.05)
    server.answer_notify.clear()
    assert notifier.show(NOTICE) is False
    notifier.withdraw(NOTICE.key)

    server.answer_notify.set()

    qtbot.waitUntil(lambda: not notifier._pending)
    server.next_call("Notify")
    assert server.next_call("CloseNotification") == (1,)


def test_without_a_server_on_the_bus_the_notifier_is_unavailable(
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    notifier = make_notifier()
    assert notifier.available() is False
    assert "ServiceUnknown" in (notifier.error or "")


def test_losing_the_bus_makes_the_notifier_unavailable(
    qtbot: QtBot,
    bus: PrivateBus,
    make_server: Callable[..., FakeServer],
    make_notifier: Callable[..., FreedesktopNotifier],
) -> None:
    make_server()
    notifier = make_notifier()
    notifier.show(NOTICE)

    bus.stop()

    qtbot.waitUntil(lambda: not notifier.available())
    assert "lost the session bus" in (notifier.error or "")
    assert notifier.show(NOTICE) is False


def test_the_platform_notifier_is_the_server_when_one_answers(
    qapp: Any,
    bus: PrivateBus,
    make_server: Callable[..., FakeServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    without = notifier_for_platform(None)
    assert isinstance(without, TrayBalloonNotifier)

    make_server()
    with_server = notifier_for_platform(None)
    try:
        assert isinstance(with_server, FreedesktopNotifier)
        assert with_server.supports_actions()
    finally:
        with_server.close()


@pytest.mark.parametrize(
    "text",
    ["Read one page", "Tom & Jerry <3", "a > b && c < d", "&amp; stays text", "“quotes” 'kept'"],
)
def test_markup_is_escaped_as_the_html_module_would(text: str) -> None:
    import html  # noqa: PLC0415 - the reference, only here

    assert notice.escape_markup(text) == html.escape(text, quote=False)
