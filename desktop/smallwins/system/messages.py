"""What the command line and a second start may ask of the running app (no Qt here).

One message is one line of UTF-8 text; ``smallwins.system.instance`` carries it. Kept apart from
that module so the command line can list the windows without loading Qt.
"""

from __future__ import annotations

# The windows `smallwins show WINDOW` can open, in the order the help lists them. The streaks
# and weekly-review windows join this list when they exist.
WINDOWS = ("widget", "settings")

SHOW_WIDGET = "show widget"
SHOW_SETTINGS = "show settings"
# The data changed outside the app (e.g. from the command line): reload what is shown.
CHANGED = "changed"

ALL = frozenset({SHOW_WIDGET, SHOW_SETTINGS, CHANGED})


def show(window: str) -> str:
    """The message that opens ``window`` (one of ``WINDOWS``) in the running app."""
    if window not in WINDOWS:
        raise ValueError(f"no window named {window!r}; expected one of {', '.join(WINDOWS)}")
    return f"show {window}"
