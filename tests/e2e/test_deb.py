"""The .deb (from `bash packaging/build`) installed into this system as a user's apt would, its
launcher entry started as a desktop's app menu starts it, and removed again. Packaging stage only
(tests/packaging/dist.py); needs root, as the stage has.

The launcher is GLib's (``gio launch``, what GNOME's menus use): it reads the installed
org.smallwins.SmallWins.desktop and runs its Exec. With no data yet the app greets with the
welcome.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallwins.system import messages
from smallwins.system.instance import instance_key, send_to_running
from tests.e2e.desktop import Desktop, wait_for
from tests.e2e.fixtures import skip_or_fail
from tests.packaging.dist import VERSION, dist, needs_dist
from tests.packaging.tools import DESKTOP_FILE, desktop_entry

pytestmark = needs_dist

PACKAGE = "smallwins"
LAUNCHER = Path("/usr/share/applications/org.smallwins.SmallWins.desktop")
INSTALLED = [
    Path("/opt/smallwins/smallwins"),
    Path("/usr/bin/smallwins"),
    LAUNCHER,
    Path("/usr/share/metainfo/org.smallwins.SmallWins.metainfo.xml"),
    Path("/usr/share/icons/hicolor/scalable/apps/smallwins.svg"),
    Path("/usr/share/icons/hicolor/48x48/apps/smallwins.png"),
]


def apt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["apt-get", "-o", "DPkg::Lock::Timeout=600", "-y", "-q", *args],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def installed() -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}", PACKAGE],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() == "installed"


@pytest.fixture
def deb() -> Iterator[Path]:
    """The .deb installed; purged afterwards whatever happened."""
    if os.geteuid() != 0:
        skip_or_fail("installing the .deb needs root")
    if shutil.which("gio") is None:
        skip_or_fail("gio is missing (Debian package libglib2.0-bin)")
    if installed():
        skip_or_fail(f"{PACKAGE} is already installed on this machine: not touching it")
    package = dist() / f"smallwins_{VERSION}_amd64.deb"
    assert package.is_file(), f"no {package}"
    result = apt("install", "--no-install-recommends", str(package.resolve()))
    try:
        assert result.returncode == 0, result.stdout + result.stderr
        yield package
    finally:
        apt("purge", PACKAGE)


def test_the_deb_installs_its_launcher_starts_the_app_and_it_removes_cleanly(
    deb: Path, desktop: Desktop
) -> None:
    assert installed()
    missing = [path for path in INSTALLED if not path.exists()]
    assert not missing, missing
    assert Path("/usr/bin/smallwins").resolve() == Path("/opt/smallwins/smallwins")
    # A first start from the app menu: the default data folder, empty.
    data = Path(desktop.env["XDG_DATA_HOME"]) / "smallwins"
    shutil.rmtree(data, ignore_errors=True)
    # (Spawned, not run: the app it starts keeps the launcher's output open.)
    launcher = desktop.spawn(["gio", "launch", str(LAUNCHER)])
    assert launcher.wait(timeout=30) == 0, launcher.output()
    pid = 0
    try:
        welcome = wait_for(
            lambda: next(
                (w for w in desktop.window_ids(name="^Welcome") if desktop.is_viewable(w)), None
            ),
            timeout=30,
            message="the installed app, started by its launcher, showed no welcome",
        )
        wm_class = desktop.window_property(welcome, "WM_CLASS") or ""
        assert f'"{desktop_entry()["StartupWMClass"]}"' in wm_class, wm_class
        # The desktop id Qt gives the window (desktopFileName; the app_id on Wayland).
        desktop_id = DESKTOP_FILE.name.removesuffix(".desktop")
        assert desktop.window_property(welcome, "_GTK_APPLICATION_ID") == f'"{desktop_id}"'
        pid = int(desktop.window_property(welcome, "_NET_WM_PID") or "0")
        assert Path(f"/proc/{pid}/exe").resolve() == Path("/opt/smallwins/smallwins")
        wait_for(
            lambda: any(w.id in desktop.window_ids(pid=pid) for w in desktop.tray_icon_windows()),
            timeout=30,
            message="the installed app's tray icon never embedded",
        )
        assert send_to_running(instance_key(data, desktop.env), messages.QUIT)
        wait_for(lambda: not Path(f"/proc/{pid}").exists(), message="the app did not quit")
    finally:
        if pid and Path(f"/proc/{pid}").exists():  # only the app this test started
            os.kill(pid, signal.SIGKILL)

    removed = apt("purge", PACKAGE)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not installed()
    left = [path for path in INSTALLED if path.exists() or path.is_symlink()]
    assert not left, left
    assert not Path("/opt/smallwins").exists()
    # The user's data are the user's: removing the program keeps them.
    assert (data / "smallwins.db").is_file()
