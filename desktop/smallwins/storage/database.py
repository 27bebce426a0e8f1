"""Opening the database: private file modes, pragmas, migrations."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import peewee

from smallwins.core.errors import Problem, translate
from smallwins.core.models import BackupReason
from smallwins.storage import health
from smallwins.storage.errors import StorageError
from smallwins.storage.failures import first_cause
from smallwins.storage.migrations import LATEST_VERSION, migrate, schema_version
from smallwins.storage.store import SqliteStore

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

# Set on every connection. synchronous=FULL: in WAL mode NORMAL may lose the last commits on
# power loss. The journal mode is not among them: it is stored in the file (see _use_wal).
PRAGMAS: tuple[tuple[str, object], ...] = (
    ("busy_timeout", 5000),
    ("synchronous", "FULL"),
    ("foreign_keys", 1),
)
WAL_RETRY_SECONDS = 5.0


def _make_private_folder(folder: Path) -> None:
    """Create ``folder`` (mode 0700) unless it exists; parents get the default mode."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE)
    except FileExistsError:
        return  # another process was faster; it set the mode
    if os.name == "posix":
        folder.chmod(PRIVATE_FOLDER_MODE)  # mkdir's mode is reduced by the umask


def _make_private_file(path: Path) -> None:
    """Create an empty database file with mode 0600 before SQLite does it with 0644.

    SQLite gives the -wal and -shm files the mode of the database file, so they are private too.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def connect(path: Path) -> peewee.SqliteDatabase:
    """A peewee database for ``path`` with our pragmas; every transaction is IMMEDIATE.

    With deferred transactions, two processes that both read and then write fail with
    "database is locked" even with a busy timeout; BEGIN IMMEDIATE takes the write lock first.
    """
    return peewee.SqliteDatabase(str(path), pragmas=list(PRAGMAS), lock_type="IMMEDIATE", timeout=5)


def _use_wal(db: peewee.SqliteDatabase) -> None:
    """Switch the file to WAL mode (once: the mode is stored in the file).

    When two processes open a new file at the same moment, the switch fails at once with
    "database is locked": SQLite does not call the busy handler for it. Retry like a busy
    handler would.
    """
    deadline = time.monotonic() + WAL_RETRY_SECONDS
    while True:
        try:
            db.execute_sql("PRAGMA journal_mode = wal")  # type: ignore[no-untyped-call]
        except peewee.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
        else:
            return


def _system_now() -> datetime:
    # Only names the backup made before an upgrade; callers with a clock pass theirs.
    return datetime.now(UTC)


def open_store(
    path: Path,
    *,
    migrate_to: int | None = None,
    check: bool = True,
    now: Callable[[], datetime] = _system_now,
) -> SqliteStore:
    """Open the Small Wins database at ``path``, creating and upgrading it as needed.

    First the startup check (``storage/health.py``): a damaged file raises ``DamagedDataError``
    and is not written to. ``check=False`` leaves out its ``quick_check`` (the header is read
    all the same) for a caller that runs it beside its own start (the tray app, ``app.py``).
    A database that needs upgrading is backed up first (``now`` names the backup).
    ``migrate_to`` stops the upgrade at an older schema version (for migration tests).
    """
    path = Path(path)
    if check:
        health.check_file(path)
    else:
        health.check_header(path)
    try:
        _make_private_folder(path.parent)
        _make_private_file(path)
    except OSError as error:
        _, problem = first_cause(error)
        raise StorageError(
            translate("UserError", "cannot create the data file {path}: {reason}"),
            problem=problem or Problem.UNAVAILABLE,
            path=path,
            reason=error.strerror,
        ) from error
    db = connect(path)
    try:
        db.connect()
        _use_wal(db)
        migrate(db, LATEST_VERSION if migrate_to is None else migrate_to, _backup_first(path, now))
    except StorageError:
        db.close()
        raise
    except peewee.DatabaseError as error:
        with contextlib.suppress(peewee.DatabaseError):
            db.close()
        cause, problem = first_cause(error)
        raise StorageError(
            translate("UserError", "cannot open the Small Wins data in {path}: {reason}"),
            problem=problem or Problem.UNAVAILABLE,
            path=path,
            reason=str(cause),
        ) from error
    return SqliteStore(db)


def open_store_read_only(path: Path) -> SqliteStore:
    """Open existing data that cannot be written (a read-only file, folder or disk) to read it.

    In a folder that takes no new files SQLite cannot make the WAL's shared-memory file, so
    ``mode=ro`` fails; ``immutable=1`` then reads the database file alone. Changes still in a
    -wal log beside it would be missed that way: then a private copy of the file and its log
    is read instead, where SQLite can apply the log (the copy goes when the store does).
    Nothing is written to the data either way. Every write is refused with
    ``Problem.READ_ONLY``.
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError(
            translate("UserError", "there is no Small Wins data in {path}"),
            problem=Problem.READ_ONLY,
            path=path,
        )
    failure: peewee.DatabaseError | None = None
    for query in ("mode=ro", "immutable=1"):
        source, way, copy = path, query, None
        if query == "immutable=1" and _has_log(path):
            copy = tempfile.TemporaryDirectory(prefix="smallwins-read-")
            source, way = _copy_with_log(path, Path(copy.name)), "mode=ro"
        db = peewee.SqliteDatabase(
            f"{source.resolve().as_uri()}?{way}",
            pragmas=[("busy_timeout", 5000), ("foreign_keys", 1)],
            uri=True,
            timeout=5,
        )
        try:
            db.connect()
            version = schema_version(db)
        except peewee.DatabaseError as error:
            with contextlib.suppress(peewee.DatabaseError):
                db.close()
            if copy is not None:
                copy.cleanup()
            failure = error
            continue
        if version != LATEST_VERSION:
            db.close()
            if copy is not None:
                copy.cleanup()
            raise StorageError(
                translate(
                    "UserError",
                    "the data in {path} is read-only and needs an upgrade this version "
                    "cannot write (schema {version})",
                ),
                problem=Problem.READ_ONLY,
                path=path,
                version=version,
            )
        store = SqliteStore(db, read_only=True)
        if copy is not None:
            weakref.finalize(store, copy.cleanup)
        return store
    assert failure is not None
    cause, problem = first_cause(failure)
    raise StorageError(
        translate("UserError", "cannot open the Small Wins data in {path}: {reason}"),
        problem=problem or Problem.UNAVAILABLE,
        path=path,
        reason=str(cause),
    ) from failure


def _backup_first(path: Path, now: Callable[[], datetime]) -> Callable[[int], None]:
    def backup(version: int) -> None:
        from smallwins.storage.backups import SqliteVault  # noqa: PLC0415 - only to upgrade

        del version
        SqliteVault(path).make(now(), BackupReason.UPGRADE)

    return backup


def _has_log(path: Path) -> bool:
    """Whether ``path`` has a -wal log beside it with changes not yet in the file."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _copy_with_log(path: Path, folder: Path) -> Path:
    """Copy the database file and its -wal log into ``folder`` (private); the copy's path."""
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    except OSError as error:
        raise StorageError(
            translate("UserError", "cannot open the Small Wins data in {path}: {reason}"),
            problem=Problem.UNAVAILABLE,
            path=path,
            reason=error.strerror or str(error),
        ) from error
    return copy
