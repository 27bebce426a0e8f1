"""Start at login on each system, written into a temporary home (and a fake Windows registry)."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smallwins.system.autostart import (
    RUN_KEY,
    STARTUP_APPROVED_KEY,
    LaunchAgentAutostart,
    Registry,
    WindowsRegistry,
    WindowsRunAutostart,
    XdgAutostart,
    app_command,
    autostart_for_platform,
    desktop_exec,
)

COMMAND = ["/opt/Small Wins/bin/python3", "-m", "smallwins"]


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict: (key, value name) -> data."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}

    def read(self, key: str, name: str) -> str | bytes | None:
        return self.values.get((key, name))

    def write_string(self, key: str, name: str, value: str) -> None:
        self.values[key, name] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def unescape_string(written: str) -> str:
    """The general escapes of a string value: \\s \\n \\t \\r and \\\\."""
    text, i = "", 0
    while i < len(written):
        if written[i] == "\\" and i + 1 < len(written):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[written[i + 1]]
            i += 2
        else:
            text += written[i]
            i += 1
    return text


def parse_exec(written: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry spec says a launcher must."""
    text = unescape_string(written)  # first the string escapes, then the command-line quoting
    args: list[str] = []
    current: str | None = None
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                assert text[i + 1] in '"`$\\', text
                current = (current or "") + text[i + 1]
                i += 1
            elif c == '"':
                quoted = False
            else:
                current = (current or "") + c
        elif c == '"':
            quoted, current = True, current or ""
        elif c == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            assert c not in "\\\"'><~|&;$*?#()`", (c, text)
            current = (current or "") + c
        i += 1
    assert not quoted
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


# --- Linux, BSD --------------------------------------------------------------------------------


def test_xdg_entry_is_written_switched_and_removed(tmp_path: Path) -> None:
    autostart = autostart_for_platform("linux", home=tmp_path, environ={})
    assert isinstance(autostart, XdgAutostart)
    entry = tmp_path / ".config" / "autostart" / "org.smallwins.SmallWins.desktop"
    assert not autostart.is_enabled()

    autostart.enable(COMMAND)

    assert autostart.is_enabled()
    values = entry_values(entry)
    assert values["Type"] == "Application"
    assert values["Version"] == "1.4"
    assert values["Name"] == "Small Wins"
    assert values["Icon"] == "smallwins"
    assert values["Comment"]
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert values["Exec"] == '"/opt/Small Wins/bin/python3" -m smallwins'
    assert parse_exec(values["Exec"]) == COMMAND
    assert entry.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]  # no temporary left

    autostart.enable(["/usr/bin/smallwins"])  # again, with another command: replaced
    assert entry_values(entry)["Exec"] == "/usr/bin/smallwins"

    autostart.disable()
    assert not entry.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # already off: nothing to do


def test_xdg_config_home_is_used_when_absolute(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    autostart = autostart_for_platform(
        "freebsd", home=tmp_path, environ={"XDG_CONFIG_HOME": str(config)}
    )
    autostart.enable(COMMAND)
    assert (config / "autostart" / "org.smallwins.SmallWins.desktop").is_file()

    relative = autostart_for_platform("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": "cfg"})
    assert isinstance(relative, XdgAutostart)
    assert relative.path == tmp_path / ".config" / "autostart" / "org.smallwins.SmallWins.desktop"


OLD_ENTRY = """[Desktop Entry]
Type=Application
Version=1.4
Name=Small Wins
Exec=/usr/bin/smallwins
Icon=smallwins
Terminal=false
X-GNOME-Autostart-enabled=true
"""


def old_entry(config_home: Path, text: str = OLD_ENTRY) -> Path:
    """The autostart entry as versions before the reverse-DNS id wrote it."""
    path = config_home / "autostart" / "smallwins.desktop"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_old_xdg_entry_counts_as_on(tmp_path: Path) -> None:
    old_entry(tmp_path)
    assert XdgAutostart(tmp_path).is_enabled()


def test_the_old_xdg_entry_switched_off_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    old_entry(tmp_path, OLD_ENTRY.replace("enabled=true", "enabled=false"))
    assert not XdgAutostart(tmp_path).is_enabled()


def test_turning_on_replaces_the_old_xdg_entry(tmp_path: Path) -> None:
    old = old_entry(tmp_path)
    autostart = XdgAutostart(tmp_path)

    autostart.enable(COMMAND)

    assert not old.exists()
    assert [p.name for p in old.parent.iterdir()] == ["org.smallwins.SmallWins.desktop"]
    assert parse_exec(entry_values(autostart.path)["Exec"]) == COMMAND
    assert autostart.is_enabled()


def test_turning_off_removes_the_old_xdg_entry_too(tmp_path: Path) -> None:
    old = old_entry(tmp_path)
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    old_entry(tmp_path)  # e.g. an older copy of the app, still installed, turned it on again

    autostart.disable()

    assert not old.exists()
    assert not autostart.path.exists()
    assert not autostart.is_enabled()


def test_turning_off_removes_an_old_xdg_entry_alone(tmp_path: Path) -> None:
    old = old_entry(tmp_path)
    autostart = XdgAutostart(tmp_path)

    autostart.disable()

    assert not old.exists()
    assert not autostart.is_enabled()


@pytest.mark.parametrize("switch_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_xdg_entry_switched_off_by_the_desktop_is_not_enabled(
    tmp_path: Path, switch_off: str
) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    text = autostart.path.read_text(encoding="utf-8").replace(
        "X-GNOME-Autostart-enabled=true\n", ""
    )
    autostart.path.write_text(text + switch_off + "\n", encoding="utf-8")

    assert not autostart.is_enabled()

    autostart.enable(COMMAND)  # turning it on again rewrites the entry
    assert autostart.is_enabled()


ODD_COMMANDS = [
    ["/home/ann/my apps/python", "-m", "smallwins"],
    ["/home/o'brien/bin/smallwins", "--data-dir", "/home/o'brien/wins & more"],
    ["/opt/sw/python", "-m", "smallwins", "--data-dir", '/tmp/"quoted"/$HOME/`x`'],
    ["C:\\odd\\path", "100%", "%f", "", "tab\there", "a;b|c>d<e~f*g?h#i(j)"],
]


@pytest.mark.parametrize("command", ODD_COMMANDS)
def test_exec_quoting_round_trips(command: list[str]) -> None:
    assert parse_exec(desktop_exec(command)) == command


def test_exec_refuses_what_the_spec_cannot_say() -> None:
    with pytest.raises(ValueError, match="empty"):
        desktop_exec([])
    with pytest.raises(ValueError, match="="):
        desktop_exec(["/opt/a=b/smallwins"])
    with pytest.raises(ValueError, match="control character"):
        desktop_exec(["/bin/smallwins", "bell\x07"])


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
@pytest.mark.parametrize("command", [COMMAND, *ODD_COMMANDS])
def test_desktop_file_validate_accepts_the_entry(tmp_path: Path, command: list[str]) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(command)

    result = subprocess.run(
        ["desktop-file-validate", str(autostart.path)], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint or warning


# --- macOS ---------------------------------------------------------------------------------------


def test_launch_agent_is_written_and_removed(tmp_path: Path) -> None:
    autostart = autostart_for_platform("darwin", home=tmp_path)
    assert isinstance(autostart, LaunchAgentAutostart)
    agent = tmp_path / "Library" / "LaunchAgents" / "org.smallwins.SmallWins.plist"
    assert not autostart.is_enabled()

    autostart.enable(COMMAND)

    assert autostart.is_enabled()
    assert agent.read_bytes().startswith(b"<?xml")
    with agent.open("rb") as file:
        written = plistlib.load(file)
    assert written == {
        "Label": "org.smallwins.SmallWins",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }

    autostart.disable()
    assert not agent.exists()
    assert not autostart.is_enabled()
    autostart.disable()


@pytest.mark.skipif(shutil.which("plutil") is None, reason="plutil: macOS")
def test_plutil_accepts_the_launch_agent(tmp_path: Path) -> None:
    autostart = LaunchAgentAutostart(tmp_path)
    autostart.enable(COMMAND)
    subprocess.run(["plutil", "-lint", str(autostart.path)], check=True)


@pytest.mark.parametrize(
    "content",
    [
        b"not a plist",
        b"<?xml version='1.0'?><plist><dict><key>RunAtLoad</key>",
        plistlib.dumps({"Label": "org.smallwins.SmallWins", "RunAtLoad": True, "Disabled": True}),
        plistlib.dumps(["a list"]),
    ],
)
def test_broken_or_disabled_launch_agent_is_not_enabled(tmp_path: Path, content: bytes) -> None:
    autostart = LaunchAgentAutostart(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_bytes(content)

    assert not autostart.is_enabled()


# --- Windows -------------------------------------------------------------------------------------


def test_run_value_is_written_and_removed() -> None:
    registry = FakeRegistry()
    autostart = autostart_for_platform("win32", registry=registry)
    assert isinstance(autostart, WindowsRunAutostart)
    assert not autostart.is_enabled()

    autostart.enable(["C:\\Program Files\\Small Wins\\pythonw.exe", "-m", "smallwins"])

    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert registry.values == {
        (RUN_KEY, "Small Wins"): '"C:\\Program Files\\Small Wins\\pythonw.exe" -m smallwins'
    }
    assert autostart.is_enabled()

    autostart.disable()
    assert registry.values == {}
    assert not autostart.is_enabled()
    autostart.disable()


def test_run_value_quotes_each_argument_for_windows() -> None:
    registry = FakeRegistry()
    WindowsRunAutostart(registry).enable(["C:\\sw\\sw.exe", "--data-dir", 'D:\\my "wins"\\'])
    assert registry.values[RUN_KEY, "Small Wins"] == (
        'C:\\sw\\sw.exe --data-dir "D:\\my \\"wins\\"\\\\"'
    )


def test_disabled_in_task_manager_is_not_enabled_until_turned_on_here() -> None:
    registry = FakeRegistry()
    autostart = WindowsRunAutostart(registry)
    autostart.enable(["C:\\sw\\sw.exe"])
    approved = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
    assert approved == STARTUP_APPROVED_KEY
    registry.values[approved, "Small Wins"] = bytes([3]) + bytes(11)  # Task Manager: disabled

    assert not autostart.is_enabled()

    registry.values[approved, "Small Wins"] = bytes([2]) + bytes(11)  # Task Manager: enabled
    assert autostart.is_enabled()

    registry.values[approved, "Small Wins"] = bytes([3]) + bytes(11)
    autostart.enable(["C:\\sw\\sw.exe"])
    assert autostart.is_enabled()
    assert (approved, "Small Wins") not in registry.values


def test_fake_registry_is_a_registry() -> None:
    registry: Registry = FakeRegistry()
    assert registry.read(RUN_KEY, "Small Wins") is None


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry exists there")
def test_real_registry_refuses_elsewhere() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        WindowsRegistry().read(RUN_KEY, "Small Wins")


# --- the command to start ------------------------------------------------------------------------


def test_app_command(tmp_path: Path) -> None:
    assert app_command("/usr/bin/python3", "linux", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "smallwins",
    ]
    assert app_command("/Applications/Small Wins.app/x", "darwin", frozen=True) == [
        "/Applications/Small Wins.app/x"
    ]
    (tmp_path / "python.exe").touch()
    assert app_command(str(tmp_path / "python.exe"), "win32", frozen=False)[0] == str(
        tmp_path / "python.exe"
    )
    (tmp_path / "pythonw.exe").touch()
    assert app_command(str(tmp_path / "python.exe"), "win32", frozen=False) == [
        str(tmp_path / "pythonw.exe"),
        "-m",
        "smallwins",
    ]
