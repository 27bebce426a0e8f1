"""Checks shared by the window tests."""

from __future__ import annotations

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
