"""DesktopNotifierBackend: the mapping onto desktop-notifier against a stand-in for its notifier
(on a real qasync loop), and the real package against a real notification server (dunst on a
private desktop) in a process of its own running ``eventloop.run``."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from desktop_notifier import Capability, Notification
from pytestqt.qtbot import QtBot

from smallwins.system import native_notifier, notifications
from smallwins.system.native_notifier import DesktopNotifierBackend
from smallwins.system.notice import DEFAULT_ACTION, Notice
from smallwins.system.notifications import notifier_for_platform
from smallwins.system.tray_notifier import TrayBalloonNotifier
from tests.e2e.desktop import Desktop, Process, wait_for
from tests.e2e.fixtures import start_desktop

pytestmark = pytest.mark.gui

ACTIONS = (("done", "Done"), ("tiny", "Tiny version"), ("snooze", "Snooze 10 min"))
NOTICE = Notice("habit:3:2026-11-26", "After coffee", "Read one page", ACTIONS)
OTHER = Notice("habit:4:2026-11-26", "After lunch", "Walk ten steps", ACTIONS)

# What desktop-notifier reports on Linux with dunst.
SERVER_CAPABILITIES = frozenset(
    {
        Capability.APP_NAME,
        Capability.TITLE,
        Capability.MESSAGE,
        Capability.ICON,
        Capability.BUTTONS,
        Capability.ON_CLICKED,
        Capability.ON_DISMISSED,
        Capability.ON_DISPATCHED,
    }
)


# -- a stand-in for desktop_notifier.DesktopNotifier -------------------------------------------


class FakeLibrary:
    """What the adapter uses of ``DesktopNotifier``, keeping what it was asked to do.

    Like the package: ``send_notification`` reports a sent notification through
    ``on_dispatched`` and never raises for one that failed; user actions come through the
    class-level handlers with the notification's identifier.
    """

    def __init__(
        self, loop: asyncio.AbstractEventLoop, capabilities: frozenset[Capability]
    ) -> None:
        self.loop = loop
        self.capabilities = capabilities
        self.on_dispatched: Callable[[str], Any] | None = None
        self.on_clicked: Callable[[str], Any] | None = None
        self.on_dismissed: Callable[[str], Any] | None = None
        self.on_button_pressed: Callable[[str, str], Any] | None = None
        self.sent: list[Notification] = []
        self.cleared: list[str] = []
        self.calls: list[tuple[str, str]] = []  # ("send" | "clear", identifier), when done
        self.authorisation_requested = False
        self.authorised = True
        self.permission_answer: asyncio.Future[bool] | None = None
        self.delay = 0.0  # how long each call takes, in seconds
        self.send_fails = False  # as the package does: logged, not dispatched
        self.raises: Exception | None = None  # raised by every call

    async def _answer(self) -> None:
        if self.delay:
            done = self.loop.create_future()
            self.loop.call_later(self.delay, done.set_result, None)
            await done
        if self.raises is not None:
            raise self.raises

    async def get_capabilities(self) -> frozenset[Capability]:
        await self._answer()
        return self.capabilities

    async def request_authorisation(self) -> bool:
        self.authorisation_requested = True
        if self.permission_answer is not None:  # macOS asks the user, once
            return await self.permission_answer
        return self.authorised

    async def has_authorisation(self) -> bool:
        return self.authorised

    async def send_notification(self, notification: Notification) -> str:
        await self._answer()
        if not self.send_fails:
            self.sent.append(notification)
            self.calls.append(("send", notification.identifier))
            if self.on_dispatched is not None:
                self.on_dispatched(notification.identifier)
        return notification.identifier

    async def clear(self, identifier: str) -> None:
        await self._answer()
        self.cleared.append(identifier)
        self.calls.append(("clear", identifier))

    # The user, in the notification center:

    def press(self, notification: Notification, button: str) -> None:
        assert self.on_button_pressed is not None
        self.on_button_pressed(notification.identifier, button)

    def click(self, notification: Notification) -> None:
        assert self.on_clicked is not None
        self.on_clicked(notification.identifier)

    def dismiss(self, notification: Notification) -> None:
        assert self.on_dismissed is not None
        self.on_dismissed(notification.identifier)


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's Qt event loop (as ``eventloop.run`` makes for the app)."""
    qt_loop = qasync.QEventLoop(qapp)
    yield qt_loop
    qt_loop.close()


@pytest.fixture
def library(loop: asyncio.AbstractEventLoop) -> FakeLibrary:
    return FakeLibrary(loop, SERVER_CAPABILITIES)


MakeNotifier = Callable[..., DesktopNotifierBackend]


@pytest.fixture
def make_notifier(loop: asyncio.AbstractEventLoop, library: FakeLibrary) -> Iterator[MakeNotifier]:
    made: list[DesktopNotifierBackend] = []

    def make(**kwargs: Any) -> DesktopNotifierBackend:
        kwargs = {"library": library, "loop": loop, "reply_timeout": 1.0, **kwargs}
        notifier = DesktopNotifierBackend(**kwargs)
        made.append(notifier)
        return notifier

    yield make
    for notifier in made:
        notifier.close()


# -- what is shown ------------------------------------------------------------------------------


def test_a_notice_becomes_a_notification_with_its_buttons(
    make_notifier: MakeNotifier, library: FakeLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")  # no markup escaping there
    notifier = make_notifier()
    assert notifier.available()
    assert notifier.supports_actions()
    assert notifier.error is None

    assert notifier.show(NOTICE) is True

    (sent,) = library.sent
    assert (sent.title, sent.message) == (NOTICE.title, NOTICE.body)
    assert [(button.identifier, button.title) for button in sent.buttons] == list(ACTIONS)
    assert sent.icon is None  # the package uses the app icon
    assert library.authorisation_requested


def test_the_notice_icon_and_a_default_action_key(
    make_notifier: MakeNotifier, library: FakeLibrary, tmp_path: Path
) -> None:
    icon = tmp_path / "icon.png"
    notice = Notice("k", "Title", "Body", (("default", "Open"), ("done", "Done")), str(icon))

    assert make_notifier().show(notice)

    (sent,) = library.sent
    assert sent.icon is not None
    assert sent.icon.path == icon
    # A click on the body reports "default" already: it is no button.
    assert [button.identifier for button in sent.buttons] == ["done"]


def test_on_linux_the_body_is_escaped_for_the_servers_markup(
    make_notifier: MakeNotifier, library: FakeLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    notifier = make_notifier()

    notifier.show(Notice("k", "Fish & chips", "Read <one> page & smile"))

    (sent,) = library.sent
    assert sent.title == "Fish & chips"
    assert sent.message == "Read &lt;one&gt; page &amp; smile"


def test_without_buttons_there_are_no_actions(
    make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    library.capabilities = frozenset({Capability.TITLE, Capability.MESSAGE})
    notifier = make_notifier()

    assert notifier.available()
    assert notifier.supports_actions() is False
    assert notifier.show(NOTICE)
    assert library.sent[0].buttons == ()


# -- what the user does --------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["done", "tiny", "snooze"])
def test_a_pressed_button_reports_its_action_with_the_notice_key(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary, action: str
) -> None:
    notifier = make_notifier()
    notifier.show(OTHER)
    notifier.show(NOTICE)
    reported: list[tuple[str, str]] = []
    notifier.action_invoked.connect(lambda key, act: reported.append((key, act)))

    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        library.press(library.sent[1], action)
        # Not from inside the package's callback: from the Qt event loop, after it.
        assert reported == []

    assert blocker.args == [NOTICE.key, action]
    # Its buttons are used up.
    with qtbot.assertNotEmitted(notifier.action_invoked, wait=50):
        library.press(library.sent[1], action)


def test_a_click_on_the_body_reports_the_default_action(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    notifier = make_notifier()
    notifier.show(NOTICE)

    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        library.click(library.sent[0])

    assert blocker.args == [NOTICE.key, DEFAULT_ACTION]


def test_a_dismissed_notification_reports_closed(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    notifier = make_notifier()
    notifier.show(NOTICE)

    with (
        qtbot.assertNotEmitted(notifier.action_invoked),
        qtbot.waitSignal(notifier.closed) as blocker,
    ):
        library.dismiss(library.sent[0])

    assert blocker.args == [NOTICE.key]
    notifier.withdraw(NOTICE.key)  # gone already: nothing to clear
    qtbot.wait(20)
    assert library.cleared == []


def test_showing_a_key_again_replaces_its_notification(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    notifier = make_notifier()
    notifier.show(NOTICE)
    notifier.show(NOTICE)

    first, second = library.sent
    assert library.cleared == [first.identifier]
    assert first.identifier != second.identifier
    with qtbot.assertNotEmitted(notifier.action_invoked, wait=50):
        library.press(first, "done")
    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        library.press(second, "done")
    assert blocker.args == [NOTICE.key, "done"]


def test_a_withdrawn_notice_is_cleared_and_reports_nothing(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    notifier = make_notifier()
    notifier.show(NOTICE)
    notifier.show(OTHER)
    notifier.withdraw("habit:9:2026-11-26")  # never shown: no effect

    notifier.withdraw(NOTICE.key)

    qtbot.waitUntil(lambda: library.cleared == [library.sent[0].identifier])
    with (
        qtbot.assertNotEmitted(notifier.action_invoked, wait=50),
        qtbot.assertNotEmitted(notifier.closed),
    ):
        library.press(library.sent[0], "done")
        library.dismiss(library.sent[0])


def test_close_clears_what_is_shown_and_lets_go_of_the_package(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    notifier = make_notifier()
    notifier.show(NOTICE)
    notifier.show(OTHER)

    notifier.close()

    # Done when close returns: the loop may stop right after it (the app quits).
    assert sorted(library.cleared) == sorted(n.identifier for n in library.sent)
    assert library.on_clicked is None
    assert library.on_button_pressed is None
    assert library.on_dismissed is None
    assert notifier.available() is False
    assert notifier.show(NOTICE) is False
    notifier.close()


def test_close_does_not_wait_for_the_users_answer_about_permission(
    qtbot: QtBot,
    make_notifier: MakeNotifier,
    library: FakeLibrary,
    loop: asyncio.AbstractEventLoop,
) -> None:
    library.permission_answer = loop.create_future()  # the question is still on screen
    notifier = make_notifier(reply_timeout=5.0)
    notifier.show(NOTICE)

    started = time.monotonic()
    notifier.close()

    assert time.monotonic() - started < 1.0
    assert library.cleared == [library.sent[0].identifier]
    library.permission_answer.set_result(True)
    qtbot.wait(20)


# -- failures ------------------------------------------------------------------------------------


def test_a_notification_the_package_could_not_send_is_not_shown(
    qtbot: QtBot,
    make_notifier: MakeNotifier,
    library: FakeLibrary,
    caplog: pytest.LogCaptureFixture,
) -> None:
    notifier = make_notifier()
    library.send_fails = True

    with caplog.at_level(logging.WARNING, logger=native_notifier.__name__):
        assert notifier.show(NOTICE) is False

    assert f"did not show {NOTICE.key}" in caplog.text
    library.send_fails = False
    assert notifier.show(NOTICE) is True  # nothing left of the failed one to replace
    assert library.cleared == []


def test_an_exception_in_the_package_means_not_shown(
    qtbot: QtBot,
    make_notifier: MakeNotifier,
    library: FakeLibrary,
    caplog: pytest.LogCaptureFixture,
) -> None:
    notifier = make_notifier()
    library.raises = RuntimeError("the notification center is gone")

    with caplog.at_level(logging.WARNING, logger=native_notifier.__name__):
        assert notifier.show(NOTICE) is False
        qtbot.waitUntil(lambda: "the notification center is gone" in caplog.text)

    assert f"failed to show {NOTICE.key}" in caplog.text
    notifier.withdraw(NOTICE.key)  # nothing to withdraw, nothing raised
    notifier.close()


def test_without_the_users_permission_nothing_is_shown(
    make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    library.authorised = False
    notifier = make_notifier()

    assert notifier.available()
    assert notifier.show(NOTICE) is False
    assert library.sent == []


def test_a_late_notification_reports_false_but_still_reports_actions(
    qtbot: QtBot,
    make_notifier: MakeNotifier,
    library: FakeLibrary,
    caplog: pytest.LogCaptureFixture,
) -> None:
    notifier = make_notifier(reply_timeout=0.05)
    library.delay = 0.3

    with caplog.at_level(logging.WARNING, logger=native_notifier.__name__):
        assert notifier.show(NOTICE) is False
    assert f"did not show {NOTICE.key} within" in caplog.text

    qtbot.waitUntil(lambda: len(library.sent) == 1)
    with qtbot.waitSignal(notifier.action_invoked) as blocker:
        library.press(library.sent[0], "done")
    assert blocker.args == [NOTICE.key, "done"]


def test_a_late_notification_withdrawn_meanwhile_is_cleared_when_it_arrives(
    qtbot: QtBot, make_notifier: MakeNotifier, library: FakeLibrary
) -> None:
    notifier = make_notifier(reply_timeout=0.05)
    library.delay = 0.2
    assert notifier.show(NOTICE) is False

    notifier.withdraw(NOTICE.key)

    qtbot.waitUntil(lambda: len(library.sent) == 1 and library.calls[-1][0] == "clear")
    assert library.calls[-1] == ("clear", library.sent[0].identifier)
    with qtbot.assertNotEmitted(notifier.action_invoked, wait=50):
        library.press(library.sent[0], "done")


@pytest.mark.parametrize(
    ("capabilities", "raises", "error"),
    [
        (frozenset(), None, "no notification service here"),
        (SERVER_CAPABILITIES, RuntimeError("no server"), "cannot ask the notification service"),
    ],
)
def test_a_package_without_a_service_is_unavailable(
    make_notifier: MakeNotifier,
    library: FakeLibrary,
    capabilities: frozenset[Capability],
    raises: Exception | None,
    error: str,
) -> None:
    library.capabilities = capabilities
    library.raises = raises
    notifier = make_notifier()

    assert notifier.available() is False
    assert notifier.supports_actions() is False
    assert error in (notifier.error or "")
    assert library.on_clicked is None
    assert notifier.show(NOTICE) is False
    notifier.withdraw(NOTICE.key)


def test_without_an_asyncio_loop_on_qt_it_is_unavailable(qapp: Any, library: FakeLibrary) -> None:
    notifier = DesktopNotifierBackend(library=library)  # nothing ran eventloop.run

    assert notifier.available() is False
    assert "no asyncio loop" in (notifier.error or "")
    assert notifier.show(NOTICE) is False
    notifier.close()


def test_a_package_failing_to_start_means_unavailable(
    loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_kwargs: object) -> None:
        raise OSError("Could not get ToastNotificationManagerForUser")

    monkeypatch.setattr(native_notifier, "DesktopNotifier", broken)
    notifier = DesktopNotifierBackend(loop=loop)

    assert notifier.available() is False
    assert "ToastNotificationManagerForUser" in (notifier.error or "")


# -- choosing it ---------------------------------------------------------------------------------


def _env(value: str) -> dict[str, str]:
    return {"SMALLWINS_NOTIFIER": value}


def test_notifier_for_platform_uses_it_when_it_is_available(
    make_notifier: MakeNotifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_notifier()
    monkeypatch.setattr(native_notifier, "DesktopNotifierBackend", lambda: made)

    for environ, platform in [({}, "darwin"), ({}, "win32"), (_env("desktop-notifier"), "linux")]:
        assert notifier_for_platform(None, environ=environ, platform=platform) is made


def test_notifier_for_platform_falls_back_to_tray_messages(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=notifications.__name__):
        # No asyncio loop runs on Qt here (eventloop.run did not start the test).
        fallback = notifier_for_platform(None, platform="darwin", environ={})
    assert isinstance(fallback, TrayBalloonNotifier)
    assert "no asyncio loop" in caplog.text

    monkeypatch.setitem(sys.modules, "smallwins.system.native_notifier", None)  # import fails
    with caplog.at_level(logging.WARNING, logger=notifications.__name__):
        fallback = notifier_for_platform(None, platform="win32", environ={})
    assert isinstance(fallback, TrayBalloonNotifier)
    assert "desktop-notifier cannot be loaded" in caplog.text


# -- the real package, against dunst -------------------------------------------------------------

# Runs the app's event loop as the app does (eventloop.run with asyncio), shows one notice with
# Done / Tiny version / Snooze 10 min and prints one line per event:
#   READY {"available": ..., "actions": ..., "error": ...}      SHOWN <True|False>
#   ACTION <key> <action>      CLOSED <key>      EXIT <status>
# "wait": quits (status 3) after the first ACTION or CLOSED; "quit": quits (status 4) at once.
DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from smallwins.system import eventloop
from smallwins.system.notice import Notice
from smallwins.system.notifications import notifier_for_platform

key, title, body, mode = sys.argv[1:5]
app = QApplication([])

def start():
    global notifier
    notifier = notifier_for_platform(None)
    print("READY", json.dumps({
        "kind": type(notifier).__name__,
        "available": notifier.available(),
        "actions": notifier.supports_actions(),
        "error": getattr(notifier, "error", None),
    }), flush=True)

    def report(*words):
        print(*words, flush=True)
        QTimer.singleShot(0, lambda: app.exit(3))

    notifier.action_invoked.connect(lambda k, action: report("ACTION", k, action))
    notifier.closed.connect(lambda k: report("CLOSED", k))
    actions = (("done", "Done"), ("tiny", "Tiny version"), ("snooze", "Snooze 10 min"))
    print("SHOWN", notifier.show(Notice(key, title, body, actions)), flush=True)
    if mode == "quit":
        QTimer.singleShot(0, lambda: app.exit(4))

QTimer.singleShot(0, start)
QTimer.singleShot(30_000, app.quit)
print("EXIT", eventloop.run(app, asyncio_needed=True), flush=True)
"""

TITLE = "After morning coffee"
BODY = "Read <one> page & smile\nFor: Write a novel"


@pytest.fixture(scope="module")
def dunst_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """A private desktop with dunst (tests/e2e/desktop.py); its own, as tests/e2e's is not
    reachable from here."""
    desk = start_desktop(tmp_path_factory.mktemp("desktop"))
    try:
        yield desk
    finally:
        desk.stop()


@pytest.fixture
def desktop(dunst_desktop: Desktop) -> Iterator[Desktop]:
    dunst_desktop.close_notifications()
    dunst_desktop.choose_menu_action(None)
    yield dunst_desktop
    dunst_desktop.close_notifications()
    dunst_desktop.choose_menu_action(None)


def start_driver(desktop: Desktop, mode: str) -> Process:
    process = desktop.spawn(
        [sys.executable, "-c", DRIVER, NOTICE.key, TITLE, BODY, mode],
        name="native-driver",
        env={"PYTHONUNBUFFERED": "1", "SMALLWINS_NOTIFIER": "desktop-notifier"},
    )
    ready = json.loads(process.wait_line("READY ").removeprefix("READY "))
    assert ready == {
        "kind": "DesktopNotifierBackend",
        "available": True,
        "actions": True,
        "error": None,
    }
    assert process.wait_line("SHOWN ") == "SHOWN True"
    return process


def displayed(desktop: Desktop) -> int:
    return desktop.dunst_count()["displayed"]


@pytest.mark.e2e
@pytest.mark.slow
def test_the_real_package_reaches_dunst_and_reports_the_chosen_button(desktop: Desktop) -> None:
    driver = start_driver(desktop, "wait")
    wait_for(lambda: displayed(desktop) == 1, message="the notification on screen")

    desktop.choose_menu_action("Tiny version")
    desktop.open_context_menu()

    assert driver.wait_line("ACTION ") == f"ACTION {NOTICE.key} tiny"
    assert driver.wait_line("EXIT ") == "EXIT 3"  # eventloop.run returns the exit status
    assert driver.wait() == 0
    labels = {line.split(" (", 1)[0].lstrip("#") for line in desktop.context_menus()[-1]}
    assert {"Done", "Tiny version", "Snooze 10 min"} <= labels
    desktop.close_notifications()
    shown = desktop.notifications_history()[0]
    assert shown["summary"] == TITLE
    assert shown["body"] == "Read &lt;one&gt; page &amp; smile\nFor: Write a novel"
    assert shown["appname"] == "Small Wins"
    assert shown["icon_path"].endswith("icons/smallwins.svg")


@pytest.mark.e2e
@pytest.mark.slow
def test_the_real_package_reports_a_click_and_a_dismissal(desktop: Desktop) -> None:
    driver = start_driver(desktop, "wait")
    wait_for(lambda: displayed(desktop) == 1, message="the notification on screen")
    desktop.notification_action(0)  # what a click on its body does
    assert driver.wait_line("ACTION ") == f"ACTION {NOTICE.key} {DEFAULT_ACTION}"
    driver.wait()
    desktop.close_notifications()

    driver = start_driver(desktop, "wait")
    wait_for(lambda: displayed(desktop) == 1, message="the notification on screen")
    desktop.close_notifications()  # as the user closes it
    assert driver.wait_line("CLOSED ") == f"CLOSED {NOTICE.key}"
    assert not [line for line in driver.lines() if line.startswith("ACTION")]


@pytest.mark.e2e
@pytest.mark.slow
def test_quitting_withdraws_the_notification(desktop: Desktop) -> None:
    history_before = desktop.dunst_count()["history"]
    driver = start_driver(desktop, "quit")

    assert driver.wait_line("EXIT ") == "EXIT 4"
    assert driver.wait() == 0
    wait_for(lambda: displayed(desktop) == 0, message="the notification to be withdrawn")
    assert desktop.dunst_count()["history"] == history_before + 1
