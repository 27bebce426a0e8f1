"""One running app per user and data folder, and the messages other processes send it.

The running app listens on a local socket (a Unix socket; a named pipe on Windows) named by
``instance_key``. A second start, or ``smallwins show ...``, connects, writes one UTF-8 line and
waits for the reply ``ok``; then the server closes the connection. The messages are in
``smallwins.system.messages``.

Only the user can connect: the socket is created with ``UserAccessOption`` (mode 0700 on Unix,
an owner-only ACL on Windows), and on Linux it lives in ``$XDG_RUNTIME_DIR`` (mode 0700) when the
session has one.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import stat
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from smallwins.system.messages import (
    CHANGED,
    SHOW_SETTINGS,
    SHOW_WIDGET,
)

__all__ = [
    "CHANGED",
    "SHOW_SETTINGS",
    "SHOW_WIDGET",
    "InstanceError",
    "InstanceServer",
    "instance_key",
    "send_to_running",
    "socket_path",
]

LOCK_NAME = "instance.lock"
ACK = b"ok\n"
MAX_MESSAGE_BYTES = 4096
# How long a start waits for an earlier instance to answer, and for a concurrent start to finish
# its own check (which takes milliseconds). A lock older than STALE_LOCK_MS is from a crash.
PROBE_TIMEOUT_MS = 1000
LOCK_TIMEOUT_MS = 5000
STALE_LOCK_MS = 5000
# A client that connects and then says nothing is dropped after this long.
IDLE_CONNECTION_MS = 5000
# sun_path holds 104 bytes on macOS and 108 on Linux, including the final NUL.
MAX_SOCKET_PATH = 100
PRIVATE_FOLDER_MODE = 0o700


class InstanceError(OSError):
    """The instance socket or lock cannot be used (e.g. the socket belongs to another user)."""


def instance_key(data_dir: Path, environ: Mapping[str, str] | None = None) -> str:
    """The socket name for this user and the resolved ``data_dir``; the same in every process.

    A plain name (Qt puts it in the temporary folder; on Windows it names a pipe) or, on Linux
    and BSD sessions with a private ``$XDG_RUNTIME_DIR``, a path in it: systemd-tmpfiles does not
    age files out of that folder as it does in /tmp, and no other user can place a socket there.
    """
    folder = str(data_dir.expanduser().resolve())
    if sys.platform == "win32":
        folder = folder.casefold()  # C:\Data and c:\data are one folder
    digest = hashlib.sha1(folder.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    name = f"smallwins-{_user_tag()}-{digest}"
    runtime = _private_runtime_dir(os.environ if environ is None else environ)
    if runtime is not None and len(os.fsencode(runtime / name)) <= MAX_SOCKET_PATH:
        return str(runtime / name)
    return name


def _user_tag() -> str:
    if sys.platform == "win32":
        # Pipe names are shared by all users of the machine.
        return re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser())[:32]
    else:  # a plain if/else on sys.platform: mypy checks each branch on its system
        return str(os.getuid())


def _private_runtime_dir(environ: Mapping[str, str]) -> Path | None:
    if sys.platform == "win32" or sys.platform == "darwin":
        return None  # macOS's temporary folder is already per user
    else:  # see _user_tag
        given = environ.get("XDG_RUNTIME_DIR", "")
        if not given or not os.path.isabs(given):
            return None
        try:
            info = os.stat(given)
        except OSError:
            return None
        private = info.st_uid == os.getuid() and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
        return Path(given) if stat.S_ISDIR(info.st_mode) and private else None


def socket_path(key: str) -> Path | None:
    """Where the socket for ``key`` lives on disk; ``None`` on Windows (a named pipe)."""
    if sys.platform == "win32":
        return None
    else:  # see _user_tag
        return Path(key) if os.path.isabs(key) else Path(QDir.tempPath()) / key


def _belongs_to_another_user(key: str) -> bool:
    if sys.platform == "win32":
        return False
    else:  # see _user_tag
        path = socket_path(key)
        try:
            return path is not None and os.lstat(path).st_uid != os.getuid()
        except FileNotFoundError:
            return False


def _make_private_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE)
    except FileExistsError:
        return
    if os.name == "posix":
        folder.chmod(PRIVATE_FOLDER_MODE)  # mkdir's mode is reduced by the umask


def _answers(key: str, timeout_ms: int) -> bool:
    """Whether a live process accepts connections on ``key`` (a crashed one leaves a dead file)."""
    probe = QLocalSocket()
    probe.connectToServer(key)
    try:
        return probe.waitForConnected(timeout_ms)
    finally:
        probe.abort()


class InstanceServer(QObject):
    """The running app's end: listens on ``instance_key(data_dir)``, reports each message.

    Each message is acknowledged before it is reported, so a slot may open a modal dialog
    without making the sender time out. Unknown messages are reported too; ignore them.

    Signals:
        message_received(str): a line arrived from another process, e.g. ``"show widget"``.
    """

    message_received = Signal(str)

    def __init__(
        self, data_dir: Path, *, key: str | None = None, parent: QObject | None = None
    ) -> None:
        """Listens on ``key`` (default: ``instance_key(data_dir)``); locks in ``data_dir``."""
        super().__init__(parent)
        self._data_dir = data_dir
        self.key = instance_key(data_dir) if key is None else key
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self) -> bool:
        """Become the running instance; ``False`` when another live instance already is.

        A socket left behind by a crashed instance is removed. A lock file in the data folder
        (created, mode 0700, if missing) makes the check and the listen one step, so of two
        simultaneous starts exactly one wins.

        Raises:
            InstanceError: the socket name belongs to another user, or listening failed.
        """
        if self._server.isListening():
            return True
        _make_private_folder(self._data_dir)
        lock_path = self._data_dir / LOCK_NAME
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(STALE_LOCK_MS)
        if not lock.tryLock(LOCK_TIMEOUT_MS):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False  # another start is still deciding and will win
            raise InstanceError(f"cannot create the lock file {lock_path} ({lock.error().name})")
        try:
            if _belongs_to_another_user(self.key):
                raise InstanceError(f"the socket {socket_path(self.key)} belongs to another user")
            if _answers(self.key, PROBE_TIMEOUT_MS):
                return False
            QLocalServer.removeServer(self.key)
            if not self._server.listen(self.key):
                raise InstanceError(f"cannot listen on {self.key}: {self._server.errorString()}")
            return True
        finally:
            lock.unlock()

    def close(self) -> None:
        """Stop listening and remove the socket; pending connections are dropped."""
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            QTimer.singleShot(IDLE_CONNECTION_MS, connection, lambda c=connection: _drop(c))
            self._read(connection)  # the line may have arrived with the connection

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_MESSAGE_BYTES:
                _drop(connection)
            elif connection.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                connection.deleteLater()  # gone before saying anything (a start's probe)
            return
        line = bytes(connection.readLine(MAX_MESSAGE_BYTES + 1).data())
        if not line.endswith(b"\n"):
            _drop(connection)
            return
        connection.write(ACK)
        connection.flush()  # now: a slot may block the event loop (e.g. with a modal dialog)
        connection.disconnectFromServer()  # after the rest of the reply, if any, is written
        text = line.decode("utf-8", errors="replace").rstrip("\r\n")
        if text:
            self.message_received.emit(text)


def _drop(connection: QLocalSocket) -> None:
    connection.abort()
    connection.deleteLater()


def send_to_running(key: str, message: str, timeout_ms: int = 1500) -> bool:
    """Send ``message`` to the instance listening on ``key``; ``True`` once it acknowledged.

    Blocking, and needs no Qt application or event loop (the command line has none). Call it
    from another process than the server's: with PySide6 6.11, a blocking wait on another thread
    also stalls the main thread's event loop, so the server could not answer in time.
    """
    data = message.encode("utf-8") + b"\n"
    if "\n" in message or "\r" in message or len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"a message is one line of at most {MAX_MESSAGE_BYTES} bytes")
    if _belongs_to_another_user(key):
        return False
    deadline = QDeadlineTimer(timeout_ms)
    connection = QLocalSocket()
    connection.connectToServer(key)
    try:
        if not connection.waitForConnected(_left(deadline)):
            return False
        connection.write(data)
        while connection.bytesToWrite() > 0:
            if not connection.waitForBytesWritten(_left(deadline)):
                return False
        reply = b""
        while b"\n" not in reply and len(reply) <= len(ACK):
            if connection.bytesAvailable() == 0 and not connection.waitForReadyRead(
                _left(deadline)
            ):
                return False
            reply += bytes(connection.readAll().data())
        return reply.startswith(ACK)
    finally:
        connection.abort()


def _left(deadline: QDeadlineTimer) -> int:
    return max(0, deadline.remainingTime())
