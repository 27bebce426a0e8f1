"""End-to-end fixtures: one private real desktop (Xvfb, D-Bus, trayer, dunst) per test session.

Every test under tests/e2e is marked ``e2e``. When a needed executable is missing the tests fail
under CI (``CI`` set to true/1/yes) and are skipped elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    desk = getattr(item, "funcargs", {}).get("desktop")
    if report.failed and isinstance(desk, Desktop):
        report.sections.append(("desktop logs", desk.daemon_logs()))
    return report


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """A running private desktop; see tests/e2e/desktop.py for what it offers."""
    missing = missing_tools()
    if missing:
        message = (
            "end-to-end tests need these executables: "
            + ", ".join(missing)
            + " (install them with: bash .ci/setup --test)"
        )
        if _in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    desk = Desktop(tmp_path_factory.mktemp("desktop"))
    try:
        desk.start()
        yield desk
    finally:
        desk.stop()


@pytest.fixture
def desktop_clean(desktop: Desktop) -> Iterator[Desktop]:
    """The session desktop with no notification displayed and no context-menu choice."""
    desktop.close_notifications()
    desktop.choose_menu_action(None)
    yield desktop
    desktop.close_notifications()
    desktop.choose_menu_action(None)
