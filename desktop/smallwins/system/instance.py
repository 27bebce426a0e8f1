"""One running app per user and data folder, and the messages other processes send it.

The running app listens on a local socket named by ``instance_key``. A second start, or
``smallwins show ...``, connects, writes one UTF-8 line and waits for the reply ``ok``; then the
server closes the connection. The messages are in ``smallwins.system.messages``.

Two transports speak this protocol over the same kind of socket:

- ``"unix"`` (Linux, macOS, BSD): a Unix socket through Python's ``socket`` module, read in the
  Qt event loop through ``QSocketNotifier``. It keeps QtNetwork (~3 MiB resident) out of the
  long-running app and out of the command line.
- ``"qt"`` (Windows): QtNetwork's ``QLocalServer``/``QLocalSocket`` over a named pipe. It works on
  Unix too (the same socket file and wire format), so the tests check it there as well.

Only the user can connect: the Unix socket is created mode 0600 in a way no other user can race
(``umask`` during ``bind``), in a folder only the user can enter: ``$XDG_RUNTIME_DIR`` when the
session has a private one, else a checked 0700 folder of the user's own in the temporary folder
(``socket_folder``); the named pipe gets an owner-only ACL (``UserAccessOption``). A stale socket
(its app crashed) is removed.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import re
import shutil
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, QSocketNotifier, QTimer, Signal

from smallwins.system.messages import CHANGED, SHOW_WIDGET

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

__all__ = [
    "CHANGED",
    "SHOW_WIDGET",
    "InstanceError",
    "InstanceServer",
    "instance_key",
    "send_to_running",
    "socket_path",
]

log = logging.getLogger(__name__)

UNIX, QT = "unix", "qt"
DEFAULT_TRANSPORT = QT if sys.platform == "win32" else UNIX

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
# How many names the private socket folder may take in the temporary folder (see socket_folder).
PRIVATE_FOLDER_NAMES = 10
PRIVATE_SOCKET_UMASK = 0o077
LISTEN_BACKLOG = 16


class InstanceError(OSError):
    """The instance socket or lock cannot be used (e.g. the socket belongs to another user)."""


def instance_key(data_dir: Path, environ: Mapping[str, str] | None = None) -> str:
    """The socket name for this user and the resolved ``data_dir``; the same in every process.

    On Windows a plain name (it names a pipe). Elsewhere a path in a folder only this user can
    enter (``socket_folder``), so another user of the machine can neither squat the name (and
    keep the app from starting) nor answer in its place.
    """
    folder = str(data_dir.resolve())
    if sys.platform == "win32":
        folder = folder.casefold()  # C:\Data and c:\data are one folder
    digest = hashlib.sha1(folder.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    name = f"smallwins-{_user_tag()}-{digest}"
    if sys.platform == "win32":
        return name
    else:  # see _user_tag
        return str(socket_folder(os.environ if environ is None else environ, name) / name)


def _user_tag() -> str:
    if sys.platform == "win32":
        # Pipe names are shared by all users of the machine.
        return re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser())[:32]
    else:  # a plain if/else on sys.platform: mypy checks each branch on its system
        return str(os.getuid())


def socket_folder(environ: Mapping[str, str], name: str) -> Path:
    """The private folder the instance socket ``name`` lives in (not on Windows).

    ``$XDG_RUNTIME_DIR`` where the session has a private one (systemd-tmpfiles does not age
    files out of it as it does in /tmp). Else ``smallwins-<uid>`` in the temporary folder
    (``$TMPDIR``, else /tmp), a folder of this user's own with mode 0700: made so if missing,
    made anew if it is this user's but not that (a file, a link, a folder others may enter);
    one of another user is never used nor touched (it says so in the log) and the next name is
    taken, ``smallwins-<uid>-1`` and so on, which every process of this user picks alike. Only
    if all of those are taken, a fresh folder of a random name (then a second start does not
    find this one).
    """
    runtime = _private_runtime_dir(environ)
    if runtime is not None and _fits(runtime, name):
        return runtime
    base = _temp_root(environ)
    if not _fits(base / f"smallwins-{_user_tag()}-{PRIVATE_FOLDER_NAMES}", name):
        base = Path("/tmp")  # a long $TMPDIR: sun_path holds about 100 bytes
    for number in range(PRIVATE_FOLDER_NAMES):
        candidate = base / f"smallwins-{_user_tag()}{f'-{number}' if number else ''}"
        if _own_private_folder(candidate):
            return candidate
    fresh = Path(tempfile.mkdtemp(prefix=f"smallwins-{_user_tag()}-", dir=base))
    log.warning("every instance folder name in %s is taken; using %s", base, fresh)
    return fresh


def _fits(folder: Path, name: str) -> bool:
    return len(os.fsencode(folder / name)) <= MAX_SOCKET_PATH


def _temp_root(environ: Mapping[str, str]) -> Path:
    given = environ.get("TMPDIR", "")
    return Path(given) if os.path.isabs(given) and os.path.isdir(given) else Path("/tmp")


def _own_private_folder(folder: Path) -> bool:
    """Make ``folder`` a folder of this user's own, mode 0700; False if it is another's (or
    cannot be made)."""
    for _attempt in range(3):
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            with contextlib.suppress(FileExistsError):  # made meanwhile: look again
                os.mkdir(folder, PRIVATE_FOLDER_MODE)
            continue
        except OSError:
            return False
        if info.st_uid != os.getuid():
            log.warning("%s belongs to another user (uid %d): not used", folder, info.st_uid)
            return False
        try:
            if not stat.S_ISDIR(info.st_mode):  # a file, a socket or a link of ours
                folder.unlink()
            elif info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):  # others may have put things in
                shutil.rmtree(folder)
            elif stat.S_IMODE(info.st_mode) != PRIVATE_FOLDER_MODE:
                folder.chmod(PRIVATE_FOLDER_MODE)  # ours and closed to others, not usable
            else:
                return True
        except OSError:
            return False
    return False


def _private_runtime_dir(environ: Mapping[str, str]) -> Path | None:
    if sys.platform == "win32" or sys.platform == "darwin":
        return None  # macOS has none (its per-user temporary folder is used, as elsewhere)
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
        return Path(key) if os.path.isabs(key) else Path(QDir.tempPath()) / key  # a plain key


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


def _answers(key: str, timeout_ms: int, transport: str) -> bool:
    """Whether a live process accepts connections on ``key`` (a crashed one leaves a dead file)."""
    if transport == QT:
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - see the module docstring

        probe = QLocalSocket()
        probe.connectToServer(key)
        try:
            return probe.waitForConnected(timeout_ms)
        finally:
            probe.abort()
    path = socket_path(key)
    assert path is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe_socket:
        probe_socket.settimeout(timeout_ms / 1000)
        try:
            probe_socket.connect(os.fspath(path))
        except OSError:  # no file, a dead socket (refused), not a socket, or a timeout
            return False
        return True


def _remove_stale(key: str, transport: str) -> None:
    if transport == QT:
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - see the module docstring

        QLocalServer.removeServer(key)
        return
    path = socket_path(key)
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class InstanceServer(QObject):
    """The running app's end: listens on ``instance_key(data_dir)``, reports each message.

    Each message is acknowledged before it is reported, so a slot may open a modal dialog
    without making the sender time out. Unknown messages are reported too; ignore them.

    Signals:
        message_received(str): a line arrived from another process, e.g. ``"show widget"``.
    """

    message_received = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        *,
        key: str | None = None,
        transport: str = DEFAULT_TRANSPORT,
        parent: QObject | None = None,
    ) -> None:
        """Listens on ``key`` (default: ``instance_key(data_dir)``); locks in ``data_dir``."""
        super().__init__(parent)
        if transport not in (UNIX, QT):
            raise ValueError(f"unknown transport {transport!r}")
        self._data_dir = data_dir
        self.key = instance_key(data_dir) if key is None else key
        self.transport = transport
        self._endpoint: _UnixEndpoint | _QtEndpoint | None = None

    def is_listening(self) -> bool:
        return self._endpoint is not None

    def listen(self) -> bool:
        """Become the running instance; ``False`` when another live instance already is.

        A socket left behind by a crashed instance is removed. A lock file in the data folder
        (created, mode 0700, if missing) makes the check and the listen one step, so of two
        simultaneous starts exactly one wins.

        Raises:
            InstanceError: the socket name belongs to another user, or listening failed.
        """
        if self._endpoint is not None:
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
            if _answers(self.key, PROBE_TIMEOUT_MS, self.transport):
                return False
            _remove_stale(self.key, self.transport)
            endpoint_type = _QtEndpoint if self.transport == QT else _UnixEndpoint
            self._endpoint = endpoint_type(self.key, self._deliver, self)
            return True
        finally:
            lock.unlock()

    def close(self) -> None:
        """Stop listening and remove the socket; pending connections are dropped."""
        if self._endpoint is not None:
            self._endpoint.close()
            self._endpoint = None

    def _deliver(self, line: bytes) -> None:
        text = line.decode("utf-8", errors="replace").rstrip("\r\n")
        if text:
            self.message_received.emit(text)


class _UnixEndpoint:
    """A listening Unix socket read in the Qt event loop; hands each complete line over."""

    def __init__(self, key: str, deliver: Callable[[bytes], None], owner: QObject) -> None:
        path = socket_path(key)
        assert path is not None
        self._path = path
        self._deliver = deliver
        self._owner = owner
        self._connections: set[_UnixConnection] = set()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.setblocking(False)
            # The socket file is born private: no moment exists in which another user of the
            # machine could connect (chmod after bind would leave one).
            previous_umask = os.umask(PRIVATE_SOCKET_UMASK)
            try:
                listener.bind(os.fspath(path))
            finally:
                os.umask(previous_umask)
            listener.listen(LISTEN_BACKLOG)
            self._inode = os.lstat(path).st_ino
        except OSError as exc:
            listener.close()
            raise InstanceError(f"cannot listen on {path}: {exc.strerror or exc}") from exc
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, owner)
        self._notifier.activated.connect(self._accept)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        for connection in list(self._connections):
            connection.drop()
        self._listener.close()
        with contextlib.suppress(OSError):
            # Only our own socket: a later instance may have replaced a stale one meanwhile.
            if os.lstat(self._path).st_ino == self._inode:
                self._path.unlink()

    def _accept(self, *_: object) -> None:
        while True:
            try:
                conn, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                log.exception("the instance socket stopped accepting connections")
                return
            connection = _UnixConnection(conn, self._deliver, self._owner, self._connections)
            self._connections.add(connection)
            connection.read()  # the line may have arrived with the connection


class _UnixConnection:
    """One client of the Unix endpoint: read a line, answer ``ok``, close."""

    def __init__(
        self,
        conn: socket.socket,
        deliver: Callable[[bytes], None],
        owner: QObject,
        registry: set[_UnixConnection],
    ) -> None:
        conn.setblocking(False)
        self._conn = conn
        self._deliver = deliver
        self._registry = registry
        self._buffer = b""
        self._notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, owner)
        self._notifier.activated.connect(self.read)
        self._idle = QTimer(owner)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.drop)
        self._idle.start(IDLE_CONNECTION_MS)

    def read(self, *_: object) -> None:
        if self._conn.fileno() < 0:
            return
        try:
            chunk = self._conn.recv(MAX_MESSAGE_BYTES + 1 - len(self._buffer))
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self.drop()
            return
        if not chunk:  # gone before finishing a line (a start's probe)
            self.drop()
            return
        self._buffer += chunk
        line, newline, _rest = self._buffer.partition(b"\n")
        if not newline:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self.drop()
            return
        with contextlib.suppress(OSError):
            # Three bytes always fit in a fresh socket's send buffer: this never blocks.
            self._conn.send(ACK)
        self.drop()  # before the slot runs: it may block the event loop (a modal dialog)
        self._deliver(line + newline)

    def drop(self) -> None:
        self._idle.stop()
        self._idle.deleteLater()
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._conn.close()
        self._registry.discard(self)


class _QtEndpoint:
    """QtNetwork's local server (a named pipe on Windows); hands each complete line over."""

    def __init__(self, key: str, deliver: Callable[[bytes], None], owner: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - see the module docstring

        self._deliver = deliver
        self._server = QLocalServer(owner)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        if not self._server.listen(key):
            raise InstanceError(f"cannot listen on {key}: {self._server.errorString()}")

    def close(self) -> None:
        self._server.close()
        self._server.deleteLater()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            QTimer.singleShot(IDLE_CONNECTION_MS, connection, lambda c=connection: _drop(c))
            self._read(connection)  # the line may have arrived with the connection

    def _read(self, connection: QLocalSocket) -> None:
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - see the module docstring

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
        self._deliver(line)


def _drop(connection: QLocalSocket) -> None:
    connection.abort()
    connection.deleteLater()


def send_to_running(
    key: str, message: str, timeout_ms: int = 1500, transport: str = DEFAULT_TRANSPORT
) -> bool:
    """Send ``message`` to the instance listening on ``key``; ``True`` once it acknowledged.

    Blocking, and needs no Qt application or event loop (the command line has none). Call it
    from another process than the server's: the server answers from its event loop, which a
    blocking wait in the same process would hold up.
    """
    data = message.encode("utf-8") + b"\n"
    if "\n" in message or "\r" in message or len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"a message is one line of at most {MAX_MESSAGE_BYTES} bytes")
    if _belongs_to_another_user(key):
        return False
    if transport == QT:
        return _send_with_qt(key, data, timeout_ms)
    path = socket_path(key)
    assert path is not None
    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        return remaining

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        try:
            connection.settimeout(left())
            connection.connect(os.fspath(path))
            connection.settimeout(left())
            connection.sendall(data)
            reply = b""
            while b"\n" not in reply and len(reply) <= len(ACK):
                connection.settimeout(left())
                chunk = connection.recv(64)
                if not chunk:
                    break
                reply += chunk
        except OSError:  # includes TimeoutError: nobody there, a dead socket, or no answer
            return False
    return reply.startswith(ACK)


def _send_with_qt(key: str, data: bytes, timeout_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - see the module docstring

    deadline = QDeadlineTimer(timeout_ms)

    def left() -> int:
        return max(0, deadline.remainingTime())

    connection = QLocalSocket()
    connection.connectToServer(key)
    try:
        if not connection.waitForConnected(left()):
            return False
        connection.write(data)
        while connection.bytesToWrite() > 0:
            if not connection.waitForBytesWritten(left()):
                return False
        reply = b""
        while b"\n" not in reply and len(reply) <= len(ACK):
            if connection.bytesAvailable() == 0 and not connection.waitForReadyRead(left()):
                return False
            reply += bytes(connection.readAll().data())
        return reply.startswith(ACK)
    finally:
        connection.abort()
