"""Backups with SQLite's backup API: checked, atomic, private, consistent under load; restore."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smallwins.core.days import FixedClock
from smallwins.core.models import BackupReason, WinKind, WinSource
from smallwins.storage import StorageError, open_store
from smallwins.storage.backups import SqliteVault, parse_backup
from smallwins.storage.migrations import LATEST_VERSION
from smallwins.usecases.backups import Backups

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Berlin")


def fill(path: Path, wins: int) -> None:
    """A database with one purpose, one step and ``wins`` wins."""
    with open_store(path) as store:
        purpose = store.add_purpose("Write")
        step = store.add_step(purpose.id, "One sentence", NOW)
        with store.transaction():
            for n in range(wins):
                at = NOW - timedelta(minutes=n)
                store.add_win(at, at.date(), 120, WinSource.CLI, WinKind.FULL, step_id=step.id)


def count_wins(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM win").fetchone()[0])
    finally:
        connection.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_checked_private_self_contained_copy(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 50)
    old = os.umask(0o022)
    try:
        backup = SqliteVault(db).make(NOW, BackupReason.MANUAL)
    finally:
        os.umask(old)
    assert backup.path == tmp_path / "backups" / "smallwins-20260501T100000Z-manual.db"
    assert backup.taken_at == NOW and backup.reason is BackupReason.MANUAL
    assert _mode(backup.path.parent) == 0o700
    assert _mode(backup.path) == 0o600
    assert count_wins(backup.path) == 50
    # One file, in rollback mode: nothing beside it, nothing half-written left over.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.path.name]
    assert backup.path.read_bytes()[18:20] == b"\x01\x01"


def test_a_backup_sees_commits_still_in_the_write_ahead_log(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 3)
    store = open_store(db)  # stays open: its commits stay in the -wal file
    try:
        purpose = store.add_purpose("Run")
        store.add_step(purpose.id, "Shoes on", NOW)
        assert Path(f"{db}-wal").stat().st_size > 0
        backup = SqliteVault(db).make(NOW, BackupReason.DAILY)
    finally:
        store.close()
    connection = sqlite3.connect(backup.path)
    assert connection.execute("SELECT count(*) FROM purpose").fetchone()[0] == 2
    connection.close()


def test_two_backups_in_one_second_both_stay(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 1)
    vault = SqliteVault(db)
    first = vault.make(NOW, BackupReason.MANUAL)
    second = vault.make(NOW, BackupReason.MANUAL)
    assert first.path != second.path
    assert [b.path for b in vault.backups()] == [second.path, first.path]


def test_a_damaged_database_gives_no_backup(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 2000)
    with db.open("r+b") as file:  # damage a page in the middle
        file.seek(4096 * 10)
        file.write(os.urandom(4096))
    with pytest.raises(StorageError, match="could not be written"):
        SqliteVault(db).make(NOW, BackupReason.MANUAL)
    assert list((tmp_path / "backups").iterdir()) == []


def test_other_files_in_the_folder_are_not_backups(tmp_path: Path) -> None:
    assert parse_backup(tmp_path / "smallwins-20260501T100000Z-daily.db") is None  # no file
    (tmp_path / "notes.db").write_text("x")
    (tmp_path / "smallwins-yesterday-daily.db").write_text("x")
    assert parse_backup(tmp_path / "notes.db") is None
    assert parse_backup(tmp_path / "smallwins-yesterday-daily.db") is None


WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from smallwins.core.models import WinKind, WinSource
    from smallwins.storage import open_store
    store = open_store(sys.argv[1])
    step_id = store.steps()[0].id
    print("ready", flush=True)
    deadline = time.monotonic() + float(sys.argv[2])
    while time.monotonic() < deadline:
        now = datetime.now(UTC)
        store.add_win(now, now.date(), 0, WinSource.CLI, WinKind.FULL, step_id=step_id)
    store.close()
    """
)


@pytest.mark.slow
def test_backups_under_load_are_consistent(tmp_path: Path) -> None:
    """A second process ticks as fast as it can while backups run: every backup passes the
    check and holds an unbroken run of wins (each tick committed whole, or not yet)."""
    db = tmp_path / "smallwins.db"
    fill(db, 20000)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "4"], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    vault = SqliteVault(db)
    counts = []
    started = time.monotonic()
    moment = NOW
    while writer.poll() is None and time.monotonic() - started < 10:
        backup = vault.make(moment, BackupReason.MANUAL)
        moment += timedelta(seconds=1)
        connection = sqlite3.connect(backup.path)
        low, high, total = connection.execute(
            "SELECT min(id), max(id), count(*) FROM win"
        ).fetchone()
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.close()
        assert (low, total) == (1, high)
        counts.append(total)
    assert writer.wait(30) == 0
    writer.stdout.close()
    assert len(counts) >= 3
    assert counts == sorted(counts) and counts[-1] > counts[0] >= 20000  # the ticks went on


def test_a_database_that_needs_upgrading_is_backed_up_first(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    open_store(db, migrate_to=1).close()
    (tmp_path / "backups").mkdir()
    assert list((tmp_path / "backups").iterdir()) == []
    open_store(db, now=lambda: NOW).close()
    backups = SqliteVault(db).backups()
    assert [b.reason for b in backups] == [BackupReason.UPGRADE]
    connection = sqlite3.connect(backups[0].path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    connection.close()
    open_store(db).close()  # up to date: no further backup
    assert len(SqliteVault(db).backups()) == 1


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    open_store(tmp_path / "smallwins.db").close()
    assert not (tmp_path / "backups").exists()


def _clock(moment: datetime = NOW) -> FixedClock:
    return FixedClock(moment, ZONE)


def test_the_daily_backup_is_made_once_a_day_and_only_after_a_change(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 5)
    # The files' times are the real ones: so is the clock here. A change in the second of a
    # backup counts as after it (its name has whole seconds): the safe side.
    time.sleep(1.1)
    today = datetime.now(UTC)
    backups = Backups(SqliteVault(db), _clock(today))
    assert backups.daily_backup() is not None  # none yet
    assert backups.daily_backup() is None  # one today already
    later = Backups(SqliteVault(db), _clock(today + timedelta(days=1)))
    time.sleep(1.1)  # the backup's name tells the second it was taken
    # Nothing changed since (opening the data writes nothing)
    open_store(db).close()
    assert later.daily_backup() is None
    with open_store(db) as store:
        store.add_purpose("Run")
    made = later.daily_backup()
    assert made is not None and made.reason is BackupReason.DAILY


def test_making_a_backup_thins_the_old_ones(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 1)
    vault = SqliteVault(db)
    for back in range(30):
        vault.make(NOW - timedelta(days=back), BackupReason.DAILY)
    Backups(vault, _clock()).make_backup()
    days = sorted({b.taken_at.date() for b in vault.backups()})
    # The last 7 days (today twice: the daily and the manual, in one second: both stay as one
    # moment is kept with the one named first), then one per ISO week.
    assert days[-7:] == [date(2026, 5, 1) - timedelta(days=n) for n in range(6, -1, -1)]
    assert len(days) < 14


def test_backups_made_in_one_second_stay_together(tmp_path: Path) -> None:
    # e.g. one by hand and the one an import makes first: a moment is kept whole.
    db = tmp_path / "smallwins.db"
    fill(db, 1)
    vault = SqliteVault(db)
    backups = Backups(vault, _clock())
    backups.make_backup(BackupReason.MANUAL)
    backups.make_backup(BackupReason.IMPORT)
    assert sorted(b.reason.value for b in vault.backups()) == ["before-import", "manual"]


def test_restore_into_live_data_is_seen_by_an_open_store(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 10)
    backups = Backups(SqliteVault(db), _clock())
    backup = backups.make_backup()
    running = open_store(db)  # as the running app holds it
    running.add_purpose("Added after the backup")
    version = running.data_version()
    restored = backups.restore("latest")
    assert restored.backup == backup
    assert restored.kept_aside is not None
    assert restored.kept_aside.name == "smallwins-20260501T100000Z-before-restore.db"
    assert restored.kept_aside.parent == SqliteVault(db).folder  # a backup: listed, restorable
    assert _mode(restored.kept_aside) == 0o600
    # The data before is kept aside, whole; the open store sees the restored data.
    assert {p.name for p in open_store(restored.kept_aside).purposes()} == {
        "Write",
        "Added after the backup",
    }
    assert running.data_version() != version
    assert [p.name for p in running.purposes()] == ["Write"]
    running.close()
    assert count_wins(db) == 10


def test_an_old_backup_is_upgraded_as_it_is_restored(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    old = tmp_path / "old.db"
    open_store(old, migrate_to=2).close()
    fill(db, 3)
    restored = Backups(SqliteVault(db), _clock()).restore(old)
    assert restored.kept_aside is not None
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    connection.close()


def test_a_bad_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 3)
    before = db.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 400)
    newer = tmp_path / "newer.db"
    open_store(newer).close()
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.close()
    backups = Backups(SqliteVault(db), _clock())
    with pytest.raises(StorageError, match="cannot be used: it is not an SQLite database"):
        backups.restore(bad)
    with pytest.raises(StorageError, match="cannot be used: it was written by a newer"):
        backups.restore(newer)
    with pytest.raises(StorageError, match="there is no backup"):
        backups.restore(tmp_path / "missing.db")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("smallwins")) == [
        "smallwins.db",
        "smallwins.db-shm",
        "smallwins.db-wal",
    ] or sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("smallwins")) == [
        "smallwins.db"
    ]


def test_what_a_restore_replaced_is_listed_never_thinned_and_restores_back(tmp_path: Path) -> None:
    db = tmp_path / "smallwins.db"
    fill(db, 10)
    clock = _clock()
    backups = Backups(SqliteVault(db), clock)
    backups.make_backup()
    with open_store(db) as store:
        store.add_purpose("Added after the backup")
    restored = backups.restore("latest")
    kept = next(b for b in backups.list_backups() if b.reason is BackupReason.RESTORE)
    assert kept.path == restored.kept_aside
    clock.set(datetime(2027, 6, 1, 10, tzinfo=UTC))
    backups.make_backup()  # a year on: thinning keeps only the newest, and what was replaced
    assert {b.reason for b in backups.list_backups()} == {BackupReason.MANUAL, BackupReason.RESTORE}
    backups.restore(kept)  # undo the restore
    with open_store(db) as store:
        assert "Added after the backup" in {p.name for p in store.purposes()}
