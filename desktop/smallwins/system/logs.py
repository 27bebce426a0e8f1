"""The tray app's log file: what failed and why, kept small by rotation.

A handler of our own rather than ``logging.handlers``: that module loads pickle, queue and
socket helpers (about 6 ms at every start) for one feature we use. The file is made (empty)
at start, to know whether it can be written, and opened for writing at the first record.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_NAME = "smallwins.log"
MAX_BYTES = 512 * 1024
KEEP = 3  # smallwins.log.1 … .3 beside the current one
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PRIVATE_FOLDER_MODE = 0o700


class RotatingLog(logging.FileHandler):
    """Appends to ``path``; past ``max_bytes`` it becomes ``path.1`` (``.1`` becomes ``.2``, …,
    the oldest beyond ``keep`` is removed) and a new file begins."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        super().__init__(path, mode="a", encoding="utf-8", delay=True)
        self.path = path
        self.max_bytes = max_bytes
        self.keep = keep

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._too_big():
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _too_big(self) -> bool:
        if self.stream is not None:
            return bool(self.stream.tell() >= self.max_bytes)
        return self.path.is_file() and self.path.stat().st_size >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        oldest = self.path.with_name(f"{self.path.name}.{self.keep}")
        oldest.unlink(missing_ok=True)
        for number in range(self.keep - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{number}")
            if older.exists():
                older.replace(self.path.with_name(f"{self.path.name}.{number + 1}"))
        if self.path.exists():
            self.path.replace(self.path.with_name(f"{self.path.name}.1"))


def start_logging(folder: Path, level: int = logging.INFO) -> Path | str:
    """Write the app's log records (``smallwins.*``, and warnings from anywhere) to a rotating
    file in ``folder``, made 0700 if new. Returns the file, or why it cannot be written (a
    read-only folder): then warnings go to stderr, as before."""
    try:
        _make_private_folders(folder)
        path = folder / LOG_NAME
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
    except OSError as error:
        return error.strerror or str(error)
    handler = RotatingLog(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, logging.WARNING))
    logging.getLogger("smallwins").setLevel(level)
    return path


def _make_private_folders(folder: Path) -> None:
    """Make ``folder`` and each missing parent 0700: the log folder may sit in a data folder
    not made yet, which must not come out readable by others."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue
        if os.name == "posix":
            made.chmod(PRIVATE_FOLDER_MODE)  # mkdir's mode is reduced by the umask


def stop_logging() -> None:
    """Close the log file (at quit, and between tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingLog):
            root.removeHandler(handler)
            handler.close()
