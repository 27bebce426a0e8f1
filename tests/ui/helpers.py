"""Checks shared by the window tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QWidget,
)


def assert_named_and_labelled(window: QWidget) -> None:
    """Every control has an accessible name; every one without its own text has a label."""
    inputs = (QComboBox, QAbstractSpinBox, QSlider, QPlainTextEdit, QLineEdit)
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    for control in window.findChildren(QWidget):
        if isinstance(control.parent(), QAbstractSpinBox | QComboBox):
            continue  # the spin box's own line edit
        if isinstance(control, QAbstractButton) and control.text():
            assert control.accessibleName(), control.text()
        elif isinstance(control, inputs):
            assert control.accessibleName(), control
            assert control in buddies, control.accessibleName()


def mnemonic(text: str) -> str | None:
    """The letter Alt+ reaches in a label's text ("&Name" -> "n"), or None."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        return text[index + 1 : index + 2].casefold() or None
    return None


def clashing_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """The Alt+ letters that more than one visible label, button or tab of ``window`` claims."""
    claims: dict[str, list[str]] = {}
    for control in window.findChildren(QWidget):
        if not control.isVisibleTo(window):
            continue
        texts: list[str] = []
        if isinstance(control, QLabel | QAbstractButton):
            texts = [control.text()]
        elif isinstance(control, QTabBar):  # a tab's letter reaches it from any page
            texts = [control.tabText(index) for index in range(control.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                claims.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in claims.items() if len(texts) > 1}


def cli(data: Path, *args: str) -> None:
    """A command of the command line on the data folder ``data``, which must succeed."""
    from smallwins.cli import main  # noqa: PLC0415

    assert main(["--data-dir", str(data), *args], out=StringIO(), err=StringIO()) == 0


def run_app_script(script: str, *args: str) -> dict[str, object]:
    """Run ``script`` (which starts the real app, offscreen, in English) with ``args`` in a
    process of its own, and return the JSON object it printed last."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def frame_colour(widget: QWidget) -> int:
    """The colour (RGB) of the middle of a widget's left edge as drawn: its frame."""
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2).rgb()
