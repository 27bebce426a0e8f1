"""Backups of the database with SQLite's online backup API, and putting one back.

Never a file copy of the live database: a copy of a database in WAL mode can miss every recent
commit. ``sqlite3.Connection.backup`` in one step reads one consistent snapshot (the app and the
command line may go on writing meanwhile) and writes it to a new file, which is checked
(``integrity_check``) and then moved into place atomically: a temporary name, fsync, rename,
fsync of the folder. Backups live in ``backups/`` (0700) in the data folder, each file 0600,
named ``smallwins-20260501T120000Z-daily.db`` (when, in UTC, and why); which to keep is
``core/retention.py``'s rule, applied by ``usecases/backups.py``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from smallwins.core.errors import translate
from smallwins.core.models import Backup, BackupReason
from smallwins.storage import health
from smallwins.storage.errors import StorageError

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^smallwins-(\d{8}T\d{6}Z)-([a-z-]+?)(?:-(\d+))?\.db$")


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (mode 0700) unless it exists; parents get the default mode."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):  # another process was faster; it set the mode
        folder.mkdir(mode=PRIVATE_FOLDER_MODE)
        if os.name == "posix":
            folder.chmod(PRIVATE_FOLDER_MODE)  # mkdir's mode is reduced by the umask


def _fsync_path(path: Path, *, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return  # Windows cannot open a folder to flush it; its rename is durable on NTFS
    fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _closing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield connection
    finally:
        connection.close()


def _failed(error: Exception | str, path: Path) -> StorageError:
    return StorageError(
        translate("UserError", "the backup {path} could not be written: {reason}"),
        path=path,
        reason=error.strerror if isinstance(error, OSError) else str(error),
    )


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write what ``source`` holds now into the new file ``target``: checked, then atomically.

    Raises ``StorageError`` (and leaves nothing behind) if it cannot, or if the copy does not
    pass ``integrity_check`` (a damaged database gives a damaged copy)."""
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        _new_private_file(partial)
        with _closing(sqlite3.connect(partial)) as copy:
            # One step (pages=-1): one read transaction, so one consistent snapshot; writers
            # in WAL mode are not held up.
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = [str(row[0]) for row in copy.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise _failed("; ".join(problems), target)
        _fsync_path(partial)
        os.replace(partial, target)
        _fsync_path(target.parent, folder=True)
    except sqlite3.Error as error:
        raise _failed(error, target) from error
    except OSError as error:
        raise _failed(error, target) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + "-journal").unlink()


def backup_name(taken_at: datetime, reason: BackupReason, number: int = 1) -> str:
    suffix = "" if number == 1 else f"-{number}"
    return f"smallwins-{taken_at.astimezone(UTC).strftime(STAMP)}-{reason.value}{suffix}.db"


def parse_backup(path: Path) -> Backup | None:
    """The backup a file name describes, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        reason = BackupReason(match.group(2))
        taken_at = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path=path, taken_at=taken_at, reason=reason, size=size)


def _order(backup: Backup) -> tuple[datetime, int]:
    match = _NAME.match(backup.path.name)
    return backup.taken_at, int(match.group(3) or 1) if match else 0


def stamp(now: datetime) -> str:
    """A moment in a file name."""
    return now.astimezone(UTC).strftime(STAMP)


class SqliteVault:
    """The backups of the database at ``db_path`` (``smallwins.core.ports.BackupVault``)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)

    @property
    def folder(self) -> Path:
        return health.backup_folder(self.db_path)

    def backups(self) -> list[Backup]:
        if not self.folder.is_dir():
            return []
        found = [parse_backup(path) for path in self.folder.glob(health.BACKUP_PATTERN)]
        return sorted((b for b in found if b is not None), key=_order, reverse=True)

    def make(self, now: datetime, reason: BackupReason) -> Backup:
        if not self.db_path.exists():
            raise StorageError(
                translate("UserError", "there is no data to back up in {path}"), path=self.db_path
            )
        damage = health.header_problem(self.db_path)  # an empty file too: nothing to keep
        if damage is not None:
            raise health.damaged(self.db_path, damage)
        try:
            make_private_folder(self.folder)
        except OSError as error:
            raise _failed(error, self.folder) from error
        number = 1
        while (target := self.folder / backup_name(now, reason, number)).exists():
            number += 1
        try:
            source = health.read_only(self.db_path)
        except sqlite3.Error as error:
            raise _failed(error, target) from error
        with _closing(source):
            copy_database(source, target)
        made = parse_backup(target)
        assert made is not None
        return made

    def remove(self, backup: Backup) -> None:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()

    def verify(self, path: Path) -> None:
        from smallwins.storage.migrations import LATEST_VERSION  # noqa: PLC0415 - a cycle

        path = Path(path)
        if not path.is_file():
            raise StorageError(translate("UserError", "there is no backup {path}"), path=path)
        reason = health.header_problem(path)
        problem: str | None = None if reason is None else reason
        if problem is None:
            problem = health.content_problem(path, full=True)
        if problem is None:
            try:
                with _closing(health.read_only(path)) as connection:
                    version = connection.execute("PRAGMA user_version").fetchone()[0]
                    tables = {
                        row[0] for row in connection.execute("SELECT name FROM sqlite_master")
                    }
            except sqlite3.Error as error:
                problem = str(error)
            else:
                if "win" not in tables or version < 1:
                    problem = translate("UserError", "it is not Small Wins data")
                elif version > LATEST_VERSION:
                    problem = translate("UserError", "it was written by a newer Small Wins")
        if problem is not None:
            raise StorageError(
                translate("UserError", "the backup {path} cannot be used: {reason}"),
                path=path,
                reason=problem,
            )

    def changed_since(self, moment: datetime) -> bool:
        """By the files' modification times: the database, and its write-ahead log while it
        holds anything (SQLite makes an empty one whenever the data is opened)."""
        latest = 0.0
        for path in (self.db_path, Path(f"{self.db_path}-wal")):
            try:
                status = path.stat()
            except FileNotFoundError:
                continue
            if status.st_size > 0:
                latest = max(latest, status.st_mtime)
        return latest >= moment.timestamp()

    def check_data(self) -> None:
        health.check_file(self.db_path, full=True)

    def data_is_sound(self) -> bool:
        from smallwins.storage.restore import is_sound  # noqa: PLC0415 - loads peewee

        return is_sound(self.db_path)

    def restore(self, path: Path, now: datetime) -> Path | None:
        from smallwins.storage.restore import restore  # noqa: PLC0415 - loads peewee

        self.verify(path)
        return restore(Path(path), self.db_path, now)
