"""One running app per user and data folder: who wins, crashes, races and the message protocol."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from smallwins.system import instance, messages
from smallwins.system.instance import (
    LOCK_NAME,
    QT,
    UNIX,
    InstanceError,
    InstanceServer,
    instance_key,
    send_to_running,
    socket_path,
)

pytestmark = pytest.mark.gui

# A second process: becomes (or fails to become) the instance for a data folder, says which on
# stdout, then stays alive until its stdin closes. With a third argument it first waits for that
# file to appear, so several processes can start listening at the same moment.
CONTENDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from smallwins.system.instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(Path(sys.argv[1]))
print("ready", flush=True)
if len(sys.argv) > 2:
    while not Path(sys.argv[2]).exists():
        time.sleep(0.001)
print("won" if server.listen() else "lost", flush=True)
sys.stdin.read()
"""

# A process that takes the instance lock and is then killed before it can release it.
LOCK_HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.read()
"""

SHOW_SETTINGS = messages.show("settings")


class Contender:
    def __init__(self, data_dir: Path, go: Path | None = None) -> None:
        args = [str(data_dir)] if go is None else [str(data_dir), str(go)]
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CONTENDER, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.line() == "ready"

    def line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)
        assert self.proc.stdout is not None
        assert self.proc.stdin is not None
        self.proc.stdout.close()
        self.proc.stdin.close()

    def finish(self) -> None:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.close()
        assert self.proc.wait(timeout=10) == 0
        self.proc.stdout.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


# Both transports run here: "unix" (the default off Windows) and "qt" (Windows' named pipes,
# a Unix socket here). The tests that talk to a running server run once with each.
TRANSPORTS = [QT] if sys.platform == "win32" else [UNIX, QT]


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    chosen: str = request.param
    return chosen


@pytest.fixture
def server(data_dir: Path, qtbot: QtBot, transport: str) -> Iterator[InstanceServer]:
    first = InstanceServer(data_dir, transport=transport)
    yield first
    first.close()


# Sends each argument after the first (the key) with send_to_running, in a process of its own
# as the command line does; the exit status counts the messages not acknowledged. (A sender on
# another thread of this process would stall the server's event loop while it waits.)
SENDER = """
import sys
from PySide6.QtCore import QCoreApplication
from smallwins.system.instance import send_to_running
assert QCoreApplication.instance() is None
transport, key, *messages = sys.argv[1:]
sent = [send_to_running(key, m, timeout_ms=5000, transport=transport) for m in messages]
sys.exit(sum(not ok for ok in sent))
"""


def send(qtbot: QtBot, key: str, *messages: str, transport: str = UNIX) -> int:
    """Send from another process while this one's event loop runs; the number not acknowledged.

    The sender's transport may differ from the server's: both speak over the same socket."""
    sender = subprocess.Popen([sys.executable, "-c", SENDER, transport, key, *messages])
    qtbot.waitUntil(lambda: sender.poll() is not None, timeout=20_000)
    return sender.returncode


def test_first_listen_wins_and_a_second_on_the_same_key_loses(
    server: InstanceServer, data_dir: Path
) -> None:
    assert server.listen()
    assert server.is_listening()
    assert server.listen()  # again: still the one

    second = InstanceServer(data_dir)
    assert not second.listen()
    assert not second.is_listening()
    assert second.key == server.key
    assert not (data_dir / LOCK_NAME).exists()  # held only while deciding


def test_another_data_folder_is_another_instance(server: InstanceServer, tmp_path: Path) -> None:
    other = InstanceServer(tmp_path / "other")
    assert server.listen()
    try:
        assert other.listen()
    finally:
        other.close()


def test_listen_creates_a_private_data_folder(server: InstanceServer, data_dir: Path) -> None:
    assert server.listen()
    assert data_dir.is_dir()
    if os.name == "posix":
        assert data_dir.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("sender", TRANSPORTS)
def test_message_is_acknowledged_then_reported(
    server: InstanceServer, qtbot: QtBot, sender: str
) -> None:
    assert server.listen()

    with qtbot.waitSignal(server.message_received, timeout=20_000) as blocker:
        assert send(qtbot, server.key, SHOW_SETTINGS, transport=sender) == 0

    assert blocker.args == ["show settings"]


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket client")
def test_a_line_too_long_or_a_silent_client_is_dropped(
    server: InstanceServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance, "IDLE_CONNECTION_MS", 200)
    assert server.listen()
    path = socket_path(server.key)
    assert path is not None
    with qtbot.assertNotEmitted(server.message_received, wait=300):
        flood = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        flood.connect(os.fspath(path))
        flood.sendall(b"x" * (instance.MAX_MESSAGE_BYTES + 10))
        idle = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        idle.connect(os.fspath(path))
        for client in (flood, idle):
            client.settimeout(0.05)
            qtbot.waitUntil(lambda c=client: _closed_by_server(c), timeout=5000)
            client.close()
    with qtbot.waitSignal(server.message_received, timeout=20_000) as blocker:
        assert send(qtbot, server.key, SHOW_SETTINGS) == 0  # still serving
    assert blocker.args == ["show settings"]


def _closed_by_server(client: socket.socket) -> bool:
    try:
        return client.recv(64) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_several_messages_in_a_row_including_unknown_ones(
    server: InstanceServer, qtbot: QtBot
) -> None:
    assert server.listen()
    received: list[str] = []
    server.message_received.connect(received.append)
    sent = [messages.CHANGED, messages.show("settings"), "future command ✓", messages.SHOW_WIDGET]

    assert send(qtbot, server.key, *sent) == 0

    qtbot.waitUntil(lambda: received == sent, timeout=5000)


def test_silence_or_an_empty_line_reports_nothing(server: InstanceServer, qtbot: QtBot) -> None:
    assert server.listen()
    with qtbot.assertNotEmitted(server.message_received, wait=300):
        silent = QLocalSocket()
        silent.connectToServer(server.key)
        assert silent.waitForConnected(1000)
        silent.abort()  # as a start's check does

        empty = QLocalSocket()
        empty.connectToServer(server.key)
        assert empty.waitForConnected(1000)
        empty.write(b"\n")
        empty.flush()
        qtbot.waitUntil(lambda: empty.bytesAvailable() > 0)
        assert empty.readAll().data() == b"ok\n"  # acknowledged all the same
        empty.abort()

    with qtbot.waitSignal(server.message_received, timeout=20_000) as blocker:
        assert send(qtbot, server.key, SHOW_SETTINGS) == 0
    assert blocker.args == ["show settings"]


def test_messages_must_be_one_line() -> None:
    with pytest.raises(ValueError, match="one line"):
        send_to_running("smallwins-test-unused", "show widget\nshow review")
    with pytest.raises(ValueError, match="one line"):
        send_to_running("smallwins-test-unused", "x" * 5000)


def test_nobody_listening_or_closed(server: InstanceServer, qtbot: QtBot) -> None:
    assert not send_to_running(server.key, messages.SHOW_WIDGET)  # never started

    assert server.listen()
    path = socket_path(server.key)
    server.close()

    assert not server.is_listening()
    assert not send_to_running(server.key, messages.SHOW_WIDGET)
    if path is not None:
        assert not path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes have no file mode")
def test_socket_is_private_to_the_user(server: InstanceServer) -> None:
    assert server.listen()
    path = socket_path(server.key)
    assert path is not None

    info = path.lstat()

    assert stat.S_ISSOCK(info.st_mode)
    assert info.st_uid == os.getuid()
    assert info.st_mode & (stat.S_IRWXG | stat.S_IRWXO) == 0, oct(info.st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes have no owner file")
def test_a_socket_of_another_user_is_neither_used_nor_replaced(
    server: InstanceServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert server.listen()
    intruder_uid = os.getuid() + 4242
    monkeypatch.setattr(os, "getuid", lambda: intruder_uid)  # now the socket is someone else's

    assert not send_to_running(server.key, messages.SHOW_WIDGET)
    with pytest.raises(InstanceError, match="another user"):
        InstanceServer(data_dir, key=server.key).listen()


@pytest.mark.slow
def test_socket_left_by_a_killed_instance_does_not_block_a_new_one(
    data_dir: Path, server: InstanceServer
) -> None:
    crashed = Contender(data_dir)
    assert crashed.line() == "won"
    crashed.kill()  # SIGKILL: no chance to remove its socket
    path = socket_path(server.key)
    assert path is None or path.exists()  # the dead socket is still there

    assert server.listen()

    assert not InstanceServer(data_dir).listen()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_lock_left_by_a_killed_start_does_not_block_a_new_one(
    data_dir: Path, server: InstanceServer
) -> None:
    data_dir.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(data_dir / LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    assert not QLockFile(str(data_dir / LOCK_NAME)).tryLock(0)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()

    assert server.listen()


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(3))
def test_of_simultaneous_starts_exactly_one_wins(data_dir: Path, round_: int) -> None:
    go = data_dir.parent / "go"
    contenders = [Contender(data_dir, go) for _ in range(3)]
    go.touch()  # every contender is loaded and waiting: start them all at once

    outcomes = sorted(c.line() for c in contenders)

    assert outcomes == ["lost", "lost", "won"]
    assert not InstanceServer(data_dir).listen()  # the winner holds on
    for contender in contenders:
        contender.finish()


def test_key_is_stable_per_resolved_folder_and_short(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "data")
    (tmp_path / "tmp").mkdir()
    environ = {"TMPDIR": str(tmp_path / "tmp")}
    key = instance_key(tmp_path / "data", environ=environ)

    assert instance_key(tmp_path / "x" / ".." / "data", environ=environ) == key
    assert instance_key(tmp_path / "link", environ=environ) == key
    assert instance_key(tmp_path / "other", environ=environ) != key
    name = Path(key).name
    assert name.startswith("smallwins-")
    assert len(name) <= 40
    if os.name == "posix":
        assert f"-{os.getuid()}-" in name


def _private_folder_of_mine(folder: Path) -> bool:
    info = folder.lstat()
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and (stat.S_IMODE(info.st_mode) == 0o700)
    )


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes need no folder")
def test_without_a_runtime_folder_the_socket_is_in_a_private_folder_of_the_user(
    tmp_path: Path, shared_tmp: Path
) -> None:
    key = Path(instance_key(tmp_path / "data", environ={"TMPDIR": str(shared_tmp)}))
    assert key.parent == shared_tmp / f"smallwins-{os.getuid()}"
    assert _private_folder_of_mine(key.parent)
    assert socket_path(str(key)) == key


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes need no folder")
@pytest.mark.parametrize("found", ["open-to-others", "a-file", "a-link", "no-access"])
def test_a_private_folder_name_of_the_user_that_is_not_private_is_made_anew(
    tmp_path: Path, shared_tmp: Path, found: str
) -> None:
    base = shared_tmp
    folder = base / f"smallwins-{os.getuid()}"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep").touch()
    if found == "open-to-others":
        folder.mkdir()
        folder.chmod(0o777)
        (folder / "planted").touch()
    elif found == "a-file":
        folder.touch()
    elif found == "a-link":
        folder.symlink_to(elsewhere)
    else:
        folder.mkdir()
        folder.chmod(0o500)

    key = Path(instance_key(tmp_path / "data", environ={"TMPDIR": str(base)}))

    assert key.parent == folder
    assert _private_folder_of_mine(folder)
    assert list(folder.iterdir()) == []
    assert (elsewhere / "keep").exists()  # a link is replaced, never followed


# A second user of the machine, made for a test and removed after it (userdel -r), whatever
# happens. The tests run as root, and root passes every permission: only a real second user
# shows what another user can do.
@pytest.fixture
def other_user() -> Iterator[tuple[int, int]]:
    if sys.platform == "win32" or os.geteuid() != 0:
        pytest.skip("making a second user takes root (and Linux or BSD)")
    if shutil.which("useradd") is None or shutil.which("userdel") is None:
        pytest.skip("no useradd and userdel here to make a second user")
    import pwd  # noqa: PLC0415 - not on Windows

    name = f"swsquat{os.getpid() % 100_000}"
    made = subprocess.run(
        ["useradd", "--create-home", name], capture_output=True, text=True, check=False
    )
    if made.returncode != 0:
        pytest.skip(f"cannot make a second user: {made.stderr.strip()}")
    try:
        entry = pwd.getpwnam(name)
        yield entry.pw_uid, entry.pw_gid
    finally:
        subprocess.run(["userdel", "-r", name], capture_output=True, check=False)
        with pytest.raises(KeyError):
            pwd.getpwnam(name)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder as /tmp is: anyone may create in it (sticky, mode 1777)."""
    base = Path(tempfile.mkdtemp(prefix="smallwins-test-tmp-", dir="/tmp"))
    try:
        base.chmod(0o1777)
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _squat(user: tuple[int, int], base: Path, socket_name: str) -> None:
    """As ``user``: take the private folder's names first, open to all (a folder with a file at
    the socket's name in it, and a link for the next name)."""
    mine = f"smallwins-{os.getuid()}"
    script = (
        f'cd "$0" && mkdir -m 0777 {mine} && touch {mine}/{socket_name} && chmod 0777 '
        f"{mine}/{socket_name} && ln -s {mine} {mine}-1"
    )
    subprocess.run(
        ["sh", "-c", script, str(base)], user=user[0], group=user[1], extra_groups=[], check=True
    )
    assert (base / mine).lstat().st_uid == user[0]


def _socket_name(tmp_path: Path, data_dir: Path) -> str:
    probe = tmp_path / "probe"
    probe.mkdir(exist_ok=True)
    return Path(instance_key(data_dir, environ={"TMPDIR": str(probe)})).name


def test_another_user_squatting_the_name_gets_passed_over(
    other_user: tuple[int, int], shared_tmp: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    data_dir = tmp_path / "data"
    name = _socket_name(tmp_path, data_dir)
    _squat(other_user, shared_tmp, name)

    key = instance_key(data_dir, environ={"TMPDIR": str(shared_tmp)})
    server = InstanceServer(data_dir, key=key)
    try:
        assert server.listen()
        assert Path(key).parent == shared_tmp / f"smallwins-{os.getuid()}-2"
        assert _private_folder_of_mine(Path(key).parent)
        with qtbot.waitSignal(server.message_received, timeout=20_000) as blocker:
            assert send(qtbot, key, messages.SHOW_WIDGET) == 0
        assert blocker.args == ["show widget"]
    finally:
        server.close()
    squatted = shared_tmp / f"smallwins-{os.getuid()}"
    assert squatted.lstat().st_uid == other_user[0]  # never touched
    assert (squatted / name).exists()


def _start_app(data_dir: Path, base: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMALLWINS_", "XDG_RUNTIME"))}
    env |= {"TMPDIR": str(base), "QT_QPA_PLATFORM": "offscreen", "SMALLWINS_NOTIFIER": "tray"}
    return subprocess.Popen(
        [sys.executable, "-m", "smallwins", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(app: subprocess.Popen[str]) -> str:
    app.send_signal(signal.SIGTERM)
    _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in err, err
    return err


@pytest.mark.slow
def test_the_app_starts_when_another_user_squats_the_socket_name(
    other_user: tuple[int, int], shared_tmp: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    data_dir = tmp_path / "data"
    _squat(other_user, shared_tmp, _socket_name(tmp_path, data_dir))
    app = _start_app(data_dir, shared_tmp)
    try:
        key = shared_tmp / f"smallwins-{os.getuid()}-2" / _socket_name(tmp_path, data_dir)
        qtbot.waitUntil(lambda: key.exists() or app.poll() is not None, timeout=30_000)
        assert app.poll() is None, app.communicate()
        assert send_to_running(str(key), messages.SHOW_WIDGET, timeout_ms=10_000)
    finally:
        _stop(app)


@pytest.mark.slow
def test_the_app_starts_and_says_why_when_its_socket_is_another_users(
    other_user: tuple[int, int], shared_tmp: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """Only root can put a file in the user's private folder; the app still starts."""
    data_dir = tmp_path / "data"
    key = Path(instance_key(data_dir, environ={"TMPDIR": str(shared_tmp)}))
    key.touch()
    os.chown(key, *other_user)
    app = _start_app(data_dir, shared_tmp)
    try:
        database = data_dir / "smallwins.db"
        qtbot.waitUntil(lambda: database.exists() or app.poll() is not None, timeout=30_000)
        qtbot.wait(500)
        assert app.poll() is None, app.communicate()
    finally:
        err = _stop(app)
    assert "belongs to another user" in err
    assert "starting without the single-instance check" in err
    assert key.lstat().st_uid == other_user[0]


@pytest.mark.skipif(sys.platform in {"win32", "darwin"}, reason="XDG runtime folder: Linux, BSD")
def test_key_lives_in_a_private_runtime_folder(tmp_path: Path, shared_tmp: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    key = instance_key(tmp_path / "data", environ={"XDG_RUNTIME_DIR": str(runtime)})
    assert Path(key).parent == runtime
    assert socket_path(key) == Path(key)

    runtime.chmod(0o755)  # not private: not used
    elsewhere = shared_tmp / f"smallwins-{os.getuid()}"
    environ = {"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(shared_tmp)}
    assert Path(instance_key(tmp_path / "data", environ=environ)).parent == elsewhere
    relative = {"XDG_RUNTIME_DIR": "run", "TMPDIR": str(shared_tmp)}
    assert Path(instance_key(tmp_path / "data", environ=relative)).parent == elsewhere


def test_runtime_folder_key_listens_and_answers(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform in {"win32", "darwin"}:
        pytest.skip("XDG runtime folder: Linux, BSD")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    key = instance_key(tmp_path / "data", environ={"XDG_RUNTIME_DIR": str(runtime)})
    server = InstanceServer(tmp_path / "data", key=key)
    try:
        assert server.listen()
        assert (runtime / Path(key).name).exists()
        with qtbot.waitSignal(server.message_received, timeout=20_000) as blocker:
            assert send(qtbot, key, messages.SHOW_WIDGET) == 0
        assert blocker.args == ["show widget"]
    finally:
        server.close()
    assert not Path(key).exists()


def test_show_messages() -> None:
    assert messages.show("settings") == SHOW_SETTINGS
    assert messages.window_of(SHOW_SETTINGS) == "settings"
    assert messages.window_of(messages.SHOW_WIDGET) == "widget"
    assert messages.window_of(messages.CHANGED) is None
