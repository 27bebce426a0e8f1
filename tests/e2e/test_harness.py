"""The e2e harness itself: a tiny Qt tray app embeds in trayer, takes clicks; dunst takes actions.

These tests pin what the app's end-to-end tests rely on, with a probe app instead of Small Wins.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, Geometry, Process, Window, wait_for

PROBE_APP = textwrap.dedent(
    """\
    import sys

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QVBoxLayout, QWidget

    out = open(sys.argv[1], "a", buffering=1)
    app = QApplication(sys.argv)
    out.write(f"platform {app.platformName()}\\n")
    out.write(f"tray-available {QSystemTrayIcon.isSystemTrayAvailable()}\\n")

    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2ecc71"))
    painter.drawEllipse(2, 2, 28, 28)
    painter.end()

    def on_activated(reason):
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            out.write("clicked\\n")
        else:
            out.write(f"activated {reason.name}\\n")

    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("probe")
    tray.activated.connect(on_activated)
    tray.show()

    flags = (
        Qt.WindowType.Tool
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    widget = QWidget(None, flags)
    widget.setWindowTitle("probe-widget")
    QVBoxLayout(widget).addWidget(QLabel("Do one push-up"))
    widget.setStyleSheet("background: #fff8e1; font-size: 16px;")
    widget.setGeometry(100, 100, 300, 90)
    widget.show()
    out.write("ready\\n")
    sys.exit(app.exec())
    """
)


@dataclass
class Probe:
    process: Process
    output_file: Path

    def lines(self) -> list[str]:
        try:
            return self.output_file.read_text().splitlines()
        except FileNotFoundError:
            return []


@pytest.fixture(scope="module")
def probe(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Probe]:
    directory = tmp_path_factory.mktemp("probe")
    script = directory / "probe_app.py"
    script.write_text(PROBE_APP)
    output = directory / "probe.out"
    process = desktop.spawn([sys.executable, script, output], name="probe-app")
    app = Probe(process, output)
    wait_for(
        lambda: "ready" in app.lines() or not process.alive(),
        message=lambda: f"the probe app to start\n{process.output()}",
    )
    assert process.alive(), process.output()
    yield app
    process.stop()


def test_children_get_a_private_session(desktop: Desktop) -> None:
    env = desktop.env
    assert env["QT_QPA_PLATFORM"] == "xcb"
    assert env["DISPLAY"] == desktop.display
    assert env["HOME"] != os.environ.get("HOME")
    assert Path(env["HOME"]).is_dir()
    assert Path(env["XDG_RUNTIME_DIR"]).stat().st_mode & 0o777 == 0o700
    assert env["DBUS_SESSION_BUS_ADDRESS"].startswith("unix:path=")
    assert desktop.run(["sh", "-c", "echo $DISPLAY"]).stdout.strip() == desktop.display


def test_startup_is_quick(desktop: Desktop) -> None:
    # Generous bound for a loaded machine; the usual total is well under a second.
    assert desktop.startup_seconds["total"] < 10, desktop.startup_seconds


def test_tray_sits_top_right(desktop: Desktop) -> None:
    geometry = desktop.tray_geometry()
    assert (geometry.width, geometry.height) == (120, 32)
    assert (geometry.x + geometry.width, geometry.y) == (1280, 0)
    assert desktop.tray_available()


def test_tray_icon_embeds_in_trayer(desktop: Desktop, probe: Probe) -> None:
    assert "platform xcb" in probe.lines()
    assert "tray-available True" in probe.lines()
    icon = wait_for(
        lambda: _probe_icon(desktop, probe),
        message=lambda: f"the probe's icon in the tray: {desktop.window_tree()}",
    )
    assert desktop.tray_geometry().contains(icon.geometry)
    assert desktop.is_viewable(icon.id)


def test_clicking_the_tray_icon_triggers(desktop: Desktop, probe: Probe) -> None:
    icon = wait_for(lambda: _probe_icon(desktop, probe), message="the probe's icon in the tray")
    desktop.click(*icon.geometry.center)
    wait_for(
        lambda: "clicked" in probe.lines(),
        timeout=5,
        message=lambda: f"'clicked' from the probe, got {probe.lines()}",
    )


def test_stay_on_top_tool_window_says_above_without_a_window_manager(
    desktop: Desktop, probe: Probe
) -> None:
    [widget] = wait_for(
        lambda: desktop.window_ids(name="^probe-widget$", pid=probe.process.pid),
        message="the probe widget's window",
    )
    wait_for(lambda: desktop.is_viewable(widget), message="the probe widget to be mapped")
    state = desktop.net_wm_state(widget)
    assert "_NET_WM_STATE_ABOVE" in state
    assert desktop.window_geometry(widget) == Geometry(100, 100, 300, 90)


def test_screenshot_shows_tray_and_widget(desktop: Desktop, probe: Probe, tmp_path: Path) -> None:
    wait_for(lambda: _probe_icon(desktop, probe), message="the probe's icon in the tray")
    whole = desktop.screenshot(tmp_path / "screen.png")
    assert whole.stat().st_size > 1000
    [widget] = desktop.window_ids(name="^probe-widget$", pid=probe.process.pid)
    one = desktop.screenshot(tmp_path / "widget.png", window_id=widget)
    assert one.stat().st_size > 100
    print(f"screenshots: {whole} {one}")


def test_notify_send_shows_in_dunst(desktop_clean: Desktop) -> None:
    desktop = desktop_clean
    before = len(desktop.notifications_history())
    sender = desktop.spawn(["notify-send", "-A", "done=Done", "Probe title", "Probe body"])
    wait_for(
        lambda: desktop.dunst_count()["displayed"] == 1,
        message=lambda: f"one displayed notification, got {desktop.dunst_count()}",
    )
    desktop.close_notifications()
    wait_for(lambda: len(desktop.notifications_history()) == before + 1, message="history")
    newest = desktop.notifications_history()[0]
    assert (newest["summary"], newest["body"], newest["appname"]) == (
        "Probe title",
        "Probe body",
        "notify-send",
    )
    sender.wait()  # notify-send -A waits for the notification to close


@pytest.mark.parametrize(("choice", "expected"), [("Tiny version", "tiny"), ("done", "done")])
def test_context_menu_invokes_the_chosen_action(
    desktop_clean: Desktop, choice: str, expected: str
) -> None:
    desktop = desktop_clean
    desktop.choose_menu_action(choice)
    sender = desktop.spawn(
        [
            "notify-send",
            "--wait",
            "-A",
            "done=Done",
            "-A",
            "tiny=Tiny version",
            "After coffee",
            "One push-up",
        ]
    )
    wait_for(lambda: desktop.dunst_count()["displayed"] == 1, message="the notification")
    menus_before = len(desktop.context_menus())
    desktop.open_context_menu()
    assert sender.wait() == 0, sender.output()
    assert sender.output().strip() == expected
    menus = desktop.context_menus()
    assert len(menus) == menus_before + 1
    assert any(line.startswith("#Tiny version (After coffee) [") for line in menus[-1])


def test_default_action_via_dunstctl(desktop_clean: Desktop) -> None:
    desktop = desktop_clean
    sender = desktop.spawn(
        ["notify-send", "--wait", "-A", "default=Open", "-A", "done=Done", "Title", "Body"]
    )
    wait_for(lambda: desktop.dunst_count()["displayed"] == 1, message="the notification")
    desktop.notification_action(0)
    assert sender.wait() == 0, sender.output()
    assert sender.output().strip() == "default"


def _probe_icon(desktop: Desktop, probe: Probe) -> Window | None:
    own = set(desktop.window_ids(pid=probe.process.pid))
    icons = [w for w in desktop.tray_icon_windows() if w.id in own]
    return icons[0] if icons else None
