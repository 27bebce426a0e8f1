"""installer.iss, compiled by `bash packaging/build installer` (Inno Setup 6 under wine, against a
Windows-shaped test payload), and the setup it made run silently under wine. Packaging stage only
(tests/packaging/dist.py). When the mirrors could not provide wine, the build said so and left
dist/.installer-skipped: these tests then skip, saying why, rather than fail.

Under wine 8 the per-user mode fails ("Failed to expand shell folder constant autopf", a wine
gap), so the setup runs with /ALLUSERS here; the per-user install is checked on Windows (README,
release checklist).
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, wait_for
from tests.packaging.dist import VERSION, dist, needs_dist
from tests.packaging.tools import ROOT

pytestmark = needs_dist


def setup_exe() -> Path:
    skipped = dist() / ".installer-skipped"
    if skipped.exists():
        pytest.skip(f"INSTALLER NOT BUILT: {skipped.read_text().strip()}")
    setup = dist() / f"SmallWins-{VERSION}-setup-test-payload.exe"
    assert setup.is_file(), f"no {setup}: bash packaging/build installer"
    return setup


def test_installer_iss_compiled_to_a_setup_program() -> None:
    data = setup_exe().read_bytes()
    assert data[:2] == b"MZ" and len(data) > 100_000
    assert b"Inno Setup" in data


def test_the_setup_installs_with_the_apps_autostart_and_pipe_and_uninstalls_keeping_data(
    desktop: Desktop, tmp_path: Path
) -> None:
    setup = setup_exe()
    wine = shutil.which("wine")
    assert wine, "the build compiled with wine, so it is here"
    env = {
        "WINEPREFIX": str(ROOT / "build" / "wineprefix"),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
        # getpass.getuser() reads LOGNAME first, as the setup does; a name the pipe's user tag
        # must clean up (wine sets USERNAME itself).
        "LOGNAME": "Zoë Example",
    }
    result = desktop.run(
        [wine, str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/ALLUSERS", "/NORESTART",
         "/TASKS=autostart", f"/LOG={tmp_path.name}.log"],
        env=env, cwd=tmp_path, timeout=300, check=False,
    )  # fmt: skip
    text = (tmp_path / f"{tmp_path.name}.log").read_text(encoding="utf-8", errors="replace")
    assert result.returncode == 0, text[-3000:]
    match = re.search(r"Data folder: (.+); instance pipe: (\S+)", text)
    assert match, text[-3000:]
    folder, pipe = match[1], match[2]
    # system/instance.py's instance_key() on Windows, for this user and folder.
    user_tag = re.sub(r"[^A-Za-z0-9_.-]", "_", env["LOGNAME"])[:32]
    digest = hashlib.sha1(folder.casefold().encode(), usedforsecurity=False).hexdigest()[:12]
    assert pipe == rf"\\.\pipe\smallwins-{user_tag}-{digest}"
    assert folder.lower().endswith(r"\smallwins")
    assert "Installation process succeeded" in text or "Setup completed" in text, text[-2000:]

    # "Start Small Wins when I sign in": the app's own Run value, quoted as the app writes it.
    run_key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
    query = [wine, "reg", "query", run_key, "/v", "Small Wins"]
    value = desktop.run(query, env=env, check=False).stdout
    assert r'"C:\Program Files\Small Wins\smallwins.exe"' in value, value
    # The user's data, then the uninstaller: the entry goes, the data stay.
    drive_c = Path(env["WINEPREFIX"]) / "drive_c"
    data = drive_c / folder[3:].replace("\\", "/")
    data.mkdir(parents=True, exist_ok=True)
    (data / "smallwins.db").write_bytes(b"the user's plan")
    program = drive_c / "Program Files" / "Small Wins"
    uninstall = [wine, str(program / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES"]
    desktop.run(uninstall, env=env, timeout=300, check=False)
    wait_for(lambda: not (program / "smallwins.exe").exists(), timeout=120,
             message="the uninstaller left the program")  # fmt: skip
    assert desktop.run(query, env=env, check=False).returncode != 0, "the Run value stayed"
    assert (data / "smallwins.db").read_bytes() == b"the user's plan"
