"""Putting a backup back in place of the data: whole or not at all, never writing a damaged file.

1. The backup (already verified) is copied to a staging file beside the data and upgraded there
   to this version's schema, so what goes in is ready for the app that reads it.
2. Sound data (it passes ``quick_check``) is first copied, checked, into the backups as a
   ``before-restore`` backup (listed, so a restore can be undone, and never thinned); then the
   staging copy is written *into* the live database
   with the backup API, in one write transaction: a crash leaves the old data or the new, and an
   app that has the data open sees one more commit (it watches the file) and shows the restored
   data.
3. Damaged data (or an empty file) is never written to: the file, with its ``-wal`` and
   ``-shm``, is renamed aside as ``smallwins-damaged-<when>.db``, and the staging file, flushed
   to disk, is renamed in its place (an atomic rename; then the folder is flushed). No app may
   have it open then (the command line asks the running app first; the app restores only
   before it opens the data, or after closing it).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from smallwins.core.errors import translate
from smallwins.core.models import BackupReason
from smallwins.storage import health
from smallwins.storage.backups import (
    _closing,
    _fsync_path,
    backup_name,
    copy_database,
    make_private_folder,
    stamp,
)
from smallwins.storage.errors import DamagedDataError, StorageError

SIDE_FILES = ("-wal", "-shm")


def is_sound(db_path: Path) -> bool:
    """The live data is there and passes the startup check (an empty file does not)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    try:
        health.check_file(db_path)
    except DamagedDataError:
        return False
    return True


def _staged(backup: Path, db_path: Path) -> Path:
    from smallwins.storage.database import connect  # noqa: PLC0415 - a cycle otherwise
    from smallwins.storage.migrations import migrate  # noqa: PLC0415

    staging = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    for leftover in (staging, Path(f"{staging}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    with _closing(health.read_only(backup)) as source:
        copy_database(source, staging)
    db = connect(staging)
    try:
        db.connect()
        migrate(db)
    finally:
        db.close()
    return staging


def _failed(error: Exception) -> StorageError:
    return StorageError(
        translate("UserError", "the backup could not be restored, nothing changed: {reason}"),
        reason=error.strerror if isinstance(error, OSError) else str(error),
    )


def restore(backup: Path, db_path: Path, now: datetime) -> Path | None:
    """Replace the data at ``db_path`` with ``backup``; returns where the old data is kept
    (None: there was none)."""
    try:
        staging = _staged(backup, db_path)
    except (OSError, sqlite3.Error) as error:
        raise _failed(error) from error
    try:
        if is_sound(db_path):
            return _into_live(staging, db_path, now)
        return _in_place_of_damaged(staging, db_path, now)
    except (OSError, sqlite3.Error) as error:
        raise _failed(error) from error
    finally:
        for leftover in (staging, Path(f"{staging}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _into_live(staging: Path, db_path: Path, now: datetime) -> Path:
    folder = health.backup_folder(db_path)
    make_private_folder(folder)
    number = 1
    while (aside := folder / backup_name(now, BackupReason.RESTORE, number)).exists():
        number += 1
    with _closing(health.read_only(db_path)) as current:
        copy_database(current, aside)
    with (
        _closing(sqlite3.connect(staging)) as source,
        _closing(sqlite3.connect(db_path, timeout=10)) as live,
    ):
        live.execute("PRAGMA busy_timeout = 10000")
        live.execute("PRAGMA synchronous = FULL")
        source.backup(live)  # one write transaction on the live database
    return aside


def _in_place_of_damaged(staging: Path, db_path: Path, now: datetime) -> Path | None:
    aside = db_path.with_name(f"smallwins-damaged-{stamp(now)}.db")
    with _closing(sqlite3.connect(staging)) as staged:
        staged.execute("PRAGMA journal_mode = wal")  # as open_store would make it
    _fsync_path(staging)
    existed = db_path.exists()
    if existed:
        os.replace(db_path, aside)
    for side in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{db_path}{side}", f"{aside}{side}")
    os.replace(staging, db_path)
    _fsync_path(db_path.parent, folder=True)
    return aside if existed else None
