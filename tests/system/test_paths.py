"""Where the data lives: --data-dir, then SMALLWINS_DATA_DIR, then the platform's folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from smallwins.system.paths import data_dir, database_path


def test_explicit_folder_wins(tmp_path: Path) -> None:
    environ = {"SMALLWINS_DATA_DIR": str(tmp_path / "from-env")}
    assert data_dir(str(tmp_path / "explicit"), environ) == tmp_path / "explicit"


def test_environment_variable_next(tmp_path: Path) -> None:
    assert data_dir(None, {"SMALLWINS_DATA_DIR": str(tmp_path)}) == tmp_path


def test_platform_folder_last() -> None:
    expected = Path(platformdirs.user_data_dir("smallwins", appauthor=False, roaming=False))
    assert data_dir(None, {}) == expected
    assert data_dir("", {"SMALLWINS_DATA_DIR": ""}) == expected  # empty means not given


def test_home_is_expanded() -> None:
    assert data_dir("~/wins", {}) == Path.home() / "wins"


def test_nothing_is_created(tmp_path: Path) -> None:
    folder = data_dir(str(tmp_path / "new"), {})
    assert database_path(folder) == tmp_path / "new" / "smallwins.db"
    assert not folder.exists()
