"""Icons drawn from the SVG files in resources/, crisp at every size the platform asks for."""

from __future__ import annotations

import enum
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from smallwins.system.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QPainterPath

SIZES = (16, 22, 24, 32, 48, 64, 128)
# The win badge: today's count in big dark digits on an amber disc (the win colour), drawn for
# each size so the digits sit on whole pixels; 44 is a 22 px tray at 2×.
BADGE_SIZES = (16, 22, 24, 32, 44, 48, 64, 128)
BADGE_MAX = 9  # two digits do not read at 22 px: beyond this the badge says "9+"
BADGE_DISC = "#f2a900"
BADGE_EDGE = "#a87500"
BADGE_INK = "#1c1c1c"


class TrayState(enum.Enum):
    IDLE = "tray-idle"
    DUE = "tray-due"
    WIN = "tray-win"
    PROBLEM = "tray-problem"  # a change could not be saved (a full disk, read-only data)


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
    if state is not TrayState.WIN or wins_today <= 0:
        return _svg_file_icon(state.value)
    return _badge_icon(badge_text(wins_today))


def badge_text(wins_today: int) -> str:
    """What the win badge shows: the count up to nine, then "9+"."""
    return str(wins_today) if wins_today <= BADGE_MAX else f"{BADGE_MAX}+"


@cache
def _badge_icon(text: str) -> QIcon:
    icon = QIcon()
    for size in BADGE_SIZES:
        icon.addPixmap(_badge_pixmap(text, size))
    return icon


def _badge_glyphs(text: str) -> QPainterPath:
    """The badge's text as one outline; a trailing "+" smaller and raised, like a superscript,
    so the digit keeps its height."""
    # Only after the first win: creating these types costs time at start.
    from PySide6.QtGui import QPainterPath, QTransform  # noqa: PLC0415

    font = QFont()
    font.setPixelSize(100)
    font.setBold(True)
    path = QPainterPath()
    digits = text.rstrip("+")
    path.addText(0, 0, font, digits)
    if digits != text:
        plus = QPainterPath()
        plus.addText(0, 0, font, "+")
        digit_box = path.boundingRect()
        small = QTransform().scale(0.62, 0.62)
        plus = small.map(plus)
        box = plus.boundingRect()
        path.addPath(
            plus.translated(digit_box.right() + 6 - box.left(), digit_box.top() - box.top())
        )
    return path


def _badge_pixmap(text: str, size: int) -> QPixmap:
    from PySide6.QtGui import QPen, QTransform  # noqa: PLC0415 - as above

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = max(1.0, size / 22)
    painter.setPen(QPen(QColor(BADGE_EDGE), edge))
    painter.setBrush(QColor(BADGE_DISC))
    painter.drawEllipse(QRectF(edge / 2, edge / 2, size - edge, size - edge))
    glyphs = _badge_glyphs(text)
    box = glyphs.boundingRect()
    # As tall as fits: 12 px of 22; narrower when a wide text would leave the disc.
    height = round(size * 0.56)
    scale = min(height / box.height(), size * 0.74 / box.width())
    height = round(box.height() * scale)
    top = (size - height) // 2
    left = (size - box.width() * scale) / 2
    placed = QTransform().translate(left, top).scale(scale, height / box.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BADGE_INK))
    painter.drawPath(placed.map(glyphs.translated(-box.left(), -box.top())))
    painter.end()
    return pixmap
