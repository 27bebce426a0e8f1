"""Names and defaults of the desktop's own settings (kept in the data's settings table, so they
travel with an export and apply in every running window at once)."""

from __future__ import annotations

WIDGET_SHOWN = "ui.widget.shown"
WIDGET_OPACITY = "ui.widget.opacity"
WIDGET_ON_TOP = "ui.widget.on_top"
WIDGET_COLLAPSED = "ui.widget.collapsed"
WIDGET_POSITION = "ui.widget.position."  # + a key naming the screen layout
CELEBRATION = "ui.celebration"  # "animation", "reduced", "off"
OWN_MESSAGES = "ui.messages"  # one per line
QUICK_REWARDS = "ui.rewards"  # one per line
THEME = "ui.theme"  # "system", "light", "dark"
LANGUAGE = "ui.language"  # "system", "en", "de"
AUTOSTART = "ui.autostart"  # "1" once the user chose to start at login
WELCOMED = "ui.welcomed"  # "1" once the first-run welcome was finished

# What a start picture (ui/picture.py) keeps: all the tray icon and the widget read at start,
# besides the widget's position for the current screen layout.
PICTURE_KEYS = (WIDGET_SHOWN, WIDGET_OPACITY, WIDGET_ON_TOP, WIDGET_COLLAPSED, THEME, LANGUAGE)

CELEBRATION_STYLES = ("animation", "reduced", "off")
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
MIN_OPACITY = 0.3


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def opacity(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 1.0
    return min(1.0, max(MIN_OPACITY, value))
