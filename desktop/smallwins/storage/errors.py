"""The errors the storage layer raises."""

from pathlib import Path

from smallwins.core.errors import DataError, Problem, Term


class StorageError(DataError):
    """The data cannot be read or written as asked; the message is fit to show to the user
    (an English template and its fields, translated as refusals are: ``core/errors.py``).

    Raised for a database written by a newer Small Wins, a file that is not a Small Wins
    database, a busy or damaged database, and constraint violations (a duplicate name, a missing
    purpose or routine, a row that other rows still refer to); for a full disk, read-only data,
    a busy or damaged database and any other failure to reach the data, ``problem`` says which.
    """


class DamagedDataError(StorageError):
    """The database file is damaged (or empty, or cut short, where backups exist): nothing was
    written to it. ``path`` is the file; ``backups`` says whether there are backups to restore."""

    def __init__(self, template: Term, /, path: Path, backups: bool, **fields: object) -> None:
        super().__init__(template, problem=Problem.DAMAGED, path=path, **fields)
        self.path = path
        self.backups = backups
