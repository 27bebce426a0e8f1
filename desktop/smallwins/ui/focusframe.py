"""Widgets that show the keyboard focus with a frame in the theme's highlight colour: a painted
widget, repainted when the focus comes or goes, and the lists (``show_focus``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QWidget

FOCUS_FRAME = "QAbstractItemView:focus { border: 1px solid palette(highlight); }"


class FocusFramed(QWidget):
    """Base of the painted views that take the focus (calendars, charts, the review's marks)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paint_focus_frame(self, painter: QPainter, width: float = 2.0) -> None:
        """The focus frame round the whole widget, when it has the focus."""
        if not self.hasFocus():
            return
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))


def show_focus(view: QAbstractItemView) -> None:
    """Frame a list in the highlight colour while it has the keyboard focus: Fusion draws a
    focused list just like an unfocused one with a row chosen."""
    view.setStyleSheet(FOCUS_FRAME)
