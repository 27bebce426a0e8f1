"""Windows fit the screen they open on: the one rule for every window's size and place.

A window is never larger than the available geometry of its screen (the screen less panels and
docks), frame included, and never starts outside it. Its page content scrolls inside
(:func:`scrolling`) while its buttons row stays in sight. The smallest screen we promise is
1280×800 at 2× scaling: 640×400 logical pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

# Until the window manager has framed a window its frame is unknown (0 on X11 before it is
# mapped): assume a title bar and thin borders, in logical pixels.
FRAME_GUESS = QMargins(4, 32, 4, 4)


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame as the platform reports it, or :data:`FRAME_GUESS` while unknown."""
    handle = window.windowHandle()
    margins = handle.frameMargins() if handle is not None else QMargins()
    return FRAME_GUESS if margins.isNull() else margins


def available_area(window: QWidget) -> QRect:
    """The available geometry of the screen the window is on (or opens on)."""
    return window.screen().availableGeometry()


def room_for(window: QWidget) -> QSize:
    """The largest size of the window's contents whose frame still fits its screen."""
    area = available_area(window)
    frame = frame_margins(window)
    return QSize(
        max(1, area.width() - frame.left() - frame.right()),
        max(1, area.height() - frame.top() - frame.bottom()),
    )


def fit_to_screen(window: QWidget, wanted: QSize | None = None, *, place: bool = True) -> None:
    """Size ``window`` to ``wanted`` (default: the size it was given, else its size hint) but
    no larger than its screen allows, lowering its minimum size to match; with ``place``, move
    it so that its frame is inside the screen's available area (a window not placed yet is
    centred there).

    Dialogs pass ``place=False`` before they are shown: QDialog centres itself over its parent
    and keeps itself on the screen.
    """
    room = room_for(window)
    minimum = window.minimumSize()
    if minimum.boundedTo(room) != minimum:  # else the layout keeps its say in it
        window.setMinimumSize(minimum.boundedTo(room))
    if wanted is None:
        resized = window.testAttribute(Qt.WidgetAttribute.WA_Resized)
        wanted = window.size() if resized else window.sizeHint()
    size = wanted.expandedTo(window.minimumSize()).boundedTo(room)
    if size != window.size():
        window.resize(size)
    if not place:
        return
    area = available_area(window)
    frame = frame_margins(window)
    outer = QSize(
        size.width() + frame.left() + frame.right(),
        size.height() + frame.top() + frame.bottom(),
    )
    if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        corner = window.frameGeometry().topLeft()
    else:
        corner = area.center() - QPoint(outer.width() // 2, outer.height() // 2)
    x = min(max(corner.x(), area.left()), area.right() + 1 - outer.width())
    y = min(max(corner.y(), area.top()), area.bottom() + 1 - outer.height())
    if QPoint(x, y) != window.frameGeometry().topLeft() or not window.isVisible():
        window.move(x, y)  # QWidget.move places the frame's top-left corner


def fit_dialog(dialog: QDialog, wanted: QSize | None = None) -> None:
    """:func:`fit_to_screen` for a dialog about to be shown (it places itself)."""
    fit_to_screen(dialog, wanted, place=False)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area on the window's background: it scrolls when the
    window is too small for it (word-wrapped text wraps first)."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area
