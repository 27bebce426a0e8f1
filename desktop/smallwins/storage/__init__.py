"""Persistence: the only package that imports peewee.

``open_store(path)`` opens (creating and migrating as needed) the SQLite database and returns a
``SqliteStore`` that implements ``smallwins.core.ports.Store``; ``open_store_read_only(path)``
opens data that cannot be written, for reading.
"""

from smallwins.storage.database import open_store, open_store_read_only
from smallwins.storage.errors import StorageError
from smallwins.storage.store import SqliteStore

__all__ = ["SqliteStore", "StorageError", "open_store", "open_store_read_only"]
