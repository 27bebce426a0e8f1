"""The one error the storage layer raises."""

from smallwins.core.errors import DataError


class StorageError(DataError):
    """The data cannot be read or written as asked; the message is fit to show to the user
    (an English template and its fields, translated as refusals are: ``core/errors.py``).

    Raised for a database written by a newer Small Wins, a file that is not a Small Wins
    database, a busy or damaged database, and constraint violations (a duplicate name, a missing
    purpose or routine, a row that other rows still refer to); for a full disk, read-only data,
    a busy or damaged database and any other failure to reach the data, ``problem`` says which.
    """
