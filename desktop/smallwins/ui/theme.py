"""Light, dark or the system's colour scheme.

Qt asks the platform theme to switch schemes; where the platform ignores the request (plain X11
without a desktop theme plugin), an explicit light or dark palette is set instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,
}

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f2124",
    QPalette.ColorRole.AlternateBase: "#2f3236",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#34373b",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.ToolTipBase: "#3a3d41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9da1",
    QPalette.ColorRole.Highlight: "#3d8ee0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Mid: "#5a5d61",
    QPalette.ColorRole.Midlight: "#44474b",
    QPalette.ColorRole.Light: "#505357",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Link: "#6cb2ff",
}

_original_palette: QPalette | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f83"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7c7f83"))
    return palette


def apply_theme(theme: str) -> None:
    """Follow the system (``system``) or force ``light`` / ``dark`` for every window."""
    global _original_palette  # noqa: PLW0603 - one palette per process, kept to restore it
    app = QGuiApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _original_palette is None:
        _original_palette = QPalette(app.palette())
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    hints.setColorScheme(wanted)
    if wanted is Qt.ColorScheme.Unknown or hints.colorScheme() == wanted:
        app.setPalette(_original_palette)
        return
    # The platform did not follow: paint the scheme ourselves.
    app.setPalette(dark_palette() if wanted is Qt.ColorScheme.Dark else QPalette(QColor("#efefef")))


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The colours the streaks window's charts paint with, for a light or a dark palette."""

    line: QColor  # the strength line and the bars' fill
    area: QColor  # under the line, see-through
    track: QColor  # a bar's empty part, a tally's empty ring
    grid: QColor  # the 0 / 50 / 100 % lines
    text: QColor
    faint_text: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chart_colours(palette: QPalette) -> ChartColours:
    """Green on either theme, lighter on a dark one so the line stands out of it in grey too."""
    dark = is_dark(palette)
    line = QColor("#51cf66" if dark else "#2f9e44")
    area = QColor(line)
    area.setAlphaF(0.22 if dark else 0.16)
    text = palette.color(QPalette.ColorRole.WindowText)
    track = QColor(text)
    track.setAlphaF(0.28 if dark else 0.22)
    grid = QColor(text)
    grid.setAlphaF(0.18)
    faint = QColor(text)
    faint.setAlphaF(0.7)
    return ChartColours(line, area, track, grid, text, faint)
