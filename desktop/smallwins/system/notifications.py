"""Desktop notifications with actions: which backend shows them.

The interface and what a notification is live in ``notice``; each backend has a module of its
own. ``notifier_for_platform`` picks one:

- Linux and the BSDs: ``FreedesktopNotifier`` (``freedesktop_notifier``), the notification
  server over the session bus with jeepney.
- macOS and Windows: ``DesktopNotifierBackend`` (``native_notifier``) through the
  desktop-notifier package, asyncio on the Qt event loop (``eventloop.run``).
- Everywhere else, or when the chosen backend is unavailable: ``TrayBalloonNotifier``
  (``tray_notifier``), the tray icon's own message. It has no buttons; the caller shows the
  widget instead.

``$SMALLWINS_NOTIFIER`` (``freedesktop``, ``desktop-notifier`` or ``tray``) overrides the choice,
for support and tests (``desktop-notifier`` runs on Linux too, over D-Bus); see
``notifier_choice``.

Importing this module needs no jeepney, asyncio or desktop-notifier: a backend's module is
imported when that backend is chosen, and imports its library then.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from smallwins.system.notice import Notifier
from smallwins.system.notifier_choice import (
    BACKENDS,
    DESKTOP_NOTIFIER,
    FREEDESKTOP,
    NOTIFIER_ENV,
    chosen_backend,
)
from smallwins.system.tray_notifier import TrayBalloonNotifier

__all__ = ["notifier_for_platform"]

log = logging.getLogger(__name__)


def notifier_for_platform(
    tray_icon: QSystemTrayIcon | None,
    parent: QObject | None = None,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> Notifier:
    """The best notifier here (see ``notifier_choice.chosen_backend``); tray messages when the
    chosen backend is unavailable (no notification server, no asyncio loop, a library missing)."""
    environ = os.environ if environ is None else environ
    wanted = environ.get(NOTIFIER_ENV, "").strip()
    backend = chosen_backend(environ, platform)
    if wanted and wanted.lower() != backend:
        log.warning(
            "notifications: unknown %s=%r (known: %s); using %s",
            NOTIFIER_ENV,
            wanted,
            ", ".join(BACKENDS),
            backend,
        )
    native: Notifier | None = None
    if backend == FREEDESKTOP:
        native = _freedesktop_notifier()
    elif backend == DESKTOP_NOTIFIER:
        native = _desktop_notifier_backend()
    if native is not None:
        native.setParent(parent)
        return native
    return TrayBalloonNotifier(tray_icon, parent)


def _freedesktop_notifier() -> Notifier | None:
    # Only here, when this backend is chosen (it imports jeepney when it connects).
    from smallwins.system.freedesktop_notifier import FreedesktopNotifier  # noqa: PLC0415

    native = FreedesktopNotifier()
    if native.available():
        return native
    log.info("notifications: falling back to tray messages: %s", native.error)
    return None


def _desktop_notifier_backend() -> Notifier | None:
    try:
        # Loads asyncio and desktop-notifier: only here, when this backend is chosen.
        from smallwins.system.native_notifier import DesktopNotifierBackend  # noqa: PLC0415
    # Not installed, or failing at import (a frozen app without its data files): tray messages.
    except Exception as exc:
        log.warning("notifications: desktop-notifier cannot be loaded: %r", exc)
        return None
    native = DesktopNotifierBackend()
    if native.available():
        return native
    log.info("notifications: falling back to tray messages: %s", native.error)
    native.deleteLater()
    return None
