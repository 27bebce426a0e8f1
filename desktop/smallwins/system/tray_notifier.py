"""The fallback: the tray icon's own message, for desktops with no notification backend.

Qt shows it as a balloon on X11 and as the system's banner on macOS and Windows. It has no
buttons; the caller shows the widget instead.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from smallwins.system.notice import DEFAULT_ACTION, Notice, Notifier

__all__ = ["TrayBalloonNotifier"]

BALLOON_MS = 10_000


class TrayBalloonNotifier(Notifier):
    """The tray icon's own message (a Qt balloon on X11, the system's banner on macOS and
    Windows): no buttons, a click on it reports ``"default"``. With no tray icon, nothing shows.

    Signals: see ``Notifier`` (``closed`` is never emitted: Qt does not say when a message goes).
    """

    def __init__(
        self,
        tray_icon: QSystemTrayIcon | None,
        parent: QObject | None = None,
        duration_ms: int = BALLOON_MS,
    ) -> None:
        super().__init__(parent)
        self._tray = tray_icon
        self._duration_ms = duration_ms
        self._current: str | None = None  # only the newest message can be clicked
        if tray_icon is not None:
            tray_icon.messageClicked.connect(self._on_message_clicked)

    def available(self) -> bool:
        return (
            self._tray is not None
            and QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
        )

    def show(self, notice: Notice) -> bool:
        if self._tray is None:
            return False
        self._current = notice.key
        icon = QIcon(notice.icon) if notice.icon else self._tray.icon()
        self._tray.showMessage(notice.title, notice.body, icon, self._duration_ms)
        return self.available() and self._tray.isVisible()

    def withdraw(self, key: str) -> None:
        # Qt cannot hide a shown message; a click on it just reports nothing.
        if self._current == key:
            self._current = None

    def close(self) -> None:
        if self._tray is not None:
            with contextlib.suppress(RuntimeError):  # the tray icon may be gone already
                self._tray.messageClicked.disconnect(self._on_message_clicked)
            self._tray = None
        self._current = None

    def _on_message_clicked(self) -> None:
        key, self._current = self._current, None  # the balloon is gone after a click
        if key is not None:
            self.action_invoked.emit(key, DEFAULT_ACTION)
