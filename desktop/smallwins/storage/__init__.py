"""Persistence: the only package that imports peewee.

``open_store(path)`` opens (creating and migrating as needed) the SQLite database and returns a
``SqliteStore`` that implements ``smallwins.core.ports.Store``; ``open_store_read_only(path)``
opens data that cannot be written, for reading.

The names are loaded on first use (PEP 562), not with the package: the tray app's startup check
(``storage.health``, plain sqlite3) runs in a thread beside Qt's start, and importing peewee
there first would hold the interpreter while Qt starts (measured: the check then took 65-90 ms
instead of 25, and the start waited for it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smallwins.storage.database import open_store, open_store_read_only
    from smallwins.storage.errors import StorageError
    from smallwins.storage.store import SqliteStore

_WHERE = {
    "SqliteStore": "smallwins.storage.store",
    "StorageError": "smallwins.storage.errors",
    "open_store": "smallwins.storage.database",
    "open_store_read_only": "smallwins.storage.database",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = ["SqliteStore", "StorageError", "open_store", "open_store_read_only"]
