"""``smallwins import`` and ``export`` as processes: the exit statuses a script relies on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(data: Path, *args: str, output: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SMALLWINS_DATA_DIR": str(data), "LANG": "C", "TZ": "Europe/Berlin"}
    env.pop("LC_ALL", None)
    return subprocess.run(
        ["sh", "-c", f'exec "$0" -m smallwins "$@" {output}', sys.executable, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _rows(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "smallwins.db")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_exit_statuses_of_import(tmp_path: Path) -> None:
    home, away = tmp_path / "home", tmp_path / "away"
    assert _run(home, "purpose", "add", "Write a novel").returncode == 0
    exported = tmp_path / "all.json"
    assert _run(home, "export", str(exported)).returncode == 0
    # Saved, but the answer could not be printed: 3, and the data are there.
    result = _run(away, "import", str(exported), output=">&-")
    assert result.returncode == 3, result.stderr
    assert "saved" in result.stderr
    assert any("Write a novel" in row for row in _rows(away))
    # A refused file: 1, one line, nothing changed.
    before = _rows(away)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["version"] = 99
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = _run(away, "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "newer Small Wins" in result.stderr
    assert _rows(away) == before
    # Usage: 2.
    assert _run(away, "import", str(bad), "--format", "xml").returncode == 2


def test_an_import_makes_a_backup_first(tmp_path: Path) -> None:
    home, away = tmp_path / "home", tmp_path / "away"
    assert _run(home, "purpose", "add", "Write a novel").returncode == 0
    assert _run(away, "purpose", "add", "Get stronger").returncode == 0
    exported = tmp_path / "all.json"
    assert _run(home, "export", str(exported)).returncode == 0
    assert json.loads(_run(away, "backup", "list", "--json").stdout)["backups"] == []
    assert _run(away, "import", str(exported)).returncode == 0
    (backup,) = json.loads(_run(away, "backup", "list", "--json").stdout)["backups"]
    assert backup["reason"] == "before-import"
    # The backup holds the data as it was before the import.
    connection = sqlite3.connect(backup["path"])
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM purpose")]
    finally:
        connection.close()
    assert names == ["Get stronger"]


def test_an_export_onto_the_data_itself_or_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert _run(home, "purpose", "add", "Write a novel").returncode == 0
    before = _rows(home)
    data = home / "smallwins.db"
    for target, kind in (
        (data, "loop"),
        (home / "smallwins.db-wal", "json"),
        (home / "." / "smallwins.db", "json"),
    ):
        result = _run(home, "export", str(target), "--format", kind)
        assert result.returncode == 1, result.stderr
        assert "is the Small Wins data itself" in result.stderr
        assert _rows(home) == before
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    for target in (tmp_path / "typo" / "deep" / "sheets", a_file / "sheets"):
        result = _run(home, "export", str(target), "--format", "csv")
        assert result.returncode == 1, result.stderr
        assert f"there is no folder {target.parent}" in result.stderr, result.stderr
        assert "cannot be used" not in result.stderr
    assert not (tmp_path / "typo").exists()
    assert _run(home, "status").returncode == 0  # the data is as it was, and readable
