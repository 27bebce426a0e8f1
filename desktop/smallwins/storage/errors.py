"""The one error the storage layer raises."""

from smallwins.core.errors import TranslatableError


class StorageError(TranslatableError):
    """The data cannot be read or written as asked; the message is fit to show to the user
    (an English template and its fields, translated as refusals are: ``core/errors.py``).

    Raised for a database written by a newer Small Wins, a file that is not a Small Wins
    database, a busy or damaged database, and constraint violations (a duplicate name, a missing
    purpose or routine, a row that other rows still refer to).
    """
