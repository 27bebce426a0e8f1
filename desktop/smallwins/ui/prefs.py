"""Names and defaults of the desktop's own settings (kept in the data's settings table, so they
travel with an export and apply in every running window at once). Every default is here."""

from __future__ import annotations

from smallwins.usecases.view import PREFS_PREFIX

WIDGET_SHOWN = PREFS_PREFIX + "widget.shown"
WIDGET_OPACITY = PREFS_PREFIX + "widget.opacity"
WIDGET_ON_TOP = PREFS_PREFIX + "widget.on_top"
WIDGET_COLLAPSED = PREFS_PREFIX + "widget.collapsed"
WIDGET_POSITION = PREFS_PREFIX + "widget.position."  # + a key naming the screen layout
CELEBRATION = PREFS_PREFIX + "celebration"  # "animation", "reduced", "off"
OWN_MESSAGES = PREFS_PREFIX + "messages"  # one per line
QUICK_REWARDS = PREFS_PREFIX + "rewards"  # one per line
THEME = PREFS_PREFIX + "theme"  # "system", "light", "dark"
LANGUAGE = PREFS_PREFIX + "language"  # "system", "en", "de"
AUTOSTART = PREFS_PREFIX + "autostart"  # "1" once the user chose to start at login
WELCOMED = PREFS_PREFIX + "welcomed"  # "1" once the first-run welcome was finished
WEEK_START = PREFS_PREFIX + "week_start"  # "locale", "monday", "sunday", "saturday"

CELEBRATION_STYLES = ("animation", "reduced", "off")
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
WEEK_STARTS = ("locale", "monday", "sunday", "saturday")
_FIRST_WEEKDAYS = {"monday": 0, "sunday": 6, "saturday": 5}  # as date.weekday() counts
MIN_OPACITY = 0.3

DEFAULTS: dict[str, str] = {
    WIDGET_SHOWN: "1",
    WIDGET_OPACITY: "1",
    WIDGET_ON_TOP: "1",
    WIDGET_COLLAPSED: "0",
    CELEBRATION: CELEBRATION_STYLES[0],
    OWN_MESSAGES: "",
    QUICK_REWARDS: "",
    THEME: THEMES[0],
    LANGUAGE: LANGUAGES[0],
    AUTOSTART: "0",
    WELCOMED: "0",
    WEEK_START: WEEK_STARTS[0],
}


def default(key: str) -> str:
    """The value of an unset setting ("" for one without a default, such as a position)."""
    return DEFAULTS.get(key, "")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def opacity(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 1.0
    return min(1.0, max(MIN_OPACITY, value))


def first_weekday(week_start: str) -> int | None:
    """The first day of the week chosen (0 = Monday); None: the locale's (also for a value
    this version does not know)."""
    return _FIRST_WEEKDAYS.get(week_start)
