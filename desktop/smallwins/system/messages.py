"""What the command line and a second start may ask of the running app (no Qt here).

One message is one line of UTF-8 text; ``smallwins.system.instance`` carries it. Kept apart from
that module so the command line can build messages without loading Qt.
"""

from __future__ import annotations

SHOW_PREFIX = "show "
SHOW_WIDGET = SHOW_PREFIX + "widget"
# The data changed outside the app (e.g. from the command line): reload what is shown.
CHANGED = "changed"
# End the app as its Quit does: the Windows installer asks so before an upgrade or uninstall
# (installer.iss), over the same single-instance pipe.
QUIT = "quit"


def show(window: str) -> str:
    """The message that opens ``window`` (a name of ``smallwins.ui.registry``) in the app."""
    return SHOW_PREFIX + window


def window_of(message: str) -> str | None:
    """The window a message asks to show, or None."""
    return message.removeprefix(SHOW_PREFIX) if message.startswith(SHOW_PREFIX) else None
