"""The app and its command line on a fake wall clock (libfaketime), for reminder tests and
screenshots. Its monotonic clock is left alone, so a jump of the wall clock looks like the
machine slept."""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from tests.e2e.desktop import Desktop, Process

APP = [sys.executable, "-m", "smallwins"]


def find_libfaketime() -> str | None:
    """The path of libfaketime (Debian package faketime), None when it is missing."""
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    return found[0] if found else None


def faketime_env(clock_file: Path, libfaketime: str) -> dict[str, str]:
    """Environment entries that put a process on the wall clock written in ``clock_file``
    (``@YYYY-MM-DD HH:MM:SS``, Berlin time; it runs on from there), read again at every call."""
    return {
        "TZ": "Europe/Berlin",
        "LD_PRELOAD": libfaketime,
        "FAKETIME_TIMESTAMP_FILE": str(clock_file),
        "FAKETIME_NO_CACHE": "1",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }


class FakeTimeApp:
    """The app and its command line, all on one fake wall clock.

    ``env`` holds what they run with (the fake clock); add entries before ``start``.
    """

    def __init__(
        self, desktop: Desktop, root: Path, libfaketime: str, app: Sequence[str] = APP
    ) -> None:
        """``app`` is the command that is the app (e.g. a frozen build's executable)."""
        root.mkdir(parents=True, exist_ok=True)
        self.app = list(app)
        self.desktop = desktop
        self.data = root / "data"
        self.clock_file = root / "faketime"
        self.env = faketime_env(self.clock_file, libfaketime)
        self.process: Process | None = None

    def set_clock(self, local: str) -> None:
        """Move the wall clock to ``local`` (Berlin time, 'YYYY-MM-DD HH:MM:SS'); it runs on."""
        self.clock_file.write_text(f"@{local}\n")

    def cli(self, *args: str) -> str:
        result = self.desktop.run(
            [*self.app, "--data-dir", str(self.data), *args], env=self.env, timeout=30
        )
        return result.stdout

    def add_reading_habit(self) -> None:
        """The habit the reminder tests and screenshots use: after morning coffee at 07:30,
        read one page (tiny version: one sentence), for the purpose "Read more"."""
        self.cli("purpose", "add", "Read more")
        self.cli(
            "habit",
            "add",
            "Read one page",
            "--after",
            "Morning coffee",
            "--at",
            "07:30",
            "--tiny",
            "Read one sentence",
            "--purpose",
            "Read more",
        )

    def habit_today(self, name: str) -> str:
        status = json.loads(self.cli("status", "--json"))
        for habit in status["habits"]:
            if habit["name"] == name:
                return str(habit["today"])
        raise AssertionError(f"no habit {name!r} in {status}")

    def start(self, env: Mapping[str, str] | None = None) -> Process:
        """Start the app; ``env`` entries are added to ``self.env`` for it."""
        self.process = self.desktop.spawn(
            [*self.app, "--data-dir", str(self.data)],
            name="smallwins",
            env={**self.env, **(env or {})},
        )
        return self.process

    def stop(self) -> None:
        if self.process is not None and self.process.alive():
            self.process.stop()
