"""A private, real X desktop for end-to-end tests: Xvfb, a D-Bus session bus, trayer, dunst.

``Desktop`` starts, in its own directories, an X server (Xvfb), a session bus that activates
nothing, an XEmbed system tray (trayer, top right) and a notification daemon (dunst) whose context
menu is a script the tests steer (``choose_menu_action``). It then drives and inspects that desktop
through the usual X tools (xdotool, xprop, xwininfo, import) and dunstctl.

Every process runs in its own process group, and receives SIGTERM when the test process dies
(``PR_SET_PDEATHSIG``); ``stop`` kills the groups, so nothing is left behind even on failure.

There is no window manager: a window's ``_NET_WM_STATE`` is whatever its client set before mapping
it, and windows sit exactly where the client put them.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

T = TypeVar("T")

# Executables the harness needs, and the Debian package each comes from.
REQUIRED_TOOLS: Mapping[str, str] = {
    "Xvfb": "xvfb",
    "xprop": "x11-utils",
    "xwininfo": "x11-utils",
    "xdotool": "xdotool",
    "trayer": "trayer",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "notify-send": "libnotify-bin",
    "dbus-daemon": "dbus",
    "import": "imagemagick",
}

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800
TRAY_WIDTH, TRAY_HEIGHT = 120, 32

# Generous: a loaded 2-core machine can be slow to start a Python + Qt process.
DEFAULT_TIMEOUT = 20.0

# Environment variables never passed on from the test process to the desktop's children: they
# would point them at the real session, the real home or another Qt platform.
_SCRUBBED_ENV = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "DBUS_SESSION_BUS_ADDRESS",
    "DBUS_SESSION_BUS_PID",
    "SESSION_MANAGER",
    "XDG_RUNTIME_DIR",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "XDG_SESSION_TYPE",
    "XDG_CURRENT_DESKTOP",
    "DESKTOP_SESSION",
    "QT_QPA_PLATFORM",
    "QT_QPA_PLATFORMTHEME",
    "QT_SCALE_FACTOR",
    "QT_SCREEN_SCALE_FACTORS",
    "QT_AUTO_SCREEN_SCALE_FACTOR",
)

_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <!-- A session bus without service directories: nothing is activated on demand (Debian's
       /usr/share/dbus-1/services would start a default-configured dunst, a11y bus, dconf). -->
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

_DUNSTRC = """\
[global]
    font = DejaVu Sans 9
    width = 320
    height = 120
    origin = top-right
    offset = 8x{offset_y}
    notification_limit = 0
    show_indicators = yes
    sticky_history = yes
    history_length = 100
    dmenu = {dmenu}
    browser = /bin/true
    mouse_left_click = do_action, close_current
    mouse_middle_click = context
    mouse_right_click = close_current

[urgency_low]
    timeout = {timeout}

[urgency_normal]
    timeout = {timeout}

[urgency_critical]
    timeout = {timeout}
"""

# dunst's `dmenu`: it gets one menu line per action on stdin, e.g.
#   #Tiny version (After coffee) [7,tiny]
# and prints the chosen line. This one logs every menu and picks the line whose label ("Tiny
# version"), action key ("tiny") or whole text equals the content of the choice file.
_DMENU_SCRIPT = """\
#!/bin/sh
menu="$(cat)"
printf '%s\\n\\f\\n' "$menu" >> '{menus}'
choice="$(cat '{choice}' 2>/dev/null)"
[ -n "$choice" ] || exit 1
printf '%s\\n' "$menu" | awk -v choice="$choice" '
    {{
        label = $0; sub(/^#/, "", label); sub(/ \\(.*$/, "", label)
        key = $0; sub(/^.*,/, "", key); sub(/\\]$/, "", key)
        if (label == choice || key == choice || $0 == choice) {{ print; exit }}
    }}'
"""


class DesktopError(RuntimeError):
    """The desktop could not be started, or a tool failed."""


def missing_tools() -> list[str]:
    """The required executables not on PATH, each with the Debian package that provides it."""
    return [f"{tool} ({pkg})" for tool, pkg in REQUIRED_TOOLS.items() if not shutil.which(tool)]


def wait_for(
    predicate: Callable[[], T | Literal[False] | None],
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = 0.05,
    message: str | Callable[[], str] = "condition",
) -> T:
    """Poll ``predicate`` until it returns something truthy, and return that; fail after timeout.

    ``message`` (or its result, computed only on failure) says what was awaited.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            raise TimeoutError(f"timed out after {timeout:g} s waiting for {text}")
        time.sleep(interval)


@dataclass(frozen=True)
class Geometry:
    """A window's rectangle in root (screen) coordinates."""

    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def contains(self, other: Geometry) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.x + other.width <= self.x + self.width
            and other.y + other.height <= self.y + self.height
        )


@dataclass
class Window:
    """One X window from ``xwininfo -tree``: id, WM_NAME, WM_CLASS, absolute geometry, children."""

    id: int
    name: str | None
    wm_class: tuple[str, ...]
    geometry: Geometry
    children: list[Window] = field(default_factory=list)

    def walk(self) -> Iterator[Window]:
        yield self
        for child in self.children:
            yield from child.walk()


_TREE_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<id>0x[0-9a-f]+) (?:\"(?P<name>.*)\"|\(has no name\)): "
    r"\((?P<cls>.*)\)\s+(?P<w>\d+)x(?P<h>\d+)[+-]-?\d+[+-]-?\d+\s+\+(?P<x>-?\d+)\+(?P<y>-?\d+)\s*$"
)


def parse_window_tree(text: str) -> list[Window]:
    """Parse the window lines of ``xwininfo -tree`` output into a forest (top-level first)."""
    stack: list[tuple[int, Window]] = []
    roots: list[Window] = []
    for line in text.splitlines():
        match = _TREE_LINE.match(line)
        if not match:
            continue
        indent = len(match["indent"])
        window = Window(
            id=int(match["id"], 16),
            name=match["name"],
            wm_class=tuple(re.findall(r'"([^"]*)"', match["cls"])),
            geometry=Geometry(int(match["x"]), int(match["y"]), int(match["w"]), int(match["h"])),
        )
        while stack and stack[-1][0] >= indent:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(window)
        stack.append((indent, window))
    return roots


class Process:
    """A background process of the desktop, in its own process group, output to a log file."""

    def __init__(self, name: str, popen: subprocess.Popen[bytes], log: Path) -> None:
        self.name = name
        self.popen = popen
        self.log = log

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def output(self) -> str:
        """Everything it wrote so far (stdout and stderr together)."""
        try:
            return self.log.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def lines(self) -> list[str]:
        """Its output so far, line by line."""
        return self.output().splitlines()

    def wait_line(self, prefix: str, timeout: float = DEFAULT_TIMEOUT) -> str:
        """The first line it printed that starts with ``prefix``, once there is one; fails when
        it exits without printing one (for driver scripts that report events line by line)."""

        def found() -> str | None:
            hits = [line for line in self.lines() if line.startswith(prefix)]
            if hits:
                return hits[0]
            if not self.alive():
                # It may have printed the line just before exiting.
                hits = [line for line in self.lines() if line.startswith(prefix)]
                if hits:
                    return hits[0]
                raise AssertionError(f"{self.name} exited without {prefix!r}:\n{self.output()}")
            return None

        return wait_for(
            found, timeout, message=lambda: f"{prefix!r} from {self.name}:\n{self.lines()}"
        )

    def wait(self, timeout: float = DEFAULT_TIMEOUT) -> int:
        return self.popen.wait(timeout)

    def stop(self, timeout: float = 5.0) -> bool:
        """SIGTERM its process group, SIGKILL it after ``timeout``; True if it had to be killed."""
        if self.popen.poll() is not None:
            # Already reaped: its pid (and group id) may belong to someone else by now.
            return False
        killed = False
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.popen.pid, sig)
            try:
                self.popen.wait(wait)
            except subprocess.TimeoutExpired:
                killed = True
                continue
            # The leader is gone; reap stragglers of its group (e.g. a dmenu script).
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.popen.pid, signal.SIGKILL)
            break
        return killed

    def __repr__(self) -> str:
        return f"<Process {self.name} pid={self.pid} returncode={self.popen.returncode}>"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to SIGTERM this child when the process that started it dies."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)


def _read_line_from_fd(fd: int, timeout: float, what: str, proc: Process) -> str:
    """Read one line the child writes to ``fd`` (Xvfb -displayfd, dbus --print-address)."""
    data = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DesktopError(f"{what}: no answer after {timeout:g} s\n{proc.output()}")
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                raise DesktopError(f"{what} exited ({proc.popen.poll()}):\n{proc.output()}")
            data += chunk
    return data.split(b"\n", 1)[0].decode().strip()


class _XLib:
    """The one query the X tools cannot answer: who owns a selection (the system tray's)."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        self.lib = ctypes.CDLL(name)
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XInternAtom.restype = ctypes.c_ulong
        self.lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib.XGetSelectionOwner.restype = ctypes.c_ulong
        self.lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.lib.XCloseDisplay.argtypes = [ctypes.c_void_p]

    def selection_owner(self, display: str, selection: str) -> int:
        dpy = self.lib.XOpenDisplay(display.encode())
        if not dpy:
            raise DesktopError(f"cannot open X display {display}")
        try:
            atom = self.lib.XInternAtom(dpy, selection.encode(), 0)
            return int(self.lib.XGetSelectionOwner(dpy, atom))
        finally:
            self.lib.XCloseDisplay(dpy)


class Desktop:
    """A private X desktop with a system tray and a notification daemon. See the module doc.

    ``Desktop(root).start()`` (or ``with Desktop(root) as desktop:``); ``root`` keeps logs and the
    private home. The runtime directory (bus socket) lives in a short /tmp path of its own.
    """

    def __init__(self, root: Path, notification_timeout: int = 0) -> None:
        """``notification_timeout``: dunst's default timeout in seconds (0: stay until closed)."""
        self.root = Path(root)
        self.notification_timeout = notification_timeout
        self.home = self.root / "home"
        self.logs = self.root / "logs"
        self.runtime_dir: Path | None = None
        self.display = ""
        self.bus_address = ""
        self.env: dict[str, str] = {}
        self.dmenu_choice_file = self.root / "dmenu-choice"
        self.dmenu_menus_file = self.root / "dmenu-menus.log"
        self.startup_seconds: dict[str, float] = {}
        self._daemons: list[Process] = []  # in start order
        self._spawned: list[Process] = []
        self._tray_window: int | None = None
        self._xlib = _XLib()

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> Desktop:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = DEFAULT_TIMEOUT) -> Desktop:
        missing = missing_tools()
        if missing:
            raise DesktopError("missing executables: " + ", ".join(missing))
        began = time.monotonic()
        try:
            self._prepare_dirs()
            self._start_x_and_bus(timeout)
            self.startup_seconds["xvfb+dbus"] = time.monotonic() - began
            self.env = self._child_env()
            self._start_tray_and_notifications(timeout)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds["total"] = time.monotonic() - began
        return self

    def stop(self) -> None:
        """Stop spawned apps, then the daemons (newest first); remove the runtime dir."""
        for proc in reversed(self._spawned + self._daemons):
            killed = proc.stop()
            if proc.name == "Xvfb" and killed and self.display:
                # A SIGKILLed Xvfb leaves its lock and socket; the next -displayfd would skip it.
                number = self.display.lstrip(":")
                for stale in (Path(f"/tmp/.X{number}-lock"), Path(f"/tmp/.X11-unix/X{number}")):
                    stale.unlink(missing_ok=True)
        self._spawned.clear()
        self._daemons.clear()
        if self.runtime_dir is not None:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)
            self.runtime_dir = None

    def _prepare_dirs(self) -> None:
        for directory in (self.root, self.home, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
            directory.chmod(0o700)
        for sub in (".config", ".local/share", ".local/state", ".cache"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        # Short path: a unix socket path must stay under 108 bytes.
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="sw-e2e-"))
        self.runtime_dir.chmod(0o700)

    def _start_x_and_bus(self, timeout: float) -> None:
        assert self.runtime_dir is not None
        bus_config = self.root / "bus.conf"
        bus_config.write_text(_BUS_CONFIG.format(socket=self.runtime_dir / "bus"))
        x_read, x_write = os.pipe()
        bus_read, bus_write = os.pipe()
        try:
            xvfb = self._start_daemon(
                "Xvfb",
                [
                    "Xvfb",
                    "-displayfd",
                    str(x_write),
                    "-screen",
                    "0",
                    f"{SCREEN_WIDTH}x{SCREEN_HEIGHT}x24",
                    *shlex.split("-nolisten tcp -noreset -dpi 96"),
                ],
                env=self._base_env(),
                pass_fds=(x_write,),
            )
            bus = self._start_daemon(
                "dbus-daemon",
                [
                    "dbus-daemon",
                    f"--config-file={bus_config}",
                    "--nofork",
                    "--nopidfile",
                    f"--print-address={bus_write}",
                ],
                env=self._base_env(),
                pass_fds=(bus_write,),
            )
            os.close(x_write)
            os.close(bus_write)
            x_write = bus_write = -1
            self.display = ":" + _read_line_from_fd(x_read, timeout, "Xvfb -displayfd", xvfb)
            self.bus_address = _read_line_from_fd(bus_read, timeout, "dbus-daemon", bus)
        finally:
            for fd in (x_read, x_write, bus_read, bus_write):
                if fd >= 0:
                    os.close(fd)

    def _start_tray_and_notifications(self, timeout: float) -> None:
        dmenu = self.root / "dmenu.sh"
        dmenu.write_text(
            _DMENU_SCRIPT.format(menus=self.dmenu_menus_file, choice=self.dmenu_choice_file)
        )
        dmenu.chmod(0o700)
        dunstrc = self.root / "dunstrc"
        dunstrc.write_text(
            _DUNSTRC.format(
                dmenu=f"{dmenu} -p dunst",
                offset_y=TRAY_HEIGHT + 8,
                timeout=self.notification_timeout,
            )
        )
        began = time.monotonic()
        # GTK 2 (trayer) would otherwise look for the accessibility bus.
        gtk_env = {**self.env, "NO_AT_BRIDGE": "1"}
        # --transparent false: a plain gray panel (trayer ignores --tint then).
        trayer_args = shlex.split(
            "--edge top --align right --widthtype pixel --heighttype pixel --transparent false"
            " --SetDockType true --SetPartialStrut false --expand false"
        )
        trayer = self._start_daemon(
            "trayer",
            ["trayer", *trayer_args, "--width", str(TRAY_WIDTH), "--height", str(TRAY_HEIGHT)],
            env=gtk_env,
        )
        dunst = self._start_daemon("dunst", ["dunst", "-config", str(dunstrc)], env=self.env)

        def tray_ready() -> bool:
            self._check_alive(trayer)
            return self.tray_available() and self._find_tray_window() is not None

        def dunst_ready() -> bool:
            self._check_alive(dunst)
            return self._dunstctl("is-paused", check=False).returncode == 0

        wait_for(tray_ready, timeout, message=lambda: f"trayer to own the tray\n{trayer.output()}")
        self.startup_seconds["trayer"] = time.monotonic() - began
        wait_for(dunst_ready, timeout, message=lambda: f"dunst on the bus\n{dunst.output()}")
        self.startup_seconds["dunst"] = time.monotonic() - began

    @staticmethod
    def _check_alive(proc: Process) -> None:
        if not proc.alive():
            raise DesktopError(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.output()}")

    def _base_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
        env["HOME"] = str(self.home)
        env.setdefault("LANG", "C.UTF-8")
        return env

    def _child_env(self) -> dict[str, str]:
        env = self._base_env()
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_STATE_HOME=str(self.home / ".local/state"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_SESSION_TYPE="x11",
            QT_QPA_PLATFORM="xcb",
        )
        return env

    def _open_log(self, name: str) -> tuple[Path, IO[bytes]]:
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        log = self.logs / f"{stem}.log"
        n = 1
        while log.exists():
            n += 1
            log = self.logs / f"{stem}-{n}.log"
        return log, log.open("wb")

    def _popen(
        self,
        name: str,
        cmd: Sequence[str | os.PathLike[str]],
        env: Mapping[str, str],
        cwd: str | os.PathLike[str] | None = None,
        pass_fds: Sequence[int] = (),
    ) -> Process:
        log, handle = self._open_log(name)
        with handle:
            popen = subprocess.Popen(
                [os.fspath(part) for part in cmd],
                stdin=subprocess.DEVNULL,
                stdout=handle,
                stderr=subprocess.STDOUT,
                env=dict(env),
                cwd=cwd,
                pass_fds=tuple(pass_fds),
                start_new_session=True,
                preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads start children here
            )
        return Process(name, popen, log)

    def _start_daemon(
        self,
        name: str,
        cmd: Sequence[str],
        env: Mapping[str, str],
        pass_fds: Sequence[int] = (),
    ) -> Process:
        proc = self._popen(name, cmd, env, pass_fds=pass_fds)
        self._daemons.append(proc)
        return proc

    # -- running programs on the desktop -------------------------------------------------------

    def spawn(
        self,
        cmd: Sequence[str | os.PathLike[str]],
        name: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> Process:
        """Start ``cmd`` in the background on this desktop; it is stopped at teardown.

        ``env`` entries are added to (override) ``self.env``. Output goes to ``Process.log``.
        """
        name = name or Path(os.fspath(cmd[0])).name
        proc = self._popen(name, cmd, {**self.env, **(env or {})}, cwd=cwd)
        self._spawned.append(proc)
        return proc

    def run(
        self,
        cmd: Sequence[str | os.PathLike[str]],
        check: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run ``cmd`` to completion on this desktop and capture its output (text)."""
        result = subprocess.run(
            [os.fspath(part) for part in cmd],
            env={**self.env, **(env or {})},
            input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd,
            check=False,
        )
        if check and result.returncode != 0:
            raise DesktopError(
                f"{' '.join(map(str, cmd))} exited {result.returncode}:\n"
                f"{result.stdout}{result.stderr}"
            )
        return result

    # -- X: windows ------------------------------------------------------------------------------

    def window_tree(self) -> list[Window]:
        """All windows, as trees under the root window (mapped or not)."""
        return parse_window_tree(self.run(["xwininfo", "-root", "-tree"]).stdout)

    def window_ids(
        self,
        name: str | None = None,
        class_: str | None = None,
        pid: int | None = None,
        only_visible: bool = False,
    ) -> list[int]:
        """Ids of windows matching every given criterion (``name``/``class_`` are regexes)."""
        # xdotool takes one pattern per search (--name/--class only say what it matches), so
        # each criterion is its own search and the results are intersected.
        searches: list[list[str]] = []
        if pid is not None:
            searches.append(["--pid", str(pid)])
        if class_ is not None:
            searches.append(["--class", class_])
        if name is not None:
            searches.append(["--name", name])
        if not searches:
            raise ValueError("give at least one of name, class_, pid")
        found: list[int] | None = None
        for criterion in searches:
            args = ["xdotool", "search", *(["--onlyvisible"] if only_visible else []), *criterion]
            ids = [int(line) for line in self.run(args, check=False).stdout.split()]
            found = ids if found is None else [i for i in found if i in ids]
        return found or []

    def window_geometry(self, window_id: int) -> Geometry:
        """The window's rectangle in screen coordinates."""
        info = self.run(["xwininfo", "-id", str(window_id)]).stdout
        values = dict(re.findall(r"^\s*([A-Za-z -]+):\s+(-?\d+)\s*$", info, re.MULTILINE))
        return Geometry(
            int(values["Absolute upper-left X"]),
            int(values["Absolute upper-left Y"]),
            int(values["Width"]),
            int(values["Height"]),
        )

    def is_viewable(self, window_id: int) -> bool:
        """Mapped, with all its ancestors mapped."""
        result = self.run(["xwininfo", "-id", str(window_id)], check=False)
        return "Map State: IsViewable" in result.stdout

    def window_property(self, window_id: int, prop: str) -> str | None:
        """``xprop``'s text for one property (after the ``=`` or ``:``), None if it is not set."""
        result = self.run(["xprop", "-id", str(window_id), prop], check=False)
        line = result.stdout.strip()
        if result.returncode != 0 or "not found" in line or "no such atom" in line:
            return None
        match = re.match(r"^[^=:]*?(?:\([^)]*\))?\s*[=:]\s*(.*)$", line, re.DOTALL)
        return match[1] if match else None

    def net_wm_state(self, window_id: int) -> set[str]:
        """The atoms in the window's ``_NET_WM_STATE`` (e.g. ``_NET_WM_STATE_ABOVE``)."""
        value = self.window_property(window_id, "_NET_WM_STATE")
        return {atom.strip() for atom in value.split(",") if atom.strip()} if value else set()

    def screenshot(self, path: str | os.PathLike[str], window_id: int | None = None) -> Path:
        """Save a PNG (or whatever the suffix says) of the screen or of one window."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        window = "root" if window_id is None else str(window_id)
        self.run(["import", "-window", window, str(target)], timeout=60)
        return target

    # -- X: the system tray ----------------------------------------------------------------------

    def tray_available(self) -> bool:
        """Someone owns the ``_NET_SYSTEM_TRAY_S0`` selection (what Qt checks)."""
        return self._xlib.selection_owner(self.display, "_NET_SYSTEM_TRAY_S0") != 0

    def _find_tray_window(self) -> Window | None:
        for window in self.window_tree():
            for node in window.walk():
                if node.wm_class == ("panel", "trayer"):
                    return node
        return None

    def tray_window(self) -> Window:
        """trayer's panel window (with the embedded icons among its descendants)."""
        window = self._find_tray_window()
        if window is None:
            raise DesktopError("trayer's panel window is gone")
        return window

    def tray_geometry(self) -> Geometry:
        """Where trayer's panel is on the screen."""
        return self.tray_window().geometry

    def tray_icon_windows(self) -> list[Window]:
        """The client windows embedded in the tray (one per tray icon), left to right.

        trayer wraps each icon in a socket window of its own; these are the icons' windows
        inside those sockets (their WM_CLASS is the client's, e.g. ``python3``).
        """
        panel = self.tray_window()
        icons = [
            embedded
            for socket in panel.children
            for embedded in socket.children
            if embedded.geometry.width > 1 and embedded.geometry.height > 1
        ]
        return sorted(icons, key=lambda w: w.geometry.x)

    # -- X: input --------------------------------------------------------------------------------

    def click(self, x: int, y: int, button: int = 1, repeat: int = 1) -> None:
        """Move the pointer to screen ``(x, y)`` and click (1 left, 2 middle, 3 right)."""
        move = ["xdotool", "mousemove", "--sync", str(x), str(y)]
        self.run([*move, "click", "--repeat", str(repeat), str(button)])

    def click_window(self, window_id: int, button: int = 1) -> None:
        """Click the center of a window."""
        self.click(*self.window_geometry(window_id).center, button=button)

    def focus(self, window_id: int) -> None:
        """Give a window the keyboard focus (there is no window manager to do it)."""
        self.run(["xdotool", "windowfocus", "--sync", str(window_id)])

    def key(self, *keys: str, window_id: int | None = None) -> None:
        """Press keys, e.g. ``key("ctrl+q")``, ``key("Tab", "Return")``, as real (XTEST) input.

        With ``window_id`` the window gets the focus first.
        """
        if window_id is not None:
            self.focus(window_id)
        self.run(["xdotool", "key", "--clearmodifiers", "--delay", "30", *keys])

    def type(self, text: str, window_id: int | None = None) -> None:
        """Type text as real keystrokes (into ``window_id`` if given, after focusing it)."""
        if window_id is not None:
            self.focus(window_id)
        self.run(["xdotool", "type", "--clearmodifiers", "--delay", "30", "--", text], timeout=60)

    # -- notifications (dunst) -------------------------------------------------------------------

    def _dunstctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run(["dunstctl", *args], check=check)

    def dunst_count(self) -> dict[str, int]:
        """``{"waiting": n, "displayed": n, "history": n}``."""
        counts = {}
        for which in ("waiting", "displayed", "history"):
            counts[which] = int(self._dunstctl("count", which).stdout.strip())
        return counts

    def notifications_history(self) -> list[dict[str, Any]]:
        """Closed notifications, newest first, as plain dicts (``summary``, ``body``, ``id``,
        ``appname``, ``urgency``, ...). Displayed ones are not in history until closed."""
        data = json.loads(self._dunstctl("history").stdout)
        return [{key: value["data"] for key, value in entry.items()} for entry in data["data"][0]]

    def close_notifications(self) -> None:
        """Close every displayed notification (they move to history)."""
        self._dunstctl("close-all")

    def notification_action(self, position: int = 0) -> None:
        """Invoke the default action of the displayed notification at ``position`` (0: newest)."""
        self._dunstctl("action", str(position))

    def choose_menu_action(self, choice: str | None) -> None:
        """What dunst's context menu (our dmenu script) picks: an action label ("Tiny version"),
        an action key ("tiny") or a whole menu line; None: pick nothing."""
        if choice is None:
            self.dmenu_choice_file.unlink(missing_ok=True)
        else:
            self.dmenu_choice_file.write_text(choice)

    def open_context_menu(self) -> None:
        """``dunstctl context``: dunst runs the dmenu script over the displayed notifications'
        actions and invokes the chosen one (see ``choose_menu_action``). Asynchronous."""
        self._dunstctl("context")

    def context_menus(self) -> list[list[str]]:
        """Every menu dunst gave the dmenu script so far, as its lines."""
        try:
            text = self.dmenu_menus_file.read_text()
        except FileNotFoundError:
            return []
        return [block.strip("\n").splitlines() for block in text.split("\f") if block.strip()]

    # -- diagnostics -----------------------------------------------------------------------------

    def daemon_logs(self) -> str:
        """The daemons' and spawned programs' output, for failure reports."""
        parts = []
        for proc in self._daemons + self._spawned:
            parts.append(f"--- {proc.name} (pid {proc.pid}, rc {proc.popen.poll()}) ---")
            parts.append(proc.output().rstrip())
        return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover - manual use: python tests/e2e/desktop.py [cmd...]
    # Start the desktop, run a command on it (default: a shell), stop it.
    with Desktop(Path(tempfile.mkdtemp(prefix="smallwins-desktop-"))) as desk:
        print(f"DISPLAY={desk.display} started in {desk.startup_seconds}", file=sys.stderr)
        command = sys.argv[1:] or [os.environ.get("SHELL", "/bin/sh")]
        subprocess.run(command, env=desk.env, check=False)
