"""smallwins.lazy: modules that load on first use, and the tray app's start that relies on it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from smallwins import cli


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_a_lazy_module_runs_on_first_use_and_then_is_the_real_module() -> None:
    out = _run(
        """
        import sys
        from smallwins.lazy import lazy_module, load
        cmd = lazy_module("smallwins.usecases.commands")
        before = "smallwins.core.events" in sys.modules  # commands imports it when it runs
        name = cmd.RecordWin.__name__
        import smallwins.usecases.commands as real
        from smallwins.usecases import commands as via_package
        print(before, name, real is cmd is via_package, load(cmd) is cmd)
        """
    )
    assert out == "False RecordWin True True"


def test_an_unknown_module_fails_at_once() -> None:
    from smallwins.lazy import lazy_module  # noqa: PLC0415

    with pytest.raises(ModuleNotFoundError, match="no_such_module"):
        lazy_module("smallwins.no_such_module")


def test_the_app_starts_without_loading_the_commands_or_every_parser() -> None:
    out = _run(
        """
        import sys
        import argparse
        built = []
        original = argparse.ArgumentParser.add_subparsers
        def counting(*a, **k):
            built.append(1)
            return original(*a, **k)
        argparse.ArgumentParser.add_subparsers = counting
        from smallwins import cli
        seen = {}
        def start_app(data_dir):
            seen["data_dir"] = data_dir
            names = ("smallwins.usecases.commands", "smallwins.usecases.queries")
            seen["loaded"] = [m for m in names if type(sys.modules.get(m)).__name__ == "module"]
            return 0
        print(cli.main(["--data-dir", "/tmp/x"], start_app=start_app), seen, built)
        """
    )
    assert out == "0 {'data_dir': '/tmp/x', 'loaded': []} []"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--data-dir", "/d"], (True, "/d")),
        (["--data-dir=/d"], (True, "/d")),
        (["--data-dir", "/d", "status"], (False, None)),
        (["--data-dir"], (False, None)),
        (["--data-dir="], (False, None)),
        (["--data-dir", "-x"], (False, None)),
        (["--data"], (False, None)),  # an abbreviation: argparse decides
        (["-h"], (False, None)),
        (["status"], (False, None)),
    ],
)
def test_only_the_plain_starts_skip_the_full_parser(
    argv: list[str], expected: tuple[bool, str | None]
) -> None:
    assert cli._only_starts_the_app(argv) == expected


def test_other_starts_still_go_through_the_parser_and_agree() -> None:
    started: list[str | None] = []

    def start_app(data_dir: str | None) -> int:
        started.append(data_dir)
        return 0

    assert cli.main(["--data=/abbreviated"], start_app=start_app) == 0
    assert started == ["/abbreviated"]


def test_the_startup_check_loads_no_peewee_and_the_storage_names_load_when_used() -> None:
    # The check runs in a thread beside Qt's start: peewee's import there would hold it up.
    out = _run(
        """
        import sys
        from smallwins.storage.health import check_file
        before = "peewee" in sys.modules
        from smallwins.storage import SqliteStore, StorageError, open_store
        import smallwins.storage.store as store
        print(before, "peewee" in sys.modules, SqliteStore is store.SqliteStore)
        """
    )
    assert out == "False True True"
