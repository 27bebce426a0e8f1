"""The streaks window's painted calendars: a year heatmap (weeks as columns, weekdays as rows),
a month view, and their legend, all drawn by one function (:func:`paint_mark`).

Every mark differs in shape, fill or hatching, not only in colour, so the calendars read for
colour-blind users and in greyscale. The first day of the week follows the locale unless
Settings chose another.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from smallwins.ui.focusframe import FocusFramed


class Look(enum.StrEnum):
    """What a day cell shows: a habit's mark (the values of ``usecases.queries.Mark``) or, for
    all habits together, how much of the day's schedule was done."""

    DONE = "done"
    TINY = "tiny"
    RECOVERY = "recovery"
    REST = "rest"
    MISSED = "missed"
    BENT = "bent"
    PENDING = "pending"
    UNSCHEDULED = "unscheduled"
    BEFORE = "before"
    FUTURE = "future"
    SHARE_NONE = "share-none"
    SHARE_SOME = "share-some"  # under half
    SHARE_MOST = "share-most"  # half or more, not all
    SHARE_ALL = "share-all"


GREEN = QColor("#2f9e44")
BLUE = QColor("#3b7dd8")
RED = QColor("#e03131")
RED_ON_DARK = QColor("#ff7070")  # lighter: the cross stands out of a dark theme in grey too
ORANGE = QColor("#e8890c")
SHARE_FILL = {
    Look.SHARE_NONE: 0.0,
    Look.SHARE_SOME: 1 / 3,
    Look.SHARE_MOST: 2 / 3,
    Look.SHARE_ALL: 1.0,
}
SOLID = Qt.PenStyle.SolidLine


def share_look(done: int, scheduled: int) -> Look:
    """The look of a day on which ``done`` of ``scheduled`` habits were done."""
    if scheduled == 0:
        return Look.UNSCHEDULED
    if done == 0:
        return Look.SHARE_NONE
    if done == scheduled:
        return Look.SHARE_ALL
    return Look.SHARE_SOME if done * 2 < scheduled else Look.SHARE_MOST


class _Marker:
    """Draws the marks into one square; a method per look."""

    def __init__(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        self.painter = painter
        self.rect = rect
        self.palette = palette
        self.text = palette.color(QPalette.ColorRole.WindowText)
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        self.red = RED_ON_DARK if dark else RED
        self.line = max(1.0, rect.width() / 10)
        half = self.line / 2
        self.box = rect.adjusted(half, half, -half, -half)
        self.radius = rect.width() / 6
        inset = rect.width() * 0.3
        self.inner = rect.adjusted(inset, inset, -inset, -inset)

    def outline(self, colour: QColor, width: float = 1.0, style: Qt.PenStyle = SOLID) -> None:
        self.painter.setPen(QPen(colour, self.line * width, style))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRoundedRect(self.box, self.radius, self.radius)

    def fill(self, colour: QColor, area: QRectF) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(colour)
        self.painter.drawRoundedRect(area, self.radius, self.radius)

    def stroke(self, colour: QColor, width: float) -> None:
        self.painter.setPen(QPen(colour, self.line * width, SOLID, Qt.PenCapStyle.RoundCap))

    def done(self) -> None:
        self.fill(GREEN, self.rect)

    def tiny(self) -> None:  # a green frame with a small filled square: a smaller win
        self.outline(GREEN)
        self.fill(GREEN, self.inner)

    def recovery(self) -> None:  # filled, with a hole: the win that saved the streak
        self.fill(GREEN, self.rect)
        self.painter.setBrush(self.palette.color(QPalette.ColorRole.Window))
        self.painter.drawEllipse(self.inner)

    def rest(self) -> None:  # a frame with a level bar: a pause
        self.outline(BLUE)
        self.stroke(BLUE, 1.6)
        middle = self.rect.center().y()
        self.painter.drawLine(
            QPointF(self.inner.left(), middle), QPointF(self.inner.right(), middle)
        )

    def missed(self) -> None:  # a cross
        self.outline(self.red)
        self.stroke(self.red, 2.2)  # bold: a thin cross fades into a dark background in grey
        self.painter.drawLine(self.inner.topLeft(), self.inner.bottomRight())
        self.painter.drawLine(self.inner.topRight(), self.inner.bottomLeft())

    def bent(self) -> None:  # hatched: missed once, the streak kept
        self.outline(ORANGE)
        rect = self.rect
        self.painter.setClipRect(self.box)
        self.painter.setPen(QPen(ORANGE, self.line))
        step = max(3.0, rect.width() / 4)
        offset = -rect.height()
        while offset < rect.width():
            self.painter.drawLine(
                QPointF(rect.left() + offset, rect.bottom()),
                QPointF(rect.left() + offset + rect.height(), rect.top()),
            )
            offset += step

    def pending(self) -> None:  # today, still open: a bold frame
        self.outline(self.text, 1.8)

    def unscheduled(self) -> None:  # a dot: a day off the schedule
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self.palette.color(QPalette.ColorRole.Mid))
        dot = self.rect.width() / 5
        self.painter.drawEllipse(self.rect.center(), dot, dot)

    def before(self) -> None:  # a plain, faint square: the habit did not exist yet
        faint = QColor(self.text)
        faint.setAlphaF(0.12)
        self.fill(faint, self.rect)

    def future(self) -> None:  # a dotted frame: still to come
        faint = QColor(self.text)
        faint.setAlphaF(0.45)
        self.outline(faint, 1.0, Qt.PenStyle.DotLine)

    def share(self, part: float) -> None:  # filled from the bottom by the share done
        self.outline(GREEN)
        if part:
            rect = self.rect
            top = rect.bottom() - rect.height() * part
            self.painter.setClipRect(QRectF(rect.left(), top, rect.width(), rect.height() * part))
            self.fill(GREEN, rect)


def paint_mark(painter: QPainter, rect: QRectF, look: Look, palette: QPalette) -> None:
    """Draw one day's mark into ``rect`` (a square)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    marker = _Marker(painter, rect, palette)
    if look in SHARE_FILL:
        marker.share(SHARE_FILL[look])
    else:
        getattr(marker, look.value)()
    painter.restore()


class DayGrid(FocusFramed):
    """Days as cells, with a cursor the keyboard moves; the base of the year and month views.

    Signals:
        day_activated(date): the user clicked a day or pressed Enter on it.
        cursor_moved(date): the cursor is on another day (shown or not yet).
        range_left(date): the cursor was moved to a day outside the days shown.
    """

    day_activated = Signal(object)
    cursor_moved = Signal(object)
    range_left = Signal(object)

    # (key, days) the arrows move the cursor by; set by each view.
    ARROWS: ClassVar[dict[Qt.Key, int]] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.first = self.last = self.current_day = date.today()
        self.week_first = first_weekday()
        self._looks: dict[date, Look] = {}
        self._describe: Callable[[date], str] = lambda day: ""

    def set_week_first(self, weekday: int) -> None:
        """Start the weeks on ``weekday`` (0 = Monday): only the places of the cells move."""
        if weekday == self.week_first:
            return
        self.week_first = weekday
        self.updateGeometry()
        self.fit_height()
        self.update()

    def fit_height(self) -> None:
        """Take the height the cells need at the present width (per view)."""

    # --- data ------------------------------------------------------------------------------
    def set_days(
        self, looks: dict[date, Look], describe: Callable[[date], str], current_day: date
    ) -> None:
        """Show ``looks`` (one per day, first to last); ``describe`` says a day in words."""
        self._looks = looks
        self._describe = describe
        self.first, self.last = min(looks), max(looks)
        self.current_day = min(max(current_day, self.first), self.last)
        self._update_description()
        self.updateGeometry()
        self.fit_height()  # a month may have a week more or less
        self.update()

    def look_on(self, day: date) -> Look | None:
        return self._looks.get(day)

    def describe(self, day: date) -> str:
        return self._describe(day)

    # --- geometry, per view -------------------------------------------------------------------
    def cell_rect(self, day: date) -> QRectF | None:
        raise NotImplementedError

    def day_at(self, x: float, y: float) -> date | None:
        day = self.first
        while day <= self.last:
            rect = self.cell_rect(day)
            if rect is not None and rect.contains(x, y):
                return day
            day += timedelta(days=1)
        return None

    # --- input -----------------------------------------------------------------------------
    def move_cursor(self, days: int) -> None:
        target = self.current_day + timedelta(days=days)
        if not self.first <= target <= self.last:
            self.range_left.emit(target)
            return
        self.current_day = target
        self._update_description()
        self.cursor_moved.emit(target)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.ARROWS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.move_cursor(self.ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self.current_day)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.current_day = day
        self._update_description()
        self.cursor_moved.emit(day)
        self.update()
        self.day_activated.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos().x(), event.pos().y())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            return True
        return super().event(event)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.describe(self.current_day))
        self.setToolTip("")

    def refresh_description(self) -> None:
        """Say the day again: what ``describe`` tells of it changed (a note)."""
        self._update_description()

    # --- painting --------------------------------------------------------------------------
    def paint_cells(self, painter: QPainter) -> None:
        palette = self.palette()
        day = self.first
        while day <= self.last:
            rect = self.cell_rect(day)
            look = self._looks.get(day)
            if rect is not None and look is not None:
                paint_mark(painter, rect, look, palette)
            day += timedelta(days=1)
        rect = self.cell_rect(self.current_day)
        if rect is not None and self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), max(2.0, rect.width() / 7))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = rect.width() / 6
            painter.drawRect(rect.adjusted(-grow, -grow, grow, grow))


def first_weekday(chosen: int | None = None) -> int:
    """The first day of the week, 0 = Monday as ``date.weekday()`` counts: ``chosen`` (in
    Settings), else the locale's."""
    return QLocale().firstDayOfWeek().value - 1 if chosen is None else chosen


def week_start(day: date, first: int) -> date:
    return day - timedelta(days=(day.weekday() - first) % 7)


def weekday_name(weekday: int) -> str:
    """The locale's short name of a weekday (0 = Monday)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


class YearHeatmap(DayGrid):
    """A year as a contribution calendar: a column per week, a row per weekday."""

    ARROWS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
        Qt.Key.Key_Left: -7,
        Qt.Key.Key_Right: 7,
    }
    MIN_CELL = 7.0
    MAX_CELL = 16.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label: float | None = None  # the weekday names' width, while font and language stay

    def set_days(
        self, looks: dict[date, Look], describe: Callable[[date], str], current_day: date
    ) -> None:
        self._label = None  # the language may have changed since (QLocale.setDefault)
        super().set_days(looks, describe, current_day)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._label = None
        super().changeEvent(event)

    def _columns(self) -> int:
        start = week_start(self.first, self.week_first)
        return (self.last - start).days // 7 + 1

    def _label_width(self) -> float:
        # Kept while the font and the language stay: every cell's place needs it, and
        # measuring seven names for each of a year's cells took most of a repaint
        # (bench_streaks: switching habit 41 -> 18 ms, year 76 -> 17 ms with it kept). Forgotten
        # on a new font or new days rather than checked per cell: QFont.key() for each of a
        # year's cells took a third of the rest.
        if self._label is None:
            metrics = self.fontMetrics()
            self._label = max(metrics.horizontalAdvance(weekday_name(d)) for d in range(7)) + 6.0
        return self._label

    def _cell(self) -> float:
        room = (self.width() - self._label_width() - 2) / max(1, self._columns())
        return max(self.MIN_CELL, min(self.MAX_CELL, room))

    def sizeHint(self) -> QSize:
        width = self._label_width() + self._columns() * self.MAX_CELL + 2
        return QSize(round(width), self.heightForWidth(round(width)))

    def minimumSizeHint(self) -> QSize:
        width = self._label_width() + self._columns() * self.MIN_CELL + 2
        return QSize(round(width), self.heightForWidth(round(width)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        room = (width - self._label_width() - 2) / max(1, self._columns())
        cell = max(self.MIN_CELL, min(self.MAX_CELL, room))
        return round(self.fontMetrics().height() + 4 + 7 * cell + 4)

    def fit_height(self) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))

    def resizeEvent(self, event: object) -> None:
        self.fit_height()

    def cell_rect(self, day: date) -> QRectF | None:
        if not self.first <= day <= self.last:
            return None
        cell = self._cell()
        start = week_start(self.first, self.week_first)
        column = (day - start).days // 7
        row = (day.weekday() - self.week_first) % 7
        gap = max(1.0, cell / 7)
        x = self._label_width() + column * cell
        y = self.fontMetrics().height() + 4 + row * cell
        return QRectF(x + gap / 2, y + gap / 2, cell - gap, cell - gap)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = self.fontMetrics()
        cell = self._cell()
        top = metrics.height() + 4
        # Weekday labels: every other row when the rows are lower than a line of text.
        every = 1 if cell >= metrics.height() else 2
        for row in range(0, 7, every):
            weekday = (self.week_first + row) % 7
            rect = QRectF(0, top + row * cell, self._label_width() - 6, cell)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                weekday_name(weekday),
            )
        # Month labels above the week in which each month begins.
        day = self.first.replace(day=1)
        locale = QLocale()
        while day <= self.last:
            where = self.cell_rect(max(day, self.first))
            if where is not None:
                name = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                painter.drawText(QPointF(where.left(), metrics.ascent() + 1), name)
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        self.paint_cells(painter)
        painter.end()


class MonthView(DayGrid):
    """One month as a calendar page: a row per week, a column per weekday, big marks."""

    ARROWS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Up: -7,
        Qt.Key.Key_Down: 7,
    }
    CELL = 34.0

    def _rows(self) -> int:
        start = week_start(self.first, self.week_first)
        return (self.last - start).days // 7 + 1

    def _column_width(self) -> float:
        return max(self.fontMetrics().horizontalAdvance("00") * 2.2, self.width() / 7)

    def _row_height(self) -> float:
        return min(self.CELL, self._column_width()) + 2

    def sizeHint(self) -> QSize:
        return QSize(round(7 * self.CELL * 1.6), self._height(self.CELL + 2))

    def minimumSizeHint(self) -> QSize:
        width = 7 * self.fontMetrics().horizontalAdvance("00") * 2.2
        return QSize(round(width), self._height(self.CELL + 2))

    def _height(self, row: float) -> int:
        return round(self.fontMetrics().height() + 6 + self._rows() * row)

    def fit_height(self) -> None:
        self.setFixedHeight(self._height(self._row_height()))

    def resizeEvent(self, event: object) -> None:
        self.fit_height()

    def cell_rect(self, day: date) -> QRectF | None:
        """The mark's square of ``day``; its number is written to the left of it."""
        if not self.first <= day <= self.last:
            return None
        start = week_start(self.first, self.week_first)
        row = (day - start).days // 7
        column = (day.weekday() - self.week_first) % 7
        width = self._column_width()
        height = self._row_height()
        size = min(height - 6, width * 0.5)
        x = column * width + width - size - 4
        y = self.fontMetrics().height() + 6 + row * height + (height - size) / 2
        return QRectF(x, y, size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        width = self._column_width()
        metrics = self.fontMetrics()
        for column in range(7):
            weekday = (self.week_first + column) % 7
            rect = QRectF(column * width, 0, width, metrics.height() + 4)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), weekday_name(weekday))
        day = self.first
        while day <= self.last:
            mark = self.cell_rect(day)
            if mark is not None:
                # Left of the mark, clear of the cursor's frame around it.
                right = mark.left() - mark.width() / 3 - 2
                number = QRectF(right - width / 2, mark.top(), width / 2, mark.height())
                painter.drawText(
                    number,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    locale_number(day.day),
                )
            day += timedelta(days=1)
        self.paint_cells(painter)
        painter.end()


def locale_number(value: int) -> str:
    return QLocale().toString(value)


class Legend(QWidget):
    """The marks in use and what they mean, drawn by :func:`paint_mark`, wrapping to the width."""

    SWATCH = 14.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[Look, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries: Sequence[tuple[Look, str]]) -> None:
        self.entries = list(entries)
        self.setAccessibleDescription("; ".join(text for _look, text in self.entries))
        self.setFixedHeight(self.heightForWidth(max(self.width(), 200)))
        self.update()

    def _places(self, width: float) -> list[tuple[QRectF, QPointF]]:
        """Where each entry's mark and text go."""
        metrics = self.fontMetrics()
        line = max(self.SWATCH, metrics.height()) + 4
        x = y = 0.0
        places: list[tuple[QRectF, QPointF]] = []
        for _look, text in self.entries:
            need = self.SWATCH + 5 + metrics.horizontalAdvance(text) + 14
            if x > 0 and x + need > width:
                x, y = 0.0, y + line
            swatch = QRectF(x, y + (line - self.SWATCH) / 2, self.SWATCH, self.SWATCH)
            baseline = QPointF(x + self.SWATCH + 5, y + (line + metrics.ascent()) / 2 - 1)
            places.append((swatch, baseline))
            x += need
        return places

    def swatch_rect(self, index: int) -> QRectF:
        return self._places(self.width())[index][0]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(width)
        line = max(self.SWATCH, self.fontMetrics().height()) + 4
        return round(places[-1][0].top() + line) if places else 0

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def resizeEvent(self, event: object) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        for (look, text), (swatch, baseline) in zip(
            self.entries, self._places(self.width()), strict=True
        ):
            paint_mark(painter, swatch, look, palette)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(baseline, text)
        painter.end()
