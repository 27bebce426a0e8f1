"""The app's windows by name: what `smallwins show NAME`, the tray menu, the widget's menu and a
second start open. A new window is one entry here.

No Qt here (the command line lists the names); each window's module loads when it first opens.
A window class takes ``(model: AppModel, desktop: Desktop)`` and has ``load()``, which shows
the data as they are now; ``ui/windows.py`` makes it once and brings it up.
"""

from __future__ import annotations

WIDGET = "widget"  # not a window: the always-on-top widget, shown again

WINDOWS: dict[str, str] = {
    "plan": "smallwins.ui.plan:PlanWindow",
    "review": "smallwins.ui.review:ReviewWindow",
    "settings": "smallwins.ui.settings:SettingsWindow",
    "streaks": "smallwins.ui.streaks:StreaksWindow",
}

NAMES: tuple[str, ...] = (WIDGET, *WINDOWS)
