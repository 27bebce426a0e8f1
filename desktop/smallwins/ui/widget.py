"""The next-step widget: a small, frameless, always-on-top window showing one thing to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QSizePolicy,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallwins.core.models import NextStep, SnoozedStep
from smallwins.ui.formats import time_text
from smallwins.ui.today import TodayMenu
from smallwins.usecases.view import TodayList

if TYPE_CHECKING:
    # Only named in signatures: creating their Python types costs ~3 ms at start.
    from PySide6.QtGui import (
        QContextMenuEvent,
        QFont,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QShowEvent,
    )

FULL_SIZE = QSize(300, 90)
PILL_SIZE = QSize(180, 30)
SCREEN_MARGIN = 24
MAX_MARKS = 12
# The notice's text colour on a light and on a dark window (contrast ≥ 4.5:1 on each).
NOTICE_LIGHT = "#b3261e"
NOTICE_DARK = "#ff8a80"
BUTTON_STYLE = """
QToolButton { border: none; border-radius: 13px; font-size: 15px; font-weight: bold; }
QToolButton:hover { background: palette(midlight); }
QToolButton:focus { border: 2px solid palette(highlight); }
QToolButton:disabled { color: palette(mid); }
QToolButton#done { background: #2e9e4f; color: white; }
QToolButton#done:hover { background: #25843f; }
"""


def elided(text: str, font: QFont, width: int, lines: int = 1) -> str:
    """``text`` as it fits ``lines`` lines of ``width`` pixels, wrapped at words as a label wraps
    it; when it does not fit, the lines that fit (one a line) and "…" at the end of the last."""
    metrics = QFontMetrics(font)
    flat = text.replace("\n", " ")  # nothing else: a time's narrow no-break space stays
    if width <= 0 or not flat:
        return text
    if lines <= 1:
        return metrics.elidedText(flat, Qt.TextElideMode.ElideRight, width)
    room = QRect(0, 0, width, metrics.lineSpacing() * lines)
    needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), flat)
    if needed.width() <= width and needed.height() <= room.height():
        return flat
    # Only for text that does not fit: creating these types costs time at start.
    from PySide6.QtGui import QTextLayout, QTextOption  # noqa: PLC0415

    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    ends = [*starts[1:], len(flat)]
    rows = [flat[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    rows[-1] = flat[starts[-1] :]  # the last line takes the rest, to be cut with "…"
    return "\n".join(metrics.elidedText(row, Qt.TextElideMode.ElideRight, width) for row in rows)


class ElidedLabel(QLabel):
    """A label that shows as much of its text as fits its room, ending in "…" when cut, with the
    whole text as its tooltip (and as its accessible name, unless the label has its own).

    ``lines``: how many lines it may take (it word-wraps when more than one); 0: as many as fit.
    ``text()`` is what is shown, ``full_text`` the whole. It elides again on every resize, show
    and font change.
    """

    def __init__(self, lines: int = 1, names_itself: bool = True) -> None:
        super().__init__()
        self._full = ""
        self._lines = lines
        self._names_itself = names_itself
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(lines != 1)
        # The room decides what is shown, never the text the room: no growing, no loop.
        vertical = QSizePolicy.Policy.Ignored if lines != 1 else QSizePolicy.Policy.Preferred
        self.setSizePolicy(QSizePolicy.Policy.Ignored, vertical)

    @property
    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        if self._names_itself:
            self.setAccessibleName(text)
        self._elide()

    def _room_lines(self) -> int:
        if self._lines:
            return self._lines
        return max(1, self.contentsRect().height() // self.fontMetrics().lineSpacing())

    def _elide(self) -> None:
        # Until it is shown, a label's size means nothing: keep the whole text meanwhile.
        if self.isVisible():
            shown = elided(self._full, self.font(), self.contentsRect().width(), self._room_lines())
        else:
            shown = self._full
        if shown != super().text():
            super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


class WinMarks(QWidget):
    """Today's wins as marks in a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._pending = 0
        self.setMinimumHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Wins today"))

    @property
    def count(self) -> int:
        return self._count

    @property
    def pending(self) -> int:
        return self._pending

    def set_count(self, count: int) -> None:
        self._count = count
        self._describe()

    def set_pending(self, pending: int) -> None:
        """Wins ticked but not saved yet: drawn as hollow marks after the saved ones."""
        self._pending = pending
        self._describe()

    def _describe(self) -> None:
        text = self.tr("%n win(s) today", "", self._count)
        if self._pending:
            text += " · " + self.tr("%n waiting to be saved", "", self._pending)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        faint = self.palette().color(QPalette.ColorRole.Mid)
        size = 9
        x = 0
        y = (self.height() - size) // 2
        shown = min(self._count, MAX_MARKS)
        waiting = min(self._pending, MAX_MARKS - shown)
        painter.setPen(Qt.PenStyle.NoPen)
        if not shown and not waiting:  # no win yet: one faint mark says where they will be
            painter.setBrush(faint)
            painter.drawEllipse(x, y, size, size)
        for _ in range(shown):
            painter.setBrush(accent)
            painter.drawEllipse(x, y, size, size)
            x += size + 4
        painter.setPen(QPen(accent, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for _ in range(waiting):  # hollow: ticked, not saved yet
            painter.drawEllipse(QRectF(x + 0.75, y + 0.75, size - 1.5, size - 1.5))
            x += size + 4
        if self._count > MAX_MARKS:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRect(x, 0, 40, self.height()),
                Qt.AlignmentFlag.AlignVCenter,
                f"+{self._count - MAX_MARKS}",
            )
        painter.end()


class NextStepWidget(QWidget):
    """Shows the next micro-step with its purpose and today's wins; ✓ done, ↓ smaller, → later.

    Signals:
        done_requested: the user ticked the step (✓, Enter).
        habit_tick_requested(int), step_tick_requested(int): the user chose a habit or a step
            (by id) in the menu's "Today".
        smaller_requested: the user wants a smaller first step (↓, S).
        later_requested: the user pushed the step back (→, L).
        add_requested: the user wants to add a step (the empty state's +).
        unsnooze_requested: the user brought a snoozed step back (↺ while it is snoozed).
        hide_requested: the user hid the widget (Esc, menu).
        window_requested(str): the user opened a window (by name) from the widget's menu.
        collapsed_changed(bool): the widget became a pill (True) or full size.
        opacity_chosen(float), on_top_chosen(bool): display options changed from the menu.
        moved(QPoint): the user dragged the widget to a new place.
    """

    done_requested = Signal()
    habit_tick_requested = Signal(int)
    step_tick_requested = Signal(int)
    smaller_requested = Signal()
    later_requested = Signal()
    add_requested = Signal()
    unsnooze_requested = Signal()
    hide_requested = Signal()
    window_requested = Signal(str)
    collapsed_changed = Signal(bool)
    opacity_chosen = Signal(float)
    on_top_chosen = Signal(bool)
    moved = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_top = True
        self._apply_flags()
        self.setAccessibleName(self.tr("Next step"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._drag_from: QPoint | None = None
        self._dragged = False
        self._collapsed = False
        self._next = NextStep()
        self._snoozed: SnoozedStep | None = None
        self._restyling = False
        self._pill_text = ""
        # When a click opened the pill: the double-click it begins must not close it again.
        self._opened_at: int | None = None

        self.today_menu = TodayMenu(self)
        self.today_menu.habit_chosen.connect(self.habit_tick_requested.emit)
        self.today_menu.step_chosen.connect(self.step_tick_requested.emit)

        self.text, self.purpose = self._build_labels()
        self.marks = WinMarks()
        self.notice, self._notice_text = self._build_notice(), ""

        self.done_button = self._button("✓", self.tr("Done"), None)
        self.done_button.clicked.connect(self.trigger_done)
        self.done_button.setObjectName("done")
        # Focusing the widget (click, window activation) lands on ✓, so Enter or Space ticks.
        self.setFocusProxy(self.done_button)
        self.smaller_button = self._button("↓", self.tr("Smaller version"), self.smaller_requested)
        self.later_button = self._button("→", self.tr("Later"), self.later_requested)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.done_button, self.smaller_button, self.later_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addLayout(buttons)
        # The purpose and the marks take the whole width, under the buttons too.
        full = QWidget()
        column = QVBoxLayout(full)
        column.setContentsMargins(12, 8, 8, 8)
        column.setSpacing(2)
        column.addLayout(row, 1)
        column.addWidget(self.purpose)
        column.addWidget(self.notice)
        column.addWidget(self.marks)

        pill = self._build_pill()
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        # Each page has its own size; the hidden page must not hold the window at its size.
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._stack.addWidget(full)
        self._stack.addWidget(pill)
        self.setFixedSize(FULL_SIZE)
        self.setStyleSheet(BUTTON_STYLE)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.show_next(NextStep(), 0)

    # --- building ------------------------------------------------------------------------
    @staticmethod
    def _build_labels() -> tuple[ElidedLabel, ElidedLabel]:
        text = ElidedLabel(lines=0)
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        purpose = ElidedLabel(lines=1)
        small = purpose.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.82))
        purpose.setFont(small)
        purpose.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return text, purpose

    @staticmethod
    def _build_notice() -> ElidedLabel:
        """Said where the user looks when a change could not be saved; hidden while all is well."""
        notice = ElidedLabel(lines=1)
        notice.setObjectName("notice")
        small = notice.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.82))
        small.setBold(True)
        notice.setFont(small)
        notice.hide()
        return notice

    def _build_pill(self) -> QWidget:
        pill = QWidget()
        pill_row = QHBoxLayout(pill)
        pill_row.setContentsMargins(10, 2, 4, 2)
        self.pill_label = ElidedLabel(lines=1, names_itself=False)
        self.pill_label.setAccessibleName(self.tr("Next step (collapsed)"))
        self.expand_button = self._button("⤢", self.tr("Expand"), None)
        self.expand_button.clicked.connect(lambda: self.set_collapsed(False, user=True))
        pill_row.addWidget(self.pill_label, 1)
        pill_row.addWidget(self.expand_button)
        return pill

    def _button(self, glyph: str, name: str, signal: SignalInstance | None) -> QToolButton:
        button = QToolButton()
        button.setText(glyph)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setFixedSize(26, 26)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if signal is not None:
            button.clicked.connect(signal.emit)
        return button

    def _apply_flags(self) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
        if self._on_top:
            flags |= Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(flags)

    # --- state ---------------------------------------------------------------------------
    @property
    def current(self) -> NextStep:
        return self._next

    @property
    def snoozed(self) -> SnoozedStep | None:
        return self._snoozed

    @property
    def full_text(self) -> str:
        """The whole step text; ``text.text()`` is what fits, cut with "…"."""
        return self.text.full_text

    @property
    def collapsed(self) -> bool:
        return self._collapsed

    @property
    def on_top(self) -> bool:
        return self._on_top

    def show_next(self, nxt: NextStep, wins_today: int, snoozed: SnoozedStep | None = None) -> None:
        """Show the next step (or, with nothing next, what is snoozed, else the friendly empty
        state) and today's wins."""
        self._next = nxt
        self._snoozed = snoozed if nxt.kind is None else None
        if self._snoozed is not None:
            until = time_text(self._snoozed.until_local)
            text = (
                self.tr("Snoozed until %1: %2")
                .replace("%1", until)
                .replace("%2", self._snoozed.step.text or "")
            )
            purpose = self._snoozed.step.purpose or ""
            self.done_button.setText("↺")
            self.done_button.setToolTip(self.tr("Bring it back now"))
            self.done_button.setAccessibleName(self.tr("Bring it back now"))
        elif nxt.kind is None:
            text = self.tr("Add one tiny step")
            purpose = self.tr("What is the smallest thing you could do next?")
            self.done_button.setText("+")
            self.done_button.setToolTip(self.tr("Add step"))
            self.done_button.setAccessibleName(self.tr("Add step"))
        else:
            text = nxt.text or ""
            if nxt.kind == "habit" and nxt.routine:
                purpose = self.tr("After %1").replace("%1", nxt.routine)
                if nxt.purpose:
                    purpose += f" · {nxt.purpose}"
            else:
                purpose = nxt.purpose or ""
            self.done_button.setText("✓")
            self.done_button.setToolTip(self.tr("Done"))
            self.done_button.setAccessibleName(self.tr("Done"))
        self.text.setText(text)
        self.purpose.setText(purpose)
        self.smaller_button.setEnabled(nxt.kind is not None)
        self.later_button.setEnabled(nxt.kind is not None)
        self.marks.set_count(wins_today)
        self._pill_text = f"✓ {wins_today} · {text}"
        self.pill_label.setText(("⚠ " if self._notice_text else "") + self._pill_text)
        self.setAccessibleDescription(f"{text}. {purpose}")
        # The title names the step too: screen readers and window lists show it.
        self.setWindowTitle(f"{text} — Small Wins")

    def set_today(self, today: TodayList) -> None:
        """What the menu's "Today" lists."""
        self.today_menu.set_list(today)

    @property
    def notice_text(self) -> str:
        """What the notice line says ("" while hidden)."""
        return self._notice_text

    def show_notice(self, text: str | None, pending: int = 0, detail: str = "") -> None:
        """Say that something was not saved (or is saved now) under the step; None hides it.

        ``pending``: the wins ticked but not saved yet, drawn as hollow marks; ``detail``
        (how many wait) is in the notice's tooltip and accessible name: the line is short."""
        self._notice_text = text or ""
        self.marks.set_pending(pending)
        if not text:
            self.notice.hide()
            self.pill_label.setText(self._pill_text)
            return
        self.notice.setText("⚠ " + text)
        whole = "\n".join(filter(None, (text, detail)))
        self.notice.setToolTip(whole)
        self.notice.setAccessibleName(whole)
        self._colour_notice()
        self.notice.show()
        self.pill_label.setText("⚠ " + self._pill_text)

    def _colour_notice(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.notice.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor(NOTICE_DARK if dark else NOTICE_LIGHT)
        )
        self.notice.setPalette(palette)

    def set_collapsed(self, collapsed: bool, user: bool = False) -> None:
        if collapsed == self._collapsed:
            return
        self._collapsed = collapsed
        self._stack.setCurrentIndex(1 if collapsed else 0)
        self.setFixedSize(PILL_SIZE if collapsed else FULL_SIZE)
        if user:
            self.collapsed_changed.emit(collapsed)

    def set_on_top(self, on_top: bool) -> None:
        if on_top == self._on_top:
            return
        self._on_top = on_top
        visible = self.isVisible()
        where = self.pos()
        self._apply_flags()
        if visible:
            self.move(where)
            self.show()

    def trigger_done(self) -> None:
        if self._snoozed is not None:
            self.unsnooze_requested.emit()
        elif self._next.kind is None:
            self.add_requested.emit()
        else:
            self.done_requested.emit()

    # --- placement -----------------------------------------------------------------------
    @staticmethod
    def screen_layout_key() -> str:
        """Names the current arrangement of screens, so each arrangement keeps its own place."""
        rects = sorted(
            (g.x(), g.y(), g.width(), g.height())
            for g in (s.geometry() for s in QGuiApplication.screens())
        )
        return ";".join(",".join(str(n) for n in r) for r in rects) or "none"

    def place(self, saved: QPoint | None) -> QPoint:
        """Move to ``saved`` if it is on a visible screen, else to a default corner."""
        size = self.size()
        if saved is not None:
            wanted = QRect(saved, size)
            for screen in QGuiApplication.screens():
                area = screen.availableGeometry()
                if area.intersected(wanted).width() * area.intersected(wanted).height() >= (
                    size.width() * size.height() // 2
                ):
                    self.move(self._clamp(saved, area))
                    return self.pos()
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else QRect(0, 0, 1280, 800)
        corner = QPoint(
            area.right() - size.width() - SCREEN_MARGIN,
            area.bottom() - size.height() - SCREEN_MARGIN,
        )
        self.move(corner)
        return corner

    def _clamp(self, point: QPoint, area: QRect) -> QPoint:
        x = min(max(point.x(), area.left()), area.right() - self.width() + 1)
        y = min(max(point.y(), area.top()), area.bottom() - self.height() + 1)
        return QPoint(x, y)

    # --- events --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            # Under a widget with a style sheet, Qt does not hand a new palette (a live theme
            # change) down to the children: they keep the colours they were polished with, and
            # palette(...) in the sheet stays resolved against the old palette. Applying the
            # sheet anew polishes them again with the new palette.
            self._restyling = True
            try:
                self.setStyleSheet("")
                self.setStyleSheet(BUTTON_STYLE)
            finally:
                self._restyling = False
            self._colour_notice()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
            self._dragged = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            self._dragged = True
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = None
            self._opened_at = None
            if self._dragged:
                self.moved.emit(self.pos())
            elif self._collapsed:
                self.set_collapsed(False, user=True)
                self._opened_at = event.timestamp()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The first click of a double-click on the pill has opened it already (the release comes
        # before the double-click): it stays open. Elsewhere a double-click collapses.
        opened_at, self._opened_at = self._opened_at, None
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        if opened_at is not None and 0 <= event.timestamp() - opened_at <= interval:
            event.accept()
            return
        self.set_collapsed(not self._collapsed, user=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focused = self.focusWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focused, QToolButton) and focused.isEnabled():
                focused.click()
            else:
                self.trigger_done()
        elif key == Qt.Key.Key_S and self._next.kind is not None:
            self.smaller_requested.emit()
        elif key == Qt.Key.Key_L and self._next.kind is not None:
            self.later_requested.emit()
        elif key == Qt.Key.Key_C:
            self.set_collapsed(not self._collapsed, user=True)
        elif key == Qt.Key.Key_Escape:
            self.hide_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addMenu(self.today_menu)
        menu.addSeparator()
        collapse = menu.addAction(self.tr("Expand") if self._collapsed else self.tr("Collapse"))
        collapse.triggered.connect(lambda: self.set_collapsed(not self._collapsed, user=True))
        on_top = menu.addAction(self.tr("Always on top"))
        on_top.setCheckable(True)
        on_top.setChecked(self._on_top)
        on_top.toggled.connect(self.on_top_chosen.emit)
        opacity_menu = menu.addMenu(self.tr("Opacity"))
        group = QActionGroup(opacity_menu)
        for percent in (100, 85, 70, 50):
            action = QAction(f"{percent} %", opacity_menu)
            action.setCheckable(True)
            action.setChecked(abs(self.windowOpacity() * 100 - percent) < 1)
            action.triggered.connect(lambda _=False, p=percent: self.opacity_chosen.emit(p / 100))
            group.addAction(action)
            opacity_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Plan…")).triggered.connect(
            lambda: self.window_requested.emit("plan")
        )
        menu.addAction(self.tr("Streaks…")).triggered.connect(
            lambda: self.window_requested.emit("streaks")
        )
        menu.addAction(self.tr("Weekly review…")).triggered.connect(
            lambda: self.window_requested.emit("review")
        )
        menu.addAction(self.tr("Settings…")).triggered.connect(
            lambda: self.window_requested.emit("settings")
        )
        menu.addAction(self.tr("Hide widget")).triggered.connect(self.hide_requested.emit)
        return menu
