"""Is a database file sound? Checked without ever writing to it.

The startup check reads the header (cheap: an empty file, a file that is not SQLite, a file cut
short) and then runs ``PRAGMA quick_check``; the daily check runs the full ``PRAGMA
integrity_check``. Both use a read-only connection, which never writes the file (not even the
checkpoint a closing read-write connection makes), so a damaged file stays exactly as it was
found — for a restore, or for someone to look at.

The header is read with a plain file descriptor, and that needs care: POSIX record locks belong
to a process and a file, so closing *any* descriptor of a file drops all of the process's locks
on it — SQLite's too. Had this process the data open (the tray app's daily check and backup), a
close would leave its connection without its lock, another process closing the data would take
itself for the last user and delete the write-ahead log under it, and the app would then read
"database disk image is malformed". So a descriptor of a file in use (its ``-shm`` beside it) is
kept open until that file is no longer in use.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import urllib.parse
from pathlib import Path

from smallwins.core.errors import Term, translate
from smallwins.storage.errors import DamagedDataError

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
BACKUP_FOLDER = "backups"
BACKUP_PATTERN = "smallwins-*.db"

EMPTY = translate("UserError", "the file is empty")
NOT_SQLITE = translate("UserError", "it is not an SQLite database (its header is damaged)")
CUT_SHORT = translate("UserError", "the file is cut short")


def backup_folder(db_path: Path) -> Path:
    """The backups of the database at ``db_path``: a ``backups`` folder beside it."""
    return db_path.parent / BACKUP_FOLDER


def has_backups(db_path: Path) -> bool:
    folder = backup_folder(db_path)
    return folder.is_dir() and any(folder.glob(BACKUP_PATTERN))


# SQLite's result codes that mean the file itself is damaged (SQLITE_CORRUPT, SQLITE_NOTADB);
# any other failure (busy, no access, a read-only folder) says nothing about the file's health.
DAMAGE_CODES = frozenset({11, 26})


def read_only(path: Path, query: str = "mode=ro") -> sqlite3.Connection:
    """A connection that cannot write ``path`` (SQLite's ``mode=ro``; ``immutable=1`` where
    the folder takes no files, so that SQLite cannot make the WAL's shared-memory file)."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?" + query
    return sqlite3.connect(uri, uri=True, timeout=5)


def _in_use(path: Path) -> bool:
    """A write-ahead log with something in it is beside ``path``: the file may be changing."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


# Descriptors not closed yet (see above): each with the shared-memory file of its database.
_kept: list[tuple[Path, int]] = []
_keeping = threading.Lock()  # the daily check's thread and the GUI thread both read headers


def _let_go() -> None:
    """Close the kept descriptors of files no longer in use (no ``-shm``: no connection)."""
    for entry in list(_kept):
        shm, descriptor = entry
        if not shm.exists():
            os.close(descriptor)
            _kept.remove(entry)


def _start_of(path: Path) -> tuple[bytes, int]:
    """The first bytes of ``path`` and its size, without dropping this process's locks on it."""
    with _keeping:
        _let_go()
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            header = os.read(descriptor, HEADER_SIZE)
            size = os.fstat(descriptor).st_size
        finally:
            shm = path.with_name(path.name + "-shm")
            if os.name == "posix" and shm.exists():
                _kept.append((shm, descriptor))
            else:
                os.close(descriptor)
        return header, size


def header_problem(path: Path) -> Term | None:
    """What the first bytes of ``path`` say is wrong with it, or None (also for no file)."""
    try:
        header, size = _start_of(path)
    except OSError:  # no file (a new one), or one that cannot be read: opening it says why
        return None
    if size == 0:
        return EMPTY
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if (
        len(header) < HEADER_SIZE
        or not header.startswith(HEADER)
        or page_size < 512
        or page_size & (page_size - 1)
    ):
        return NOT_SQLITE
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header holds when "version-valid-for" matches the change counter,
    # and only for a file at rest: with a write-ahead log beside it, a checkpoint may be writing
    # page 1 (and its count) before the pages that lengthen the file (then quick_check judges).
    if header[92:96] == header[24:28] and pages * page_size > size and not _in_use(path):
        return CUT_SHORT
    return None


def content_problem(path: Path, *, full: bool = False) -> str | None:
    """SQLite's own words for what is wrong inside ``path`` (``quick_check``, or with ``full``
    ``integrity_check``), or None when it is sound."""
    pragma = "integrity_check" if full else "quick_check"
    for query in ("mode=ro", "immutable=1"):
        try:
            connection = read_only(path, query)
            try:
                rows = connection.execute(f"PRAGMA {pragma}(5)").fetchall()
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            code = getattr(error, "sqlite_errorcode", 0) or 0
            if code & 0xFF in DAMAGE_CODES:  # extended codes keep the primary in the low byte
                return str(error)
            continue  # cannot look (e.g. a read-only folder): try the other way, else let be
        found = [str(row[0]) for row in rows]
        return None if found == ["ok"] else "; ".join(found)
    return None  # not checked: opening the data says what is wrong, if anything


def damaged(path: Path, reason: str) -> DamagedDataError:
    """The error for a damaged database at ``path``."""
    return DamagedDataError(
        translate(
            "UserError",
            "the Small Wins data in {path} is damaged ({reason}); nothing was written to it",
        ),
        path=path,
        backups=has_backups(path),
        reason=reason,
    )


def check_header(path: Path) -> None:
    """Raise ``DamagedDataError`` if the header shows damage; an empty file counts only where
    there are backups (else it is a new database, e.g. one whose creation was interrupted)."""
    reason = header_problem(path)
    if reason is None or (reason is EMPTY and not has_backups(path)):
        return
    raise damaged(path, reason)


def check_file(path: Path, *, full: bool = False) -> None:
    """The whole startup check (with ``full``: the daily one); raise ``DamagedDataError``."""
    check_header(path)
    if path.is_file() and path.stat().st_size > 0:
        problem = content_problem(path, full=full)
        if problem is not None:
            raise damaged(path, problem)
