"""Notifications with actions on Linux and the BSDs: ``org.freedesktop.Notifications`` over D-Bus.

``FreedesktopNotifier`` talks to the notification server (dunst, GNOME Shell, Plasma, mako, …)
over the session bus with ``jeepney``. PySide6's QtDBus cannot make this call: ``Notify`` wants a
uint32 ``replaces_id`` and PySide6 marshals every Python int as an int32, which the server
rejects. jeepney's blocking connection is read through a ``QSocketNotifier`` on its socket, so
replies and signals arrive in the Qt event loop with no thread and no polling.

Importing this module needs no jeepney: the constructor imports it (macOS and Windows have none).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from smallwins.system.identity import APP_ID
from smallwins.system.notice import (
    APP_NAME,
    DEFAULT_ACTION,
    REPLY_TIMEOUT_S,
    Notice,
    Notifier,
    bundled_app_icon,
    escape_markup,
)

__all__ = ["FreedesktopNotifier", "session_bus_address"]

log = logging.getLogger(__name__)

# The desktop file's name without .desktop: lets the server find our icon and settings.
DESKTOP_ENTRY = APP_ID

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
URGENCY_NORMAL = 1  # the "urgency" hint is a byte: 0 low, 1 normal, 2 critical
EXPIRE_AS_SERVER_LIKES = -1


def session_bus_address(environ: Mapping[str, str]) -> str | None:
    """The session bus to connect to: ``$DBUS_SESSION_BUS_ADDRESS``, else the systemd user bus
    socket ``$XDG_RUNTIME_DIR/bus`` (jeepney itself looks only at the variable)."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


class FreedesktopNotifier(Notifier):
    """Notifications through ``org.freedesktop.Notifications`` on the session bus (jeepney).

    Signals: see ``Notifier``.

    The constructor connects, subscribes to the server's ``ActionInvoked`` and
    ``NotificationClosed`` signals and asks for its capabilities; when anything fails,
    ``available()`` is False and ``error`` says why. Every message from the bus goes through
    ``_route``: method replies are matched by serial (a ``Notify`` reply that arrives after
    ``show`` gave up still maps its id), signals are queued and emitted from the event loop, never
    from inside ``show``.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        bus_address: str | None = None,
        app_icon: str | None = None,
        reply_timeout: float = REPLY_TIMEOUT_S,
    ) -> None:
        """``bus_address``: a D-Bus address (default: the session bus); ``app_icon``: an icon
        path or name (default: the bundled smallwins.svg)."""
        super().__init__(parent)
        self.error: str | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.server_info: tuple[str, str, str, str] | None = None  # name, vendor, version, spec
        self._escape_body = False
        self._app_icon = bundled_app_icon() if app_icon is None else app_icon
        self._reply_timeout = reply_timeout
        self._jeepney: Any = None
        self._conn: Any = None
        self._address: Any = None
        self._socket_notifier: QSocketNotifier | None = None
        self._ids: dict[str, int] = {}  # notice key -> server's notification id
        self._keys: dict[int, str] = {}  # notification id -> notice key
        self._pending: dict[int, str] = {}  # serial of a Notify without reply yet -> notice key
        self._latest: dict[str, int] = {}  # notice key -> serial of its newest Notify
        self._awaited: set[int] = set()  # serials a blocking call waits for
        self._replies: dict[int, Any] = {}  # their replies, once in
        self._inbox: deque[Any] = deque()  # signals not yet handled
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._connect(bus_address)

    # -- Notifier ----------------------------------------------------------------------------

    def available(self) -> bool:
        return self._conn is not None

    def supports_actions(self) -> bool:
        return self.available() and "actions" in self.capabilities

    def show(self, notice: Notice) -> bool:
        if self._conn is None:
            return False
        jeepney = self._jeepney
        summary, body = notice.title, notice.body
        if "body" not in self.capabilities:
            summary, body = (f"{summary}: {body}" if body else summary), ""
        elif self._escape_body:
            body = escape_markup(body)
        actions: list[str] = []
        if self.supports_actions():
            if all(key != DEFAULT_ACTION for key, _ in notice.actions):
                actions += [DEFAULT_ACTION, notice.default_label]
            for key, label in notice.actions:
                actions += [key, label]
        hints = {
            "desktop-entry": ("s", DESKTOP_ENTRY),
            "urgency": ("y", URGENCY_NORMAL),
        }
        message = jeepney.new_method_call(
            self._address,
            "Notify",
            NOTIFY_SIGNATURE,
            (
                APP_NAME,
                self._ids.get(notice.key, 0),  # replaces_id: same key, same notification
                notice.icon or self._app_icon,
                summary,
                body,
                actions,
                hints,
                EXPIRE_AS_SERVER_LIKES,
            ),
        )
        serial = self._send(message)
        if serial is None:
            return False
        self._pending[serial] = notice.key
        self._latest[notice.key] = serial
        reply = self._await_reply(serial)
        return reply is not None and not self._is_error(reply)

    def withdraw(self, key: str) -> None:
        self._latest.pop(key, None)  # a Notify reply still on its way closes its notification
        notification_id = self._ids.pop(key, None)
        if notification_id is not None:
            self._keys.pop(notification_id, None)
            self._close_notification(notification_id)

    def close(self) -> None:
        if self._conn is None:
            return
        for key in list(self._ids):
            self.withdraw(key)
        self._disconnect()

    # -- connection ----------------------------------------------------------------------------

    def _connect(self, bus_address: str | None) -> None:
        try:
            import jeepney  # noqa: PLC0415 - Linux-only dependency, imported where it is used
            from jeepney.bus_messages import message_bus  # noqa: PLC0415 - same
            from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415 - same
        except ImportError as exc:
            self.error = f"jeepney is not installed: {exc}"
            return
        address = bus_address or session_bus_address(os.environ)
        if address is None:
            self.error = "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
            return
        try:
            self._conn = open_dbus_connection(bus=address)
        # Whatever fails here (no address, refused, authentication, no Hello reply) means the
        # same to the app: no notifications over D-Bus.
        except Exception as exc:
            self.error = f"cannot connect to the session bus {address}: {exc!r}"
            return
        self._jeepney = jeepney
        self._address = jeepney.DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        # The bus passes on only the server's signals (sender: whoever owns the name).
        rule = jeepney.MatchRule(type="signal", sender=BUS_NAME, interface=INTERFACE)
        steps = (
            ("subscribe to the server's signals", message_bus.AddMatch(rule)),
            ("ask for capabilities", self._call("GetCapabilities")),
            ("ask who the server is", self._call("GetServerInformation")),
        )
        results: list[tuple[Any, ...]] = []
        for what, message in steps:
            serial = self._send(message)
            reply = None if serial is None else self._await_reply(serial)
            if reply is None or self._is_error(reply):
                detail = "no reply" if reply is None else self._describe_error(reply)
                self.error = f"notification server: cannot {what}: {detail}"
                self._disconnect()
                return
            results.append(tuple(reply.body))
        self.capabilities = frozenset(results[1][0])
        name, vendor, version, spec = results[2]
        self.server_info = (str(name), str(vendor), str(version), str(spec))
        # dunst 1.9 parses the body as Pango markup even when it does not advertise body-markup
        # (an unknown "<tag>" vanishes with the rest of the markup); the summary stays plain text.
        self._escape_body = "body-markup" in self.capabilities or name == "dunst"
        self._socket_notifier = QSocketNotifier(
            self._conn.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self._socket_notifier.activated.connect(self._on_readable)
        log.info("notifications: %s %s, capabilities %s", name, version, sorted(self.capabilities))

    def _call(self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Any:
        return self._jeepney.new_method_call(self._address, method, signature, body)

    def _disconnect(self) -> None:
        if self._socket_notifier is not None:
            self._socket_notifier.setEnabled(False)
            self._socket_notifier.deleteLater()
            self._socket_notifier = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
        self._flush_timer.stop()
        self._inbox.clear()
        self._ids.clear()
        self._keys.clear()
        self._pending.clear()
        self._latest.clear()

    def _lost(self, exc: BaseException) -> None:
        self.error = f"lost the session bus: {exc!r}"
        log.warning("notifications: %s", self.error)
        self._disconnect()

    # -- messages ------------------------------------------------------------------------------

    def _send(self, message: Any) -> int | None:
        """Send ``message``; its serial, or None when the connection is gone."""
        if self._conn is None:
            return None
        serial = int(next(self._conn.outgoing_serial))
        try:
            self._conn.send(message, serial=serial)
        except OSError as exc:
            self._lost(exc)
            return None
        return serial

    def _close_notification(self, notification_id: int) -> None:
        message = self._call("CloseNotification", "u", (notification_id,))
        message.header.flags |= self._jeepney.MessageFlag.no_reply_expected
        self._send(message)

    def _await_reply(self, serial: int) -> Any:
        """Block until the reply to ``serial`` arrives (routing everything before it); None
        after the timeout or when the connection is lost."""
        deadline = time.monotonic() + self._reply_timeout
        self._awaited.add(serial)
        try:
            while serial not in self._replies and self._conn is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    message = self._conn.receive(timeout=remaining)
                except TimeoutError:
                    break
                except OSError as exc:  # ConnectionResetError and friends
                    self._lost(exc)
                    break
                self._route(message)
            return self._replies.pop(serial, None)
        finally:
            self._awaited.discard(serial)
            # Complete messages may wait in jeepney's buffer with nothing left on the socket, so
            # the socket notifier would not wake up for them.
            self._drain()
            if self._inbox:
                self._flush_timer.start()

    def _on_readable(self) -> None:
        self._drain()
        self._flush()

    def _drain(self) -> None:
        """Route every message that can be read without blocking."""
        while self._conn is not None:
            try:
                # Returns a buffered message at once; else reads what the socket has (select
                # with timeout 0) and raises TimeoutError when no whole message is there.
                message = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except OSError as exc:
                self._lost(exc)
                return
            self._route(message)

    def _route(self, message: Any) -> None:
        jeepney = self._jeepney
        fields = message.header.fields
        kind = message.header.message_type
        if kind == jeepney.MessageType.signal:
            self._inbox.append(message)
            return
        serial = fields.get(jeepney.HeaderFields.reply_serial)
        if serial is None:
            return
        if serial in self._awaited:
            self._replies[serial] = message
        key = self._pending.pop(serial, None)
        if key is None:
            return
        if self._is_error(message):
            log.warning(
                "notifications: Notify failed for %s: %s", key, self._describe_error(message)
            )
            return
        notification_id = int(message.body[0])
        if self._latest.get(key) != serial:
            # Withdrawn, or shown again before this reply came: this one must go.
            self._close_notification(notification_id)
            return
        previous = self._ids.get(key)
        if previous is not None and previous != notification_id:
            self._keys.pop(previous, None)
        self._ids[key] = notification_id
        self._keys[notification_id] = key

    def _is_error(self, message: Any) -> bool:
        return bool(message.header.message_type == self._jeepney.MessageType.error)

    def _describe_error(self, message: Any) -> str:
        name = message.header.fields.get(self._jeepney.HeaderFields.error_name, "error")
        text = message.body[0] if message.body else ""
        return f"{name}: {text}"

    def _flush(self) -> None:
        """Emit the queued signals (from the event loop: slots may call ``show`` again)."""
        while self._inbox:
            message = self._inbox.popleft()
            member = message.header.fields.get(self._jeepney.HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, action = message.body
                key = self._keys.get(notification_id)
                if key is None:
                    continue
                serial = self._latest.get(key)
                self.action_invoked.emit(key, str(action))
                # Servers need not close a notification after an action (dunst's context menu
                # and `dunstctl action` do not); its buttons are used up, unless a slot showed
                # the notice again.
                if self._latest.get(key) == serial and self._ids.get(key) == notification_id:
                    self.withdraw(key)
            elif member == "NotificationClosed":
                notification_id, _reason = message.body
                key = self._keys.pop(notification_id, None)
                if key is not None and self._ids.get(key) == notification_id:
                    del self._ids[key]
                    self.closed.emit(key)
