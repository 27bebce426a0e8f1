"""A damaged database: the startup check finds it, nothing writes to it, a restore brings the
newest good backup back and keeps the damaged file aside, as it was."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import FixedClock
from smallwins.core.models import BackupReason
from smallwins.storage import open_store
from smallwins.storage.backups import SqliteVault
from smallwins.storage.errors import DamagedDataError
from smallwins.storage.health import check_file
from smallwins.usecases.backups import Backups
from tests.storage.test_backups import count_wins, fill

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
WINS = 3000
PAGE = 4096


def a_page_of_the_win_table(path: Path, seed: int) -> None:
    connection = sqlite3.connect(path)
    pages = [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'win'")]
    connection.close()
    assert len(pages) > 10
    page = random.Random(seed).choice(pages)
    with path.open("r+b") as file:
        file.seek((page - 1) * PAGE)
        file.write(random.Random(seed).randbytes(PAGE))


def the_header(path: Path, seed: int) -> None:
    with path.open("r+b") as file:
        file.write(random.Random(seed).randbytes(100))


def truncated_to_half(path: Path, seed: int) -> None:
    os.truncate(path, path.stat().st_size // 2)


def emptied(path: Path, seed: int) -> None:
    os.truncate(path, 0)


DAMAGES: list[tuple[str, Callable[[Path, int], None], int]] = [
    *[(f"win page {seed}", a_page_of_the_win_table, seed) for seed in range(5)],
    ("header", the_header, 0),
    ("half", truncated_to_half, 0),
    ("zero bytes", emptied, 0),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with WINS wins and one backup of them; the database closed (every page
    in the file itself)."""
    db = tmp_path / "smallwins.db"
    fill(db, WINS)
    Backups(SqliteVault(db), FixedClock(NOW, ZoneInfo("UTC"))).make_backup()
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return db


@pytest.mark.parametrize(("name", "damage", "seed"), DAMAGES, ids=[d[0] for d in DAMAGES])
def test_damage_is_found_and_a_restore_never_writes_the_damaged_file(
    data: Path, name: str, damage: Callable[[Path, int], None], seed: int
) -> None:
    damage(data, seed)
    damaged = digest(data)
    with pytest.raises(DamagedDataError) as caught:
        open_store(data)
    assert caught.value.backups
    assert "nothing was written to it" in str(caught.value)
    with pytest.raises(DamagedDataError):
        check_file(data, full=True)
    assert digest(data) == damaged  # looking at it wrote nothing

    restored = Backups(SqliteVault(data), FixedClock(NOW, ZoneInfo("UTC"))).restore("latest")
    aside = restored.kept_aside
    assert aside is not None and aside.name == "smallwins-damaged-20260501T100000Z.db"
    assert digest(aside) == damaged  # kept as it was found
    with open_store(data) as store:
        assert len(store.purposes()) == 1
    assert count_wins(data) == WINS
    assert sqlite3.connect(data).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_empty_file_without_backups_is_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    db.touch()
    with open_store(db) as store:
        assert store.purposes() == []


def test_damage_without_backups_says_there_are_none(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, WINS)
    truncated_to_half(db, 0)
    with pytest.raises(DamagedDataError) as caught:
        open_store(db)
    assert not caught.value.backups


# What the running app does with its data open, beside its own connection.
WHILE_OPEN: dict[str, Callable[[SqliteVault], object]] = {
    "the daily backup": lambda vault: vault.make(NOW, BackupReason.DAILY),
    "the daily check": lambda vault: vault.check_data(),
    "the check before a restore": lambda vault: vault.data_is_sound(),
    "the startup check": lambda vault: check_file(vault.db_path),
}


@pytest.mark.parametrize("action", WHILE_OPEN, ids=list(WHILE_OPEN))
def test_checks_and_backups_beside_an_open_connection_keep_its_write_ahead_log(
    tmp_path: Path, action: str
) -> None:
    # Closing any descriptor of the file drops the process's locks on it: another process
    # closing the data would then delete the write-ahead log under the open connection.
    db = tmp_path / "smallwins.db"
    fill(db, 10)
    with open_store(db) as store:
        purpose = store.add_purpose("Read")
        WHILE_OPEN[action](SqliteVault(db))
        # Another process reads the data and closes it (the command line, say).
        other = (
            f"import sqlite3; c = sqlite3.connect({str(db)!r}); "
            "c.execute('PRAGMA user_version'); c.close()"
        )
        subprocess.run([sys.executable, "-c", other], check=True)
        assert Path(f"{db}-wal").exists()
        assert Path(f"{db}-shm").exists()
        store.add_step(purpose.id, "One page", NOW)
        assert [s.text for s in store.steps(purpose.id)] == ["One page"]
    assert count_wins(db) == 10
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM step").fetchone() == (2,)
