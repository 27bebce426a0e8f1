"""Where Small Wins keeps its data (the only user of platformdirs)."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "smallwins"
DATA_DIR_VARIABLE = "SMALLWINS_DATA_DIR"
LOG_DIR_VARIABLE = "SMALLWINS_LOG_DIR"
DATABASE_NAME = "smallwins.db"
LOGS_BESIDE_DATA = "logs"


def data_dir(explicit: str | None, environ: Mapping[str, str]) -> Path:
    """The data folder: ``--data-dir``, else ``$SMALLWINS_DATA_DIR``, else the platform's.

    The platform's is e.g. ``~/.local/share/smallwins`` on Linux, ``~/Library/Application
    Support/smallwins`` on macOS and ``%LOCALAPPDATA%\\smallwins`` on Windows. Empty values count
    as not given. Nothing is created here.
    """
    for given in (explicit, environ.get(DATA_DIR_VARIABLE)):
        if given:
            try:
                return Path(given).expanduser()
            except RuntimeError:  # ~name of no user here: taken as it is, as a shell does
                return Path(given)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_dir(explicit_data_dir: str | None, environ: Mapping[str, str]) -> Path:
    """The log folder: ``$SMALLWINS_LOG_DIR``; else, with a data folder of one's own
    (``--data-dir``, ``$SMALLWINS_DATA_DIR``), ``logs`` inside it, so that a test's or a
    second profile's logs stay with its data; else the platform's log folder (e.g.
    ``~/.local/state/smallwins/log`` on Linux). Nothing is created here."""
    given = environ.get(LOG_DIR_VARIABLE)
    if given:
        return Path(given).expanduser()
    if explicit_data_dir or environ.get(DATA_DIR_VARIABLE):
        return data_dir(explicit_data_dir, environ) / LOGS_BESIDE_DATA
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


@cache
def _resource_folder() -> Path:
    spec = importlib.util.find_spec("smallwins.resources")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the package data smallwins.resources is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def resource_path(*parts: str) -> Path:
    """A file of the package data (``resources/``, installed as ``smallwins.resources``).

    A plain path, as Qt opens files by name; found without ``importlib.resources`` (which the
    tray app would otherwise load at start just for this: ~3 ms and ~1 MiB).
    """
    return _resource_folder().joinpath(*parts)
