"""The desktop as a whole: tray, widget and celebration kept in step with the data."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from smallwins.core.events import Topic
from smallwins.core.models import WinSource
from smallwins.lazy import lazy_module
from smallwins.ui import prefs
from smallwins.ui.tray import Tray
from smallwins.ui.widget import NextStepWidget

if TYPE_CHECKING:
    from smallwins.core.celebration import Cheer, Cheerleader
    from smallwins.core.events import WinOutcome
    from smallwins.ui import dialogs
    from smallwins.ui.celebration import CelebrationPopup
    from smallwins.ui.model import AppModel, DataState
    from smallwins.usecases import commands as cmd
    from smallwins.usecases.runner import Command, Outcome
else:  # loaded when first needed (smallwins/lazy.py): the dialogs only when one opens
    dialogs = lazy_module("smallwins.ui.dialogs")
    cmd = lazy_module("smallwins.usecases.commands")

# What the tray icon and the widget show: the next step, today's wins, the paused state and
# the widget's own preferences.
SHOWN = (
    Topic.PURPOSES
    | Topic.STEPS
    | Topic.HABITS
    | Topic.WINS
    | Topic.REST
    | Topic.SNOOZES
    | Topic.SETTINGS
    | Topic.PREFS
    | Topic.CLOCK
)

# How long "Saved: …" stays under the step once waiting wins are stored.
SAVED_NOTICE_MS = 4000


class Desktop(QObject):
    """Wires the tray icon, the widget and the celebration to the model.

    Signals:
        quit_requested: the user chose Quit.
        window_requested(str): the user asked for a window by its name (ui/windows.py).
        streaks_requested(int): the user asked for the streaks window on this habit (its id).
        review_requested(str): the user asked for the weekly review of this ISO week.
        celebrated(WinOutcome): a celebration started (after the popup is on screen).
    """

    quit_requested = Signal()
    window_requested = Signal(str)
    streaks_requested = Signal(int)
    review_requested = Signal(str)
    celebrated = Signal(object)

    def __init__(self, model: AppModel, tray_available: bool | None = None) -> None:
        super().__init__()
        self.model = model
        self.tray = Tray(self)
        self.widget = NextStepWidget()
        self._popup: CelebrationPopup | None = None
        self._cheerleader: Cheerleader | None = None
        self._import: QWidget | None = None  # an import running (its progress dialog)
        self.tray_available = Tray.available() if tray_available is None else tray_available
        self.last_tick_latency_ms = 0.0
        tray, widget = self.tray, self.widget
        tray.tick_requested.connect(lambda: self.tick(WinSource.TRAY))
        tray.habit_tick_requested.connect(
            lambda h: self.report(model.tick_habit(h, WinSource.TRAY))
        )
        tray.step_tick_requested.connect(lambda s: self.report(model.tick_step(s, WinSource.TRAY)))
        tray.smaller_requested.connect(self.ask_smaller)
        tray.add_requested.connect(self.ask_add_step)
        tray.snooze_requested.connect(lambda m: self.report(self.model.snooze(m or None)))
        tray.unsnooze_requested.connect(self.bring_back)
        tray.undo_requested.connect(lambda: self.report(self.model.undo()))
        tray.pause_requested.connect(lambda m: self.act(cmd.PauseReminders(m or None)))
        tray.resume_requested.connect(lambda: self.act(cmd.PauseReminders(resume=True)))
        tray.vacation_requested.connect(self.ask_vacation)
        tray.widget_toggled.connect(self.set_widget_shown)
        tray.window_requested.connect(self.window_requested.emit)
        tray.quit_requested.connect(self.quit_requested.emit)
        tray.export_requested.connect(self.ask_export)
        tray.import_requested.connect(self.ask_import)

        self._connect_widget(widget)
        model.changed.connect(self._on_model_changed)
        model.win_recorded.connect(self.celebrate)
        model.data_state_changed.connect(self.show_data_state)
        model.pending_saved.connect(self._on_pending_saved)
        self._saved_notice = QTimer(self)
        self._saved_notice.setSingleShot(True)
        self._saved_notice.setInterval(SAVED_NOTICE_MS)
        self._saved_notice.timeout.connect(lambda: self.show_data_state(self.model.data_state))
        screens = QGuiApplication.instance()
        if isinstance(screens, QGuiApplication):
            screens.screenAdded.connect(lambda _s: self.place_widget())
            screens.screenRemoved.connect(lambda _s: self.place_widget())

    def _connect_widget(self, widget: NextStepWidget) -> None:
        widget.done_requested.connect(lambda: self.tick(WinSource.WIDGET))
        widget.habit_tick_requested.connect(
            lambda h: self.report(self.model.tick_habit(h, WinSource.WIDGET))
        )
        widget.step_tick_requested.connect(
            lambda s: self.report(self.model.tick_step(s, WinSource.WIDGET))
        )
        widget.add_requested.connect(self.ask_add_step)
        widget.smaller_requested.connect(self.ask_smaller)
        widget.later_requested.connect(lambda: self.report(self.model.later()))
        widget.unsnooze_requested.connect(self.bring_back)
        widget.hide_requested.connect(lambda: self.set_widget_shown(False))
        widget.window_requested.connect(self.window_requested.emit)
        widget.moved.connect(self._remember_position)
        widget.collapsed_changed.connect(
            lambda c: self.model.change_setting(prefs.WIDGET_COLLAPSED, "1" if c else "0")
        )
        widget.opacity_chosen.connect(
            lambda o: self.model.change_setting(prefs.WIDGET_OPACITY, f"{o:.2f}")
        )
        widget.on_top_chosen.connect(
            lambda t: self.model.change_setting(prefs.WIDGET_ON_TOP, "1" if t else "0")
        )

    # --- the celebration, made when first needed (it is not part of the first picture) ---
    @property
    def popup(self) -> CelebrationPopup:
        if self._popup is None:
            from smallwins.ui.celebration import CelebrationPopup  # noqa: PLC0415

            self._popup = CelebrationPopup()
        return self._popup

    @property
    def cheerleader(self) -> Cheerleader:
        if self._cheerleader is None:
            from smallwins.core.celebration import Cheerleader  # noqa: PLC0415
            from smallwins.ui.cheers import special_message  # noqa: PLC0415

            self._cheerleader = Cheerleader(
                self._messages(),
                prefs.lines(self.model.setting(prefs.QUICK_REWARDS)),
                special_message,
            )
        return self._cheerleader

    def prepare_celebration(self) -> None:
        """Make the celebration ready before the first click needs it."""
        _ = self.popup, self.cheerleader

    # --- start ---------------------------------------------------------------------------
    def start(self) -> None:
        """Show the tray icon and (unless the user hid it, or there is no tray) the widget."""
        self.apply_settings()
        if self.tray_available:
            self.tray.show()
        shown = self.model.setting(prefs.WIDGET_SHOWN) == "1"
        if shown or not self.tray_available:
            self.show_widget()
        self.refresh()
        if not self.model.data_state.ok:  # e.g. opened read-only: say so from the start
            self.show_data_state(self.model.data_state)

    def apply_settings(self) -> None:
        model = self.model
        self.widget.set_on_top(model.setting(prefs.WIDGET_ON_TOP) == "1")
        self.widget.setWindowOpacity(prefs.opacity(model.setting(prefs.WIDGET_OPACITY)))
        self.widget.set_collapsed(model.setting(prefs.WIDGET_COLLAPSED) == "1")
        if self._cheerleader is not None:
            self._cheerleader.set_messages(self._messages())
            self._cheerleader.set_rewards(prefs.lines(model.setting(prefs.QUICK_REWARDS)))

    def _messages(self) -> list[str]:
        from smallwins.ui.cheers import built_in_messages  # noqa: PLC0415

        return built_in_messages() + prefs.lines(self.model.setting(prefs.OWN_MESSAGES))

    # --- keeping in step -----------------------------------------------------------------
    def _on_model_changed(self, topics: Topic) -> None:
        if topics & SHOWN:
            self.refresh()

    def refresh(self) -> None:
        view = self.model.view
        wins = view.wins_today()
        self.widget.show_next(view.next, wins, view.snoozed)
        today = view.today_list()
        self.widget.set_today(today)
        self.tray.set_today(today)
        self._update_tray()
        self.apply_settings()

    # --- actions -------------------------------------------------------------------------
    def act(self, command: Command[object]) -> bool:
        """Run a command for the user; a refusal is told where they look. True if done."""
        return self.report(self.model.run(command))

    def report(self, outcome: Outcome[object]) -> bool:
        if outcome.refusal is not None:
            if outcome.problem is not None:
                self.show_data_state(self.model.data_state)  # in the widget and the tray
            if outcome.problem is None or not self.widget.isVisible():
                self.show_error(outcome.refusal)
        return outcome.refusal is None

    def show_data_state(self, state: DataState) -> None:
        """Tell, in the widget and the tray, that changes cannot be saved (or can again)."""
        if self._saved_notice.isActive():
            if state.ok:
                return  # "Saved: …" stays its moment
            self._saved_notice.stop()
        if state.ok:
            self.widget.show_notice(None)
            self.tray.set_problem(None)
            return
        waiting = len(state.pending)
        if state.read_only:
            problem = self.tr("Read-only: changes cannot be saved")
        else:
            problem = self.tr("Not saved: %1").replace("%1", state.reason)
        detail = self.tr("%n win(s) waiting to be saved", "", waiting) if waiting else ""
        self.widget.show_notice(problem, waiting, detail)
        self.tray.set_problem(problem, detail)

    def _on_pending_saved(self, count: int) -> None:
        if not self.model.data_state.ok:
            return  # some were stored, others still wait: the state says so
        self.tray.set_problem(None)
        self.widget.show_notice(self.tr("Saved: %n win(s) that were waiting", "", count))
        self._saved_notice.start()

    def tick(self, source: WinSource) -> WinOutcome | None:
        """Tick the next step off, celebrating; with nothing next, ask for a step instead."""
        if self.model.next.kind is None:
            if self.model.view.snoozed is None:
                self.ask_add_step()
            return None
        started = time.perf_counter()
        outcome = self.model.tick_next(source)
        self.last_tick_latency_ms = (time.perf_counter() - started) * 1000
        self.report(outcome)
        return outcome.value

    def bring_back(self) -> None:
        """End the snooze of what the widget shows as snoozed: it is the next step again."""
        snoozed = self.model.view.snoozed
        if snoozed is not None:
            self.act(cmd.Unsnooze(snoozed.target, snoozed.step.id or 0))

    def celebrate(self, outcome: WinOutcome) -> None:
        self.tray.flash_win(outcome.wins_today)
        style = self.model.setting(prefs.CELEBRATION)
        if style == "off":
            return
        cheer: Cheer = self.cheerleader.cheer(outcome)
        anchor = self.widget.frameGeometry() if self.widget.isVisible() else None
        if anchor is None and self.tray_available:
            tray_rect = self.tray.icon.geometry()
            anchor = tray_rect if tray_rect.isValid() and not tray_rect.isEmpty() else None
        motion = style == "animation"
        self.popup.celebrate(cheer, anchor, motion=motion)
        self.celebrated.emit(outcome)

    def ask_add_step(self) -> None:
        purpose: str | None = None
        if not self.model.view.purpose_order():
            purpose = dialogs.TextPrompt.ask(
                self._dialog_parent(),
                self.tr("Add a purpose"),
                self.tr("Every step serves a larger why. What do you want to move forward?"),
                hint=self.tr("e.g. Write a novel"),
            )
            if not purpose or not self.act(cmd.AddPurpose(purpose)):
                return
        text = dialogs.TextPrompt.ask(
            self._dialog_parent(),
            self.tr("Add step"),
            self.tr("What is one tiny step you could take?"),
            hint=self.tr("e.g. Open the draft and write one sentence"),
        )
        if text:
            self.report(self.model.add_step(text))

    def ask_smaller(self) -> None:
        nxt = self.model.next
        if nxt.kind is None:
            return
        if nxt.kind == "habit":
            label = self.tr("What is the tiniest version of “%1”?").replace("%1", nxt.text or "")
            current = nxt.tiny or ""
        else:
            label = self.tr("What is a smaller first step for “%1”?").replace("%1", nxt.text or "")
            current = ""
        text = dialogs.TextPrompt.ask(
            self._dialog_parent(), self.tr("Smaller version"), label, current
        )
        if text:
            self.report(self.model.shrink_next(text))

    def show_error(self, message: str) -> None:
        if self.tray_available and self.tray.icon.isVisible():
            self.tray.icon.showMessage(self.tr("Small Wins"), message, self.tray.icon.icon(), 4000)
        else:
            self.widget.setToolTip(message)
            self.widget.text.setToolTip(message)

    # --- widget --------------------------------------------------------------------------
    def show_widget(self) -> None:
        self.place_widget()
        self.widget.show()
        self.widget.raise_()
        self._update_tray()

    def set_widget_shown(self, shown: bool) -> None:
        self.model.change_setting(prefs.WIDGET_SHOWN, "1" if shown else "0")
        if shown:
            self.show_widget()
        else:
            self.widget.hide()
            if not self.tray_available:
                # Without a tray the widget is the only way back in: keep it, collapsed.
                self.widget.set_collapsed(True, user=True)
                self.widget.show()
        self._update_tray()

    def _update_tray(self) -> None:
        view = self.model.view
        self.tray.update_state(
            view.next,
            view.wins_today(),
            self.widget.isVisible(),
            paused=view.is_paused(),
            snoozed=view.snoozed,
        )

    def ask_vacation(self) -> None:
        chosen = dialogs.VacationPrompt.ask(self._dialog_parent(), self.model.view.today)
        if chosen is not None:
            self.act(cmd.PlanVacation(*chosen))

    def ask_export(self) -> None:
        from smallwins.ui import transfer  # noqa: PLC0415 - loads with its first use

        transfer.export_data(self.model, self._dialog_parent())

    def ask_import(self) -> None:
        from smallwins.ui import transfer  # noqa: PLC0415 - loads with its first use

        self._import = transfer.import_data(self.model, self._dialog_parent())

    def place_widget(self) -> None:
        key = prefs.WIDGET_POSITION + NextStepWidget.screen_layout_key()
        saved = self.model.setting(key)
        point: QPoint | None = None
        if saved:
            try:
                x_text, y_text = saved.split(",")
                point = QPoint(int(x_text), int(y_text))
            except ValueError:
                point = None
        self.widget.place(point)

    def _remember_position(self, where: QPoint) -> None:
        key = prefs.WIDGET_POSITION + NextStepWidget.screen_layout_key()
        self.model.change_setting(key, f"{where.x()},{where.y()}")

    def _dialog_parent(self) -> QWidget | None:
        return self.widget if self.widget.isVisible() else None

    def close(self) -> None:
        self._saved_notice.stop()
        self.tray.hide()
        if self._popup is not None:
            self._popup.hide()
        self.widget.close()
