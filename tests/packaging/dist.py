"""What `bash packaging/build` left in dist/, for the tests of the packaging stage (.ci/package).

They run when ``SMALLWINS_DIST`` names that folder and are skipped otherwise (``bash .ci/test``
builds nothing); once it is set, a missing artefact fails the test.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT

DIST_VARIABLE = "SMALLWINS_DIST"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

needs_dist = pytest.mark.skipif(
    not os.environ.get(DIST_VARIABLE),
    reason=f"packaging stage only: bash .ci/package builds dist/ and sets {DIST_VARIABLE}",
)


def dist() -> Path:
    folder = Path(os.environ[DIST_VARIABLE])
    assert folder.is_dir(), f"{DIST_VARIABLE}={folder} is not a folder: run bash packaging/build"
    return folder


def bundle() -> Path:
    folder = dist() / "smallwins"
    assert (folder / "smallwins").is_file(), f"no bundle in {folder}"
    return folder


def frozen_app() -> list[str]:
    return [str(bundle() / "smallwins")]
