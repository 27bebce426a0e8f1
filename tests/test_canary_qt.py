"""Canary for a PySide6 crash that would take the whole GUI test suite down.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every
``QCoreApplication.processEvents()`` call, so after a few thousand calls ``None``'s reference count
reaches zero and the interpreter aborts. pytest-qt calls ``processEvents()`` constantly (every
``qtbot.wait*``), so with that version the suite dies at a random test. PySide6 6.11.3 does not
leak, and on CPython 3.12+ ``None`` is immortal, which hides the bug. pyproject.toml therefore pins
``PySide6-Essentials==6.11.3``; these tests fail loudly if the pin is changed or not installed.
"""

import importlib.metadata
import sys

import PySide6
import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

PROCESS_EVENTS_CALLS = 10_000


@pytest.mark.gui
def test_app_survives_many_process_events_calls(qapp: QApplication, qtbot: QtBot) -> None:
    none_refs_before = sys.getrefcount(None)

    for _ in range(PROCESS_EVENTS_CALLS):
        QCoreApplication.processEvents()

    # The leaking build loses one reference per call; allow for unrelated noise.
    assert sys.getrefcount(None) > none_refs_before - PROCESS_EVENTS_CALLS // 10

    label = QLabel("one small win")
    qtbot.addWidget(label)
    label.setText("another small win")
    assert label.text() == "another small win"

    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(0)


def test_installed_pyside6_is_the_pinned_version() -> None:
    requirements = [Requirement(text) for text in importlib.metadata.requires("smallwins") or []]
    pins = [
        spec.version
        for requirement in requirements
        if requirement.name.lower() == "pyside6-essentials" and requirement.marker is None
        for spec in requirement.specifier
        if spec.operator == "=="
    ]

    assert len(pins) == 1, f"smallwins must pin PySide6-Essentials with ==, found {requirements}"
    assert PySide6.__version__ == pins[0]
