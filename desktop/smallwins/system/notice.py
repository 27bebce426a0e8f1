"""What every notification backend shares: the ``Notice`` to show and the ``Notifier`` interface.

A ``Notice`` is what to show; its ``key`` is the caller's (e.g. ``"habit:3:2026-11-26"``) and is
all the notifier reports back. Its texts come from the caller already translated, the label of
the default action (a click on the notice) included: nothing here is user-visible wording.

The backends, one module each, import this one and nothing of each other:
``freedesktop_notifier`` (Linux and the BSDs, over D-Bus), ``native_notifier`` (macOS and Windows,
desktop-notifier) and ``tray_notifier`` (the tray icon's message); ``notifications`` chooses one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from smallwins.system.paths import resource_path

__all__ = [
    "APP_NAME",
    "DEFAULT_ACTION",
    "REPLY_TIMEOUT_S",
    "Notice",
    "Notifier",
    "bundled_app_icon",
    "escape_markup",
]

# The action a click on the notification's body (or a balloon) reports.
DEFAULT_ACTION = "default"

APP_NAME = "Small Wins"

# How long a backend waits for the notification service. Replies come in a millisecond; a late
# one is not lost (it still maps the notification), but show() then reports False so the caller
# falls back too.
REPLY_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Notice:
    """One notification. ``key`` is opaque to the notifier and comes back in its signals;
    ``actions`` are (action key, label) pairs in display order; ``icon`` is an image file path
    (the app's icon when None); ``default_label`` names the default action (a click on the
    notice) where a server lists it, e.g. dunst's context menu (the app's name when not given).
    """

    key: str
    title: str
    body: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    icon: str | None = None
    default_label: str = APP_NAME


class Notifier(QObject):
    """Shows notices and reports what the user did with them. Subclasses implement a backend.

    Signals:
        action_invoked(str, str): notice key, action key. A click on the notice itself reports
            the action key ``"default"``.
        closed(str): notice key; the notice went away without the app asking (dismissed,
            expired). Not emitted after ``withdraw``.

    A notice goes away once one of its actions is reported, unless a slot shows it again.
    """

    action_invoked = Signal(str, str)
    closed = Signal(str)

    def available(self) -> bool:
        """Whether notices can be shown at all."""
        return False

    def supports_actions(self) -> bool:
        """Whether notices show their action buttons (else: the caller shows the widget too)."""
        return False

    def show(self, notice: Notice) -> bool:
        """Show ``notice``, replacing the one shown with the same key; False if it was not
        (certainly) shown."""
        raise NotImplementedError

    def withdraw(self, key: str) -> None:
        """Take the notice with ``key`` away, if it is still shown."""
        raise NotImplementedError

    def close(self) -> None:
        """Withdraw what is still shown (its buttons would do nothing) and let go of the system."""


def escape_markup(text: str) -> str:
    """``text`` for a server that reads the body as markup (``&``, ``<`` and ``>`` are special).

    The same as ``html.escape(text, quote=False)`` without loading ``html`` and its table of
    entities (~0.5 MiB) into the long-running app.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bundled_app_icon() -> str:
    """The path of resources/icons/smallwins.svg, or "" when it is not a plain file (a zip)."""
    icon = resource_path("icons", "smallwins.svg")
    return str(icon) if icon.is_file() else ""
