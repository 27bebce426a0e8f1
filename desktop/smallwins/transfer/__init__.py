"""Files in and out: every export and import format, one module each.

This package imports only the domain (``smallwins.core``); an import-linter contract keeps it
so, and its tests need neither Qt nor a database. A reader turns a file into a
:class:`~smallwins.transfer.bundle.Bundle` of plain core values, checked through and through (a
file it refuses raises :class:`~smallwins.transfer.bundle.FileRefusedError`, naming the problem and
the place); a writer turns a bundle into a file. The use cases (``usecases/transfer.py``) take
the data out of the store and put a bundle into it, in one transaction.

- ``jsonformat``: Small Wins' own JSON, everything, versioned (read and write);
- ``csvformat``: wins and per-habit days as CSV, a folder or a zip (write);
- ``loopdb``: Loop Habit Tracker's SQLite backup (read versions 22 to 25, write 25);
- ``loopcsv``: Loop Habit Tracker's CSV export, a folder or its zip (read);
- ``safety``: the limits every reader keeps (file size, zip contents, nesting).
"""
