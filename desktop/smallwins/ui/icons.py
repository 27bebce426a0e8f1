"""Icons drawn from the SVG files in resources/, crisp at every size the platform asks for."""

from __future__ import annotations

import enum
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from smallwins.system.paths import resource_path

SIZES = (16, 22, 24, 32, 48, 64, 128)


class TrayState(enum.Enum):
    IDLE = "tray-idle"
    DUE = "tray-due"
    WIN = "tray-win"


@cache
def svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text("utf-8")


def icon_from_svg(svg: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _svg_file_icon(name: str) -> QIcon:
    """A fixed icon straight from its file: Qt's SVG icon engine renders each size on demand."""
    path = resource_path("icons", f"{name}.svg")
    icon = QIcon(str(path))
    return icon if not icon.isNull() else icon_from_svg(svg_text(name))


@cache
def app_icon() -> QIcon:
    return _svg_file_icon("smallwins")


@cache
def tray_icon(state: TrayState, wins_today: int = 0) -> QIcon:
    if state is not TrayState.WIN:
        return _svg_file_icon(state.value)
    count = str(wins_today) if wins_today < 100 else "99+"
    size = {1: "26", 2: "22"}.get(len(count), "16")
    return icon_from_svg(svg_text(state.value).replace("{count}", count).replace("{size}", size))
