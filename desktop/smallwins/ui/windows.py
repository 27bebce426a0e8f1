"""The app's windows beyond the widget, opened on demand and reused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from smallwins.system import messages
from smallwins.ui import prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel

if TYPE_CHECKING:
    from smallwins.ui.settings import SettingsWindow
    from smallwins.ui.welcome import WelcomeWindow


class Windows(QObject):
    """Opens the settings and welcome windows, and answers messages from other processes."""

    def __init__(self, model: AppModel, desktop: Desktop) -> None:
        super().__init__()
        self.model = model
        self.desktop = desktop
        self.settings: SettingsWindow | None = None
        self.welcome: WelcomeWindow | None = None
        desktop.settings_requested.connect(self.show_settings)

    def on_message(self, message: str) -> None:
        if message == messages.SHOW_WIDGET:
            self.desktop.set_widget_shown(True)
            self._bring_up(self.desktop.widget)
        elif message == messages.SHOW_SETTINGS:
            self.show_settings()
        elif message == messages.CHANGED:
            self.model.check_external_change()

    def show_settings(self) -> None:
        if self.settings is None:
            # Loaded on first use: most sessions never open it, and start-up stays lean.
            from smallwins.ui.settings import SettingsWindow  # noqa: PLC0415

            self.settings = SettingsWindow(self.model, self.desktop)
        self.settings.load()
        self._bring_up(self.settings)

    def welcome_if_new(self) -> bool:
        """Greet a new user (no purpose yet and never welcomed); True if the welcome opened."""
        if self.model.view.purposes or self.model.setting(prefs.WELCOMED) == "1":
            return False
        from smallwins.ui.welcome import WelcomeWindow  # noqa: PLC0415 - only for new users

        self.welcome = WelcomeWindow(self.model)
        self.welcome.finished_welcome.connect(self._after_welcome)
        self._bring_up(self.welcome)
        return True

    def _after_welcome(self) -> None:
        self.model.change_setting(prefs.WELCOMED, "1")
        self.desktop.set_widget_shown(True)

    @staticmethod
    def _bring_up(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
