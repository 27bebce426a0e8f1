"""Why a database call failed, read from SQLite's result code or the OS's errno.

The error that reaches us is often not the one that happened: when a write fails with
``SQLITE_FULL`` SQLite has already rolled the transaction back, so peewee's own ROLLBACK then
fails with "cannot rollback - no transaction is active", and that is the error raised. The
first cause is found by walking the chain of causes and contexts.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

from smallwins.core.errors import Problem, Term, translate
from smallwins.storage.errors import StorageError

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PROBLEMS = {
    13: Problem.DISK_FULL,  # SQLITE_FULL
    8: Problem.READ_ONLY,  # SQLITE_READONLY (and _DBMOVED, _CANTLOCK, _RECOVERY, ...)
    3: Problem.READ_ONLY,  # SQLITE_PERM
    14: Problem.READ_ONLY,  # SQLITE_CANTOPEN: mostly a -wal or -shm file that cannot be made
    5: Problem.BUSY,  # SQLITE_BUSY
    6: Problem.BUSY,  # SQLITE_LOCKED
    11: Problem.DAMAGED,  # SQLITE_CORRUPT
    26: Problem.DAMAGED,  # SQLITE_NOTADB
    10: Problem.UNAVAILABLE,  # SQLITE_IOERR
}
_ERRNO_PROBLEMS = {
    errno.ENOSPC: Problem.DISK_FULL,
    errno.EDQUOT: Problem.DISK_FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.READ_ONLY,
    errno.EPERM: Problem.READ_ONLY,
    errno.EIO: Problem.UNAVAILABLE,
}
# Older SQLite builds without extended codes on the exception: the message tells.
_MESSAGE_PROBLEMS = (
    ("database or disk is full", Problem.DISK_FULL),
    ("readonly database", Problem.READ_ONLY),
    ("database is locked", Problem.BUSY),
    ("malformed", Problem.DAMAGED),
    ("not a database", Problem.DAMAGED),
)

MESSAGES: dict[Problem, Term] = {
    Problem.DISK_FULL: translate("UserError", "the disk is full"),
    Problem.READ_ONLY: translate("UserError", "the data is read-only"),
    Problem.BUSY: translate("UserError", "the data is busy: another program is using it"),
    Problem.DAMAGED: translate(
        "UserError", "the Small Wins data is damaged or unreadable: {reason}"
    ),
    Problem.UNAVAILABLE: translate(
        "UserError", "the Small Wins data cannot be used right now: {reason}"
    ),
}


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _problem_of_one(error: BaseException) -> Problem | None:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_PROBLEMS:
            return _SQLITE_PROBLEMS[code & 0xFF]
    if isinstance(error, OSError) and error.errno in _ERRNO_PROBLEMS:
        return _ERRNO_PROBLEMS[error.errno]
    text = str(error)
    for needle, problem in _MESSAGE_PROBLEMS:
        if needle in text:
            return problem
    return None


def first_cause(error: BaseException) -> tuple[BaseException, Problem | None]:
    """The error that started it all and what kind of problem it was (None: not known)."""
    found: tuple[BaseException, Problem | None] = (error, None)
    for link in _chain(error):
        problem = _problem_of_one(link)
        if problem is not None:
            found = (link, problem)
    return found


def problem_error(error: BaseException, fallback: Problem) -> StorageError:
    """A ``StorageError`` saying plainly why ``error`` happened (``fallback`` when unknown)."""
    cause, problem = first_cause(error)
    problem = problem or fallback
    reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
    return StorageError(MESSAGES[problem], problem=problem, reason=reason)
