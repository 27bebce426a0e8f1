"""The celebration: a short message with a small burst, shown at once and gone in ~1.5 s.

It is a separate click-through window, so it never blocks the next click.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QEasingCurve, QPoint, QRect, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from smallwins.core.celebration import Cheer

DURATION_MS = 1400
POPUP_SIZE = QSize(300, 84)
PARTICLES = 18
COLOURS = ("#2e9e4f", "#f2a900", "#3b82f6", "#e4572e", "#a855f7")


class CelebrationPopup(QWidget):
    """Shows one cheer at a time; a new cheer replaces the running one at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowTransparentForInput
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(POPUP_SIZE)
        self.setAccessibleName(self.tr("Celebration"))
        self._cheer = Cheer("")
        self._progress = 0.0
        self._motion = True
        self._rng = random.Random()
        self._particles: list[tuple[float, float, float, str]] = []
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(DURATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.valueChanged.connect(self._on_progress)
        self._animation.finished.connect(self.hide)

    @property
    def cheer(self) -> Cheer:
        return self._cheer

    def celebrate(self, cheer: Cheer, anchor: QRect | None, motion: bool = True) -> None:
        """Show ``cheer`` just above ``anchor`` (the widget), or near a screen corner."""
        self._cheer = cheer
        self._motion = motion
        self._particles = [
            (
                self._rng.uniform(0, 2 * math.pi),
                self._rng.uniform(0.5, 1.0),
                self._rng.uniform(2.5, 4.5),
                self._rng.choice(COLOURS),
            )
            for _ in range(PARTICLES if motion else 0)
        ]
        self.setAccessibleDescription(
            " ".join(part for part in (cheer.headline, cheer.detail, cheer.reward or "") if part)
        )
        self.setFixedSize(POPUP_SIZE if cheer.reward else POPUP_SIZE - QSize(0, 22))
        self.move(self._place(anchor))
        self._animation.stop()
        self._progress = 0.0
        self.show()
        self.raise_()
        self._animation.start()

    def _place(self, anchor: QRect | None) -> QPoint:
        size = self.size()
        screen = QGuiApplication.screenAt(anchor.center()) if anchor else None
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else QRect(0, 0, 1280, 800)
        if anchor is not None:
            x = anchor.center().x() - size.width() // 2
            y = anchor.top() - size.height() - 6
            if y < area.top():
                y = anchor.bottom() + 6
        else:
            x = area.right() - size.width() - 24
            y = area.bottom() - size.height() - 24 - 100
        x = min(max(x, area.left()), area.right() - size.width())
        y = min(max(y, area.top()), area.bottom() - size.height())
        return QPoint(x, y)

    def _on_progress(self, value: object) -> None:
        self._progress = float(value)  # type: ignore[arg-type]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._progress
        fade = 1.0 if p < 0.7 else max(0.0, 1.0 - (p - 0.7) / 0.3)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(fade)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.ToolTipBase)
        painter.setPen(QColor("#2e9e4f"))
        painter.setBrush(background)
        # Square corners: without a compositor, anything outside a rounded shape shows as a box.
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        centre_x, centre_y = 26.0, self.height() / 2
        for angle, speed, radius, colour in self._particles:
            distance = 6 + 40 * speed * p
            x = centre_x + math.cos(angle) * distance
            y = centre_y + math.sin(angle) * distance
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QRectF(x - radius / 2, y - radius / 2, radius, radius))
        scale = 1.0 + (0.25 * math.sin(min(1.0, p * 4) * math.pi) if self._motion else 0.0)
        star = QFont(self.font())
        star.setPointSizeF(star.pointSizeF() * 1.8 * scale)
        painter.setFont(star)
        painter.setPen(QColor("#f2a900"))
        painter.drawText(QRectF(4, 0, 44, self.height()), Qt.AlignmentFlag.AlignCenter, "★")
        text_colour = palette.color(QPalette.ColorRole.ToolTipText)
        painter.setPen(text_colour)
        headline = QFont(self.font())
        headline.setBold(True)
        painter.setFont(headline)
        text_rect = QRectF(52, 8, self.width() - 60, self.height() - 16)
        lines = [self._cheer.headline, self._cheer.detail]
        if self._cheer.reward:
            lines.append("→ " + self._cheer.reward)
        metrics = painter.fontMetrics()
        y = text_rect.top()
        for index, line in enumerate(line for line in lines if line):
            if index == 1:
                painter.setFont(self.font())
                metrics = painter.fontMetrics()
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            line_rect = QRectF(text_rect.left(), y, text_rect.width(), metrics.height())
            painter.drawText(line_rect, 0, elided)
            y += metrics.height() + 2
        painter.end()
