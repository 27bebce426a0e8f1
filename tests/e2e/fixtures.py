"""What end-to-end fixtures share, also outside tests/e2e: starting the private desktop, finding
libfaketime. A missing executable or library fails the test under CI (``CI`` set to true/1/yes)
and skips it elsewhere."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

from tests.e2e.desktop import Desktop, missing_tools
from tests.e2e.fakeclock import find_libfaketime


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def skip_or_fail(message: str) -> NoReturn:
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def start_desktop(root: Path) -> Desktop:
    """A started private desktop (see tests/e2e/desktop.py) keeping its files in ``root``;
    the caller stops it."""
    missing = missing_tools()
    if missing:
        skip_or_fail(
            "end-to-end tests need these executables: "
            + ", ".join(missing)
            + " (install them with: bash .ci/setup --test)"
        )
    return Desktop(root).start()


def libfaketime() -> str:
    """libfaketime's path (Debian package faketime)."""
    found = find_libfaketime()
    if found is None:
        skip_or_fail("libfaketime is missing (Debian package faketime; bash .ci/setup --test)")
    return found
