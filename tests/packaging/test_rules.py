"""The packaging rules, checked without building anything: what the bundle keeps of Qt, the
icon files, and the Linux desktop files (validated by desktop-file-validate and appstreamcli)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smallwins.system.autostart import APP_NAME, LAUNCH_AGENT_LABEL, XdgAutostart
from smallwins.system.identity import APP_ID, APPLICATION_NAME
from smallwins.ui.translations import SHIPPED
from tests.e2e.fixtures import skip_or_fail
from tests.packaging.tools import (
    DESKTOP_FILE,
    METAINFO,
    ROOT,
    desktop_entry,
    packaging_module,
)

trim = packaging_module("trim")
icons = packaging_module("icons")

PLUGINS = "PySide6/Qt/plugins/"


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        skip_or_fail(f"{name} is missing (Debian packages desktop-file-utils, appstream; "
                     "bash .ci/setup --test)")  # fmt: skip
    return found


def test_the_desktop_file_validates() -> None:
    result = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP_FILE)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_files_name_the_app_as_the_app_does() -> None:
    entry = desktop_entry()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] in pyproject["project"]["scripts"]  # /usr/bin/smallwins in the .deb
    assert entry["Icon"] == icons.ICON_NAME
    # The window is matched to its launcher: on X11 by WM_CLASS, which Qt's applicationName is.
    assert entry["StartupWMClass"] == APPLICATION_NAME
    # The app's own start-at-login entry carries the same file name and icon.
    assert XdgAutostart(Path("/config")).path.name == DESKTOP_FILE.name
    component = ET.parse(METAINFO).getroot()
    # One reverse-DNS id: the desktop file's name, the AppStream id, the macOS bundle id and
    # the LaunchAgent label.
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"
    assert component.findtext("id") == APP_ID == LAUNCH_AGENT_LABEL
    assert component.findtext("launchable") == DESKTOP_FILE.name
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == pyproject["project"]["version"]


def test_only_the_qt_plugins_the_app_uses_are_kept() -> None:
    kept = [
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platformthemes/libqxdgdesktopportal.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "wayland-shell-integration/libxdg-shell.so",
    ]
    dropped = [
        "platformthemes/libqgtk3.so",
        "imageformats/libqjpeg.so",
        "platforms/libqeglfs.so",
        "tls/libqopensslbackend.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ]
    assert all(trim.keep_plugin(f"PySide6/Qt/plugins/{name}") for name in kept)
    assert not any(trim.keep_plugin(f"PySide6/Qt/plugins/{name}") for name in dropped)
    assert trim.keep_plugin("PySide6/Qt/lib/libQt6Core.so.6")  # not a plugin: not its call


def test_qt_translations_are_kept_for_the_languages_the_app_ships() -> None:
    folder = "PySide6/Qt/translations/"
    assert all(trim.keep_translation(f"{folder}qtbase_{lang}.qm", SHIPPED) for lang in SHIPPED)
    assert not trim.keep_translation(f"{folder}qtbase_fr.qm", SHIPPED)
    assert not trim.keep_translation(f"{folder}qt_help_de.qm", SHIPPED)


def test_qtnetwork_stays_on_windows_alone() -> None:
    # The single-instance pipe is QtNetwork's QLocalServer there (system/instance.py).
    assert "PySide6.QtNetwork" not in trim.excluded_modules("win32")
    assert "PySide6.QtNetwork" in trim.excluded_modules("linux")
    assert "PySide6.QtNetwork" in trim.excluded_modules("darwin")


def test_elf_needed_reads_what_a_binary_links() -> None:
    needed = trim.elf_needed(sys.executable)
    assert any(name.startswith("libc.so") for name in needed), needed
    assert trim.elf_needed(__file__) == []


def test_libraries_only_dropped_plugins_linked_are_dropped() -> None:
    binaries = [
        ("QtGui.abi3.so", "/QtGui", "EXTENSION"),
        (f"{PLUGINS}platforms/libqxcb.so", "/xcb", "BINARY"),
        ("libQt6Gui.so.6", "/gui", "BINARY"),
        ("libQt6XcbQpa.so.6", "/xcbqpa", "BINARY"),
        ("libgtk-3.so.0", "/gtk", "BINARY"),  # was linked by the gtk3 theme plugin only
        ("libdbus-1.so.3", "/dbus", "BINARY"),  # left to the system
        ("libsystemd.so.0", "/systemd", "BINARY"),  # linked by libdbus alone
    ]
    links = {
        "/QtGui": ["libQt6Gui.so.6"],
        "/xcb": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
        "/gui": ["libdbus-1.so.3"],
        "/dbus": ["libsystemd.so.0"],
    }

    kept = trim.linked_closure(binaries, lambda path: links.get(path, []))

    assert [name for name, _source, _kind in kept] == [name for name, *_ in binaries[:4]]
    datas = [("libgtk-3.so.0", "gtk/libgtk-3.so.0", "SYMLINK"), ("a", "libQt6Gui.so.6", "SYMLINK")]
    assert trim.without_dangling_links(datas, kept) == [datas[1]]


@pytest.mark.gui
def test_icons_for_each_system(tmp_path: Path, qapp: object) -> None:
    written = icons.write_all(ROOT / "resources" / "icons" / "smallwins.svg", tmp_path)

    assert tmp_path / "hicolor" / "scalable" / "apps" / "smallwins.svg" in written
    png = (tmp_path / "hicolor" / "48x48" / "apps" / "smallwins.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (48, 48)
    ico = (tmp_path / "smallwins.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    icns = (tmp_path / "smallwins.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
