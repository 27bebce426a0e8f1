"""The tray app's log: where it goes, what it holds, and that it stays small."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from smallwins.system.logs import LOG_NAME, RotatingLog, start_logging, stop_logging
from smallwins.system.paths import log_dir
from tests.disks import run_as, second_user


@pytest.fixture(autouse=True)
def no_log_left() -> Iterator[None]:
    yield
    stop_logging()


def test_the_log_folder_follows_the_data_folder_or_the_platform(tmp_path: Path) -> None:
    assert log_dir(str(tmp_path / "data"), {}) == tmp_path / "data" / "logs"
    assert log_dir(None, {"SMALLWINS_DATA_DIR": str(tmp_path)}) == tmp_path / "logs"
    assert log_dir("x", {"SMALLWINS_LOG_DIR": str(tmp_path / "l")}) == tmp_path / "l"
    assert log_dir(None, {}) == Path(platformdirs.user_log_dir("smallwins", appauthor=False))
    assert not (tmp_path / "data").exists()  # nothing is made here


def test_failures_are_written_with_their_reason(tmp_path: Path) -> None:
    path = start_logging(tmp_path / "data" / "logs")
    assert path == tmp_path / "data" / "logs" / LOG_NAME
    # The data folder it sits in, made here first, is as private as the app makes it.
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "data" / "logs").stat().st_mode & 0o777 == 0o700
    logging.getLogger("smallwins.ui.model").warning("a change could not be saved: disk full")
    logging.getLogger("smallwins.test").debug("not this")
    try:
        raise OSError(28, "No space left on device")
    except OSError:
        logging.getLogger("smallwins.scheduling.reminders").exception("could not look")
    stop_logging()
    text = path.read_text("utf-8")
    assert "WARNING smallwins.ui.model: a change could not be saved: disk full" in text
    assert "ERROR smallwins.scheduling.reminders: could not look" in text
    assert "OSError: [Errno 28] No space left on device" in text  # the traceback
    assert " DEBUG " not in text
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_log_rotates_and_keeps_a_few(tmp_path: Path) -> None:
    path = tmp_path / LOG_NAME
    handler = RotatingLog(path, max_bytes=200, keep=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    record = logging.LogRecord("smallwins", logging.WARNING, __file__, 1, "x" * 90, None, None)
    for _ in range(12):
        handler.emit(record)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2"]
    assert all(p.stat().st_size <= 200 + 91 for p in tmp_path.iterdir())


def test_a_read_only_folder_gives_the_reason() -> None:
    with second_user() as user, tempfile.TemporaryDirectory() as made:
        folder = Path(made)
        os.chown(folder, user.pw_uid, user.pw_gid)
        folder.chmod(0o500)  # the user's own, and read-only
        answer = run_as(user, lambda: start_logging(folder / "logs"))
    assert answer == "Permission denied"
