"""The tray icon: its state, its tooltip, a click that ticks, and a menu that is always current."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from smallwins.core.models import NextStep, SnoozedStep
from smallwins.ui.formats import menu_text, time_text
from smallwins.ui.icons import TrayState, tray_icon
from smallwins.ui.today import TodayMenu
from smallwins.usecases.view import TodayList

WIN_BADGE_MS = 2500


class Tray(QObject):
    """The system tray icon and its menu.

    Signals:
        tick_requested: the icon was clicked, or "✓ <next step>" chosen.
        habit_tick_requested(int), step_tick_requested(int): a habit or a step (by id) was
            chosen in "Today".
        smaller_requested, add_requested, undo_requested, quit_requested:
            the menu item of that name was chosen.
        unsnooze_requested: "Bring back" of a snoozed step was chosen.
        window_requested(str): a window was asked for by its name (ui/windows.py).
        snooze_requested(int): minutes to snooze the next step; 0 means until tomorrow.
        pause_requested(int): minutes to pause reminders; 0 means until tomorrow.
        vacation_requested, resume_requested: "Vacation…" / "Resume reminders" was chosen.
        widget_toggled(bool): "Show widget" (True) or "Hide widget" (False) was chosen.
        export_requested, import_requested: "Export…" / "Import…" was chosen.
    """

    tick_requested = Signal()
    habit_tick_requested = Signal(int)
    step_tick_requested = Signal(int)
    smaller_requested = Signal()
    add_requested = Signal()
    unsnooze_requested = Signal()
    window_requested = Signal(str)
    undo_requested = Signal()
    quit_requested = Signal()
    snooze_requested = Signal(int)
    pause_requested = Signal(int)
    vacation_requested = Signal()
    resume_requested = Signal()
    widget_toggled = Signal(bool)
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QObject | None = None, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self._platform = platform
        self._next = NextStep()
        self._snoozed: SnoozedStep | None = None
        self._wins_today = 0
        self._widget_visible = True
        self._paused = False
        self._problem: str | None = None
        self._problem_detail = ""
        self._state = TrayState.IDLE
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        # Kept across rebuilds (the menu's clear() leaves it) and filled whenever the data change.
        self.today_menu = TodayMenu(self.menu)
        self.today_menu.habit_chosen.connect(self.habit_tick_requested.emit)
        self.today_menu.step_chosen.connect(self.step_tick_requested.emit)
        self.icon.activated.connect(self._on_activated)
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(WIN_BADGE_MS)
        self._badge_timer.timeout.connect(self._end_badge)
        self._apply_icon()
        self.rebuild_menu()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def state(self) -> TrayState:
        return self._state

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update_state(
        self,
        nxt: NextStep,
        wins_today: int,
        widget_visible: bool,
        paused: bool = False,
        snoozed: SnoozedStep | None = None,
    ) -> None:
        self._paused = paused
        self._next = nxt
        self._snoozed = snoozed if nxt.kind is None else None
        self._wins_today = wins_today
        self._widget_visible = widget_visible
        if not self._badge_timer.isActive():
            self._state = self._resting_state()
            self._apply_icon()
        self.icon.setToolTip(self.tooltip())

    def set_problem(self, problem: str | None, detail: str = "") -> None:
        """Show that changes cannot be saved (``problem``: the sentence; None: all is well
        again), with ``detail`` (e.g. how many wins wait) under it in the tooltip."""
        self._problem, self._problem_detail = problem, detail
        if not self._badge_timer.isActive():
            self._state = self._resting_state()
            self._apply_icon()
        self.icon.setToolTip(self.tooltip())

    @property
    def problem(self) -> str | None:
        return self._problem

    def _resting_state(self) -> TrayState:
        if self._problem is not None:
            return TrayState.PROBLEM
        return TrayState.DUE if self._next.kind is not None else TrayState.IDLE

    def set_today(self, today: TodayList) -> None:
        """What the "Today" submenu lists."""
        self.today_menu.set_list(today)

    def flash_win(self, wins_today: int) -> None:
        """Show the win badge with today's count for a moment."""
        self._wins_today = wins_today
        self._state = TrayState.WIN
        self._apply_icon()
        self.icon.setToolTip(self.tooltip())
        self._badge_timer.start()

    def tooltip(self) -> str:
        wins = self.tr("%n win(s) today", "", self._wins_today)
        problem = ""
        if self._problem is not None:
            problem = "⚠ " + "\n".join(filter(None, (self._problem, self._problem_detail))) + "\n"
        if self._snoozed is not None:
            return problem + self.snoozed_text() + "\n" + wins
        if self._next.kind is None:
            return problem + self.tr("Small Wins — add one tiny step") + "\n" + wins
        return problem + self.tr("Next: %1").replace("%1", self._next.text or "") + "\n" + wins

    def snoozed_text(self) -> str:
        snoozed = self._snoozed
        if snoozed is None:
            return ""
        return (
            self.tr("Snoozed until %1: %2")
            .replace("%1", time_text(snoozed.until_local))
            .replace("%2", snoozed.step.text or "")
        )

    def _end_badge(self) -> None:
        self._state = self._resting_state()
        self._apply_icon()

    def _apply_icon(self) -> None:
        count = self._wins_today if self._state is TrayState.WIN else 0
        self.icon.setIcon(tray_icon(self._state, count))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.tick_requested.emit()

    def rebuild_menu(self) -> None:
        """Fill the menu from the current state (called each time it opens)."""
        menu = self.menu
        menu.clear()
        has_next = self._next.kind is not None
        if has_next:
            tick = menu.addAction("✓ " + menu_text(self._next.text or ""))
            tick.triggered.connect(self.tick_requested.emit)
        elif self._snoozed is not None:
            menu.addAction(menu_text(self.snoozed_text())).setEnabled(False)
            menu.addAction(self.tr("↺ Bring it back now")).triggered.connect(
                self.unsnooze_requested.emit
            )
        else:
            menu.addAction(self.tr("Nothing next — add one tiny step")).setEnabled(False)
        menu.addMenu(self.today_menu)
        if has_next:
            menu.addAction(self.tr("Smaller version…")).triggered.connect(
                self.smaller_requested.emit
            )
            snooze = menu.addMenu(self.tr("Snooze"))
            for label, minutes in (
                (self.tr("10 minutes"), 10),
                (self.tr("1 hour"), 60),
                (self.tr("Until tomorrow"), 0),
            ):
                action = QAction(label, snooze)
                action.triggered.connect(lambda _=False, m=minutes: self.snooze_requested.emit(m))
                snooze.addAction(action)
        menu.addAction(self.tr("Add step…")).triggered.connect(self.add_requested.emit)
        if self._wins_today:
            menu.addAction(self.tr("Undo last win")).triggered.connect(self.undo_requested.emit)
        menu.addSeparator()
        if self._paused:
            menu.addAction(self.tr("Resume reminders")).triggered.connect(
                self.resume_requested.emit
            )
        else:
            pause = menu.addMenu(self.tr("Pause reminders"))
            for label, minutes in ((self.tr("1 hour"), 60), (self.tr("Until tomorrow"), 0)):
                action = QAction(label, pause)
                action.triggered.connect(lambda _=False, m=minutes: self.pause_requested.emit(m))
                pause.addAction(action)
            vacation = QAction(self.tr("Vacation…"), pause)
            vacation.triggered.connect(self.vacation_requested.emit)
            pause.addAction(vacation)
        if self._widget_visible:
            menu.addAction(self.tr("Hide widget")).triggered.connect(
                lambda: self.widget_toggled.emit(False)
            )
        else:
            menu.addAction(self.tr("Show widget")).triggered.connect(
                lambda: self.widget_toggled.emit(True)
            )
        menu.addAction(self.tr("Plan…")).triggered.connect(
            lambda: self.window_requested.emit("plan")
        )
        menu.addAction(self.tr("Streaks…")).triggered.connect(
            lambda: self.window_requested.emit("streaks")
        )
        menu.addAction(self.tr("Weekly review…")).triggered.connect(
            lambda: self.window_requested.emit("review")
        )
        menu.addAction(self.tr("Export…")).triggered.connect(self.export_requested.emit)
        menu.addAction(self.tr("Import…")).triggered.connect(self.import_requested.emit)
        menu.addAction(self.tr("Settings…")).triggered.connect(
            lambda: self.window_requested.emit("settings")
        )
        menu.addSeparator()
        menu.addAction(self.tr("Quit Small Wins")).triggered.connect(self.quit_requested.emit)

    def menu_texts(self) -> list[str]:
        """The menu's items as the user reads them (top level; submenus by title)."""
        return [a.text() for a in self.menu.actions() if not a.isSeparator()]
