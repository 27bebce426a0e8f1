"""Opens the app's windows by name (ui/registry.py), makes each once, and answers messages
from other processes."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smallwins.core.days import week_start
from smallwins.system import messages
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.ui.registry import WIDGET, WINDOWS

if TYPE_CHECKING:
    from smallwins.ui.review import ReviewWindow
    from smallwins.ui.streaks import StreaksWindow


class Window(Protocol):
    """What every window in the registry offers besides being a QWidget."""

    def load(self) -> None: ...


WindowFactory = Callable[[AppModel, Desktop], QWidget]


class Windows(QObject):
    """The windows beyond the widget: opened on demand through the registry and reused.

    Signals:
        opened(str): a window was brought up (its registry name).
    """

    opened = Signal(str)

    def __init__(self, model: AppModel, desktop: Desktop) -> None:
        super().__init__()
        self.model = model
        self.desktop = desktop
        self._open: dict[str, QWidget] = {}
        self.welcome: QWidget | None = None
        desktop.window_requested.connect(self.show)
        desktop.streaks_requested.connect(self.show_streaks)
        desktop.review_requested.connect(self.show_review)

    def get(self, name: str) -> QWidget | None:
        """The window ``name`` if it was made already."""
        return self._open.get(name)

    def show(self, name: str) -> bool:
        """Bring up the window ``name`` (made on first use); False for an unknown name."""
        if name == WIDGET:
            self.desktop.set_widget_shown(True)
            self._bring_up(self.desktop.widget)
            return True
        window = self._open.get(name)
        if window is None:
            where = WINDOWS.get(name)
            if where is None:
                return False
            module_name, _, class_name = where.partition(":")
            # Loaded on first use: most sessions never open a window, and start-up stays lean.
            make = cast(WindowFactory, getattr(importlib.import_module(module_name), class_name))
            window = make(self.model, self.desktop)
            self._open[name] = window
        cast(Window, window).load()
        self._bring_up(window)
        self.opened.emit(name)
        return True

    def show_streaks(self, habit_id: int) -> None:
        """Bring up the streaks window on one habit."""
        self.show("streaks")
        cast("StreaksWindow", self._open["streaks"]).choose_habit(habit_id)

    def show_review(self, week: str) -> None:
        """Bring up the weekly review on one ISO week."""
        self.show("review")
        cast("ReviewWindow", self._open["review"]).go_to(week_start(week))

    def on_message(self, message: str) -> None:
        if message == messages.CHANGED:
            self.model.check_external_change()
            return
        name = messages.window_of(message)
        if name is not None:
            self.show(name)

    def welcome_if_new(self) -> bool:
        """Greet a new user (no purpose yet and never welcomed); True if the welcome opened."""
        if self.model.view.purposes or self.model.setting(prefs.WELCOMED) == "1":
            return False
        from smallwins.ui.welcome import WelcomeWindow  # noqa: PLC0415 - only for new users

        welcome = WelcomeWindow(self.model)
        welcome.finished_welcome.connect(self._after_welcome)
        self.welcome = welcome
        self._bring_up(welcome)
        return True

    def _after_welcome(self) -> None:
        self.model.change_setting(prefs.WELCOMED, "1")
        self.desktop.set_widget_shown(True)

    def close(self) -> None:
        for window in self._open.values():
            window.close()

    @staticmethod
    def _bring_up(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
