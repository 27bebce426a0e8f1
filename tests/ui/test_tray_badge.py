"""The win badge on the tray icon reads at the size a tray gives it: 22 px (44 px at 2×)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from smallwins.ui.icons import TrayState, badge_text, tray_icon

pytestmark = pytest.mark.gui


def _render(count: int, size: int) -> QImage:
    image = tray_icon(TrayState.WIN, count).pixmap(size, size).toImage()
    assert (image.width(), image.height()) == (size, size)
    return image


def _ink(image: QImage) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) of the dark pixels: the digits on the light disc."""
    dark = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).lightnessF() < 0.25
    ]
    assert dark, "no digits"
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("count", [1, 9, 12, 150])
def test_the_count_fills_most_of_the_icon_at_22_px(qtbot: QtBot, count: int) -> None:
    for size in (22, 44):
        left, top, right, bottom = _ink(_render(count, size))
        assert bottom - top + 1 >= size / 2, (count, size, top, bottom)  # ≥ 11 px at 22 px
        assert right - left + 1 >= size * 0.3, (count, size, left, right)
        # …and stays inside the disc, clear of the icon's edge.
        assert left >= 1 and top >= 1 and right <= size - 2 and bottom <= size - 2


def test_beyond_nine_the_badge_says_nine_plus(qtbot: QtBot) -> None:
    assert [badge_text(n) for n in (1, 9, 10, 12, 150)] == ["1", "9", "9+", "9+", "9+"]
    nine, ten, twelve = (_render(n, 22) for n in (9, 10, 12))
    assert ten == twelve
    assert ten != nine
    # The "+" makes "9+" wider than "9".
    assert _ink(ten)[2] - _ink(ten)[0] > _ink(nine)[2] - _ink(nine)[0]
