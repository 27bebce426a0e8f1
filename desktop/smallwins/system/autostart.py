"""Start at login, the way each system does it.

- Linux and BSD: an XDG autostart entry named as the app's desktop file,
  ``$XDG_CONFIG_HOME/autostart/org.smallwins.SmallWins.desktop``; the ``smallwins.desktop`` that
  earlier versions wrote there is taken over (it counts, and is replaced or removed with it).
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.smallwins.SmallWins.plist``; launchd reads
  it at the next login, so nothing is loaded now.
- Windows: the value "Small Wins" under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

Each writer takes the command to start (``app_command()`` gives the usual one), and reports
whether starting at login is on as the system sees it, e.g. after the user turned it off in the
desktop's own settings.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol
from xml.parsers.expat import ExpatError

from smallwins.system.identity import APP_ID, DESKTOP_FILE_NAME

APP_NAME = "Small Wins"
# The autostart entry's name before the app had a reverse-DNS id (identity.APP_ID).
OLD_DESKTOP_FILE_NAME = "smallwins.desktop"
LAUNCH_AGENT_LABEL = APP_ID
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's "Startup apps" records that the user disabled an entry of RUN_KEY.
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE_NAME = APP_NAME


class Autostart(Protocol):
    """Starting Small Wins at login, for one system."""

    def is_enabled(self) -> bool: ...

    def enable(self, command: list[str]) -> None: ...

    def disable(self) -> None: ...


def app_command(
    executable: str = sys.executable,
    platform: str = sys.platform,
    frozen: bool | None = None,
) -> list[str]:
    """The command that starts the tray app as installed now.

    A frozen build is its own executable. On Windows, ``pythonw.exe`` (next to ``python.exe``)
    starts it without a console window.
    """
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return [executable]
    if platform == "win32":
        path = Path(executable)
        windowless = path.with_name("pythonw.exe")
        if path.name.lower() == "python.exe" and windowless.exists():
            executable = str(windowless)
    return [executable, "-m", "smallwins"]


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes it 0600; others' entries there are 0644
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- Linux, BSD: XDG autostart -------------------------------------------------------------------

# Characters that make the Desktop Entry spec require quoting an argument of Exec.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def _quote_exec_argument(argument: str) -> str:
    """One argument of Exec, quoted as the Desktop Entry spec says (before string escaping)."""
    if any((ord(c) < 0x20 and c not in "\t\n") or c == "\x7f" for c in argument):
        raise ValueError(f"cannot start {argument!r} at login: it contains a control character")
    argument = argument.replace("%", "%%")  # a lone % would be a field code
    if argument and not _RESERVED.intersection(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def desktop_exec(command: list[str]) -> str:
    """The Exec value, as written in the file, that runs ``command``.

    Arguments are quoted where the spec requires; then the general string escapes apply, so a
    literal backslash becomes four backslashes in the file.
    """
    if not command:
        raise ValueError("the command is empty")
    if "=" in command[0]:
        raise ValueError("the program's name may not contain '=' (Desktop Entry spec)")
    quoted = " ".join(_quote_exec_argument(a) for a in command)
    return quoted.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _desktop_entry_values(text: str) -> dict[str, str]:
    """The raw key=value pairs of the [Desktop Entry] group."""
    values: dict[str, str] = {}
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


class XdgAutostart:
    """An XDG autostart entry in ``config_home/autostart`` (freedesktop.org Desktop Entry 1.4).

    Earlier versions named it ``smallwins.desktop`` (``old_path``): the session starts the app
    from that one too, so it counts as on; turning on replaces it, turning off removes it.
    """

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME
        self.old_path = self.path.with_name(OLD_DESKTOP_FILE_NAME)

    def is_enabled(self) -> bool:
        """Whether an entry exists and was not switched off (Hidden, or GNOME's own key)."""
        return _entry_enabled(self.path) or _entry_enabled(self.old_path)

    def enable(self, command: list[str]) -> None:
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Version=1.4",
                f"Name={APP_NAME}",
                "Comment=Turn big goals into tiny steps; every finished step is a win",
                f"Exec={desktop_exec(command)}",
                "Icon=smallwins",
                "Terminal=false",
                "Categories=Utility;",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        _write_atomically(self.path, entry.encode("utf-8"))
        self.old_path.unlink(missing_ok=True)  # after: never a moment with neither entry

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        self.old_path.unlink(missing_ok=True)


def _entry_enabled(path: Path) -> bool:
    try:
        values = _desktop_entry_values(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):  # missing, or the session cannot read it either
        return False
    return (
        values.get("Hidden", "false") != "true"
        and values.get("X-GNOME-Autostart-enabled", "true") != "false"
    )


# --- macOS: a LaunchAgent ------------------------------------------------------------------------


class LaunchAgentAutostart:
    """A per-user LaunchAgent run at login (``RunAtLoad``) in the graphical session only."""

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, ValueError, ExpatError):  # missing, unreadable or not a plist
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )

    def enable(self, command: list[str]) -> None:
        if not command:
            raise ValueError("the command is empty")
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            # Not in ssh or background sessions: the app needs the menu bar.
            "LimitLoadToSessionType": "Aqua",
        }
        _write_atomically(self.path, plistlib.dumps(agent, fmt=plistlib.FMT_XML))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- Windows: the Run key ------------------------------------------------------------------------


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations the Run entry needs (a fake in tests)."""

    def read(self, key: str, name: str) -> str | bytes | None:
        """The value ``name`` under ``key``; ``None`` when the key or value is missing."""
        ...

    def write_string(self, key: str, name: str, value: str) -> None:
        """Set ``name`` under ``key`` (created if missing) to a REG_SZ ``value``."""
        ...

    def delete(self, key: str, name: str) -> None:
        """Remove ``name`` under ``key``; nothing happens when it is missing."""
        ...


class WindowsRegistry:
    """``Registry`` on the real HKEY_CURRENT_USER (Windows only: elsewhere each call fails)."""

    def read(self, key: str, name: str) -> str | bytes | None:
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415 - Windows only

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    value, _kind = winreg.QueryValueEx(handle, name)
            except FileNotFoundError:
                return None
            return value if isinstance(value, str | bytes) else None
        else:  # a plain if/else on sys.platform: mypy checks each branch on its system
            raise _no_registry()

    def write_string(self, key: str, name: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415 - Windows only

            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
                winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)
        else:
            raise _no_registry()

    def delete(self, key: str, name: str) -> None:
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415 - Windows only

            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE
                ) as handle:
                    winreg.DeleteValue(handle, name)
            except FileNotFoundError:
                pass
        else:
            raise _no_registry()


def _no_registry() -> OSError:
    return OSError("the Windows registry exists only on Windows")


class WindowsRunAutostart:
    """The value "Small Wins" under HKCU's Run key: the command line, quoted for Windows."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def is_enabled(self) -> bool:
        """Whether the Run value exists and Task Manager's "Startup apps" did not disable it."""
        if not isinstance(self.registry.read(RUN_KEY, RUN_VALUE_NAME), str):
            return False
        approval = self.registry.read(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)
        # 12 bytes; the first is even (2, 6) when enabled, odd (3, 7) when the user disabled it.
        return not (isinstance(approval, bytes) and approval and approval[0] & 1)

    def enable(self, command: list[str]) -> None:
        if not command:
            raise ValueError("the command is empty")
        self.registry.write_string(RUN_KEY, RUN_VALUE_NAME, subprocess.list2cmdline(command))
        # Turning it on here overrides an earlier "disabled" from Task Manager.
        self.registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE_NAME)
        self.registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)


def autostart_for_platform(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> Autostart:
    """The start-at-login writer for ``platform`` (a ``sys.platform`` value).

    ``home`` defaults to the user's home folder; ``environ`` (for ``XDG_CONFIG_HOME``) to
    ``os.environ``; ``registry`` to the real one. Any other Unix gets XDG autostart.
    """
    if platform == "win32":
        return WindowsRunAutostart(WindowsRegistry() if registry is None else registry)
    home = Path.home() if home is None else home
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    environ = os.environ if environ is None else environ
    config_home = environ.get("XDG_CONFIG_HOME", "")
    # The spec: a relative path is invalid and must be ignored.
    return XdgAutostart(Path(config_home) if os.path.isabs(config_home) else home / ".config")
