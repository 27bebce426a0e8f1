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
