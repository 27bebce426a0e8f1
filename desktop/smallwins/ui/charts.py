"""The streaks window's small charts, painted with QPainter: the strength's trend line, the
weekday × month tallies and progress bars. Passive widgets: they are given their numbers (worked
out in ``usecases/queries.py``) and their words, and only paint them.

Everything is drawn as vectors in logical pixels, so it is sharp at any device pixel ratio, in
the colours of :func:`smallwins.ui.theme.chart_colours` for the palette in use.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from smallwins.core.figures import WeekdayMonths, WeekdayTally
from smallwins.ui.focusframe import FocusFramed
from smallwins.ui.theme import chart_colours

_LEFT_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class TrendLine(FocusFramed):
    """A strength over its last days as a line over a shaded area, 0 to 100 %, the newest day
    on the right with a dot. Days before the habit began (None) are left blank."""

    HEIGHT = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float | None] = []
        self.first_label = self.last_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads its description

    def set_trend(
        self, values: Sequence[float | None], first_label: str, last_label: str, described: str
    ) -> None:
        """Show ``values`` (0..1, oldest first); the labels go under its two ends."""
        self.values = list(values)
        self.first_label, self.last_label = first_label, last_label
        self.setAccessibleDescription(described)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.HEIGHT)

    def plot_rect(self) -> QRectF:
        """Where the line goes, inside the percent labels on the left and dates below."""
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("100 %") + 8.0
        top = metrics.height() / 2
        bottom = self.height() - metrics.height() - 6.0
        return QRectF(left, top, max(1.0, self.width() - left - 8.0), max(1.0, bottom - top))

    def point(self, index: int) -> QPointF | None:
        """Where day ``index`` of the values is drawn (None: before the habit began)."""
        value = self.values[index] if 0 <= index < len(self.values) else None
        if value is None:
            return None
        plot = self.plot_rect()
        x = plot.left() + plot.width() * index / max(1, len(self.values) - 1)
        return QPointF(x, plot.bottom() - plot.height() * min(1.0, max(0.0, value)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colours = chart_colours(self.palette())
        plot = self.plot_rect()
        metrics = self.fontMetrics()
        for share in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * share
            painter.setPen(
                QPen(colours.grid, 1.0, Qt.PenStyle.DashLine if share else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.faint_text)
            label = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(label, _LEFT_RIGHT, f"{round(share * 100)} %")
        below = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height())
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), self.first_label)
        painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), self.last_label)
        points = [self.point(i) for i in range(len(self.values))]
        drawn = [p for p in points if p is not None]
        if drawn:
            line = QPainterPath(drawn[0])
            for p in drawn[1:]:
                line.lineTo(p)
            area = QPainterPath(line)
            area.lineTo(drawn[-1].x(), plot.bottom())
            area.lineTo(drawn[0].x(), plot.bottom())
            area.closeSubpath()
            painter.fillPath(area, colours.area)
            pen = QPen(colours.line, 2.0)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.line)
            painter.drawEllipse(drawn[-1], 4.0, 4.0)  # today
        self.paint_focus_frame(painter)
        painter.end()


class WeekdayMonthsView(FocusFramed):
    """Which weekdays a habit gets done: a row per weekday (the week's first day on top), a
    column per month, in each cell a disc whose area is the share of the possible days done,
    inside a ring (a full disc: done on every one). A day that could not be done in that month
    (off the schedule, before the habit, still to come) has only a small dot. The arrows move
    a cursor whose cell is described in words.

    The share is told by size alone, so the view reads without colour.
    """

    MAX_CELL = 26.0
    MIN_CELL = 16.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[date] = []
        self.tallies: WeekdayMonths = {}
        self.week_first = 0
        self.current = (0, 0)  # (row, column)
        self._month_names: list[str] = []
        self._day_names: list[str] = ["" for _ in range(7)]  # 0 = Monday
        self._describe: Callable[[date, int, WeekdayTally | None], str] = lambda *_: ""
        self._label: float | None = None  # the weekday names' width, while font and names stay
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_tallies(
        self,
        months: Sequence[date],
        tallies: WeekdayMonths,
        month_names: Sequence[str],
        day_names: Sequence[str],
        describe: Callable[[date, int, WeekdayTally | None], str],
    ) -> None:
        """Show ``tallies`` for ``months`` (their first days), labelled with ``month_names``;
        ``day_names`` are the weekdays' short names from Monday, ``describe`` says a cell."""
        self.months = list(months)
        self.tallies = tallies
        self._month_names = list(month_names)
        self._day_names = list(day_names)
        self._describe = describe
        self._label = None
        row, column = self.current
        self.current = (row, min(column, max(0, len(self.months) - 1)))
        self.setFixedHeight(self._height())
        self._update_description()
        self.update()

    def set_week_first(self, weekday: int) -> None:
        if weekday != self.week_first:
            self.week_first = weekday
            self._update_description()
            self.update()

    # --- geometry ------------------------------------------------------------------------
    def _label_width(self) -> float:
        # Kept while the font and the names stay: every cell's place needs it.
        if self._label is None:
            metrics = self.fontMetrics()
            width = max((metrics.horizontalAdvance(n) for n in self._day_names), default=0)
            self._label = width + 8.0
        return self._label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._label = None
        super().changeEvent(event)

    def _cell(self) -> float:
        room = (self.width() - self._label_width()) / max(1, len(self.months))
        return max(self.MIN_CELL, min(self.MAX_CELL, room))

    def _top(self) -> float:
        return self.fontMetrics().height() + 4.0

    def _height(self) -> int:
        return round(self._top() + 7 * self.MAX_CELL + 2)

    def sizeHint(self) -> QSize:
        width = self._label_width() + max(1, len(self.months)) * self.MAX_CELL
        return QSize(round(width), self._height())

    def minimumSizeHint(self) -> QSize:
        width = self._label_width() + max(1, len(self.months)) * self.MIN_CELL
        return QSize(round(width), self._height())

    def weekday_of_row(self, row: int) -> int:
        return (self.week_first + row) % 7

    def cell_rect(self, row: int, column: int) -> QRectF:
        cell = self._cell()
        rows = (self.height() - self._top()) / 7
        return QRectF(
            self._label_width() + column * cell, self._top() + row * rows, cell, min(cell, rows)
        )

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        for row in range(7):
            for column in range(len(self.months)):
                if self.cell_rect(row, column).contains(x, y):
                    return row, column
        return None

    def tally(self, row: int, column: int) -> WeekdayTally | None:
        """The cell's tally; None when none of its days could be done."""
        if not 0 <= column < len(self.months):
            return None
        return self.tallies.get((self.months[column], self.weekday_of_row(row)))

    def describe(self, row: int, column: int) -> str:
        if not 0 <= column < len(self.months):
            return ""
        return self._describe(
            self.months[column], self.weekday_of_row(row), self.tally(row, column)
        )

    # --- input ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is None or not self.months:
            super().keyPressEvent(event)
            return
        row = min(6, max(0, self.current[0] + move[0]))
        column = min(len(self.months) - 1, max(0, self.current[1] + move[1]))
        self.current = (row, column)
        self._update_description()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.cell_at(event.position().x(), event.position().y())
        if found is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.current = found
        self._update_description()
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.cell_at(event.pos().x(), event.pos().y())
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(*found), self)
            return True
        return super().event(event)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.describe(*self.current))

    # --- painting ------------------------------------------------------------------------
    def disc_radius(self, row: int, column: int) -> float:
        """The radius of the cell's disc (0: nothing done, or nothing possible)."""
        found = self.tally(row, column)
        if found is None or not found.done:
            return 0.0
        return self._ring_radius(row, column) * math.sqrt(found.share)

    def _ring_radius(self, row: int, column: int) -> float:
        rect = self.cell_rect(row, column)
        return min(rect.width(), rect.height()) / 2 - 2.5

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colours = chart_colours(self.palette())
        painter.setPen(colours.text)
        metrics = self.fontMetrics()
        cell = self._cell()
        for column, name in enumerate(self._month_names):
            where = self.cell_rect(0, column)
            text = name  # its first letters, as many as the column has room for
            while len(text) > 1 and metrics.horizontalAdvance(text) > cell:
                text = text[:-1]
            painter.drawText(QRectF(where.left(), 0, cell, self._top() - 2), _CENTRE, text)
        for row in range(7):
            where = self.cell_rect(row, 0)
            label = QRectF(0, where.top(), self._label_width() - 6, where.height())
            painter.setPen(colours.text)
            painter.drawText(label, _LEFT_RIGHT, self._day_names[self.weekday_of_row(row)])
            for column in range(len(self.months)):
                self._paint_cell(painter, row, column, colours.line, colours.track)
        if self.hasFocus() and self.months:
            rect = self.cell_rect(*self.current)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_cell(
        self, painter: QPainter, row: int, column: int, fill: QColor, track: QColor
    ) -> None:
        centre = self.cell_rect(row, column).center()
        found = self.tally(row, column)
        if found is None or not found.possible:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawEllipse(centre, 1.5, 1.5)
            return
        ring = self._ring_radius(row, column)
        painter.setPen(QPen(track, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, ring, ring)
        radius = self.disc_radius(row, column)
        if radius:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)


class ProgressBars(FocusFramed):
    """Rows of a bar (the part done filled, the rest an empty track) and a sentence beside it,
    e.g. a purpose's steps done of all its steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, int, str]] = []  # done, of, text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_rows(self, rows: Sequence[tuple[int, int, str]]) -> None:
        self.rows = list(rows)
        self.setAccessibleDescription("; ".join(text for _done, _of, text in self.rows))
        self.setFixedHeight(self._line() * len(self.rows))
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(400, self._line() * len(self.rows))

    def bar_rect(self, index: int) -> QRectF:
        """The whole bar of row ``index`` (its track)."""
        line = self._line()
        width = min(220.0, self.width() * 0.35)
        return QRectF(0, index * line + 4, width, line - 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colours = chart_colours(self.palette())
        line = self._line()
        for index, (done, of, text) in enumerate(self.rows):
            bar = self.bar_rect(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.track)
            painter.drawRoundedRect(bar, 3, 3)
            if of and done:
                painter.setBrush(colours.line)
                painter.drawRoundedRect(
                    QRectF(bar.left(), bar.top(), bar.width() * done / of, bar.height()), 3, 3
                )
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(bar.right() + 8, index * line, self.width() - bar.right() - 8, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        self.paint_focus_frame(painter)
        painter.end()
