"""End-to-end fixtures: one private real desktop (Xvfb, D-Bus, trayer, dunst) per test session.

Every test under tests/e2e is marked ``e2e``. When a needed executable is missing the tests fail
under CI (``CI`` set to true/1/yes) and are skipped elsewhere (tests/e2e/fixtures.py).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop
from tests.e2e.fakeclock import FakeTimeApp
from tests.e2e.fixtures import libfaketime, start_desktop

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


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """A running private desktop; see tests/e2e/desktop.py for what it offers."""
    desk = start_desktop(tmp_path_factory.mktemp("desktop"))
    try:
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


@pytest.fixture
def fake(desktop_clean: Desktop, tmp_path: Path) -> Iterator[FakeTimeApp]:
    """The app on a fake wall clock (libfaketime), stopped after the test."""
    app = FakeTimeApp(desktop_clean, tmp_path, libfaketime())
    yield app
    app.stop()
