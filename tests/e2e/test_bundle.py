"""The frozen app (dist/smallwins, from `bash packaging/build`) on the real desktop of the
end-to-end tests, as one who installed it runs it.
Packaging stage only (tests/packaging/dist.py).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from smallwins.system import messages
from smallwins.system.instance import instance_key, send_to_running
from tests.e2e.desktop import Desktop, Process, wait_for
from tests.e2e.fakeclock import FakeTimeApp
from tests.e2e.fixtures import libfaketime
from tests.packaging.dist import bundle, frozen_app, needs_dist
from tests.packaging.tools import DESKTOP_FILE, ROOT, desktop_entry

pytestmark = needs_dist

MB = 1000 * 1000
SIZE_TARGET = 120 * MB


def tray_icon_of(desktop: Desktop, pid: int) -> int:
    def embedded() -> int | None:
        mine = set(desktop.window_ids(pid=pid))
        return next((w.id for w in desktop.tray_icon_windows() if w.id in mine), None)

    return wait_for(embedded, timeout=30, message="the frozen app's tray icon never embedded")


def viewable(desktop: Desktop, pid: int, title: str) -> int:
    return wait_for(
        lambda: next(
            (w for w in desktop.window_ids(name=title, pid=pid) if desktop.is_viewable(w)), None
        ),
        timeout=30,
        message=f"no window {title!r} of the frozen app",
    )


def quit_over_the_pipe(desktop: Desktop, data: Path, process: Process) -> int:
    """Ask the app to quit as the Windows installer does; its exit status."""
    assert send_to_running(instance_key(data, desktop.env), messages.QUIT)
    return process.wait(timeout=30)


def test_the_bundle_is_one_folder_under_the_size_target() -> None:
    folder = bundle()
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < SIZE_TARGET, f"{size / MB:.1f} MB"
    internal = folder / "_internal"
    resources = internal / "smallwins" / "resources"
    assert (resources / "icons" / "smallwins.svg").is_file()
    # Both kinds of translation: .qm for the windows, .ts for the command line.
    assert {p.name for p in (resources / "translations").iterdir()} >= {
        "smallwins_de.qm",
        "smallwins_de.ts",
    }
    assert list(internal.glob("apscheduler-*.dist-info")), "APScheduler's trigger names need it"
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]


def test_status_json_from_the_frozen_binary(desktop: Desktop, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    app = frozen_app()
    desktop.run([*app, "--data-dir", data, "purpose", "add", "Write a novel"])
    desktop.run([*app, "--data-dir", data, "step", "add", "Open the draft"])
    status = json.loads(desktop.run([*app, "--data-dir", data, "status", "--json"]).stdout)
    assert status["next"]["text"] == "Open the draft"
    assert status["purposes"] == [{"id": 1, "name": "Write a novel", "open_steps": 1}]
    # The command line's translations come from the bundle's resources.
    german = desktop.run(
        [*app, "--data-dir", data, "step", "add", ""], env={"LANG": "de_DE.UTF-8"}, check=False
    )
    assert german.returncode == 1 and "Schritt" in german.stderr, german.stderr


def test_the_wheel_install_finds_its_resources_where_it_is_installed() -> None:
    # The bundle is made from build/venv, where the app is installed from a wheel.
    python = ROOT / "build" / "venv" / "bin" / "python"
    code = "from smallwins.system.paths import resource_path; print(resource_path('icons'))"
    found = Path(subprocess.run([python, "-c", code], capture_output=True, text=True,
                                check=True, cwd="/").stdout.strip())  # fmt: skip
    assert "site-packages" in found.parts and (found / "smallwins.svg").is_file()


def test_first_start_shows_the_welcome_and_the_tray_icon_then_quits_cleanly(
    desktop: Desktop, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    process = desktop.spawn([*frozen_app(), "--data-dir", str(data)], name="smallwins-frozen")
    try:
        icon = tray_icon_of(desktop, process.pid)
        welcome = viewable(desktop, process.pid, "^Welcome")
        wm_class = desktop.window_property(welcome, "WM_CLASS") or ""
        assert f'"{desktop_entry()["StartupWMClass"]}"' in wm_class.split(", ")[-1], wm_class
        # The desktop id Qt gives the window (desktopFileName; the app_id on Wayland).
        desktop_id = DESKTOP_FILE.name.removesuffix(".desktop")
        assert desktop.window_property(welcome, "_GTK_APPLICATION_ID") == f'"{desktop_id}"'
        assert desktop.window_geometry(icon).width > 0
        assert quit_over_the_pipe(desktop, data, process) == 0
    finally:
        process.stop()
    names = {p.name for p in data.iterdir()}  # its log (and a first backup) may be there too
    assert "smallwins.db" in names, process.output()
    assert not any(name.endswith("-wal") for name in names), names  # the data file was closed
    assert "Traceback" not in process.output()


def test_a_reminder_fires_inside_the_bundle(desktop_clean: Desktop, tmp_path: Path) -> None:
    fake = FakeTimeApp(desktop_clean, tmp_path, libfaketime(), app=frozen_app())
    try:
        fake.set_clock("2026-11-26 07:29:50")
        fake.add_reading_habit()
        fake.start()
        wait_for(
            lambda: desktop_clean.dunst_count()["displayed"] >= 1,
            timeout=40,
            message="the 07:30 reminder from the frozen app (APScheduler's triggers)",
        )
        desktop_clean.choose_menu_action("Done")
        desktop_clean.open_context_menu()
        wait_for(
            lambda: fake.habit_today("Read one page") == "done",
            timeout=20,
            message="Done on the frozen app's reminder recorded no win",
        )
        assert fake.process is not None
        assert not fake.process.stop(), "SIGTERM did not end the frozen app"
        assert fake.process.popen.returncode == 0
        assert "Traceback" not in fake.process.output(), fake.process.output()
    finally:
        fake.stop()
