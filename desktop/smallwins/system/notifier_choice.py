"""Which notification backend to use, decided before anything is loaded.

The app asks ``needs_asyncio`` before its event loop starts (``eventloop.run``), long before
``notifications`` and the backends are imported after the first paint; so this module imports
nothing but the standard library.

``$SMALLWINS_NOTIFIER`` overrides the platform's choice, for support and tests:
``freedesktop`` (org.freedesktop.Notifications over jeepney), ``desktop-notifier`` (the
desktop-notifier package on asyncio; on Linux it talks D-Bus too) or ``tray`` (tray messages).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

__all__ = [
    "BACKENDS",
    "DESKTOP_NOTIFIER",
    "FREEDESKTOP",
    "NOTIFIER_ENV",
    "TRAY",
    "chosen_backend",
    "needs_asyncio",
]

NOTIFIER_ENV = "SMALLWINS_NOTIFIER"
FREEDESKTOP = "freedesktop"
DESKTOP_NOTIFIER = "desktop-notifier"
TRAY = "tray"
BACKENDS = (FREEDESKTOP, DESKTOP_NOTIFIER, TRAY)

_FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")
_DESKTOP_NOTIFIER_PLATFORMS = ("darwin", "win32")


def chosen_backend(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """One of ``BACKENDS``: ``$SMALLWINS_NOTIFIER`` when it names one, else the platform's:
    freedesktop on Linux and the BSDs, desktop-notifier on macOS and Windows, tray elsewhere.

    An unknown name counts as unset (``notifications.notifier_for_platform`` warns about it).
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    wanted = environ.get(NOTIFIER_ENV, "").strip().lower()
    if wanted in BACKENDS:
        return wanted
    if platform.startswith(_FREEDESKTOP_PLATFORMS):
        return FREEDESKTOP
    if platform in _DESKTOP_NOTIFIER_PLATFORMS:
        return DESKTOP_NOTIFIER
    return TRAY


def needs_asyncio(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether the chosen backend needs asyncio on the Qt event loop (``eventloop.run``)."""
    return chosen_backend(environ, platform) == DESKTOP_NOTIFIER
