"""The widget on its own, driven as a user would (offscreen): long lines, the pill, themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from smallwins.core.models import NextStep
from smallwins.ui.theme import apply_theme
from smallwins.ui.widget import FULL_SIZE, PILL_SIZE, NextStepWidget

pytestmark = pytest.mark.gui

LONG_STEP = (
    "What is the smallest thing you could commit to doing next, right after lunch, before the "
    "afternoon meetings start to eat the whole day"
)
LONG_PURPOSE = "Write a novel that my grandchildren will still want to read in fifty years"


@pytest.fixture
def widget(qtbot: QtBot) -> NextStepWidget:
    shown = NextStepWidget()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _fits(label: QLabel, shown: str) -> None:
    """``shown`` fits the label's room: its width, and its height in lines when it wraps."""
    room = label.contentsRect()
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
    needed = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), int(flags), shown)
    assert needed.width() <= room.width(), (shown, needed, room)
    assert needed.height() <= room.height(), (shown, needed, room)
    for line in shown.split("\n"):
        assert metrics.horizontalAdvance(line) <= room.width(), line


def _assert_elided(label: QLabel, full: str) -> None:
    shown = label.text()
    assert shown.endswith("…"), shown
    assert len(shown) < len(full)
    assert shown.replace("\n", " ").rstrip("…").rstrip() in full
    _fits(label, shown)
    assert label.toolTip() == full
    assert label.accessibleName() == full


def test_long_lines_end_in_an_ellipsis_with_the_whole_text_as_tooltip(
    qtbot: QtBot, widget: NextStepWidget
) -> None:
    widget.show_next(NextStep(kind="step", id=1, text=LONG_STEP, purpose=LONG_PURPOSE), 2)
    _assert_elided(widget.text, LONG_STEP)
    _assert_elided(widget.purpose, LONG_PURPOSE)
    # The step uses the lines it has room for before it gives up; the purpose stays on one line.
    lines = widget.text.text().count("\n") + 1
    assert lines == widget.text.contentsRect().height() // widget.text.fontMetrics().lineSpacing()
    assert lines >= 2
    assert "\n" not in widget.purpose.text()
    # The whole text stays at hand: the widget's property, its description and the title.
    assert widget.full_text == LONG_STEP
    assert widget.text.full_text == LONG_STEP
    assert widget.purpose.full_text == LONG_PURPOSE
    assert LONG_STEP in widget.accessibleDescription()
    assert widget.windowTitle() == f"{LONG_STEP} — Small Wins"


def test_short_lines_are_shown_as_they_are(widget: NextStepWidget) -> None:
    widget.show_next(NextStep(kind="step", id=1, text="Open the draft", purpose="Write"), 0)
    assert widget.text.text() == "Open the draft"
    assert widget.purpose.text() == "Write"
    assert widget.full_text == "Open the draft"
    # Exactly as they are: a time's narrow no-break space, two spaces.
    odd = "Snoozed until 7:00\u202fAM:  Open"
    widget.show_next(NextStep(kind="step", id=1, text=odd, purpose="Write  it"), 0)
    assert widget.text.text() == odd
    assert widget.purpose.text() == "Write  it"


def test_lines_are_elided_again_after_a_font_change_and_a_collapse(
    qtbot: QtBot, widget: NextStepWidget
) -> None:
    widget.show_next(NextStep(kind="step", id=1, text=LONG_STEP, purpose=LONG_PURPOSE), 0)
    before = widget.purpose.text()
    bigger = widget.purpose.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    widget.purpose.setFont(bigger)
    qtbot.wait(10)  # the layout gives the taller line its room
    assert len(widget.purpose.text()) < len(before)
    _assert_elided(widget.purpose, LONG_PURPOSE)
    bigger = widget.text.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
    widget.text.setFont(bigger)
    qtbot.wait(10)
    _assert_elided(widget.text, LONG_STEP)

    widget.set_collapsed(True, user=True)
    qtbot.waitUntil(lambda: widget.pill_label.width() > 0 and widget.size() == PILL_SIZE)
    assert widget.pill_label.text().endswith("…")
    _fits(widget.pill_label, widget.pill_label.text())
    assert LONG_STEP in widget.pill_label.toolTip()
    widget.set_collapsed(False, user=True)
    qtbot.waitUntil(lambda: widget.size() == FULL_SIZE)
    _assert_elided(widget.text, LONG_STEP)
    _assert_elided(widget.purpose, LONG_PURPOSE)


def test_double_click_on_the_pill_expands_it(qtbot: QtBot, widget: NextStepWidget) -> None:
    widget.show_next(NextStep(kind="step", id=1, text="Open the draft", purpose="Write"), 1)
    changes: list[bool] = []
    widget.collapsed_changed.connect(changes.append)
    widget.set_collapsed(True, user=True)
    assert widget.size() == PILL_SIZE

    # On the pill's label, as the test helper sends it to the widget under the mouse…
    qtbot.mouseDClick(widget.pill_label, Qt.MouseButton.LeftButton)
    assert not widget.collapsed
    assert widget.size() == FULL_SIZE
    # …and a double-click on the full widget collapses it again, as before.
    qtbot.mouseDClick(widget.text, Qt.MouseButton.LeftButton)
    assert widget.collapsed

    # Through the window, as the platform delivers it: press, release, press, double-click…
    window = widget.windowHandle()
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, pos=QPoint(30, 15))
    qtbot.waitUntil(lambda: widget.size() == FULL_SIZE)
    assert not widget.collapsed
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, pos=QPoint(30, 15))
    qtbot.waitUntil(lambda: widget.size() == PILL_SIZE)
    assert widget.collapsed
    # A single click on the pill still opens it.
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(30, 15))
    assert not widget.collapsed
    assert changes == [True, False, True, False, True, False]


# --- a live theme change -------------------------------------------------------------------


@pytest.fixture
def themed() -> Iterator[None]:
    apply_theme("light")
    yield
    apply_theme("system")


def _lightness(colour: QColor) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


def _painted(image: QImage, widget: NextStepWidget, part: QWidget) -> tuple[float, float]:
    """The lightness of the background and of the ink in the part's area of a grab."""
    ratio = image.devicePixelRatio()
    area = QRect(part.mapTo(widget, QPoint(0, 0)), part.size())
    colours: dict[int, int] = {}
    for y in range(int(area.top() * ratio), int((area.bottom() + 1) * ratio)):
        for x in range(int(area.left() * ratio), int((area.right() + 1) * ratio)):
            rgb = image.pixel(x, y)
            colours[rgb] = colours.get(rgb, 0) + 1
    background = max(colours, key=lambda rgb: colours[rgb])
    ground = _lightness(QColor.fromRgb(background))
    # The ink: the tenth of the pixels that differ most from the background.
    others = sorted(
        (abs(_lightness(QColor.fromRgb(rgb)) - ground), _lightness(QColor.fromRgb(rgb)))
        for rgb, n in colours.items()
        for _ in range(n)
        if rgb != background
    )
    assert others, f"nothing painted in {part}"
    inked = others[-max(1, len(others) // 10) :]
    return ground, sum(light for _, light in inked) / len(inked)


def _check_scheme(widget: NextStepWidget, dark: bool) -> None:
    image = widget.grab().toImage()
    for part in (widget.text, widget.purpose):
        ground, ink = _painted(image, widget, part)
        if dark:
            assert ground < 0.3 and ink > ground + 0.3, (part.text(), ground, ink)
        else:
            assert ground > 0.7 and ink < ground - 0.3, (part.text(), ground, ink)
    if dark:
        assert _painted(image, widget, widget.text)[1] > 0.75  # the step: near white
    else:
        assert _painted(image, widget, widget.text)[1] < 0.25  # the step: near black


def test_the_text_follows_a_live_theme_change(
    qtbot: QtBot, themed: None, widget: NextStepWidget
) -> None:
    widget.show_next(NextStep(kind="step", id=1, text="Open the draft", purpose="Write"), 3)
    _check_scheme(widget, dark=False)
    apply_theme("dark")
    qtbot.wait(10)
    _check_scheme(widget, dark=True)
    widget.set_collapsed(True, user=True)
    qtbot.waitUntil(lambda: widget.size() == PILL_SIZE)
    ground, ink = _painted(widget.grab().toImage(), widget, widget.pill_label)
    assert ground < 0.3 and ink > 0.75, (ground, ink)
    widget.set_collapsed(False, user=True)
    apply_theme("light")
    qtbot.wait(10)
    _check_scheme(widget, dark=False)
