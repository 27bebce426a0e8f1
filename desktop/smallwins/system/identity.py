"""Who the app is to the desktop: its reverse-DNS id and the names derived from it (no Qt here).

``APP_ID`` is the one id the systems know Small Wins by: the Linux desktop file's name without
``.desktop`` (also Qt's ``desktopFileName``, hence the Wayland app_id, and the ``desktop-entry``
hint of a notification), the AppStream component id, the macOS bundle id and the LaunchAgent's
label.

Not derived from it, and never to change with it: the data and log folders' name
(``smallwins.system.paths.APP_NAME``), which would otherwise move the users' data.
"""

from __future__ import annotations

APP_ID = "org.smallwins.SmallWins"
# packaging/linux/<this>, installed in /usr/share/applications; the XDG autostart entry too.
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
# Qt's applicationName: on X11 the class of WM_CLASS, which the desktop file's StartupWMClass
# names so that the window is matched to its launcher (the app_id does that on Wayland).
APPLICATION_NAME = "smallwins"
