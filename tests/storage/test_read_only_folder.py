"""A read-only data folder, as a user without root's power sees it (root writes anywhere): the
data opens for reading, and every change is refused plainly, with nothing written."""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pwd
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smallwins import cli
from smallwins.core.days import FixedClock
from smallwins.core.errors import Problem
from smallwins.core.models import WinSource
from smallwins.storage import StorageError, open_store, open_store_read_only
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Runner
from tests.disks import run_as, second_user

CLOCK = FixedClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin"))


@pytest.fixture
def place() -> Iterator[tuple[Path, pwd.struct_passwd]]:
    """A data folder with a purpose and a step, the second user's own and read-only to them."""
    with second_user() as user, tempfile.TemporaryDirectory() as made:
        data = Path(made) / "data"
        with open_store(data / "smallwins.db") as store:
            runner = Runner(store, CLOCK)
            runner.run(cmd.AddPurpose("Write a novel"))
            runner.run(cmd.AddStep("Open the draft"))
        for path in (Path(made), data, *data.iterdir()):
            os.chown(path, user.pw_uid, user.pw_gid)
        data.chmod(0o500)
        yield data, user


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_the_data_opens_for_reading_and_refuses_changes(
    place: tuple[Path, pwd.struct_passwd],
) -> None:
    folder, user = place
    before = digest(folder)

    def as_the_user() -> tuple[object, ...]:
        try:
            open_store(folder / "smallwins.db")
        except StorageError as exc:
            refused = exc.problem
        with open_store_read_only(folder / "smallwins.db") as store:
            runner = Runner(store, CLOCK)
            shown = runner.view().next.text
            outcome = runner.attempt(cmd.RecordWin(WinSource.TRAY))
            wins = len(store.wins())
        err = io.StringIO()
        with redirect_stderr(err):
            status = cli.main(["--data-dir", str(folder), "tick"])
        return refused, shown, outcome.problem, outcome.refusal, wins, status, err.getvalue()

    refused, shown, problem, refusal, wins, status, err = run_as(user, as_the_user)
    assert refused is Problem.READ_ONLY
    assert shown == "Open the draft"
    assert (problem, refusal, wins) == (Problem.READ_ONLY, "the data is read-only", 0)
    assert status == 1 and "smallwins:" in err and "Traceback" not in err
    assert digest(folder) == before  # nothing written, no -wal or -shm left behind


def test_the_data_can_be_exported_while_it_is_read_only(
    place: tuple[Path, pwd.struct_passwd],
) -> None:
    # The forked child runs as a user who cannot read this interpreter's files (see run_as):
    # the codec an export's messages need is loaded here first.
    import encodings.ascii  # noqa: PLC0415

    from smallwins.usecases.transfer import ExportData  # noqa: PLC0415

    assert encodings.ascii.getregentry().name == "ascii"
    folder, user = place
    before = digest(folder)
    away = Path(tempfile.mkdtemp())
    os.chown(away, user.pw_uid, user.pw_gid)

    def as_the_user() -> tuple[object, ...]:
        with open_store_read_only(folder / "smallwins.db") as store:
            outcome = Runner(store, CLOCK).attempt(ExportData(away / "all.json", "json"))
        err = io.StringIO()
        with redirect_stderr(err), redirect_stdout(io.StringIO()):
            status = cli.main(["--data-dir", str(folder), "export", str(away / "cli.json")])
        return outcome.refusal, outcome.value is not None, status, err.getvalue()

    try:
        refusal, written, status, err = run_as(user, as_the_user)
        assert (refusal, written) == (None, True)
        assert "Open the draft" in (away / "all.json").read_text(encoding="utf-8")
        assert (status, err) == (0, "")  # the command line exports read-only data too
        assert "Open the draft" in (away / "cli.json").read_text(encoding="utf-8")
        assert digest(folder) == before
    finally:
        for path in away.iterdir():
            path.unlink()
        away.rmdir()


def test_changes_still_in_the_log_are_read_too() -> None:
    """A read-only folder holding the data and its -wal log but no shared-memory file (a copy
    of a folder, or a crash and a tidy-up): SQLite cannot read the log in place, so the data
    is read from a private copy; nothing in the folder changes and no copy stays behind."""
    with second_user() as user, tempfile.TemporaryDirectory() as made:
        data, work = Path(made) / "data", Path(made) / "work"
        data.mkdir()
        with open_store(work / "smallwins.db") as store:
            runner = Runner(store, CLOCK)
            runner.run(cmd.AddPurpose("Write a novel"))
            runner.run(cmd.AddStep("Open the draft"))
            store.close()  # the first changes go into the file itself
            runner.run(cmd.AddStep("Write one line"))  # this one stays in the log
            for name in ("smallwins.db", "smallwins.db-wal"):
                (data / name).write_bytes((work / name).read_bytes())
        assert (data / "smallwins.db-wal").stat().st_size > 0
        for path in (Path(made), data, *data.iterdir()):
            os.chown(path, user.pw_uid, user.pw_gid)
        data.chmod(0o500)
        before = digest(data)
        temp = Path(made) / "temp"
        temp.mkdir()
        os.chown(temp, user.pw_uid, user.pw_gid)

        def as_the_user() -> tuple[object, ...]:
            os.environ["TMPDIR"] = str(temp)
            tempfile.tempdir = None
            store = open_store_read_only(data / "smallwins.db")
            steps = [s.text for s in store.steps()]
            copies = [p.name for p in temp.iterdir()]
            store.close()
            del store
            gc.collect()
            return steps, copies, [p.name for p in temp.iterdir()]

        steps, copies, left = run_as(user, as_the_user)
        assert steps == ["Open the draft", "Write one line"]
        assert len(copies) == 1 and left == []  # read from a copy, gone with the store
        assert digest(data) == before


def test_no_data_to_read_is_said_plainly_and_nothing_is_made(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as raised:
        open_store_read_only(tmp_path / "smallwins.db")
    assert str(raised.value) == f"there is no Small Wins data in {tmp_path / 'smallwins.db'}"
    assert raised.value.problem is Problem.READ_ONLY
    assert list(tmp_path.iterdir()) == []
