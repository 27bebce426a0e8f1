"""Which notification backend runs: the platform's, or the one $SMALLWINS_NOTIFIER names."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from smallwins.system import notifications
from smallwins.system.notifications import notifier_for_platform
from smallwins.system.notifier_choice import (
    DESKTOP_NOTIFIER,
    FREEDESKTOP,
    TRAY,
    chosen_backend,
    needs_asyncio,
)
from smallwins.system.tray_notifier import TrayBalloonNotifier


@pytest.mark.parametrize(
    ("platform", "backend"),
    [
        ("linux", FREEDESKTOP),
        ("freebsd14", FREEDESKTOP),
        ("openbsd7", FREEDESKTOP),
        ("darwin", DESKTOP_NOTIFIER),
        ("win32", DESKTOP_NOTIFIER),
        ("emscripten", TRAY),
    ],
)
def test_each_platform_has_its_backend(platform: str, backend: str) -> None:
    assert chosen_backend({}, platform) == backend
    assert needs_asyncio({}, platform) is (backend == DESKTOP_NOTIFIER)


@pytest.mark.parametrize("value", ["freedesktop", "desktop-notifier", "tray", " Tray\n"])
def test_the_environment_overrides_the_platform(value: str) -> None:
    environ = {"SMALLWINS_NOTIFIER": value}
    for platform in ("linux", "darwin", "win32"):
        assert chosen_backend(environ, platform) == value.strip().lower()
    assert needs_asyncio(environ, "linux") is (value == DESKTOP_NOTIFIER)


@pytest.mark.parametrize("value", ["", "growl", "dbus"])
def test_an_unknown_or_empty_value_means_the_platforms_backend(value: str) -> None:
    environ = {"SMALLWINS_NOTIFIER": value}
    assert chosen_backend(environ, "linux") == FREEDESKTOP
    assert chosen_backend(environ, "darwin") == DESKTOP_NOTIFIER


@pytest.mark.gui
def test_notifier_for_platform_warns_about_an_unknown_backend(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=notifications.__name__):
        notifier = notifier_for_platform(
            None, environ={"SMALLWINS_NOTIFIER": "growl"}, platform="emscripten"
        )

    assert isinstance(notifier, TrayBalloonNotifier)
    assert "unknown SMALLWINS_NOTIFIER='growl'" in caplog.text
    assert "using tray" in caplog.text


@pytest.mark.gui
def test_tray_chosen_by_the_environment_is_tray_messages(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=notifications.__name__):
        notifier = notifier_for_platform(
            None, environ={"SMALLWINS_NOTIFIER": "tray"}, platform="linux"
        )

    assert isinstance(notifier, TrayBalloonNotifier)
    assert caplog.text == ""
