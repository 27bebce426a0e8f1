"""The desktop as a whole: tray, widget and celebration kept in step with the data.

It starts in two phases when a start picture is at hand (ui/picture.py): ``Desktop(picture)``
shows the tray icon and the widget without the data layer; ``attach(model)`` then connects them
to the live model. ``Desktop(model)`` does both at once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from smallwins.lazy import lazy_module
from smallwins.ui import prefs
from smallwins.ui.picture import ShownStep, StartPicture
from smallwins.ui.tray import Tray
from smallwins.ui.widget import NextStepWidget

if TYPE_CHECKING:
    from smallwins.core import models
    from smallwins.core.celebration import Cheer, Cheerleader
    from smallwins.core.events import WinOutcome
    from smallwins.core.models import WinSource
    from smallwins.ui import dialogs
    from smallwins.ui.celebration import CelebrationPopup
    from smallwins.ui.model import AppModel
    from smallwins.usecases import commands as cmd
else:  # loaded when first needed (smallwins/lazy.py): the dialogs only when one opens
    dialogs = lazy_module("smallwins.ui.dialogs")
    cmd = lazy_module("smallwins.usecases.commands")
    models = lazy_module("smallwins.core.models")


class Desktop(QObject):
    """Wires the tray icon, the widget and the celebration to the model.

    Signals:
        quit_requested: the user chose Quit.
        settings_requested: the user asked for the settings window.
        celebrated(WinOutcome): a celebration started (after the popup is on screen).
    """

    quit_requested = Signal()
    settings_requested = Signal()
    celebrated = Signal(object)
    model: AppModel  # from ``attach`` on

    def __init__(self, source: AppModel | StartPicture, tray_available: bool | None = None) -> None:
        """``source``: the live model, or a start picture to show until ``attach``."""
        super().__init__()
        self._source: AppModel | StartPicture = source
        self.tray = Tray(self)
        self.widget = NextStepWidget()
        self._popup: CelebrationPopup | None = None
        self._cheerleader: Cheerleader | None = None
        self.tray_available = Tray.available() if tray_available is None else tray_available
        self.last_tick_latency_ms = 0.0
        if not isinstance(source, StartPicture):
            self.attach(source)

    def attach(self, model: AppModel) -> None:
        """Connect to the live model (after showing a start picture, or at once)."""
        self.model = model
        self._source = model
        tray, widget = self.tray, self.widget
        tray.tick_requested.connect(lambda: self.tick(models.WinSource.TRAY))
        tray.smaller_requested.connect(self.ask_smaller)
        tray.add_requested.connect(self.ask_add_step)
        tray.snooze_requested.connect(lambda m: self.model.snooze(m or None))
        tray.undo_requested.connect(self.model.undo)
        tray.pause_requested.connect(lambda m: self.model.attempt(cmd.PauseReminders(m or None)))
        tray.resume_requested.connect(lambda: self.model.attempt(cmd.PauseReminders(resume=True)))
        tray.vacation_requested.connect(self.ask_vacation)
        tray.widget_toggled.connect(self.set_widget_shown)
        tray.settings_requested.connect(self.settings_requested.emit)
        tray.quit_requested.connect(self.quit_requested.emit)

        widget.done_requested.connect(lambda: self.tick(models.WinSource.WIDGET))
        widget.add_requested.connect(self.ask_add_step)
        widget.smaller_requested.connect(self.ask_smaller)
        widget.later_requested.connect(self.model.later)
        widget.hide_requested.connect(lambda: self.set_widget_shown(False))
        widget.settings_requested.connect(self.settings_requested.emit)
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

        model.changed.connect(self.refresh)
        model.win_recorded.connect(self.celebrate)
        model.error.connect(self.show_error)
        screens = QGuiApplication.instance()
        if isinstance(screens, QGuiApplication):
            screens.screenAdded.connect(lambda _s: self.place_widget())
            screens.screenRemoved.connect(lambda _s: self.place_widget())
        if self.widget.isVisible() or self.tray.icon.isVisible():
            self.refresh()  # the picture gives way to the live data (the same, unless stale)

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
        shown = self._source.setting(prefs.WIDGET_SHOWN, "1") == "1"
        if shown or not self.tray_available:
            self.show_widget()
        self.refresh()

    def apply_settings(self) -> None:
        source = self._source
        self.widget.set_on_top(source.setting(prefs.WIDGET_ON_TOP, "1") == "1")
        self.widget.setWindowOpacity(prefs.opacity(source.setting(prefs.WIDGET_OPACITY, "1")))
        self.widget.set_collapsed(source.setting(prefs.WIDGET_COLLAPSED, "0") == "1")
        if self._cheerleader is not None:
            self._cheerleader.set_messages(self._messages())
            self._cheerleader.set_rewards(prefs.lines(self.model.setting(prefs.QUICK_REWARDS)))

    def _messages(self) -> list[str]:
        from smallwins.ui.cheers import built_in_messages  # noqa: PLC0415

        return built_in_messages() + prefs.lines(self.model.setting(prefs.OWN_MESSAGES))

    # --- keeping in step -----------------------------------------------------------------
    def refresh(self) -> None:
        nxt = self._source.next
        wins = self._source.wins_today()
        self.widget.show_next(nxt, wins)
        self._update_tray(nxt, wins)
        self.apply_settings()

    # --- actions -------------------------------------------------------------------------
    def tick(self, source: WinSource) -> WinOutcome | None:
        """Tick the next step off, celebrating; with nothing next, ask for a step instead."""
        if self.model.next.kind is None:
            self.ask_add_step()
            return None
        started = time.perf_counter()
        outcome = self.model.tick_next(source)
        self.last_tick_latency_ms = (time.perf_counter() - started) * 1000
        return outcome

    def celebrate(self, outcome: WinOutcome) -> None:
        self.tray.flash_win(outcome.wins_today)
        style = self.model.setting(prefs.CELEBRATION, "animation")
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
            if not purpose or not self.model.attempt(cmd.AddPurpose(purpose)):
                return
        text = dialogs.TextPrompt.ask(
            self._dialog_parent(),
            self.tr("Add step"),
            self.tr("What is one tiny step you could take?"),
            hint=self.tr("e.g. Open the draft and write one sentence"),
        )
        if text:
            self.model.add_step(text)

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
            self.model.shrink_next(text)

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

    def _update_tray(self, nxt: ShownStep | None = None, wins: int | None = None) -> None:
        source = self._source
        self.tray.update_state(
            source.next if nxt is None else nxt,
            source.wins_today() if wins is None else wins,
            self.widget.isVisible(),
            paused=source.is_paused(),
        )

    def ask_vacation(self) -> None:
        chosen = dialogs.VacationPrompt.ask(self._dialog_parent(), self.model.view.today)
        if chosen is not None:
            self.model.attempt(cmd.PlanVacation(*chosen))

    def place_widget(self) -> None:
        key = prefs.WIDGET_POSITION + NextStepWidget.screen_layout_key()
        saved = self._source.setting(key)
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
        self.tray.hide()
        if self._popup is not None:
            self._popup.hide()
        self.widget.close()
